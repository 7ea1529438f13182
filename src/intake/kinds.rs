//! The kinds of table the intake reads: each with the recogniser that tells
//! it from its labels, what it looks for (told when a file fits no kind) and
//! the importer it is read with. A file's grids are recognised once, against
//! this one list in order, and read by the first kind that fits; nothing is
//! read by trial. Adding a kind of table is its importer module and one
//! entry in [`KINDS`] (and its [`Intake`] variant).

use super::{Intake, Reason};
use crate::finance::import::import_finance;
use crate::fr1::import::import_fr1;
use crate::frames::session::FramesSession;
use crate::i18n::Msg;
use crate::import::grid::Grid;
use crate::{finance, fr1, frames};

/// One kind of table.
pub struct Kind {
    /// What a table of this kind has, told when a file fits no kind.
    pub looks_for: Msg,
    /// Whether grids hold a table of this kind, from their labels.
    pub recognise: fn(&[Grid]) -> bool,
    /// Reads the grids of the file named as a table of this kind.
    pub read: fn(&str, &[Grid]) -> Result<Intake, Reason>,
}

/// Every kind, in the order they are recognised: a kind whose labels another
/// kind's table may also hold comes after it (a finance table has the
/// Utfall and Budget headers an FR1 has, never the reverse of its lines).
pub const KINDS: &[Kind] = &[
    Kind {
        looks_for: Msg::KindFinance,
        recognise: finance::import::recognise,
        read: read_finance,
    },
    Kind {
        looks_for: Msg::KindFr1,
        recognise: fr1::locate::recognise,
        read: read_fr1,
    },
    Kind {
        looks_for: Msg::KindFrames,
        recognise: frames::import::recognise,
        read: read_frames,
    },
];

fn read_finance(file: &str, grids: &[Grid]) -> Result<Intake, Reason> {
    Ok(Intake::Finance(Box::new(import_finance(file, grids)?)))
}

fn read_fr1(file: &str, grids: &[Grid]) -> Result<Intake, Reason> {
    Ok(Intake::Fr1(Box::new(import_fr1(file, grids)?)))
}

fn read_frames(file: &str, grids: &[Grid]) -> Result<Intake, Reason> {
    Ok(Intake::Frames(Box::new(FramesSession::read(file, grids)?)))
}
