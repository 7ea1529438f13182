//! What a dropped file (or pasted range) is, and what it gives the app: an
//! FR1 report, the finance administration's result table, a frame table
//! (opened on the Budgetramar page), a saved Budgetkoll state
//! (`.budgetkoll`), or a reason in Swedish why it could not be used. One
//! entry point, so the drop zone, the file picker, paste and the demo all
//! take the same path and a bad file never disturbs what is already loaded.

use crate::finance::import::{import_finance, FinanceImport};
use crate::fr1::import::{import_fr1, Fr1Import};
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::Report;
use crate::frames::session::FramesSession;
use crate::import::error::ImportError;
use crate::import::grid::Grid;
use crate::import::{classify, read_text_grids, text::read_pasted};
use crate::share::{self, SharedState};

/// What one input turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Intake {
    Fr1(Box<Fr1Import>),
    /// The finance administration's result table.
    Finance(Box<FinanceImport>),
    /// A frame table, read into a new budget-frames session.
    Frames(Box<FramesSession>),
    Saved(Box<SharedState>),
}

/// A file the app could not use, and why (Swedish, names the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub file: String,
    pub reason: String,
}

impl Refusal {
    pub fn new(file: impl Into<String>, reason: impl Into<String>) -> Refusal {
        Refusal {
            file: file.into(),
            reason: reason.into(),
        }
    }
}

/// What reading a file takes next.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Done: a report, a saved state, or a refusal.
    Done(Result<Intake, Refusal>),
    /// A workbook: its grids come from the workbook readers (the app's
    /// spreadsheet worker, or [`crate::import::read_grids`]), then
    /// [`intake_grids`].
    Workbook,
}

/// Reads `bytes` named `file_name` as far as it can without the workbook
/// readers: `.budgetkoll` files, text exports and every refusal that needs
/// only the first bytes are done here.
pub fn intake_start(file_name: &str, bytes: &[u8]) -> Step {
    let refuse = |reason: String| Refusal::new(file_name, reason);
    if share::is_share_file(bytes) {
        return Step::Done(
            share::decode_file(bytes)
                .map(|s| Intake::Saved(Box::new(s)))
                .map_err(|e| refuse(e.to_string())),
        );
    }
    match classify(file_name, bytes) {
        Ok(kind) if kind.is_workbook() => Step::Workbook,
        Ok(_) => Step::Done(intake_grids(file_name, read_text_grids(file_name, bytes))),
        Err(e) => Step::Done(Err(refuse(e.to_string()))),
    }
}

/// What the grids read from the file `file_name` (or the reason they could
/// not be read) give the app.
pub fn intake_grids(
    file_name: &str,
    grids: Result<Vec<Grid>, ImportError>,
) -> Result<Intake, Refusal> {
    let grids = grids.map_err(|e| Refusal::new(file_name, e.to_string()))?;
    from_grids(file_name, &grids).map_err(|reason| Refusal::new(file_name, reason))
}

/// Reads `bytes` named `file_name`, workbooks included.
#[cfg(feature = "sheets")]
pub fn intake(file_name: &str, bytes: &[u8]) -> Result<Intake, Refusal> {
    match intake_start(file_name, bytes) {
        Step::Done(result) => result,
        Step::Workbook => intake_grids(file_name, crate::import::read_grids(file_name, bytes)),
    }
}

/// Reads a range pasted from Excel (tab-separated text).
pub fn intake_pasted(text: &str) -> Result<Intake, Refusal> {
    let grid = read_pasted(text);
    let name = grid.sheet.clone();
    from_grids(&name, &[grid]).map_err(|reason| Refusal::new(name, reason))
}

fn from_grids(file_name: &str, grids: &[Grid]) -> Result<Intake, String> {
    // A finance administration's table has lines an FR1 never has
    // (Skatteintäkter …), so it cannot be mistaken for one, nor the reverse.
    if let Ok(finance) = import_finance(file_name, grids) {
        return Ok(Intake::Finance(Box::new(finance)));
    }
    match import_fr1(file_name, grids) {
        Ok(import) => Ok(Intake::Fr1(Box::new(import))),
        Err(e) => FramesSession::read(file_name, grids)
            .map(|s| Intake::Frames(Box::new(s)))
            .map_err(|_| e.to_string()),
    }
}

/// Where a newly read report goes among the loaded ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// A report of its own (another förvaltning or period, or one whose
    /// förvaltning or period is not known yet).
    New,
    /// The other half of the loaded report at this index: the Utfall export
    /// of a report whose Prognos is loaded, or the reverse. They are one
    /// report ([`Fr1Import::with_other_half`]).
    Completes(usize),
    /// The loaded report at this index already has a half the new one
    /// brings: loading it would replace that report, so the user is asked.
    Replaces(usize),
}

/// Where `new` goes among `loaded` (in the order listed): finance systems
/// export an FR1's two reports as two files, so an Utfall-only and a
/// Prognos-only report of the same förvaltning and period are one report;
/// only a half that arrives again replaces anything.
pub fn place<'a>(loaded: impl IntoIterator<Item = &'a Fr1Report>, new: &Fr1Report) -> Placement {
    let code = |r: &Fr1Report| r.meta.unit_id.as_ref().map(|u| u.code.trim().to_string());
    let Some((new_code, new_period)) = code(new).zip(new.meta.period) else {
        return Placement::New;
    };
    let same = loaded.into_iter().enumerate().find(|(_, r)| {
        code(r).as_deref() == Some(new_code.as_str()) && r.meta.period == Some(new_period)
    });
    match same {
        None => Placement::New,
        Some((i, r)) => {
            let overlap = Report::ALL
                .into_iter()
                .any(|which| r.table(which).is_some() && new.table(which).is_some());
            if overlap {
                Placement::Replaces(i)
            } else {
                Placement::Completes(i)
            }
        }
    }
}
