//! The frame table in the published order: a heading per nämnd (and per
//! group), each förvaltning's lines and its Summa, each group's and
//! nämnd's Summa, and the region's. Every row carries the decided and the
//! computed figure of each plan year, so the page and the export show them
//! side by side.

use super::compute::{Figure, Frames, SumFigure};
use super::model::Category;
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// What a table row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RowKind {
    NamndHeading,
    GroupHeading,
    Line(Category),
    /// The efficiency requirement taken off a förvaltning's computed frame.
    Deduction,
    ForvaltningSumma,
    /// A frame given only as a sum: its one line is its Summa.
    SumOnly,
    GroupSumma,
    NamndSumma,
    RegionSumma,
}

/// One row: a figure per plan year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableRow {
    pub kind: RowKind,
    pub namnd: String,
    /// The förvaltning a line or Summa belongs to (empty on other rows).
    pub forvaltning: String,
    /// `Drift`, `Summa Exempelsjukhuset`, `Regiongemensamt`.
    pub label: String,
    pub figures: Vec<Figure>,
    /// Per year: the file states a Summa its lines do not give.
    pub stated_differs: Vec<bool>,
    /// Per year: the file states no Summa here, and the figure is its
    /// parts' decided figures together (the region's total of the stated
    /// nämnd Summa rows).
    pub summed: Vec<bool>,
}

impl TableRow {
    fn new(kind: RowKind, namnd: &str, forvaltning: &str, label: String, years: usize) -> Self {
        TableRow {
            kind,
            namnd: namnd.to_string(),
            forvaltning: forvaltning.to_string(),
            label,
            figures: vec![Figure::default(); years],
            stated_differs: vec![false; years],
            summed: vec![false; years],
        }
    }

    fn with_sums(mut self, sums: &[SumFigure]) -> Self {
        self.figures = sums.iter().map(SumFigure::figure).collect();
        self.stated_differs = sums.iter().map(SumFigure::stated_differs).collect();
        self.summed = sums.iter().map(SumFigure::is_summed).collect();
        self
    }
}

impl Frames {
    /// Every row of the table in reading order.
    pub fn table(&self) -> Vec<TableRow> {
        let len = self.years.len();
        let mut rows = Vec::new();
        for n in &self.namnder {
            rows.push(TableRow::new(
                RowKind::NamndHeading,
                &n.name,
                "",
                n.name.clone(),
                len,
            ));
            let mut open_group: Option<&str> = None;
            for (i, f) in n.forvaltningar.iter().enumerate() {
                if f.group.as_deref() != open_group {
                    if let Some(g) = f.group.as_deref() {
                        rows.push(TableRow::new(
                            RowKind::GroupHeading,
                            &n.name,
                            "",
                            g.to_string(),
                            len,
                        ));
                    }
                    open_group = f.group.as_deref();
                }
                let totals = &f.totals;
                if f.is_sum_only() {
                    let mut row =
                        TableRow::new(RowKind::SumOnly, &n.name, &f.name, f.name.clone(), len)
                            .with_sums(totals);
                    row.label = format!("Summa {}", f.name);
                    rows.push(row);
                } else {
                    for l in &f.lines {
                        let mut row = TableRow::new(
                            RowKind::Line(l.category),
                            &n.name,
                            &f.name,
                            l.label.clone(),
                            len,
                        );
                        row.figures = l.figures.clone();
                        rows.push(row);
                    }
                    if self.deducted && f.efficiency.iter().any(|m| !m.is_zero()) {
                        let mut row =
                            TableRow::new(RowKind::Deduction, &n.name, &f.name, String::new(), len);
                        for (k, &y) in self.years.iter().enumerate() {
                            if y > self.base {
                                row.figures[k].computed = Some(Money::ZERO - f.efficiency[k]);
                            }
                        }
                        rows.push(row);
                    }
                    rows.push(
                        TableRow::new(
                            RowKind::ForvaltningSumma,
                            &n.name,
                            &f.name,
                            format!("Summa {}", f.name),
                            len,
                        )
                        .with_sums(totals),
                    );
                }
                let next_group = n.forvaltningar.get(i + 1).and_then(|g| g.group.as_deref());
                if let Some(g) = open_group.filter(|&g| next_group != Some(g)) {
                    if let Some(group) = n.groups.iter().find(|x| x.name == g) {
                        rows.push(
                            TableRow::new(
                                RowKind::GroupSumma,
                                &n.name,
                                "",
                                format!("Summa {g}"),
                                len,
                            )
                            .with_sums(&group.totals),
                        );
                    }
                    open_group = None;
                }
            }
            rows.push(
                TableRow::new(
                    RowKind::NamndSumma,
                    &n.name,
                    "",
                    format!("Summa {}", n.name),
                    len,
                )
                .with_sums(&n.totals),
            );
        }
        rows.push(
            TableRow::new(
                RowKind::RegionSumma,
                "",
                "",
                "Summa regionen".to_string(),
                len,
            )
            .with_sums(&self.totals),
        );
        rows
    }
}
