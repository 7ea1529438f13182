// The static server answers only for files inside the folder it serves: a
// request climbing out of it, also into a sibling whose name starts with the
// root's (dist-old beside dist), is refused with 403.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, writeFile, rm } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serveDist } from "./serve-dist.mjs";

/** GET with the path sent as written (no client-side normalisation of `..`). */
function get(url, path) {
  return new Promise((ok, fail) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path, method: "GET" }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => ok({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
    });
    req.on("error", fail);
    req.end();
  });
}

test("serves the root's files and refuses a sibling folder with the same prefix", async () => {
  const base = await mkdtemp(join(tmpdir(), "serve-dist-"));
  await mkdir(join(base, "dist"));
  await mkdir(join(base, "dist-old"));
  await writeFile(join(base, "dist", "index.html"), "the app");
  await writeFile(join(base, "dist-old", "secret.txt"), "old build");
  const { server, url } = await serveDist(join(base, "dist"), 0);
  try {
    assert.deepEqual(await get(url, "/index.html"), { status: 200, body: "the app" });
    // The URL parser drops a `..` segment, escaped or not: the page is served.
    assert.deepEqual(await get(url, "/%2e%2e/dist-old/secret.txt"), { status: 200, body: "the app" });
    // An escaped slash survives it, and decoding makes it a climb.
    assert.equal((await get(url, "/..%2fdist-old%2fsecret.txt")).status, 403);
    assert.equal((await get(url, "/..%2f..%2fetc%2fpasswd")).status, 403);
  } finally {
    server.close();
    await rm(base, { recursive: true });
  }
});
