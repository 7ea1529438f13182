// Copies one custom section of a wasm module to a file: the app's English
// texts (section budgetkoll_english, src/i18n/english.rs), which
// scripts/split/wasm-bindgen takes out of the linked wasm before
// wasm-split-cli cuts it into parts (it keeps no custom section of ours),
// so that they are a file of their own rather than data in the first
// download. Fails when the module has no such section, or more than one.
//
// Usage: node scripts/split/section.mjs <module.wasm> <section> <out-file>
import { readFileSync, writeFileSync } from "node:fs";

const [input, wanted, output] = process.argv.slice(2);
if (!output) {
  console.error("usage: node scripts/split/section.mjs <module.wasm> <section> <out-file>");
  process.exit(2);
}
const fail = (msg) => {
  console.error(`scripts/split/section.mjs: ${input}: ${msg}`);
  process.exit(1);
};

/** An unsigned LEB128 at `at`: its value and where the next field starts. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length || shift > 28) fail("a section length runs past the end of the module");
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [value, at];
  }
}

const bytes = readFileSync(input);
if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0x0061736d) fail("not a wasm module");
const found = [];
for (let at = 8; at < bytes.length; ) {
  const id = bytes[at];
  const [size, body] = leb(bytes, at + 1);
  const end = body + size;
  if (end > bytes.length) fail("a section runs past the end of the module");
  if (id === 0) {
    const [nameSize, name] = leb(bytes, body);
    if (bytes.toString("utf8", name, name + nameSize) === wanted) found.push(bytes.subarray(name + nameSize, end));
  }
  at = end;
}
if (found.length !== 1) fail(`has ${found.length} custom sections named ${wanted}, not one`);
writeFileSync(output, found[0]);
