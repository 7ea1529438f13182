//! Reads the officer's explanations table from grids of cells.
//!
//! The table is found by its labels: a header row naming Förvaltning,
//! Avsnitt, Område and Förklaring (Period and Belopp when present), in any
//! order and case. `Belopp mnkr` or `Belopp tkr` says the amounts' unit;
//! amounts are read with the importer's one number parser and kept in tkr.
//! A row that names no förvaltning, an Område the app does not know, a
//! section other than Utfall or Prognos, or a period it cannot read is a
//! finding at its cell and is left out; the rest loads.

use super::model::{Explanation, Owner, Topic};
use crate::finding::{Finding, FindingKind, Position};
use crate::fr1::meta::{hint_from_file_name, parse_period};
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{normalize_label, Report};
use crate::i18n::{Lang, Msg};
use crate::import::grid::Grid;
use crate::import::limits::MAX_TEXT_CHARS;
use crate::import::number::cell_amount;
use crate::money::{Money, Unit};

/// An explanation and the row it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    /// The row's Förvaltning cell.
    pub at: Position,
    pub explanation: Explanation,
}

/// The explanations of a table and what was noticed reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExplanationImport {
    pub source: String,
    pub rows: Vec<Imported>,
    /// In the order found; each at its cell.
    pub findings: Vec<Finding>,
}

impl ExplanationImport {
    /// What to add to the page's explanations given the loaded `reports`:
    /// every row, except those of a förvaltning no loaded report is for,
    /// which become findings at their cells (with no report loaded at
    /// all, every row is kept). Returns the explanations and all findings.
    pub fn accept(self, reports: &[Fr1Report]) -> (Vec<Explanation>, Vec<Finding>) {
        let codes: Vec<&str> = reports
            .iter()
            .filter_map(|r| r.meta.unit_id.as_ref())
            .map(|u| u.code.trim())
            .collect();
        let mut findings = self.findings;
        let mut kept = Vec::new();
        for row in self.rows {
            match &row.explanation.owner {
                Owner::Unit(id) if !codes.is_empty() && !codes.contains(&id.code.trim()) => {
                    findings.push(Finding::at(
                        row.at,
                        FindingKind::ExplUnitNotLoaded { unit: id.label() },
                    ));
                }
                _ => kept.push(row.explanation),
            }
        }
        (kept, findings)
    }
}

/// Why grids are not an explanations table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExplanationError {
    NoTable { file: String },
}

impl ExplanationError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            ExplanationError::NoTable { file } => Msg::ExplNoTable.fill(lang, &[("file", file)]),
        }
    }
}

/// The columns of the table.
#[derive(Debug, Clone, Copy)]
struct Columns {
    owner: usize,
    period: Option<usize>,
    section: usize,
    topic: usize,
    amount: Option<usize>,
    text: usize,
}

/// The header row and its columns, when `grid` has one.
fn find_header(grid: &Grid) -> Option<(usize, Columns)> {
    (0..grid.height()).find_map(|r| {
        let find = |words: &[&str]| {
            (0..grid.width()).find(|&c| {
                let label = normalize_label(grid.get(r, c).text());
                words.iter().any(|w| label.starts_with(w))
            })
        };
        Some((
            r,
            Columns {
                owner: find(&["forvaltning", "enhet"])?,
                period: find(&["period"]),
                section: find(&["avsnitt"])?,
                topic: find(&["omrade"])?,
                amount: find(&["belopp"]),
                text: find(&["forklaring", "kommentar"])?,
            },
        ))
    })
}

/// Reads the grids of `source` as an explanations table.
/// Whether the grids hold an explanations table: a header with Förklaring
/// and Område beside the förvaltning.
pub fn recognise(grids: &[Grid]) -> bool {
    grids.iter().any(|g| find_header(g).is_some())
}

pub fn import_explanations(
    source: &str,
    grids: &[Grid],
) -> Result<ExplanationImport, ExplanationError> {
    let (grid, header, cols) = grids
        .iter()
        .find_map(|g| find_header(g).map(|(r, c)| (g, r, c)))
        .ok_or_else(|| ExplanationError::NoTable {
            file: source.to_string(),
        })?;
    let mut findings = Vec::new();
    let unit = match cols.amount {
        None => Unit::Tkr,
        Some(c) => amount_unit(grid.get(header, c).text()).unwrap_or_else(|| {
            findings.push(Finding::at(
                Position::in_grid(grid, header, c),
                FindingKind::ExplNoUnit,
            ));
            Unit::Tkr
        }),
    };
    let file_period = hint_from_file_name(source).period;
    let mut rows = Vec::new();
    for r in header + 1..grid.height() {
        let cell = |c: usize| grid.get(r, c);
        let at = |c: usize| Position::in_grid(grid, r, c);
        let used = [cols.owner, cols.section, cols.topic, cols.text]
            .into_iter()
            .chain(cols.period)
            .chain(cols.amount);
        if used.into_iter().all(|c| cell(c).is_empty()) {
            continue;
        }
        let mut skip = |c: usize, kind: FindingKind| findings.push(Finding::at(at(c), kind));
        let Some(owner) = Owner::parse(cell(cols.owner).text()) else {
            skip(
                cols.owner,
                FindingKind::ExplUnknownOwner {
                    text: cell(cols.owner).display(),
                },
            );
            continue;
        };
        let period = match cols.period {
            Some(c) => parse_period(cell(c)),
            None => file_period,
        };
        let Some(period) = period else {
            skip(
                cols.period.unwrap_or(cols.owner),
                FindingKind::ExplBadPeriod {
                    text: cols.period.map(|c| cell(c).display()).unwrap_or_default(),
                },
            );
            continue;
        };
        let section_words = normalize_label(cell(cols.section).text());
        let section = if section_words.starts_with("utfall") {
            Report::Utfall
        } else if section_words.starts_with("prognos") {
            Report::Prognos
        } else {
            skip(
                cols.section,
                FindingKind::ExplBadSection {
                    text: cell(cols.section).display(),
                },
            );
            continue;
        };
        let Some(topic) = Topic::parse(cell(cols.topic).text(), &owner) else {
            skip(
                cols.topic,
                FindingKind::ExplUnknownTopic {
                    text: cell(cols.topic).display(),
                },
            );
            continue;
        };
        let amount = match cols.amount.map(|c| (c, cell_amount(cell(c)))) {
            None | Some((_, Ok(None))) => None,
            Some((_, Ok(Some(v)))) => Some(unit.convert(Money(v), Unit::Tkr)),
            Some((c, Err(problem))) => {
                skip(c, FindingKind::ExplBadAmount { problem });
                continue;
            }
        };
        let text = cell(cols.text).text().trim().to_string();
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            skip(cols.text, FindingKind::ExplTextTooLong { chars });
            continue;
        }
        if text.is_empty() {
            skip(cols.text, FindingKind::ExplNoText);
            continue;
        }
        rows.push(Imported {
            at: at(cols.owner),
            explanation: Explanation {
                owner,
                period,
                section,
                topic,
                amount,
                written_in: unit,
                text,
            },
        });
    }
    Ok(ExplanationImport {
        source: source.to_string(),
        rows,
        findings,
    })
}

/// The unit a `Belopp mnkr` (or `Belopp (tkr)`) header names.
fn amount_unit(header: &str) -> Option<Unit> {
    normalize_label(header)
        .split(' ')
        .skip(1)
        .find_map(Unit::parse)
}
