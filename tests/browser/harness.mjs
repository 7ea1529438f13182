// Shared set-up for the browser tests: serve dist/ on 127.0.0.1, launch
// Debian's Chromium headless through playwright-core with a fresh profile,
// and collect console errors and uncaught exceptions so every test can fail
// on them. Screenshots go to tests/screenshots/ (ignored by git).
import { chromium } from "playwright-core";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serveDist } from "../../scripts/serve-dist.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(HERE, "..", "..");
export const FIXTURES = join(ROOT, "tests", "fixtures");
export const SHOTS = join(ROOT, "tests", "screenshots");

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Starts server + browser; returns helpers and a close(). */
export async function start() {
  mkdirSync(SHOTS, { recursive: true });
  const { server, url } = await serveDist(join(ROOT, "dist"));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** A new page in a fresh context, recording console errors and exceptions. */
export async function openPage(browser, url, { width = 1280, height = 860 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: "sv-SE" });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`exception: ${e.message}`));
  await page.goto(url);
  return { page, context, problems };
}

export async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** A 360 px phone and a 1280 px screen, Swedish, as the readers' tests open links. */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: "sv-SE" };
export const WIDE = { viewport: { width: 1280, height: 900 }, locale: "sv-SE" };

/** A fixture of tests/fixtures/`dir` as the file picker gives it. */
export const fixtureFile = (dir, name) => ({
  name,
  mimeType: name.endsWith(".csv") ? "text/csv" : "application/octet-stream",
  buffer: readFileSync(join(FIXTURES, dir, name)),
});

/** The share link of what `page` has loaded ("Dela", then close the dialog). */
export async function shareLink(page) {
  await page.locator("#share").click();
  const link = await page.locator("#share-link").inputValue();
  await page.getByRole("button", { name: "Stäng" }).click();
  return link;
}

/** The demo's share link, made by the app served at `url` ("Visa exempel", then "Dela"). */
export async function demoLink(browser, url) {
  const { page, context } = await openPage(browser, url);
  await page.getByRole("button", { name: "Visa exempel" }).click();
  await page.locator("#overview-table").waitFor();
  const link = await shareLink(page);
  await context.close();
  return link;
}

/** Opens `link` in a fresh context of `browser`; returns the page and its problems. */
export async function openLink(browser, link, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  await page.goto(link);
  await page.locator("#presentation").waitFor();
  return { page, context, problems };
}

/** Drops files (name and text) on the page as a person drags them in. */
export async function drop(page, files) {
  await page.locator(".dropzone").evaluate((zone, files) => {
    const data = new DataTransfer();
    for (const { name, text } of files) data.items.add(new File([text], name));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files);
}

/** "Skriv ut rapport": the report is mounted and the browser's print
 * called — counted instead of opened, as headless Chromium has no print
 * dialog. */
export async function printReport(page) {
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => {
      window.__printed += 1;
    };
  });
  await page.locator("#print-report-button").click();
  await page.locator("#print-report").waitFor({ state: "attached" });
  await page.waitForFunction(() => window.__printed === 1);
}

/** The page printed to a PDF named `name` in tests/screenshots; its path. */
export async function savePdf(page, name) {
  const pdf = join(SHOTS, name);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return pdf;
}

/** The print is over (the browser's afterprint): the report goes. */
export async function closeReport(page) {
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.locator("#print-report").waitFor({ state: "detached" });
}

/** The text of each page of `pdf`, by pdftotext. */
export function pdfPages(pdf) {
  const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  return text.split("\f").filter((p, i, all) => i < all.length - 1 || p.trim() !== "");
}
