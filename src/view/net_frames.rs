//! The net frames per nämnd and for the region, one figure a year, in the
//! printed report's unit: of the frame table's view ([`super::frames`]) only
//! the Summa rows, each year's decided frame where there is one, else its
//! computed one.

use super::frames::{Cell, ColumnKind, TableView};
use crate::frames::table::RowKind;
use crate::money::{Money, Unit};

/// The net frames per nämnd and for the region, one figure a year, in one
/// unit: what the printed report shows of the frame table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetFrames {
    pub unit: Unit,
    pub years: Vec<i32>,
    pub rows: Vec<NetRow>,
}

/// One nämnd's (or the region's) net frame each year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetRow {
    pub label: String,
    /// The region's sum (the last row).
    pub region: bool,
    /// One per year of [`NetFrames::years`].
    pub values: Vec<Option<Money>>,
}

/// The Summa rows of the nämnder and the region in `model`, in `to`
/// (converted exactly): each year's decided frame, else its computed one.
pub fn net_frames(model: &TableView, to: Unit) -> NetFrames {
    let rows = model
        .rows
        .iter()
        .filter(|r| matches!(r.kind, RowKind::NamndSumma | RowKind::RegionSumma))
        .map(|r| {
            // A year shown both ways has two cells, the decided first.
            let mut cells = r.cells.iter();
            let values = model
                .columns
                .iter()
                .map(|c| {
                    let taken = if c.kind == ColumnKind::Both { 2 } else { 1 };
                    let year: Vec<&Cell> = cells.by_ref().take(taken).collect();
                    year.iter()
                        .find_map(|cell| cell.value)
                        .map(|v| model.unit.convert(v, to))
                })
                .collect();
            NetRow {
                label: r.label.clone(),
                region: r.kind == RowKind::RegionSumma,
                values,
            }
        })
        .collect();
    NetFrames {
        unit: to,
        years: model.columns.iter().map(|c| c.year).collect(),
        rows,
    }
}
