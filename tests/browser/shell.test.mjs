// The app shell as a person meets it: the Swedish page, the demo button, the
// language switch — with no console error or uncaught exception anywhere.
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

test("the shell renders in Swedish, loads the demo and switches to English", async () => {
  const { page, problems } = await openPage(env.browser, env.url);
  await page.getByRole("heading", { name: "Budgetkoll" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "sv");
  await page.getByText("Släpp FR1-rapporter här").waitFor();
  assert.ok(await page.getByText("Välj filer…").isVisible());
  await shot(page, "shell-empty-1280");

  await page.getByRole("button", { name: "Visa exempel" }).click();
  const table = page.locator("#overview-table");
  await table.getByText("42 Exempelförvaltningen").first().waitFor();
  await table.getByText("43 Servicecentrum").first().waitFor();
  await shot(page, "shell-demo-1280");

  // The English texts are a file of their own, fetched when English is
  // first chosen, not with the Swedish page.
  const englishFetches = () =>
    page.evaluate(() => performance.getEntriesByType("resource").filter((e) => /budgetkoll-part-english-/.test(e.name)).length);
  assert.equal(await englishFetches(), 0, "no English texts in a Swedish page's downloads");
  await page.locator("#lang-switch").click();
  await page.getByRole("tab", { name: "Overview" }).waitFor();
  await page.getByRole("heading", { name: /^Net result per administration/ }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await englishFetches(), 1);
  // The charts and the tables' own sentences follow the language too.
  assert.match(await page.locator("#chart-overview svg title").textContent(), /^Net result, actual vs budget per administration · year to date, June 2024/);
  assert.match(await page.locator("#internal-check").innerText(), /should be close to 0/);
  await shot(page, "shell-demo-en-1280");

  assert.deepEqual(problems, []);
});

test("English that cannot be fetched leaves the page in Swedish and says so; the next try switches", async () => {
  const { page, context, problems } = await openPage(env.browser, env.url);
  await page.getByRole("button", { name: "Visa exempel" }).click();
  await page.locator("#overview-table").waitFor();
  await context.route(/budgetkoll-part-english-/, (route) => route.abort());
  await page.locator("#lang-switch").click();
  const alert = page.locator("#english-unavailable");
  await alert.waitFor();
  assert.match(await alert.innerText(), /kunde inte hämtas/);
  assert.equal(await page.getAttribute("html", "lang"), "sv");
  assert.equal(await page.locator("#lang-switch").innerText(), "In English");
  await page.getByRole("tab", { name: "Översikt" }).waitFor();

  await context.unroute(/budgetkoll-part-english-/);
  await page.locator("#lang-switch").click();
  await page.getByRole("tab", { name: "Overview" }).waitFor();
  await alert.waitFor({ state: "detached" });
  assert.equal(await page.getAttribute("html", "lang"), "en");
  // Back to Swedish needs nothing fetched.
  await page.locator("#lang-switch").click();
  await page.getByRole("tab", { name: "Översikt" }).waitFor();
  // The aborted fetch is the browser's console error; nothing else.
  assert.deepEqual(problems.filter((p) => !/budgetkoll-part-english-|Failed to load resource/.test(p)), []);
  await context.close();
});

test("the empty state is readable on a 360 px phone", async () => {
  const { page, problems } = await openPage(env.browser, env.url, { width: 360, height: 740 });
  await page.getByText("Släpp FR1-rapporter här").waitFor();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.equal(overflow, 0, "no horizontal scrolling at 360 px");
  await shot(page, "shell-empty-360");
  assert.deepEqual(problems, []);
});
