//! The work autosaved in the browser, in pieces, so a change saves only
//! what changed.
//!
//! Each report is saved on its own, as the link text of a state holding that
//! report alone, under a key named for its text ([`report_key`]); reports do
//! not change when a slider moves, so their keys are written once. The rest
//! of the work (view, nämnder, measures, profiles, frames, finance tables) is
//! the link text of the state without reports, followed by a line listing
//! the reports' keys in order: the index ([`index`]), saved last under one
//! key, so a save that fails half-way leaves the previous index and every
//! report it names in place.
//!
//! [`open`] reads an index, and also the whole state as one link text, as
//! saved before the pieces (and as tests and other tabs may still write it).
//! Every piece is opened by [`decode_saved`] with its bounds, and the
//! assembled state is checked as a whole before anything computes with it.

use super::{decode_saved, encode, validate, Bounds, Carrier, Damage, ShareError, SharedState};
use crate::fr1::model::Fr1Report;
use crate::import::limits::MAX_REPORTS;

/// Keys of saved reports start with this.
pub const REPORT_KEY_PREFIX: &str = "budgetkoll.report.";

/// Separates the rest of the work from its reports' keys in an index.
const REPORTS_LINE: &str = "\nreports:";

/// The saved text of one report.
pub fn report_text(report: &Fr1Report) -> String {
    encode(&SharedState {
        reports: vec![report.clone()],
        ..SharedState::default()
    })
}

/// The key a report's saved `text` is kept under: named for the text
/// (64-bit FNV-1a), so the same report is one key whichever tab saves it.
pub fn report_key(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{REPORT_KEY_PREFIX}{hash:016x}")
}

/// The index: `rest` (the work without its reports) and the keys of its
/// reports in order.
pub fn index(rest: &SharedState, keys: &[String]) -> String {
    debug_assert!(rest.reports.is_empty());
    format!("{}{REPORTS_LINE}{}", encode(rest), keys.join(" "))
}

/// Saved work as read back: the state, and the key of each of its reports
/// (empty when it was saved whole, as one link text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Saved {
    pub state: SharedState,
    pub keys: Vec<String>,
}

/// Opens saved work: an index whose reports `get` reads by key, or a whole
/// state as one link text.
pub fn open(text: &str, get: impl Fn(&str) -> Option<String>) -> Result<Saved, ShareError> {
    let Some((rest, list)) = text.split_once(REPORTS_LINE) else {
        return Ok(Saved {
            state: decode_saved(text)?,
            keys: Vec::new(),
        });
    };
    let mut state = decode_saved(rest)?;
    let keys: Vec<String> = list.split_whitespace().map(str::to_string).collect();
    if keys.len() > MAX_REPORTS || !state.reports.is_empty() {
        return Err(damaged(Damage::ReportList));
    }
    for key in &keys {
        let piece = key
            .starts_with(REPORT_KEY_PREFIX)
            .then(|| get(key))
            .flatten()
            .ok_or_else(|| damaged(Damage::ReportMissing(key.clone())))?;
        let one = decode_saved(&piece)?;
        let [report] = <[Fr1Report; 1]>::try_from(one.reports)
            .map_err(|_| damaged(Damage::NotAReport(key.clone())))?;
        state.reports.push(report);
    }
    validate::validate(&state).map_err(|e| ShareError::OutOfBounds {
        carrier: Carrier::Saved,
        detail: Bounds::Invalid(Box::new(e)),
    })?;
    Ok(Saved { state, keys })
}

fn damaged(detail: Damage) -> ShareError {
    ShareError::Damaged {
        carrier: Carrier::Saved,
        detail,
    }
}
