//! Turns the grids of one file into an [`Fr1Report`]: locate the tables,
//! read the metadata, read every figure, validate.
//!
//! Only a file without any FR1 table is a hard [`Fr1Error`]. Everything else
//! (a cell that is not a number, a missing row, a sum that does not add up,
//! missing metadata) is reported as a [`Finding`] or in
//! [`Fr1Import::missing`], so one bad cell never hides the other 239 and the
//! page can show exactly where to look.

use super::cells::CellMap;
use super::locate::{locate, Block, Layout};
use super::meta::{hint_from_file_name, missing, read_meta};
use super::meta_field::MetaField;
use super::model::{Fr1Meta, Fr1Report, Fr1Table};
use super::schema::Report;
use super::validate::{cross_checks, is_check, validate};
use crate::finding::{At, Finding, FindingKind, Position, Severity};
use crate::i18n::{sheet_list, Lang, Msg};
use crate::import::grid::Grid;
use crate::import::number::cell_amount;
use crate::money::Money;

/// One imported FR1 file with everything found on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fr1Import {
    pub report: Fr1Report,
    pub cells: CellMap,
    /// Import and validation findings, in the order found.
    pub findings: Vec<Finding>,
    /// Metadata the form did not state, for the page to ask about.
    pub missing: Vec<MetaField>,
    /// What the file name suggests (`FR1_42_juni2024.xlsx`), to offer for
    /// the missing fields; never applied by the importer.
    pub hint: Fr1Meta,
}

impl Fr1Import {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// `new` in place of this report: the tables `new` brings replace this
    /// one's, the others stay (a corrected Utfall export replaces the Utfall
    /// of a whole report and keeps its Prognos).
    pub fn replaced_by(mut self, new: Fr1Import) -> Fr1Import {
        let brought: Vec<Report> = Report::ALL
            .into_iter()
            .filter(|&r| new.report.table(r).is_some())
            .collect();
        if Report::ALL
            .iter()
            .all(|r| brought.contains(r) || self.report.table(*r).is_none())
        {
            return new;
        }
        for report in brought {
            *self.report.table_mut(report) = None;
            self.cells.forget(report);
            self.findings.retain(|f| f.report() != Some(report));
        }
        new.with_other_half(self)
    }

    /// This import with the metadata the person gave for what the file
    /// lacked, checked again (the period decides the budget-spread check,
    /// the amount unit the rounding tolerance): the checks of the figures
    /// are made anew, what was found reading the file stays.
    pub fn with_meta(mut self, meta: Fr1Meta) -> Fr1Import {
        self.report.meta = meta;
        self.missing = missing(&self.report.meta);
        self.findings.retain(|f| !is_check(&f.kind));
        self.findings
            .extend(validate(&self.report, Some(&self.cells)));
        self
    }

    /// This report with the tables `other` has and this one lacks: the
    /// Utfall and the Prognos of one report, read from two files. This
    /// one's metadata wins where both say something, `other` fills what it
    /// lacks; `other`'s figures are converted to this one's unit; the
    /// findings of both files are kept and the checks between the two
    /// tables run on the whole.
    pub fn with_other_half(self, other: Fr1Import) -> Fr1Import {
        let Fr1Import {
            mut report,
            mut cells,
            mut findings,
            hint,
            ..
        } = self;
        let theirs = other.report.meta.clone();
        let meta = &mut report.meta;
        meta.organisation = meta.organisation.take().or(theirs.organisation);
        meta.unit_id = meta.unit_id.take().or(theirs.unit_id);
        meta.period = meta.period.or(theirs.period);
        meta.amount_unit = meta.amount_unit.or(theirs.amount_unit);
        meta.filled_by = meta.filled_by.take().or(theirs.filled_by);
        meta.date = meta.date.take().or(theirs.date);
        let (from, to) = (other.report.unit(), report.unit());
        for which in Report::ALL {
            if report.table(which).is_none() {
                *report.table_mut(which) = other.report.table(which).map(|t| t.converted(from, to));
            }
        }
        report.source = format!("{} + {}", report.source, other.report.source);
        cells.extend(other.cells);
        findings.extend(other.findings);
        findings.extend(cross_checks(&report, Some(&cells)));
        Fr1Import {
            missing: missing(&report.meta),
            report,
            cells,
            findings,
            hint,
        }
    }
}

/// Why a file could not be read as an FR1 at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fr1Error {
    /// No row with the form's column headers, in any of `sheets`.
    NoTable { file: String, sheets: Vec<String> },
    /// Column headers (at `headers`) with no kontoslag under them.
    NoRows {
        file: String,
        headers: Vec<Position>,
    },
}

impl Fr1Error {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Fr1Error::NoTable { file, sheets } => {
                let sheets = sheet_list(lang, sheets);
                Msg::RefNoFr1Table.fill(lang, &[("file", file), ("sheets", &sheets)])
            }
            Fr1Error::NoRows { file, headers } => {
                let headers: Vec<String> = headers.iter().map(ToString::to_string).collect();
                Msg::RefNoFr1Rows.fill(lang, &[("file", file), ("headers", &headers.join(", "))])
            }
        }
    }
}

impl std::fmt::Display for Fr1Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for Fr1Error {}

/// Imports the grids read from `source` (the file name, shown in messages
/// and kept in the report).
pub fn import_fr1(source: &str, grids: &[Grid]) -> Result<Fr1Import, Fr1Error> {
    let located = locate(grids);
    if located.blocks.is_empty() {
        if !located.empty_headers.is_empty() {
            return Err(Fr1Error::NoRows {
                file: source.to_string(),
                headers: located.empty_headers,
            });
        }
        return Err(Fr1Error::NoTable {
            file: source.to_string(),
            sheets: grids.iter().map(|g| g.sheet.clone()).collect(),
        });
    }

    let (meta, meta_findings) = read_meta(grids);
    let mut findings = located.findings;
    findings.extend(meta_findings);
    let mut cells = CellMap::default();
    let mut report = Fr1Report {
        meta,
        source: source.to_string(),
        utfall: None,
        prognos: None,
    };
    for block in &located.blocks {
        let Some(grid) = grids.get(block.grid) else {
            continue;
        };
        let table = read_table(grid, block, &mut cells, &mut findings);
        *report.table_mut(block.report) = Some(table);
    }
    findings.extend(validate(&report, Some(&cells)));
    let missing = missing(&report.meta);
    Ok(Fr1Import {
        report,
        cells,
        findings,
        missing,
        hint: hint_from_file_name(source),
    })
}

/// Reads every figure of a located block. An empty cell under a present
/// group and part is zero; a cell that is not a number is an Error finding
/// at that cell and stays `None`.
fn read_table(
    grid: &Grid,
    block: &Block,
    cells: &mut CellMap,
    findings: &mut Vec<Finding>,
) -> Fr1Table {
    let mut table = Fr1Table::empty(block.report);
    for &(row, r) in &block.rows {
        for column in &block.columns {
            let cell = Position::in_grid(grid, r, column.col);
            cells.insert(block.report, row, column.group, column.part, cell);
            let value = match cell_amount(grid.get(r, column.col)) {
                Ok(v) => Some(Money(v.unwrap_or_default())),
                Err(e) => {
                    let at = At {
                        report: block.report,
                        row,
                        group: column.group,
                        part: column.part,
                    };
                    let cell = cells.get(at.report, at.row, at.group, at.part).cloned();
                    findings.push(Finding::new(
                        cell,
                        FindingKind::BadFigure { at, problem: e },
                    ));
                    None
                }
            };
            table.set(row, column.group, column.part, value);
        }
    }
    if block.layout == Layout::TotalOnly {
        findings.push(Finding::at(
            Position::in_grid(grid, block.header_row, block.label_col),
            FindingKind::TotalOnly {
                report: block.report,
            },
        ));
    }
    table
}
