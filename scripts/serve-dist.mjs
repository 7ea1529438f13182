// A small static server for dist/ on 127.0.0.1 only: used by the serve
// command, the browser tests and the benchmark. It does what the README asks
// of any static host:
//
//  - Content-Type by extension, application/wasm for .wasm (needed for
//    streaming compilation);
//  - the .br / .gz file that scripts/postbuild.mjs wrote beside an asset,
//    sent with Content-Encoding when the browser's Accept-Encoding allows
//    (brotli first), with Vary: Accept-Encoding;
//  - Cache-Control: files whose names carry Trunk's content hash
//    (budgetkoll-0123456789abcdef_bg.wasm) never change and are immutable
//    for a year; everything else (index.html, sw.js, the spreadsheet
//    worker's unhashed files) is revalidated on every use (no-cache with an
//    ETag, answered 304 when unchanged), so a rebuild is seen at once.
//
// serveDist(dir, port, { compress: false }) serves the plain files only (the
// benchmark's uncompressed case); { log } collects every response as
// { path, status, encoding, bytes, at } (at: ms since the server started).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, isAbsolute, join, normalize, relative, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Trunk's content hash in a file name: `-` and 16 hex digits before `.` or `_bg.`. */
const HASHED = /-[0-9a-f]{15,16}(_bg)?\.[a-z]+$/;

/** Precompressed siblings, best first, as [Accept-Encoding token, suffix]. */
const ENCODINGS = [
  ["br", ".br"],
  ["gzip", ".gz"],
];

/** The encodings `accept` (an Accept-Encoding header) allows, ignoring q=0. */
function accepted(accept = "") {
  const allowed = new Set();
  for (const part of accept.split(",")) {
    const [token, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (!q || Number(q.slice(2)) > 0) allowed.add(token);
  }
  return allowed;
}

/** Starts serving `dir`; resolves to { server, url } once listening. */
export function serveDist(dir, port = 0, { compress = true, log = null } = {}) {
  const root = resolve(dir);
  const started = Date.now();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    const answer = (status, headers, body, encoding = "") => {
      res.writeHead(status, headers);
      res.end(req.method === "HEAD" ? undefined : body);
      log?.push({ path, status, encoding, bytes: body?.length ?? 0, at: Date.now() - started });
    };
    try {
      let file = normalize(join(root, decodeURIComponent(path)));
      // Inside the root only: a prefix test would let a sibling whose name
      // starts with the root's (dist-old beside dist) through.
      const inside = relative(root, file);
      if (inside.startsWith("..") || isAbsolute(inside)) return answer(403, {});
      const s = await stat(file).catch(() => null);
      if (!s || s.isDirectory()) file = join(s ? file : root, "index.html");
      const headers = {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
        vary: "Accept-Encoding",
      };
      const allowed = compress ? accepted(req.headers["accept-encoding"]) : new Set();
      let body = null;
      let encoding = "";
      for (const [token, suffix] of ENCODINGS) {
        if (!allowed.has(token)) continue;
        body = await readFile(file + suffix).catch(() => null);
        if (body) {
          encoding = token;
          headers["content-encoding"] = token;
          break;
        }
      }
      body ??= await readFile(file);
      const mtime = (await stat(file)).mtimeMs.toString(36);
      headers.etag = `"${mtime}-${body.length.toString(36)}${encoding && "-" + encoding}"`;
      if (req.headers["if-none-match"] === headers.etag) return answer(304, headers, null, encoding);
      headers["content-length"] = body.length;
      answer(200, headers, body, encoding);
    } catch {
      answer(404, { "content-type": "text/plain; charset=utf-8" }, Buffer.from("not found"));
    }
  });
  return new Promise((ok) =>
    server.listen(port, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      ok({ server, url });
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "dist", port = "8080"] = process.argv.slice(2);
  const { url } = await serveDist(dir, Number(port));
  console.log(`Budgetkoll is served on ${url}  (Ctrl+C stops)`);
}
