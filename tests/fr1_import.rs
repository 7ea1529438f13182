//! FR1 import end to end: the sample workbooks and CSV exports, and variants
//! of them built as grids (the shapes real files take), with figures checked
//! by hand against the workbooks.

use budgetkoll::finding::{Finding, Position, Severity};
use budgetkoll::fr1::import::{import_fr1, Fr1Error, Fr1Import};
use budgetkoll::fr1::meta_field::MetaField;
use budgetkoll::fr1::model::{Fr1Meta, Fr1Report, Fr1Table, Period, UnitId};
use budgetkoll::fr1::schema::{Group, Part, Report, Row, GROUP_DIFFS, ROW_SUMS};
use budgetkoll::fr1::validate::validate;
use budgetkoll::i18n::Lang;
use budgetkoll::import::grid::{Cell, Grid};
use budgetkoll::money::{Money, Unit};
use proptest::prelude::*;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;

// ---- building grids -------------------------------------------------------

/// Every sheet of a sample workbook as a grid, read with calamine the way the
/// app's reader does (numbers exact, dates as `YYYY-MM-DD`, error values kept).
fn workbook_grids(name: &str) -> Vec<Grid> {
    use calamine::{Data, Reader, Xlsx};
    let bytes = std::fs::read(format!("tests/fixtures/fr1/{name}")).unwrap();
    let mut wb = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let mut grids = Vec::new();
    for sheet in wb.sheet_names() {
        let range = wb.worksheet_range(&sheet).unwrap();
        let (row0, col0) = range.start().unwrap_or((0, 0));
        let mut rows = vec![Vec::new(); row0 as usize];
        for r in range.rows() {
            let mut cells = vec![Cell::Empty; col0 as usize];
            cells.extend(r.iter().map(|d| match d {
                Data::Int(i) => Cell::Number(Decimal::from(*i)),
                Data::Float(f) => Cell::Number(Decimal::from_str_exact(&f.to_string()).unwrap()),
                Data::String(s) => Cell::Text(s.clone()),
                Data::DateTime(dt) => {
                    let (y, m, d, ..) = dt.to_ymd_hms_milli();
                    Cell::Date(format!("{y:04}-{m:02}-{d:02}"))
                }
                Data::Error(e) => Cell::Error(e.to_string()),
                Data::Empty => Cell::Empty,
                other => Cell::Text(other.to_string()),
            }));
            rows.push(cells);
        }
        grids.push(Grid::new(sheet, rows));
    }
    grids
}

/// A semicolon CSV export as a grid of text cells (what the CSV reader gives).
fn csv_grid(name: &str) -> Grid {
    let text = std::fs::read_to_string(format!("tests/fixtures/fr1/{name}")).unwrap();
    let rows = text
        .lines()
        .map(|l| {
            l.trim_end_matches('\r')
                .split(';')
                .map(|c| if c.is_empty() { Cell::Empty } else { t(c) })
                .collect()
        })
        .collect();
    Grid::new(name, rows)
}

fn t(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

fn n(v: i64) -> Cell {
    Cell::Number(Decimal::from(v))
}

fn import(source: &str, grids: &[Grid]) -> Fr1Import {
    import_fr1(source, grids).unwrap_or_else(|e| panic!("{e}"))
}

fn errors(imp: &Fr1Import) -> Vec<&Finding> {
    imp.findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect()
}

fn assert_no_errors(imp: &Fr1Import) {
    assert!(errors(imp).is_empty(), "{:#?}", errors(imp));
}

fn value(table: &Fr1Table, row: Row, group: Group, part: Part) -> Option<Decimal> {
    table.get(row, group, part).map(|m| m.0)
}

/// The 42 juni workbook, imported as a reference for the variants.
fn reference() -> Fr1Import {
    import(
        "FR1_42_juni2024.xlsx",
        &workbook_grids("FR1_42_juni2024.xlsx"),
    )
}

/// Maps every number cell of a grid.
fn map_numbers(grid: &mut Grid, f: impl Fn(usize, Decimal) -> Cell) {
    let mut i = 0;
    for row in &mut grid.rows {
        for cell in row.iter_mut() {
            if let Cell::Number(d) = cell {
                *cell = f(i, *d);
                i += 1;
            }
        }
    }
}

// ---- the samples ----------------------------------------------------------

#[test]
fn sample_42_juni_reads_every_figure_and_the_metadata() {
    let imp = reference();
    assert_no_errors(&imp);
    assert!(imp.findings.is_empty(), "{:#?}", imp.findings);
    let u = imp.report.utfall.as_ref().unwrap();
    use Group::*;
    use Part::*;
    assert_eq!(value(u, Row::Intakter, Actual, Totalt), Some(dec!(-4858)));
    assert_eq!(value(u, Row::Anstallda, Actual, Externt), Some(dec!(43607)));
    assert_eq!(value(u, Row::Drift, Budget, Totalt), Some(dec!(16980)));
    assert_eq!(
        value(u, Row::DriftOvrigt, PreviousYear, Internt),
        Some(dec!(3454))
    );
    assert_eq!(
        value(u, Row::PersonalOvrigt, VsBudget, Externt),
        Some(dec!(58))
    );
    assert_eq!(
        value(u, Row::Nettoresultat, VsPreviousYear, Totalt),
        Some(dec!(-4977))
    );
    let p = imp.report.prognos.as_ref().unwrap();
    assert_eq!(value(p, Row::Personal, Actual, Externt), Some(dec!(88906)));
    assert_eq!(
        value(p, Row::Nettoresultat, Budget, Totalt),
        Some(dec!(114000))
    );
    assert_eq!(
        value(p, Row::Forbrukningsmaterial, VsBudget, Internt),
        Some(dec!(-79))
    );

    assert_eq!(
        imp.cells.get(Report::Utfall, Row::Drift, Budget, Totalt),
        Position::parse("Utfall!G12").as_ref()
    );
    assert_eq!(
        imp.cells
            .get(Report::Prognos, Row::Nettoresultat, VsPreviousYear, Totalt),
        Position::parse("Prognos!P22").as_ref()
    );

    let meta = &imp.report.meta;
    assert_eq!(meta.organisation.as_deref(), Some("Region Exempel"));
    assert_eq!(
        meta.unit_id,
        Some(UnitId {
            code: "42".into(),
            name: "Exempelförvaltningen".into()
        })
    );
    assert_eq!(meta.period, Period::new(2024, 6));
    assert_eq!(meta.amount_unit, Some(Unit::Tkr));
    assert_eq!(meta.filled_by.as_deref(), Some("Anna Exempel"));
    assert_eq!(meta.date.as_deref(), Some("2024-07-12"));
    assert!(imp.missing.is_empty());
    assert_eq!(imp.report.source, "FR1_42_juni2024.xlsx");
}

#[test]
fn the_other_samples_read_with_their_figures() {
    // (file, unit, period, Utfall D7, Utfall G12, Utfall P22, Prognos D7, Prognos D22)
    let cases = [
        (
            "FR1_42_mars2024.xlsx",
            "42",
            3,
            -2434,
            8490,
            -855,
            -9964,
            114488,
        ),
        (
            "FR1_43_juni2024.xlsx",
            "43",
            6,
            -2281,
            8490,
            -1010,
            -4710,
            59798,
        ),
        (
            "FR1_43_mars2024.xlsx",
            "43",
            3,
            -1148,
            4245,
            244,
            -4676,
            56442,
        ),
    ];
    for (file, code, month, d7, g12, p22, pd7, pd22) in cases {
        let imp = import(file, &workbook_grids(file));
        assert_no_errors(&imp);
        let u = imp.report.utfall.as_ref().unwrap();
        let p = imp.report.prognos.as_ref().unwrap();
        assert_eq!(
            value(u, Row::Intakter, Group::Actual, Part::Totalt),
            Some(d7.into()),
            "{file}"
        );
        assert_eq!(
            value(u, Row::Drift, Group::Budget, Part::Totalt),
            Some(g12.into()),
            "{file}"
        );
        assert_eq!(
            value(u, Row::Nettoresultat, Group::VsPreviousYear, Part::Totalt),
            Some(p22.into()),
            "{file}"
        );
        assert_eq!(
            value(p, Row::Intakter, Group::Actual, Part::Totalt),
            Some(pd7.into()),
            "{file}"
        );
        assert_eq!(
            value(p, Row::Nettoresultat, Group::Actual, Part::Totalt),
            Some(pd22.into()),
            "{file}"
        );
        let meta = &imp.report.meta;
        assert_eq!(meta.unit_id.as_ref().map(|u| u.code.as_str()), Some(code));
        assert_eq!(meta.period, Period::new(2024, month));
    }
}

#[test]
fn csv_exports_give_the_same_tables_as_the_workbook() {
    let xlsx = reference();
    let utfall = import(
        "FR1_42_juni2024_utfall.csv",
        &[csv_grid("FR1_42_juni2024_utfall.csv")],
    );
    let prognos = import(
        "FR1_42_juni2024_prognos.csv",
        &[csv_grid("FR1_42_juni2024_prognos.csv")],
    );
    assert_no_errors(&utfall);
    assert_no_errors(&prognos);
    assert_eq!(utfall.report.utfall, xlsx.report.utfall);
    assert_eq!(utfall.report.prognos, None);
    assert_eq!(prognos.report.prognos, xlsx.report.prognos);
    assert_eq!(prognos.report.utfall, None);
    assert_eq!(utfall.report.meta.period, Period::new(2024, 6));
    assert_eq!(utfall.report.meta.amount_unit, Some(Unit::Tkr));
    assert_eq!(
        utfall
            .cells
            .get(Report::Utfall, Row::Drift, Group::Budget, Part::Totalt),
        Position::parse("FR1_42_juni2024_utfall.csv!G12").as_ref()
    );
    // Both exports dropped together make the whole report.
    let both = import(
        "FR1_42_juni2024.csv",
        &[
            csv_grid("FR1_42_juni2024_utfall.csv"),
            csv_grid("FR1_42_juni2024_prognos.csv"),
        ],
    );
    assert_eq!(both.report.utfall, xlsx.report.utfall);
    assert_eq!(both.report.prognos, xlsx.report.prognos);
    assert_no_errors(&both);
}

// ---- variants -------------------------------------------------------------

#[test]
fn rows_in_another_order() {
    let reference = reference();
    let mut grids = workbook_grids("FR1_42_juni2024.xlsx");
    let rows = &mut grids[0].rows;
    // Rows 7..22 (0-based 6..22): put the totals first, then Drift with its
    // sub-rows, Kapitalkostnad, Personal with its sub-rows, Intäkter.
    let body: Vec<Vec<Cell>> = rows.drain(6..22).collect();
    let order = [13, 14, 15, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 0];
    for (i, &from) in order.iter().enumerate() {
        rows.insert(6 + i, body[from].clone());
    }
    let imp = import("FR1_42_juni2024.xlsx", &grids);
    assert_no_errors(&imp);
    assert_eq!(imp.report.utfall, reference.report.utfall);
    assert_eq!(
        imp.cells.get(
            Report::Utfall,
            Row::Nettoresultat,
            Group::Actual,
            Part::Totalt
        ),
        Position::parse("Utfall!D9").as_ref()
    );
}

#[test]
fn blank_rows_and_columns_between() {
    let reference = reference();
    let mut grids = workbook_grids("FR1_42_juni2024.xlsx");
    for grid in &mut grids {
        // A blank column at A and another between the Utfall and Budget
        // groups (after old column D); blank rows under the sub-header and
        // after Personal's sub-rows.
        for row in &mut grid.rows {
            while row.len() < 16 {
                row.push(Cell::Empty);
            }
            row.insert(4, Cell::Empty);
            row.insert(0, Cell::Empty);
        }
        grid.rows.insert(11, Vec::new());
        grid.rows.insert(6, vec![Cell::Empty; 3]);
    }
    let imp = import("FR1_42_juni2024.xlsx", &grids);
    assert_no_errors(&imp);
    assert_eq!(imp.report.utfall, reference.report.utfall);
    assert_eq!(imp.report.prognos, reference.report.prognos);
    assert_eq!(imp.report.meta, reference.report.meta);
    // Drift moved from G12 to I14.
    assert_eq!(
        imp.cells
            .get(Report::Utfall, Row::Drift, Group::Budget, Part::Totalt),
        Position::parse("Utfall!I14").as_ref()
    );
}

/// `amount` written the way people type it, in several styles.
fn swedish_text(i: usize, d: Decimal) -> Cell {
    let digits = d.abs().normalize().to_string();
    let mut grouped = String::new();
    let sep = ['\u{a0}', ' ', '\u{202f}', '\u{2009}'][i % 4];
    for (k, ch) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(ch);
    }
    if d.is_sign_negative() && !d.is_zero() {
        Cell::Text(match i % 4 {
            0 => format!("-{grouped}"),
            1 => format!("\u{2212}{grouped}"),
            2 => format!("{grouped} -"),
            _ => format!("({grouped})"),
        })
    } else {
        Cell::Text(grouped)
    }
}

#[test]
fn numbers_written_as_swedish_text() {
    let reference = reference();
    let mut grids = workbook_grids("FR1_42_juni2024.xlsx");
    for grid in &mut grids {
        map_numbers(grid, swedish_text);
    }
    // The Datum serial became text too; the date is then kept as written.
    let imp = import("FR1_42_juni2024.xlsx", &grids);
    assert_no_errors(&imp);
    assert_eq!(imp.report.utfall, reference.report.utfall);
    assert_eq!(imp.report.prognos, reference.report.prognos);
    assert_eq!(swedish_text(0, dec!(22925)), t("22\u{a0}925"));
    assert_eq!(swedish_text(2, dec!(-1596)), t("1\u{202f}596 -"));
}

/// A Totalt-only table (one column per group) from `(label, [values])`.
fn totals_grid(sheet: &str, headers: &[&str], rows: &[(&str, Vec<Cell>)]) -> Grid {
    let mut grid = vec![
        vec![t("Ekonomirapportering Utfall - Förvaltning")],
        vec![t("Belopp: TKR")],
        std::iter::once(t("Kontoslag"))
            .chain(headers.iter().map(|h| t(h)))
            .collect(),
    ];
    for (label, values) in rows {
        grid.push(
            std::iter::once(t(label))
                .chain(values.iter().cloned())
                .collect(),
        );
    }
    Grid::new(sheet, grid)
}

#[test]
fn decimals_and_signs_in_text_cells() {
    let grid = totals_grid(
        "Blad1",
        &["Utfall", "Budget", "Avvikelse"],
        &[
            ("Intäkter", vec![t("(12)"), t("−5"), t("7")]),
            ("Personal", vec![t("22 925"), t("3 524,5"), t("52,4 -")]),
        ],
    );
    let imp = import("sammandrag.xlsx", &[grid]);
    let u = imp.report.utfall.as_ref().unwrap();
    assert_eq!(
        value(u, Row::Intakter, Group::Actual, Part::Totalt),
        Some(dec!(-12))
    );
    assert_eq!(
        value(u, Row::Intakter, Group::Budget, Part::Totalt),
        Some(dec!(-5))
    );
    assert_eq!(
        value(u, Row::Personal, Group::Actual, Part::Totalt),
        Some(dec!(22925))
    );
    assert_eq!(
        value(u, Row::Personal, Group::Budget, Part::Totalt),
        Some(dec!(3524.5))
    );
    assert_eq!(
        value(u, Row::Personal, Group::VsBudget, Part::Totalt),
        Some(dec!(-52.4))
    );
    // 3 524,5 − 22 925 = −19 400,5, not −52,4: an error at the variance cell.
    let e = errors(&imp);
    assert_eq!(e.len(), 1, "{e:#?}");
    assert_eq!(e[0].cell_name().as_deref(), Some("Blad1!D5"));
    assert_eq!(
        e[0].text(Lang::Sv),
        "Personal, Totalt, Utfall jmf budget: Budget ackumulerat − utfall ackumulerat blir \u{2212}19\u{a0}400,5 men kolumnen anger \u{2212}52,4 (skillnad 19\u{a0}348,1 tkr)"
    );
}

#[test]
fn lower_case_and_abbreviated_headers() {
    let reference = reference();
    let mut grids = workbook_grids("FR1_42_juni2024.xlsx");
    let headers = [
        (1, "utfall ack"),
        (4, "Budget ack."),
        (7, "fg år ack"),
        (10, "utfall jämfört med budget"),
        (13, "Utfall jmf Föreg år"),
    ];
    for (col, text) in headers {
        grids[0].rows[4][col] = t(text);
    }
    for (col, text) in [(1, "EXTERNT"), (2, " internt "), (3, "Tot")] {
        grids[0].rows[5][col] = t(text);
    }
    let imp = import("FR1_42_juni2024.xlsx", &grids);
    assert_no_errors(&imp);
    assert_eq!(imp.report.utfall, reference.report.utfall);
}

#[test]
fn both_reports_on_one_sheet() {
    let reference = reference();
    let grids = workbook_grids("FR1_42_juni2024.xlsx");
    let mut rows = grids[0].rows.clone();
    rows.push(Vec::new());
    rows.extend(grids[1].rows.iter().cloned());
    let imp = import("FR1.xlsx", &[Grid::new("FR1", rows)]);
    assert_no_errors(&imp);
    assert_eq!(imp.report.utfall, reference.report.utfall);
    assert_eq!(imp.report.prognos, reference.report.prognos);
    // The Prognos table starts on row 27 (25 rows, one blank, then its own).
    assert_eq!(
        imp.cells
            .get(Report::Prognos, Row::Drift, Group::Budget, Part::Totalt),
        Position::parse("FR1!G38").as_ref()
    );
    assert_eq!(imp.report.meta.period, Period::new(2024, 6));
}

#[test]
fn totalt_only_sheets_with_and_without_a_sub_header() {
    let reference = reference();
    let ref_u = reference.report.utfall.as_ref().unwrap();
    let grids = workbook_grids("FR1_42_juni2024.xlsx");
    // Column A and each group's Totalt column; the merged group headers
    // keep their text, which sits in the group's first column.
    let only_totals: Vec<Vec<Cell>> = grids[0]
        .rows
        .iter()
        .enumerate()
        .map(|(r, cells)| {
            let first = if r == 4 { 1 } else { 3 };
            std::iter::once(0)
                .chain((0..5).map(|g| first + 3 * g))
                .map(|c| cells.get(c).cloned().unwrap_or_default())
                .collect()
        })
        .collect();
    let mut no_sub_header = only_totals.clone();
    no_sub_header.remove(5);
    for rows in [only_totals, no_sub_header] {
        let imp = import("FR1.xlsx", &[Grid::new("Utfall", rows)]);
        assert_no_errors(&imp);
        let u = imp.report.utfall.as_ref().unwrap();
        for row in Row::ALL {
            for group in Group::ALL {
                assert_eq!(
                    u.get(row, group, Part::Totalt),
                    ref_u.get(row, group, Part::Totalt)
                );
                assert_eq!(u.get(row, group, Part::Externt), None);
                assert_eq!(u.get(row, group, Part::Internt), None);
            }
        }
        assert!(imp
            .findings
            .iter()
            .any(|f| f.severity == Severity::Info && f.text(Lang::Sv).contains("bara Totalt")));
    }
}

#[test]
fn three_column_year_end_summary() {
    let reference = reference();
    let ref_u = reference.report.utfall.as_ref().unwrap();
    let labels: Vec<String> = Row::ALL
        .iter()
        .map(|r| match r.is_sub_row() {
            true => format!(" - {}", r.label()),
            false => r.label().to_string(),
        })
        .collect();
    let refs: Vec<(&str, Vec<Cell>)> = Row::ALL
        .iter()
        .zip(&labels)
        .map(|(&row, label)| {
            let cells = [Group::Actual, Group::Budget, Group::VsBudget]
                .iter()
                .map(|&g| Cell::Number(ref_u.value(row, g, Part::Totalt).0))
                .collect();
            (label.as_str(), cells)
        })
        .collect();
    let grid = totals_grid("Bokslut", &["Utfall", "Budget", "Avvikelse"], &refs);
    let imp = import("bokslut.xlsx", &[grid]);
    assert_no_errors(&imp);
    let u = imp.report.utfall.as_ref().unwrap();
    assert_eq!(
        value(u, Row::Drift, Group::Budget, Part::Totalt),
        Some(dec!(16980))
    );
    assert_eq!(
        value(u, Row::Drift, Group::VsBudget, Part::Totalt),
        Some(dec!(-52))
    );
    assert!(!u.has_group(Group::PreviousYear));
    assert!(!u.has_part(Part::Externt));
    assert_eq!(imp.report.meta.amount_unit, Some(Unit::Tkr));
    assert!(imp.missing.contains(&MetaField::Period));
}

#[test]
fn mnkr_figures_and_messages() {
    let mut grids = workbook_grids("FR1_42_juni2024.xlsx");
    for grid in &mut grids {
        grid.rows[2][12] = t("MNKR");
        map_numbers(grid, |_, d| Cell::Number(d / dec!(1000)));
        grid.rows[24][8] = n(45485); // Datum stays a date serial
    }
    // Drift, Budget ackumulerat, Totalt: 16,980 → 17,180 mnkr.
    grids[0].rows[11][6] = Cell::Number(dec!(17.18));
    let imp = import("FR1_42_juni2024.xlsx", &grids);
    assert_eq!(imp.report.meta.amount_unit, Some(Unit::Mnkr));
    let u = imp.report.utfall.as_ref().unwrap();
    assert_eq!(
        value(u, Row::Intakter, Group::Actual, Part::Totalt),
        Some(dec!(-4.858))
    );
    let drift: Vec<&Finding> = errors(&imp)
        .into_iter()
        .filter(|f| f.cell_name().as_deref() == Some("Utfall!G12"))
        .collect();
    assert_eq!(drift.len(), 2, "{drift:#?}");
    assert!(drift.iter().any(|f| f.text(Lang::Sv)
        == "Drift, Totalt, Budget ackumulerat: delraderna summerar till 16,98 men raden anger 17,18 (skillnad 0,20 mnkr)"));
    assert!(drift.iter().any(|f| f.text(Lang::Sv)
        == "Drift, Totalt, Budget ackumulerat: Externt och Internt summerar till 16,98 men Totalt anger 17,18 (skillnad 0,20 mnkr)"));
}

#[test]
fn a_corrupted_sum_is_an_error_at_its_cell() {
    let mut grids = workbook_grids("FR1_42_juni2024.xlsx");
    grids[0].rows[11][6] = n(16972);
    let imp = import("FR1_42_juni2024.xlsx", &grids);
    let e = errors(&imp);
    let drift = e
        .iter()
        .find(|f| f.text(Lang::Sv).contains("delraderna"))
        .expect("the Drift sum");
    assert_eq!(drift.cell_name().as_deref(), Some("Utfall!G12"));
    let at = drift.figure().expect("a figure");
    assert_eq!(
        (at.report, at.row, at.group, at.part),
        (Report::Utfall, Row::Drift, Group::Budget, Part::Totalt)
    );
    assert_eq!(
        drift.text(Lang::Sv),
        "Drift, Totalt, Budget ackumulerat: delraderna summerar till 16\u{a0}980 men raden anger 16\u{a0}972 (skillnad 8 tkr)"
    );
    // The same cell also disagrees with Externt + Internt, TOTALA KOSTNADER
    // with it, and the variance column computed from it.
    let cells: Vec<String> = e.iter().filter_map(|f| f.cell_name()).collect();
    assert_eq!(e.len(), 4, "{e:#?}");
    assert!(cells.contains(&"Utfall!G21".to_string()));
    assert!(cells.contains(&"Utfall!M12".to_string()));
    // And the evenly spread budget no longer holds for Drift.
    assert!(imp.findings.iter().any(|f| f.severity == Severity::Warning
        && f.figure().is_some_and(|at| at.row == Row::Drift)
        && f.text(Lang::Sv)
            .contains("× 6/12 blir 16\u{a0}980 men raden anger 16\u{a0}972")));
}

#[test]
fn a_difference_of_one_is_rounding() {
    let mut grids = workbook_grids("FR1_42_juni2024.xlsx");
    // Intäkter, Utfall ackumulerat, Totalt: −4 858 → −4 859.
    grids[0].rows[6][3] = n(-4859);
    let imp = import("FR1_42_juni2024.xlsx", &grids);
    assert_no_errors(&imp);
    let at_d7: Vec<&Finding> = imp
        .findings
        .iter()
        .filter(|f| f.cell_name().as_deref() == Some("Utfall!D7"))
        .collect();
    assert_eq!(at_d7.len(), 1);
    assert_eq!(at_d7[0].severity, Severity::Info);
    assert!(
        at_d7[0].text(Lang::Sv).contains("avrundning"),
        "{}",
        at_d7[0].text(Lang::Sv)
    );
}

#[test]
fn an_error_value_is_an_error_at_its_cell_and_nothing_else() {
    let mut grids = workbook_grids("FR1_42_juni2024.xlsx");
    grids[0].rows[11][6] = Cell::Error("#REF!".into());
    grids[1].rows[7][2] = t("abc");
    let imp = import("FR1_42_juni2024.xlsx", &grids);
    let e = errors(&imp);
    assert_eq!(e.len(), 2, "{e:#?}");
    assert_eq!(e[0].cell_name().as_deref(), Some("Utfall!G12"));
    assert_eq!(
        e[0].text(Lang::Sv),
        "Drift, Totalt, Budget ackumulerat: cellen innehåller felvärdet #REF!"
    );
    assert_eq!(e[1].cell_name().as_deref(), Some("Prognos!C8"));
    assert_eq!(
        e[1].text(Lang::Sv),
        "Personal, Internt, Prognos helår: väntade ett belopp men fann ”abc”"
    );
    let u = imp.report.utfall.as_ref().unwrap();
    assert_eq!(u.get(Row::Drift, Group::Budget, Part::Totalt), None);
    assert_eq!(
        value(u, Row::Drift, Group::Budget, Part::Internt),
        Some(dec!(7080))
    );
}

#[test]
fn empty_cells_in_a_present_group_are_zero() {
    let mut grids = workbook_grids("FR1_42_juni2024.xlsx");
    // Resor has no internal trade; leave those cells blank.
    for col in [2, 5, 8, 11, 14] {
        grids[0].rows[13][col] = Cell::Empty;
    }
    let imp = import("FR1_42_juni2024.xlsx", &grids);
    assert_no_errors(&imp);
    let u = imp.report.utfall.as_ref().unwrap();
    assert_eq!(
        u.get(Row::Resor, Group::Budget, Part::Internt),
        Some(Money::ZERO)
    );
}

#[test]
fn sheets_without_an_fr1_are_refused_with_their_names() {
    let grids = [
        Grid::new("Blad1", vec![vec![t("Anteckningar")], vec![n(12)]]),
        Grid::new("Blad2", vec![]),
    ];
    let err = import_fr1("FR1.xlsx", &grids).unwrap_err();
    assert!(matches!(err, Fr1Error::NoTable { .. }));
    let text = err.to_string();
    assert!(
        text.starts_with("Hittade ingen FR1-tabell i FR1.xlsx: ingen rad med kolumnrubrikerna UTFALL - ACKUMULERAT"),
        "{text}"
    );
    assert!(text.ends_with("(bladen Blad1, Blad2)"), "{text}");

    // Headers without any kontoslag under them.
    let headers_only = totals_grid(
        "Blad1",
        &["Utfall", "Budget"],
        &[("Summa", vec![n(1), n(2)])],
    );
    let err = import_fr1("FR1.xlsx", &[headers_only]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Hittade ingen FR1-tabell i FR1.xlsx: under kolumnrubrikerna i Blad1!B3 finns inga rader med kontoslag (Intäkter, Personal, Drift …)"
    );
}

#[test]
fn missing_period_is_asked_for_with_the_file_name_as_hint() {
    let mut grids = workbook_grids("FR1_42_juni2024.xlsx");
    for grid in &mut grids {
        grid.rows[2][8] = Cell::Empty;
    }
    let imp = import("FR1_42_juni2024.xlsx", &grids);
    assert_no_errors(&imp);
    assert_eq!(imp.report.meta.period, None);
    assert_eq!(imp.missing, vec![MetaField::Period]);
    assert_eq!(imp.hint.period, Period::new(2024, 6));
    assert_eq!(imp.hint.unit_id.map(|u| u.code), Some("42".to_string()));
}

#[test]
fn unknown_and_varav_rows() {
    let mut grids = workbook_grids("FR1_42_juni2024.xlsx");
    let mut varav = grids[0].rows[12].clone();
    varav[0] = t("   - varav material till vården");
    grids[0].rows.insert(13, varav);
    let mut unknown = grids[0].rows[7].clone();
    unknown[0] = t("Lokaler");
    grids[0].rows.insert(8, unknown);
    let imp = import("FR1_42_juni2024.xlsx", &grids);
    assert_no_errors(&imp);
    assert_eq!(imp.report.utfall, reference().report.utfall);
    let warnings: Vec<&Finding> = imp
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    assert_eq!(warnings[0].cell_name().as_deref(), Some("Utfall!A9"));
    assert!(warnings[0]
        .text(Lang::Sv)
        .contains("”Lokaler” finns inte i FR1-mallen"));
}

// ---- property: valid tables validate clean --------------------------------

/// A table that satisfies every identity, from leaf figures per group.
fn valid_table(report: Report, leaves: &[[(i64, i64); 11]; 3]) -> Fr1Table {
    let leaf_rows = [
        Row::Intakter,
        Row::Anstallda,
        Row::Inhyrda,
        Row::PersonalOvrigt,
        Row::Forbrukningsmaterial,
        Row::Resor,
        Row::InformationPr,
        Row::KoptaTjanster,
        Row::PostOchTele,
        Row::DriftOvrigt,
        Row::Kapitalkostnad,
    ];
    let mut table = Fr1Table::empty(report);
    for (group, values) in [Group::Actual, Group::Budget, Group::PreviousYear]
        .into_iter()
        .zip(leaves)
    {
        for (&row, &(ext, int)) in leaf_rows.iter().zip(values) {
            table.set(row, group, Part::Externt, Some(Money::from(ext)));
            table.set(row, group, Part::Internt, Some(Money::from(int)));
        }
        for sum in ROW_SUMS {
            for part in [Part::Externt, Part::Internt] {
                let total = sum.terms.iter().map(|&r| table.value(r, group, part)).sum();
                table.set(sum.total, group, part, Some(total));
            }
        }
    }
    for diff in GROUP_DIFFS {
        for row in Row::ALL {
            for part in [Part::Externt, Part::Internt] {
                let v =
                    table.value(row, diff.reference, part) - table.value(row, diff.actual, part);
                table.set(row, diff.target, part, Some(v));
            }
        }
    }
    for row in Row::ALL {
        for group in Group::ALL {
            let total =
                table.value(row, group, Part::Externt) + table.value(row, group, Part::Internt);
            table.set(row, group, Part::Totalt, Some(total));
        }
    }
    table
}

/// The table laid out as the form does, on its own sheet.
fn form_grid(table: &Fr1Table) -> Grid {
    let report = table.report;
    let mut header = vec![t("Kontoslag")];
    let mut parts = vec![Cell::Empty];
    for group in Group::ALL {
        header.extend([t(group.header(report)), Cell::Empty, Cell::Empty]);
        parts.extend(Part::ALL.map(|p| t(p.label())));
    }
    let mut rows = vec![vec![t(report.title())], Vec::new(), header, parts];
    for row in Row::ALL {
        let label = if row.is_sub_row() {
            format!(" - {}", row.label())
        } else {
            row.label().to_string()
        };
        let mut cells = vec![t(&label)];
        for group in Group::ALL {
            for part in Part::ALL {
                cells.push(Cell::Number(table.value(row, group, part).0));
            }
        }
        rows.push(cells);
    }
    Grid::new(report.sheet_name(), rows)
}

fn leaves() -> impl Strategy<Value = [[(i64, i64); 11]; 3]> {
    let pair = (-1_000_000i64..1_000_000, -100_000i64..100_000);
    let group = proptest::array::uniform11(pair);
    proptest::array::uniform3(group)
}

proptest! {
    // A fixed seed, so a failure reproduces on every machine.
    #![proptest_config(ProptestConfig {
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x0042_2024),
        ..ProptestConfig::default()
    })]
    #[test]
    fn valid_tables_have_no_errors_and_survive_the_form(u in leaves(), p in leaves()) {
        let utfall = valid_table(Report::Utfall, &u);
        let prognos = valid_table(Report::Prognos, &p);
        let report = Fr1Report {
            meta: Fr1Meta::default(),
            source: "prop".into(),
            utfall: Some(utfall.clone()),
            prognos: Some(prognos.clone()),
        };
        let findings = validate(&report, None);
        prop_assert!(findings.is_empty(), "{:?}", findings);

        let imp = import_fr1("prop.xlsx", &[form_grid(&utfall), form_grid(&prognos)]).unwrap();
        prop_assert!(imp.findings.is_empty(), "{:?}", imp.findings);
        prop_assert_eq!(imp.report.utfall, Some(utfall));
        prop_assert_eq!(imp.report.prognos, Some(prognos));
    }

    #[test]
    fn a_figure_off_by_more_than_rounding_is_an_error(
        u in leaves(),
        row in 0..Row::COUNT,
        group in 0..Group::COUNT,
        part in 0..3usize,
        off in prop_oneof![-1000i64..-2, 3i64..1000],
    ) {
        let mut utfall = valid_table(Report::Utfall, &u);
        let (row, group, part) = (Row::ALL[row], Group::ALL[group], Part::ALL[part]);
        utfall.set(row, group, part, Some(utfall.value(row, group, part) + Money::from(off)));
        let report = Fr1Report {
            meta: Fr1Meta::default(),
            source: "prop".into(),
            utfall: Some(utfall),
            prognos: None,
        };
        let findings = validate(&report, None);
        prop_assert!(findings.iter().all(|f| f.severity == Severity::Error));
        prop_assert!(!findings.is_empty());
    }
}

#[test]
fn every_row_has_its_own_stable_name_in_the_page() {
    // The browser tests and styles find rows by these names (data-row).
    assert_eq!(Row::Nettoresultat.key(), "Nettoresultat");
    assert_eq!(Row::Personal.key(), "Personal");
    assert_eq!(Row::PostOchTele.key(), "PostOchTele");
    let keys: std::collections::BTreeSet<&str> = Row::ALL.iter().map(|r| r.key()).collect();
    assert_eq!(keys.len(), Row::COUNT);
}
