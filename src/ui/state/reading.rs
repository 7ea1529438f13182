//! Reading files, pasted ranges and the example into the store. The
//! importers (FR1, the finance table, text and `.budgetkoll` files, the
//! spreadsheet worker's client) are a part loaded on first use: each
//! `#[wasm_split(intake)]` function here is a split point, and the release
//! build cuts what only they reach out of the first paint (README, "Parts
//! loaded on first use"). A file read without that part is refused with
//! the reason.

use super::store::Store;
use crate::ui::browser::part::Unavailable;
use crate::ui::browser::sheets::{self, Reading};
use budgetkoll::intake::{Intake, Reason, Refusal};
use futures_channel::oneshot;
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::future::Future;
use wasm_split_helpers::wasm_split;

/// The importers (FR1, the finance table, text and `.budgetkoll` files,
/// the spreadsheet worker's client): needed once a file is dropped, picked
/// or pasted, or the example shown, not for the first screen.
#[wasm_split(intake, fallible)]
fn read_file_part(name: String, bytes: Vec<u8>) -> Result<Reading, Unavailable> {
    Ok(sheets::read_file(name, bytes))
}

/// The example's files ("Visa exempel"), read by the importers.
#[wasm_split(intake, fallible)]
fn example_part() -> Result<Vec<Result<Intake, Refusal>>, Unavailable> {
    Ok(budgetkoll::demo::intakes())
}

/// A range pasted from a spreadsheet, read by the importers.
#[wasm_split(intake, fallible)]
fn pasted_part(text: String) -> Result<Result<Intake, Refusal>, Unavailable> {
    Ok(budgetkoll::intake::intake_pasted(&text))
}

/// Takes what a file gave into the store: in the importers' part, with the
/// code that places a report beside the loaded ones, checks a table and
/// opens a saved state, none of which the first screen needs.
#[wasm_split(intake, fallible)]
fn take_part(store: Store, name: String, intake: Intake) -> Result<(), Unavailable> {
    store.take(name, intake);
    Ok(())
}

/// Takes one file's result: a refusal is listed at once (also when the
/// importers' part could not be fetched), what the file gave once that
/// part is there.
async fn take(store: Store, name: String, result: Result<Intake, Refusal>) {
    match result {
        Err(refusal) => store.refuse(refusal),
        Ok(intake) => {
            if let Err(unavailable) = take_part(store, name.clone(), intake).await {
                store.refuse(unavailable.refusal(&name));
            }
        }
    }
}

/// Takes in files read from a drop or the picker. Each file
/// is read on its own: a bad one is listed with its reason and changes
/// nothing else. Workbooks are read in the spreadsheet worker, all at
/// once; their results are taken in the order the files came.
pub fn ingest(store: Store, files: Vec<(String, Vec<u8>)>) {
    let results: Vec<_> = files
        .into_iter()
        .map(|(name, bytes)| (name.clone(), intake(name, bytes)))
        .collect();
    let count = results.len();
    store.work.reading.update(|n| *n += count);
    spawn_local(async move {
        for (name, result) in results {
            let result = result.await;
            store.work.reading.update(|n| *n = n.saturating_sub(1));
            take(store, name, result).await;
        }
    });
}

/// What a file gives the app: `.budgetkoll` and text at once, workbooks
/// through the worker. The reading code is a part loaded on first use
/// ([`read_file_part`]); each file starts as soon as it is there, so several
/// are read at once; the future is the result.
pub fn intake(name: String, bytes: Vec<u8>) -> impl Future<Output = Result<Intake, Refusal>> {
    let (tx, rx) = oneshot::channel();
    let file = name.clone();
    spawn_local(async move {
        let result = match read_file_part(file.clone(), bytes).await {
            Ok(reading) => reading.await,
            Err(unavailable) => Err(unavailable.refusal(&file)),
        };
        let _ = tx.send(result);
    });
    // The sender is dropped unsent only if the reading task never ran to
    // its end: the importers did not come.
    async move {
        rx.await
            .unwrap_or_else(|_| Err(Refusal::new(&name, Reason::PartUnavailable)))
    }
}

/// Shows the example once the importers are loaded.
pub fn show_example(store: Store) {
    spawn_local(async move {
        match example_part().await {
            Ok(results) => {
                for result in results {
                    take(store, String::new(), result).await;
                }
            }
            Err(unavailable) => store.refuse(unavailable.refusal("")),
        }
    });
}

/// Takes a pasted range once the importers are loaded.
pub fn take_pasted(store: Store, text: String) {
    spawn_local(async move {
        let result = match pasted_part(text).await {
            Ok(result) => result,
            Err(unavailable) => Err(unavailable.refusal("")),
        };
        take(store, String::new(), result).await;
    });
}
