//! The keeping protocol's state machine: what happened in, [`Action`]s out,
//! the shelf read and written on the way (see the module above).

use super::dropped::work;
use super::written::Written;
use super::{Keep, Shelf, SAVED_AT_KEY, SAVE_KEY, UNSAVED_KEY};
use crate::fr1::model::Fr1Report;
use crate::share::saved::{self, Saved, REPORT_KEY_PREFIX};
use crate::share::{decode, ShareError, SharedState};
use std::collections::HashSet;

/// What the page does for the keeper.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Open this state as the person's work (restored, or another tab's).
    Open(Box<SharedState>),
    /// Open this state as a read-only presentation (a share link).
    Present(Box<SharedState>),
    /// Forget everything loaded (another tab removed the saved work).
    Clear,
    /// The share link could not be opened, for this reason.
    RefuseLink(ShareError),
    /// (Re)start the timer of the next save; when it runs out, call
    /// [`Keeper::due`].
    Schedule,
    /// Stop the timer of the waiting save.
    Cancel,
    /// The work is saved: a warning that it was not goes.
    Saved,
    /// The latest change could not be saved: say so until a save works.
    NotSaved,
}

/// The keeping protocol: what the page says about the saved work, whether
/// saving is held, and which reports are on the shelf already.
#[derive(Debug, Default)]
pub struct Keeper {
    /// What the page says about the saved work, oldest first.
    pub notices: Vec<Keep>,
    /// Saving is held while the person decides (another tab's save, or
    /// unread work that could not be moved aside).
    pub paused: bool,
    /// A save waits for its timer.
    pending: bool,
    /// The reports as last saved (or restored).
    written: Written,
}

/// The work to save: everything but the reports, and the reports.
pub type Work<'a> = (&'a SharedState, &'a [Fr1Report]);

impl Keeper {
    /// The page opens: the share `link` in its URL, if any, as a
    /// presentation (a link that does not open is refused and the saved
    /// work restored instead), else the saved work; unread work is listed.
    pub fn start(&mut self, shelf: &mut impl Shelf, link: Option<&str>) -> Vec<Action> {
        let mut actions = Vec::new();
        match link.map(decode) {
            Some(Ok(state)) => actions.push(Action::Present(Box::new(state))),
            Some(Err(e)) => {
                actions.push(Action::RefuseLink(e));
                actions.extend(self.restore(shelf));
            }
            None => actions.extend(self.restore(shelf)),
        }
        self.list_aside(shelf);
        actions
    }

    /// The work changed on a page that opened with none: it is saved at
    /// once, unless another tab saved work since (then the person is asked
    /// whose to keep, as when that tab saves later).
    pub fn start_changed(&mut self, shelf: &mut impl Shelf) -> Vec<Action> {
        self.list_aside(shelf);
        if shelf.get(SAVE_KEY).is_some() {
            self.hold_for_other_tab();
            Vec::new()
        } else {
            self.schedule()
        }
    }

    /// The work changed: a save is scheduled unless a presentation is
    /// shown (`read_only`) or saving is held.
    pub fn changed(&mut self, read_only: bool) -> Vec<Action> {
        if read_only || self.paused {
            Vec::new()
        } else {
            self.schedule()
        }
    }

    /// The save's timer ran out: the work is saved (at `now`) if allowed.
    pub fn due(
        &mut self,
        shelf: &mut impl Shelf,
        work: Work,
        read_only: bool,
        now: &str,
    ) -> Vec<Action> {
        self.pending = false;
        self.save_if_allowed(shelf, work, read_only, now)
    }

    /// The page is hidden or left: a waiting save is made now.
    pub fn hidden(
        &mut self,
        shelf: &mut impl Shelf,
        work: Work,
        read_only: bool,
        now: &str,
    ) -> Vec<Action> {
        if !self.pending {
            return Vec::new();
        }
        self.pending = false;
        let mut actions = vec![Action::Cancel];
        actions.extend(self.save_if_allowed(shelf, work, read_only, now));
        actions
    }

    /// Another tab wrote `key` (now `new_value`): unless it wrote the save
    /// key with this tab's own work (`mine`, asked for only then), saving
    /// stops here and the person is asked whose version to keep.
    pub fn other_tab_wrote(
        &mut self,
        shelf: &impl Shelf,
        key: Option<&str>,
        new_value: Option<&str>,
        mine: impl FnOnce() -> SharedState,
        read_only: bool,
    ) {
        if key != Some(SAVE_KEY) || read_only {
            return;
        }
        let mine = work(mine());
        let same = match new_value {
            Some(text) => open(shelf, text).is_ok_and(|theirs| work(theirs.state) == mine),
            None => mine == SharedState::default(),
        };
        if !same {
            self.hold_for_other_tab();
        }
    }

    /// The person takes the other tab's saved work.
    pub fn load_other_tab(&mut self, shelf: &mut impl Shelf) -> Vec<Action> {
        self.notices.retain(|n| *n != Keep::OtherTab);
        let actions = match shelf.get(SAVE_KEY) {
            Some(text) => match open(shelf, &text) {
                Ok(Saved { state, keys }) => {
                    self.written.remember(&state.reports, keys);
                    vec![Action::Open(Box::new(state))]
                }
                Err(_) => {
                    self.put_aside(shelf, &text);
                    vec![Action::Clear]
                }
            },
            None => vec![Action::Clear],
        };
        if !self.notices.iter().any(|n| matches!(n, Keep::Stuck { .. })) {
            self.paused = false;
        }
        actions
    }

    /// The person keeps their own version over another tab's: saved now.
    pub fn keep_mine(&mut self, shelf: &mut impl Shelf, work: Work, now: &str) -> Vec<Action> {
        let mut actions = Vec::new();
        if self.pending {
            self.pending = false;
            actions.push(Action::Cancel);
        }
        self.paused = false;
        self.notices.retain(|n| *n != Keep::OtherTab);
        actions.extend(self.save(shelf, work, now));
        actions
    }

    /// The person removed unread work for good (under `key`, or the save
    /// key it could not be moved from, which lets saving start again).
    pub fn remove_unread(&mut self, shelf: &mut impl Shelf, key: Option<&str>) {
        shelf.remove(key.unwrap_or(SAVE_KEY));
        self.notices.retain(|n| match (n, key) {
            (Keep::Aside { key: k, .. }, Some(key)) => k != key,
            (Keep::Stuck { .. }, None) => false,
            _ => true,
        });
        if key.is_none() {
            self.paused = false;
        }
    }

    /// The person dismissed `notice` (one that asks nothing).
    pub fn dismiss(&mut self, notice: &Keep) {
        self.notices.retain(|n| n != notice);
    }

    /// The person leaves a presentation to edit it: saved work this
    /// version cannot read is moved aside first; true when the person's
    /// own work (saved, or `stash`, kept aside while a dropped file is
    /// presented) would be replaced, so the person must be asked.
    pub fn leave_presentation(
        &mut self,
        shelf: &mut impl Shelf,
        stash: Option<&SharedState>,
    ) -> bool {
        let saved = shelf.get(SAVE_KEY);
        if let Some(text) = saved.as_deref().filter(|t| open(shelf, t).is_err()) {
            self.put_aside(shelf, text);
        }
        stash.is_some_and(super::dropped::has_work)
            || saved
                .is_some_and(|s| open(shelf, &s).is_ok_and(|s| super::dropped::has_work(&s.state)))
    }

    fn hold_for_other_tab(&mut self) {
        if !self.notices.contains(&Keep::OtherTab) {
            self.paused = true;
            self.notices.push(Keep::OtherTab);
        }
    }

    fn schedule(&mut self) -> Vec<Action> {
        self.pending = true;
        vec![Action::Schedule]
    }

    /// The saved work, restored; what cannot be read is moved aside.
    fn restore(&mut self, shelf: &mut impl Shelf) -> Vec<Action> {
        let failed_at = shelf.get(UNSAVED_KEY);
        let Some(text) = shelf.get(SAVE_KEY) else {
            if let Some(failed_at) = failed_at {
                self.notices.push(Keep::RestoredOlder {
                    saved_at: None,
                    failed_at,
                    reports: 0,
                });
            }
            return Vec::new();
        };
        match open(shelf, &text) {
            Ok(Saved { state, keys }) => {
                self.written.remember(&state.reports, keys);
                if let Some(failed_at) = failed_at {
                    let saved_at = shelf
                        .get(SAVED_AT_KEY)
                        .and_then(|s| s.split('|').next().map(str::to_string));
                    self.notices.push(Keep::RestoredOlder {
                        saved_at,
                        failed_at,
                        reports: state.reports.len(),
                    });
                }
                vec![Action::Open(Box::new(state))]
            }
            Err(_) => {
                self.put_aside(shelf, &text);
                Vec::new()
            }
        }
    }

    fn save_if_allowed(
        &mut self,
        shelf: &mut impl Shelf,
        work: Work,
        read_only: bool,
        now: &str,
    ) -> Vec<Action> {
        if read_only || self.paused {
            Vec::new()
        } else {
            self.save(shelf, work, now)
        }
    }

    /// Writes the work, or marks that it could not be saved: the reports
    /// not written yet, then the index; reports the index no longer names
    /// after.
    fn save(&mut self, shelf: &mut impl Shelf, (rest, reports): Work, now: &str) -> Vec<Action> {
        let present: HashSet<String> = shelf
            .keys()
            .into_iter()
            .filter(|k| k.starts_with(REPORT_KEY_PREFIX))
            .collect();
        let written = self.written.write(shelf, reports, &present);
        let indexed = written.filter(|keys| shelf.set(SAVE_KEY, &saved::index(rest, keys)).is_ok());
        let Some(keys) = indexed else {
            // Small, so it fits where the work did not; the next load reads it.
            let _ = shelf.set(UNSAVED_KEY, now);
            return vec![Action::NotSaved];
        };
        let _ = shelf.set(SAVED_AT_KEY, &format!("{now}|{}", keys.len()));
        shelf.remove(UNSAVED_KEY);
        let kept: HashSet<&String> = keys.iter().collect();
        for old in present.iter().filter(|k| !kept.contains(k)) {
            shelf.remove(old);
        }
        vec![Action::Saved]
    }
}

/// Opens the saved work `text` (an index, or a whole state) from `shelf`.
pub(super) fn open(shelf: &impl Shelf, text: &str) -> Result<Saved, ShareError> {
    saved::open(text, |k| shelf.get(k))
}
