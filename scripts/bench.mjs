// Prints the figures the targets are judged by, each beside its target: the
// release bundle's size (raw, gzip, brotli per asset type and in total;
// first paint — index.html, the app's js, wasm and css — apart from what is
// loaded on demand — the spreadsheet worker's loader, js and wasm — and all
// assets), the single-file offline build dist/budgetkoll.html (counted
// apart: it holds the same app again); then, in headless Chromium, a first
// visit on a phone on a slow network (Slow 4G and a 4× slower CPU through
// the DevTools protocol, cold cache, served by scripts/serve-dist.mjs with
// and without compression, median of 5) and what it downloads in its first
// 10 s; load time, the demo, frames recompute, autosave with 120 reports
// and share link sizes.
// Figures only, with one exception: the first paint may not grow by more
// than 2 KB over the figure the README states ("The first paint is … KB
// brotli") on the route that figure is measured on — growing it means
// saying why there, with the new figure (issue 27). Sizes are the build's
// own; nothing timed is ever asserted.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { execFileSync } from "node:child_process";
import { join, extname } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { start, openPage, ROOT, FIXTURES } from "../tests/browser/harness.mjs";
import { serveDist } from "./serve-dist.mjs";

const DIST = join(ROOT, "dist");
const SINGLE = "budgetkoll.html";
// postbuild's link pack: the modules a shared link opens with, in one file;
// and the keep pack, its beginning, for saved work.
const LINK_PACK = /^budgetkoll-linkpack-[0-9a-f]{16}\.bin$/;
const KEEP_PACK = /^budgetkoll-keeppack-[0-9a-f]{16}\.bin$/;
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KB";

/** Raw, gzip -9 and brotli -11 sizes of a file's bytes. */
function compressed(buf) {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function sizes() {
  const rows = [];
  const packs = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (f.startsWith(".")) continue; // Trunk's lock and staging folder
      if (/\.(br|gz)$/.test(f)) continue; // postbuild's compressed copies
      if (statSync(p).isDirectory()) walk(p);
      else if (LINK_PACK.test(f)) packs.push(p);
      else if (KEEP_PACK.test(f)) continue; // the link pack's beginning
      else if (p !== join(DIST, SINGLE)) rows.push(p);
    }
  };
  walk(DIST);
  const byKind = {};
  for (const p of rows) {
    const kind = extname(p).slice(1) || "other";
    const size = compressed(readFileSync(p));
    const k = (byKind[kind] ??= { raw: 0, gzip: 0, brotli: 0, files: [] });
    k.raw += size.raw;
    k.gzip += size.gzip;
    k.brotli += size.brotli;
    k.files.push(p.slice(DIST.length + 1));
  }
  console.log("bundle size (dist/)           raw         gzip       brotli");
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const [kind, k] of Object.entries(byKind).sort()) {
    console.log(`  ${kind.padEnd(22)} ${kb(k.raw)} ${kb(k.gzip)} ${kb(k.brotli)}`);
    total.raw += k.raw;
    total.gzip += k.gzip;
    total.brotli += k.brotli;
  }
  console.log(`  ${"total".padEnd(22)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
  const split = firstPaintAndOnDemand(rows);
  // The link pack holds modules that are files of their own too: a link
  // fetches it instead of them, so it is counted apart, not in the total.
  const pack = packs.length ? group("link pack", packs) : null;
  const single = compressed(readFileSync(join(DIST, SINGLE)));
  console.log(`single file (offline build)`);
  console.log(`  ${SINGLE.padEnd(22)} ${kb(single.raw)} ${kb(single.gzip)} ${kb(single.brotli)}`);
  return { total, single, pack, ...split };
}

/** Sum of raw/gzip/brotli over `files` (paths in dist/), printed as `label`. */
function group(label, files) {
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const p of files) {
    const size = compressed(readFileSync(p));
    sum.raw += size.raw;
    sum.gzip += size.gzip;
    sum.brotli += size.brotli;
  }
  // A long list (the parts' 150 chunks) is counted, not named.
  const names = files.length <= 6 ? files.map((p) => p.slice(DIST.length + 1)).join(", ") : `${files.length} files`;
  console.log(`  ${label.padEnd(22)} ${kb(sum.raw)} ${kb(sum.gzip)} ${kb(sum.brotli)}   (${names})`);
  return sum;
}

/** First paint: index.html and what its loader fetches (the app's js and
 * wasm, the loader of its parts) and the stylesheet; on demand: the
 * spreadsheet worker and the parts of the app loaded on first use. */
function firstPaintAndOnDemand(rows) {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const loader = html.match(/from\s+'\/?([^']+\.js)'[\s\S]*?module_or_path:\s*'\/?([^']+\.wasm)'/);
  const css = html.match(/<link rel="stylesheet" href="\/?([^"]+\.css)"/);
  if (!loader || !css) throw new Error("bench: index.html names no app js/wasm or stylesheet");
  // The loader of the parts cut out of the app (the `#[wasm_split]` functions), which the
  // app's js imports, is first paint; the parts themselves are on demand.
  const partsLoader = rows.filter((p) => p.endsWith("/__wasm_split.js"));
  const first = ["index.html", loader[1], loader[2], css[1]].map((f) => join(DIST, f)).concat(partsLoader);
  const onDemand = rows.filter((p) => /budgetkoll-(sheets|part-)/.test(p.slice(DIST.length + 1))).sort();
  console.log("first paint vs on demand        raw         gzip       brotli");
  const firstPaint = group("first paint", first);
  for (const p of onDemand.filter((p) => /budgetkoll-part-/.test(p))) group(`  ${p.slice(DIST.length + 1).replace(/-[0-9a-f]{15,16}\.wasm$/, "")}`, [p]);
  group("  spreadsheet worker", onDemand.filter((p) => /budgetkoll-sheets/.test(p)));
  const demand = group("on demand (worker, parts)", onDemand);
  return { firstPaint, onDemand: demand };
}

/** Median of 5 fresh loads of `url` to the rendered heading, in ms. */
async function medianLoad(browser, url) {
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const t0 = Date.now();
    const { page, context } = await openPage(browser, url);
    await page.getByRole("heading", { name: "Budgetkoll" }).waitFor();
    loads.push(Date.now() - t0);
    await context.close();
  }
  return loads.sort((a, b) => a - b)[2];
}

// Chromium DevTools' "Slow 4G" (150 ms, 1.6 Mbit/s down, 750 kbit/s up)
// and a phone's CPU, 4× slower than this machine's.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 };
const CPU_SLOWDOWN = 4;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A fresh (cold-cache) phone-sized page on Slow 4G with a 4× slower CPU,
 * recording in `window.__usable` when the app is usable: the element
 * `usableId` is rendered (the empty state's "Visa exempel" button; for a
 * shared link, the board summary's narrative). */
async function slowPhone(browser, usableId = "show-example") {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "sv-SE" });
  await context.addInitScript((usableId) => {
    new MutationObserver((_, seen) => {
      if (document.getElementById(usableId)) {
        window.__usable = performance.now();
        seen.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, usableId);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  return { context, page };
}

/** Median over 5 cold first visits of the time from navigation to usable
 * (the element `usableId` rendered), in ms. */
async function timeToUsable(browser, url, usableId = "show-example") {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const { context, page } = await slowPhone(browser, usableId);
    await page.goto(url);
    await page.locator(`#${usableId}`).waitFor({ timeout: 60_000 });
    runs.push(await page.evaluate(() => window.__usable));
    await context.close();
  }
  return median(runs);
}

/** A first visit on Slow 4G: what the server sent in its first 10 s (the
 * service worker's own fetches included), and any file sent twice. */
/** What the server sends in the first 10 s of a first visit on a slow
 * phone; `saveData`: with the browser asking to save data
 * (`navigator.connection.saveData`, as a phone's data saver sets it). */
async function firstTenSeconds(browser, dir, saveData) {
  const log = [];
  const { server, url } = await serveDist(dir, 0, { log });
  const { context, page } = await slowPhone(browser);
  if (saveData) {
    await context.addInitScript(() =>
      Object.defineProperty(NetworkInformation.prototype, "saveData", { get: () => true }),
    );
  }
  try {
    await page.goto(url);
    await page.waitForTimeout(10_000);
  } finally {
    await context.close();
    server.close();
  }
  const start = log[0]?.at ?? 0;
  const sent = log.filter((r) => r.at - start <= 10_000 && r.status === 200);
  const paths = sent.map((r) => r.path);
  const twice = [...new Set(paths.filter((p, i) => paths.indexOf(p) !== i))];
  const bytes = sent.reduce((n, r) => n + r.bytes, 0);
  return { bytes, requests: log.filter((r) => r.at - start <= 10_000).length, twice };
}

async function slowNetwork(browser, link) {
  const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const zipped = await serveDist(DIST);
  const plain = await serveDist(DIST, 0, { compress: false });
  try {
    const withCompression = await timeToUsable(browser, zipped.url);
    const without = await timeToUsable(browser, plain.url);
    console.log(`first visit, Slow 4G + ${CPU_SLOWDOWN}× CPU, cold cache, to usable (median of 5):`);
    console.log(`  served compressed (br)      ${fmt(withCompression).padStart(8)}   (target <= 1.40 s)`);
    console.log(`  served uncompressed         ${fmt(without).padStart(8)}   (a host that compresses nothing)`);
    // A politician's first visit: a shared link of the demo, to its board
    // summary (the keeping part, which decodes it, is fetched after the app).
    const withLink = await timeToUsable(browser, `${zipped.url}${link}`, "narrative");
    console.log(`  a shared link, to its summary ${fmt(withLink).padStart(6)}   (served compressed)`);
  } finally {
    zipped.server.close();
    plain.server.close();
  }
  // Issue 27: a first visit fetches what its view uses, nothing for later
  // (static/sw.js keeps the rest on a later visit or when asked).
  const limit = 1.1 * firstPaint.brotli;
  for (const saveData of [false, true]) {
    const first = await firstTenSeconds(browser, DIST, saveData);
    console.log(
      `first visit, first 10 s, Save-Data ${saveData ? "on " : "off"}: ${kb(first.bytes).trim()} in ${first.requests} responses; sent twice: ${first.twice.join(", ") || "none"}   (target <= 1.1 × first paint = ${kb(limit).trim()}, no asset twice)`,
    );
  }
}

/** The fragment of the demo's share link (`#bk.…`). */
async function demoLink(env) {
  const { page, context } = await openPage(env.browser, env.url);
  await page.getByRole("button", { name: "Visa exempel" }).click();
  await page.locator("#overview-table").getByText("43 Servicecentrum").waitFor();
  await page.locator("#share").click();
  const link = await page.locator("#share-link").inputValue();
  await context.close();
  return new URL(link).hash;
}

async function timings() {
  const env = await start();
  try {
    await slowNetwork(env.browser, await demoLink(env));
    console.log(`load to first render (median of 5): ${await medianLoad(env.browser, env.url)} ms`);
    const single = pathToFileURL(join(DIST, SINGLE)).href;
    console.log(`${SINGLE} from disk to first render (median of 5): ${await medianLoad(env.browser, single)} ms`);

    const { page, context } = await openPage(env.browser, env.url);
    await page.getByRole("heading", { name: "Budgetkoll" }).waitFor();
    const t0 = Date.now();
    await page.getByRole("button", { name: "Visa exempel" }).click();
    await page.locator("#overview-table").getByText("43 Servicecentrum").waitFor();
    console.log(`demo (4 workbooks) click to rendered list: ${Date.now() - t0} ms`);
    await page.locator("#share").click();
    console.log(`share link of the demo (4 FR1, both reports, view): ${await page.locator("#share-length").innerText()}`);
    await context.close();
    await switches(env);
    await floodRefused(env);
    await framesRecompute(env);
    await autosave(env);
  } finally {
    await env.close();
  }
}

/**
 * A crafted link of 200 000 measures (2 KB; tests/fixtures/share/): from
 * navigation to the refusal on the page. Median of 5; the target is well
 * under the one second a page may stall.
 */
async function floodRefused(env) {
  const flood = readFileSync(join(FIXTURES, "share", "measures_200000.txt"), "utf8");
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const { page, context } = await openPage(env.browser, env.url);
    await page.getByRole("heading", { name: "Budgetkoll" }).waitFor();
    const t0 = Date.now();
    await page.goto(`${env.url}#${flood}`);
    await page.reload();
    await page.locator("#failures").waitFor();
    runs.push(Date.now() - t0);
    await context.close();
  }
  runs.sort((a, b) => a - b);
  console.log(`link of 200 000 measures, load to refusal shown: ${runs[2]} ms (median of 5; the page load included, target < 1 000 ms)`);
}

/** A frame table of 10 nämnder with 5 förvaltningar each, 2025–2029, in tkr. */
function fiftyForvaltningar() {
  const years = [2025, 2026, 2027, 2028, 2029];
  const lines = [`Nämnd;Förvaltning;Kategori;${years.join(";")}`];
  const ipdk = [["Intäkter", -20000], ["Personal", 90000], ["Drift", 60000], ["Kapitalkostnader/Avskrivningar", 4000]];
  for (let n = 1; n <= 10; n++) {
    for (let f = 1; f <= 5; f++) {
      ipdk.forEach(([cat, base], i) => {
        const amount = base + n * 100 + f * 10;
        const first = i === 0 ? `Nämnd ${n};Förvaltning ${n}.${f}` : ";";
        lines.push(`${first};${cat};${years.map(() => amount).join(";")}`);
      });
    }
  }
  const path = join(mkdtempSync(join(tmpdir(), "bk-bench-")), "ramar_50.csv");
  writeFileSync(path, lines.join("\r\n") + "\r\n");
  return path;
}

/**
 * Frames with 50 förvaltningar: from a changed Drift indexation rate to the
 * region's new Summa in the DOM (recompute + render), and with the page's
 * style and layout done. Median of 9 changes; the target is one frame, 16 ms.
 */
async function framesRecompute(env) {
  const { page, context } = await openPage(env.browser, env.url);
  await page.locator("#tab-frames").click();
  await page.locator("#frames-file-input").setInputFiles(fiftyForvaltningar());
  await page.locator("#frames-region").waitFor();
  // Every year of the table is decided: compute 2026–2029 from 2025.
  await page.locator("#plan-base").selectOption("2025");
  await page.locator("#idx-drift-2027").waitFor();
  const runs = [];
  for (let i = 1; i <= 9; i++) {
    runs.push(
      await page.evaluate(async (rate) => {
        const input = document.getElementById("idx-drift-2027");
        const before = document.getElementById("frames-region").textContent;
        const changed = new Promise((resolve) => {
          const seen = new MutationObserver(() => {
            const now = document.getElementById("frames-region")?.textContent;
            if (now && now !== before) {
              seen.disconnect();
              resolve(performance.now());
            }
          });
          seen.observe(document.getElementById("frames-table"), { subtree: true, childList: true, characterData: true });
        });
        const t0 = performance.now();
        input.value = String(rate);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        input.dispatchEvent(new Event("change", { bubbles: true }));
        const rendered = await changed;
        // Style and layout of the new table, forced now rather than at the
        // next frame (whose wait would only measure the display's refresh).
        void document.body.offsetHeight;
        const laidOut = performance.now();
        return [rendered - t0, laidOut - t0];
      }, (1 + i / 10).toFixed(1)),
    );
  }
  console.log(
    `frames, 50 förvaltningar × 5 years, change a rate: recompute + DOM ${median(runs.map((r) => r[0])).toFixed(1)} ms, with style and layout ${median(runs.map((r) => r[1])).toFixed(1)} ms (median of 9; target: within one 16 ms frame)`,
  );
  await context.close();
}

/** A region's size: 20 förvaltningar (100–119) × four periods × both
 * reports, 160 CSV exports made from the one FR1 of tests/fixtures. */
function regionReports() {
  const dir = mkdtempSync(join(tmpdir(), "bk-region-"));
  const paths = [];
  for (const report of ["utfall", "prognos"]) {
    const text = readFileSync(join(FIXTURES, "fr1", `FR1_42_juni2024_${report}.csv`), "latin1");
    for (const [month, file] of [["mars", "mars"], ["april", "april"], ["juni", "juni"], ["augusti", "augusti"]]) {
      for (let code = 100; code < 120; code++) {
        const path = join(dir, `FR1_${code}_${file}2024_${report}.csv`);
        writeFileSync(path, text.replace(":;42 ", `:;${code} `).replace("juni 2024", `${month} 2024`), "latin1");
        paths.push(path);
      }
    }
  }
  return paths;
}

/** Click → painted frame of a setting, 4× CPU: the change is dispatched
 * in the page, and the time taken when the frame after it has been
 * painted (a task queued from the next animation frame). Nine changes,
 * alternating between two values, the first to a value not shown before:
 * their median, and that first one alone (the page keeps the view models
 * of settings it has shown, so going back costs less than going there). */
async function switchCost(page, change) {
  const runs = [];
  for (let i = 0; i < 9; i++) {
    runs.push(
      await page.evaluate(
        ([change, i]) =>
          new Promise((ok) => {
            const t0 = performance.now();
            if (change.select) {
              const select = document.querySelector(change.select);
              select.selectedIndex = i % 2 ? 0 : select.options.length - 1;
              select.dispatchEvent(new Event("change", { bubbles: true }));
            } else {
              document.querySelector(change.buttons[(i + 1) % 2]).click();
            }
            requestAnimationFrame(() => setTimeout(() => ok(performance.now() - t0), 0));
          }),
        [change, i],
      ),
    );
  }
  return { median: median(runs), first: runs[0] };
}

const SWITCHES = [
  ["tkr↔mnkr", { buttons: ['button[data-unit="tkr"]', 'button[data-unit="mnkr"]'] }],
  ["Externt↔Totalt", { buttons: ['button[data-part="Totalt"]', 'button[data-part="Externt"]'] }],
  ["period", { select: "#period-select" }],
];

/** The settings' cost on the demo and at a region's size (issue 27). */
async function switches(env) {
  for (const [label, target, load] of [
    ["demo", 16, (page) => page.getByRole("button", { name: "Visa exempel" }).click()],
    ["20 förvaltningar × 4 periods, both reports", 33, (page) => page.locator("#file-input").setInputFiles(regionReports())],
  ]) {
    const { page, context } = await openPage(env.browser, env.url);
    await load(page);
    await page.locator("#overview-table").waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    const costs = [];
    for (const [name, change] of SWITCHES) {
      const cost = await switchCost(page, change);
      costs.push(`${name} ${cost.median.toFixed(0)} ms (first ${cost.first.toFixed(0)} ms)`);
    }
    // The same measure of a click that changes nothing (the page's title):
    // the wait for the next frame and its paint, which every figure above
    // includes and no code of the app can shorten.
    const floor = await switchCost(page, { buttons: ["h1", "h1"] });
    console.log(
      `click -> painted frame, ${CPU_SLOWDOWN}× CPU, ${label}: ${costs.join(", ")} (median of 9; target <= ${target} ms; a click that changes nothing ${floor.median.toFixed(0)} ms)`,
    );
    await context.close();
  }
}

/** 120 Utfall exports of one FR1 (tests/fixtures), as förvaltningar 100–219. */
function hundredTwentyReports() {
  const text = readFileSync(join(FIXTURES, "fr1", "FR1_42_juni2024_utfall.csv"), "latin1");
  const dir = mkdtempSync(join(tmpdir(), "bk-bench-"));
  return Array.from({ length: 120 }, (_, i) => {
    const code = 100 + i;
    const path = join(dir, `FR1_${code}_juni2024_utfall.csv`);
    writeFileSync(path, text.replace(":;42 ", `:;${code} `), "latin1");
    return path;
  });
}

/**
 * Autosave with 120 reports on the main thread: the app saves in a timer
 * callback once changes stop, timed here by wrapping setTimeout for the
 * save's delay (400 ms). The first save after the 120 are read writes every
 * report: what each change cost before saves were debounced and split. A
 * burst of 10 setting changes (tkr/mnkr) is then one save, of the view and
 * the index only. Target: under one frame, 16 ms, per change.
 */
async function autosave(env) {
  const { page, context } = await openPage(env.browser, env.url);
  await context.addInitScript(() => {
    const setTimeout = window.setTimeout;
    window.__saves = [];
    window.setTimeout = function (fn, ms, ...rest) {
      if (ms !== 400 || typeof fn !== "function") return setTimeout.call(this, fn, ms, ...rest);
      return setTimeout.call(
        this,
        (...args) => {
          const t0 = performance.now();
          try {
            return fn(...args);
          } finally {
            window.__saves.push(performance.now() - t0);
          }
        },
        ms,
        ...rest,
      );
    };
  });
  await page.reload();
  await page.locator("#tab-reports").click();
  await page.locator("#file-input").setInputFiles(hundredTwentyReports());
  await page.waitForFunction(() => document.querySelectorAll("#file-list > li").length === 120, null, { timeout: 120_000 });
  await page.waitForFunction(() => window.__saves.length > 0 && localStorage.getItem("budgetkoll.state")?.includes("reports:"));
  await page.waitForTimeout(1_000);
  const first = await page.evaluate(() => Math.max(...window.__saves));
  await page.locator("#tab-overview").click();
  const before = await page.evaluate(() => window.__saves.length);
  for (let i = 0; i < 10; i++) {
    await page.locator(`button[data-unit="${i % 2 ? "tkr" : "mnkr"}"]`).click();
  }
  await page.waitForTimeout(1_500);
  const burst = await page.evaluate((n) => window.__saves.slice(n), before);
  const stored = await page.evaluate(() => {
    let chars = 0;
    for (let i = 0; i < localStorage.length; i++) chars += localStorage.getItem(localStorage.key(i)).length;
    return chars;
  });
  console.log(`autosave, 120 reports: first save (every report; what each change cost before) ${first.toFixed(1)} ms`);
  console.log(
    `autosave, 120 reports: 10 setting changes -> ${burst.length} save(s), ${burst.map((t) => t.toFixed(1)).join(", ")} ms (target: under one 16 ms frame per change); stored ${(stored / 1024).toFixed(0)} K characters`,
  );
  await context.close();
}

/** Link sizes of the share format's targets, from its host tests. */
function shareSizes() {
  const out = execFileSync("cargo", ["test", "--quiet", "--test", "share", "fit", "--", "--nocapture"], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  for (const line of out.split("\n").filter((l) => /characters/.test(l))) {
    console.log(`share link, ${line.replace(/^[.\s]+/, "")} (targets: one FR1 <= 2 000, 20 FR1 <= 16 KB, 20 FR1 + 60 explanations <= 20 000)`);
  }
}

/**
 * The first paint against the README's figure: more than 2 KB over it fails
 * the benchmark (and so the test command) on the nightly route, the one the
 * README's figures are measured on; other routes build a larger std and
 * only print the difference.
 */
function firstPaintAgainstReadme(brotli) {
  const stated = readFileSync(join(ROOT, "README.md"), "utf8").match(/The first paint is ([\d.]+) KB brotli/);
  if (!stated) throw new Error('README.md states no first paint ("The first paint is … KB brotli")');
  let route = "rustup";
  try {
    route = process.env.BUDGETKOLL_WASM_ROUTE || readFileSync(join(ROOT, ".tools", "wasm-route"), "utf8").trim();
  } catch {}
  const grown = brotli / 1024 - Number(stated[1]);
  const judged = route === "nightly";
  console.log(
    `  first paint vs the README's ${stated[1]} KB: ${Math.abs(grown) < 0.05 ? "±0.0" : `${grown > 0 ? "+" : ""}${grown.toFixed(1)}`} KB (at most +2 KB without a line in the README saying why${judged ? "" : `; not judged on the ${route} route`})`,
  );
  if (judged && grown > 2) {
    console.error(`bench: the first paint grew ${grown.toFixed(1)} KB over the README's figure: say why in README.md's "Known limits" and give the new figure`);
    process.exitCode = 1;
  }
}

/**
 * `node scripts/bench.mjs ab <dist> <dist>`: the settings' cost of two
 * builds, alternating them in one browser (five rounds of nine changes per
 * switch, demo and region): a change is judged against the build before
 * it by their medians, not by two runs minutes apart, which on a busy
 * machine differ by a third. Each round's first change, to a setting not
 * shown before, is reported apart: it is the click a reader makes.
 */
async function ab(dists) {
  const env = await start();
  const regionFiles = regionReports();
  const loads = [
    ["demo", (page) => page.getByRole("button", { name: "Visa exempel" }).click()],
    ["region", (page) => page.locator("#file-input").setInputFiles(regionFiles)],
  ];
  const runs = new Map();
  for (let round = 0; round < 5; round++) {
    for (const dist of dists) {
      const { server, url } = await serveDist(dist, 0);
      for (const [size, load] of loads) {
        const { page, context } = await openPage(env.browser, url);
        await load(page);
        await page.locator("#overview-table").waitFor({ timeout: 120_000 });
        await page.waitForTimeout(1_000);
        const cdp = await context.newCDPSession(page);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
        for (const [name, change] of SWITCHES) {
          const key = `${size} ${name}`;
          if (!runs.has(key)) runs.set(key, new Map(dists.map((d) => [d, { median: [], first: [] }])));
          const cost = await switchCost(page, change);
          runs.get(key).get(dist).median.push(cost.median);
          runs.get(key).get(dist).first.push(cost.first);
        }
        await context.close();
      }
      server.close();
    }
  }
  for (const [key, byDist] of runs) {
    const figures = (which) => dists.map((d) => `${median(byDist.get(d)[which]).toFixed(0)} ms`).join(" → ");
    console.log(
      `click -> painted frame, ${CPU_SLOWDOWN}× CPU, ${key}: ${figures("median")}, first change ${figures("first")} (medians of 5; ${dists.join(" → ")})`,
    );
  }
  await env.close();
}

if (process.argv[2] === "ab") {
  if (process.argv.length !== 5) throw new Error("usage: node scripts/bench.mjs ab <dist> <dist>");
  await ab(process.argv.slice(3));
  process.exit();
}

const { total, firstPaint, single, pack } = sizes();
shareSizes();
const k = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log("targets (brotli):");
console.log(`  first paint   ${k(firstPaint.brotli).padStart(9)}   (target <= 150 KB)`);
firstPaintAgainstReadme(firstPaint.brotli);
console.log(`  all assets    ${k(total.brotli).padStart(9)}   (target <= 600 KB; the link pack apart: ${pack ? k(pack.brotli) : "none"}, the same modules in one file)`);
console.log(`  single file   ${k(single.raw).padStart(9)} raw, ${k(single.brotli)} brotli   (target <= 1 000 KB raw)`);
// `node scripts/bench.mjs sizes` stops here: the sizes alone, in seconds.
if (process.argv[2] !== "sizes") await timings();
