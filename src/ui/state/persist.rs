//! Keeping and sharing work without a server: the state is autosaved to
//! the browser's localStorage (same encoding as share links), restored on
//! reload; a share link in the URL fragment opens as a read-only
//! presentation that never overwrites the user's own saved work unless they
//! ask for an editable copy.
//!
//! Autosave keeps up with a slider: a change only (re)starts a short timer
//! ([`SAVE_DELAY_MS`]); when the changes stop, or the page is hidden or left,
//! the work is saved in pieces ([`budgetkoll::share::saved`]): only reports
//! not saved yet are encoded and written, then the small index with the
//! rest of the work. Reports no index names any more are removed after.
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
//!
//! Everything here that encodes or decodes (the share codec, deflate and
//! the bounds) is run through [`run`], the split point in `later.rs`: the
//! first screen of a first visit needs none of it, so it is fetched when
//! there is work to open or to save (see [`something_to_open`]).

use super::keeping::{Keep, Unread};
use super::store::Store;
use crate::ui::browser::confirm::confirm;
use crate::ui::browser::download::download;
use budgetkoll::fr1::model::Fr1Report;
use budgetkoll::i18n::Msg;
use budgetkoll::intake::Refusal;
use budgetkoll::share::codec::LINK_PREFIX;
use budgetkoll::share::saved::{self, Saved, REPORT_KEY_PREFIX};
use budgetkoll::share::{decode, encode, encode_file, file_from_link, SharedState, ViewState};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::HashSet;

/// localStorage key of the autosaved work's index (or, saved by an earlier
/// version, the whole state).
const SAVE_KEY: &str = "budgetkoll.state";

/// How long the work must stay unchanged before it is saved: a slider's
/// steps are one save.
const SAVE_DELAY_MS: u32 = 400;

thread_local! {
    /// The reports as last saved (or restored), each with its key: a report
    /// equal to one of these is not encoded again.
    static WRITTEN: RefCell<Vec<(Fr1Report, String)>> = const { RefCell::new(Vec::new()) };
    /// The save waiting for the changes to stop.
    static PENDING: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

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

/// What the page asks of its saved work (everything that needs the codec).
pub enum Job {
    /// Open the link or the saved work, then keep every change.
    Start,
    /// The work changed before anything was saved: keep it from now on.
    StartChanged,
    /// The link of the current view (returned).
    ShareLink,
    DownloadState,
    DownloadUnread(Option<String>),
    RemoveUnread(Option<String>),
    MakeEditable,
    LoadOtherTab,
    SaveNow,
}

/// Does `job`; [`Job::ShareLink`] returns the link.
pub fn run(store: Store, job: Job) -> Option<String> {
    match job {
        Job::Start => start(store),
        Job::StartChanged => start_changed(store),
        Job::ShareLink => return Some(share_link(store)),
        Job::DownloadState => download_state(store),
        Job::DownloadUnread(key) => download_unread(key.as_deref()),
        Job::RemoveUnread(key) => remove_unread(store, key.as_deref()),
        Job::MakeEditable => make_editable(store),
        Job::LoadOtherTab => load_other_tab(store),
        Job::SaveNow => save_now(store),
    }
    None
}

/// True when the page opens with work: a share link, or work saved (or
/// kept aside, or a failed save's mark) in this browser.
pub fn something_to_open() -> bool {
    link_in_url().is_some()
        || [SAVE_KEY, UNSAVED_KEY, ASIDE_KEY]
            .iter()
            .any(|k| get(k).is_some())
}

/// The URL's fragment when it is a share link (`#bk.…`).
fn link_in_url() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let link = hash.strip_prefix('#')?.starts_with(LINK_PREFIX);
    link.then_some(hash)
}

/// Restores from the link or the saved state, then autosaves every change,
/// and listens for other tabs' saves.
fn start(store: Store) {
    match link_in_url().map(|link| decode(&link)) {
        Some(Ok(state)) => {
            store.apply(state);
            store.shown.read_only.set(true);
        }
        Some(Err(e)) => {
            store.refuse(Refusal::new(store.t(Msg::SharedLink), e));
            restore(store);
        }
        None => restore(store),
    }
    list_aside(store);
    keep_changes(store);
}

/// Starts keeping work that changed on a page that opened with none: saved
/// at once, unless another tab saved work since (then the person is asked
/// whose to keep, as when that tab saves later).
fn start_changed(store: Store) {
    keep_changes(store);
    list_aside(store);
    if get(SAVE_KEY).is_some() {
        store.keeping.save_paused.set(true);
        store.keeping.keep.update(|k| k.push(Keep::OtherTab));
    } else {
        schedule(store);
    }
}

/// Autosaves every change, and listens for other tabs' saves.
fn keep_changes(store: Store) {
    Effect::new(move |first: Option<()>| {
        // The first run is what was just restored (or what
        // another version saved, untouched until the person changes
        // something).
        store.track_work();
        let allowed = !store.shown.read_only.get() && !store.keeping.save_paused.get();
        if first.is_some() && allowed {
            schedule(store);
        }
    });
    let listeners = [
        window_event_listener(leptos::ev::storage, move |ev| other_tab(store, &ev)),
        window_event_listener(leptos::ev::pagehide, move |_| flush(store)),
        window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                flush(store);
            }
        }),
    ];
    on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));
}

/// (Re)starts the timer of the next save.
fn schedule(store: Store) {
    cancel();
    let timeout = Timeout::new(SAVE_DELAY_MS, move || {
        // Done: let go of it without clearing it.
        PENDING.with_borrow_mut(|p| p.take().map(Timeout::forget));
        save_if_allowed(store);
    });
    PENDING.with_borrow_mut(|p| *p = Some(timeout));
}

/// Stops a waiting save; true when there was one.
fn cancel() -> bool {
    // Dropping a timeout clears it.
    PENDING.with_borrow_mut(Option::take).is_some()
}

/// Saves a waiting save at once (the page is hidden or left).
fn flush(store: Store) {
    if cancel() {
        save_if_allowed(store);
    }
}

fn save_if_allowed(store: Store) {
    if !store.shown.read_only.get_untracked() && !store.keeping.save_paused.get_untracked() {
        save(store);
    }
}

/// Opens the saved work `text` (an index, or a whole state).
fn open_saved(text: &str) -> Result<Saved, budgetkoll::share::ShareError> {
    saved::open(text, get)
}

/// The saved work under [`SAVE_KEY`] opens here.
fn readable(text: &str) -> bool {
    open_saved(text).is_ok()
}

/// The saved work, restored; what cannot be read is moved aside.
fn restore(store: Store) {
    let Some(text) = get(SAVE_KEY) else {
        if let Some(failed_at) = get(UNSAVED_KEY) {
            store.keeping.keep.update(|k| {
                k.push(Keep::RestoredOlder {
                    saved_at: None,
                    failed_at,
                    reports: 0,
                })
            });
        }
        return;
    };
    match open_saved(&text) {
        Ok(Saved { state, keys }) => {
            remember(&state.reports, keys);
            if let Some(failed_at) = get(UNSAVED_KEY) {
                let saved_at =
                    get(SAVED_AT_KEY).and_then(|s| s.split('|').next().map(str::to_string));
                store.keeping.keep.update(|k| {
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

/// Why `text` (saved work) cannot be opened here.
fn reason_unread(text: &str) -> Unread {
    open_saved(text).err()
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
        let listed = store.keeping.keep.with_untracked(|k| {
            k.iter()
                .any(|n| matches!(n, Keep::Aside { key: k, .. } if *k == key))
        });
        if !listed {
            let reason = reason_unread(&text);
            store
                .keeping
                .keep
                .update(|k| k.push(Keep::Aside { key, reason }));
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
        store.keeping.save_paused.set(true);
        let reason = reason_unread(text);
        store
            .keeping
            .keep
            .update(|k| k.push(Keep::Stuck { reason }));
    }
}

/// Writes the work, or marks that it could not be saved: the reports not
/// written yet, then the index; reports the index no longer names after.
fn save(store: Store) {
    let Some(s) = storage() else {
        failed(store, None);
        return;
    };
    let present = report_keys(&s);
    let rest = store.rest_untracked();
    let reports = store
        .work
        .reports
        .with_untracked(|reports| write_reports(&s, reports, &present));
    let Some(keys) = reports else {
        failed(store, Some(&s));
        return;
    };
    if s.set_item(SAVE_KEY, &saved::index(&rest, &keys)).is_err() {
        failed(store, Some(&s));
        return;
    }
    let _ = s.set_item(SAVED_AT_KEY, &format!("{}|{}", now(), keys.len()));
    let _ = s.remove_item(UNSAVED_KEY);
    let kept: HashSet<&String> = keys.iter().collect();
    for old in present.iter().filter(|k| !kept.contains(k)) {
        let _ = s.remove_item(old);
    }
    store.keeping.storage_warning.set(None);
}

/// Marks that the latest change could not be saved.
fn failed(store: Store, s: Option<&web_sys::Storage>) {
    // Small, so it fits where the work did not; the next load reads it.
    if let Some(s) = s {
        let _ = s.set_item(UNSAVED_KEY, &now());
    }
    store
        .keeping
        .storage_warning
        .set(Some(store.t(Msg::StorageFailed).to_string()));
}

/// The keys of every saved report in storage (names only, not their text).
fn report_keys(s: &web_sys::Storage) -> HashSet<String> {
    (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(REPORT_KEY_PREFIX))
        .collect()
}

/// Writes each report not in storage yet; the keys of all, in order, or
/// `None` when one could not be written (storage full).
fn write_reports(
    s: &web_sys::Storage,
    reports: &[Fr1Report],
    present: &HashSet<String>,
) -> Option<Vec<String>> {
    WRITTEN.with_borrow_mut(|written| {
        let mut known: Vec<Option<(Fr1Report, String)>> =
            std::mem::take(written).into_iter().map(Some).collect();
        let mut now = Vec::with_capacity(reports.len());
        let mut ok = true;
        for (i, report) in reports.iter().enumerate() {
            // Usually at the same place as last time.
            let same =
                |e: &Option<(Fr1Report, String)>| e.as_ref().is_some_and(|(r, _)| r == report);
            let found = if known.get(i).is_some_and(same) {
                Some(i)
            } else {
                known.iter().position(same)
            };
            let (report, key, text) = match found.and_then(|j| known[j].take()) {
                Some((report, key)) => (report, key, None),
                None => {
                    let text = saved::report_text(report);
                    (report.clone(), saved::report_key(&text), Some(text))
                }
            };
            // Not there yet, or removed by another tab since.
            if !present.contains(&key) {
                let text = text.unwrap_or_else(|| saved::report_text(&report));
                ok &= s.set_item(&key, &text).is_ok();
            }
            now.push((report, key));
        }
        let keys = now.iter().map(|(_, k)| k.clone()).collect();
        *written = now;
        ok.then_some(keys)
    })
}

/// What was restored counts as written: its reports under their keys.
fn remember(reports: &[Fr1Report], keys: Vec<String>) {
    if keys.len() == reports.len() {
        WRITTEN.with_borrow_mut(|w| *w = reports.iter().cloned().zip(keys).collect());
    }
}

/// Saves now, whatever changed (after the person chose to keep their own
/// version over another tab's).
fn save_now(store: Store) {
    cancel();
    store.keeping.save_paused.set(false);
    store
        .keeping
        .keep
        .update(|k| k.retain(|n| *n != Keep::OtherTab));
    save(store);
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
    if ev.key().as_deref() != Some(SAVE_KEY) || store.shown.read_only.get_untracked() {
        return;
    }
    let mine = work(store.snapshot_untracked());
    let same = match ev.new_value() {
        Some(text) => open_saved(&text).is_ok_and(|theirs| work(theirs.state) == mine),
        None => mine == work(SharedState::default()),
    };
    if !same
        && !store
            .keeping
            .keep
            .with_untracked(|k| k.contains(&Keep::OtherTab))
    {
        store.keeping.save_paused.set(true);
        store.keeping.keep.update(|k| k.push(Keep::OtherTab));
    }
}

/// Takes the other tab's saved work (the person chose it).
fn load_other_tab(store: Store) {
    store
        .keeping
        .keep
        .update(|k| k.retain(|n| *n != Keep::OtherTab));
    match get(SAVE_KEY) {
        Some(text) => match open_saved(&text) {
            Ok(Saved { state, keys }) => {
                remember(&state.reports, keys);
                store.apply(state)
            }
            Err(_) => {
                put_aside(store, &text);
                store.clear();
            }
        },
        None => store.clear(),
    }
    if !store
        .keeping
        .keep
        .with_untracked(|k| k.iter().any(|n| matches!(n, Keep::Stuck { .. })))
    {
        store.keeping.save_paused.set(false);
    }
}

/// Offers unread saved work (under `key`, or the save key when it could not
/// be moved) as a file: a `.budgetkoll` when it is a link's envelope, the
/// text as it is otherwise.
fn download_unread(key: Option<&str>) {
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
fn remove_unread(store: Store, key: Option<&str>) {
    if !confirm(store.t(Msg::RemoveKeptAsideQuestion)) {
        return;
    }
    if let Some(s) = storage() {
        let _ = s.remove_item(key.unwrap_or(SAVE_KEY));
    }
    store.keeping.keep.update(|k| {
        k.retain(|n| match (n, key) {
            (Keep::Aside { key: k, .. }, Some(key)) => k != key,
            (Keep::Stuck { .. }, None) => false,
            _ => true,
        })
    });
    if key.is_none() {
        store.keeping.save_paused.set(false);
    }
}

/// Leaves presentation mode: the shared view becomes the user's own work,
/// after asking when that replaces something they saved or had open.
fn make_editable(store: Store) {
    let saved = get(SAVE_KEY);
    if let Some(text) = saved.as_deref().filter(|t| !readable(t)) {
        put_aside(store, text);
    }
    let has_own = store
        .keeping
        .stash
        .with_untracked(|s| s.clone().is_some_and(has_work))
        || saved.is_some_and(|s| open_saved(&s).is_ok_and(|s| has_work(s.state)));
    if has_own && !confirm(store.t(Msg::ReplaceSavedQuestion)) {
        return;
    }
    let _ = window()
        .history()
        .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path())));
    store.keeping.stash.set(None);
    store.shown.read_only.set(false);
}

fn path() -> String {
    window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".into())
}

/// The share link of the current state.
fn share_link(store: Store) -> String {
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
fn download_state(store: Store) {
    let bytes = encode_file(&store.snapshot_untracked());
    download("budgetkoll.budgetkoll", &bytes, "application/octet-stream");
}
