//! A `.budgetkoll` file dropped on the page: over nothing (or over a
//! presentation) it opens at once; over the person's own work it asks
//! first, and "open as a presentation" keeps the own work aside until the
//! person comes back to it. While a presentation is shown nothing is saved
//! ([`super::Keeper::changed`] is told the page is read-only).

use crate::share::{SharedState, ViewState};

/// What the person chose for a dropped `.budgetkoll` file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavedAnswer {
    Replace,
    Present,
    Cancel,
}

/// What to do with a dropped state file at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnDrop {
    /// Open it: nothing of the person's would be replaced.
    Open,
    /// Ask the person first ([`SavedAnswer`]).
    Ask,
}

/// A state file dropped on a page with `own` work (or none), presenting
/// something or not.
pub fn on_drop(own: &SharedState, presenting: bool) -> OnDrop {
    if has_work(own) && !presenting {
        OnDrop::Ask
    } else {
        OnDrop::Open
    }
}

/// The work of a state, without where it was looked at: two tabs on
/// different pages of the same work agree.
pub fn work(state: SharedState) -> SharedState {
    SharedState {
        view: ViewState::default(),
        ..state
    }
}

/// True when `state` holds any work: reports, finance tables, frames,
/// nämnder, measures or profiles.
pub fn has_work(state: &SharedState) -> bool {
    work(state.clone()) != SharedState::default()
}
