//! Reads a finance administration's result table from grids of cells.
//!
//! The table is found by its labels: a header row naming an Utfall (or
//! Prognos) column and a Budget column ([`Group::recognise`], the same
//! words the FR1 uses), the label column left of them, and below it lines
//! with figures down to the `Summa` line. Around it: `Period:`, `Belopp:`
//! and `Organisation:` as on the FR1 ([`read_meta`]), a title that may name
//! only the year (a year-end table, read as December), and the sign note.
//!
//! Figures are read with the importer's one number parser
//! ([`cell_amount`]): trailing minus, a lone `-` for nothing, space groups.
//! Every sum and variance is checked like the FR1's (±2 units is
//! rounding, an Info; more is an Error at its cell).

use super::model::{FigureOf, Figures, FinanceRow, FinanceTable, Signs};
use crate::finding::{FinanceCheck, Finding, FindingKind, Position, Severity, SignGuess};
use crate::fr1::meta::{hint_from_file_name, read_meta, year_in};
use crate::fr1::model::Period;
use crate::fr1::schema::{normalize_label, Group, Report};
use crate::fr1::validate::tolerance_of;
use crate::i18n::{Lang, Msg};
use crate::import::grid::Grid;
use crate::import::number::cell_amount;
use crate::money::{Money, Unit};

/// A finance table and what was noticed reading it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinanceImport {
    pub table: FinanceTable,
    /// In the order found; `cell` says where (`Blad1!C9`).
    pub findings: Vec<Finding>,
}

impl FinanceImport {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Why grids are not a finance administration's table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FinanceError {
    NoTable { file: String },
}

impl FinanceError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            FinanceError::NoTable { file } => Msg::FinNoTable.fill(lang, &[("file", file)]),
        }
    }
}

/// In Swedish, for logs and tests; a page would use [`FinanceError::text`].
impl std::fmt::Display for FinanceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for FinanceError {}

/// Labels that tell a finance administration's table from other tables.
const FINANCE_WORDS: [&str; 4] = [
    "skatteintakter",
    "generella statsbidrag",
    "finansiella intakter",
    "finansiella kostnader",
];

/// Whether `label` names a line only a finance administration's table has.
fn is_finance_line(label: &str) -> bool {
    let label = normalize_label(label);
    FINANCE_WORDS.iter().any(|w| label.contains(w))
}

/// Whether `grids` hold a finance administration's result table, by its
/// labels: a header naming an actual and a Budget column with a line below
/// it that only such a table has (Skatteintäkter …), which an FR1 never has.
pub fn recognise(grids: &[Grid]) -> bool {
    grids.iter().any(|g| {
        find_header(g).is_some_and(|(header, _)| {
            (header + 1..g.height())
                .any(|r| (0..g.width()).any(|c| is_finance_line(g.get(r, c).text())))
        })
    })
}

/// One figure column: which half and which figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Column {
    col: usize,
    report: Report,
    group: Group,
}

/// Reads the grids of `source` as a finance administration's result table.
pub fn import_finance(source: &str, grids: &[Grid]) -> Result<FinanceImport, FinanceError> {
    let no_table = || FinanceError::NoTable {
        file: source.to_string(),
    };
    let (grid, header, columns) = grids
        .iter()
        .find_map(|g| find_header(g).map(|(row, cols)| (g, row, cols)))
        .ok_or_else(no_table)?;
    let label_col = label_column(grid, header, &columns).ok_or_else(no_table)?;
    let mut findings = Vec::new();
    let mut rows = Vec::new();
    let mut total = None;
    for r in header + 1..grid.height() {
        let label = grid.get(r, label_col).text().trim();
        if label.is_empty() || total.is_some() {
            continue;
        }
        let mut row = FinanceRow {
            label: label.to_string(),
            ytd: Figures::default(),
            year: Figures::default(),
        };
        let mut carries = false;
        for c in &columns {
            let cell = grid.get(r, c.col);
            carries |= !cell.is_empty();
            let value = match cell_amount(cell) {
                // A lone `-` (or an empty cell) in a line is nothing: zero.
                Ok(v) => Money(v.unwrap_or_default()),
                Err(e) => {
                    findings.push(Finding::at(
                        Position::in_grid(grid, r, c.col),
                        FindingKind::FinanceBadFigure {
                            label: label.to_string(),
                            problem: e,
                        },
                    ));
                    continue;
                }
            };
            let half = match c.report {
                Report::Utfall => &mut row.ytd,
                Report::Prognos => &mut row.year,
            };
            match c.group {
                Group::Actual => half.actual = Some(value),
                Group::Budget => half.budget = Some(value),
                _ => half.variance = Some(value),
            }
        }
        if !carries {
            continue;
        }
        if normalize_label(label).starts_with("summa") {
            total = Some(row);
        } else {
            rows.push(row);
        }
    }
    if !rows.iter().any(|r| is_finance_line(&r.label)) {
        return Err(no_table());
    }
    let (meta, meta_findings) = read_meta(grids);
    findings.extend(meta_findings);
    let period = meta
        .period
        .or(hint_from_file_name(source).period)
        .or_else(|| year_end_from_title(grids, source, &mut findings));
    if period.is_none() {
        findings.push(Finding::whole(FindingKind::FinanceNoPeriod));
    }
    let unit = meta.amount_unit.unwrap_or_else(|| {
        findings.push(Finding::whole(FindingKind::FinanceNoUnit));
        Unit::Tkr
    });
    let signs = signs(grids, &rows, &mut findings);
    let table = FinanceTable {
        organisation: meta.organisation,
        period,
        unit,
        source: source.to_string(),
        signs,
        rows,
        total,
    };
    findings.extend(check(&table));
    Ok(FinanceImport { table, findings })
}

/// The first row naming an actual (Utfall or Prognos) and a Budget column,
/// with every figure column it names.
fn find_header(grid: &Grid) -> Option<(usize, Vec<Column>)> {
    (0..grid.height()).find_map(|r| {
        let mut section = Report::Utfall;
        let mut columns = Vec::new();
        for col in 0..grid.width() {
            let text = grid.get(r, col).text();
            let Some((group, named)) = Group::recognise(text) else {
                continue;
            };
            let words = normalize_label(text);
            let report = named
                .or_else(|| words.contains("helar").then_some(Report::Prognos))
                .or_else(|| words.contains("ack").then_some(Report::Utfall))
                .unwrap_or(section);
            if group == Group::Actual {
                section = report;
            }
            if matches!(group, Group::Actual | Group::Budget | Group::VsBudget) {
                columns.push(Column { col, report, group });
            }
        }
        let has = |g: Group| columns.iter().any(|c| c.group == g);
        (has(Group::Actual) && has(Group::Budget)).then_some((r, columns))
    })
}

/// The column of line labels: left of the figures, the one with most text
/// below the header.
fn label_column(grid: &Grid, header: usize, columns: &[Column]) -> Option<usize> {
    let first = columns.iter().map(|c| c.col).min()?;
    (0..first).max_by_key(|&c| {
        let texts = (header + 1..grid.height())
            .filter(|&r| !grid.get(r, c).text().trim().is_empty())
            .count();
        (texts, std::cmp::Reverse(c))
    })
}

/// December of the year a title (or the file name) names, for a table that
/// gives no month: a finance administration's year result.
fn year_end_from_title(
    grids: &[Grid],
    source: &str,
    findings: &mut Vec<Finding>,
) -> Option<Period> {
    let title = grids
        .iter()
        .flat_map(|g| {
            (0..g.height().min(5))
                .flat_map(move |r| (0..g.width()).map(move |c| g.get(r, c).text()))
        })
        .find_map(year_in);
    let year = title.or_else(|| year_in(source))?;
    let period = Period::new(year, 12)?;
    findings.push(Finding::whole(FindingKind::FinanceYearOnly { year }));
    Some(period)
}

/// The sign rule from the note (`Intäkter +`, `Kostnader -`), else from
/// the sign of Skatteintäkter (a revenue), else the finance
/// administration's own rule, with a finding saying which and why.
fn signs(grids: &[Grid], rows: &[FinanceRow], findings: &mut Vec<Finding>) -> Signs {
    let notes: Vec<Signs> = grids
        .iter()
        .flat_map(|g| g.rows.iter().flatten())
        .filter_map(|cell| sign_note(cell.text()))
        .collect();
    if let Some(&first) = notes.first() {
        if notes.iter().any(|&n| n != first) {
            findings.push(Finding::whole(FindingKind::FinanceSignsConflict));
        }
        return first;
    }
    let tax = rows
        .iter()
        .find(|r| normalize_label(&r.label).starts_with("skatteintakter"))
        .and_then(|r| r.ytd.actual.or(r.ytd.budget).or(r.year.actual));
    let (signs, guess) = match tax {
        Some(t) if t.0.is_sign_negative() && !t.is_zero() => (Signs::Fr1, SignGuess::NegativeTax),
        Some(_) => (Signs::Result, SignGuess::PositiveTax),
        None => (Signs::Result, SignGuess::NoTax),
    };
    findings.push(Finding::whole(FindingKind::FinanceNoSignRule { guess }));
    signs
}

/// `Intäkter +` or `Kostnader -` (also both in one cell) as a sign rule.
fn sign_note(text: &str) -> Option<Signs> {
    let lower = text.trim().to_lowercase();
    let sign_after = |word: &str| -> Option<char> {
        let at = lower.find(word)?;
        lower[at + word.len()..].trim_start().chars().next()
    };
    let minus = |c: char| matches!(c, '-' | '−' | '–');
    if let Some(c) = sign_after("intäkter") {
        if c == '+' {
            return Some(Signs::Result);
        }
        if minus(c) {
            return Some(Signs::Fr1);
        }
    }
    match sign_after("kostnader") {
        Some('+') => Some(Signs::Fr1),
        Some(c) if minus(c) => Some(Signs::Result),
        _ => None,
    }
}

/// Each line's variance against its figures, and the `Summa` line against
/// the lines, as Info (rounding) or Error findings (also for a table that
/// arrives in a shared link).
pub fn check(table: &FinanceTable) -> Vec<Finding> {
    let all = table
        .rows
        .iter()
        .chain(&table.total)
        .flat_map(|r| [r.ytd, r.year])
        .flat_map(|f| [f.actual, f.budget, f.variance])
        .flatten();
    let tolerance = tolerance_of(all);
    let unit = table.unit;
    let mut out = Vec::new();
    let mut compare = |check: FinanceCheck, derived: Money, stated: Money| {
        let diff = (stated - derived).abs();
        if diff.is_zero() {
            return;
        }
        let (derived, stated) = (derived.0, stated.0);
        let kind = if diff.0 <= tolerance {
            FindingKind::FinanceRounding {
                check,
                derived,
                stated,
                unit,
            }
        } else {
            FindingKind::FinanceMismatch {
                check,
                derived,
                stated,
                unit,
            }
        };
        out.push(Finding::whole(kind));
    };
    for report in Report::ALL {
        for row in table.rows.iter().chain(&table.total) {
            let f = row.half(report);
            if let (Some(a), Some(b), Some(v)) = (f.actual, f.budget, f.variance) {
                // Positive is favourable: actual − budget in the result's
                // direction, whichever rule the table is written in.
                let derived = table.as_result(a) - table.as_result(b);
                let check = FinanceCheck::Variance {
                    label: row.label.clone(),
                    report,
                };
                compare(check, derived, v);
            }
        }
        if let Some(t) = &table.total {
            let figures: [(Group, FigureOf); 3] = [
                (Group::Actual, |f| f.actual),
                (Group::Budget, |f| f.budget),
                (Group::VsBudget, |f| f.variance),
            ];
            for (name, figure) in figures {
                let lines: Option<Vec<Money>> = table
                    .rows
                    .iter()
                    .filter(|r| r.half(report).actual.is_some() || r.half(report).budget.is_some())
                    .map(|r| figure(r.half(report)))
                    .collect();
                if let (Some(stated), Some(lines)) = (figure(t.half(report)), lines) {
                    let check = FinanceCheck::Total {
                        label: t.label.clone(),
                        figure: name,
                        report,
                    };
                    compare(check, lines.into_iter().sum(), stated);
                }
            }
        }
    }
    out
}
