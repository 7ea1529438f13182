//! What an import found, as data: how serious it is ([`Severity`]), the cell
//! it is about ([`Position`], shown as `Utfall!K14`), what kind of thing it
//! is and the figures involved ([`FindingKind`]). FR1 reports, the finance
//! administration's table and frame tables all report through this one
//! type; the sentence comes from the translation table in the page's
//! language only when it is shown, so code can branch on the kind and the
//! English page reads English.

use crate::format;
use crate::fr1::meta_field::MetaField;
use crate::fr1::schema::{Group, Part, Report, Row, ROW_SUMS};
use crate::goals::finding::GoalFinding;
use crate::i18n::{Lang, Msg};
use crate::import::grid::{column_letters, Grid};
use crate::import::number::NumberError;
use crate::money::{AmountScale, Money};
use crate::staff::finding::StaffFinding;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// How much a finding matters to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    /// Worth knowing, nothing wrong (a rounding difference, a unit
    /// converted).
    Info,
    /// Probably fine but worth a look, or a cell left out.
    Warning,
    /// The file disagrees with itself or a figure could not be read.
    Error,
}

/// One cell of a sheet: 0-based row and column. Shown, and stored in links,
/// as the spreadsheet names it (`Utfall!K14`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Position {
    pub sheet: String,
    pub row: usize,
    pub col: usize,
}

impl Position {
    pub fn new(sheet: &str, row: usize, col: usize) -> Position {
        Position {
            sheet: sheet.to_string(),
            row,
            col,
        }
    }

    /// The cell at `row`, `col` of `grid`.
    pub fn in_grid(grid: &Grid, row: usize, col: usize) -> Position {
        Position::new(&grid.sheet, row, col)
    }

    /// `Utfall!K14` back to a position; `None` for anything else.
    pub fn parse(text: &str) -> Option<Position> {
        let (sheet, cell) = text.rsplit_once('!')?;
        let digits = cell.find(|c: char| c.is_ascii_digit())?;
        let (letters, number) = cell.split_at(digits);
        if letters.is_empty()
            || letters.len() > 3
            || !letters.bytes().all(|b| b.is_ascii_uppercase())
        {
            return None;
        }
        let col = letters
            .bytes()
            .fold(0usize, |n, b| n * 26 + usize::from(b - b'A' + 1))
            - 1;
        let row = number.parse::<usize>().ok()?.checked_sub(1)?;
        Some(Position::new(sheet, row, col))
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}!{}{}",
            self.sheet,
            column_letters(self.col),
            self.row + 1
        )
    }
}

impl Serialize for Position {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Position {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Position::parse(&text)
            .ok_or_else(|| serde::de::Error::custom("a cell reference such as Utfall!K14"))
    }
}

/// One figure of an FR1 report: which report, row, group and part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct At {
    pub report: Report,
    pub row: Row,
    pub group: Group,
    pub part: Part,
}

impl At {
    /// `Drift, Totalt, Budget ackumulerat`: the form's own terms.
    pub fn describe(self) -> String {
        format!(
            "{}, {}, {}",
            self.row.full_label(),
            self.part.label(),
            self.group.short_name(self.report)
        )
    }
}

/// Which identity of the FR1 form a figure was checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Identity {
    /// Externt + Internt = Totalt.
    Parts,
    /// The row `total` is the sum of its terms ([`ROW_SUMS`]).
    RowSum { total: Row },
    /// A variance column is `reference − actual`.
    GroupDiff { reference: Group, actual: Group },
}

/// The line of the finance administration's table a check is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FinanceCheck {
    /// A row's stated variance against actual − budget.
    Variance { label: String, report: Report },
    /// The Summa row's `figure` (actual, budget or variance) against its
    /// lines.
    Total {
        label: String,
        figure: Group,
        report: Report,
    },
}

/// Why the finance administration's table was read with the sign rule it
/// was, when it does not say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SignGuess {
    /// Skatteintäkter are negative: FR1's rule.
    NegativeTax,
    /// Skatteintäkter are positive: the result's rule.
    PositiveTax,
    /// Nothing to go by: the result's rule.
    NoTax,
}

/// What was found, with the figures involved. The frame table's kinds come
/// first and keep their order: frames sessions (with their findings) are
/// stored in share format 4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FindingKind {
    /// Frames: the title names no unit; amounts are read as tkr.
    NoUnit { sheet: String },
    /// Frames: a year column header seen twice; the later column is left out.
    DuplicateYear { year: i32 },
    /// Frames: a year cell that is not an amount; it is left out.
    NotAnAmount { text: String, year: i32 },
    /// Frames: a row whose label is no frame line; it is left out.
    UnknownRow { text: String },
    /// Frames: a line before any förvaltning; it is left out.
    NoForvaltning { line: String },
    /// Frames: a förvaltning's line given twice; the second is left out.
    DuplicateLine { line: String, forvaltning: String },
    /// Frames: a Summa off its lines by no more than rounding.
    SummaRounding {
        label: String,
        year: i32,
        diff: Decimal,
        unit: AmountScale,
    },
    /// Frames: a Summa off its lines by more than rounding.
    SummaMismatch {
        label: String,
        year: i32,
        stated: Decimal,
        derived: Decimal,
        unit: AmountScale,
    },
    /// Frames: a Summa row naming nothing above it.
    SummaUnmatched { label: String },
    /// Frames: another sheet gives a different amount for a line's year;
    /// the first sheet's is kept.
    YearConflict {
        line: String,
        year: i32,
        kept: Decimal,
        other: Decimal,
        sheet: String,
    },
    /// Frames: a sheet in another unit than the first; converted exactly.
    OtherUnit {
        sheet: String,
        from: AmountScale,
        to: AmountScale,
    },
    /// Frames: a Summa whose lines add up past `Decimal`'s range: not
    /// checked.
    SummaTooLarge { label: String, year: i32 },

    /// FR1: a figure differs from what an identity gives by rounding.
    Rounding {
        at: At,
        identity: Identity,
        computed: Decimal,
        stated: Decimal,
        unit: AmountScale,
    },
    /// FR1: a figure differs from what an identity gives by more.
    Mismatch {
        at: At,
        identity: Identity,
        computed: Decimal,
        stated: Decimal,
        unit: AmountScale,
    },
    /// FR1: an identity's terms leave `Decimal`'s range.
    OutOfRange { at: At, identity: Identity },
    /// FR1: Budget ackumulerat is not Budget helår × months / 12.
    UnevenBudget {
        at: At,
        full_year: Decimal,
        months: u8,
        expected: Decimal,
        stated: Decimal,
        unit: AmountScale,
    },
    /// FR1: a cell under the table's columns that is not an amount.
    BadFigure { at: At, problem: NumberError },
    /// FR1: the table has only Totalt columns.
    TotalOnly { report: Report },
    /// FR1: a second table of the same report; the first (at `used`) is
    /// read.
    SecondTable { report: Report, used: Position },
    /// FR1: headers that name neither report; read as Utfall.
    ReportGuessed,
    /// FR1: a row with figures whose label the form does not have.
    RowNotInForm { report: Report, text: String },
    /// FR1: a row given twice; the first (on the sheet's row `first`,
    /// 1-based) is read.
    RowRepeated {
        report: Report,
        row: Row,
        first: usize,
    },
    /// FR1: rows of the form the table lacks.
    RowsMissing { report: Report, rows: Vec<Row> },
    /// FR1 or finance table: a metadata field (`Period:`) that cannot be
    /// read.
    MetaUnreadable { field: MetaField, value: String },
    /// FR1 or finance table: a metadata field given twice, differently.
    MetaConflict {
        field: MetaField,
        shown: String,
        first: String,
        first_at: String,
    },

    /// Finance table: a cell that is not an amount on the line `label`.
    FinanceBadFigure { label: String, problem: NumberError },
    /// Finance table: no period.
    FinanceNoPeriod,
    /// Finance table: no unit; read in tkr.
    FinanceNoUnit,
    /// Finance table: only a year; read as December of it.
    FinanceYearOnly { year: i32 },
    /// Finance table: sign notes that contradict each other.
    FinanceSignsConflict,
    /// Finance table: no sign note; the rule was chosen as `guess` says.
    FinanceNoSignRule { guess: SignGuess },
    /// Finance table: a stated figure off its derivation by rounding.
    FinanceRounding {
        check: FinanceCheck,
        derived: Decimal,
        stated: Decimal,
        unit: AmountScale,
    },
    /// Finance table: a stated figure off its derivation by more.
    FinanceMismatch {
        check: FinanceCheck,
        derived: Decimal,
        stated: Decimal,
        unit: AmountScale,
    },
    /// Frames: a Summa row whose name is not its block's: it closes the
    /// block it stands under (`closes`), by position. Last in the enum, as
    /// the share format numbers the kinds in order.
    SummaNameDiffers { label: String, closes: String },
    /// Goal export ([`crate::goals::finding`]).
    Goal(GoalFinding),
    /// HR extract ([`crate::staff::finding`]).
    Staff(StaffFinding),
    /// Explanations: the Belopp column names no unit; read in tkr.
    ExplNoUnit,
    /// Explanations: a row naming no förvaltning; left out.
    ExplUnknownOwner { text: String },
    /// Explanations: a period that cannot be read; the row is left out.
    ExplBadPeriod { text: String },
    /// Explanations: an Avsnitt other than Utfall or Prognos; left out.
    ExplBadSection { text: String },
    /// Explanations: an Område the app does not know; left out.
    ExplUnknownTopic { text: String },
    /// Explanations: a Belopp that is not an amount; the row is left out.
    ExplBadAmount { problem: NumberError },
    /// Explanations: a text longer than a cell may be; left out.
    ExplTextTooLong { chars: usize },
    /// Explanations: a row without a text; left out.
    ExplNoText,
    /// Explanations: a förvaltning no loaded report is for; left out.
    ExplUnitNotLoaded { unit: String },

    /// Ledger pivot: a cell that is not an amount on the row `label`.
    LedgerBadFigure { label: String, problem: NumberError },
    /// Ledger pivot: a row label without an account code; left out.
    LedgerUnknownRow { text: String },
    /// Ledger pivot: the title names no unit; read in tkr.
    LedgerNoUnit,
    /// Ledger pivot: a parent (or Diff) that its rows do not add up to.
    LedgerSum {
        label: String,
        column: String,
        stated: Decimal,
        derived: Decimal,
    },
    /// Ledger pivot: its rows differ from the FR1's by rounding.
    LedgerRounding {
        rows: Vec<Row>,
        group: Group,
        pivot: Decimal,
        fr1: Decimal,
        fr1_file: String,
        unit: AmountScale,
    },
    /// Ledger pivot: its rows differ from the FR1's by more.
    LedgerMismatch {
        rows: Vec<Row>,
        group: Group,
        pivot: Decimal,
        fr1: Decimal,
        fr1_file: String,
        unit: AmountScale,
    },

    /// Treasury table: a cell that is not an amount on the line `label`.
    TreasuryBadFigure { label: String, problem: NumberError },
    /// Treasury table: no unit; read in tkr.
    TreasuryNoUnit,
    /// Treasury table: a Summa off its lines by rounding.
    TreasuryRounding {
        table: String,
        column: String,
        stated: Decimal,
        derived: Decimal,
        unit: AmountScale,
    },
    /// Treasury table: a Summa off its lines by more.
    TreasuryMismatch {
        table: String,
        column: String,
        stated: Decimal,
        derived: Decimal,
        unit: AmountScale,
    },
}

/// One finding, at its cell when it has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    /// The cell the finding is about, shown once beside its text.
    pub cell: Option<Position>,
    pub kind: FindingKind,
}

impl Finding {
    /// A finding at `cell` (or about the whole file or sheet), with the
    /// severity its kind has.
    pub fn new(cell: Option<Position>, kind: FindingKind) -> Finding {
        Finding {
            severity: kind.severity(),
            cell,
            kind,
        }
    }

    /// A finding at `cell`.
    pub fn at(cell: Position, kind: FindingKind) -> Finding {
        Finding::new(Some(cell), kind)
    }

    /// A finding about a whole file or sheet.
    pub fn whole(kind: FindingKind) -> Finding {
        Finding::new(None, kind)
    }

    /// `Utfall!K14`, when the finding has a cell.
    pub fn cell_name(&self) -> Option<String> {
        self.cell.as_ref().map(ToString::to_string)
    }

    /// The figure of an FR1 report the finding is about.
    pub fn figure(&self) -> Option<At> {
        match &self.kind {
            FindingKind::Rounding { at, .. }
            | FindingKind::Mismatch { at, .. }
            | FindingKind::OutOfRange { at, .. }
            | FindingKind::UnevenBudget { at, .. }
            | FindingKind::BadFigure { at, .. } => Some(*at),
            _ => None,
        }
    }

    /// The FR1 report (Utfall or Prognos) the finding is about.
    pub fn report(&self) -> Option<Report> {
        match &self.kind {
            FindingKind::TotalOnly { report }
            | FindingKind::SecondTable { report, .. }
            | FindingKind::RowNotInForm { report, .. }
            | FindingKind::RowRepeated { report, .. }
            | FindingKind::RowsMissing { report, .. } => Some(*report),
            FindingKind::ReportGuessed => Some(Report::Utfall),
            _ => self.figure().map(|at| at.report),
        }
    }

    /// The finding in `lang`, without its cell.
    pub fn text(&self, lang: Lang) -> String {
        self.kind.text(lang)
    }

    /// `Cell: text`, the cell named once.
    pub fn line(&self, lang: Lang) -> String {
        match &self.cell {
            Some(c) => format!("{c}: {}", self.text(lang)),
            None => self.text(lang),
        }
    }
}

impl FindingKind {
    pub fn severity(&self) -> Severity {
        use FindingKind::*;
        match self {
            NoUnit { .. }
            | SummaRounding { .. }
            | SummaNameDiffers { .. }
            | OtherUnit { .. }
            | Rounding { .. }
            | TotalOnly { .. }
            | FinanceYearOnly { .. }
            | FinanceRounding { .. }
            | LedgerRounding { .. }
            | TreasuryRounding { .. }
            | Goal(GoalFinding::Disagrees { .. })
            | Staff(StaffFinding::NoTotal { .. } | StaffFinding::Differs { rounding: true, .. }) => {
                Severity::Info
            }
            Mismatch { .. }
            | OutOfRange { .. }
            | BadFigure { .. }
            | FinanceBadFigure { .. }
            | FinanceMismatch { .. }
            | LedgerSum { .. }
            | LedgerBadFigure { .. }
            | TreasuryBadFigure { .. }
            | TreasuryMismatch { .. } => Severity::Error,
            _ => Severity::Warning,
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        use FindingKind::*;
        let y = |y: &i32| y.to_string();
        let ex = |d: &Decimal| format::exact(*d);
        match self {
            NoUnit { sheet } => Msg::FrFindNoUnit.fill(lang, &[("sheet", sheet)]),
            DuplicateYear { year } => Msg::FrFindDuplicateYear.fill(lang, &[("year", &y(year))]),
            NotAnAmount { text, year } => {
                Msg::FrFindNotAmount.fill(lang, &[("text", text), ("year", &y(year))])
            }
            UnknownRow { text } => Msg::FrFindUnknownRow.fill(lang, &[("text", text)]),
            NoForvaltning { line } => Msg::FrFindNoForvaltning.fill(lang, &[("line", line)]),
            DuplicateLine { line, forvaltning } => {
                Msg::FrFindDuplicateLine.fill(lang, &[("line", line), ("unit", forvaltning)])
            }
            SummaRounding {
                label,
                year,
                diff,
                unit,
            } => Msg::FrFindSummaRounding.fill(
                lang,
                &[
                    ("label", label),
                    ("year", &y(year)),
                    ("diff", &ex(diff)),
                    ("unit", unit.short()),
                ],
            ),
            SummaMismatch {
                label,
                year,
                stated,
                derived,
                unit,
            } => match stated.checked_sub(*derived) {
                Some(diff) => Msg::FrFindSummaMismatch.fill(
                    lang,
                    &[
                        ("label", label),
                        ("year", &y(year)),
                        ("stated", &ex(stated)),
                        ("derived", &ex(derived)),
                        ("diff", &ex(&diff.abs())),
                        ("unit", unit.short()),
                    ],
                ),
                // Only a finding decoded from a link or storage gets here.
                None => {
                    Msg::FrFindSummaTooLarge.fill(lang, &[("label", label), ("year", &y(year))])
                }
            },
            SummaUnmatched { label } => Msg::FrFindSummaUnmatched.fill(lang, &[("label", label)]),
            SummaNameDiffers { label, closes } => {
                Msg::FrFindSummaNameDiffers.fill(lang, &[("label", label), ("closes", closes)])
            }
            YearConflict {
                line,
                year,
                kept,
                other,
                sheet,
            } => Msg::FrFindYearConflict.fill(
                lang,
                &[
                    ("line", line),
                    ("year", &y(year)),
                    ("kept", &ex(kept)),
                    ("other", &ex(other)),
                    ("sheet", sheet),
                ],
            ),
            OtherUnit { sheet, from, to } => Msg::FrFindOtherUnit.fill(
                lang,
                &[("sheet", sheet), ("from", from.short()), ("to", to.short())],
            ),
            SummaTooLarge { label, year } => {
                Msg::FrFindSummaTooLarge.fill(lang, &[("label", label), ("year", &y(year))])
            }
            Rounding {
                at,
                identity,
                computed,
                stated,
                unit,
            } => compared(
                Msg::FindRounding,
                lang,
                *at,
                *identity,
                *computed,
                *stated,
                *unit,
            ),
            Mismatch {
                at,
                identity,
                computed,
                stated,
                unit,
            } => compared(
                Msg::FindMismatch,
                lang,
                *at,
                *identity,
                *computed,
                *stated,
                *unit,
            ),
            OutOfRange { at, identity } => Msg::FindOutOfRange.fill(
                lang,
                &[
                    ("at", &at.describe()),
                    ("what", &identity.computed(at.report, lang)),
                ],
            ),
            UnevenBudget {
                at,
                full_year,
                months,
                expected,
                stated,
                unit,
            } => {
                let fig = figures(&[*full_year, *expected, *stated]);
                Msg::FindUnevenBudget.fill(
                    lang,
                    &[
                        ("at", &at.describe()),
                        ("full_year", &fig(*full_year)),
                        ("months", &months.to_string()),
                        ("expected", &fig(*expected)),
                        ("stated", &fig(*stated)),
                        ("diff", &fig((*stated - *expected).abs())),
                        ("unit", unit.short()),
                    ],
                )
            }
            BadFigure { at, problem } => format!("{}: {}", at.describe(), problem.text(lang)),
            TotalOnly { .. } => Msg::FindTotalOnly.text(lang).to_string(),
            SecondTable { report, used } => Msg::FindSecondTable.fill(
                lang,
                &[("report", report.sheet_name()), ("used", &used.to_string())],
            ),
            ReportGuessed => Msg::FindReportGuessed.text(lang).to_string(),
            RowNotInForm { text, .. } => Msg::FindRowNotInForm.fill(lang, &[("text", text)]),
            RowRepeated { row, first, .. } => Msg::FindRowRepeated.fill(
                lang,
                &[("row", &row.full_label()), ("first", &first.to_string())],
            ),
            RowsMissing { rows, .. } => {
                let rows: Vec<String> = rows.iter().map(|r| r.full_label()).collect();
                Msg::FindRowsMissing.fill(lang, &[("rows", &rows.join(", "))])
            }
            MetaUnreadable { field, value } => {
                let hint = match field {
                    MetaField::Period => Msg::FindMetaHintPeriod.text(lang),
                    MetaField::AmountUnit => Msg::FindMetaHintUnit.text(lang),
                    _ => "",
                };
                Msg::FindMetaUnreadable.fill(
                    lang,
                    &[("field", field.label()), ("value", value), ("hint", hint)],
                )
            }
            MetaConflict {
                field,
                shown,
                first,
                first_at,
            } => Msg::FindMetaConflict.fill(
                lang,
                &[
                    ("field", field.label()),
                    ("shown", shown),
                    ("first", first),
                    ("first_at", first_at),
                ],
            ),
            FinanceBadFigure { label, problem } => format!("{label}: {}", problem.text(lang)),
            FinanceNoPeriod => Msg::FindFinanceNoPeriod.text(lang).to_string(),
            FinanceNoUnit => Msg::FindFinanceNoUnit.text(lang).to_string(),
            FinanceYearOnly { year } => Msg::FindFinanceYearOnly.fill(lang, &[("year", &y(year))]),
            FinanceSignsConflict => Msg::FindFinanceSignsConflict.text(lang).to_string(),
            FinanceNoSignRule { guess } => {
                let why = match guess {
                    SignGuess::NegativeTax => Msg::FindSignsNegativeTax,
                    SignGuess::PositiveTax => Msg::FindSignsPositiveTax,
                    SignGuess::NoTax => Msg::FindSignsNoTax,
                };
                Msg::FindFinanceNoSignRule.fill(lang, &[("why", why.text(lang))])
            }
            FinanceRounding {
                check,
                derived,
                stated,
                unit,
            } => finance_compared(
                Msg::FindFinanceRounding,
                lang,
                check,
                *derived,
                *stated,
                *unit,
            ),
            FinanceMismatch {
                check,
                derived,
                stated,
                unit,
            } => finance_compared(
                Msg::FindFinanceMismatch,
                lang,
                check,
                *derived,
                *stated,
                *unit,
            ),
            Goal(g) => g.text(lang),
            Staff(s) => s.text(lang),
            ExplNoUnit => Msg::FindExplNoUnit.text(lang).to_string(),
            ExplUnknownOwner { text } => Msg::FindExplUnknownOwner.fill(lang, &[("text", text)]),
            ExplBadPeriod { text } => Msg::FindExplBadPeriod.fill(lang, &[("text", text)]),
            ExplBadSection { text } => Msg::FindExplBadSection.fill(lang, &[("text", text)]),
            ExplUnknownTopic { text } => Msg::FindExplUnknownTopic.fill(lang, &[("text", text)]),
            ExplBadAmount { problem } => problem.text(lang),
            ExplTextTooLong { chars } => Msg::FindExplTooLong.fill(
                lang,
                &[
                    ("chars", &chars.to_string()),
                    ("max", &crate::import::limits::MAX_TEXT_CHARS.to_string()),
                ],
            ),
            ExplNoText => Msg::FindExplNoText.text(lang).to_string(),
            ExplUnitNotLoaded { unit } => Msg::FindExplNotLoaded.fill(lang, &[("unit", unit)]),
            LedgerBadFigure { label, problem } | TreasuryBadFigure { label, problem } => {
                format!("{label}: {}", problem.text(lang))
            }
            LedgerUnknownRow { text } => Msg::FindLedgerUnknownRow.fill(lang, &[("text", text)]),
            LedgerNoUnit | TreasuryNoUnit => Msg::FindTableNoUnit.text(lang).to_string(),
            LedgerSum {
                label,
                column,
                stated,
                derived,
            } => {
                let fig = figures(&[*stated, *derived]);
                Msg::FindLedgerSum.fill(
                    lang,
                    &[
                        ("label", label),
                        ("column", column),
                        ("stated", &fig(*stated)),
                        ("derived", &fig(*derived)),
                    ],
                )
            }
            LedgerRounding {
                rows,
                group,
                pivot,
                fr1,
                fr1_file,
                unit,
            }
            | LedgerMismatch {
                rows,
                group,
                pivot,
                fr1,
                fr1_file,
                unit,
            } => {
                let msg = if matches!(self, LedgerRounding { .. }) {
                    Msg::FindLedgerRounding
                } else {
                    Msg::FindLedgerMismatch
                };
                let rows: Vec<String> = rows.iter().map(|r| r.full_label()).collect();
                let place = format!(
                    "{fr1_file}, {}, {}, {}, {}",
                    Report::Utfall.sheet_name(),
                    rows.join(" + "),
                    Part::Totalt.label(),
                    group.short_name(Report::Utfall)
                );
                let fig = figures(&[*pivot, *fr1]);
                msg.fill(
                    lang,
                    &[
                        ("pivot", &fig(*pivot)),
                        ("place", &place),
                        ("fr1", &fig(*fr1)),
                        ("diff", &fig((*pivot - *fr1).abs())),
                        ("unit", unit.short()),
                    ],
                )
            }
            TreasuryRounding {
                table,
                column,
                stated,
                derived,
                unit,
            }
            | TreasuryMismatch {
                table,
                column,
                stated,
                derived,
                unit,
            } => {
                let msg = if matches!(self, TreasuryRounding { .. }) {
                    Msg::FindTreasuryRounding
                } else {
                    Msg::FindTreasuryMismatch
                };
                let fig = figures(&[*stated, *derived]);
                let what = if column.is_empty() {
                    table.clone()
                } else {
                    format!("{table}, {column}")
                };
                msg.fill(
                    lang,
                    &[
                        ("what", &what),
                        ("stated", &fig(*stated)),
                        ("derived", &fig(*derived)),
                        ("diff", &fig((*stated - *derived).abs())),
                        ("unit", unit.short()),
                    ],
                )
            }
        }
    }
}

/// Formats each of a message's figures with as many decimals as the most
/// precise of `all`.
fn figures(all: &[Decimal]) -> impl Fn(Decimal) -> String {
    let monies: Vec<Money> = all.iter().map(|d| Money(*d)).collect();
    let decimals = shown_decimals(&monies);
    move |d| format::amount(d, decimals)
}

impl Identity {
    /// What the identity computes: `delraderna summerar till`.
    fn computed(self, report: Report, lang: Lang) -> String {
        match self {
            Identity::Parts => Msg::FindSumParts.text(lang).to_string(),
            Identity::RowSum { total } => {
                let sum = ROW_SUMS.iter().find(|s| s.total == total);
                let terms = sum.map_or("", |s| s.terms_name.text(lang));
                let msg = if sum.is_some_and(|s| s.terms.len() == 1) {
                    Msg::FindSumTerm
                } else {
                    Msg::FindSumTerms
                };
                msg.fill(lang, &[("terms", terms)])
            }
            Identity::GroupDiff { reference, actual } => Msg::FindDiffGives.fill(
                lang,
                &[
                    ("reference", reference.short_name(report)),
                    ("actual", &actual.short_name(report).to_lowercase()),
                ],
            ),
        }
    }

    /// What states the figure: `raden anger`.
    fn stated(self) -> Msg {
        match self {
            Identity::Parts => Msg::FindStatedTotal,
            Identity::RowSum { .. } => Msg::FindStatedRow,
            Identity::GroupDiff { .. } => Msg::FindStatedColumn,
        }
    }
}

fn compared(
    msg: Msg,
    lang: Lang,
    at: At,
    identity: Identity,
    computed: Decimal,
    stated: Decimal,
    unit: AmountScale,
) -> String {
    let fig = figures(&[computed, stated]);
    msg.fill(
        lang,
        &[
            ("at", &at.describe()),
            ("what", &identity.computed(at.report, lang)),
            ("computed", &fig(computed)),
            ("stated_what", identity.stated().text(lang)),
            ("stated", &fig(stated)),
            ("diff", &fig((stated - computed).abs())),
            ("unit", unit.short()),
        ],
    )
}

fn finance_compared(
    msg: Msg,
    lang: Lang,
    check: &FinanceCheck,
    derived: Decimal,
    stated: Decimal,
    unit: AmountScale,
) -> String {
    let half = |report: &Report| match report {
        Report::Utfall => Msg::FindHalfYtd.text(lang),
        Report::Prognos => Msg::FindHalfYear.text(lang),
    };
    let what = match check {
        FinanceCheck::Variance { label, report } => {
            Msg::FindFinanceVariance.fill(lang, &[("label", label), ("half", half(report))])
        }
        FinanceCheck::Total {
            label,
            figure,
            report,
        } => {
            let name = match figure {
                Group::Actual => Msg::FindFigureActual,
                Group::Budget => Msg::FindFigureBudget,
                _ => Msg::FindFigureVariance,
            };
            Msg::FindFinanceTotal.fill(
                lang,
                &[
                    ("label", label),
                    ("name", name.text(lang)),
                    ("half", half(report)),
                ],
            )
        }
    };
    let fig = figures(&[derived, stated]);
    msg.fill(
        lang,
        &[
            ("what", &what),
            ("derived", &fig(derived)),
            ("stated", &fig(stated)),
            ("diff", &fig((stated - derived).abs())),
            ("unit", unit.short()),
        ],
    )
}

/// Decimals to show the figures of one message with: as many as the most
/// precise of them has, at most three.
fn shown_decimals(figures: &[Money]) -> u32 {
    figures
        .iter()
        .map(|m| m.0.normalize().scale())
        .max()
        .unwrap_or(0)
        .min(3)
}
