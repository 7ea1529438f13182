//! The summary table the monthly reports use, for one förvaltning (or a
//! nämnd, or the region): per row Utfall ack, Budget ack, Utfall jmf budget,
//! Prognos helår, Budget helår, Prognos jmf budget, side by side.

use super::Fig;
use crate::engine::summary::summary;
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Part, Row, RowKind};
use crate::money::Unit;

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

/// The summary of `report` for `part`, in `unit`.
pub fn summary_lines(report: &Fr1Report, part: Part, unit: Unit) -> Vec<SummaryLine> {
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
