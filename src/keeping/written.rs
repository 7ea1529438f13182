//! The reports as last saved (or restored), each with its key: a report
//! equal to one of these is not encoded again, so a change to the rest of
//! the work writes only the small index.

use super::Shelf;
use crate::fr1::model::Fr1Report;
use crate::share::saved;
use std::collections::HashSet;

/// Each report as last written, with its key.
#[derive(Debug, Default)]
pub(super) struct Written(Vec<(Fr1Report, String)>);

impl Written {
    /// Writes each report not on the shelf yet; the keys of all, in order,
    /// or `None` when one could not be written (storage full).
    pub(super) fn write(
        &mut self,
        shelf: &mut impl Shelf,
        reports: &[Fr1Report],
        present: &HashSet<String>,
    ) -> Option<Vec<String>> {
        let mut known: Vec<Option<(Fr1Report, String)>> =
            std::mem::take(&mut self.0).into_iter().map(Some).collect();
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
                ok &= shelf.set(&key, &text).is_ok();
            }
            now.push((report, key));
        }
        let keys = now.iter().map(|(_, k)| k.clone()).collect();
        self.0 = now;
        ok.then_some(keys)
    }

    /// What was restored counts as written: its reports under their keys.
    pub(super) fn remember(&mut self, reports: &[Fr1Report], keys: Vec<String>) {
        if keys.len() == reports.len() {
            self.0 = reports.iter().cloned().zip(keys).collect();
        }
    }
}
