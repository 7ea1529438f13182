// Share, keep, restore: a link that reproduces the view read-only, a damaged
// link that fails safely, autosave across reloads, and "Rensa allt" that
// asks first.
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

test("a share link opens the same view in presentation mode", async () => {
  const { page, context, problems } = await openPage(env.browser, env.url);
  await page.getByRole("button", { name: "Visa exempel" }).click();
  await page.locator('#overview-table [data-unit="43"]').click();
  await page.locator('[data-unit="mnkr"]').click();
  await page.locator("#share").click();
  const link = await page.locator("#share-link").inputValue();
  assert.ok(link.startsWith(env.url), link.slice(0, 60));
  assert.match(link, /#bk\./);
  const length = Number((await page.locator("#share-length").innerText()).split(" ")[0].replace(/\s/g, ""));
  console.log(`share link for the 4 demo reports + view: ${length} characters`);
  assert.ok(length < 4000, `${length} characters`);
  await shot(page, "share-dialog-1280");

  // A fresh browser (no saved state) opens the link.
  const other = await env.browser.newContext({ viewport: { width: 1280, height: 860 } });
  const viewer = await other.newPage();
  const viewerProblems = [];
  viewer.on("pageerror", (e) => viewerProblems.push(e.message));
  await viewer.goto(link);
  await viewer.locator("#presentation").waitFor();
  assert.match(await viewer.locator("#unit-title").innerText(), /43 Servicecentrum · juni 2024 · mnkr/);
  // The list of loaded files is a detail a reader opens on request.
  assert.equal(await viewer.locator("#tab-reports").count(), 0);
  await viewer.locator("#show-details").click();
  await viewer.locator("#tab-reports").click();
  // The Rapporter tab is a part loaded on first use: its list first.
  await viewer.locator("#file-list").waitFor();
  assert.equal(await viewer.locator("#clear-all").isVisible(), false, "no editing in presentation mode");
  await shot(viewer, "share-presentation-1280");
  assert.deepEqual(viewerProblems, []);
  await other.close();
  await context.close();
  assert.deepEqual(problems, []);
});

/**
 * Holds the English texts back 800 ms in `context` (a slow line for them)
 * and records, from the first byte of each page on, every text the page's
 * main area shows, in `window.__shown`.
 */
async function slowEnglishRecorded(context) {
  await context.route(/budgetkoll-part-english-/, async (route) => {
    await new Promise((wait) => setTimeout(wait, 800));
    await route.continue();
  });
  await context.addInitScript(() => {
    window.__shown = "";
    new MutationObserver(() => {
      window.__shown += document.querySelector("main")?.innerText ?? "";
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

test("a link shared from the English page opens in English", async () => {
  const { page, context, problems } = await openPage(env.browser, env.url);
  await page.getByRole("button", { name: "Visa exempel" }).click();
  await page.locator("#overview-table").waitFor();
  await page.locator("#lang-switch").click();
  await page.getByRole("tab", { name: "Overview" }).waitFor();
  await page.locator("#share").click();
  const link = await page.locator("#share-link").inputValue();
  await context.close();

  // A fresh browser, which has fetched no English texts yet, on a slow
  // line for them: the page says "Läser in…" until they are there, and
  // the summary is never shown in Swedish first.
  const other = await env.browser.newContext({ viewport: { width: 360, height: 740 }, locale: "sv-SE" });
  await slowEnglishRecorded(other);
  const viewer = await other.newPage();
  const viewerProblems = [];
  viewer.on("pageerror", (e) => viewerProblems.push(e.message));
  await viewer.goto(link);
  await viewer.locator("#narrative").waitFor();
  await viewer.getByText("Shared view: nothing is saved on this device.").waitFor();
  assert.equal(await viewer.getAttribute("html", "lang"), "en");
  await viewer.getByRole("heading", { name: "The administrations against budget" }).waitFor();
  assert.doesNotMatch(await viewer.locator("main").innerText(), /Förvaltningarna mot budget|Delad vy/);
  const shown = await viewer.evaluate(() => window.__shown);
  assert.match(shown, /Shared view/, "the recorder saw the summary");
  assert.doesNotMatch(shown, /Förvaltningarna mot budget|Delad vy|Förvaltningarnas nettokostnad/, "nothing of the summary was shown in Swedish first");
  assert.doesNotMatch(shown, /Släpp FR1-rapporter här/, "nor the empty page while the texts were on their way");
  assert.deepEqual(viewerProblems, []);
  await other.close();
  assert.deepEqual(problems, []);
});

test("saved work in English opens in English, never in Swedish first", async () => {
  // No service worker: it would answer the reload's fetch of the English
  // texts from its cache, past the slow line below.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: "sv-SE", serviceWorkers: "block" });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(env.url);
  await page.getByRole("button", { name: "Visa exempel" }).click();
  await page.locator("#overview-table").waitFor();
  await page.locator("#lang-switch").click();
  await page.getByRole("tab", { name: "Overview" }).waitFor();
  // Autosave writes the view, its language too, 400 ms after changes stop.
  await page.waitForFunction(() => localStorage.getItem("budgetkoll.state") !== null);
  await page.waitForTimeout(1_500);

  // The reload fetches the English texts on a slow line.
  await slowEnglishRecorded(context);
  await page.reload();
  await page.locator("#overview-table").waitFor();
  await page.getByRole("tab", { name: "Overview" }).waitFor();
  const shown = await page.evaluate(() => window.__shown);
  assert.match(shown, /The administrations' net cost/, "the recorder saw the work in English");
  assert.doesNotMatch(shown, /Förvaltningarnas nettokostnad|Nettoresultat per förvaltning/, "nothing of the work was shown in Swedish first");
  assert.doesNotMatch(shown, /Släpp FR1-rapporter här/, "nor the empty page while the texts were on their way");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a damaged link says so and opens the empty app", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await page.goto(`${env.url}#bk.AAAA<script>alert(1)</script>`);
  await page.reload();
  await page.locator("#failures").waitFor();
  assert.match(await page.locator("#failures").innerText(), /Länken är skadad/);
  assert.ok(await page.getByText("Släpp FR1-rapporter här").isVisible());
  assert.deepEqual(problems, []);
});

test("work is autosaved, survives a reload, and Rensa allt asks first", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await page.getByRole("button", { name: "Visa exempel" }).click();
  await page.locator("#overview-table").waitFor();
  await page.locator("#tab-reports").click();
  await page.reload();
  await page.locator("#file-list").waitFor();
  assert.equal(await page.locator("#file-list > li").count(), 4);

  page.once("dialog", (d) => d.dismiss());
  await page.locator("#clear-all").click();
  assert.equal(await page.locator("#file-list > li").count(), 4, "dismissed: nothing removed");
  page.once("dialog", (d) => d.accept());
  await page.locator("#clear-all").click();
  await page.getByText("Släpp FR1-rapporter här").waitFor();
  await page.reload();
  await page.getByText("Släpp FR1-rapporter här").waitFor();
  assert.deepEqual(problems, []);
});
