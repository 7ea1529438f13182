// Finishes what Trunk built in dist/, so that no data can leave the device and
// the app works without network:
//
//  1. writes the Content-Security-Policy into dist/index.html, with the
//     sha256 of every inline script Trunk left in the page (its wasm loader
//     and the service worker registration), and moves the app's wasm and js
//     preloads ahead of the stylesheet, the wasm at high priority;
//  2. writes the asset lists (first paint; the spreadsheet worker, cached
//     later) and a content-derived cache version into dist/sw.js, so a new
//     build installs a new cache;
//  3. writes dist/budgetkoll.html: the whole app in one file (CSS, JS and the
//     gzipped wasm as base64 inlined) that works opened from disk with no
//     network at all, under its own policy (connect-src 'none'). The
//     spreadsheet worker (budgetkoll-sheets: reads xlsx/xls/ods, writes the
//     Excel export) is inlined too, as the source of a classic worker that
//     the page turns into a data: URL in the global budgetkollSheetsUrl,
//     which the app (src/ui/browser/sheets.rs) starts instead of fetching
//     budgetkoll-sheets-loader.js. (data:, not blob: — a blob: URL is a
//     request of its own, and the single file asks for nothing but itself
//     and inline data.)
//  4. writes a brotli (.br) and a gzip (.gz) copy beside every text and wasm
//     asset, for a server that sends them by Accept-Encoding
//     (scripts/serve-dist.mjs does; the README says what other hosts need).
//
// First of all it takes in the parts of the app loaded on first use
// (the `#[wasm_split]` functions): scripts/split/wasm-bindgen, which Trunk runs in place
// of wasm-bindgen, cut them out of the app's wasm into $BUDGETKOLL_SPLIT_OUT
// with their loader __wasm_split.js, which the app's js imports. Each part is
// optimised (wasm-opt -Oz, as Trunk does the app) and named by its content
// (budgetkoll-part-frames-0123456789abcdef.wasm); the loader, which keeps
// its name, is pointed at those names and at the app's hashed js. The
// service worker caches the parts with the spreadsheet worker, when the page
// is idle; the single file inlines them. The app's English texts are taken
// in the same way: copied out of its wasm into english.txt there, here
// named by content (budgetkoll-part-english-0123456789abcdef.txt) and
// named in index.html, or inlined in the single file (src/i18n/english.rs).
//
// The served site starts the worker from its own files
// (budgetkoll-sheets-loader.js, budgetkoll-sheets.js and _bg.wasm): the
// page's policy allows it with worker-src 'self', and the worker, loaded from
// a same-origin URL, runs under the policy of its own response, not the
// page's meta policy, so its fetch of its wasm needs nothing more.
// (A data: worker, as in the single file, inherits the page's policy.)
//
// Run by scripts/build.sh after `trunk build`; safe to run again on the same
// dist/. Usage: node scripts/postbuild.mjs [dist]
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const DIST = process.argv[2] ?? "dist";
const SINGLE = "budgetkoll.html";
// Trunk names the worker's files after the bin, without a content hash.
const SHEETS_JS = "budgetkoll-sheets.js";
const SHEETS_WASM = "budgetkoll-sheets_bg.wasm";
// The loader of the parts cut out of the app's wasm (named by wasm-split).
const PARTS_JS = "__wasm_split.js";
// The spreadsheet worker's files and those parts: not part of the first paint.
const LATER = /^budgetkoll-(sheets|part-)/;
const COMPRESSED = /\.(br|gz)$/;
// Worth compressing: text and wasm (not images already compressed).
const COMPRESSIBLE = /\.(html|js|mjs|css|wasm|bin|svg|json|txt|webmanifest)$/;
// The packs' names in index.html's preload script (filled in on every run,
// so a rerun on a built dist/ writes them anew).
const LINK_PACK = /\/\* link-pack \*\/ "[^"]*"/;
const KEEP_PACK = /\/\* keep-pack \*\/ "[^"]*"/;
// The pack's index in the parts' loader, between these lines.
const PACK_BLOCK = /\/\/ link-pack: begin[\s\S]*?\/\/ link-pack: end\n/;
// The parts' loader's import of the app's initSync, a line of its own.
const INIT_IMPORT = /^import \{ initSync \} from "[^"]+";?\n/m;
// The packs themselves: every part a shared link opens with, in one file,
// and its beginning, the keeping part's, for saved work.
const PACK_FILE = /^budgetkoll-(link|keep)pack-[0-9a-f]{16}\.bin$/;
/** Where index.html names the English texts' file (see takeEnglish). */
const ENGLISH_NAME = /\/\* english \*\/ "[^"]*"/;
const ENGLISH_FILE = /^budgetkoll-part-english-[0-9a-f]{16}\.txt$/;
const CSP_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"/;

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
const read = (name) => readFileSync(join(DIST, name), "utf8");
const fail = (msg) => {
  throw new Error(`postbuild: ${msg}`);
};

/** Text of every inline <script> (no src) in `html`, exactly as served. */
function inlineScripts(html) {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attrs]) => !/\bsrc\s*=/.test(attrs))
    .map(([, , body]) => body);
}

/** A policy from directive → sources, in the order given. */
const policy = (directives) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(" "))
    .join("; ");

// Charts are inserted as SVG text carrying their own <style>, so inline
// styles stay allowed; scripts are held to this build's exact hashes.
function siteCsp(scriptHashes) {
  return policy({
    "default-src": ["'self'"],
    "script-src": ["'self'", "'wasm-unsafe-eval'", ...scriptHashes],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  });
}

// The spreadsheet worker starts from a data: URL made from inlined source;
// it inherits this policy, which lets it compile its (inlined) wasm and
// nothing else.
function singleCsp(scriptHash) {
  return policy({
    "default-src": ["'none'"],
    "script-src": ["'wasm-unsafe-eval'", scriptHash],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["data:", "blob:"],
    "worker-src": ["data:"],
    "connect-src": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'none'"],
  });
}

/** The app's js and wasm as Trunk's loader in `html` names them. */
function appFiles(html) {
  const loader = inlineScripts(html).find((s) => s.includes("module_or_path"));
  if (!loader) fail("no Trunk loader script in dist/index.html");
  const js = loader.match(/from\s+'\/?([^']+\.js)'/)?.[1] ?? fail("loader names no .js");
  const wasm = loader.match(/module_or_path:\s*'\/?([^']+\.wasm)'/)?.[1] ?? fail("loader names no .wasm");
  return { js, wasm };
}

/** The import of the parts' loader in the app's js, when it has parts
 * (wasm-bindgen writes one such line per part). */
const PARTS_IMPORT = /^import \* as (\w+) from "\.\/__wasm_split\.js";?$/gm;

/** Takes the parts cut out of the app's wasm into dist/ (see the top);
 * returns their file names in dist/, none when the app has no split points.
 * Trunk writes a new dist/ without them, so a loader already there was
 * taken in by an earlier run on this same build, and is kept. */
function takeParts(appJs) {
  if (!read(appJs).match(PARTS_IMPORT)) return [];
  const taken = files().filter((f) => /^budgetkoll-part-.*\.wasm$/.test(f));
  if (existsSync(join(DIST, PARTS_JS))) return taken;
  const dir = process.env.BUDGETKOLL_SPLIT_OUT ?? fail("BUDGETKOLL_SPLIT_OUT is not set (scripts/wasm-env.sh sets it)");
  let loader = readFileSync(join(dir, PARTS_JS), "utf8");
  const main = /^import \{ initSync \} from "\.\/([\w-]+)\.js";?$/m;
  if (!main.test(loader)) fail(`${PARTS_JS} imports no initSync`);
  loader = loader.replace(main, `import { initSync } from "./${appJs}";`);
  const tmp = mkdtempSync(join(tmpdir(), "budgetkoll-parts-"));
  const names = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".wasm") || !loader.includes(`"./${f}"`)) continue;
    const out = join(tmp, f);
    execFileSync("wasm-opt", ["-Oz", "--output", out, join(dir, f)], { stdio: ["ignore", "ignore", "inherit"] });
    const bytes = readFileSync(out);
    const hash = createHash("sha256").update(bytes).digest("hex").slice(0, 16);
    const name = `budgetkoll-part-${f.replace(/\.wasm$/, "").replace(/^split_/, "").replace(/_/g, "-")}-${hash}.wasm`;
    writeFileSync(join(DIST, name), bytes);
    loader = loader.split(`"./${f}"`).join(`"./${name}"`);
    names.push(name);
  }
  rmSync(tmp, { recursive: true, force: true });
  if (!names.length) fail(`${PARTS_JS} loads no module from ${dir}`);
  writeFileSync(join(DIST, PARTS_JS), loader);
  return names;
}

/** The files a part needs, from the parts' loader: its own module and the
 * chunks it shares with other parts (each chunk's comment names them). */
function partFiles(part) {
  const loader = read(PARTS_JS);
  const own = loader.match(new RegExp(`__wasm_split_load_${part} = [\\s\\S]*?fetch\\(new URL\\("\\./([^"]+)"`))?.[1];
  if (!own) fail(`${PARTS_JS} has no part named ${part}`);
  const chunks = [...loader.matchAll(/\/\* ([\w, ]+) \*\/\s*const \w+ = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)]
    .filter(([, users]) => users.split(", ").includes(part))
    .map(([, , file]) => file);
  return [own, ...chunks];
}

/** The packs: the modules a shared link opens with (the keeping part, the
 * board summary and the chunks they share), one after the other in one file
 * named by its content, which index.html fetches for a link; and the
 * keeping part's modules, which come first in it, as a file of their own,
 * which index.html fetches for saved work (the same places, so one index
 * serves both). The parts' loader gets their places and a `fetch` of its
 * own that takes a module from the pack the page fetched when it is there,
 * else from its file (the pack failed, or holds no such module, or the page
 * opened with neither). Rewritten on every run, like the rest. Returns how
 * many modules each holds. */
function writePacks(parts) {
  for (const f of packFiles()) rmSync(join(DIST, f));
  let html = read("index.html");
  if (!LINK_PACK.test(html)) fail("dist/index.html has no /* link-pack */ name to fill in");
  if (!KEEP_PACK.test(html)) fail("dist/index.html has no /* keep-pack */ name to fill in");
  if (!parts.length) {
    writeFileSync(join(DIST, "index.html"), html.replace(LINK_PACK, `/* link-pack */ ""`).replace(KEEP_PACK, `/* keep-pack */ ""`));
    return { link: 0, keep: 0 };
  }
  const keep = partFiles("keep");
  if (new Set(keep).size !== keep.length) fail(`the keeping part's files are not distinct: ${keep}`);
  const members = [...new Set([...keep, ...partFiles("reader")])];
  const index = {};
  let offset = 0;
  const bytes = members.map((f) => {
    const b = readFileSync(join(DIST, f));
    index[f] = [offset, b.length];
    offset += b.length;
    return b;
  });
  const write = (kind, pack) => {
    const name = `budgetkoll-${kind}pack-${createHash("sha256").update(pack).digest("hex").slice(0, 16)}.bin`;
    writeFileSync(join(DIST, name), pack);
    return `/${name}`;
  };
  const link = write("link", Buffer.concat(bytes));
  const saved = write("keep", Buffer.concat(bytes.slice(0, keep.length)));
  html = html.replace(LINK_PACK, `/* link-pack */ "${link}"`).replace(KEEP_PACK, `/* keep-pack */ "${saved}"`);
  writeFileSync(join(DIST, "index.html"), html);
  const block = `// link-pack: begin (scripts/postbuild.mjs)
// Where each module a shared link or saved work opens with is in the pack
// index.html fetched as window.budgetkollLinkPack: the link pack, or for
// saved work its beginning, the keep pack.
const LINK_PACK = ${JSON.stringify(index)};
const fetch = (url) => {
    const at = LINK_PACK[url.pathname.split("/").pop()];
    const pack = globalThis.budgetkollLinkPack;
    if (!at || !pack) return globalThis.fetch(url);
    return pack.then(
        (bytes) =>
            at[0] + at[1] <= bytes.byteLength
                ? new Response(bytes.slice(at[0], at[0] + at[1]), { headers: { "Content-Type": "application/wasm" } })
                : globalThis.fetch(url),
        () => globalThis.fetch(url),
    );
};
// link-pack: end
`;
  const loader = read(PARTS_JS).replace(PACK_BLOCK, "");
  if (!INIT_IMPORT.test(loader)) fail(`${PARTS_JS} imports no initSync`);
  writeFileSync(join(DIST, PARTS_JS), loader.replace(INIT_IMPORT, (line) => line + block));
  return { link: members.length, keep: keep.length };
}

/** The English texts (src/i18n/english.rs), which scripts/split/wasm-bindgen
 * copied out of the app's wasm into $BUDGETKOLL_SPLIT_OUT/english.txt: into
 * dist/ as a part named by its content (kept by the service worker with the
 * parts), and their name into index.html, whose budgetkollEnglish fetches
 * them the first time English is chosen. As with the parts, a file already
 * in dist/ was taken by an earlier run on this build and is kept. Returns
 * the file's name. */
function takeEnglish() {
  let name = files().find((f) => ENGLISH_FILE.test(f));
  if (!name) {
    const dir = process.env.BUDGETKOLL_SPLIT_OUT ?? fail("BUDGETKOLL_SPLIT_OUT is not set (scripts/wasm-env.sh sets it)");
    const from = join(dir, "english.txt");
    if (!existsSync(from)) fail(`${from} is missing: the app's English texts were not copied out of its wasm`);
    const text = readFileSync(from);
    name = `budgetkoll-part-english-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.txt`;
    writeFileSync(join(DIST, name), text);
  }
  const html = read("index.html");
  if (!ENGLISH_NAME.test(html)) fail("dist/index.html has no /* english */ name to fill in");
  writeFileSync(join(DIST, "index.html"), html.replace(ENGLISH_NAME, `/* english */ "/${name}"`));
  return name;
}

/** The app's wasm and js preloads first in <head>, before the stylesheet,
 * the wasm at high priority. Trunk writes them at the end of <head>, where
 * Chromium holds a fetch preload back until the stylesheet and the scripts
 * before it have arrived: on Slow 4G the wasm, nine tenths of the first
 * paint, then started some 300 ms after the page, with the line idle
 * meanwhile (issue 27). Links already before the stylesheet stay. */
function hoistAppPreloads(html) {
  const { js, wasm } = appFiles(html);
  const links = html.match(/<link\b[^>]*>/g) ?? [];
  const find = (what, rel, file) =>
    links.find((l) => l.startsWith(`<link rel="${rel}"`) && [file, `/${file}`].includes(l.match(/\bhref="([^"]*)"/)?.[1])) ??
    fail(`dist/index.html has no ${what}`);
  const wasmLink = find(`preload of ${wasm}`, "preload", wasm);
  const jsLink = find(`modulepreload of ${js}`, "modulepreload", js);
  const css = links.find((l) => l.startsWith('<link rel="stylesheet"')) ?? fail("dist/index.html has no stylesheet link");
  if (html.indexOf(wasmLink) < html.indexOf(css)) return html;
  const high = wasmLink.replace('<link rel="preload"', '<link rel="preload" fetchpriority="high"');
  return html.replace(wasmLink, "").replace(jsLink, "").replace(css, `${high}\n    ${jsLink}\n    ${css}`);
}

function writeSiteCsp() {
  let html = hoistAppPreloads(read("index.html"));
  if (!CSP_META.test(html)) fail("dist/index.html has no Content-Security-Policy meta to fill in");
  const hashes = inlineScripts(html).map(sha256);
  html = html.replace(CSP_META, `<meta http-equiv="Content-Security-Policy" content="${siteCsp(hashes)}"`);
  writeFileSync(join(DIST, "index.html"), html);
  return html;
}

/** Every file in dist/ but dotfiles and the compressed copies of step 4. */
function files() {
  const out = [];
  const walk = (dir) => {
    for (const f of readdirSync(dir).sort()) {
      const p = join(dir, f);
      if (f.startsWith(".")) continue;
      if (statSync(p).isDirectory()) walk(p);
      else if (!COMPRESSED.test(f)) out.push(relative(DIST, p).split("\\").join("/"));
    }
  };
  walk(DIST);
  return out;
}

/** The packs' files (none when the app has no parts). */
const packFiles = () => files().filter((f) => PACK_FILE.test(f));

/** Every file the worker precaches: all but itself, the single file and
 * the packs (their modules are kept as the files they are). */
function assets() {
  return files().filter((f) => f !== "sw.js" && f !== SINGLE && !PACK_FILE.test(f));
}

function writeWorker() {
  const files = assets();
  const hash = createHash("sha256");
  for (const f of files) hash.update(f).update("\0").update(readFileSync(join(DIST, f)));
  const version = hash.digest("hex").slice(0, 16);
  // index.html is the shell (cached under its own name); the parts and the
  // spreadsheet worker are kept as the page uses them, and all of them on a
  // later visit or when the person asks (static/sw.js).
  const later = files.filter((f) => LATER.test(f));
  const precache = files.filter((f) => f !== "index.html" && !LATER.test(f));
  // A pack is kept only when the page used it (its modules are LATER).
  const packed = packFiles();
  let sw = read("sw.js");
  const lines = [
    [/^const VERSION = .*\/\/ postbuild: VERSION$/m, `const VERSION = "${version}"; // postbuild: VERSION`],
    [/^const ASSETS = .*\/\/ postbuild: ASSETS$/m, `const ASSETS = ${JSON.stringify(precache)}; // postbuild: ASSETS`],
    [/^const LATER = .*\/\/ postbuild: LATER$/m, `const LATER = ${JSON.stringify(later)}; // postbuild: LATER`],
    [/^const PACKED = .*\/\/ postbuild: PACKED$/m, `const PACKED = ${JSON.stringify(packed)}; // postbuild: PACKED`],
  ];
  for (const [re, line] of lines) {
    if (!re.test(sw)) fail(`dist/sw.js lacks the line ${re}`);
    sw = sw.replace(re, line);
  }
  writeFileSync(join(DIST, "sw.js"), sw);
  return { version, files: precache.length, later: later.length };
}

/** Text that must not end the element it is inlined into. */
function inlinable(text, tag, what) {
  if (new RegExp(`</${tag}|<!--`, "i").test(text)) fail(`${what} contains "</${tag}" or "<!--" and cannot be inlined`);
  return text;
}

/** A JS expression: a Response whose body is `file` of dist/, inlined
 * gzipped, as base64, and inflated by the browser's DecompressionStream;
 * `init` is the Response's options, when it needs any. Measured for issue
 * 15 on both modules: 1 359 KB of base64 gzipped against 3 022 KB as base64
 * of the raw wasm; raw deflate saves 18 bytes a module, so gzip stays. */
function inlinedResponse(file, init) {
  const gz = gzipSync(readFileSync(join(DIST, file)), { level: 9 }).toString("base64");
  return `new Response(
  new Blob([Uint8Array.from(atob("${gz}"), (c) => c.charCodeAt(0))]).stream().pipeThrough(new DecompressionStream("gzip")),${init ? `\n  ${init},` : ""}
)`;
}

/** JS that sets `name` to the bytes of `wasmFile`, inlined. */
function inlinedWasm(name, wasmFile) {
  return `const ${name} = await ${inlinedResponse(wasmFile)}.arrayBuffer();`;
}

/** The spreadsheet worker as one classic-worker script: Trunk's no-modules
 * glue, then its wasm from inlined bytes (see static/budgetkoll-sheets-loader.js,
 * which does the same from files). */
function sheetsWorkerSource() {
  const glue = read(SHEETS_JS);
  if (!/\bwasm_bindgen\b/.test(glue)) fail(`${SHEETS_JS} defines no wasm_bindgen`);
  return `${glue}
(async () => {
${inlinedWasm("budgetkollSheetsWasm", SHEETS_WASM)}
  await wasm_bindgen({ module_or_path: budgetkollSheetsWasm });
})().catch((e) => postMessage(\`budgetkoll-sheets:failed \${e}\`));
`;
}

/** The app's js for the single file: when it has parts, its import of
 * their loader becomes the loader itself, inlined, fetching nothing: each
 * part's wasm comes from inlined gzipped bytes, and `initSync` is the app's
 * own (the app's js is inlined into the same module). */
function singleAppJs(js) {
  const app = read(js);
  const names = [...app.matchAll(PARTS_IMPORT)].map(([, name]) => name);
  if (!names.length) return app;
  let loader = read(PARTS_JS).replace(PACK_BLOCK, "").replace(INIT_IMPORT, "");
  const exported = [...loader.matchAll(/^export const (\w+)/gm)].map(([, name]) => name);
  if (!exported.length) fail(`${PARTS_JS} exports nothing`);
  loader = loader.replace(/^export const /gm, "const ");
  loader = loader.replace(
    /fetch\(new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)\)/g,
    (_, f) => `Promise.resolve(${inlinedResponse(f, '{ headers: { "Content-Type": "application/wasm" } }')})`,
  );
  if (/fetch\(|import\.meta/.test(loader)) fail(`${PARTS_JS} fetches something the single file cannot inline`);
  const inlined = `const ${names[0]} = (() => {\n${loader}\nreturn { ${exported.join(", ")} };\n})();`;
  return app.replace(PARTS_IMPORT, (_, name) => (name === names[0] ? inlined : `const ${name} = ${names[0]};`));
}

function writeSingleFile(html, englishFile) {
  const { js, wasm } = appFiles(html);
  const css = html.match(/<link rel="stylesheet" href="\/?([^"]+\.css)"/)?.[1] ?? fail("no stylesheet link");
  // The page's own <meta name=…> tags and title, so both builds describe the app alike.
  const metas = html.match(/<meta name="[^"]+" content="[^"]*"\s*\/?>/g) ?? [];
  const title = html.match(/<title>[^<]*<\/title>/)?.[0] ?? "<title>Budgetkoll</title>";
  const icon = `data:image/svg+xml;base64,${readFileSync(join(DIST, "icon.svg")).toString("base64")}`;

  // The worker's source as a JS string literal; "<" escaped so that nothing
  // in it can end the inline <script>.
  const sheets = JSON.stringify(sheetsWorkerSource()).replace(/</g, "\\u003c");
  // The wasm-bindgen module verbatim (its exports are harmless in an inline
  // module), then start it from the inlined bytes instead of fetching a file.
  // The worker's URL is set first: the app reads it when it first needs it.
  const script = `
globalThis.budgetkollSheetsUrl = "data:text/javascript;charset=utf-8," + encodeURIComponent(${sheets});
globalThis.budgetkollEnglish = () => ${inlinedResponse(englishFile)}.text();
${inlinable(singleAppJs(js), "script", js)}
${inlinedWasm("budgetkollWasm", wasm)}
await __wbg_init({ module_or_path: budgetkollWasm });
`;
  const page = `<!DOCTYPE html>
<html lang="sv">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${singleCsp(sha256(script))}" />
    ${metas.join("\n    ")}
    ${title}
    <link rel="icon" href="${icon}" type="image/svg+xml" />
    <style>
${inlinable(read(css), "style", css)}
    </style>
    <script type="module">${script}</script>
  </head>
  <body></body>
</html>
`;
  writeFileSync(join(DIST, SINGLE), page);
  return page.length;
}

/** A .br and a .gz beside each compressible file (rewritten on every run,
 * so a changed file never keeps an old copy); copies that would not be
 * smaller are left out. */
function writeCompressed() {
  let count = 0;
  for (const f of files()) {
    for (const suffix of [".br", ".gz"]) rmSync(join(DIST, f + suffix), { force: true });
    if (!COMPRESSIBLE.test(f)) continue;
    const raw = readFileSync(join(DIST, f));
    const copies = {
      ".br": brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_LGWIN]: 24,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      }),
      ".gz": gzipSync(raw, { level: 9 }),
    };
    for (const [suffix, bytes] of Object.entries(copies)) {
      if (bytes.length < raw.length) {
        writeFileSync(join(DIST, f + suffix), bytes);
        count++;
      }
    }
  }
  return count;
}

const parts = takeParts(appFiles(read("index.html")).js);
const english = takeEnglish();
const packed = writePacks(parts);
const html = writeSiteCsp();
const worker = writeWorker();
const single = writeSingleFile(html, english);
const compressed = writeCompressed();
console.log(
  `postbuild: ${parts.length} parts loaded on first use (${packed.link} in the link pack, the first ${packed.keep} of them in the keep pack for saved work), English texts in ${english}, CSP in index.html, sw.js caches ${worker.files} files at install, ${worker.later} later (version ${worker.version}), ` +
    `${SINGLE} ${(single / 1024).toFixed(0)} KB, ${compressed} .br/.gz copies`,
);
