//! The browser's own services, bound for the app: files read from a drop
//! or the picker, a chart as PNG, the spreadsheet worker's client. They
//! import nothing of the app (ARCHITECTURE.md), so anything above may use
//! them.

pub mod files;
pub mod png;
pub mod sheets;
