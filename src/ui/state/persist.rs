//! Keeping and sharing work without a server, bound to the browser: the
//! keeping protocol is [`budgetkoll::keeping`] (autosave in pieces, a failed
//! save's mark, unread work kept aside, other tabs' saves; tested on the
//! host); here it is given `localStorage` as its shelf and the page's
//! events (a change, the save's timer, the page hidden or left, another
//! tab's `storage` event, the person's answers), and what it answers is
//! done on the store. A share link in the URL fragment opens as a
//! read-only presentation that never overwrites the user's own saved work
//! unless they ask for an editable copy.
//!
//! Autosave keeps up with a slider: a change only (re)starts a short timer
//! ([`SAVE_DELAY_MS`]); when the changes stop, or the page is hidden or
//! left, the work is saved.
//!
//! Everything here that encodes or decodes (the share codec, deflate and
//! the bounds) is run through [`run`], the split point in `keep_part.rs`: the
//! first screen of a first visit needs none of it, so it is fetched when
//! there is work to open or to save (see [`something_to_open`]).

use super::store::Store;
use crate::ui::browser::confirm::confirm;
use crate::ui::browser::download::download;
use budgetkoll::i18n::Msg;
use budgetkoll::intake::Refusal;
use budgetkoll::keeping::{self, Action, Keep, Keeper, Refused, Shelf};
use budgetkoll::share::codec::LINK_PREFIX;
use budgetkoll::share::{encode, encode_file};
use gloo_timers::callback::Timeout;
use leptos::prelude::*;
use std::cell::RefCell;

/// How long the work must stay unchanged before it is saved: a slider's
/// steps are one save.
const SAVE_DELAY_MS: u32 = 400;

/// Above this many characters a link is offered as a file instead: long
/// links break in e-mail clients and chat tools.
pub const LINK_LIMIT: usize = 16_000;

thread_local! {
    /// The keeping protocol's state for this page.
    static KEEPER: RefCell<Keeper> = RefCell::new(Keeper::default());
    /// The save waiting for the changes to stop.
    static PENDING: RefCell<Option<Timeout>> = const { RefCell::new(None) };
}

/// The browser's `localStorage` (none when the browser blocks it: then
/// nothing is stored and every save fails).
struct LocalShelf(Option<web_sys::Storage>);

impl Shelf for LocalShelf {
    fn get(&self, key: &str) -> Option<String> {
        self.0.as_ref()?.get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        let s = self.0.as_ref().ok_or(Refused)?;
        s.set_item(key, value).map_err(|_| Refused)
    }

    fn remove(&mut self, key: &str) {
        if let Some(s) = &self.0 {
            let _ = s.remove_item(key);
        }
    }

    fn keys(&self) -> Vec<String> {
        let Some(s) = &self.0 else {
            return Vec::new();
        };
        (0..s.length().unwrap_or(0))
            .filter_map(|i| s.key(i).ok().flatten())
            .collect()
    }
}

fn shelf() -> LocalShelf {
    LocalShelf(window().local_storage().ok().flatten())
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
    /// The person dismissed a notice.
    Dismiss(Keep),
    MakeEditable,
    LoadOtherTab,
    SaveNow,
}

/// Does `job`; [`Job::ShareLink`] returns the link.
pub fn run(store: Store, job: Job) -> Option<String> {
    match job {
        Job::Start => {
            let link = link_in_url();
            answer(store, with_keeper(|k, s| k.start(s, link.as_deref())));
            keep_changes(store);
        }
        Job::StartChanged => {
            keep_changes(store);
            answer(store, with_keeper(|k, s| k.start_changed(s)));
        }
        Job::ShareLink => return Some(share_link(store)),
        Job::DownloadState => download_state(store),
        Job::DownloadUnread(key) => {
            if let Some((name, bytes, mime)) = keeping::unread_file(&shelf(), key.as_deref()) {
                download(name, &bytes, mime);
            }
        }
        Job::RemoveUnread(key) => {
            if confirm(store.t(Msg::RemoveKeptAsideQuestion)) {
                with_keeper(|k, s| k.remove_unread(s, key.as_deref()));
                answer(store, Vec::new());
            }
        }
        Job::Dismiss(notice) => {
            with_keeper(|k, _| k.dismiss(&notice));
            answer(store, Vec::new());
        }
        Job::MakeEditable => make_editable(store),
        Job::LoadOtherTab => answer(store, with_keeper(|k, s| k.load_other_tab(s))),
        Job::SaveNow => save_with(store, |k, s, work, _, now| k.keep_mine(s, work, now)),
    }
    None
}

/// True when the page opens with work: a share link, or work saved (or
/// kept aside, or a failed save's mark) in this browser.
pub fn something_to_open() -> bool {
    keeping::something_to_open(&shelf(), link_in_url().is_some())
}

/// The URL's fragment when it is a share link (`#bk.…`).
fn link_in_url() -> Option<String> {
    let hash = window().location().hash().ok()?;
    let link = hash.strip_prefix('#')?.starts_with(LINK_PREFIX);
    link.then_some(hash)
}

/// One step of the keeper, with the browser's storage as its shelf.
fn with_keeper<R>(step: impl FnOnce(&mut Keeper, &mut LocalShelf) -> R) -> R {
    let mut shelf = shelf();
    KEEPER.with_borrow_mut(|k| step(k, &mut shelf))
}

/// A step that may save: handed the work, whether a presentation is
/// shown, and the time.
fn save_with(
    store: Store,
    step: impl FnOnce(&mut Keeper, &mut LocalShelf, keeping::Work, bool, &str) -> Vec<Action>,
) {
    let rest = store.rest_untracked();
    let read_only = store.shown.read_only.get_untracked();
    let now = now();
    let actions = store.work.reports.with_untracked(|reports| {
        with_keeper(|k, s| step(k, s, (&rest, reports), read_only, &now))
    });
    answer(store, actions);
}

/// Shows what the keeper says about the saved work, and does what it asks.
fn answer(store: Store, actions: Vec<Action>) {
    let (notices, paused) = KEEPER.with_borrow(|k| (k.notices.clone(), k.paused));
    if store.keeping.keep.with_untracked(|n| *n != notices) {
        store.keeping.keep.set(notices);
    }
    if store.keeping.save_paused.get_untracked() != paused {
        store.keeping.save_paused.set(paused);
    }
    for action in actions {
        match action {
            Action::Open(state) => store.apply(*state),
            Action::Present(state) => {
                store.apply_then(*state, Box::new(move || store.shown.read_only.set(true)));
            }
            Action::Clear => store.clear(),
            Action::RefuseLink(e) => store.refuse(Refusal::new(store.t(Msg::SharedLink), e)),
            Action::Schedule => schedule(store),
            // Dropping a timeout clears it.
            Action::Cancel => drop(PENDING.with_borrow_mut(Option::take)),
            Action::Saved => store.keeping.storage_warning.set(None),
            Action::NotSaved => store
                .keeping
                .storage_warning
                .set(Some(store.t(Msg::StorageFailed).to_string())),
        }
    }
}

/// Tells the keeper of every change, and of other tabs' saves and the page
/// being hidden or left.
fn keep_changes(store: Store) {
    Effect::new(move |first: Option<()>| {
        // The first run is what was just restored (or what
        // another version saved, untouched until the person changes
        // something).
        store.track_work();
        let read_only = store.shown.read_only.get();
        store.keeping.save_paused.track();
        if first.is_some() {
            answer(store, with_keeper(|k, _| k.changed(read_only)));
        }
    });
    let listeners = [
        window_event_listener(leptos::ev::storage, move |ev| other_tab(store, &ev)),
        window_event_listener(leptos::ev::pagehide, move |_| hidden(store)),
        window_event_listener(leptos::ev::visibilitychange, move |_| {
            if document().hidden() {
                hidden(store);
            }
        }),
    ];
    on_cleanup(move || listeners.into_iter().for_each(|l| l.remove()));
}

/// (Re)starts the timer of the next save.
fn schedule(store: Store) {
    let timeout = Timeout::new(SAVE_DELAY_MS, move || {
        // Done: let go of it without clearing it.
        PENDING.with_borrow_mut(|p| p.take().map(Timeout::forget));
        save_with(store, |k, s, work, read_only, now| {
            k.due(s, work, read_only, now)
        });
    });
    // The one it replaces is dropped, which clears it.
    PENDING.with_borrow_mut(|p| *p = Some(timeout));
}

/// The page is hidden or left: a waiting save is made now.
fn hidden(store: Store) {
    save_with(store, |k, s, work, read_only, now| {
        k.hidden(s, work, read_only, now)
    });
}

/// Another tab wrote to the storage.
fn other_tab(store: Store, ev: &web_sys::StorageEvent) {
    let read_only = store.shown.read_only.get_untracked();
    with_keeper(|k, s| {
        k.other_tab_wrote(
            s,
            ev.key().as_deref(),
            ev.new_value().as_deref(),
            || store.snapshot_untracked(),
            read_only,
        )
    });
    answer(store, Vec::new());
}

/// Leaves presentation mode: the shared view becomes the user's own work,
/// after asking when that replaces something they saved or had open.
fn make_editable(store: Store) {
    let stash = store.keeping.stash.get_untracked();
    let has_own = with_keeper(|k, s| k.leave_presentation(s, stash.as_ref()));
    answer(store, Vec::new());
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
