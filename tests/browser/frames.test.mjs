// Budget frames as politicians move them: load the sample frame table,
// change Drift indexation for one year and read the changed totals, the
// balance requirement and a second scenario side by side.
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
  await shot(page, "frames-scenarios-1280");

  // The frames survive a reload (autosave).
  await page.reload();
  await page.locator("#tab-frames").click();
  await page.locator("#scenario-comparison").waitFor();
  assert.deepEqual(problems, []);
});
