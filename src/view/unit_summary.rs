//! The summary table the monthly reports use, for one förvaltning (or a
//! nämnd, or the region): per row Utfall ack, Budget ack, Utfall jmf budget,
//! Prognos helår, Budget helår, Prognos jmf budget, side by side.
//!
//! [`SummaryColumns`] decides which half is shown: a report with only its
//! Utfall (or only its Prognos) shows only those columns rather than a
//! column of dashes, and a year-end report names its figures as the year's
//! outcome. The page's table and its exports read the same columns.

use super::Fig;
use crate::engine::summary::summary;
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Part, Row, RowKind};
use crate::i18n::Msg;
use crate::money::AmountScale;

/// One row of the summary table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryLine {
    pub row: Row,
    pub label: String,
    /// A dash row (sub-row) is indented under its parent.
    pub sub_row: bool,
    /// TOTALA … and NETTORESULTAT rows are set in bold.
    pub total: bool,
    pub actual_ytd: Fig,
    pub budget_ytd: Fig,
    pub var_ytd: Fig,
    pub var_ytd_pct: Fig,
    pub forecast: Fig,
    pub budget_year: Fig,
    pub var_year: Fig,
    pub var_year_pct: Fig,
}

impl SummaryLine {
    /// The row's class in a table (totals bold, sub-rows indented).
    pub fn class(&self) -> &'static str {
        super::fr1_grid::row_class(self.total, self.sub_row)
    }
}

/// The summary of `report` for `part`, in `unit`.
pub fn summary_lines(report: &Fr1Report, part: Part, unit: AmountScale) -> Vec<SummaryLine> {
    let report = report.in_unit(unit);
    summary(&report, part)
        .into_iter()
        .map(|s| SummaryLine {
            row: s.row,
            label: if s.row.is_sub_row() {
                format!("– {}", s.row.label())
            } else {
                s.row.label().to_string()
            },
            sub_row: s.row.is_sub_row(),
            total: s.row.kind() == RowKind::Total,
            actual_ytd: Fig::amount(s.actual_ytd, unit),
            budget_ytd: Fig::amount(s.budget_ytd, unit),
            var_ytd: Fig::variance(s.var_ytd.as_ref(), unit),
            var_ytd_pct: Fig::variance_pct(s.var_ytd.as_ref()),
            forecast: Fig::amount(s.forecast, unit),
            budget_year: Fig::amount(s.budget_year, unit),
            var_year: Fig::variance(s.var_year.as_ref(), unit),
            var_year_pct: Fig::variance_pct(s.var_year.as_ref()),
        })
        .collect()
}

/// Which halves of the summary a table shows, and how it names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SummaryColumns {
    /// Utfall ack, Budget ack, Utfall jmf budget and its %.
    pub ytd: bool,
    /// Prognos helår, Budget helår, Prognos jmf budget and its %.
    pub year: bool,
    /// A December report: the year to date is the year's outcome (bokslut).
    pub year_end: bool,
}

/// One column of the summary: its header and where its figure is.
#[derive(Debug, Clone, Copy)]
pub struct SummaryColumn {
    pub header: Msg,
    /// A percent column (its header is the variance's, with `%`).
    pub pct: bool,
    figure: fn(&SummaryLine) -> &Fig,
}

impl SummaryColumn {
    /// This column's figure on `line`.
    pub fn of(self, line: &SummaryLine) -> &Fig {
        (self.figure)(line)
    }
}

impl SummaryColumns {
    /// The halves `lines` carry any figure of (a half that is all dashes is
    /// left out); `year_end` for a December report.
    pub fn of(lines: &[SummaryLine], year_end: bool) -> SummaryColumns {
        let any = |f: fn(&SummaryLine) -> &Fig| lines.iter().any(|l| f(l).value.is_some());
        SummaryColumns {
            ytd: any(|l| &l.actual_ytd) || any(|l| &l.budget_ytd),
            year: any(|l| &l.forecast) || any(|l| &l.budget_year),
            year_end,
        }
    }

    /// The columns shown, in order.
    pub fn columns(self) -> Vec<SummaryColumn> {
        let col = |header, pct, figure| SummaryColumn {
            header,
            pct,
            figure,
        };
        let (actual, budget, var) = if self.year_end {
            (Msg::ColOutcomeYear, Msg::ColBudgetYear, Msg::ColVarOutcome)
        } else {
            (Msg::ColActualYtd, Msg::ColBudgetYtd, Msg::ColVarYtd)
        };
        let mut out = Vec::new();
        if self.ytd {
            out.extend([
                col(actual, false, |l: &SummaryLine| &l.actual_ytd),
                col(budget, false, |l| &l.budget_ytd),
                col(var, false, |l| &l.var_ytd),
                col(var, true, |l| &l.var_ytd_pct),
            ]);
        }
        if self.year {
            out.extend([
                col(Msg::ColForecast, false, |l: &SummaryLine| &l.forecast),
                col(Msg::ColBudgetYear, false, |l| &l.budget_year),
                col(Msg::ColVarYear, false, |l| &l.var_year),
                col(Msg::ColVarYear, true, |l| &l.var_year_pct),
            ]);
        }
        out
    }
}
