// Starts Budgetkoll's spreadsheet worker (src/worker_main.rs): the
// wasm-bindgen glue Trunk built for the `budgetkoll-sheets` bin, then its
// wasm. The app (ui/browser/sheets.rs) creates this worker on first use and
// waits for its "ready" message; a module that cannot be loaded is reported
// back instead of leaving the app waiting.
importScripts("./budgetkoll-sheets.js");
wasm_bindgen({ module_or_path: "./budgetkoll-sheets_bg.wasm" }).catch((e) =>
  postMessage(`budgetkoll-sheets:failed ${e}`),
);
