//! Reading the HR system's "Statistikuttag": tables stacked on one sheet
//! (or one table exported as CSV), each found by its structure — a year row
//! with "Förändring" over a header of Kvinna / Man / Total three times —
//! and recognised by the title above it. A table whose title is none of the
//! eight is named in a finding and left out; the rest loads. Percent cells
//! read alike whether stored as Excel percents (0.054) or written as text
//! ("5,4 %"): both are 5,4 %.

use super::check::{differences, RowAt};
use super::finding::StaffFinding;
use super::model::{Block, Sex, StaffReport, StaffRow, StaffTable, TableKind};
use crate::finding::{Finding, FindingKind, Position};
use crate::fr1::meta::{parse_unit_id, year_in};
use crate::fr1::model::MONTHS_SV;
use crate::fr1::schema::normalize_label;
use crate::i18n::{Lang, Msg};
use crate::import::grid::{Cell, Grid};
use crate::import::number::{cell_amount, parse_sv_number, NumberError};
use rust_decimal::Decimal;

/// An extract as read, and what reading it found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffImport {
    pub report: StaffReport,
    pub findings: Vec<Finding>,
}

/// Why an HR extract cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffError {
    /// Tables in the extract's layout, none of them one the app knows.
    NoKnownTable { file: String, titles: Vec<String> },
}

impl StaffError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            StaffError::NoKnownTable { file, titles } => {
                let titles: Vec<String> = titles.iter().map(|t| format!("”{t}”")).collect();
                Msg::RefStaffNoTable.fill(lang, &[("file", file), ("titles", &titles.join(", "))])
            }
        }
    }
}

/// A table's place on its sheet.
struct Layout {
    /// The title's row (`None` when the year row is the sheet's first).
    title: Option<usize>,
    year_row: usize,
}

/// The year rows of `grid`: a cell "Förändring", and Kvinna and Man in the
/// row below.
fn layouts(grid: &Grid) -> Vec<Layout> {
    let has = |row: usize, word: &str| {
        (0..grid.width()).any(|c| normalize_label(grid.get(row, c).text()) == word)
    };
    (0..grid.height())
        .filter(|&r| has(r, "forandring") && has(r + 1, "kvinna") && has(r + 1, "man"))
        .map(|year_row| Layout {
            title: year_row.checked_sub(1),
            year_row,
        })
        .collect()
}

/// The first text of `row`.
fn first_text(grid: &Grid, row: usize) -> Option<String> {
    (0..grid.width())
        .map(|c| grid.get(row, c).display().trim().to_string())
        .find(|t| !t.is_empty())
}

/// Reads every HR table among `grids`; `None` when there is none (the file
/// is something else).
/// Whether the grids hold an HR extract: a year row with Förändring over
/// Kvinna / Man / Total.
pub fn recognise(grids: &[Grid]) -> bool {
    grids.iter().any(|g| !layouts(g).is_empty())
}

pub fn import_staff(file: &str, grids: &[Grid]) -> Option<Result<StaffImport, StaffError>> {
    let mut report = StaffReport {
        source: file.to_string(),
        ..StaffReport::default()
    };
    let mut findings = Vec::new();
    let mut unknown = Vec::new();
    let mut any = false;
    for grid in grids {
        let found = layouts(grid);
        let Some(first) = found.first() else {
            continue;
        };
        any = true;
        // Above the first table: the förvaltning and the extract's date.
        for row in 0..first.title.unwrap_or(first.year_row) {
            for col in 0..grid.width() {
                let text = grid.get(row, col).text().trim();
                if normalize_label(text).starts_with("statistikuttag") {
                    report.extracted.get_or_insert_with(|| text.to_string());
                } else if !text.is_empty() && report.unit.is_none() {
                    report.unit = parse_unit_id(text);
                }
            }
        }
        for (i, layout) in found.iter().enumerate() {
            let title = layout
                .title
                .and_then(|r| first_text(grid, r))
                .unwrap_or_default();
            let end = found
                .get(i + 1)
                .and_then(|next| next.title)
                .unwrap_or(grid.height());
            let Some(kind) = TableKind::recognise(&title) else {
                let at = Position::in_grid(grid, layout.title.unwrap_or(layout.year_row), 0);
                findings.push(Finding::at(
                    at,
                    FindingKind::Staff(StaffFinding::UnknownTable {
                        title: title.clone(),
                    }),
                ));
                unknown.push(title);
                continue;
            };
            if let Some(table) = read_table(grid, kind, title, layout.year_row, end, &mut findings)
            {
                report.tables.push(table);
            }
        }
    }
    if !any {
        return None;
    }
    if report.tables.is_empty() {
        return Some(Err(StaffError::NoKnownTable {
            file: file.to_string(),
            titles: unknown,
        }));
    }
    Some(Ok(StaffImport { report, findings }))
}

fn read_table(
    grid: &Grid,
    kind: TableKind,
    title: String,
    year_row: usize,
    end: usize,
    findings: &mut Vec<Finding>,
) -> Option<StaffTable> {
    let header = year_row + 1;
    let sex_columns: Vec<(usize, Sex)> = (0..grid.width())
        .filter_map(|c| {
            let sex = match normalize_label(grid.get(header, c).text()).as_str() {
                "kvinna" | "kvinnor" => Sex::Woman,
                "man" | "men" => Sex::Man,
                "total" | "totalt" => Sex::Total,
                _ => return None,
            };
            Some((c, sex))
        })
        .collect();
    // Three blocks of Kvinna, Man, Total, in that order.
    let blocks: Vec<&[(usize, Sex)]> = sex_columns.chunks(3).collect();
    let well_formed = blocks.len() == 3
        && blocks
            .iter()
            .all(|b| b.iter().map(|(_, s)| *s).eq(Sex::ALL));
    if !well_formed {
        findings.push(Finding::at(
            Position::in_grid(grid, header, 0),
            FindingKind::Staff(StaffFinding::NoHeader { title }),
        ));
        return None;
    }
    let column = |block: Block, sex: Sex| blocks[block as usize][sex as usize].0;
    let label_col = (0..column(Block::Earlier, Sex::Woman))
        .find(|&c| !grid.get(header, c).is_empty())
        .unwrap_or(0);
    let mut rows = Vec::new();
    let mut grid_rows = Vec::new();
    let mut total = None;
    for r in header + 1..end {
        if (0..grid.width()).all(|c| grid.get(r, c).is_empty()) {
            break;
        }
        let mut row = StaffRow {
            label: grid.get(r, label_col).display().trim().to_string(),
            ..StaffRow::default()
        };
        for block in Block::ALL {
            for sex in Sex::ALL {
                let col = column(block, sex);
                let value = figure(grid.get(r, col), kind.is_percent()).unwrap_or_else(|problem| {
                    findings.push(Finding::at(
                        Position::in_grid(grid, r, col),
                        FindingKind::Staff(StaffFinding::BadFigure { problem }),
                    ));
                    None
                });
                row.set(block, sex, value);
            }
        }
        if normalize_label(&row.label).starts_with("total") {
            total = Some((r, row));
        } else {
            grid_rows.push(r);
            rows.push(row);
        }
    }
    let (total_row, total) = total.unzip();
    let table = StaffTable {
        kind,
        periods: periods(&title, grid, year_row),
        title,
        rows,
        total,
    };
    if table.total.is_none() && kind.adds_up() {
        findings.push(Finding::at(
            Position::in_grid(grid, header, 0),
            FindingKind::Staff(StaffFinding::NoTotal { table: kind }),
        ));
    }
    for d in differences(&table) {
        let (r, label) = match d.row {
            RowAt::Row(i) => (grid_rows[i], table.rows[i].label.clone()),
            RowAt::Total => (
                total_row.unwrap_or(header),
                table
                    .total
                    .as_ref()
                    .map(|t| t.label.clone())
                    .unwrap_or_default(),
            ),
        };
        findings.push(Finding::at(
            Position::in_grid(grid, r, column(d.block, d.sex)),
            FindingKind::Staff(StaffFinding::Differs {
                table: kind,
                row: label,
                block: d.block,
                sex: d.sex,
                derivation: d.derivation,
                stated: d.stated,
                derived: d.derived,
                rounding: d.rounding,
            }),
        ));
    }
    Some(table)
}

/// A figure; in a percent table, an Excel percent (0.054) and a text
/// ("5,4 %" or "5,4") are both 5,4.
fn figure(cell: &Cell, percent: bool) -> Result<Option<Decimal>, NumberError> {
    match cell {
        Cell::Number(_) if percent => Ok(cell_amount(cell)?
            .and_then(|d| d.checked_mul(Decimal::ONE_HUNDRED))
            .map(|d| d.normalize())),
        Cell::Text(t) if percent && t.trim_end().ends_with('%') => {
            parse_sv_number(t.trim_end().trim_end_matches('%')).map(Some)
        }
        _ => cell_amount(cell),
    }
}

/// The two periods: "jan-jun 2024 jämfört med jan-jun 2023" gives
/// "jan-jun 2023" and "jan-jun 2024"; a title without a comparison, the
/// year row's texts.
fn periods(title: &str, grid: &Grid, year_row: usize) -> [String; 2] {
    if let Some((left, right)) = title.split_once(" jämfört med ") {
        if let (Some(later), Some(earlier)) = (period_at_end(left), period_at_start(right)) {
            return [earlier, later];
        }
    }
    let mut years = (0..grid.width())
        .map(|c| grid.get(year_row, c).display().trim().to_string())
        .filter(|t| !t.is_empty());
    [
        years.next().unwrap_or_default(),
        years.next().unwrap_or_default(),
    ]
}

/// A word that is a month or a range of months: `jan-jun`, `mars`.
fn is_months(word: &str) -> bool {
    let w = word.to_lowercase();
    w.split(['-', '–'])
        .all(|m| m.chars().count() >= 3 && MONTHS_SV.iter().any(|full| full.starts_with(m)))
}

/// "… perioden jan-jun 2024" → "jan-jun 2024".
fn period_at_end(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let (year, before) = words.split_last()?;
    year_in(year)?;
    Some(match before.last() {
        Some(m) if is_months(m) => format!("{m} {year}"),
        _ => year.to_string(),
    })
}

/// "jan-jun 2023 …" → "jan-jun 2023".
fn period_at_start(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [m, year, ..] if is_months(m) && year_in(year).is_some() => Some(format!("{m} {year}")),
        [year, ..] if year_in(year).is_some() => Some(year.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn periods_from_the_title() {
        let g = Grid::default();
        assert_eq!(
            periods(
                "Övertid i årsarbetare jan-jun 2024 jämfört med jan-jun 2023",
                &g,
                0
            ),
            ["jan-jun 2023".to_string(), "jan-jun 2024".to_string()]
        );
        assert_eq!(
            periods("Mertid mars 2018 jämfört med mars 2017 (exkl. jour)", &g, 0),
            ["mars 2017".to_string(), "mars 2018".to_string()]
        );
    }

    #[test]
    fn percents_stored_either_way() {
        assert_eq!(
            figure(&Cell::Number(dec!(0.054)), true),
            Ok(Some(dec!(5.4)))
        );
        assert_eq!(
            figure(&Cell::Text("5,4 %".into()), true),
            Ok(Some(dec!(5.4)))
        );
        assert_eq!(figure(&Cell::Text("5,4".into()), true), Ok(Some(dec!(5.4))));
        assert_eq!(
            figure(&Cell::Number(dec!(17.8)), false),
            Ok(Some(dec!(17.8)))
        );
    }
}
