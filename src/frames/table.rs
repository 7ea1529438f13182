//! The frame table as the page shows it: nämnd → förvaltning → IPDK rows, a
//! Summa row after each förvaltning and each nämnd and one for the region,
//! all derived from the category lines at the moment they are asked for.

use super::model::{Category, Frames};
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// What a table row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TableRowKind {
    Line(Category),
    ForvaltningSumma,
    NamndSumma,
    RegionSumma,
}

/// One row of the frame table: exact amounts per year of [`Frames::years`];
/// round with [`Money::round_for_display`] when showing them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableRow {
    pub kind: TableRowKind,
    pub namnd: String,
    /// Empty on nämnd and region rows.
    pub forvaltning: String,
    /// `Drift`, `Summa Exempelsjukhuset`, `Summa regionen`.
    pub label: String,
    pub amounts: Vec<Money>,
}

impl Frames {
    /// Every row of the table in reading order.
    pub fn table(&self) -> Vec<TableRow> {
        let mut rows = Vec::new();
        for n in &self.namnder {
            for f in &n.forvaltningar {
                for l in &f.lines {
                    rows.push(TableRow {
                        kind: TableRowKind::Line(l.category),
                        namnd: n.name.clone(),
                        forvaltning: f.name.clone(),
                        label: l.category.label().to_string(),
                        amounts: l.amounts.clone(),
                    });
                }
                rows.push(TableRow {
                    kind: TableRowKind::ForvaltningSumma,
                    namnd: n.name.clone(),
                    forvaltning: f.name.clone(),
                    label: format!("Summa {}", f.name),
                    amounts: f.totals(),
                });
            }
            rows.push(TableRow {
                kind: TableRowKind::NamndSumma,
                namnd: n.name.clone(),
                forvaltning: String::new(),
                label: format!("Summa {}", n.name),
                amounts: n.totals(),
            });
        }
        rows.push(TableRow {
            kind: TableRowKind::RegionSumma,
            namnd: String::new(),
            forvaltning: String::new(),
            label: "Summa regionen".to_string(),
            amounts: self.region_totals(),
        });
        rows
    }
}
