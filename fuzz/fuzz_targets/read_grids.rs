//! Any bytes under any of the names the app accepts: `read_grids` must
//! return, never panic. The first byte picks the file name, so one corpus
//! reaches the text and every spreadsheet reader.
//!
//! A panic inside calamine (a dependency; known cases are in the README's
//! upstream notes) is contained here as the app contains it — there the
//! spreadsheet worker stops and the file is refused in Swedish — so a run
//! keeps searching our own code, where any panic still stops it. The first
//! input that panics at each place in calamine is saved to
//! `artifacts/read_grids/contained-<n>` for the upstream report.
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::cell::RefCell;
use std::panic::{self, PanicHookInfo};
use std::sync::Mutex;

const NAMES: [&str; 7] = ["a.xlsx", "a.xls", "a.ods", "a.csv", "a.tsv", "a.txt", "a"];

/// Places in calamine that panicked so far.
static SEEN: Mutex<Vec<String>> = Mutex::new(Vec::new());

thread_local! {
    /// Where the last contained panic happened.
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn in_calamine(info: &PanicHookInfo) -> Option<String> {
    let at = info.location()?;
    at.file()
        .contains("/calamine-")
        .then(|| format!("{}:{}:{}", at.file(), at.line(), at.column()))
}

fuzz_target!(
    init: {
        let abort = panic::take_hook();
        panic::set_hook(Box::new(move |info| match in_calamine(info) {
            Some(place) => LAST.with(|l| *l.borrow_mut() = Some(format!("{place}: {info}"))),
            None => abort(info),
        }));
    },
    |data: &[u8]| {
        let Some((&pick, bytes)) = data.split_first() else {
            return;
        };
        let name = NAMES[usize::from(pick) % NAMES.len()];
        if panic::catch_unwind(|| budgetkoll::import::read_grids(name, bytes)).is_err() {
            let Some(what) = LAST.with(|l| l.borrow_mut().take()) else {
                return;
            };
            let place = what.split(": ").next().unwrap_or_default().to_string();
            let mut seen = SEEN.lock().unwrap_or_else(|e| e.into_inner());
            if !seen.contains(&place) {
                seen.push(place);
                eprintln!("contained calamine panic #{} ({name}): {what}", seen.len());
                let _ = std::fs::create_dir_all("artifacts/read_grids");
                let _ = std::fs::write(format!("artifacts/read_grids/contained-{}", seen.len()), data);
            }
        }
        if let Ok(text) = std::str::from_utf8(bytes) {
            let _ = budgetkoll::import::text::read_pasted(text);
        }
    }
);
