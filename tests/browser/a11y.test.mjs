// Accessibility measured: axe-core (npm) on every view, in the editing
// view and in presentation mode (with and without details), in Swedish
// and English, with no serious or critical violation; and a keyboard-only
// walk: open a förvaltning from the overview, switch a chart to its table
// and back, open the share dialog and close it again.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { start, openPage, ROOT } from "./harness.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

/** Serious and critical violations on the page as it is, named by `label`. */
async function audit(page, label) {
  // Injected through the DevTools protocol, so the page's CSP stays as is.
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  });
  return violations.map((v) => `${label}: ${v}`);
}

/** Every tab of the page, audited, in the page's current language. */
async function auditTabs(page, mode, found) {
  const lang = await page.evaluate(() => document.documentElement.lang);
  for (const tab of ["overview", "unit", "reports", "frames"]) {
    const button = page.locator(`#tab-${tab}`);
    if (!(await button.isVisible())) continue;
    await button.click();
    // The tab's part (loaded on first use) itself, not its "Läser in…".
    await page.locator(`#tab-${tab}[aria-selected="true"]`).waitFor();
    await page.waitForFunction(() => document.querySelector(".part-loading") === null);
    found.push(...(await audit(page, `${mode}/${tab}/${lang}`)));
  }
  await page.locator("#tab-overview").click();
  await page.locator("#share").click();
  await page.locator("#share-dialog").waitFor();
  found.push(...(await audit(page, `${mode}/share/${lang}`)));
  await page.keyboard.press("Escape");
  await page.locator("#share-dialog").waitFor({ state: "detached" });
}

test("axe finds no serious or critical violation on any view, mode or language", async () => {
  const found = [];
  const { page, context, problems } = await openPage(env.browser, env.url);
  found.push(...(await audit(page, "empty/sv")));
  await page.getByRole("button", { name: "Visa exempel" }).click();
  await page.locator("#overview-table").waitFor();
  await auditTabs(page, "edit", found);
  await page.locator("#lang-switch").click();
  await auditTabs(page, "edit", found);
  await page.locator("#lang-switch").click();

  await page.locator("#share").click();
  const link = await page.locator("#share-link").inputValue();
  await page.keyboard.press("Escape");
  const viewer = await env.browser.newContext({ viewport: { width: 1280, height: 860 } });
  const shared = await viewer.newPage();
  await shared.goto(link);
  await shared.locator("#reader-title").waitFor();
  for (const details of [false, true]) {
    if (details) await shared.locator("#show-details").click();
    const mode = details ? "presentation+details" : "presentation";
    await auditTabs(shared, mode, found);
    await shared.locator("#lang-switch").click();
    await auditTabs(shared, mode, found);
    await shared.locator("#lang-switch").click();
  }
  await viewer.close();
  await context.close();
  assert.deepEqual(found, []);
  assert.deepEqual(problems, []);
});

/** Presses Tab until `selector` has the focus (at most `limit` presses). */
async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`${selector} not reached with ${limit} presses of Tab`);
}

test("keyboard only: open a förvaltning, its chart as a table and back, the share dialog", async () => {
  const { page, context, problems } = await openPage(env.browser, env.url);
  await page.getByRole("button", { name: "Visa exempel" }).click();
  await page.locator("#overview-table").waitFor();
  await page.evaluate(() => document.activeElement?.blur());

  await tabTo(page, '#overview-table [data-unit="43"]');
  await page.keyboard.press("Enter");
  await page.locator("#unit-title").getByText("43 Servicecentrum").waitFor();

  await tabTo(page, "#chart-columns-ac .table-toggle");
  await page.keyboard.press("Enter");
  await page.locator("#chart-columns-ac .chart-table").waitFor();
  assert.equal(await page.locator("#chart-columns-ac svg").count(), 0);
  await page.keyboard.press("Enter");
  await page.locator("#chart-columns-ac svg").waitFor();

  await page.keyboard.down("Shift");
  await tabTo(page, "#share", 200);
  await page.keyboard.up("Shift");
  await page.keyboard.press("Enter");
  await page.locator("#share-dialog").waitFor();
  assert.ok(
    await page.evaluate(() => document.getElementById("share-dialog").contains(document.activeElement)),
    "focus moves into the dialog",
  );
  await page.keyboard.press("Escape");
  await page.locator("#share-dialog").waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement?.id), "share", "focus returns to Dela");
  await context.close();
  assert.deepEqual(problems, []);
});
