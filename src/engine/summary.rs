//! The summary view the reports lead with: per row, the year to date
//! (Utfall ack, Budget ack, Utfall jmf budget) beside the full year (Prognos
//! helår, Budget helår, Prognos jmf budget).
//!
//! Both halves come from one FR1 (its Utfall and Prognos tables); what a file
//! does not carry stays `None`, so a Totalt-only sheet or a report without a
//! forecast still gives the rows it has.

use super::variance::{Comparison, Variance};
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Group, Part, Report, Row};
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// One row of the summary for a förvaltning (or a consolidated level).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SummaryRow {
    pub row: Row,
    /// Utfall ack.
    pub actual_ytd: Option<Money>,
    /// Budget ack.
    pub budget_ytd: Option<Money>,
    /// Utfall jmf budget: the report's stated figure, or budget − utfall.
    pub var_ytd: Option<Variance>,
    /// Prognos helår.
    pub forecast: Option<Money>,
    /// Budget helår.
    pub budget_year: Option<Money>,
    /// Prognos jmf budget: the report's stated figure, or budget − prognos.
    pub var_year: Option<Variance>,
}

/// The summary of `report` in `part`, one [`SummaryRow`] per row of the form
/// that carries at least one of the figures, in the form's order.
pub fn summary(report: &Fr1Report, part: Part) -> Vec<SummaryRow> {
    let cell = |which: Report, row: Row, group: Group| {
        report.table(which).and_then(|t| t.get(row, group, part))
    };
    Row::ALL
        .into_iter()
        .map(|row| SummaryRow {
            row,
            actual_ytd: cell(Report::Utfall, row, Group::Actual),
            budget_ytd: cell(Report::Utfall, row, Group::Budget),
            var_ytd: Comparison::ActualVsBudget.of(report, row, part),
            forecast: cell(Report::Prognos, row, Group::Actual),
            budget_year: cell(Report::Prognos, row, Group::Budget),
            var_year: Comparison::ForecastVsBudget.of(report, row, part),
        })
        .filter(|s| {
            s.actual_ytd.is_some()
                || s.budget_ytd.is_some()
                || s.forecast.is_some()
                || s.budget_year.is_some()
        })
        .collect()
}
