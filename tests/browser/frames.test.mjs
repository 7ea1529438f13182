// Budget frames as politicians move them: load the sample frame table,
// change Drift indexation for one year and read the changed totals, the
// balance requirement and a second scenario side by side; leave part of
// Drift out of indexation; and fit the page on a 360 px phone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, openPage, shot } from "./harness.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const NBSP = "\u00a0";
const MINUS = "\u2212";
const regionCells = (page) => page.locator("#frames-region td").allInnerTexts();

test("Drift indexation moves the frames and the balance, exactly", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await page.locator("#tab-frames").click();
  await page.locator("#frames-sample").click();
  await page.locator("#frames-table").waitFor();
  // No rules yet: every year at the 2025 base, 1 120 000 tkr.
  assert.deepEqual(await regionCells(page), [`1${NBSP}120${NBSP}000`, `1${NBSP}120${NBSP}000`, `1${NBSP}120${NBSP}000`]);

  // Drift +2,4 % in 2026: 504 000 × 0,024 = 12 096 more from 2026 on.
  await page.locator("#idx-drift-2026").fill("2.4");
  await page.locator("#idx-drift-2026").press("Enter");
  await page.locator("#idx-drift-2026").blur();
  await page.getByText(`1${NBSP}132${NBSP}096`).first().waitFor();
  assert.deepEqual(await regionCells(page), [`1${NBSP}120${NBSP}000`, `1${NBSP}132${NBSP}096`, `1${NBSP}132${NBSP}096`]);
  // The slider moved with the number field.
  assert.equal(await page.locator("#idx-drift-2026-slider").inputValue(), "2.4");

  // And 2027 by keyboard on its slider: 2,4 % compounds on 2026.
  await page.locator("#idx-drift-2027").fill("2.4");
  await page.locator("#idx-drift-2027").blur();
  await page.getByText(`1${NBSP}144${NBSP}482`).first().waitFor();

  // Balance: revenues stay at the base level, so the indexation is a deficit
  // that must be restored within three years.
  const result = page.locator("#balance-table tr.result.total td");
  assert.equal(await result.nth(1).innerText(), `${MINUS}12${NBSP}096`);
  assert.match(await page.locator("#obligations").innerText(), /återställa senast 2029 \(uppstod 2026\)/);

  // The balance chart: two red (deficit) columns and what is left to restore.
  const balanceChart = page.locator("#chart-balance");
  assert.equal(await balanceChart.locator("svg rect.var-neg").count(), 2);
  await balanceChart.locator(".table-toggle").click();
  assert.match(await balanceChart.locator("table").innerText(), /2027\s+\u221224\s482\s+36\s578/);
  await balanceChart.locator(".table-toggle").click();

  // A förvaltning folds out to its IPDK lines.
  await page.locator('#frames-table [data-forvaltning="Exempelsjukhuset"] button').click();
  await page.getByRole("rowheader", { name: "Drift" }).first().waitFor();
  assert.match(await page.locator("#frames-table").innerText(), /414\s720/);
  await shot(page, "frames-1280");

  // A second scenario with a 1,5 % efficiency requirement in 2026.
  await page.locator("#scenario-name").fill("Med 1,5 % effektivisering");
  await page.getByRole("button", { name: "Kopiera till nytt scenario" }).click();
  await page.locator("#eff-2026").fill("1.5");
  await page.locator("#eff-2026").blur();
  const cmp = page.locator("#scenario-comparison");
  await cmp.waitFor();
  const region = await cmp.locator("tbody tr").last().locator("td").allInnerTexts();
  assert.equal(region[2], "0", "2025 unchanged");
  assert.match(region[5], new RegExp(`^${MINUS}`), "2026 lower with efficiency");
  // Its consequence per förvaltning and nämnd, taken off their frames:
  // 1,5 % of (558 000 + 414 720 + 9 000) = 14 725,8 for the hospital, plus
  // 1,5 % of (93 000 + 69 120 + 1 500) = 2 454,3 for psychiatry.
  const effect = (of) => page.locator(`#frames-table [data-efficiency-of="${of}"] td`).allInnerTexts();
  assert.deepEqual(await effect("Exempelsjukhuset"), ["0", `14${NBSP}726`, "0"]);
  assert.deepEqual(await effect("Nämnden för Exempelsjukhuset"), ["0", `17${NBSP}180`, "0"]);
  await shot(page, "frames-scenarios-1280");

  // The frames survive a reload (autosave).
  await page.reload();
  await page.locator("#tab-frames").click();
  await page.locator("#scenario-comparison").waitFor();
  assert.deepEqual(problems, []);
});

test("a non-indexed share keeps part of Drift at the base year's level", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await page.locator("#tab-frames").click();
  await page.locator("#frames-sample").click();
  await page.locator("#idx-drift-2026").fill("2.4");
  await page.locator("#idx-drift-2026").blur();
  await page.getByText(`1${NBSP}132${NBSP}096`).first().waitFor();

  // 40 % of the hospital's Drift (405 000) is purchased care, not indexed:
  // 162 000 × 0,024 = 3 888 less than with full indexation.
  const form = page.locator("#non-indexed-form");
  await form.getByLabel("Förvaltning").selectOption("Exempelsjukhuset");
  await form.getByLabel("Kategori").selectOption("Drift");
  await form.getByLabel("Andel som inte indexeras, %").fill("40");
  await form.getByRole("button", { name: "Lägg till undantag" }).click();
  await page.getByText(`1${NBSP}128${NBSP}208`).first().waitFor();
  assert.deepEqual(await regionCells(page), [`1${NBSP}120${NBSP}000`, `1${NBSP}128${NBSP}208`, `1${NBSP}128${NBSP}208`]);
  assert.match(await page.locator("#non-indexed").innerText(), /Exempelsjukhuset: 40,0\s%\sdrift/);

  // Removing the exception restores full indexation.
  await page.locator("#non-indexed").getByRole("button", { name: "Ta bort" }).click();
  await page.getByText(`1${NBSP}132${NBSP}096`).first().waitFor();
  assert.deepEqual(problems, []);
});

test("the frames page fits a 360 px phone: wide tables scroll in their own box", async () => {
  const { page, problems } = await openPage(env.browser, env.url, { width: 360, height: 740 });
  await page.locator("#tab-frames").click();
  await shot(page, "frames-empty-360");
  await page.locator("#frames-sample").click();
  await page.locator("#frames-table").waitFor();
  const stickingOut = await page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter((el) => !el.closest(".table-wrap") && el.getBoundingClientRect().right > innerWidth + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${el.className}`),
  );
  assert.deepEqual(stickingOut, []);
  await shot(page, "frames-360");
  assert.deepEqual(problems, []);
});
