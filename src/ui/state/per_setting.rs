//! The page's memo of a view model kept per setting
//! ([`budgetkoll::view::kept`]): its generation follows the work under the
//! view model, its key the settings shown.

use budgetkoll::view::kept::Kept;
use leptos::prelude::*;

/// How many settings are kept per view model: the two sides of a switch
/// for each of a few periods.
const KEPT: usize = 8;

/// A memo of `compute()` for the current `key()`, keeping the last few
/// settings' results. `work` reads every signal `compute` depends on other
/// than through the key (the reports, the grouping, …); whenever one of
/// them changes, everything kept is dropped. `compute` is run untracked for
/// that reason: what it reads must be covered by `work` or the key.
pub fn per_setting<K, V>(
    work: impl Fn() + Send + Sync + 'static,
    key: impl Fn() -> K + Send + Sync + 'static,
    compute: impl Fn() -> V + Send + Sync + 'static,
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
    let kept = StoredValue::new(Kept::new(KEPT));
    Memo::new(move |_| {
        let generation = generation.get();
        let key = key();
        if let Some(value) = kept.with_value(|k| k.get(generation, &key)) {
            return value;
        }
        let value = untrack(&compute);
        kept.update_value(|k| k.keep(generation, key, value.clone()));
        value
    })
}
