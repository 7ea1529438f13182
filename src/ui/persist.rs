//! Keeping and sharing work without a server: the state is autosaved to
//! the browser's localStorage after every change (same encoding as share
//! links; in a task right after the change's, so the change is drawn
//! first), restored on reload; a share link in the URL fragment opens as a
//! read-only presentation that never overwrites the user's own saved work
//! unless they ask for an editable copy.
//!
//! Work is never lost without the page saying so:
//! - a save that fails is marked ([`UNSAVED_KEY`]), and the next load says
//!   which save it restored and that later changes are gone;
//! - saved work this version cannot read (a newer format from a newer tab, a
//!   damaged value) is moved aside under its own key, never overwritten, and
//!   offered as a `.budgetkoll` download;
//! - another tab's save (the `storage` event) pauses saving here until the
//!   person chooses whose version to keep;
//! - a link that cannot be opened leaves the saved work as it was.

use super::store::Store;
use budgetkoll::i18n::Msg;
use budgetkoll::intake::Refusal;
use budgetkoll::share::{
    decode, decode_saved, encode, encode_file, file_from_link, SharedState, ViewState,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// localStorage key of the autosaved state.
const SAVE_KEY: &str = "budgetkoll.state";

/// When the state under [`SAVE_KEY`] was saved, and how many reports it has
/// (`2026-05-04 10:12:03|4`), so a later load can name what it restored.
const SAVED_AT_KEY: &str = "budgetkoll.saved-at";

/// Present while the latest change could not be saved: when it failed.
const UNSAVED_KEY: &str = "budgetkoll.unsaved";

/// Saved work that could not be read is kept under this key (then `.2`,
/// `.3`, …: an earlier one is never overwritten).
const ASIDE_KEY: &str = "budgetkoll.state.unread";

/// Keys for unread work; more than this many in a row is not plausible.
const MAX_ASIDE: usize = 20;

/// Above this many characters a link is offered as a file instead: long
/// links break in e-mail clients and chat tools.
pub const LINK_LIMIT: usize = 16_000;

/// What the page says about the user's saved work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keep {
    /// A save failed before the last load: the restored work is older.
    RestoredOlder {
        saved_at: Option<String>,
        failed_at: String,
        reports: usize,
    },
    /// Saved work that could not be read, kept aside under `key`.
    Aside { key: String, reason: String },
    /// Saved work that could not be read nor moved aside; saving is off.
    Stuck { reason: String },
    /// Another tab saved different work; saving is off until answered.
    OtherTab,
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn now() -> String {
    js_sys::Date::new_0()
        .to_locale_string("sv-SE", &wasm_bindgen::JsValue::UNDEFINED)
        .into()
}

/// Restores from the link or the saved state, then autosaves every change,
/// and listens for other tabs' saves.
pub fn start(store: Store) {
    let hash = window().location().hash().unwrap_or_default();
    let shared = hash.starts_with("#bk.").then(|| decode(&hash));
    match shared {
        Some(Ok(state)) => {
            store.apply(state);
            store.read_only.set(true);
        }
        Some(Err(e)) => {
            store.refuse(Refusal::new(store.t(Msg::SharedLink), e));
            restore(store);
        }
        None => restore(store),
    }
    list_aside(store);
    let pending = StoredValue::new(None);
    Effect::new(move |_| {
        let state = store.snapshot();
        if !store.read_only.get() && !store.save_paused.get() {
            save_soon(store, pending, state);
        }
    });
    let listener = window_event_listener(leptos::ev::storage, move |ev| other_tab(store, &ev));
    on_cleanup(move || listener.remove());
}

/// The saved work, restored; what cannot be read is moved aside.
fn restore(store: Store) {
    let Some(text) = get(SAVE_KEY) else {
        if let Some(failed_at) = get(UNSAVED_KEY) {
            store.keep.update(|k| {
                k.push(Keep::RestoredOlder {
                    saved_at: None,
                    failed_at,
                    reports: 0,
                })
            });
        }
        return;
    };
    match decode_saved(&text) {
        Ok(state) => {
            if let Some(failed_at) = get(UNSAVED_KEY) {
                let saved_at =
                    get(SAVED_AT_KEY).and_then(|s| s.split('|').next().map(str::to_string));
                store.keep.update(|k| {
                    k.push(Keep::RestoredOlder {
                        saved_at,
                        failed_at,
                        reports: state.reports.len(),
                    })
                });
            }
            store.apply(state);
        }
        Err(_) => put_aside(store, &text),
    }
}

/// Why `text` (saved work) cannot be opened here, as a sentence.
fn reason_unread(text: &str) -> String {
    decode_saved(text)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default()
}

/// The `n`th key for unread work (from 1).
fn aside_key(n: usize) -> String {
    if n == 1 {
        ASIDE_KEY.to_string()
    } else {
        format!("{ASIDE_KEY}.{n}")
    }
}

/// Lists every piece of unread work kept aside that the page does not show
/// yet (they stay listed on every load until downloaded and removed).
fn list_aside(store: Store) {
    for key in (1..=MAX_ASIDE).map(aside_key) {
        let Some(text) = get(&key) else { continue };
        let listed = store.keep.with_untracked(|k| {
            k.iter()
                .any(|n| matches!(n, Keep::Aside { key: k, .. } if *k == key))
        });
        if !listed {
            let reason = reason_unread(&text);
            store.keep.update(|k| k.push(Keep::Aside { key, reason }));
        }
    }
}

/// Moves the unread saved `text` to the first free aside key and clears
/// the save key; when that is impossible (storage full), saving stops until
/// the person downloads or removes it.
fn put_aside(store: Store, text: &str) {
    let moved = (1..=MAX_ASIDE)
        .map(aside_key)
        .find(|k| get(k).is_none())
        .is_some_and(|key| {
            storage().is_some_and(|s| {
                s.set_item(&key, text).is_ok()
                    && get(&key).as_deref() == Some(text)
                    && s.remove_item(SAVE_KEY).is_ok()
            })
        });
    if moved {
        list_aside(store);
    } else {
        store.save_paused.set(true);
        let reason = reason_unread(text);
        store.keep.update(|k| k.push(Keep::Stuck { reason }));
    }
}

/// Writes `state` as the saved work, or marks that it could not be saved.
fn save(store: Store, state: &SharedState) {
    let Some(s) = storage() else {
        store
            .storage_warning
            .set(Some(store.t(Msg::StorageFailed).to_string()));
        return;
    };
    if s.set_item(SAVE_KEY, &encode(state)).is_ok() {
        let _ = s.set_item(SAVED_AT_KEY, &format!("{}|{}", now(), state.reports.len()));
        let _ = s.remove_item(UNSAVED_KEY);
        store.storage_warning.set(None);
    } else {
        // Small, so it fits where the state did not; the next load reads it.
        let _ = s.set_item(UNSAVED_KEY, &now());
        store
            .storage_warning
            .set(Some(store.t(Msg::StorageFailed).to_string()));
    }
}

/// Saves `state` in a task of its own, right after the one that changed
/// it: encoding the whole state takes longer than drawing the change (a
/// rate on the frames page with 50 förvaltningar: ~10 ms), so the change is
/// not held back by it, and the changes of one task are saved once.
fn save_soon(store: Store, pending: StoredValue<Option<SharedState>>, state: SharedState) {
    let first = pending
        .try_update_value(|p| p.replace(state).is_none())
        .unwrap_or(false);
    if first {
        set_timeout(
            move || {
                let state = pending.try_update_value(Option::take).flatten();
                let saving = !store.read_only.get_untracked() && !store.save_paused.get_untracked();
                if let Some(state) = state.filter(|_| saving) {
                    save(store, &state);
                }
            },
            std::time::Duration::ZERO,
        );
    }
}

/// Saves now, whatever changed (after the person chose to keep their own
/// version over another tab's).
pub fn save_now(store: Store) {
    store.save_paused.set(false);
    store.keep.update(|k| k.retain(|n| *n != Keep::OtherTab));
    save(store, &store.snapshot_untracked());
}

/// The work of a state, without where it was looked at: two tabs on
/// different pages of the same work agree.
fn work(state: SharedState) -> SharedState {
    SharedState {
        view: ViewState::default(),
        ..state
    }
}

/// True when `state` holds any work: reports, finance tables, frames,
/// nämnder, measures or profiles.
fn has_work(state: SharedState) -> bool {
    work(state) != work(SharedState::default())
}

/// Another tab wrote the saved work: unless it is this tab's work, saving
/// stops here and the person is asked whose version to keep.
fn other_tab(store: Store, ev: &web_sys::StorageEvent) {
    if ev.key().as_deref() != Some(SAVE_KEY) || store.read_only.get_untracked() {
        return;
    }
    let mine = work(store.snapshot_untracked());
    let same = match ev.new_value() {
        Some(text) => decode_saved(&text).is_ok_and(|theirs| work(theirs) == mine),
        None => mine == work(SharedState::default()),
    };
    if !same && !store.keep.with_untracked(|k| k.contains(&Keep::OtherTab)) {
        store.save_paused.set(true);
        store.keep.update(|k| k.push(Keep::OtherTab));
    }
}

/// Takes the other tab's saved work (the person chose it).
pub fn load_other_tab(store: Store) {
    store.keep.update(|k| k.retain(|n| *n != Keep::OtherTab));
    match get(SAVE_KEY) {
        Some(text) => match decode_saved(&text) {
            Ok(state) => store.apply(state),
            Err(_) => {
                put_aside(store, &text);
                store.clear();
            }
        },
        None => store.clear(),
    }
    if !store
        .keep
        .with_untracked(|k| k.iter().any(|n| matches!(n, Keep::Stuck { .. })))
    {
        store.save_paused.set(false);
    }
}

/// Offers unread saved work (under `key`, or the save key when it could not
/// be moved) as a file: a `.budgetkoll` when it is a link's envelope, the
/// text as it is otherwise.
pub fn download_unread(key: Option<&str>) {
    let Some(text) = get(key.unwrap_or(SAVE_KEY)) else {
        return;
    };
    match file_from_link(&text) {
        Some(bytes) => download(
            "sparat-arbete.budgetkoll",
            &bytes,
            "application/octet-stream",
        ),
        None => download("sparat-arbete.txt", text.as_bytes(), "text/plain"),
    }
}

/// Removes unread saved work for good (the person asked, after a warning);
/// removing the stuck save key lets saving start again.
pub fn remove_unread(store: Store, key: Option<&str>) {
    if !confirm(store.t(Msg::RemoveKeptAsideQuestion)) {
        return;
    }
    if let Some(s) = storage() {
        let _ = s.remove_item(key.unwrap_or(SAVE_KEY));
    }
    store.keep.update(|k| {
        k.retain(|n| match (n, key) {
            (Keep::Aside { key: k, .. }, Some(key)) => k != key,
            (Keep::Stuck { .. }, None) => false,
            _ => true,
        })
    });
    if key.is_none() {
        store.save_paused.set(false);
    }
}

/// Leaves presentation mode: the shared view becomes the user's own work,
/// after asking when that replaces something they saved or had open.
pub fn make_editable(store: Store) {
    let saved = get(SAVE_KEY);
    if let Some(text) = saved.as_deref().filter(|t| decode_saved(t).is_err()) {
        put_aside(store, text);
    }
    let has_own = store
        .stash
        .with_untracked(|s| s.clone().is_some_and(has_work))
        || saved.is_some_and(|s| decode_saved(&s).is_ok_and(has_work));
    if has_own && !confirm(store.t(Msg::ReplaceSavedQuestion)) {
        return;
    }
    let _ = window()
        .history()
        .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path())));
    store.stash.set(None);
    store.read_only.set(false);
}

/// Asks the user; `false` when the browser cannot ask.
pub fn confirm(question: &str) -> bool {
    window().confirm_with_message(question).unwrap_or(false)
}

fn path() -> String {
    window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".into())
}

/// The share link of the current state.
pub fn share_link(store: Store) -> String {
    let mut state = store.snapshot_untracked();
    state.view.read_only = true;
    let loc = window().location();
    format!(
        "{}{}#{}",
        loc.origin().unwrap_or_default(),
        path(),
        encode(&state)
    )
}

/// Offers the current state as a `.budgetkoll` file.
pub fn download_state(store: Store) {
    let bytes = encode_file(&store.snapshot_untracked());
    download("budgetkoll.budgetkoll", &bytes, "application/octet-stream");
}

/// Offers `bytes` as a file download.
pub fn download(name: &str, bytes: &[u8], mime: &str) {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
