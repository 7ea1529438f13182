// Budget frames as a finance officer works with them: pick the region's
// published frame table and read every nämnd and the region for every
// decided year; compute from the 2025 base and add one exception rule to
// see its line change; enter an earlier deficit and read the balance
// requirement; drop the frame table on the main page; and fit the page on
// a 360 px phone. Expected figures come from the sample's published sheet
// (`Ramar 2026-2028`) or are worked out in the comments.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start, openPage, shot, FIXTURES } from "./harness.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const PUBLISHED = join(FIXTURES, "frames", "budgetramar_plan_2026_2028.xlsx");
const NBSP = "\u00a0";
/** `2 192 815` as the page writes it (no-break spaces). */
const tkr = (s) => s.replaceAll(" ", NBSP);
const cells = (row) => row.locator("td").allInnerTexts();

async function openPublished(page) {
  await page.locator("#tab-frames").click();
  await page.locator("#frames-file-input").setInputFiles(PUBLISHED);
  await page.locator("#frames-region").waitFor();
}

test("the published frame table shows every nämnd and the region for every decided year", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await openPublished(page);
  assert.equal(await page.locator("#frames-legend").innerText(), "2026–2028 beslutade ramar");
  assert.deepEqual(await page.locator("#frames-table thead th.year").allInnerTexts(), ["2026", "2027", "2028"]);
  // The nämnd Summa rows as the sheet states them (rows 15, 29, 50, 58, 60).
  const namnd = (name) => page.locator("#frames-table tr.total.namnd", { hasText: name });
  assert.deepEqual(await cells(namnd("Summa Nämnden för Exempelsjukhuset")), [tkr("2 192 815"), tkr("2 194 240"), tkr("2 216 242")]);
  assert.deepEqual(await cells(namnd("Summa Nämnden för närvård")), [tkr("177 443"), tkr("179 780"), tkr("182 178")]);
  assert.deepEqual(await cells(namnd("Summa Regionstyrelsen")), [tkr("789 046"), tkr("809 016"), tkr("829 570")]);
  assert.deepEqual(await cells(namnd("Summa Kollektivtrafiknämnden")), [tkr("266 600"), tkr("276 727"), tkr("287 117")]);
  assert.deepEqual(await cells(namnd("Summa Samverkansnämnden")), ["0", "0", "0"]);
  // The region: the five nämnder added up.
  assert.deepEqual(await cells(page.locator("#frames-region")), [tkr("3 425 904"), tkr("3 459 763"), tkr("3 515 107")]);
  // The group and the frame given only as a sum, as published.
  const group = page.locator("#frames-table tr.total.group", { hasText: "Summa Regiongemensamt" });
  assert.deepEqual(await cells(group), [tkr("701 723"), tkr("721 019"), tkr("740 881")]);
  assert.deepEqual(
    await cells(page.locator("#frames-table tr.sum-only", { hasText: "Summa Vårdval" })),
    [tkr("526 848"), tkr("542 653"), tkr("558 933")],
  );
  // Every Summa agrees with its lines: no findings to fold.
  assert.equal(await page.locator("#frame-findings").count(), 0);
  // All lines, as the sheet lists them.
  await page.locator("#frames-expand-all").click();
  const finansiering = page.locator("#frames-table tr.sub", { hasText: "Finansiering" });
  assert.deepEqual(await cells(finansiering), [tkr("4 100"), tkr("4 100"), tkr("4 100")]);
  await shot(page, "frames-published-1280");
  assert.deepEqual(problems, []);
});

test("from the 2025 base, one exception rule changes its line beside the decided one", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await openPublished(page);
  await page.locator("#plan-base").selectOption("2025");
  await page.locator("#frames-table thead tr.kinds").getByText("beräknad").first().waitFor();
  assert.equal(
    await page.locator("#frames-legend").innerText(),
    "2026–2028 beslutade ramar · 2026–2028 beräknade med reglerna från 2025",
  );
  const vardval = page.locator("#frames-table tr.sum-only", { hasText: "Summa Vårdval" });
  // No rules yet: computed at 2025's 512 000, beside the decided 526 848.
  assert.deepEqual((await cells(vardval)).slice(0, 2), [tkr("526 848"), tkr("512 000")]);
  assert.match(await vardval.locator("td.computed").first().getAttribute("class"), /differs/);

  // Vårdval's own rate: 2,9 % 2026. 512 000 × 1,029 = 526 848, the decided frame.
  const form = page.locator("#exception-form");
  await form.getByLabel("Gäller").selectOption("f:Vårdval");
  await form.getByLabel("2026, %").fill("2,9");
  await form.getByRole("button", { name: "Lägg till undantag" }).click();
  await page.locator("#index-exceptions").getByText("Vårdval, alla kategorier").waitFor();
  await page.waitForFunction(
    () => document.querySelector("#frames-table tr.sum-only td.computed")?.textContent === "526\u00a0848",
  );
  const after = await cells(vardval);
  assert.deepEqual(after.slice(0, 2), [tkr("526 848"), tkr("526 848")]);
  // 2027 keeps 2026's level (no rate given for 2027): 526 848 against 542 653.
  assert.deepEqual(after.slice(2, 4), [tkr("542 653"), tkr("526 848")]);
  assert.doesNotMatch(await vardval.locator("td.computed").first().getAttribute("class"), /differs/);
  await shot(page, "frames-reproduce-1280");
  assert.deepEqual(problems, []);
});

test("revenues and an earlier deficit due in 2026 give the balance requirement", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await openPublished(page);
  const row = (label) => page.locator("#balance-table tr", { has: page.getByRole("rowheader", { name: label, exact: true }) });
  // Revenues start at each year's decided frames: balanced.
  assert.deepEqual(await cells(row("Årets resultat")), ["0", "0", "0"]);

  // Revenues of 3 500 000 a year against the frames 3 425 904, 3 459 763
  // and 3 515 107: results 74 096, 40 237 and −15 107.
  for (const year of [2026, 2027, 2028]) {
    await page.locator(`#revenue-${year}`).fill("3 500 000");
    await page.locator(`#revenue-${year}`).press("Enter");
    await page.locator(`#revenue-${year}`).blur();
  }
  await page.waitForFunction(() => document.querySelector("#balance-table tr.result.total td:last-child")?.textContent === "\u221215\u00a0107");
  assert.deepEqual(await cells(row("Årets resultat")), [tkr("74 096"), tkr("40 237"), `\u2212${tkr("15 107")}`]);

  // 100 000 from 2024, to be restored by 2026: 74 096 restored in 2026 and
  // 25 904 overdue at its end, restored in 2027; 2028's deficit of 15 107
  // is due in 2031.
  const form = page.locator("#deficit-form");
  await form.getByLabel("Uppstod år").fill("2024");
  await form.getByLabel("Belopp").fill("100 000");
  await form.getByLabel("Återställs senast år").fill("2026");
  await form.getByRole("button", { name: "Lägg till underskott" }).click();
  await page.locator("#earlier-deficits").getByText("från 2024, att återställa senast 2026").waitFor();
  assert.deepEqual(await cells(row("Återställt")), [tkr("74 096"), tkr("25 904"), "0"]);
  assert.deepEqual(await cells(row("Kvar att återställa")), [tkr("25 904"), "0", tkr("15 107")]);
  assert.deepEqual(await cells(row("Förfallet, ej återställt")), [tkr("25 904"), "0", "0"]);
  assert.equal(await page.locator("#obligations").innerText(), `${tkr("15 107")} tkr att återställa senast 2031 (uppstod 2028).`);
  await shot(page, "frames-balance-1280");

  // Saved and shared: it survives a reload (autosave).
  await page.reload();
  await page.locator("#tab-frames").click();
  await page.locator("#earlier-deficits").getByText("från 2024, att återställa senast 2026").waitFor();
  assert.deepEqual(await cells(row("Återställt")), [tkr("74 096"), tkr("25 904"), "0"]);
  assert.deepEqual(problems, []);
});

test("the Underlag rules entered in the page reproduce the published sheet to the tkr", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await openPublished(page);
  await page.locator("#plan-base").selectOption("2025");
  // Drift 2,5, 2,6, 2,6 % 2026–2028.
  for (const [year, rate] of [[2026, "2.5"], [2027, "2.6"], [2028, "2.6"]]) {
    await page.locator(`#idx-drift-${year}`).fill(rate);
    await page.locator(`#idx-drift-${year}`).blur();
  }
  // Exceptions: LPIK on the hospital's and psychiatry's revenues, Vårdval's
  // own rate for its sum, Servicecentrum not indexed.
  const form = page.locator("#exception-form");
  const exception = async (scope, category, rates) => {
    await form.getByLabel("Gäller").selectOption(scope);
    await form.getByLabel("Kategori").selectOption(category);
    for (const [i, rate] of rates.entries()) await form.getByLabel(`${2026 + i}, %`).fill(rate);
    await form.getByRole("button", { name: "Lägg till undantag" }).click();
  };
  await exception("f:Exempelsjukhuset", "Intäkter", ["2,0", "2,1", "2,1"]);
  await exception("f:Exempelpsykiatrin", "Intäkter", ["2,0", "2,1", "2,1"]);
  await exception("f:Vårdval", "", ["2,9", "3,0", "3,0"]);
  await exception("f:Servicecentrum", "", []);
  assert.equal(await page.locator("#index-exceptions li").count(), 4);
  // The hospital: −20 mnkr 2026 and a further −20 mnkr 2027, +60 mnkr from 2026.
  const changes = page.locator("#change-form");
  const change = async (year, kind, amount) => {
    // By name: a select's label reads with its options (Exempeltandvården has "år").
    await changes.locator('select[name="unit"]').selectOption("Exempelsjukhuset");
    await changes.locator('select[name="year"]').selectOption(String(year));
    await changes.locator('select[name="kind"]').selectOption(kind);
    await changes.getByLabel("Belopp (tkr)").fill(amount);
    await changes.getByRole("button", { name: "Lägg till ramförändring" }).click();
  };
  await change(2026, "Reduction", "20 000");
  await change(2027, "Reduction", "20 000");
  await change(2026, "Reinforcement", "60 000");
  // Each change's effect per year, written out (−20 / −20 / −20 and
  // 0 / −20 / −20), and together with the reinforcement +40 / +20 / +20.
  const effects = await page.locator("#frame-changes tbody tr").evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)),
  );
  assert.deepEqual(effects, [
    ["\u221220\u00a0000", "\u221220\u00a0000", "\u221220\u00a0000"],
    ["0", "\u221220\u00a0000", "\u221220\u00a0000"],
    ["60\u00a0000", "60\u00a0000", "60\u00a0000"],
    ["40\u00a0000", "20\u00a0000", "20\u00a0000"],
  ]);
  await page
    .locator("#frames-reproduction")
    .getByText("Reglerna från 2025 återskapar de beslutade ramarna 2026–2028 exakt: alla 147 rader och summor stämmer till tkr.")
    .waitFor();
  assert.equal(await page.locator("#frames-table td.differs").count(), 0);
  await shot(page, "frames-reproduced-1280");
  assert.deepEqual(problems, []);
});

test("a restructuring item moves the result, and a copied scenario compares equal", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await openPublished(page);
  const row = (label) => page.locator("#balance-table tr", { has: page.getByRole("rowheader", { name: label, exact: true }) });
  // Revenues start at each year's decided frames: balanced.
  assert.deepEqual(await cells(row("Årets resultat")), ["0", "0", "0"]);
  // A cost of 10 000 in 2026 and savings of 4 000 a year from 2027 (the
  // year after the plan's first): results −10 000, +4 000, +4 000.
  const form = page.locator("#restructuring-form");
  await form.locator('input[name="name"]').fill("Nytt lager");
  await form.locator('input[name="cost-2026"]').fill("10 000");
  await form.locator('input[name="savings"]').fill("4 000");
  await form.getByRole("button", { name: "Lägg till omställning" }).click();
  await page.locator("#restructuring").getByText(`Nytt lager: kostnad 2026 ${tkr("10 000")}; besparing ${tkr("4 000")} tkr per år från 2027`).waitFor();
  assert.deepEqual(await cells(row("Årets resultat")), [`\u2212${tkr("10 000")}`, tkr("4 000"), tkr("4 000")]);
  // A copy has the same rules: every frame is the same, every difference 0.
  await page.locator("#scenario-name").fill("Plan B");
  await page.getByRole("button", { name: "Kopiera till nytt scenario" }).click();
  await page.locator("#scenario-comparison").waitFor();
  assert.deepEqual(await page.locator("button.scenario").allInnerTexts(), ["Planeringsdirektiv", "Plan B"]);
  const differences = await page.locator("#scenario-comparison tbody tr").evaluateAll((rows) =>
    rows.flatMap((r) => [...r.querySelectorAll("td")].filter((_, i) => i % 3 === 2).map((td) => td.textContent)),
  );
  assert.ok(differences.length >= 3, `${differences.length} differences`);
  assert.deepEqual([...new Set(differences)], ["0"]);
  assert.deepEqual(problems, []);
});

test("a figure that is not one is named in the page's language, and follows a switch of language", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await openPublished(page);
  await page.locator("#plan-base").selectOption("2025");
  const changes = page.locator("#change-form");
  await changes.getByLabel("Belopp (tkr)").fill("abc");
  await changes.getByRole("button", { name: "Lägg till ramförändring" }).click();
  const alert = changes.getByRole("alert");
  assert.equal(await alert.innerText(), "Belopp: väntade ett belopp men fann ”abc”");
  await page.locator("#lang-switch").click();
  await changes.getByText("Amount: expected an amount but found “abc”").waitFor();
  assert.deepEqual(problems, []);
});

test("a frame table printed as it nests shows each decided Summa and the region as the nämnder's sum", async () => {
  // The nested sample with its group's and nämnd's Summa rows named
  // otherwise (`Summa Regiongemensamma`, `Summa RS`; scripts/frames_variants.py):
  // every Summa closes what it stands under.
  const { page, problems } = await openPage(env.browser, env.url);
  await page.locator("#tab-frames").click();
  await page.locator("#frames-file-input").setInputFiles(join(FIXTURES, "frames", "budgetramar_kapslad_andra_namn.xlsx"));
  await page.locator("#frames-region").waitFor();
  const summa = (label) =>
    page.locator("#frames-table tr", { has: page.getByRole("rowheader", { name: label, exact: true }) });
  // Bilaga 1 row 19: the decided 170 151, where the lines give 170 150.
  assert.deepEqual(await cells(summa("Summa Nämnden för närvård och tandvård")), [tkr("170 151"), tkr("172 250"), tkr("174 350")]);
  // Row 45 (`Summa RS`) is Regionstyrelsen's, by position.
  assert.deepEqual(await cells(summa("Summa Regionstyrelsen")), [tkr("811 338"), tkr("831 343"), tkr("851 923")]);
  // No region row in the sheet: the five nämnd Summa rows (7, 19, 45, 47,
  // 63) added up, 1 637 800 + 170 151 + 811 338 + 0 + 16 330 = 2 635 619
  // and so on, and said to be computed.
  const region = page.locator("#frames-region");
  assert.equal(await region.locator("th").innerText(), "Summa regionen (beräknad: nämndernas summor)");
  assert.deepEqual(await cells(region), [tkr("2 635 619"), tkr("2 673 034"), tkr("2 711 624")]);
  assert.match(await region.locator("td").first().getAttribute("class"), /summed/);
  // Notes only (rounding, Summa rows named otherwise), folded: nothing to check.
  const found = page.locator("#frame-findings");
  assert.equal(await found.locator("summary").innerText(), "Noteringar i ramtabellen (9; inga fel)");
  assert.equal(await found.getAttribute("open"), null);
  assert.equal(await found.locator("li.warn").count(), 0);
  await shot(page, "frames-nested-1280");
  assert.deepEqual(problems, []);
});

test("a frame table dropped on the main page opens the Budgetramar page", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await page.locator("#file-input").setInputFiles(PUBLISHED);
  await page.locator("#frames-region").waitFor();
  assert.equal(await page.locator("#tab-frames").getAttribute("aria-selected"), "true");
  assert.equal(await page.locator("#failures").count(), 0, "not refused");
  assert.deepEqual(await cells(page.locator("#frames-region")), [tkr("3 425 904"), tkr("3 459 763"), tkr("3 515 107")]);
  assert.deepEqual(problems, []);
});

test("the frames page fits a 360 px phone: wide tables scroll in their own box", async () => {
  const { page, problems } = await openPage(env.browser, env.url, { width: 360, height: 740 });
  await page.locator("#tab-frames").click();
  await shot(page, "frames-empty-360");
  await page.locator("#frames-sample").click();
  await page.locator("#frames-table").waitFor();
  await page.locator("#plan-base").selectOption("2025");
  await page.locator("#frames-reproduction").waitFor();
  const stickingOut = await page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter((el) => !el.closest(".table-wrap") && el.getBoundingClientRect().right > innerWidth + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${el.className}`),
  );
  assert.deepEqual(stickingOut, []);
  await shot(page, "frames-360");
  assert.deepEqual(problems, []);
});
