//! The page's tables as [`ExportTable`]s for CSV and XLSX: the same rows
//! and columns a person sees, with exact (unrounded) figures.

use super::charts::ChartTable;
use super::fr1_grid::Fr1Grid;
use super::unit_summary::{SummaryColumns, SummaryLine};
use super::Fig;
use crate::export::{ExportRow, ExportTable};
use crate::i18n::Lang;

fn row(label: &str, figs: &[&Fig]) -> ExportRow {
    ExportRow {
        label: label.to_string(),
        values: figs.iter().map(|f| f.value).collect(),
    }
}

/// A summary (one förvaltning's rows, or the overview's lines), with the
/// columns the page shows; the `%` columns are named for what they are.
pub fn summary(
    title: &str,
    first: &str,
    lines: &[(String, &SummaryLine)],
    columns: SummaryColumns,
    lang: Lang,
) -> ExportTable {
    let columns = columns.columns();
    let mut headers = vec![first.to_string()];
    headers.extend(columns.iter().map(|c| {
        let text = c.header.text(lang);
        if c.pct {
            format!("{text} %")
        } else {
            text.to_string()
        }
    }));
    ExportTable {
        title: title.to_string(),
        headers,
        rows: lines
            .iter()
            .map(|(label, l)| {
                let figs: Vec<&Fig> = columns.iter().map(|c| c.of(l)).collect();
                row(label, &figs)
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
