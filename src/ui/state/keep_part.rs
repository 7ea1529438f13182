//! Keeping and sharing work ([`persist`](super::persist)) as a part loaded
//! on first use: the `#[wasm_split(keep)]` function here is its split
//! point, so the share codec, deflate and the bounds every decoded state
//! is checked against are not in the first paint. A link or saved work
//! fetches the part at once; otherwise the first change does.

use super::persist::{self, Job};
use super::store::Store;
use crate::ui::browser::part::Unavailable;
use budgetkoll::i18n::Msg;
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// Keeping and sharing work (`persist.rs`): the share codec, deflate and
/// the bounds every decoded state is checked against. A first visit's
/// first screen needs none of it; a link or saved work fetches it at once.
#[wasm_split(keep, fallible)]
fn keep_part(store: Store, owner: Owner, job: Job) -> Result<Option<String>, Unavailable> {
    Ok(owner.with(|| persist::run(store, job)))
}

/// Does `job` once the keeping part is loaded; the link for
/// [`Job::ShareLink`]. A part that cannot be fetched is said in the page.
pub async fn keep(store: Store, job: Job) -> Option<String> {
    keep_under(store, Owner::current().unwrap_or_default(), job).await
}

/// [`keep`], with what the job creates (autosave's effect and listeners)
/// owned by `owner`.
async fn keep_under(store: Store, owner: Owner, job: Job) -> Option<String> {
    keep_part(store, owner, job)
        .await
        .unwrap_or_else(|Unavailable| {
            store
                .keeping
                .storage_warning
                .set(Some(store.t(Msg::PartUnavailable).to_string()));
            None
        })
}

/// Does `job` in the background (see [`keep`]).
pub fn keep_soon(store: Store, job: Job) {
    leptos::task::spawn_local(async move {
        keep(store, job).await;
    });
}

/// Starts keeping the work: a link or saved work is opened at once (the
/// page says "Läser in…" instead of its empty state meanwhile); a page
/// that opens with nothing starts at its first change.
pub fn start_keeping(store: Store) {
    // The page's owner: autosave lives as long as the page.
    let owner = Owner::current().unwrap_or_default();
    if persist::something_to_open() {
        store.keeping.begin_opening();
        leptos::task::spawn_local(async move {
            keep_under(store, owner, Job::Start).await;
            store.keeping.end_opening();
        });
        return;
    }
    let started = StoredValue::new(false);
    Effect::new(move |first: Option<()>| {
        // Once started, this runs once more and tracks nothing after.
        if started.get_value() {
            return;
        }
        store.track_work();
        if first.is_some() {
            started.set_value(true);
            let owner = owner.clone();
            leptos::task::spawn_local(async move {
                keep_under(store, owner, Job::StartChanged).await;
            });
        }
    });
}
