//! What reading a frame table found on the way, as data: a severity, the
//! cell (named once, by the finding, never inside its text) and what was
//! found. The text comes from the translation table in the page's
//! language, so the same finding reads in Swedish or English.
//!
//! Nothing here refuses a table: a cell that is not an amount or a row that
//! is not a frame line is left out with a warning, and a Summa that
//! disagrees with its lines is a note (rounding) or a warning.

use crate::format::exact;
use crate::i18n::{Lang, Msg};
use crate::money::Unit;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How much a finding matters to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    /// Worth knowing, e.g. a Summa off by rounding.
    Note,
    /// The file disagrees with itself, or a cell was left out.
    Warning,
}

/// What was found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum FindingKind {
    /// The title names no unit; amounts are read as tkr.
    NoUnit { sheet: String },
    /// A year column header seen twice; the later column is left out.
    DuplicateYear { year: i32 },
    /// A year cell that is not an amount; it is left out.
    NotAnAmount { text: String, year: i32 },
    /// A row whose label is no frame line; it is left out.
    UnknownRow { text: String },
    /// A line before any förvaltning; it is left out.
    NoForvaltning { line: String },
    /// A förvaltning's line given twice; the second is left out.
    DuplicateLine { line: String, forvaltning: String },
    /// A Summa off its lines by no more than rounding.
    SummaRounding {
        label: String,
        year: i32,
        diff: Decimal,
        unit: Unit,
    },
    /// A Summa off its lines by more than rounding.
    SummaMismatch {
        label: String,
        year: i32,
        stated: Decimal,
        derived: Decimal,
        unit: Unit,
    },
    /// A Summa row naming nothing above it.
    SummaUnmatched { label: String },
    /// Another sheet gives a different amount for a line's year; the first
    /// sheet's is kept.
    YearConflict {
        line: String,
        year: i32,
        kept: Decimal,
        other: Decimal,
        sheet: String,
    },
    /// A sheet in another unit than the first; converted exactly.
    OtherUnit { sheet: String, from: Unit, to: Unit },
    /// A Summa whose lines add up past `Decimal`'s range: not checked.
    SummaTooLarge { label: String, year: i32 },
}

/// One finding, at its cell when it has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    /// `Ramar 2026-2028!D9`.
    pub cell: Option<String>,
    pub kind: FindingKind,
}

impl Finding {
    /// A finding at `cell`, with the severity its kind has.
    pub fn at(cell: &str, kind: FindingKind) -> Finding {
        Finding {
            severity: kind.severity(),
            cell: Some(cell.to_string()),
            kind,
        }
    }

    /// A finding about a whole sheet.
    pub fn sheet(kind: FindingKind) -> Finding {
        Finding {
            severity: kind.severity(),
            cell: None,
            kind,
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
        match self {
            FindingKind::NoUnit { .. }
            | FindingKind::SummaRounding { .. }
            | FindingKind::OtherUnit { .. } => Severity::Note,
            _ => Severity::Warning,
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        let y = |y: &i32| y.to_string();
        match self {
            FindingKind::NoUnit { sheet } => Msg::FrFindNoUnit.fill(lang, &[("sheet", sheet)]),
            FindingKind::DuplicateYear { year } => {
                Msg::FrFindDuplicateYear.fill(lang, &[("year", &y(year))])
            }
            FindingKind::NotAnAmount { text, year } => {
                Msg::FrFindNotAmount.fill(lang, &[("text", text), ("year", &y(year))])
            }
            FindingKind::UnknownRow { text } => Msg::FrFindUnknownRow.fill(lang, &[("text", text)]),
            FindingKind::NoForvaltning { line } => {
                Msg::FrFindNoForvaltning.fill(lang, &[("line", line)])
            }
            FindingKind::DuplicateLine { line, forvaltning } => {
                Msg::FrFindDuplicateLine.fill(lang, &[("line", line), ("unit", forvaltning)])
            }
            FindingKind::SummaRounding {
                label,
                year,
                diff,
                unit,
            } => Msg::FrFindSummaRounding.fill(
                lang,
                &[
                    ("label", label),
                    ("year", &y(year)),
                    ("diff", &exact(*diff)),
                    ("unit", unit.short()),
                ],
            ),
            FindingKind::SummaMismatch {
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
                        ("stated", &exact(*stated)),
                        ("derived", &exact(*derived)),
                        ("diff", &exact(diff.abs())),
                        ("unit", unit.short()),
                    ],
                ),
                // Only a finding decoded from a link or storage gets here.
                None => {
                    Msg::FrFindSummaTooLarge.fill(lang, &[("label", label), ("year", &y(year))])
                }
            },
            FindingKind::SummaUnmatched { label } => {
                Msg::FrFindSummaUnmatched.fill(lang, &[("label", label)])
            }
            FindingKind::YearConflict {
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
                    ("kept", &exact(*kept)),
                    ("other", &exact(*other)),
                    ("sheet", sheet),
                ],
            ),
            FindingKind::OtherUnit { sheet, from, to } => Msg::FrFindOtherUnit.fill(
                lang,
                &[("sheet", sheet), ("from", from.short()), ("to", to.short())],
            ),
            FindingKind::SummaTooLarge { label, year } => {
                Msg::FrFindSummaTooLarge.fill(lang, &[("label", label), ("year", &y(year))])
            }
        }
    }
}

/// A figure that would leave `Decimal`'s range (about ±7,9 · 10²⁸): which
/// one and for which year. The doors bound every amount far below it, so
/// only figures that bypassed them get here, and get this message instead
/// of a panic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLarge {
    /// The figure, when it has a name of its own (`Central lönepott`,
    /// `Årets resultat`).
    pub figure: Option<Msg>,
    /// Whose, or which row (`Förvaltning 1.1 Drift`, `Summa Nämnd 1`).
    pub of: String,
    pub year: i32,
}

impl TooLarge {
    /// A row of the frame table (`Summa Nämnd 1`) in `year`.
    pub fn row(of: impl Into<String>, year: i32) -> TooLarge {
        TooLarge {
            figure: None,
            of: of.into(),
            year,
        }
    }

    /// A named figure (of a förvaltning, or of the region when `of` is
    /// empty) in `year`.
    pub fn figure(figure: Msg, of: impl Into<String>, year: i32) -> TooLarge {
        TooLarge {
            figure: Some(figure),
            of: of.into(),
            year,
        }
    }
}

impl Problem for TooLarge {
    fn text(&self, lang: Lang) -> String {
        let what = self
            .figure
            .map(|m| m.text(lang))
            .into_iter()
            .chain(Some(self.of.as_str()).filter(|o| !o.is_empty()))
            .collect::<Vec<_>>()
            .join(" ");
        Msg::FrProblemTooLarge.fill(lang, &[("what", &what), ("year", &self.year.to_string())])
    }
}

/// One reason rules or inputs cannot be computed, as a sentence.
pub trait Problem {
    fn text(&self, lang: Lang) -> String;
}

/// Every problem found, read as one text (Swedish when displayed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems<P> {
    pub problems: Vec<P>,
}

impl<P: Problem> Problems<P> {
    /// `Ok(())` when there are none.
    pub fn check(problems: Vec<P>) -> Result<(), Problems<P>> {
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Problems { problems })
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        self.problems
            .iter()
            .map(|p| p.text(lang))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl<P: Problem> std::fmt::Display for Problems<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl<P: Problem + std::fmt::Debug> std::error::Error for Problems<P> {}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_cell_is_named_once() {
        let f = Finding::at(
            "Budgetramar!E5",
            FindingKind::NotAnAmount {
                text: "x".into(),
                year: 2026,
            },
        );
        let line = f.line(Lang::Sv);
        assert!(line.starts_with("Budgetramar!E5: "), "{line}");
        assert_eq!(line.matches("Budgetramar!E5").count(), 1, "{line}");
        assert_eq!(f.severity, Severity::Warning);
    }

    #[test]
    fn a_mismatch_reads_in_both_languages() {
        let kind = FindingKind::SummaMismatch {
            label: "Summa Exempelsjukhuset".into(),
            year: 2026,
            stated: dec!(1848600),
            derived: dec!(1848500),
            unit: Unit::Tkr,
        };
        assert_eq!(
            kind.text(Lang::Sv),
            "Summa Exempelsjukhuset 2026 anger 1\u{a0}848\u{a0}600 men raderna summerar till 1\u{a0}848\u{a0}500 (skillnad 100 tkr). Sidan visar filens summa."
        );
        assert!(kind
            .text(Lang::En)
            .starts_with("Summa Exempelsjukhuset 2026 states"));
    }
}
