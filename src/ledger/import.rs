//! Reads a ledger pivot from grids of cells.
//!
//! The header row is found by its labels (`Radetiketter` or `Konto`, an
//! UTFALL and a BUDGET column; the other three when present). Below it,
//! each label is `code name`; the code's length gives the level. The
//! förvaltning, period and unit come from the title above the header
//! (`42 Exempelförvaltningen – utfall per konto, jan-jun 2024, tkr`), else
//! from the file name. Each parent is checked against the rows under it,
//! and each Diff against its figures (an empty cell counts as 0 there).

use super::model::{Column, Ledger, LedgerRow, Level};
use crate::finding::{Finding, FindingKind, Position};
use crate::fr1::meta::{hint_from_file_name, parse_period, parse_unit_id};
use crate::fr1::schema::normalize_label;
use crate::i18n::{Lang, Msg};
use crate::import::grid::{Cell, Grid};
use crate::import::number::cell_amount;
use crate::money::{Money, Unit};

/// A ledger pivot and what was noticed reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerImport {
    pub ledger: Ledger,
    pub findings: Vec<Finding>,
}

/// Why grids are not a ledger pivot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LedgerError {
    NoTable { file: String },
}

impl LedgerError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            LedgerError::NoTable { file } => Msg::LedgerNoTable.fill(lang, &[("file", file)]),
        }
    }
}

/// Which figure a header names.
fn column_of(header: &str) -> Option<Column> {
    let h = normalize_label(header);
    let previous = h.contains("fg ar") || h.contains("foreg");
    if h.starts_with("avv") && previous {
        Some(Column::PreviousDiff)
    } else if h.starts_with("utfall") && previous {
        Some(Column::Previous)
    } else if h.starts_with("budget") && h.contains("diff") {
        Some(Column::BudgetDiff)
    } else if h.starts_with("budget") {
        Some(Column::Budget)
    } else if h.starts_with("utfall") {
        Some(Column::Actual)
    } else {
        None
    }
}

/// The header row, its label column and figure columns.
fn find_header(grid: &Grid) -> Option<(usize, usize, [Option<usize>; 5])> {
    (0..grid.height()).find_map(|r| {
        let label = (0..grid.width()).find(|&c| {
            let t = normalize_label(grid.get(r, c).text());
            t == "radetiketter" || t == "konto"
        })?;
        let mut cols = [None; 5];
        for c in label + 1..grid.width() {
            if let Some(column) = column_of(grid.get(r, c).text()) {
                cols[column as usize].get_or_insert(c);
            }
        }
        (cols[Column::Actual as usize].is_some() && cols[Column::Budget as usize].is_some())
            .then_some((r, label, cols))
    })
}

/// Reads the grids of `source` as a ledger pivot.
/// Whether the grids hold a ledger pivot: Radetiketter with UTFALL Ack and
/// BUDGET Ack.
pub fn recognise(grids: &[Grid]) -> bool {
    grids.iter().any(|g| find_header(g).is_some())
}

pub fn import_ledger(source: &str, grids: &[Grid]) -> Result<LedgerImport, LedgerError> {
    let (grid, header, label_col, columns) = grids
        .iter()
        .find_map(|g| find_header(g).map(|(r, l, c)| (g, r, l, c)))
        .ok_or_else(|| LedgerError::NoTable {
            file: source.to_string(),
        })?;
    let mut findings = Vec::new();
    let mut rows = Vec::new();
    let mut total = None;
    for r in header + 1..grid.height() {
        let text = grid.get(r, label_col).text().trim();
        if text.is_empty() {
            continue;
        }
        let at = Position::in_grid(grid, r, label_col);
        let mut figures = [None; 5];
        for column in Column::ALL {
            let Some(c) = columns[column as usize] else {
                continue;
            };
            match cell_amount(grid.get(r, c)) {
                Ok(v) => figures[column as usize] = v.map(Money),
                Err(problem) => findings.push(Finding::at(
                    Position::in_grid(grid, r, c),
                    FindingKind::LedgerBadFigure {
                        label: text.to_string(),
                        problem,
                    },
                )),
            }
        }
        if normalize_label(text).starts_with("totalsumma") {
            total = Some(LedgerRow {
                code: String::new(),
                name: text.to_string(),
                level: Level::Class,
                figures,
                at,
            });
            break;
        }
        let code: String = text.chars().take_while(char::is_ascii_digit).collect();
        if code.is_empty() {
            findings.push(Finding::at(
                at,
                FindingKind::LedgerUnknownRow {
                    text: text.to_string(),
                },
            ));
            continue;
        }
        rows.push(LedgerRow {
            name: text[code.len()..].trim().to_string(),
            level: Level::of(&code),
            code,
            figures,
            at,
        });
    }
    if rows.is_empty() {
        return Err(LedgerError::NoTable {
            file: source.to_string(),
        });
    }
    let title: Vec<&str> = (0..header)
        .flat_map(|r| (0..grid.width()).map(move |c| grid.get(r, c).text()))
        .filter(|t| !t.trim().is_empty())
        .collect();
    let hint = hint_from_file_name(source);
    let unit_id = title
        .iter()
        .find_map(|t| parse_unit_id(t.split(['–', ',']).next().unwrap_or(t)))
        .filter(|id| !id.code.is_empty())
        .or(hint.unit_id);
    let period = title
        .iter()
        .find_map(|t| parse_period(&Cell::Text(t.to_string())))
        .or(hint.period);
    let amount_unit = title
        .iter()
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric()))
        .find_map(Unit::parse)
        .unwrap_or_else(|| {
            findings.push(Finding::whole(FindingKind::LedgerNoUnit));
            Unit::Tkr
        });
    let ledger = Ledger {
        source: source.to_string(),
        unit_id,
        period,
        amount_unit,
        rows,
        total,
        columns,
    };
    findings.extend(check(&ledger));
    Ok(LedgerImport { ledger, findings })
}

/// Each parent against the rows under it, the Totalsumma against the
/// kontoslag, and each Diff against its two figures (an empty cell
/// counting as 0, as the ledger does).
pub fn check(ledger: &Ledger) -> Vec<Finding> {
    let mut out = Vec::new();
    let zero = |m: Option<Money>| m.unwrap_or_default();
    let mut compare = |row: &LedgerRow, column: Column, derived: Money| {
        let stated = zero(row.get(column));
        if stated != derived {
            out.push(Finding::at(
                ledger.cell(row, column),
                FindingKind::LedgerSum {
                    label: row.label(),
                    column: column.header().to_string(),
                    stated: stated.0,
                    derived: derived.0,
                },
            ));
        }
    };
    let classes: Vec<&LedgerRow> = ledger
        .rows
        .iter()
        .filter(|r| r.level == Level::Class)
        .collect();
    let parents = ledger
        .rows
        .iter()
        .map(|p| (p, ledger.children(p).collect::<Vec<_>>()))
        .chain(ledger.total.iter().map(|t| (t, classes.clone())));
    for (parent, children) in parents {
        if children.is_empty() {
            continue;
        }
        for column in Column::ALL {
            if ledger.columns[column as usize].is_some() && parent.get(column).is_some() {
                compare(
                    parent,
                    column,
                    children.iter().map(|c| zero(c.get(column))).sum(),
                );
            }
        }
    }
    for row in ledger.rows.iter().chain(&ledger.total) {
        for (diff, reference) in [
            (Column::BudgetDiff, Column::Budget),
            (Column::PreviousDiff, Column::Previous),
        ] {
            if row.get(diff).is_some() {
                compare(
                    row,
                    diff,
                    zero(row.get(reference)) - zero(row.get(Column::Actual)),
                );
            }
        }
    }
    out
}
