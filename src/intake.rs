//! What a dropped file (or pasted range) is, and what it gives the app: an
//! FR1 report, a saved Budgetkoll state (`.budgetkoll`), or a reason in
//! Swedish why it could not be used. One entry point, so the drop zone, the
//! file picker, paste and the demo all take the same path and a bad file
//! never disturbs what is already loaded.

use crate::fr1::import::{import_fr1, Fr1Import};
use crate::fr1::model::Fr1Report;
use crate::import::grid::Grid;
use crate::import::{read_grids, text::read_pasted};
use crate::share::{self, SharedState};

/// What one input turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Intake {
    Fr1(Box<Fr1Import>),
    Saved(Box<SharedState>),
}

/// A file the app could not use, and why (Swedish, names the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub file: String,
    pub reason: String,
}

/// Reads `bytes` named `file_name`.
pub fn intake(file_name: &str, bytes: &[u8]) -> Result<Intake, Refusal> {
    let refuse = |reason: String| Refusal {
        file: file_name.to_string(),
        reason,
    };
    if share::is_share_file(bytes) {
        return share::decode_file(bytes)
            .map(|s| Intake::Saved(Box::new(s)))
            .map_err(|e| refuse(e.to_string()));
    }
    let grids = read_grids(file_name, bytes).map_err(|e| refuse(e.to_string()))?;
    from_grids(file_name, &grids).map_err(refuse)
}

/// Reads a range pasted from Excel (tab-separated text).
pub fn intake_pasted(text: &str) -> Result<Intake, Refusal> {
    let grid = read_pasted(text);
    let name = grid.sheet.clone();
    from_grids(&name, &[grid]).map_err(|reason| Refusal { file: name, reason })
}

fn from_grids(file_name: &str, grids: &[Grid]) -> Result<Intake, String> {
    match import_fr1(file_name, grids) {
        Ok(import) => Ok(Intake::Fr1(Box::new(import))),
        Err(e) if crate::frames::import::import_frames(grids).is_ok() => Err(format!(
            "{file_name} är en tabell med budgetramar, inte en FR1-rapport: läs in den under Budgetramar. ({e})"
        )),
        Err(e) => Err(e.to_string()),
    }
}

/// True when `a` and `b` are the same förvaltning's report for the same
/// period: loading `b` would replace `a`, which the user is asked about.
pub fn same_report(a: &Fr1Report, b: &Fr1Report) -> bool {
    let code = |r: &Fr1Report| r.meta.unit_id.as_ref().map(|u| u.code.trim().to_string());
    code(a).is_some()
        && code(a) == code(b)
        && a.meta.period.is_some()
        && a.meta.period == b.meta.period
}
