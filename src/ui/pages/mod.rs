//! The pages, one folder each: they import widgets and state, never each
//! other (ARCHITECTURE.md; `tests/layers.rs` checks it).

pub mod frames;
pub mod overview;
pub mod print;
pub mod reader;
pub mod reports;
pub mod unit;
