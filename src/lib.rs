//! Budgetkoll's engine: everything that turns report files into the numbers a
//! board member asks for, with no DOM and no browser APIs, so all of it is
//! tested on the host with `cargo test`.
//!
//! Data flows one way: bytes → [`import`] (grids of cells) → [`fr1`] (the FR1
//! schema, its model, locator and validator) → [`engine`] (variances,
//! consolidation, periods, forecasts, measures) and [`frames`] (multi-year
//! budget frames and the balance requirement) → the view models the app renders.
//! The finance administration's result table ([`finance`]) joins the
//! förvaltningar's FR1s in the region's result.
//!
//! Money is [`money::Money`], an exact `rust_decimal::Decimal`; floats never
//! touch an amount.

pub mod charts;
pub mod demo;
pub mod engine;
pub mod explain;
pub mod export;
pub mod finance;
pub mod finding;
pub mod format;
pub mod fr1;
pub mod frames;
pub mod goals;
pub mod i18n;
pub mod import;
pub mod intake;
pub mod keeping;
pub mod ledger;
pub mod money;
pub mod quarterly;
pub mod share;
pub mod sheets_protocol;
pub mod staff;
pub mod view;
