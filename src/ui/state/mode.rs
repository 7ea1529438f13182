//! How the page is being read, a context beside the store: whether a
//! shared view shows its technical details, and whether the printed report
//! is mounted. The shell, the settings bar and the print button read it.

use leptos::prelude::*;

/// How the page is being read: whether a shared view shows its technical
/// details, and whether the printed report is mounted.
#[derive(Clone, Copy)]
pub struct ReaderMode {
    /// In presentation mode: show the workbench's details too.
    pub details: RwSignal<bool>,
    /// The printable report is in the page (for the browser's print).
    pub printing: RwSignal<bool>,
}

impl ReaderMode {
    pub fn new() -> Self {
        ReaderMode {
            details: RwSignal::new(false),
            printing: RwSignal::new(false),
        }
    }
}
