//! Keeping the person's work in the browser, as a protocol with no browser
//! in it: the app's binding (`src/ui/persist.rs`) hands [`Keeper`] what
//! happened (the page opened, the work changed, the save's timer ran out,
//! the page was hidden, another tab saved, the person answered a notice)
//! and a [`Shelf`] (the browser's `localStorage`); the keeper reads and
//! writes the shelf and answers with [`Action`]s for the page (open this
//! state, start the save's timer, say the save failed). So every fault is
//! tested on the host (`tests/keeping.rs`) with a shelf that can be full.
//!
//! The work is saved in pieces ([`crate::share::saved`]): only reports not
//! saved yet are encoded and written, then the small index with the rest of
//! the work; reports no index names any more are removed after.
//!
//! Work is never lost without the page saying so:
//! - a save that fails is marked ([`UNSAVED_KEY`]), and the next load says
//!   which save it restored and that later changes are gone;
//! - saved work this version cannot read (a newer format from a newer tab, a
//!   damaged value) is moved aside under its own key, never overwritten, and
//!   offered as a `.budgetkoll` download;
//! - another tab's save pauses saving here until the person chooses whose
//!   version to keep;
//! - a link that cannot be opened leaves the saved work as it was;
//! - a state file dropped over the work asks first ([`dropped`]), and while
//!   it is presented nothing is saved.

mod aside;
pub mod dropped;
mod keeper;
mod notice;
mod written;

pub use keeper::{Action, Keeper, Work};
pub use notice::{Keep, Unread};

/// Key of the autosaved work's index (or, saved by an earlier version, the
/// whole state).
pub const SAVE_KEY: &str = "budgetkoll.state";

/// When the state under [`SAVE_KEY`] was saved, and how many reports it has
/// (`2026-05-04 10:12:03|4`), so a later load can name what it restored.
pub const SAVED_AT_KEY: &str = "budgetkoll.saved-at";

/// Present while the latest change could not be saved: when it failed.
pub const UNSAVED_KEY: &str = "budgetkoll.unsaved";

/// Saved work that could not be read is kept under this key (then `.2`,
/// `.3`, …: an earlier one is never overwritten).
pub const ASIDE_KEY: &str = "budgetkoll.state.unread";

/// Keys for unread work; more than this many in a row is not plausible.
pub const MAX_ASIDE: usize = 20;

/// The browser's storage as the keeper sees it: text under keys.
pub trait Shelf {
    fn get(&self, key: &str) -> Option<String>;
    /// Writes `value` under `key`; `Err` when the browser refuses (the
    /// storage is full or blocked).
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused>;
    fn remove(&mut self, key: &str);
    /// Every key on the shelf.
    fn keys(&self) -> Vec<String>;
}

/// The browser would not store a value (full or blocked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused;

/// The `n`th key for unread work (from 1).
pub fn aside_key(n: usize) -> String {
    if n == 1 {
        ASIDE_KEY.to_string()
    } else {
        format!("{ASIDE_KEY}.{n}")
    }
}

/// True when the page opens with work: a share link, or work saved (or
/// kept aside, or a failed save's mark) on `shelf`.
pub fn something_to_open(shelf: &impl Shelf, link: bool) -> bool {
    link || [SAVE_KEY, UNSAVED_KEY, ASIDE_KEY]
        .iter()
        .any(|k| shelf.get(k).is_some())
}

/// Unread saved work (under `key`, or the save key when it could not be
/// moved) as a file to download: its name, bytes and type; a
/// `.budgetkoll` when it is a link's envelope, the text as it is otherwise.
pub fn unread_file(
    shelf: &impl Shelf,
    key: Option<&str>,
) -> Option<(&'static str, Vec<u8>, &'static str)> {
    let text = shelf.get(key.unwrap_or(SAVE_KEY))?;
    Some(match crate::share::file_from_link(&text) {
        Some(bytes) => (
            "sparat-arbete.budgetkoll",
            bytes,
            "application/octet-stream",
        ),
        None => ("sparat-arbete.txt", text.into_bytes(), "text/plain"),
    })
}
