//! A view model kept per setting: a politician flips tkr↔mnkr, Externt↔
//! Totalt or between two periods to compare, and the view models of the
//! settings already seen are taken again instead of computed again (issue
//! 27: the overview's consolidation was a fifth of a click at a region's
//! size). Everything kept is dropped when the work under it changes.

use leptos::prelude::*;

/// How many settings are kept per view model: the two sides of a switch
/// for each of a few periods.
const KEPT: usize = 8;

/// A memo of `compute(key)` for the current `key()`, keeping the last few
/// settings' results. `work` reads every signal `compute` depends on other
/// than through the key (the reports, the grouping, …); whenever one of
/// them changes, everything kept is dropped. `compute` is run untracked for
/// that reason: what it reads must be covered by `work` or the key.
pub fn per_setting<K, V>(
    work: impl Fn() + Send + Sync + 'static,
    key: impl Fn() -> K + Send + Sync + 'static,
    compute: impl Fn(&K) -> V + Send + Sync + 'static,
) -> Memo<V>
where
    K: PartialEq + Send + Sync + 'static,
    V: Clone + PartialEq + Send + Sync + 'static,
{
    // A new generation whenever the work changes.
    let generation = Memo::new(move |last: Option<&u64>| {
        work();
        last.map_or(0, |g| g.wrapping_add(1))
    });
    let kept = StoredValue::new((0u64, Vec::<(K, V)>::new()));
    Memo::new(move |_| {
        let generation = generation.get();
        let key = key();
        let hit = kept.with_value(|(g, list)| {
            (*g == generation)
                .then(|| list.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone()))
                .flatten()
        });
        if let Some(value) = hit {
            return value;
        }
        let value = untrack(|| compute(&key));
        kept.update_value(|(g, list)| {
            if *g != generation {
                list.clear();
                *g = generation;
            }
            if list.len() == KEPT {
                list.remove(0);
            }
            list.push((key, value.clone()));
        });
        value
    })
}
