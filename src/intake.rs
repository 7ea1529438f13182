//! What a dropped file (or pasted range) is, and what it gives the app: an
//! FR1 report, the finance administration's result table, the officer's
//! explanations, a ledger pivot, treasury tables, a frame table
//! (opened on the Budgetramar page), a goal export or an HR extract (the
//! quarterly report's other parts), a saved Budgetkoll state
//! (`.budgetkoll`), or a typed [`Reason`] why it could not be used, told in
//! the page's language when shown. One
//! entry point, so the drop zone, the file pickers, paste and the demo all
//! take the same path and a bad file never disturbs what is already loaded.
//! A table's kind is recognised once, from its labels, by the one list of
//! kinds in [`kinds`].

pub mod kinds;

use crate::explain::import::{ExplanationError, ExplanationImport};
use crate::finance::import::{FinanceError, FinanceImport};
use crate::finance::treasury::{TreasuryError, TreasuryImport};
use crate::fr1::import::{Fr1Error, Fr1Import};
use crate::fr1::model::{Fr1Meta, Fr1Report};
use crate::fr1::schema::Report;
use crate::frames::import::{Fr1BaseError, FrameImportError};
use crate::frames::session::FramesSession;
use crate::goals::import::{GoalsError, GoalsImport};
use crate::i18n::{sheet_list, Lang, Msg};
use crate::import::error::{ImportError, WorkerFault};
use crate::import::grid::Grid;
use crate::import::{classify, read_text_grids, text::read_pasted};
use crate::ledger::import::{LedgerError, LedgerImport};
use crate::share::{self, ShareError, SharedState};
use crate::staff::import::{StaffError, StaffImport};

/// What one input turned out to be.
#[derive(Debug, Clone, PartialEq)]
pub enum Intake {
    Fr1(Box<Fr1Import>),
    /// The finance administration's result table.
    Finance(Box<FinanceImport>),
    /// The officer's explanations table.
    Explanations(Box<ExplanationImport>),
    /// A ledger pivot: the accounts behind the kontoslag.
    Ledger(Box<LedgerImport>),
    /// The treasury tables of a year-end report.
    Treasury(Box<TreasuryImport>),
    /// A frame table, read into a new budget-frames session.
    Frames(Box<FramesSession>),
    Saved(Box<SharedState>),
    /// A goal system's export of indicators.
    Goals(Box<GoalsImport>),
    /// An HR system's staff statistics.
    Staff(Box<StaffImport>),
}

/// A file (or link, or export) the app could not use, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub file: String,
    pub reason: Reason,
}

impl Refusal {
    pub fn new(file: impl Into<String>, reason: impl Into<Reason>) -> Refusal {
        Refusal {
            file: file.into(),
            reason: reason.into(),
        }
    }

    /// Why, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        self.reason.text(lang)
    }
}

/// Why something was refused; each kind is told in the page's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The bytes could not be read into grids.
    Import(ImportError),
    /// Grids with no table of any kind the intake reads.
    Unrecognised { file: String, sheets: Vec<String> },
    /// Grids recognised as an FR1 whose table could not be read.
    Fr1(Fr1Error),
    /// Grids recognised as a finance table that could not be read.
    Finance(FinanceError),
    /// A saved state or link that does not open.
    Saved(ShareError),
    /// Grids recognised as a frame table with no frame rows under it.
    Frames(FrameImportError),
    /// FR1 budgets that cannot become a frames base year.
    Fr1Base(Fr1BaseError),
    /// A frames base with no year to start from.
    NoBaseYears,
    /// The Excel writer stopped.
    XlsxStopped,
    /// The Excel writer failed; `detail` is its own explanation.
    XlsxFailed { detail: String },
    /// The spreadsheet worker, which writes Excel files, gave no answer.
    XlsxNoAnswer(WorkerFault),
    /// A chart could not be drawn as PNG.
    Png,
    /// The part of the app that reads files could not be fetched.
    PartUnavailable,
    /// A goal table without a column it needs.
    Goals(GoalsError),
    /// An HR extract with no table the app knows.
    Staff(StaffError),
    /// An explanations table without its columns.
    Explanations(ExplanationError),
    /// A ledger pivot without its columns.
    Ledger(LedgerError),
    /// Treasury tables with no table under their titles.
    Treasury(TreasuryError),
}

impl Reason {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Reason::Import(e) => e.text(lang),
            Reason::Unrecognised { file, sheets } => {
                let kinds: Vec<&str> = kinds::KINDS
                    .iter()
                    .map(|k| k.looks_for().text(lang))
                    .collect();
                Msg::RefNoKind.fill(
                    lang,
                    &[
                        ("file", file),
                        ("sheets", &sheet_list(lang, sheets)),
                        ("kinds", &kinds.join("; ")),
                    ],
                )
            }
            Reason::Fr1(e) => e.text(lang),
            Reason::Finance(e) => e.text(lang),
            Reason::Saved(e) => e.text(lang),
            Reason::Frames(e) => e.text(lang),
            Reason::Fr1Base(e) => e.text(lang),
            Reason::NoBaseYears => Msg::FrNoYears.text(lang).to_string(),
            Reason::XlsxStopped => Msg::RefXlsxStopped.text(lang).to_string(),
            Reason::XlsxFailed { detail } => Msg::RefXlsxFailed.fill(lang, &[("detail", detail)]),
            Reason::XlsxNoAnswer(fault) => {
                Msg::RefXlsxFailed.fill(lang, &[("detail", fault.text(lang))])
            }
            Reason::Png => Msg::PngFailed.text(lang).to_string(),
            Reason::PartUnavailable => Msg::PartUnavailable.text(lang).to_string(),
            Reason::Goals(e) => e.text(lang),
            Reason::Staff(e) => e.text(lang),
            Reason::Explanations(e) => e.text(lang),
            Reason::Ledger(e) => e.text(lang),
            Reason::Treasury(e) => e.text(lang),
        }
    }
}

impl From<ImportError> for Reason {
    fn from(e: ImportError) -> Self {
        Reason::Import(e)
    }
}

impl From<Fr1Error> for Reason {
    fn from(e: Fr1Error) -> Self {
        Reason::Fr1(e)
    }
}

impl From<FinanceError> for Reason {
    fn from(e: FinanceError) -> Self {
        Reason::Finance(e)
    }
}

impl From<ShareError> for Reason {
    fn from(e: ShareError) -> Self {
        Reason::Saved(e)
    }
}

impl From<FrameImportError> for Reason {
    fn from(e: FrameImportError) -> Self {
        Reason::Frames(e)
    }
}

impl From<Fr1BaseError> for Reason {
    fn from(e: Fr1BaseError) -> Self {
        Reason::Fr1Base(e)
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
    if share::is_share_file(bytes) {
        return Step::Done(
            share::decode_file(bytes)
                .map(|s| Intake::Saved(Box::new(s)))
                .map_err(|e| Refusal::new(file_name, e)),
        );
    }
    match classify(file_name, bytes) {
        Ok(kind) if kind.is_workbook() => Step::Workbook,
        Ok(_) => Step::Done(intake_grids(file_name, read_text_grids(file_name, bytes))),
        Err(e) => Step::Done(Err(Refusal::new(file_name, e))),
    }
}

/// What the grids read from the file `file_name` (or the reason they could
/// not be read) give the app.
pub fn intake_grids(
    file_name: &str,
    grids: Result<Vec<Grid>, ImportError>,
) -> Result<Intake, Refusal> {
    let grids = grids.map_err(|e| Refusal::new(file_name, e))?;
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

/// The first kind of table the grids are recognised as, read as that kind;
/// grids no kind recognises are refused saying what each kind looks for.
fn from_grids(file_name: &str, grids: &[Grid]) -> Result<Intake, Reason> {
    match kinds::KINDS.into_iter().find(|k| k.recognise(grids)) {
        Some(kind) => kind.read(file_name, grids),
        None => Err(kinds::unrecognised(file_name, grids)),
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

/// Gives the loaded import at `index` the metadata the person filled in
/// and checks it again ([`Fr1Import::with_meta`]); a half that now names
/// the förvaltning and period of a loaded other half joins it, in that
/// half's place.
pub fn fill_in_meta(imports: &mut Vec<Fr1Import>, index: usize, meta: Fr1Meta) {
    if index >= imports.len() {
        return;
    }
    let import = imports.remove(index).with_meta(meta);
    match place(imports.iter().map(|i| &i.report), &import.report) {
        Placement::Completes(j) => {
            let first = imports.remove(j);
            imports.insert(j, first.with_other_half(import));
        }
        _ => imports.insert(index, import),
    }
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
