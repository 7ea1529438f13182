//! Saved work this version cannot read: moved aside under keys of its own
//! ([`super::aside_key`]), never overwritten, and listed on every load until
//! the person downloads and removes it.

use super::keeper::open;
use super::{aside_key, Keep, Keeper, Shelf, MAX_ASIDE, SAVE_KEY};

impl Keeper {
    /// Lists every piece of unread work kept aside that is not listed yet
    /// (they stay listed on every load until downloaded and removed).
    pub(super) fn list_aside(&mut self, shelf: &impl Shelf) {
        for key in (1..=MAX_ASIDE).map(aside_key) {
            let Some(text) = shelf.get(&key) else {
                continue;
            };
            let listed = self
                .notices
                .iter()
                .any(|n| matches!(n, Keep::Aside { key: k, .. } if *k == key));
            if !listed {
                let reason = open(shelf, &text).err();
                self.notices.push(Keep::Aside { key, reason });
            }
        }
    }

    /// Moves the unread saved `text` to the first free aside key and clears
    /// the save key; when that is impossible (storage full), saving stops
    /// until the person downloads or removes it.
    pub(super) fn put_aside(&mut self, shelf: &mut impl Shelf, text: &str) {
        let free = (1..=MAX_ASIDE)
            .map(aside_key)
            .find(|k| shelf.get(k).is_none());
        let moved = free.is_some_and(|key| {
            shelf.set(&key, text).is_ok() && shelf.get(&key).as_deref() == Some(text)
        });
        if moved {
            shelf.remove(SAVE_KEY);
            self.list_aside(shelf);
        } else {
            self.paused = true;
            let reason = open(shelf, text).err();
            self.notices.push(Keep::Stuck { reason });
        }
    }
}
