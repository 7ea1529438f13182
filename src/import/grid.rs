//! A sheet as a plain grid of cells: what every reader (xlsx, xls, ods, csv,
//! pasted text) produces and every locator (FR1, budget frames) consumes, so
//! finding tables by their labels is written once, whatever the file format.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One cell's content after reading, before any interpretation.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Cell {
    #[default]
    Empty,
    /// Text as stored (numbers stored as text stay text here; the number
    /// parser decides).
    Text(String),
    /// A numeric cell, exact as far as the file format allows.
    Number(Decimal),
    /// A date cell, as `YYYY-MM-DD`.
    Date(String),
    /// An Excel error value such as `#REF!` or `#DIV/0!`.
    Error(String),
}

impl Cell {
    /// The cell's text for label matching (`""` for empty and numbers).
    pub fn text(&self) -> &str {
        match self {
            Cell::Text(s) => s,
            _ => "",
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => s.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as a person would read it in a message.
    pub fn display(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) | Cell::Date(s) | Cell::Error(s) => s.clone(),
            Cell::Number(d) => d.normalize().to_string(),
        }
    }
}

/// One sheet (or one text file) as rows of cells. Row and column indices are
/// 0-based in code and shown 1-based / lettered (`K14`) to people.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Grid {
    /// Sheet name; for text files the file name.
    pub sheet: String,
    pub rows: Vec<Vec<Cell>>,
}

static EMPTY: Cell = Cell::Empty;

impl Grid {
    pub fn new(sheet: impl Into<String>, rows: Vec<Vec<Cell>>) -> Self {
        Grid {
            sheet: sheet.into(),
            rows,
        }
    }

    /// The cell at (row, col), `Empty` outside the grid.
    pub fn get(&self, row: usize, col: usize) -> &Cell {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .unwrap_or(&EMPTY)
    }

    pub fn height(&self) -> usize {
        self.rows.len()
    }

    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// `Utfall!K14` for (13, 10) on sheet `Utfall`.
    pub fn cell_ref(&self, row: usize, col: usize) -> String {
        format!("{}!{}", self.sheet, cell_name(row, col))
    }
}

/// `K14` for 0-based (13, 10).
pub fn cell_name(row: usize, col: usize) -> String {
    format!("{}{}", column_letters(col), row + 1)
}

/// `A`, `Z`, `AA`… for 0-based column indices.
pub fn column_letters(col: usize) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(b'A' + rem as u8);
        n = (n - 1) / 26;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cell_names_are_excel_style() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(13, 10), "K14");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn outside_the_grid_is_empty() {
        let g = Grid::new("S", vec![vec![Cell::Text("a".into())]]);
        assert_eq!(g.get(5, 5), &Cell::Empty);
        assert_eq!(g.cell_ref(0, 0), "S!A1");
    }
}
