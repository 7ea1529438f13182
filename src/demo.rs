//! The built-in example behind "Visa exempel": two förvaltningar, March and
//! June each, as the four FR1 workbooks in `tests/fixtures/fr1` would be
//! dropped. Kept as text — one CSV per sheet, written cell for cell from
//! the workbooks by `tests/fixtures/demo/make_demo.py` — so the example
//! costs a few KB of the app's first download instead of 24 KB of
//! embedded workbooks, and shows without starting the spreadsheet worker.
//! Each file reads as the grids the workbook gives (same sheet names, so
//! the same cell references), through the same intake as a dropped file.

use crate::import::grid::Grid;
use crate::import::text::read_text;
use crate::intake::{intake_grids, Intake, Refusal};

/// One example file: its workbook's name and its sheets as CSV text.
type DemoFile = (&'static str, [(&'static str, &'static str); 2]);

macro_rules! workbook {
    ($name:literal) => {
        (
            concat!($name, ".xlsx"),
            [
                (
                    "Utfall",
                    include_str!(concat!("../tests/fixtures/demo/", $name, ".Utfall.csv")),
                ),
                (
                    "Prognos",
                    include_str!(concat!("../tests/fixtures/demo/", $name, ".Prognos.csv")),
                ),
            ],
        )
    };
}

const FILES: [DemoFile; 4] = [
    workbook!("FR1_42_mars2024"),
    workbook!("FR1_42_juni2024"),
    workbook!("FR1_43_mars2024"),
    workbook!("FR1_43_juni2024"),
];

/// The example's files, each as its intake result, in the order a person
/// would drop them.
pub fn intakes() -> Vec<Result<Intake, Refusal>> {
    FILES
        .iter()
        .map(|(name, sheets)| intake_grids(name, grids(name, sheets)))
        .collect()
}

fn grids(
    name: &str,
    sheets: &[(&str, &str)],
) -> Result<Vec<Grid>, crate::import::error::ImportError> {
    sheets
        .iter()
        .map(|(sheet, csv)| {
            let mut grid = read_text(name, csv.as_bytes())?;
            grid.sheet = (*sheet).to_string();
            Ok(grid)
        })
        .collect()
}

#[cfg(all(test, feature = "sheets"))]
mod tests {
    use super::*;
    use crate::intake::intake;

    /// The example reads exactly as its workbooks do through calamine: the
    /// same report, cell map, findings and hints.
    #[test]
    fn the_example_is_the_four_workbooks() {
        let got = intakes();
        assert_eq!(got.len(), 4);
        for ((name, _), got) in FILES.iter().zip(got) {
            let path = format!("{}/tests/fixtures/fr1/{name}", env!("CARGO_MANIFEST_DIR"));
            let want = intake(name, &std::fs::read(&path).unwrap());
            assert!(matches!(want, Ok(Intake::Fr1(_))), "{name}");
            assert_eq!(got, want, "{name}");
        }
    }
}
