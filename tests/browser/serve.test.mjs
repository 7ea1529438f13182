// What scripts/serve-dist.mjs (and so scripts/serve.sh and every browser
// test) sends for the built dist/: the precompressed copy the client
// accepts, with the asset's own Content-Type; hashed files immutable and the
// rest revalidated; plain bytes to a client that accepts no compression.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { ROOT } from "./harness.mjs";
import { serveDist } from "../../scripts/serve-dist.mjs";

const DIST = join(ROOT, "dist");
const appWasm = readdirSync(DIST).find((f) => /^budgetkoll-[0-9a-f]{15,16}_bg\.wasm$/.test(f));

let server;
let url;
before(async () => {
  ({ server, url } = await serveDist(DIST));
});
after(() => server?.close());

const get = (path) => fetch(new URL(path, url));

/** The body as sent on the wire (undici would decompress it otherwise). */
async function wire(path, headers) {
  return new Promise((ok, fail) => {
    request(new URL(path, url), { headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", fail)
      .end();
  });
}

test("the app's wasm goes out as brotli, then gzip, then plain, always as application/wasm", async () => {
  assert.ok(appWasm, "dist/ holds the app's hashed wasm");
  const plain = readFileSync(join(DIST, appWasm));

  const br = await wire(`/${appWasm}`, { "accept-encoding": "gzip, deflate, br, zstd" });
  assert.equal(br.headers["content-encoding"], "br");
  assert.equal(br.headers["content-type"], "application/wasm");
  assert.match(br.headers.vary, /Accept-Encoding/i);
  assert.ok(br.body.length < plain.length / 2, `brotli ${br.body.length} of ${plain.length} bytes`);
  assert.deepEqual(brotliDecompressSync(br.body), plain);

  const gz = await wire(`/${appWasm}`, { "accept-encoding": "gzip" });
  assert.equal(gz.headers["content-encoding"], "gzip");
  assert.deepEqual(gunzipSync(gz.body), plain);

  for (const accept of [undefined, "identity", "br;q=0, gzip;q=0"]) {
    const raw = await wire(`/${appWasm}`, accept ? { "accept-encoding": accept } : {});
    assert.equal(raw.headers["content-encoding"], undefined, `accept ${accept}`);
    assert.equal(raw.headers["content-type"], "application/wasm");
    assert.deepEqual(raw.body, plain);
  }
});

test("hashed files are immutable, the rest revalidated with a 304 when unchanged", async () => {
  const wasm = await get(`/${appWasm}`);
  assert.match(wasm.headers.get("cache-control"), /immutable/);
  assert.match(wasm.headers.get("cache-control"), /max-age=31536000/);

  for (const path of ["/", "/index.html", "/sw.js", "/budgetkoll-sheets_bg.wasm"]) {
    const res = await wire(path, { "accept-encoding": "br" });
    assert.equal(res.status, 200, path);
    assert.equal(res.headers["cache-control"], "no-cache", path);
    const again = await wire(path, { "accept-encoding": "br", "if-none-match": res.headers.etag });
    assert.equal(again.status, 304, path);
    assert.equal(again.body.length, 0, path);
  }
  const html = await wire("/index.html", { "accept-encoding": "br" });
  assert.equal(html.headers["content-type"], "text/html; charset=utf-8");
  assert.match(brotliDecompressSync(html.body).toString("utf8"), /Content-Security-Policy/);
});
