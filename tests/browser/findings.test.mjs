// Findings and refusals follow the page's language: with the page switched
// to English, files dropped on it are refused, or read with their findings,
// in English sentences naming the file, sheet and cell; switching back
// tells the same things in Swedish, since the page keeps them as data.
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

// Words of the Swedish sentences that must not show on the English page.
const SWEDISH = /\b(Filen|kunde inte|Hittade|väntade|fann|bladet|skillnad|raden anger|summerar)\b/;

test("on the English page a bad file is refused, and a bad cell named, in English", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await page.locator("#lang-switch").click();
  // The page turns English once the English texts are fetched.
  await page.locator("#lang-switch", { hasText: "På svenska" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "en");

  await drop(page, [
    { name: "trasig.xlsx", text: "det här är ingen arbetsbok" },
    { name: "tabell.csv", text: "a;b\n1;2\n" },
  ]);
  const failures = page.locator("#failures");
  await failures.getByText("tabell.csv").first().waitFor();
  await failures.getByText("trasig.xlsx").first().waitFor();
  const refused = await failures.innerText();
  assert.match(refused, /The file trasig\.xlsx could not be read as an Excel workbook: its content is no workbook/);
  assert.match(refused, /Found no table to read in tabell\.csv \(sheet tabell\.csv\)\. Budgetkoll reads .*an FR1 report/);
  assert.doesNotMatch(refused, SWEDISH);

  // Resor's Utfall ackumulerat, Totalt: row 14 of the export, column D
  // (Kontoslag in A, then Externt, Internt, Totalt).
  const csv = readFileSync(join(FIXTURES, "fr1", "FR1_42_juni2024_utfall.csv"), "utf8")
    .replace(" - Resor;615;0;615;", " - Resor;615;0;abc;");
  await drop(page, [{ name: "FR1_42_fel.csv", text: csv }]);
  await page.locator("#overview-table").waitFor();
  await page.locator("#tab-reports").click();
  const item = page.locator("#file-list > li").first();
  const error = item.locator(".finding.error").filter({ hasText: "FR1_42_fel.csv!D14" });
  await error.waitFor();
  assert.equal(
    await error.innerText(),
    "FR1_42_fel.csv!D14 Resor, Totalt, Utfall ackumulerat: expected an amount but found “abc”",
  );
  const findings = (await item.locator(".findings").innerText()).replace(/Utfall ackumulerat|Budget ackumulerat/g, "");
  assert.doesNotMatch(findings, SWEDISH);
  await shot(page, "findings-en-1280");

  // Back in Swedish, the same refusals and finding read in Swedish.
  await page.locator("#lang-switch").click();
  assert.match(await failures.innerText(), /Filen trasig\.xlsx kunde inte läsas som Excel-arbetsbok/);
  assert.match(await failures.innerText(), /Hittade ingen tabell att läsa i tabell\.csv \(bladet tabell\.csv\)\. Budgetkoll läser .*en FR1-rapport/);
  assert.equal(
    await error.innerText(),
    "FR1_42_fel.csv!D14 Resor, Totalt, Utfall ackumulerat: väntade ett belopp men fann ”abc”",
  );
  assert.deepEqual(problems, []);
});
