//! The page's tables as [`ExportTable`]s for CSV and XLSX: the same rows
//! and columns a person sees, with exact (unrounded) figures.

use super::charts::ChartTable;
use super::fr1_grid::Fr1Grid;
use super::unit_summary::SummaryLine;
use super::Fig;
use crate::export::{ExportRow, ExportTable};
use crate::i18n::{Lang, Msg};

/// Column headers of the summary table after its label column, as the
/// page shows them; the two `%` columns are named for what they are.
fn summary_headers(lang: Lang) -> Vec<String> {
    let pct = |m: Msg| format!("{} %", m.text(lang));
    vec![
        Msg::ColActualYtd.text(lang).to_string(),
        Msg::ColBudgetYtd.text(lang).to_string(),
        Msg::ColVarYtd.text(lang).to_string(),
        pct(Msg::ColVarYtd),
        Msg::ColForecast.text(lang).to_string(),
        Msg::ColBudgetYear.text(lang).to_string(),
        Msg::ColVarYear.text(lang).to_string(),
        pct(Msg::ColVarYear),
    ]
}

fn row(label: &str, figs: &[&Fig]) -> ExportRow {
    ExportRow {
        label: label.to_string(),
        values: figs.iter().map(|f| f.value).collect(),
    }
}

/// A summary (one förvaltning's rows, or the overview's lines).
pub fn summary(
    title: &str,
    first: &str,
    lines: &[(String, &SummaryLine)],
    lang: Lang,
) -> ExportTable {
    let mut headers = vec![first.to_string()];
    headers.extend(summary_headers(lang));
    ExportTable {
        title: title.to_string(),
        headers,
        rows: lines
            .iter()
            .map(|(label, l)| {
                row(
                    label,
                    &[
                        &l.actual_ytd,
                        &l.budget_ytd,
                        &l.var_ytd,
                        &l.var_ytd_pct,
                        &l.forecast,
                        &l.budget_year,
                        &l.var_year,
                        &l.var_year_pct,
                    ],
                )
            })
            .collect(),
    }
}

/// A chart's table, titled as the chart.
pub fn chart(t: &ChartTable) -> ExportTable {
    ExportTable {
        title: t.title.clone(),
        headers: t.headers.iter().map(|h| h.to_string()).collect(),
        rows: t
            .rows
            .iter()
            .map(|(label, figs)| row(label, &figs.iter().collect::<Vec<_>>()))
            .collect(),
    }
}

/// The FR1 report as in the form: one column per group and part.
pub fn fr1(title: &str, grid: &Fr1Grid) -> ExportTable {
    let mut head = vec!["Kontoslag".to_string()];
    for g in &grid.groups {
        head.extend(
            g.parts
                .iter()
                .map(|p| format!("{} {}", g.header, p.label())),
        );
    }
    ExportTable {
        title: title.to_string(),
        headers: head,
        rows: grid
            .rows
            .iter()
            .map(|r| ExportRow {
                label: r.row.full_label(),
                values: r.cells.iter().map(|c| c.value).collect(),
            })
            .collect(),
    }
}
