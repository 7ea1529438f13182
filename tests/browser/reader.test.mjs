// The reader's view: a shared link opened on a 360 px phone reads like a
// board summary (headline in mnkr with a word, the narrative, one card per
// förvaltning with its full name, no download tools), a tap opens the unit,
// and "Skriv ut rapport" prints an A4 report whose pages are read back with
// pdftotext and looked at as images (pdftoppm). Expected figures are the
// fixtures' NETTORESULTAT rows, rounded to mnkr by hand (see
// tests/reader.rs for the arithmetic).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { start, openPage, shot, SHOTS, PHONE, fixtureFile, shareLink, openLink, pdfPages, printReport, savePdf, closeReport, demoLink } from "./harness.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const MINUS = "\u2212";

/** The demo's June reports, March for the change, the finance table and the frames. */
async function fullLink() {
  const { page, context } = await openPage(env.browser, env.url);
  await page.locator("#file-input").setInputFiles([
    ...["42_mars", "42_juni", "43_mars", "43_juni"].map((n) => fixtureFile("fr1", `FR1_${n}2024.xlsx`)),
    fixtureFile("followup", "finansforvaltningen_juni2024.csv"),
    fixtureFile("frames", "budgetramar_plan_2026_2028.xlsx"),
  ]);
  await page.locator("#tab-frames[aria-selected=true]").waitFor();
  await page.locator("#balance").waitFor();
  await page.locator("#tab-overview").click();
  await page.locator("#result-title").getByText("Regionens resultat").waitFor();
  const link = await shareLink(page);
  await context.close();
  return link;
}

test("the demo's link on a 360 px phone reads like a board summary", async () => {
  const link = await demoLink(env.browser, env.url);
  const { page, context, problems } = await openLink(env.browser, link, PHONE);
  await page.locator("#reader-title").waitFor();

  // No sideways scrolling of the page.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow} px`);

  // The headline in mnkr with sign, word and mark: the förvaltningar's
  // consolidated forecast −2 954 tkr and year to date −2 626 tkr.
  assert.equal(await page.locator("#head-year .head-value").innerText(), `${MINUS}3,0 mnkr`);
  assert.equal(await page.locator("#head-ytd .head-value").innerText(), `${MINUS}2,6 mnkr`);
  assert.match(await page.locator("#head-year .status").innerText(), /▼ Sämre än budget/);
  assert.match(await page.locator("#head-year .head-label").innerText(), /Prognos för helåret 2024/);

  // The narrative names who deviates, with figures.
  assert.match(
    await page.locator("#narrative").innerText(),
    new RegExp(`Sämre än budget i helårsprognosen: 43 Servicecentrum \\(${MINUS}2,8 mnkr\\) och 42 Exempelförvaltningen \\(${MINUS}0,2 mnkr\\)\\.`),
  );

  // Full names on the cards, largest forecast deviation first.
  assert.deepEqual(await page.locator("#reader-units .card-name").allInnerTexts(), ["43 Servicecentrum", "42 Exempelförvaltningen"]);
  const first = page.locator('#reader-units [data-unit="43"]');
  assert.match(await first.innerText(), /Sämre än budget/);
  assert.match(await first.innerText(), new RegExp(`Sedan mars\\s+${MINUS}3,4`));

  // No download tools, no internal-trade check, and a tab bar that fits.
  for (const sel of [".download-svg", ".download-png", ".export-csv", ".export-xlsx", "#internal-check"]) {
    const visible = await page.locator(sel).evaluateAll((els) => els.filter((e) => e.offsetParent !== null).length);
    assert.equal(visible, 0, `${sel} hidden`);
  }
  const tabs = await page.locator(".tabs").evaluate((n) => ({ scroll: n.scrollWidth, client: n.clientWidth }));
  assert.ok(tabs.scroll <= tabs.client, `tab bar ${tabs.scroll} > ${tabs.client}`);

  // Every control is a 44 px tap target.
  const small = await page.evaluate(() =>
    [...document.querySelectorAll("button, a[href], select, input, [role=tab]")]
      .filter((e) => e.offsetParent !== null)
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 44 || r.width < 44)
      .map(({ e, r }) => `${e.id || e.className || e.tagName} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
  assert.deepEqual(small.filter((s) => !s.startsWith("save-offline")), []);
  await shot(page, "reader-360");

  // A tap opens the förvaltning.
  await page.locator('#reader-units [data-unit="42"]').tap();
  await page.locator("#unit-title").getByText("42 Exempelförvaltningen").waitFor();
  const unitOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(unitOverflow <= 0, `unit view scrolls sideways by ${unitOverflow} px`);
  assert.equal(await page.locator(".download-svg").first().isVisible(), false);
  await shot(page, "reader-unit-360");

  // "Visa detaljer" brings the workbench's details back.
  await page.locator("#tab-overview").tap();
  await page.locator("#show-details").tap();
  await page.locator("#chart-overview .download-svg").waitFor();
  assert.ok(await page.locator("#tab-reports").isVisible());
  await context.close();
  assert.deepEqual(problems, []);

  // The same link on a laptop, to look at.
  const wide = await openLink(env.browser, link, { viewport: { width: 1280, height: 860 }, locale: "sv-SE" });
  await wide.page.locator("#reader-units .card-name").first().waitFor();
  await shot(wide.page, "reader-1280");
  await wide.context.close();
  assert.deepEqual(wide.problems, []);
});

test("with the finance table and frames the reader sees the region's result and the balance requirement", async () => {
  const link = await fullLink();
  for (const options of [{ viewport: { width: 1280, height: 900 }, locale: "sv-SE" }, PHONE]) {
    const width = options.viewport.width;
    const { page, context, problems } = await openLink(env.browser, link, options);
    await page.locator("#reader-title").getByText("Regionens resultat").waitFor();
    // 157,0 − 155,234 = +1,766 → +1,8; variance 4,0 − 2,954 = +1,046 → +1,0.
    assert.equal(await page.locator("#head-year .head-value").innerText(), "+1,0 mnkr");
    assert.match(await page.locator("#head-year .head-detail").innerText(), /Resultat \+1,8 mnkr/);
    assert.match(await page.locator("#head-year .status").innerText(), /▲ Bättre än budget/);
    const narrative = await page.locator("#narrative").innerText();
    assert.match(narrative, /^Regionens resultat för 2024 väntas bli \+1,8 mnkr, 1,0 mnkr bättre än budget\./);
    assert.match(narrative, /Balanskravet/);
    assert.ok(await page.locator("#tab-frames").isVisible(), "frames loaded: their tab stays");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow} px at ${width}`);
    await shot(page, `reader-region-${width}`);
    await context.close();
    assert.deepEqual(problems, []);
  }
});

test("Skriv ut rapport prints an A4 report with a cover, the summary and a section per förvaltning", async () => {
  const link = await fullLink();
  const { page, context, problems } = await openLink(env.browser, link, { viewport: { width: 1280, height: 900 }, locale: "sv-SE" });
  await page.locator("#reader-title").waitFor();
  // The browser's print dialog is not there headless: count the call and
  // print to PDF instead.
  await printReport(page);
  const pdf = await savePdf(page, "report.pdf");
  const text = pdfPages(pdf);
  const n = text.length;
  // Cover; summary with the overview chart; overview table with the forecast
  // development; 42; 43; frames: each section starts a page and fits on it.
  assert.equal(n, 6, text.map((p, i) => `--- ${i + 1}\n${p.slice(0, 300)}`).join("\n"));
  const squash = (s) => s.replace(/\s+/g, " ");
  const [cover, summary, overview, u42, u43, frames] = text.map(squash);
  assert.match(cover, /Region Exempel/);
  assert.match(cover, /Ekonomisk uppföljning/);
  assert.match(cover, /juni 2024/);
  assert.match(cover, /Utskriven \d{4}-\d{2}-\d{2}/);
  assert.doesNotMatch(cover, /Sida 1/, "no header or page number on the cover");
  assert.match(summary, /Sammanfattning/);
  // The two headline tiles side by side (pdftotext interleaves their lines).
  assert.match(summary, /Prognos för helåret 2024 Utfall till och med juni \+1,0 mnkr \+0,6 mnkr ▲ Bättre än budget/);
  assert.match(summary, /Regionens resultat för 2024 väntas bli \+1,8 mnkr, 1,0 mnkr bättre än budget\./);
  assert.match(summary, /Nettoresultat, utfall jmf budget per förvaltning/);
  assert.match(summary, /43 Servicecentrum −0,9 −2,8 −3,4 ▼ Sämre än budget/);
  assert.match(summary, new RegExp(`Region Exempel · Ekonomisk uppföljning juni 2024`));
  assert.match(summary, new RegExp(`Sida 2 av ${n}`));
  assert.match(overview, /Översikt per förvaltning/);
  assert.match(overview, /Prognosutveckling/);
  assert.match(overview, /Förvaltningarnas samlade prognos har försämrats med 3,1 mnkr sedan mars/);
  assert.match(u42, /42 Exempelförvaltningen/);
  assert.match(u42, /NETTORESULTAT 58,6 57,0 −1,6 −2,8 % 114,2 114,0 −0,2 −0,2 %/);
  assert.match(u42, /Prognosen har förbättrats med 0,3 mnkr sedan mars/);
  assert.match(u43, /43 Servicecentrum/);
  assert.match(frames, /Budgetramar och balanskrav/);
  assert.match(frames, /Nettoramar · mnkr/);
  assert.match(frames, /Balanskravsresultat/);
  assert.match(frames, new RegExp(`Sida ${n} av ${n}`));

  // Every page as an image, to look at.
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(SHOTS, "report-page")]);
  await closeReport(page);
  await context.close();
  assert.deepEqual(problems, []);
});
