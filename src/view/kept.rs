//! View models kept per setting. A politician flips tkr↔mnkr, Externt↔
//! Totalt or between two periods to compare; the page keeps the view
//! models of the last few settings it showed and takes them again instead
//! of computing them again (issue 27: the overview's consolidation was a
//! fifth of a click at a region's size). What is kept belongs to one
//! generation of the work under it (the reports, the grouping, …): a new
//! generation drops everything. The page's memo around it lives in
//! `ui::state::per_setting`.

/// The view models of at most `capacity` settings, of one generation of
/// the work.
#[derive(Debug, Clone)]
pub struct Kept<K, V> {
    generation: u64,
    capacity: usize,
    /// Oldest first.
    entries: Vec<(K, V)>,
}

impl<K: PartialEq, V: Clone> Kept<K, V> {
    /// Nothing kept yet, for generation 0.
    pub fn new(capacity: usize) -> Self {
        Kept {
            generation: 0,
            capacity: capacity.max(1),
            entries: Vec::new(),
        }
    }

    /// The model kept for `key` in `generation`, if any.
    pub fn get(&self, generation: u64, key: &K) -> Option<V> {
        if generation != self.generation {
            return None;
        }
        self.entries
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    }

    /// Keeps `value` for `key` in `generation`: a new generation first
    /// drops what the old one kept, and a full list drops its oldest.
    pub fn keep(&mut self, generation: u64, key: K, value: V) {
        if generation != self.generation {
            self.entries.clear();
            self.generation = generation;
        }
        self.entries.retain(|(k, _)| *k != key);
        if self.entries.len() == self.capacity {
            self.entries.remove(0);
        }
        self.entries.push((key, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_setting_shown_before_is_taken_again() {
        let mut kept = Kept::new(2);
        assert_eq!(kept.get(0, &"tkr"), None);
        kept.keep(0, "tkr", 1);
        kept.keep(0, "mnkr", 2);
        assert_eq!(kept.get(0, &"tkr"), Some(1));
        assert_eq!(kept.get(0, &"mnkr"), Some(2));
    }

    #[test]
    fn new_work_drops_everything_kept() {
        let mut kept = Kept::new(4);
        kept.keep(0, "tkr", 1);
        // The reports changed: generation 1 sees nothing of generation 0.
        assert_eq!(kept.get(1, &"tkr"), None);
        kept.keep(1, "mnkr", 20);
        assert_eq!(kept.get(1, &"tkr"), None);
        assert_eq!(kept.get(1, &"mnkr"), Some(20));
        // Nor is an old generation's model given to a late reader.
        assert_eq!(kept.get(0, &"mnkr"), None);
    }

    #[test]
    fn a_full_list_drops_its_oldest() {
        let mut kept = Kept::new(2);
        kept.keep(0, "a", 1);
        kept.keep(0, "b", 2);
        kept.keep(0, "c", 3);
        assert_eq!(kept.get(0, &"a"), None);
        assert_eq!(kept.get(0, &"b"), Some(2));
        assert_eq!(kept.get(0, &"c"), Some(3));
        // Keeping a key again replaces it and makes it the newest.
        kept.keep(0, "b", 22);
        kept.keep(0, "d", 4);
        assert_eq!(kept.get(0, &"b"), Some(22));
        assert_eq!(kept.get(0, &"c"), None);
    }
}
