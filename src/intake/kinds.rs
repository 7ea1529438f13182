//! The kinds of table the intake reads: each with the recogniser that tells
//! it from its labels, what it looks for (told when a file fits no kind) and
//! the importer it is read with. A file's grids are recognised once, against
//! this one list in order, and read by the first kind that fits; nothing is
//! read by trial. Adding a kind of table is its importer module and one
//! variant of [`Kind`] with its three arms (and its [`Intake`] variant).

use super::{Intake, Reason};
use crate::explain::import::import_explanations;
use crate::finance::import::import_finance;
use crate::finance::treasury::import_treasury;
use crate::fr1::import::import_fr1;
use crate::frames::session::FramesSession;
use crate::goals::import::import_goals;
use crate::i18n::Msg;
use crate::import::grid::Grid;
use crate::ledger::import::import_ledger;
use crate::staff::import::import_staff;
use crate::{explain, finance, fr1, frames, goals, ledger, staff};

/// One kind of table. Dispatched by `match`, not through a table of
/// function pointers: the wasm's function table belongs to the main module,
/// so every importer a pointer named would stay in the first paint (all
/// eight did, 39 KB of `read_*` and the importers under them), while
/// functions only called directly from the `intake` split point move into
/// that part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Goals,
    Staff,
    Explanations,
    Ledger,
    Finance,
    Fr1,
    Treasury,
    Frames,
}

/// Every kind, in the order they are recognised: a kind whose labels another
/// kind's table may also hold comes after it (a finance table has the
/// Utfall and Budget headers an FR1 has, never the reverse of its lines;
/// the treasury tables name years as a frame table does). The quarterly
/// report's tables beside the FR1 have header labels no FR1 has, so they
/// come first.
pub const KINDS: [Kind; 8] = [
    Kind::Goals,
    Kind::Staff,
    Kind::Explanations,
    Kind::Ledger,
    Kind::Finance,
    Kind::Fr1,
    Kind::Treasury,
    Kind::Frames,
];

impl Kind {
    /// What a table of this kind has, told when a file fits no kind.
    pub fn looks_for(self) -> Msg {
        match self {
            Kind::Goals => Msg::KindGoals,
            Kind::Staff => Msg::KindStaff,
            Kind::Explanations => Msg::KindExplanations,
            Kind::Ledger => Msg::KindLedger,
            Kind::Finance => Msg::KindFinance,
            Kind::Fr1 => Msg::KindFr1,
            Kind::Treasury => Msg::KindTreasury,
            Kind::Frames => Msg::KindFrames,
        }
    }

    /// Whether grids hold a table of this kind, from their labels.
    pub fn recognise(self, grids: &[Grid]) -> bool {
        match self {
            Kind::Goals => goals::import::recognise(grids),
            Kind::Staff => staff::import::recognise(grids),
            Kind::Explanations => explain::import::recognise(grids),
            Kind::Ledger => ledger::import::recognise(grids),
            Kind::Finance => finance::import::recognise(grids),
            Kind::Fr1 => fr1::locate::recognise(grids),
            Kind::Treasury => finance::treasury::recognise(grids),
            Kind::Frames => frames::import::recognise(grids),
        }
    }

    /// Reads the grids of the file named as a table of this kind.
    pub fn read(self, file: &str, grids: &[Grid]) -> Result<Intake, Reason> {
        match self {
            Kind::Goals => read_goals(file, grids),
            Kind::Staff => read_staff(file, grids),
            Kind::Explanations => read_explanations(file, grids),
            Kind::Ledger => read_ledger(file, grids),
            Kind::Finance => read_finance(file, grids),
            Kind::Fr1 => read_fr1(file, grids),
            Kind::Treasury => read_treasury(file, grids),
            Kind::Frames => read_frames(file, grids),
        }
    }
}

fn read_finance(file: &str, grids: &[Grid]) -> Result<Intake, Reason> {
    Ok(Intake::Finance(Box::new(import_finance(file, grids)?)))
}

fn read_fr1(file: &str, grids: &[Grid]) -> Result<Intake, Reason> {
    Ok(Intake::Fr1(Box::new(import_fr1(file, grids)?)))
}

fn read_frames(file: &str, grids: &[Grid]) -> Result<Intake, Reason> {
    Ok(Intake::Frames(Box::new(FramesSession::read(file, grids)?)))
}

fn read_goals(file: &str, grids: &[Grid]) -> Result<Intake, Reason> {
    match import_goals(file, grids) {
        Some(Ok(goals)) => Ok(Intake::Goals(Box::new(goals))),
        Some(Err(e)) => Err(Reason::Goals(e)),
        None => Err(unrecognised(file, grids)),
    }
}

fn read_staff(file: &str, grids: &[Grid]) -> Result<Intake, Reason> {
    match import_staff(file, grids) {
        Some(Ok(staff)) => Ok(Intake::Staff(Box::new(staff))),
        Some(Err(e)) => Err(Reason::Staff(e)),
        None => Err(unrecognised(file, grids)),
    }
}

fn read_explanations(file: &str, grids: &[Grid]) -> Result<Intake, Reason> {
    import_explanations(file, grids)
        .map(|e| Intake::Explanations(Box::new(e)))
        .map_err(Reason::Explanations)
}

fn read_ledger(file: &str, grids: &[Grid]) -> Result<Intake, Reason> {
    import_ledger(file, grids)
        .map(|l| Intake::Ledger(Box::new(l)))
        .map_err(Reason::Ledger)
}

fn read_treasury(file: &str, grids: &[Grid]) -> Result<Intake, Reason> {
    import_treasury(file, grids)
        .map(|t| Intake::Treasury(Box::new(t)))
        .map_err(Reason::Treasury)
}

/// Grids no kind reads: refused saying what each kind looks for.
pub fn unrecognised(file: &str, grids: &[Grid]) -> Reason {
    Reason::Unrecognised {
        file: file.to_string(),
        sheets: grids.iter().map(|g| g.sheet.clone()).collect(),
    }
}
