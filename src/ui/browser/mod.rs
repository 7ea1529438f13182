//! The browser's own services, bound for the app: the charts' style in the
//! document, a file download and the browser's yes-or-no question, files
//! read from a drop or the picker, work done while the browser is idle, a
//! chart as PNG, the spreadsheet worker's client, a part of the wasm that
//! could not be fetched, the English texts' file, and keeping the app
//! offline on request. They
//! import nothing of the app (ARCHITECTURE.md), so anything above may use
//! them.

pub mod chart_style;
pub mod confirm;
pub mod download;
pub mod english;
pub mod files;
pub mod idle;
pub mod offline;
pub mod part;
pub mod png;
pub mod sheets;
