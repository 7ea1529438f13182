//! Where each figure of an import was read (`Utfall!K14`): kept beside the
//! report so that a finding can name its cell. Its own module because both
//! the importer, which fills it, and the validator, which reads it, need it.

use super::schema::{Group, Part, Report, Row};
use crate::finding::Position;
use std::collections::HashMap;

/// Where every figure of an import came from: (report, row, group, part) →
/// `Utfall!K14`, so the page can mark the cell a finding is about.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CellMap {
    cells: HashMap<(Report, Row, Group, Part), Position>,
}

impl CellMap {
    pub fn insert(&mut self, report: Report, row: Row, group: Group, part: Part, cell: Position) {
        self.cells.insert((report, row, group, part), cell);
    }

    /// `Utfall!K14`, or `None` for a figure the file did not carry.
    pub fn get(&self, report: Report, row: Row, group: Group, part: Part) -> Option<&Position> {
        self.cells.get(&(report, row, group, part))
    }

    /// Adds every cell of `other` (the other half's file).
    pub fn extend(&mut self, other: CellMap) {
        self.cells.extend(other.cells);
    }

    /// Forgets the cells of `report`'s table.
    pub(super) fn forget(&mut self, report: Report) {
        self.cells.retain(|(r, ..), _| *r != report);
    }
}
