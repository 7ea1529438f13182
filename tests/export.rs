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
