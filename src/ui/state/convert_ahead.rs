//! The reports in the amount unit the settings offer but do not show (tkr
//! or mnkr), converted once the reading is done and the browser is idle.
//! The first switch between them then costs what every later one does: at
//! a region's size (160 reports) converting them was a sixth of that
//! first click (issue 27). Only one conversion waits at a time, and none
//! while files are still being read, so a load of many files converts
//! once, at its end.

use super::store::{Store, OFFERED_UNITS};
use crate::ui::browser::idle::when_idle;
use budgetkoll::money::AmountScale;
use leptos::prelude::*;

/// Keeps the reports converted ahead for as long as the page lives.
pub fn convert_ahead(store: Store) {
    let waiting = StoredValue::new(false);
    Effect::new(move || {
        store.work.reports.track();
        if store.work.reading.get() > 0 || waiting.get_value() {
            return;
        }
        waiting.set_value(true);
        when_idle(move || {
            waiting.set_value(false);
            let shown = store.shown.unit.get_untracked();
            for (scale, reports) in AmountScale::ALL.iter().zip(store.work.in_scale) {
                if *scale != shown && OFFERED_UNITS.contains(scale) {
                    reports.with_untracked(|_| ());
                }
            }
        });
    });
}
