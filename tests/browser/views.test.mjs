// The follow-up a board member does: load the demo, read the region
// overview, open a förvaltning from its chart bar, read its summary, the
// charts' tooltips and tables — exact figures in Swedish format.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { start, openPage, shot, drop, FIXTURES } from "./harness.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const NBSP = "\u00a0";
const MINUS = "\u2212";

async function loadDemo(page) {
  await page.getByRole("button", { name: "Visa exempel" }).click();
  await page.locator("#overview-table").waitFor();
}

test("the overview shows every förvaltning and the region, exactly", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await loadDemo(page);
  const rows = page.locator("#overview-table tbody tr");
  assert.equal(await rows.count(), 4);
  const first = await rows.nth(0).locator("td").allInnerTexts();
  // 42 juni 2024: utfall 58 596, budget 57 000, jmf −1 596 (unfavourable).
  assert.deepEqual(first.slice(0, 3), [`58${NBSP}596`, `57${NBSP}000`, `${MINUS}1${NBSP}596`]);
  assert.match(await rows.nth(0).locator("td").nth(2).getAttribute("class"), /neg/);
  const region = await rows.nth(2).locator("td").allInnerTexts();
  assert.equal(region[0], `88${NBSP}029`);
  assert.match(await page.locator("#internal-check").innerText(), /bör vara nära 0/);

  // The chart: one bar per förvaltning, sorted, red for unfavourable.
  const bars = page.locator("#chart-overview [data-id]");
  assert.equal(await bars.count(), 2);
  assert.equal(await bars.nth(0).getAttribute("data-id"), "42");
  assert.match(await bars.nth(0).getAttribute("class"), /var-neg/);
  await bars.nth(0).hover();
  assert.match(await page.locator("#chart-overview .chart-tip").innerText(), new RegExp(`${MINUS}1${NBSP}596`));
  await shot(page, "overview-1280");

  // Its table has the same number.
  await page.locator("#chart-overview .table-toggle").click();
  assert.match(await page.locator("#chart-overview table").innerText(), new RegExp(`${MINUS}1${NBSP}596`));
  await page.locator("#chart-overview .table-toggle").click();

  // mnkr: exact conversion, one decimal.
  await page.locator('[data-unit="mnkr"]').click();
  assert.equal(await rows.nth(0).locator("td").nth(2).innerText(), `${MINUS}1,6`);
  await page.locator('[data-unit="tkr"]').click();

  // Earlier period.
  await page.locator("#period-select").selectOption("2024-03");
  await page.getByText("juni 2024", { exact: false }).first().waitFor({ state: "attached" });
  assert.match(await page.locator("#overview-title").innerText(), /mars 2024/);
  assert.deepEqual(problems, []);
});

test("a setting switched back shows its figures again, and new work is never hidden by a kept one", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await loadDemo(page);
  const rows = page.locator("#overview-table tbody tr");
  const cell = (label, i) => rows.filter({ hasText: label }).first().locator("td").nth(i);
  // 42's June variance, −1 596 tkr, is −1,6 mnkr; the page keeps both
  // settings' overviews, and each comes back with its own figures.
  for (let round = 0; round < 2; round++) {
    await page.locator('[data-unit="mnkr"]').click();
    assert.equal(await cell("42 Exempelförvaltningen", 2).innerText(), `${MINUS}1,6`);
    await page.locator('[data-unit="tkr"]').click();
    assert.equal(await cell("42 Exempelförvaltningen", 2).innerText(), `${MINUS}1${NBSP}596`);
  }
  // A third förvaltning, 44 (42's June CSV exports under another code), is
  // dropped while June in tkr is shown: the region's Utfall ack becomes
  // 88 029 + 58 596 = 146 625 tkr, in this setting and in mnkr, which was
  // kept from before the drop (146,625 mnkr shows as 146,6).
  const files = ["utfall", "prognos"].map((report) => ({
    name: `FR1_44_juni2024_${report}.csv`,
    text: readFileSync(join(FIXTURES, "fr1", `FR1_42_juni2024_${report}.csv`), "utf8").replace(":;42 ", ":;44 "),
  }));
  // Dropped on the page, the overview still shown.
  await drop(page, files);
  await rows.filter({ hasText: "44 Exempelförvaltningen" }).waitFor();
  assert.equal(await cell("Region Exempel", 0).innerText(), `146${NBSP}625`);
  await page.locator('[data-unit="mnkr"]').click();
  assert.equal(await cell("44 Exempelförvaltningen", 2).innerText(), `${MINUS}1,6`);
  assert.equal(await cell("Region Exempel", 0).innerText(), "146,6");
  assert.deepEqual(problems, []);
});

test("a chart follows a setting in place, and its SVG file is the same chart with its style inside", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await loadDemo(page);
  const chart = page.locator("#chart-development");
  const tips = () => chart.locator("svg [data-tip]").evaluateAll((els) => els.map((e) => e.getAttribute("data-tip")));
  // The region's forecast against budget in FR1: −488 + 558 = +70 in
  // March, −196 − 2 798 = −2 994 in June; forecasts, so hatched in the
  // chart's own patterns.
  assert.deepEqual(await tips(), [
    `mars · Prognos jmf budget: +70${NBSP}tkr`,
    `juni · Prognos jmf budget: ${MINUS}2${NBSP}994${NBSP}tkr`,
  ]);
  const fills = await chart.locator("svg [data-tip]").evaluateAll((els) =>
    els.map((e) => document.querySelector(`${e.getAttribute("fill").slice(4, -1)} line`)?.getAttribute("stroke")),
  );
  assert.deepEqual(fills, ["#1a7f37", "#c62828"], "green hatch for +70, red for −2 994");

  // tkr → mnkr changes the bar's figures, not the bar: the same element.
  const march = await chart.locator("svg [data-tip]").first().elementHandle();
  await page.locator('[data-unit="mnkr"]').click();
  await page.locator("#development-sentence").getByText("mnkr").first().waitFor();
  assert.deepEqual(
    await march.evaluate((e) => [e.isConnected, e.getAttribute("data-tip")]),
    [true, `mars · Prognos jmf budget: +0,1${NBSP}mnkr`],
  );

  // The downloaded file: well-formed SVG with the style inside, and the
  // same marks as the page.
  const [file] = await Promise.all([page.waitForEvent("download"), chart.locator(".download-svg").click()]);
  const text = readFileSync(await file.path(), "utf8");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    if (doc.querySelector("parsererror")) return "not well-formed";
    return {
      style: doc.querySelector("svg > style")?.textContent.includes(".bk-chart .var-neg-fc{"),
      tips: [...doc.querySelectorAll("[data-tip]")].map((e) => e.getAttribute("data-tip")),
      patterns: [...doc.querySelectorAll("[data-tip]")].map((e) => doc.querySelector(`${e.getAttribute("fill").slice(4, -1)}`) !== null),
    };
  }, text);
  assert.deepEqual(parsed, { style: true, tips: await tips(), patterns: [true, true] });
  assert.equal((await tips())[1], `juni · Prognos jmf budget: ${MINUS}3,0${NBSP}mnkr`);
  assert.deepEqual(problems, []);
});

test("a förvaltning opens from its bar with summary, charts and the form", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await loadDemo(page);
  await page.locator('#chart-overview [data-id="43"]').click();
  await page.locator("#unit-title").waitFor();
  assert.match(await page.locator("#unit-title").innerText(), /43 Servicecentrum · juni 2024 · tkr/);
  const net = page.locator('#summary-table tr[data-row="Nettoresultat"] td');
  assert.equal(await net.nth(2).innerText(), `${MINUS}933`);

  // Columns: AC, BU, PY per row; variance bars coloured by sign.
  const chart = page.locator("#chart-columns-ac");
  assert.equal(await chart.locator("svg .ac").count() > 0, true);
  assert.ok((await chart.locator("svg .var-neg, svg .var-pos").count()) >= 4);
  const bridge = page.locator("#chart-bridge-ac");
  await bridge.locator("[data-tip]").first().focus();
  assert.notEqual(await bridge.locator(".chart-tip").innerText(), "");
  await page.locator("#chart-bridge-ac .table-toggle").click();
  const last = bridge.locator("table tbody tr").last();
  assert.equal(await last.locator("td").innerText(), `29${NBSP}433`);

  // The form: 16 rows, Utfall and Prognos.
  assert.equal(await page.locator("#fr1-utfall tbody tr").count(), 16);
  assert.equal(await page.locator("#fr1-prognos tbody tr").count(), 16);
  await shot(page, "unit-1280");
  assert.deepEqual(problems, []);
});

test("the overview and a förvaltning read on a 360 px phone", async () => {
  const { page, problems } = await openPage(env.browser, env.url, { width: 360, height: 740 });
  await loadDemo(page);
  await shot(page, "overview-360");
  await page.locator('#overview-table [data-unit="42"]').click();
  await page.locator("#unit-title").waitFor();
  const svgWidth = await page.locator("#chart-columns-ac svg").evaluate((s) => s.getBoundingClientRect().width);
  assert.ok(svgWidth <= 360, `chart fits the phone (${svgWidth})`);
  await shot(page, "unit-360");
  assert.deepEqual(problems, []);
});

test("nämnder named in the page are summed, and the region stays exact", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await loadDemo(page);
  await page.locator("#grouping summary").click();
  await page.locator('#namnd-42').fill("Regionstyrelsen");
  await page.locator('#namnd-42').press("Tab");
  await page.locator('#namnd-43').fill("Servicenämnden");
  await page.locator('#namnd-43').press("Tab");
  const rows = page.locator("#overview-table tbody tr");
  await rows.filter({ hasText: "Servicenämnden" }).waitFor();
  const labels = await rows.locator("th").allInnerTexts();
  assert.deepEqual(labels, [
    "42 Exempelförvaltningen",
    "Regionstyrelsen",
    "43 Servicecentrum",
    "Servicenämnden",
    "Region Exempel",
    "Region Exempel, externt (konsoliderat)",
  ]);
  assert.equal(await rows.nth(1).locator("td").first().innerText(), `58${NBSP}596`);
  assert.equal(await rows.nth(4).locator("td").first().innerText(), `88${NBSP}029`);
  await shot(page, "grouping-1280");
  assert.deepEqual(problems, []);
});

test("tables export as Swedish CSV and as Excel", async () => {
  const { readFileSync } = await import("node:fs");
  const { page, problems } = await openPage(env.browser, env.url);
  await loadDemo(page);
  const tools = page.locator(".table-tools").filter({ has: page.locator(".export-csv") }).first();
  const [csv] = await Promise.all([page.waitForEvent("download"), tools.locator(".export-csv").click()]);
  assert.match(csv.suggestedFilename(), /\.csv$/);
  const text = readFileSync(await csv.path(), "utf8");
  assert.ok(text.startsWith("\ufeff"), "BOM for Excel");
  assert.match(text, /42 Exempelförvaltningen;58596;57000;-1596;-2,8/);

  // A chart's table exports under the chart's own title, not an element id.
  const chart = page.locator("#chart-overview");
  const [chartCsv] = await Promise.all([page.waitForEvent("download"), chart.locator(".export-csv").click()]);
  assert.match(chartCsv.suggestedFilename(), /^Nettoresultat_utfall_jmf_budget_per_förvaltning_ackumulerat.*\.csv$/);
  const chartText = readFileSync(await chartCsv.path(), "utf8");
  assert.match(chartText, /42 Exempelförvaltningen;-1596/);

  // The chart as PNG, drawn at twice the SVG's size for slides.
  const svgWidth = Number(await chart.locator("svg").getAttribute("width"));
  const [png] = await Promise.all([page.waitForEvent("download"), chart.locator(".download-png").click()]);
  assert.match(png.suggestedFilename(), /^Nettoresultat_utfall_jmf_budget_per_förvaltning.*\.png$/);
  const pngBytes = readFileSync(await png.path());
  assert.equal(pngBytes.subarray(1, 4).toString(), "PNG");
  assert.equal(pngBytes.readUInt32BE(16), svgWidth * 2, "IHDR width is 2 × the SVG's");
  const [xlsx] = await Promise.all([page.waitForEvent("download"), tools.locator(".export-xlsx").click()]);
  const bytes = readFileSync(await xlsx.path());
  assert.equal(bytes.subarray(0, 2).toString(), "PK", "an xlsx is a zip");
  assert.deepEqual(problems, []);
});
