// Importing as a finance officer does it: real files through the file
// picker, a broken file refused with its name and reason while what was
// loaded stays, the same half of a report again asks before replacing it, a file with a
// wrong sum shows the error at its cell, and missing metadata is asked for.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { start, openPage, shot, FIXTURES } from "./harness.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const fixture = (name) => readFileSync(join(FIXTURES, "fr1", name));
const file = (name, buffer, mimeType = "application/octet-stream") => ({ name, mimeType, buffer });

async function pick(page, files) {
  await page.locator("#file-input").setInputFiles(files);
}

test("a broken file is refused by name and what was loaded stays", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await pick(page, [file("trasig.xlsx", Buffer.from("det här är ingen arbetsbok"))]);
  const failures = page.locator("#failures");
  await failures.waitFor();
  assert.match(await failures.innerText(), /trasig\.xlsx/);
  assert.match(await failures.innerText(), /spara om den som \.xlsx eller \.csv/);

  await pick(page, [file("FR1_42_juni2024.xlsx", fixture("FR1_42_juni2024.xlsx"))]);
  await page.locator("#overview-table").waitFor();
  await page.locator("#tab-reports").click();
  await page.locator("#file-list").waitFor();
  await pick(page, [file("tom.csv", Buffer.alloc(0), "text/csv")]);
  await page.locator("#failures").getByText("tom.csv").first().waitFor();
  assert.equal(await page.locator("#file-list > li").count(), 1, "the loaded report stays");
  await shot(page, "import-failure-1280");
  assert.deepEqual(problems, []);
});

test("the same förvaltning and period again asks before replacing", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await pick(page, [file("FR1_42_juni2024.xlsx", fixture("FR1_42_juni2024.xlsx"))]);
  await page.locator("#overview-table").waitFor();
  await page.locator("#tab-reports").click();
  await pick(page, [file("FR1_42_juni2024_utfall.csv", fixture("FR1_42_juni2024_utfall.csv"), "text/csv")]);
  const prompt = page.locator(".pending");
  await prompt.waitFor();
  assert.match(await prompt.innerText(), /42 Exempelförvaltningen \(juni 2024, FR1_42_juni2024_utfall\.csv\)/);
  await prompt.locator(".replace").click();
  await prompt.waitFor({ state: "detached" });
  // The new Utfall replaces the workbook's; its Prognos stays.
  const items = page.locator("#file-list > li");
  assert.equal(await items.count(), 1);
  assert.equal(
    await items.first().getAttribute("data-source"),
    "FR1_42_juni2024_utfall.csv + FR1_42_juni2024.xlsx",
  );
  assert.deepEqual(problems, []);
});

test("a wrong sum is an error at its cell, in Swedish", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  const csv = fixture("FR1_42_juni2024_utfall.csv").toString("utf8").replace(" - Resor;615;0;615;", " - Resor;615;0;625;");
  await pick(page, [file("FR1_42_juni2024_fel.csv", Buffer.from(csv, "utf8"), "text/csv")]);
  await page.locator("#overview-table").waitFor();
  await page.locator("#tab-reports").click();
  const item = page.locator("#file-list > li").first();
  assert.match(await item.locator(".badge.bad").innerText(), /Fel/);
  const findings = await item.locator(".finding.error").allInnerTexts();
  assert.ok(findings.some((f) => /Resor/.test(f) && /skillnad 10 tkr/.test(f)), findings.join("\n"));

  await page.locator("#tab-unit").click();
  // The Förvaltning tab is a part loaded on first use.
  await page.locator("#fr1-utfall").waitFor();
  const flagged = page.locator("#fr1-utfall td.flag-error");
  assert.ok((await flagged.count()) >= 1);
  const titles = await flagged.evaluateAll((tds) => tds.map((td) => td.title));
  assert.ok(titles.some((t) => /skillnad 10 tkr/.test(t)), titles.join("\n"));
  await shot(page, "import-flagged-1280");
  assert.deepEqual(problems, []);
});

test("missing metadata is asked for, suggested from the file name", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  const csv = fixture("FR1_42_juni2024_utfall.csv")
    .toString("utf8")
    .replace("Period:;juni 2024", "Period:;");
  await pick(page, [file("FR1_42_juni2024_x.csv", Buffer.from(csv, "utf8"), "text/csv")]);
  await page.locator("#tab-reports").click();
  const form = page.locator(".meta-form");
  await form.waitFor();
  assert.match(await form.innerText(), /Period/);
  assert.match(await form.innerText(), /Förslag från filnamnet/);
  assert.equal(await form.locator('input[name="year"]').inputValue(), "2024");
  await form.locator('select[name="month"]').selectOption("6");
  await form.getByRole("button", { name: "Spara" }).click();
  await form.waitFor({ state: "detached" });
  assert.match(await page.locator("#file-list > li").first().innerText(), /juni 2024/);
  assert.deepEqual(problems, []);
});

test("what the reading noted stays when the missing period is filled in", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  // A row the form does not have (a reading note) and no period (asked for).
  const csv = fixture("FR1_42_juni2024_utfall.csv")
    .toString("utf8")
    .replace("Period:;juni 2024", "Period:;")
    .replace("\nDrift;", "\nLotterivinster;5;0;5;0;0;0;0;0;0;5;0;5;5;0;5\nDrift;");
  await pick(page, [file("FR1_42_utan_period.csv", Buffer.from(csv, "utf8"), "text/csv")]);
  await page.locator("#tab-reports").click();
  const form = page.locator(".meta-form");
  await form.waitFor();
  const item = page.locator("#file-list > li").first();
  // The findings are folded under their count, as a person opens them.
  const noted = async () => {
    const details = item.locator("details");
    if (!(await details.evaluate((d) => d.open))) await details.locator("summary").click();
    return (await item.locator(".finding").allInnerTexts()).filter((f) => /Lotterivinster/.test(f));
  };
  assert.equal((await noted()).length, 1, "the reading's note is shown before the period is given");
  await form.locator('select[name="month"]').selectOption("6");
  await form.getByRole("button", { name: "Spara" }).click();
  await form.waitFor({ state: "detached" });
  assert.match(await item.innerText(), /juni 2024/);
  assert.equal((await noted()).length, 1, "and still after it");
  assert.deepEqual(problems, []);
});

test("a range pasted from Excel is read like a file", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  const tsv = fixture("FR1_42_juni2024_utfall.csv").toString("utf8").replaceAll(";", "\t");
  // The app listens for paste once it has mounted.
  await page.getByText("Släpp FR1-rapporter här").waitFor();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.body.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  }, tsv);
  await page.locator("#overview-table").waitFor();
  await page.locator("#tab-reports").click();
  assert.equal(await page.locator("#file-list > li").first().getAttribute("data-source"), "Inklistrat");
  assert.match(await page.locator("#file-list").innerText(), /42 Exempelförvaltningen/);
  assert.deepEqual(problems, []);
});
