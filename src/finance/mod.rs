//! The finance administration (finansförvaltningen): what pays for the
//! förvaltningar — tax revenue, general state grants and equalisation,
//! financial income and costs, pensions, central reserves — as a table of
//! its own, so the overview can show the **region's result** (the figure
//! the balance requirement is judged on) and not only the förvaltningar's
//! net costs.
//!
//! Its tables look little like an FR1: rows are whatever the region calls
//! its lines (`Skatteintäkter`, `Anslag till RS förfogande`, …) down to a
//! `Summa` row, columns are Utfall/Budget/Avvikelse (year to date, and
//! sometimes the full-year forecast beside them), amounts usually in mnkr
//! with one decimal, trailing minus signs (`52,4 -`), a lone `-` for
//! nothing, and a sign note of its own (`Intäkter +`, `Kostnader -`, the
//! opposite of the FR1's). [`import`] finds such a table by its labels and
//! reads the note; [`model`] keeps the figures as the file states them and
//! gives the net in the result's direction; [`region`] joins it with the
//! förvaltningar's consolidated net cost into the region's result.

pub mod import;
pub mod model;
pub mod region;
pub mod treasury;
