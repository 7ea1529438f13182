//! The accounts behind a kontoslag: a ledger pivot export (Radetiketter,
//! UTFALL Ack, BUDGET Ack, BUDGET Ack Diff, UTFALL Fg År Ack, Avv ack fg år)
//! by kontoslag (`4 Kostnader för personal`), kontogrupp (`40 Lön arbetad
//! tid`) and account (`75590 Konsulter, övrigt`).
//!
//! [`model`] keeps the figures as the pivot states them — an empty budget
//! cell stays empty (the budget is often set only on the kontoslag), never
//! 0; [`import`] finds the table by its labels and checks each parent
//! against the rows under it; [`map`] is the one table of which pivot rows
//! make which FR1 row, and checks the pivot against the same unit's FR1 for
//! the same period.

pub mod import;
pub mod map;
pub mod model;
