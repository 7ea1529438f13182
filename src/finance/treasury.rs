//! The treasury tables a year-end report prints beside the finance
//! administration's result: payments through the transaction account per
//! year, and liquidity and invested funds at the year's end (market value).
//!
//! A file holds one or more small tables, each a title line, an optional
//! header of column names (years), lines of `label;amount…` and a `Summa`
//! line, with `Belopp: MNKR` above; amounts as the finance administration
//! writes them (trailing minus, a lone `-` for nothing). The figures are
//! kept as stated; each Summa is checked against its lines (±2 units of
//! the figures' precision is rounding, a note; more an error).

use crate::finding::{Finding, FindingKind, Position};
use crate::fr1::schema::normalize_label;
use crate::fr1::validate::tolerance_of;
use crate::i18n::{Lang, Msg};
use crate::import::grid::Grid;
use crate::import::number::cell_amount;
use crate::money::{Money, Unit};

/// One line: its label and a figure per column (`None` for `-` or empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreasuryLine {
    pub label: String,
    pub values: Vec<Option<Money>>,
}

/// One table of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreasuryTable {
    /// `In- och utbetalningar transaktionskontot`.
    pub title: String,
    /// Column names (`2022`, `2023`, `2024`); one empty name for a table
    /// of a single figure column.
    pub columns: Vec<String>,
    pub unit: Unit,
    pub lines: Vec<TreasuryLine>,
    /// The `Summa` line as stated.
    pub total: Option<TreasuryLine>,
}

/// A file of treasury tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Treasury {
    pub source: String,
    pub organisation: Option<String>,
    pub tables: Vec<TreasuryTable>,
}

/// Treasury tables and what was noticed reading them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreasuryImport {
    pub treasury: Treasury,
    pub findings: Vec<Finding>,
}

/// Why grids are not treasury tables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TreasuryError {
    NoTable { file: String },
}

impl TreasuryError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            TreasuryError::NoTable { file } => Msg::TreasuryNoTable.fill(lang, &[("file", file)]),
        }
    }
}

/// Words a treasury table's title has.
const TREASURY_WORDS: [&str; 3] = ["likviditet", "transaktionskont", "placerade medel"];

/// The texts of a row's cells (empty for empty cells).
fn row_texts(grid: &Grid, r: usize) -> Vec<String> {
    (0..grid.width())
        .map(|c| grid.get(r, c).display())
        .collect()
}

/// Reads the grids of `source` as treasury tables.
/// Whether the grids hold treasury tables: their titles name the
/// transaction account, the liquidity or the invested funds.
pub fn recognise(grids: &[Grid]) -> bool {
    grids.iter().any(|g| {
        g.rows.iter().flatten().any(|cell| {
            let t = normalize_label(cell.text());
            TREASURY_WORDS.iter().any(|w| t.contains(w))
        })
    })
}

pub fn import_treasury(source: &str, grids: &[Grid]) -> Result<TreasuryImport, TreasuryError> {
    let no_table = || TreasuryError::NoTable {
        file: source.to_string(),
    };
    let grid = grids
        .iter()
        .find(|g| recognise(std::slice::from_ref(g)))
        .ok_or_else(no_table)?;
    let mut findings = Vec::new();
    let mut tables: Vec<TreasuryTable> = Vec::new();
    let mut organisation = None;
    let mut unit: Option<Unit> = None;
    let mut open: Option<TreasuryTable> = None;
    for r in 0..grid.height() {
        let texts = row_texts(grid, r);
        let first = texts.first().map(|t| t.trim()).unwrap_or_default();
        let rest_empty = texts.iter().skip(1).all(|t| t.trim().is_empty());
        let words = normalize_label(first);
        if words.starts_with("organisation") {
            organisation = texts.iter().skip(1).find(|t| !t.trim().is_empty()).cloned();
            continue;
        }
        if words.starts_with("belopp") {
            unit = words.split(' ').skip(1).find_map(Unit::parse).or(unit);
            if let Some(t) = open.as_mut() {
                t.unit = unit.unwrap_or_default();
            }
            continue;
        }
        if first.is_empty() && rest_empty {
            continue;
        }
        if first.is_empty() {
            // A header of column names for the table just titled.
            if let Some(t) = open.as_mut().filter(|t| t.lines.is_empty()) {
                t.columns = texts.iter().skip(1).map(|s| s.trim().to_string()).collect();
                while t.columns.last().is_some_and(String::is_empty) {
                    t.columns.pop();
                }
            }
            continue;
        }
        if rest_empty && !words.starts_with("summa") {
            tables.extend(open.take());
            open = Some(TreasuryTable {
                title: first.to_string(),
                columns: vec![String::new()],
                unit: unit.unwrap_or_default(),
                lines: Vec::new(),
                total: None,
            });
            continue;
        }
        let Some(table) = open.as_mut() else {
            continue;
        };
        let values = (0..table.columns.len())
            .map(|i| match cell_amount(grid.get(r, i + 1)) {
                Ok(v) => v.map(Money),
                Err(problem) => {
                    findings.push(Finding::at(
                        Position::in_grid(grid, r, i + 1),
                        FindingKind::TreasuryBadFigure {
                            label: first.to_string(),
                            problem,
                        },
                    ));
                    None
                }
            })
            .collect();
        let line = TreasuryLine {
            label: first.to_string(),
            values,
        };
        if words.starts_with("summa") {
            table.total = Some(line);
            tables.extend(open.take());
        } else {
            table.lines.push(line);
        }
    }
    tables.extend(open.take());
    tables.retain(|t| !t.lines.is_empty());
    if tables.is_empty() {
        return Err(no_table());
    }
    if unit.is_none() {
        findings.push(Finding::whole(FindingKind::TreasuryNoUnit));
    }
    let treasury = Treasury {
        source: source.to_string(),
        organisation,
        tables,
    };
    findings.extend(check(&treasury));
    Ok(TreasuryImport { treasury, findings })
}

/// Each table's Summa against its lines, column by column.
pub fn check(treasury: &Treasury) -> Vec<Finding> {
    let mut out = Vec::new();
    for t in &treasury.tables {
        let Some(total) = &t.total else { continue };
        let tolerance = tolerance_of(
            t.lines
                .iter()
                .chain([total])
                .flat_map(|l| l.values.iter().flatten().copied()),
        );
        for (i, column) in t.columns.iter().enumerate() {
            let Some(Some(stated)) = total.values.get(i).copied() else {
                continue;
            };
            let derived: Money = t
                .lines
                .iter()
                .filter_map(|l| l.values.get(i).copied().flatten())
                .sum();
            let diff = (stated - derived).abs();
            if diff.is_zero() {
                continue;
            }
            let (table, column, stated, derived, unit) =
                (t.title.clone(), column.clone(), stated.0, derived.0, t.unit);
            out.push(Finding::whole(if diff.0 <= tolerance {
                FindingKind::TreasuryRounding {
                    table,
                    column,
                    stated,
                    derived,
                    unit,
                }
            } else {
                FindingKind::TreasuryMismatch {
                    table,
                    column,
                    stated,
                    derived,
                    unit,
                }
            }));
        }
    }
    out
}
