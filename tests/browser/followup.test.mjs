// The follow-up of one förvaltning: forecast against run-rate, movement
// between reports, a seasonal budget profile, and measures that change the
// forecast — typed in by a person, read back exactly.
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

test("forecast checks, series, profile and measures for 42 juni 2024", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await page.getByRole("button", { name: "Visa exempel" }).click();
  await page.locator('#overview-table [data-unit="42"]').click();

  const net = page.locator("#forecast-table tbody tr").last().locator("td");
  assert.equal(await net.nth(1).innerText(), `114${NBSP}196`);
  assert.equal(await net.nth(2).innerText(), `117${NBSP}192`);
  assert.equal(await net.nth(3).innerText(), `+2${NBSP}996`);

  const series = page.locator("#series-table tbody tr");
  assert.equal(await series.count(), 2);
  assert.match(await series.nth(1).locator("th").innerText(), /juni \(apr–jun\)/);

  // The trend: actual at the reported months, budget even, forecast at December.
  const trend = page.locator("#chart-trend");
  assert.equal(await trend.locator("svg .seasonal").count(), 0);
  await trend.locator("svg .ac[data-tip]").first().hover();
  assert.match(await trend.locator(".chart-tip").innerText(), /mar|jun/i);

  await page.locator("#profile-input").fill("10 10 10 10 10 10 6,67 6,67 6,67 6,67 6,66 6,66");
  await page.locator("#profile-input").press("Enter");
  await page.locator("#profile-input").blur();
  const prow = page.locator("#periodisation-table tbody tr").last().locator("td");
  await prow.first().waitFor();
  assert.equal(await prow.nth(3).innerText(), `68${NBSP}400`);
  assert.equal(await prow.nth(4).innerText(), `+9${NBSP}804`);
  assert.ok((await trend.locator("svg .seasonal").count()) >= 1, "seasonal budget line drawn");

  const form = page.locator(".measure-form");
  await form.locator('input[name="text"]').fill("Vakansprövning");
  await form.locator('input[name="decision"]').fill("FN 2024-05-12 § 4");
  await form.locator('input[name="effect"]').fill("5 000");
  await form.locator('select[name="start"]').selectOption("7");
  await form.getByRole("button", { name: "Lägg till åtgärd" }).click();
  await page.locator("#measures-list li").first().waitFor();
  assert.match(await page.locator("#measures-list").innerText(), /Vakansprövning \(FN 2024-05-12 § 4\) · \+5\s000 tkr · från juli/);
  // As deviations from budget: −196 forecast, +5 000 of measures, +4 804
  // after them against the target 0 (budget i balans).
  const outcome = page.locator("#measures-outcome tbody td");
  assert.equal(await outcome.nth(0).innerText(), `${MINUS}196`);
  assert.equal(await outcome.nth(2).innerText(), `+4${NBSP}804`);
  assert.equal(await outcome.nth(3).innerText(), "0");
  assert.equal(await outcome.nth(4).innerText(), `+4${NBSP}804`);

  // A bad amount is refused with a message, nothing added.
  await form.locator('input[name="text"]').fill("Något");
  await form.locator('input[name="effect"]').fill("mycket");
  await form.getByRole("button", { name: "Lägg till åtgärd" }).click();
  await form.getByRole("alert").waitFor();
  assert.equal(await page.locator("#measures-list li").count(), 1);
  await shot(page, "followup-1280");

  // Measures are part of the saved state.
  await page.reload();
  await page.locator("#tab-unit").click();
  await page.locator("#measures-list li").first().waitFor();
  assert.deepEqual(problems, []);
});
