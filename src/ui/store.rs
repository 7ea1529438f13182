//! The app's state as one context: the language and what has been loaded.
//! Signals live here so components read and write through one place.

use budgetkoll::fr1::model::Fr1Report;
use budgetkoll::i18n::{Lang, Msg};
use leptos::prelude::*;

/// A file that could not be read, with the reason in Swedish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub file: String,
    pub reason: String,
}

/// Shared app state, `Copy` so components capture it freely.
#[derive(Clone, Copy)]
pub struct Store {
    pub lang: RwSignal<Lang>,
    pub failures: RwSignal<Vec<Failure>>,
    /// Imported FR1 reports, in the order they were loaded.
    pub reports: RwSignal<Vec<Fr1Report>>,
}

impl Store {
    pub fn new() -> Self {
        Store {
            lang: RwSignal::new(Lang::default()),
            failures: RwSignal::new(Vec::new()),
            reports: RwSignal::new(Vec::new()),
        }
    }

    /// The text of `msg` in the current language (reactive).
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.text(self.lang.get())
    }

    /// True while nothing has been loaded (reactive).
    pub fn is_empty(&self) -> bool {
        self.failures.with(Vec::is_empty)
    }

    /// Takes in files read from a drop, the picker or the demo.
    pub fn ingest(&self, files: Vec<(String, Vec<u8>)>) {
        self.failures.update(|f| {
            f.extend(files.into_iter().map(|(file, bytes)| Failure {
                file,
                reason: format!("{} byte", bytes.len()),
            }))
        });
    }
}
