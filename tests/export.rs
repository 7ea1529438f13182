//! CSV export as Swedish Excel reads it, checked byte for byte by hand.

use budgetkoll::export::{to_csv_sv, ExportRow, ExportTable};
use rust_decimal_macros::dec;

fn table() -> ExportTable {
    ExportTable {
        title: "42 Exempelförvaltningen; Utfall juni 2024".into(),
        headers: vec![
            "Kontoslag".into(),
            "Utfall".into(),
            "Budget".into(),
            "Avvikelse \"jmf budget\"".into(),
        ],
        rows: vec![
            ExportRow {
                label: "Intäkter".into(),
                values: vec![Some(dec!(-3524.45)), Some(dec!(-3300)), Some(dec!(224.45))],
            },
            ExportRow {
                label: " - övrigt".into(),
                values: vec![Some(dec!(12345678)), None, Some(dec!(-0.5))],
            },
            ExportRow {
                label: "=HYPERLINK(\"http://x\";\"klicka\")".into(),
                values: vec![None, None, None],
            },
            ExportRow {
                label: "-övrigt\nrad två".into(),
                values: vec![Some(dec!(0))],
            },
        ],
    }
}

#[test]
fn swedish_excel_csv_by_hand() {
    let expected = concat!(
        "\u{feff}",
        "\"42 Exempelförvaltningen; Utfall juni 2024\"\r\n",
        "Kontoslag;Utfall;Budget;\"Avvikelse \"\"jmf budget\"\"\"\r\n",
        "Intäkter;-3524,45;-3300;224,45\r\n",
        " - övrigt;12345678;;-0,5\r\n",
        "\"'=HYPERLINK(\"\"http://x\"\";\"\"klicka\"\")\";;;\r\n",
        "\"'-övrigt\nrad två\";0\r\n",
    );
    assert_eq!(to_csv_sv(&table()), expected);
}

#[test]
fn formula_starts_are_guarded_in_every_text_field() {
    let t = ExportTable {
        title: "@titel".into(),
        headers: vec!["+rubrik".into()],
        rows: vec![ExportRow {
            label: "\tflik".into(),
            values: vec![Some(dec!(-1))],
        }],
    };
    assert_eq!(
        to_csv_sv(&t),
        "\u{feff}'@titel\r\n'+rubrik\r\n'\tflik;-1\r\n"
    );
}

#[test]
fn an_empty_table_has_title_and_header_lines() {
    assert_eq!(to_csv_sv(&ExportTable::default()), "\u{feff}\r\n\r\n");
}

/// The XLSX has the figures as numbers: read it back with calamine.
#[test]
fn xlsx_holds_numbers_that_read_back() {
    use budgetkoll::export::xlsx::to_xlsx;
    use budgetkoll::import::grid::Cell;
    let t = ExportTable {
        title: "42 Exempelförvaltningen · juni 2024 · tkr".into(),
        headers: vec!["Kontoslag".into(), "Utfall ack".into(), "Avvikelse".into()],
        rows: vec![ExportRow {
            label: "NETTORESULTAT".into(),
            values: vec![Some(dec!(58596)), Some(dec!(-1596.5))],
        }],
    };
    let bytes = to_xlsx(&t, "Sammanställning: juni?").unwrap();
    let grids = budgetkoll::import::read_grids("export.xlsx", &bytes).unwrap();
    assert_eq!(grids[0].sheet, "Sammanställning juni");
    assert_eq!(grids[0].get(0, 0), &Cell::Text(t.title.clone()));
    assert_eq!(grids[0].get(3, 1), &Cell::Number(dec!(58596)));
    assert_eq!(grids[0].get(3, 2), &Cell::Number(dec!(-1596.5)));
}

#[test]
fn file_names_keep_the_words_of_the_title() {
    use budgetkoll::export::file_stem;
    assert_eq!(
        file_stem("Avvikelse per förvaltning, mars 2018"),
        "Avvikelse_per_förvaltning_mars_2018"
    );
    assert_eq!(file_stem(" / ,"), "budgetkoll");
}
