// "Varför?" (issue 24): the officer drops the June FR1 of 42 and 43 with the
// explanations table and 42's ledger pivot; the Rapporter tab lists both
// with their findings, the förvaltning's page shows every driver with the
// check line and opens the accounts behind Personal (largest deviation
// from budget first, an empty budget empty), and the officer writes and
// removes an explanation in the page. The shared link, opened on a 360 px
// phone, reads a driver's amount and text on 42's card, without the
// officer's notes or form; its printed report carries the explanations.
//
// Expected figures are read by hand from the fixtures:
// - kvartal/kommentarer_juni2024.csv: 42, Utfall, Personal, −1,6 mnkr,
//   "Personalkostnaderna är 1,6 mnkr högre än budgeterat. …"; Intäkter
//   +0,1. 43, Prognos, Personal, −2,7 "Förstärkningen av
//   sekreterarservicen …".
// - fr1/FR1_42_juni2024.xlsx: NETTORESULTAT Totalt utfall jmf budget
//   −1 596 tkr = −1,6 mnkr; explained −1,6 + 0,1 = −1,5; left −1,596 −
//   (−1,5) = −0,096 → −0,1 mnkr.
// - kvartal/konton_42_juni2024.xlsx, under "4 Kostnader för personal":
//   "41 Lön ej arbetad tid" BUDGET Ack Diff −1 900 (the largest), "40 Lön
//   arbetad tid" +1 300 next; "43 Kostnadsersättn och naturaförm" has an
//   empty BUDGET Ack, so it comes last with no budget and no deviation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { start, openPage, shot, SHOTS, PHONE, WIDE, fixtureFile, openLink, pdfPages, printReport, savePdf } from "./harness.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

// A minus sign as the page writes it (U+2212) or as typed.
const M = "[\u2212-]";
const squash = (s) => s.replace(/\s+/g, " ");

test("the officer's explanations reach the page, the link's cards and the print", async () => {
  const { page, context, problems } = await openPage(env.browser, env.url);
  await page.locator("#file-input").setInputFiles([fixtureFile("fr1", "FR1_42_juni2024.xlsx"), fixtureFile("fr1", "FR1_43_juni2024.xlsx")]);
  await page.locator("#overview-table").waitFor();
  // After the reports, so the pivot is checked against 42's FR1; from
  // Rapporter, which lists the explanations table and the pivot like other
  // files.
  await page.locator("#tab-reports").click();
  await page.locator("#file-list").waitFor();
  await page.locator("#file-input").setInputFiles([
    fixtureFile("kvartal", "kommentarer_juni2024.csv"),
    fixtureFile("kvartal", "konton_42_juni2024.xlsx"),
  ]);
  const expl = page.locator("#file-list .explanations-file");
  await expl.waitFor();
  assert.equal(await expl.getAttribute("data-source"), "kommentarer_juni2024.csv");
  assert.match(await expl.innerText(), /10 förklaringar inlästa/);
  const ledger = page.locator("#file-list .ledger-file");
  await ledger.waitFor();
  assert.match(await ledger.innerText(), /42 Exempelförvaltningen · juni 2024/);
  await shot(page, "why-reports-1280");

  // The förvaltning's page: every driver, the check line, the accounts.
  await page.locator("#tab-unit").click();
  await page.locator("#unit-select").waitFor();
  await page.locator("#unit-select").selectOption("42");
  const why = page.locator("#unit-why .why");
  await why.waitFor();
  const utfall = why.locator('.why-section[data-section="utfall"]');
  assert.match(await utfall.locator(".why-summary").innerText(), new RegExp(`Förklarat ${M}1,5 av ${M}1,6 mnkr; ${M}0,1 mnkr ej förklarat`));
  const first = utfall.locator(".why-driver").first();
  assert.equal(await first.locator(".why-topic").innerText(), "Personal");
  assert.match(await first.locator(".why-amount").innerText(), new RegExp(`^${M}1,6 mnkr$`));
  assert.match(await first.locator(".why-text").innerText(), /^Personalkostnaderna är 1,6 mnkr högre än budgeterat\./);

  // The summary table marks the rows the explanations table names for
  // June (Personal and Intäkter so far; Drift, Intäkter and Personal for
  // the year), and a mark brings the explanations into view.
  const marked = await page.locator("#summary-table tr:has(.why-mark)").evaluateAll((rows) => rows.map((r) => r.dataset.row));
  assert.deepEqual(marked.sort(), ["Drift", "Intakter", "Personal"]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('#summary-table tr[data-row="Drift"] .why-mark').click();
  await page.waitForFunction(() => {
    const r = document.getElementById("unit-why").getBoundingClientRect();
    return r.top >= 0 && r.top < window.innerHeight;
  });

  await page.locator("#accounts-open").click();
  const accounts = page.locator("#accounts-table tbody tr");
  await accounts.first().waitFor();
  const labels = await accounts.locator("th").allInnerTexts();
  assert.equal(labels[0], "41 Lön ej arbetad tid");
  assert.equal(labels[1], "40 Lön arbetad tid");
  assert.equal(labels.at(-1), "43 Kostnadsersättn och naturaförm");
  // Budget and its deviation empty where the pivot's budget cell is.
  const last = await accounts.last().locator("td").allInnerTexts();
  assert.equal(last[1], "–");
  assert.equal(last[2], "–");
  await shot(page, "why-unit-1280");
  await page.locator("#unit-why").screenshot({ path: join(SHOTS, "why-unit-section-1280.png") });

  // The officer writes an explanation in the page, then removes it.
  await page.locator(".why-edit > summary").click();
  await page.locator("#why-section").selectOption("prognos");
  await page.locator("#why-topic").selectOption({ label: "Övergripande" });
  await page.locator("#why-text").fill("Skriven i sidan för provet.");
  await page.locator("#why-save").click();
  await why.locator(".why-general", { hasText: "Skriven i sidan för provet." }).waitFor();
  await page.locator(".why-written", { hasText: "Skriven i sidan för provet." }).locator(".why-remove").click();
  await why.locator(".why-general", { hasText: "Skriven i sidan för provet." }).waitFor({ state: "detached" });

  // The link, of the overview: it opens on the board summary.
  await page.locator("#tab-overview").click();
  await page.locator("#overview-table").waitFor();
  await page.locator("#share").click();
  const link = await page.locator("#share-link").inputValue();
  await page.getByRole("button", { name: "Stäng" }).click();
  await context.close();
  assert.deepEqual(problems, []);

  // On a phone: 42's card reads its largest driver, amount and text.
  const phone = await openLink(env.browser, link, PHONE);
  const card = phone.page.locator('#reader-units li:has([data-unit="42"])');
  const cardWhy = card.locator(".why");
  await cardWhy.waitFor();
  const driver = cardWhy.locator('.why-section[data-section="utfall"] .why-driver').first();
  assert.equal(await driver.locator(".why-topic").innerText(), "Personal");
  assert.match(await driver.locator(".why-amount").innerText(), new RegExp(`^${M}1,6 mnkr$`));
  assert.match(await driver.locator(".why-text").innerText(), /Vakanta sjuksköterske- och underskötersketjänster/);
  assert.match(await cardWhy.innerText(), new RegExp(`${M}0,1 mnkr ej förklarat`));
  const card43 = phone.page.locator('#reader-units li:has([data-unit="43"]) .why');
  assert.match(await card43.innerText(), new RegExp(`Personal\\s+${M}2,7 mnkr\\s+Förstärkningen av sekreterarservicen`));
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow} px`);
  await shot(phone.page, "why-reader-360");
  await card.screenshot({ path: join(SHOTS, "why-card-42-360.png") });
  // The förvaltning's page in presentation mode: drivers, no form, no notes.
  await phone.page.locator('#reader-units [data-unit="42"]').tap();
  await phone.page.locator("#unit-why .why").waitFor();
  assert.equal(await phone.page.locator("#why-form").count(), 0);
  assert.equal(await phone.page.locator(".why-notes").count(), 0);
  await shot(phone.page, "why-unit-360");
  await phone.context.close();
  assert.deepEqual(phone.problems, []);

  // On a laptop, and printed: the explanations under each förvaltning.
  const wide = await openLink(env.browser, link, WIDE);
  await wide.page.locator("#reader-units .why").first().waitFor();
  await shot(wide.page, "why-reader-1280");
  await printReport(wide.page);
  const pdf = await savePdf(wide.page, "why-report.pdf");
  const text = squash(pdfPages(pdf).join(" "));
  assert.match(text, /Varför\?/);
  assert.match(text, new RegExp(`Förklarat ${M}1,5 av ${M}1,6 mnkr; ${M}0,1 mnkr ej förklarat`));
  assert.match(text, /Personalkostnaderna är 1,6 mnkr högre än budgeterat\./);
  assert.match(text, /Förstärkningen av sekreterarservicen med två tjänster saknar finansiering i budget/);
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(SHOTS, "why-report-page")]);
  await wide.context.close();
  assert.deepEqual(wide.problems, []);
});
