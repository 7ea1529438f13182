// Shared set-up for the browser tests: serve dist/ on 127.0.0.1, launch
// Debian's Chromium headless through playwright-core with a fresh profile,
// and collect console errors and uncaught exceptions so every test can fail
// on them. Screenshots go to tests/screenshots/ (ignored by git).
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";
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
