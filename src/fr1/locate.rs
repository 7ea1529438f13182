//! Finds FR1 tables in grids by their labels, never by cell addresses.
//!
//! Real files move things around: extra blank rows and columns, merged group
//! headers whose text sits in the first of three columns, headers in lower
//! case or abbreviated (`fg år`, `jämfört med`), rows in another order, both
//! reports on one sheet, sheets with only the Totalt columns, or a summary of
//! three columns (utfall, budget, avvikelse). A table is therefore found as:
//!
//! 1. a *header row* naming at least two column groups ([`Group::recognise`]);
//! 2. optionally a *sub-header* right below it with Externt/Internt/Totalt
//!    ([`Part::recognise`]); without one each group is a single Totalt column;
//! 3. the *label column* left of the figures holding the kontoslag, resolved
//!    row by row with [`Row::resolve`] until the next header row.
//!
//! The result says for every figure which cell it is in, so the importer can
//! read it and every finding can point at it.

use super::schema::{normalize_label, Group, Part, Report, Row};
use crate::finding::{Finding, FindingKind, Position};
use crate::import::grid::Grid;
use crate::import::number::cell_amount;

/// Which columns a located table has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Externt, Internt and Totalt under every group.
    Parts,
    /// Only a Totalt figure per group (no sub-header, or only Totalt in it).
    TotalOnly,
}

/// The column holding one group's part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub group: Group,
    pub part: Part,
    /// 0-based column index.
    pub col: usize,
}

/// One report's table in a grid.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub report: Report,
    /// Index of the grid in the slice given to [`locate`].
    pub grid: usize,
    /// 0-based row of the group headers.
    pub header_row: usize,
    pub label_col: usize,
    pub layout: Layout,
    pub columns: Vec<Column>,
    /// The grid row of every kontoslag found, in the file's order.
    pub rows: Vec<(Row, usize)>,
}

impl Block {
    /// The grid row holding `row`.
    pub fn row_of(&self, row: Row) -> Option<usize> {
        self.rows.iter().find(|(r, _)| *r == row).map(|&(_, i)| i)
    }
}

/// What [`locate`] found: the tables, what it noticed, and header rows that
/// had no kontoslag under them (to explain a failure precisely).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Located {
    pub blocks: Vec<Block>,
    pub findings: Vec<Finding>,
    /// `Utfall!B5` for every header row without rows below it.
    pub empty_headers: Vec<Position>,
}

/// Finds every FR1 table in `grids`, at most one per report (the first one
/// found; a second is reported and skipped).
pub fn locate(grids: &[Grid]) -> Located {
    let mut out = Located::default();
    for (index, grid) in grids.iter().enumerate() {
        let headers: Vec<(usize, Vec<GroupHeader>)> = (0..grid.height())
            .filter_map(|r| header_groups(grid, r).map(|g| (r, g)))
            .collect();
        let mut previous_end = 0;
        for (i, (header_row, groups)) in headers.iter().enumerate() {
            let end = headers.get(i + 1).map_or(grid.height(), |(r, _)| *r);
            let report = block_report(grid, *header_row, groups, previous_end, &mut out);
            previous_end = end;
            let Some(block) = read_block(grid, index, *header_row, groups, end, report, &mut out)
            else {
                let first_col = groups.first().map_or(0, |g| g.col);
                out.empty_headers
                    .push(Position::in_grid(grid, *header_row, first_col));
                continue;
            };
            if let Some(seen) = out.blocks.iter().find(|b| b.report == block.report) {
                let used = grids.get(seen.grid).map_or_else(
                    || Position::new("", seen.header_row, seen.label_col),
                    |g| Position::in_grid(g, seen.header_row, seen.label_col),
                );
                out.findings.push(Finding::at(
                    Position::in_grid(grid, block.header_row, block.label_col),
                    FindingKind::SecondTable {
                        report: block.report,
                        used,
                    },
                ));
                continue;
            }
            out.blocks.push(block);
        }
    }
    out
}

/// Whether `grids` hold an FR1 table, by its labels: a row naming two of
/// the form's column groups (UTFALL - ACKUMULERAT, BUDGET - ACKUMULERAT …).
/// [`locate`] reads every such row as a table or as a header with no rows.
pub fn recognise(grids: &[Grid]) -> bool {
    grids
        .iter()
        .any(|g| (0..g.height()).any(|r| header_groups(g, r).is_some()))
}

/// A group header cell: its column, group and the report it names, if any.
#[derive(Debug, Clone, Copy)]
struct GroupHeader {
    col: usize,
    group: Group,
    report: Option<Report>,
}

/// The groups a header row names, by column, or `None` when the row names
/// fewer than two different groups (a title such as `Ekonomirapportering
/// Utfall` names one).
fn header_groups(grid: &Grid, row: usize) -> Option<Vec<GroupHeader>> {
    let mut groups: Vec<GroupHeader> = Vec::new();
    for col in 0..grid.width() {
        if let Some((group, report)) = Group::recognise(grid.get(row, col).text()) {
            if !groups.iter().any(|g| g.group == group) {
                groups.push(GroupHeader { col, group, report });
            }
        }
    }
    (groups.len() >= 2).then_some(groups)
}

/// Which report a header row belongs to: the report its headers name, else
/// `ackumulerat`/`helår` in them, else the nearest title above, else the
/// sheet name. Undecidable means Utfall, with a warning.
fn block_report(
    grid: &Grid,
    header_row: usize,
    groups: &[GroupHeader],
    above_from: usize,
    out: &mut Located,
) -> Report {
    let named = |want: Report| groups.iter().filter(|g| g.report == Some(want)).count();
    let (utfall, prognos) = (named(Report::Utfall), named(Report::Prognos));
    if utfall != prognos {
        return if utfall > prognos {
            Report::Utfall
        } else {
            Report::Prognos
        };
    }
    let words = |row: usize| -> Vec<String> {
        (0..grid.width())
            .flat_map(|c| {
                normalize_label(grid.get(row, c).text())
                    .split(' ')
                    .map(str::to_string)
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    let header_words = words(header_row);
    let has = |w: &[String], any: &[&str]| w.iter().any(|x| any.contains(&x.as_str()));
    if has(&header_words, &["ack", "ackumulerat", "ackumulerad"]) {
        return Report::Utfall;
    }
    if has(&header_words, &["helar", "helarsprognos"]) {
        return Report::Prognos;
    }
    for row in (above_from..header_row).rev() {
        let w = words(row);
        for report in Report::ALL {
            if has(&w, &[report.keyword()]) {
                return report;
            }
        }
    }
    let sheet = normalize_label(&grid.sheet);
    for report in Report::ALL {
        if sheet.contains(report.keyword()) {
            return report;
        }
    }
    out.findings.push(Finding::at(
        Position::in_grid(grid, header_row, groups.first().map_or(0, |g| g.col)),
        FindingKind::ReportGuessed,
    ));
    Report::Utfall
}

/// Reads the table under a header row, or `None` when no kontoslag follow it.
fn read_block(
    grid: &Grid,
    index: usize,
    header_row: usize,
    groups: &[GroupHeader],
    end: usize,
    report: Report,
    out: &mut Located,
) -> Option<Block> {
    let (columns, sub_header) = assign_columns(grid, header_row, groups);
    let layout = if columns.iter().any(|c| c.part != Part::Totalt) {
        Layout::Parts
    } else {
        Layout::TotalOnly
    };
    let data_start = sub_header.unwrap_or(header_row) + 1;
    let first_value_col = columns.iter().map(|c| c.col).min()?;
    let label_col = (0..first_value_col).max_by_key(|&col| {
        let hits = (data_start..end)
            .filter(|&r| {
                let text = grid.get(r, col).text();
                Row::ALL.iter().any(|row| row.matches(text))
            })
            .count();
        // Most labels wins; among equals the leftmost.
        (hits, std::cmp::Reverse(col))
    })?;

    let mut rows: Vec<(Row, usize)> = Vec::new();
    let mut under: Option<Row> = None;
    for r in data_start..end {
        if rows.len() == Row::COUNT {
            break;
        }
        let text = grid.get(r, label_col).text().trim();
        let norm = normalize_label(text);
        if norm.is_empty() || norm.starts_with("varav") || text.ends_with(':') {
            continue;
        }
        let Some(row) = resolve_label(text, under) else {
            let carries_figures = columns
                .iter()
                .any(|c| matches!(cell_amount(grid.get(r, c.col)), Ok(Some(_))));
            if carries_figures {
                out.findings.push(Finding::at(
                    Position::in_grid(grid, r, label_col),
                    FindingKind::RowNotInForm {
                        report,
                        text: text.to_string(),
                    },
                ));
            }
            continue;
        };
        if !row.children().is_empty() {
            under = Some(row);
        } else if !row.is_sub_row() {
            under = None;
        }
        if let Some(&(_, first)) = rows.iter().find(|(seen, _)| *seen == row) {
            out.findings.push(Finding::at(
                Position::in_grid(grid, r, label_col),
                FindingKind::RowRepeated {
                    report,
                    row,
                    first: first + 1,
                },
            ));
            continue;
        }
        rows.push((row, r));
    }
    if rows.is_empty() {
        return None;
    }
    let missing: Vec<Row> = Row::ALL
        .into_iter()
        .filter(|row| !rows.iter().any(|(seen, _)| seen == row))
        .collect();
    if !missing.is_empty() {
        out.findings.push(Finding::at(
            Position::in_grid(grid, header_row, label_col),
            FindingKind::RowsMissing {
                report,
                rows: missing,
            },
        ));
    }
    Some(Block {
        report,
        grid: index,
        header_row,
        label_col,
        layout,
        columns,
        rows,
    })
}

/// A kontoslag label, also in the stand-alone form `Personal, övrigt`.
fn resolve_label(text: &str, under: Option<Row>) -> Option<Row> {
    Row::resolve(text, under).or_else(|| {
        let norm = normalize_label(text);
        [Row::Personal, Row::Drift].into_iter().find_map(|parent| {
            let rest = norm.strip_prefix(&normalize_label(parent.label()))?;
            let rest = rest.strip_prefix(' ')?;
            Row::resolve(rest, Some(parent)).filter(|r| r.parent() == Some(parent))
        })
    })
}

/// The columns of each group, and the sub-header row if there is one.
///
/// Sub-header cells are cut into runs (a run ends where a part repeats or
/// comes out of order), and a run belongs to the group whose header lies
/// over it, or else to the nearest header to its left. This handles header
/// text in the first, middle or last column of a merged range, and blank or
/// helper columns between groups.
fn assign_columns(
    grid: &Grid,
    header_row: usize,
    groups: &[GroupHeader],
) -> (Vec<Column>, Option<usize>) {
    let sub_header = (header_row + 1..=header_row + 2)
        .find(|&r| (0..grid.width()).any(|c| Part::recognise(grid.get(r, c).text()).is_some()));
    let Some(sub_row) = sub_header else {
        let columns = groups
            .iter()
            .map(|g| Column {
                group: g.group,
                part: Part::Totalt,
                col: g.col,
            })
            .collect();
        return (columns, None);
    };

    let mut runs: Vec<Vec<(usize, Part)>> = Vec::new();
    for col in 0..grid.width() {
        let Some(part) = Part::recognise(grid.get(sub_row, col).text()) else {
            continue;
        };
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|&(_, p)| p.index() < part.index()) => {
                run.push((col, part));
            }
            _ => runs.push(vec![(col, part)]),
        }
    }

    let mut columns = Vec::new();
    let mut taken: Vec<Group> = Vec::new();
    for run in runs {
        let (Some(&(start, _)), Some(&(stop, _))) = (run.first(), run.last()) else {
            continue;
        };
        let free = |g: &&GroupHeader| !taken.contains(&g.group);
        let over = groups
            .iter()
            .filter(free)
            .find(|g| (start..=stop).contains(&g.col));
        let left = || groups.iter().filter(free).rev().find(|g| g.col <= start);
        let Some(&GroupHeader { group, .. }) = over.or_else(left) else {
            continue;
        };
        taken.push(group);
        columns.extend(
            run.into_iter()
                .map(|(col, part)| Column { group, part, col }),
        );
    }
    (columns, Some(sub_row))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::grid::Cell;

    fn t(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }

    #[test]
    fn merged_headers_with_text_in_the_middle_column() {
        let grid = Grid::new(
            "S",
            vec![
                vec![
                    t("Kontoslag"),
                    Cell::Empty,
                    t("Utfall ack"),
                    Cell::Empty,
                    Cell::Empty,
                    t("Budget ack"),
                ],
                vec![
                    Cell::Empty,
                    t("Externt"),
                    t("Internt"),
                    t("Totalt"),
                    t("Externt"),
                    t("Internt"),
                    t("Totalt"),
                ],
                vec![t("Intäkter"), Cell::Number(1.into())],
            ],
        );
        let located = locate(&[grid]);
        let block = &located.blocks[0];
        assert_eq!(block.report, Report::Utfall);
        assert_eq!(block.layout, Layout::Parts);
        assert!(block.columns.contains(&Column {
            group: Group::Actual,
            part: Part::Externt,
            col: 1
        }));
        assert!(block.columns.contains(&Column {
            group: Group::Budget,
            part: Part::Totalt,
            col: 6
        }));
    }

    #[test]
    fn stand_alone_ovrigt_labels() {
        assert_eq!(
            resolve_label("Personal, övrigt", None),
            Some(Row::PersonalOvrigt)
        );
        assert_eq!(
            resolve_label("Drift - övrigt", None),
            Some(Row::DriftOvrigt)
        );
        assert_eq!(resolve_label("övrigt", None), None);
    }
}
