//! `read_grids` and `read_pasted` on the sample files and on generated
//! variants of them: every format, encoding and delimiter an FR1 or a
//! budget-frame table arrives in, the refusals (size, zip bomb, password,
//! unknown format), and a fixed-seed barrage of mutated and random bytes
//! that must never panic. Expected cells were checked against openpyxl's
//! reading of the same files.

use std::panic::{catch_unwind, AssertUnwindSafe};

use budgetkoll::import::error::{ImportErrorKind, SpreadsheetFormat};
use budgetkoll::import::grid::{Cell, Grid};
use budgetkoll::import::limits;
use budgetkoll::import::read_grids;
use budgetkoll::import::text::{decode, read_pasted};
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!("tests/fixtures/{path}")).unwrap()
}

fn t(s: &str) -> Cell {
    Cell::Text(s.to_string())
}

fn n(d: Decimal) -> Cell {
    Cell::Number(d)
}

/// The cell at an Excel-style reference such as `B7`.
fn at<'g>(grid: &'g Grid, reference: &str) -> &'g Cell {
    let split = reference.find(|c: char| c.is_ascii_digit()).unwrap();
    let (letters, digits) = reference.split_at(split);
    let col = letters
        .bytes()
        .fold(0, |acc, b| acc * 26 + usize::from(b - b'A' + 1))
        - 1;
    let row: usize = digits.parse::<usize>().unwrap() - 1;
    grid.get(row, col)
}

fn sheet_names(grids: &[Grid]) -> Vec<&str> {
    grids.iter().map(|g| g.sheet.as_str()).collect()
}

fn kind_of(file: &str, bytes: &[u8]) -> ImportErrorKind {
    read_grids(file, bytes).unwrap_err().kind
}

// ---------------------------------------------------------------- xlsx

#[test]
fn fr1_workbook_reads_both_reports_with_the_cells_openpyxl_shows() {
    let grids = read_grids("FR1_42_juni2024.xlsx", &fixture("fr1/FR1_42_juni2024.xlsx")).unwrap();
    assert_eq!(sheet_names(&grids), ["Utfall", "Prognos"]);
    let utfall = &grids[0];
    assert_eq!(utfall.height(), 25);
    assert_eq!(utfall.width(), 16);
    assert_eq!(
        at(utfall, "A1"),
        &t("Region Exempel Formulär FR 1 - Resultatrapport")
    );
    assert_eq!(at(utfall, "B3"), &t("42 Exempelförvaltningen"));
    assert_eq!(at(utfall, "I3"), &t("juni 2024"));
    assert_eq!(at(utfall, "M3"), &t("TKR"));
    assert_eq!(at(utfall, "H5"), &t("FÖREG. ÅR - ACKUMULERAT"));
    // B5:D5 is merged: the value sits in B5 only.
    assert_eq!(at(utfall, "B5"), &t("UTFALL - ACKUMULERAT"));
    assert_eq!(at(utfall, "C5"), &Cell::Empty);
    assert_eq!(at(utfall, "A4"), &Cell::Empty);
    assert_eq!(at(utfall, "A9"), &t(" - Anställda"));
    assert_eq!(at(utfall, "B7"), &n(dec!(-3662)));
    assert_eq!(at(utfall, "P8"), &n(dec!(-4251)));
    assert_eq!(at(utfall, "C9"), &n(dec!(0)));
    assert_eq!(at(utfall, "B22"), &n(dec!(52592)));
    assert_eq!(at(utfall, "D22"), &n(dec!(58596)));
    assert_eq!(at(utfall, "B25"), &t("Anna Exempel"));
    assert_eq!(at(utfall, "I25"), &Cell::Date("2024-07-12".into()));

    let prognos = &grids[1];
    assert_eq!(at(prognos, "B5"), &t("PROGNOS - HELÅR"));
    assert_eq!(at(prognos, "B7"), &n(dec!(-7547)));
    assert_eq!(at(prognos, "B22"), &n(dec!(101759)));
    assert_eq!(at(prognos, "B18"), &n(dec!(11421)));
}

#[test]
fn every_fr1_sample_workbook_reads() {
    for (file, unit, b7) in [
        ("FR1_42_mars2024.xlsx", "42 Exempelförvaltningen", None),
        ("FR1_43_juni2024.xlsx", "43 Servicecentrum", None),
        (
            "FR1_43_mars2024.xlsx",
            "43 Servicecentrum",
            Some(dec!(-834)),
        ),
    ] {
        let grids = read_grids(file, &fixture(&format!("fr1/{file}"))).unwrap();
        assert_eq!(sheet_names(&grids), ["Utfall", "Prognos"], "{file}");
        assert_eq!(at(&grids[0], "B3"), &t(unit), "{file}");
        if let Some(b7) = b7 {
            assert_eq!(at(&grids[0], "B7"), &n(b7));
        }
    }
}

#[test]
fn budget_frame_workbook_reads_years_and_amounts_as_numbers() {
    let grids = read_grids(
        "budgetramar_2025_2027.xlsx",
        &fixture("budgetramar_2025_2027.xlsx"),
    )
    .unwrap();
    assert_eq!(sheet_names(&grids), ["Budgetramar"]);
    let g = &grids[0];
    assert_eq!(g.height(), 24);
    assert_eq!(at(g, "D2"), &n(dec!(2025)));
    assert_eq!(at(g, "C5"), &t("Drift"));
    assert_eq!(at(g, "F5"), &n(dec!(424673)));
    assert_eq!(at(g, "B7"), &t("Summa Exempelsjukhuset"));
    assert_eq!(at(g, "C7"), &Cell::Empty);
}

/// An xlsx written with rust_xlsxwriter holding what real reports contain
/// besides integers.
fn generated_xlsx() -> Vec<u8> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Värden").unwrap();
    ws.write_string(0, 0, "Belopp").unwrap();
    ws.write_number(1, 0, 0.1).unwrap();
    ws.write_number(2, 0, 1234.56).unwrap();
    ws.write_number(3, 0, -3662.5).unwrap();
    ws.write_number(4, 0, 0.1 + 0.2).unwrap();
    ws.write_boolean(5, 0, true).unwrap();
    let date = ExcelDateTime::from_ymd(2024, 7, 12).unwrap();
    let format = Format::new().set_num_format("yyyy-mm-dd");
    ws.write_datetime_with_format(6, 0, &date, &format).unwrap();
    ws.write_string(7, 0, "  ").unwrap();
    ws.merge_range(8, 0, 8, 3, "Sammanslagen", &Format::new())
        .unwrap();
    // Far outside the limits: must be dropped, not allocated.
    ws.write_string(1_048_575, 16_383, "långt bort").unwrap();
    ws.write_string(3, (limits::MAX_COLS - 1) as u16, "sista kolumnen")
        .unwrap();
    let hidden = wb.add_worksheet().set_name("Dold").unwrap();
    hidden.write_string(0, 0, "dold men med").unwrap();
    hidden.set_hidden(true);
    wb.save_to_buffer().unwrap()
}

#[test]
fn generated_xlsx_keeps_decimals_dates_merges_and_hidden_sheets() {
    let grids = read_grids("genererad.xlsx", &generated_xlsx()).unwrap();
    assert_eq!(sheet_names(&grids), ["Värden", "Dold"]);
    let g = &grids[0];
    assert_eq!(at(g, "A2"), &n(dec!(0.1)));
    assert_eq!(at(g, "A3"), &n(dec!(1234.56)));
    assert_eq!(at(g, "A4"), &n(dec!(-3662.5)));
    assert_eq!(at(g, "A5"), &n(dec!(0.30000000000000004)));
    assert_eq!(at(g, "A6"), &t("TRUE"));
    assert_eq!(at(g, "A7"), &Cell::Date("2024-07-12".into()));
    assert_eq!(at(g, "A8"), &t("  "));
    assert_eq!(at(g, "A9"), &t("Sammanslagen"));
    assert_eq!(at(g, "B9"), &Cell::Empty);
    assert_eq!(g.get(3, limits::MAX_COLS - 1), &t("sista kolumnen"));
    assert_eq!(g.height(), 9, "the far cell is cut off");
    assert_eq!(g.width(), limits::MAX_COLS);
    assert_eq!(at(&grids[1], "A1"), &t("dold men med"));
}

#[test]
fn a_workbook_saved_with_a_csv_name_is_still_read_as_a_workbook() {
    let grids = read_grids("export.csv", &fixture("fr1/FR1_42_juni2024.xlsx")).unwrap();
    assert_eq!(sheet_names(&grids), ["Utfall", "Prognos"]);
}

// ---------------------------------------------------------------- ods, xls

#[test]
fn ods_reads_text_numbers_dates_and_repeated_rows() {
    let grids = read_grids("fr1_utdrag.ods", &fixture("readers/fr1_utdrag.ods")).unwrap();
    assert_eq!(sheet_names(&grids), ["Utfall", "Prognos"]);
    let g = &grids[0];
    assert_eq!(
        at(g, "A1"),
        &t("Region Exempel Formulär FR 1 - Resultatrapport")
    );
    // Three repeated empty rows put Kontoslag on row 5.
    assert_eq!(at(g, "A5"), &t("Kontoslag"));
    assert_eq!(at(g, "D5"), &t("FÖREG. ÅR"));
    assert_eq!(at(g, "B6"), &n(dec!(-3662)));
    assert_eq!(at(g, "C6"), &n(dec!(1234.56)));
    assert_eq!(at(g, "B7"), &Cell::Date("2024-07-12".into()));
    assert_eq!(g.height(), 7);
    assert_eq!(at(&grids[1], "A1"), &t("Prognos"));
}

#[test]
fn xls_reads_text_numbers_dates_booleans_and_merges() {
    let grids = read_grids("fr1_utdrag.xls", &fixture("readers/fr1_utdrag.xls")).unwrap();
    assert_eq!(sheet_names(&grids), ["Utfall", "Prognos"]);
    let g = &grids[0];
    assert_eq!(
        at(g, "A1"),
        &t("Region Exempel Formulär FR 1 - Resultatrapport")
    );
    assert_eq!(at(g, "B5"), &t("UTFALL - ACKUMULERAT"));
    assert_eq!(at(g, "C5"), &Cell::Empty);
    assert_eq!(at(g, "A7"), &t("Intäkter"));
    assert_eq!(at(g, "B7"), &n(dec!(-3662)));
    assert_eq!(at(g, "C7"), &n(dec!(1234.56)));
    assert_eq!(at(g, "D7"), &n(dec!(0.1)));
    assert_eq!(at(g, "B8"), &t("TRUE"));
    assert_eq!(at(g, "I25"), &Cell::Date("2024-07-12".into()));
}

// ---------------------------------------------------------------- csv

const UTFALL_CSV: &str = "fr1/FR1_42_juni2024_utfall.csv";

fn utfall_rows() -> Vec<Vec<Cell>> {
    read_grids("utfall.csv", &fixture(UTFALL_CSV)).unwrap()[0]
        .rows
        .clone()
}

#[test]
fn fr1_csv_reads_every_line_as_text_cells() {
    let grids = read_grids("FR1_42_juni2024_utfall.csv", &fixture(UTFALL_CSV)).unwrap();
    assert_eq!(sheet_names(&grids), ["FR1_42_juni2024_utfall.csv"]);
    let g = &grids[0];
    assert_eq!(g.height(), 22);
    assert_eq!(g.width(), 16);
    assert_eq!(
        at(g, "A1"),
        &t("Region Exempel Formulär FR 1 - Resultatrapport")
    );
    assert_eq!(at(g, "B3"), &t("42 Exempelförvaltningen"));
    assert_eq!(at(g, "C3"), &Cell::Empty);
    assert!(g.rows[3].is_empty(), "line 4 is empty");
    assert_eq!(at(g, "H5"), &t("FÖREG. ÅR - ACKUMULERAT"));
    assert_eq!(at(g, "A6"), &Cell::Empty);
    assert_eq!(at(g, "B7"), &t("-3\u{a0}662"));
    assert_eq!(at(g, "A9"), &t(" - Anställda"));
    assert_eq!(at(g, "P22"), &t("-4\u{a0}977"));
    // Cells equal the workbook's labels, cell for cell.
    let xlsx = &read_grids("x.xlsx", &fixture("fr1/FR1_42_juni2024.xlsx")).unwrap()[0];
    for row in 0..22 {
        assert_eq!(
            g.get(row, 0).text(),
            xlsx.get(row, 0).text(),
            "A{}",
            row + 1
        );
    }
}

#[test]
fn prognos_csv_reads_too() {
    let grids = read_grids(
        "FR1_42_juni2024_prognos.csv",
        &fixture("fr1/FR1_42_juni2024_prognos.csv"),
    )
    .unwrap();
    assert_eq!(at(&grids[0], "B5"), &t("PROGNOS - HELÅR"));
    assert_eq!(at(&grids[0], "B7"), &t("-7\u{a0}547"));
}

fn utf16le_with_bom(text: &str) -> Vec<u8> {
    let mut out = vec![0xFF, 0xFE];
    out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    out
}

#[test]
fn the_csv_reads_the_same_in_every_encoding() {
    let text = String::from_utf8(fixture(UTFALL_CSV)).unwrap();
    let want = utfall_rows();

    let mut utf8_bom = b"\xEF\xBB\xBF".to_vec();
    utf8_bom.extend_from_slice(text.as_bytes());
    let (cp1252, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    let mut utf16be = vec![0xFE, 0xFF];
    utf16be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));

    for (name, bytes) in [
        ("utf8-bom.csv", utf8_bom),
        ("utf16le.txt", utf16le_with_bom(&text)),
        ("utf16be.txt", utf16be),
        ("cp1252.csv", cp1252.into_owned()),
    ] {
        let grids = read_grids(name, &bytes).unwrap();
        assert_eq!(grids[0].rows, want, "{name}");
    }
}

#[test]
fn windows_1252_gives_correct_swedish_letters() {
    let bytes = b"F\xF6rvaltning:;\xC5ter\xE4ndring \xC4R\n";
    assert_eq!(decode(bytes).unwrap(), "Förvaltning:;Återändring ÄR\n");
    let g = &read_grids("ansi.csv", bytes).unwrap()[0];
    assert_eq!(g.rows, vec![vec![t("Förvaltning:"), t("Återändring ÄR")]]);
}

#[test]
fn tab_and_comma_separated_exports_read_like_the_semicolon_one() {
    let text = String::from_utf8(fixture(UTFALL_CSV)).unwrap();
    let want = utfall_rows();
    let tabs = text.replace(';', "\t");
    assert_eq!(
        read_grids("utfall.txt", tabs.as_bytes()).unwrap()[0].rows,
        want
    );
    assert_eq!(
        read_grids("utfall.tsv", tabs.as_bytes()).unwrap()[0].rows,
        want
    );
    // The sample has no commas, so a comma export splits the same way.
    let commas = text.replace(';', ",");
    assert_eq!(
        read_grids("utfall.csv", commas.as_bytes()).unwrap()[0].rows,
        want
    );
}

#[test]
fn semicolon_export_with_decimal_commas_is_not_split_on_the_commas() {
    let text =
        "Kontoslag;Utfall;Budget\nIntäkter;-3 662,5;-3 600,0\nPersonal;45 995,25;44 400,75\n";
    let g = &read_grids("decimaler.csv", text.as_bytes()).unwrap()[0];
    assert_eq!(
        g.rows,
        vec![
            vec![t("Kontoslag"), t("Utfall"), t("Budget")],
            vec![t("Intäkter"), t("-3 662,5"), t("-3 600,0")],
            vec![t("Personal"), t("45 995,25"), t("44 400,75")],
        ]
    );
}

#[test]
fn comma_export_with_quoted_decimal_commas() {
    let text = "Kontoslag,Utfall\r\nIntäkter,\"-3 662,5\"\r\nPersonal,\"45 995,25\"\r\n";
    let g = &read_grids("engelsk.csv", text.as_bytes()).unwrap()[0];
    assert_eq!(at(g, "B2"), &t("-3 662,5"));
    assert_eq!(at(g, "B3"), &t("45 995,25"));
    assert_eq!(g.width(), 2);
}

#[test]
fn quoted_fields_with_semicolons_quotes_and_line_breaks() {
    let text = "Kontoslag;Kommentar;Utfall\r\n\
                Drift;\"Köpta tjänster; se \"\"bilaga 2\"\"\r\nrad två\";17 032\r\n\
                Resor;;615\r\n";
    let g = &read_grids("citat.csv", text.as_bytes()).unwrap()[0];
    assert_eq!(
        g.rows,
        vec![
            vec![t("Kontoslag"), t("Kommentar"), t("Utfall")],
            vec![
                t("Drift"),
                t("Köpta tjänster; se \"bilaga 2\"\r\nrad två"),
                t("17 032")
            ],
            vec![t("Resor"), Cell::Empty, t("615")],
        ]
    );
}

#[test]
fn frame_csv_reads_with_its_years_as_text() {
    let grids = read_grids(
        "budgetramar_mnkr_omvanda_ar.csv",
        &fixture("frames/budgetramar_mnkr_omvanda_ar.csv"),
    )
    .unwrap();
    let g = &grids[0];
    assert!(g.height() >= 10);
    assert!(g
        .rows
        .iter()
        .flatten()
        .all(|c| !matches!(c, Cell::Number(_))));
}

// ---------------------------------------------------------------- pasted

#[test]
fn pasted_range_from_excel() {
    let g = read_pasted("Kontoslag\tExternt\tInternt\r\nIntäkter\t-3 662\t-1 196\r\n\tTom\t\r\n");
    assert_eq!(g.sheet, "Inklistrat");
    assert_eq!(
        g.rows,
        vec![
            vec![t("Kontoslag"), t("Externt"), t("Internt")],
            vec![t("Intäkter"), t("-3 662"), t("-1 196")],
            vec![Cell::Empty, t("Tom"), Cell::Empty],
        ]
    );
}

// ---------------------------------------------------------------- refusals

#[test]
fn empty_and_oversized_files_are_refused_by_name() {
    let e = read_grids("tom.csv", b"").unwrap_err();
    assert_eq!(e.to_string(), "Filen tom.csv är tom.");
    assert_eq!(kind_of("blank.csv", b" \r\n \n"), ImportErrorKind::Empty);

    let big = vec![b'a'; limits::MAX_FILE_BYTES + 1];
    let e = read_grids("FR1.xlsx", &big).unwrap_err();
    assert_eq!(
        e.to_string(),
        "Filen FR1.xlsx är för stor (21 MB); högst 20 MB."
    );
}

#[test]
fn unknown_formats_are_refused_with_the_expected_list() {
    let e = read_grids("rapport.pdf", b"%PDF-1.4").unwrap_err();
    assert_eq!(
        e.to_string(),
        "Filen rapport.pdf har ett format som inte känns igen \
         (väntade .xlsx, .xls, .ods, .csv, .tsv eller .txt)."
    );
    assert_eq!(
        kind_of("utan_filändelse", b"a;b"),
        ImportErrorKind::UnknownFormat
    );
}

#[test]
fn a_text_file_named_xlsx_is_told_so() {
    let e = read_grids("FR1.xlsx", b"<html><body>FR1</body></html>").unwrap_err();
    assert!(matches!(
        e.kind,
        ImportErrorKind::NotAWorkbook {
            format: SpreadsheetFormat::Excel,
        }
    ));
    let message = e.to_string();
    assert!(
        message.starts_with(
            "Filen FR1.xlsx kunde inte läsas som Excel-arbetsbok: innehållet är ingen arbetsbok"
        ),
        "{message}"
    );
}

#[test]
fn a_zip_that_is_no_workbook_is_an_unknown_format() {
    // The xlsx's own bytes with every `xl/` renamed: a zip of other parts.
    let mut bytes = fixture("readers/fr1_okomprimerad.xlsx");
    for i in 0..bytes.len().saturating_sub(3) {
        if &bytes[i..i + 3] == b"xl/" {
            bytes[i..i + 3].copy_from_slice(b"zz/");
        }
    }
    assert_eq!(
        kind_of("dokument.docx", &bytes),
        ImportErrorKind::UnknownFormat
    );
}

#[test]
fn a_broken_workbook_names_the_file_and_the_format() {
    let mut bytes = fixture("fr1/FR1_42_juni2024.xlsx");
    bytes.truncate(bytes.len() / 2);
    let e = read_grids("FR1.xlsx", &bytes).unwrap_err();
    assert!(
        e.to_string().starts_with(
            "Filen FR1.xlsx kunde inte läsas som Excel-arbetsbok: filen verkar skadad"
        ),
        "{e}"
    );
}

#[test]
fn a_password_protected_workbook_is_refused_as_such() {
    let e = read_grids("krypterad.xlsx", &fixture("readers/krypterad.xlsx")).unwrap_err();
    assert_eq!(e.kind, ImportErrorKind::Encrypted);
    assert!(e
        .to_string()
        .starts_with("Filen krypterad.xlsx är lösenordsskyddad/krypterad"));
}

#[test]
fn a_zip_bomb_is_refused_before_unpacking() {
    let e = read_grids("zipbomb.xlsx", &fixture("readers/zipbomb.xlsx")).unwrap_err();
    match &e.kind {
        ImportErrorKind::CompressionRatio { entry, ratio, max } => {
            assert_eq!(entry, "xl/worksheets/sheet1.xml");
            assert!(*ratio > 500, "{ratio}");
            assert_eq!(*max, limits::MAX_COMPRESSION_RATIO);
        }
        other => panic!("expected a compression ratio refusal, got {other:?}"),
    }
    assert!(e.to_string().contains("zip-bomb"));
}

#[test]
fn binary_bytes_named_csv_are_not_text() {
    assert_eq!(kind_of("data.csv", b"ab\0cd;ef"), ImportErrorKind::NotText);
}

// ---------------------------------------------------------------- robustness

/// xorshift64*: a fixed-seed generator so a failure reproduces.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn byte(&mut self) -> u8 {
        self.next() as u8
    }
}

/// One random damage to `bytes`: flipped bytes, a truncation, a cut-out,
/// an inserted run, a copied-over chunk or an overwritten size field.
fn mutate(rng: &mut Rng, bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let len = out.len().max(1);
    match rng.below(6) {
        0 => {
            for _ in 0..=rng.below(8) {
                let i = rng.below(len);
                if let Some(b) = out.get_mut(i) {
                    *b = rng.byte();
                }
            }
        }
        1 => out.truncate(rng.below(len)),
        2 => {
            let start = rng.below(len);
            let end = (start + rng.below(256)).min(out.len());
            out.drain(start.min(end)..end);
        }
        3 => {
            let at = rng.below(len).min(out.len());
            let run: Vec<u8> = (0..rng.below(64)).map(|_| rng.byte()).collect();
            out.splice(at..at, run);
        }
        4 => {
            let from = rng.below(len);
            let to = rng.below(len);
            let n = rng.below(128);
            for k in 0..n {
                if let (Some(&b), true) = (bytes.get(from + k), to + k < out.len()) {
                    out[to + k] = b;
                }
            }
        }
        _ => {
            let i = rng.below(len);
            for (k, b) in [0xFF, 0xFF, 0xFF, 0x7F].into_iter().enumerate() {
                if let Some(slot) = out.get_mut(i + k) {
                    *slot = b;
                }
            }
        }
    }
    out
}

/// Runs `read_grids` on every input under `catch_unwind` and returns the
/// inputs that panicked, and how many read without error.
fn panics(inputs: &[(String, Vec<u8>)]) -> (Vec<String>, usize) {
    let mut ok = 0;
    let mut panicked = Vec::new();
    for (i, (name, bytes)) in inputs.iter().enumerate() {
        if std::env::var("READERS_TRACE").is_ok() {
            eprintln!("input {i} {name} {}", bytes.len());
        }
        match catch_unwind(AssertUnwindSafe(|| read_grids(name, bytes))) {
            Ok(Ok(_)) => ok += 1,
            // Refused by name: the file the person dropped is the one told.
            Ok(Err(e)) => {
                assert_eq!(e.file, *name, "input {i}");
                let told = e.to_string();
                assert!(
                    told.starts_with(&format!("Filen {name} ")),
                    "input {i}: {told}"
                );
            }
            Err(_) => panicked.push(format!("input {i} ({name}, {} bytes)", bytes.len())),
        }
    }
    (panicked, ok)
}

/// `rounds` damaged copies of each seed, each damaged once or twice.
fn mutations(rng: &mut Rng, seeds: &[(&str, Vec<u8>)], rounds: usize) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for round in 0..rounds {
        for (name, bytes) in seeds {
            let mut damaged = mutate(rng, bytes);
            if round % 3 == 0 {
                damaged = mutate(rng, &damaged);
            }
            out.push((name.to_string(), damaged));
        }
    }
    out
}

#[test]
fn mutated_truncated_and_random_bytes_never_panic() {
    let seeds: Vec<(&str, Vec<u8>)> = vec![
        ("FR1.xlsx", fixture("fr1/FR1_42_juni2024.xlsx")),
        ("FR1.xlsx", fixture("readers/fr1_okomprimerad.xlsx")),
        ("genererad.xlsx", generated_xlsx()),
        ("utdrag.ods", fixture("readers/fr1_utdrag.ods")),
        ("krypterad.xlsx", fixture("readers/krypterad.xlsx")),
        ("utfall.csv", fixture(UTFALL_CSV)),
        (
            "utfall16.txt",
            utf16le_with_bom(&String::from_utf8(fixture(UTFALL_CSV)).unwrap()),
        ),
    ];
    let names = ["x.xlsx", "x.xls", "x.ods", "x.csv", "x.tsv", "x.txt", "x"];
    let mut rng = Rng(0x5EED_2024_F121);
    let mut inputs = mutations(&mut rng, &seeds, 300);
    for _ in 0..300 {
        let random: Vec<u8> = (0..rng.below(2048)).map(|_| rng.byte()).collect();
        inputs.push((names[rng.below(names.len())].to_string(), random.clone()));
        // Random bytes behind each magic number reach each reader (the
        // compound file ones stop at the compound guard).
        for magic in [
            &b"PK\x03\x04"[..],
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1",
            b"\xFF\xFE",
        ] {
            let mut v = magic.to_vec();
            v.extend_from_slice(&random);
            inputs.push(("x.csv".to_string(), v));
        }
    }
    assert!(inputs.len() >= 2_000, "{}", inputs.len());

    let (panicked, ok) = panics(&inputs);
    assert!(panicked.is_empty(), "read_grids panicked on: {panicked:?}");
    // The mutations are not all fatal: some damaged files still read.
    assert!(ok > 100, "only {ok} inputs read");
}

/// calamine 0.38 trusts a few fields of an .xls: a stream's first sector
/// even when the stream is empty (`cfb.rs:320` slices past the file), a
/// sheet's position in the workbook stream (`xls.rs:633`), a DIMENSIONS
/// record's rows (`xls.rs:665` computes last − first + 1, which wraps and
/// reserves ~54 GB). Each of these fixtures (made from `fr1_utdrag.xls` by
/// `make_damaged_xls.py`) makes calamine panic or abort; the compound and
/// BIFF guards refuse them first, naming the file.
#[test]
fn xls_files_that_stop_calamine_are_refused_before_it_reads_them() {
    for (name, why) in [
        ("tom_arbetsbok.xls", "en ström börjar utanför sin tabell"),
        (
            "blad_efter_arbetsboken.xls",
            "ett blad börjar efter arbetsbokens slut",
        ),
        (
            "dimensioner_orimliga.xls",
            "ett blads första rad eller kolumn ligger efter dess sista",
        ),
    ] {
        let e = read_grids(name, &fixture(&format!("readers/{name}"))).unwrap_err();
        assert_eq!(
            e.to_string(),
            format!(
                "Filen {name} kunde inte läsas som Excel 97–2003-arbetsbok (.xls): filen verkar skadad ({why})."
            )
        );
    }
}

/// Byte mutations of an .xls either read or are refused, never panic
/// inside calamine: the compound and BIFF guards stand in front of the
/// record fields it does unchecked arithmetic on.
#[test]
fn mutated_xls_files_are_read_or_refused_without_a_panic() {
    let seeds = vec![("utdrag.xls", fixture("readers/fr1_utdrag.xls"))];
    let mut rng = Rng(0x5EED_2024_F121);
    let (panicked, ok) = panics(&mutations(&mut rng, &seeds, 3_000));
    assert!(panicked.is_empty(), "read_grids panicked on: {panicked:?}");
    assert!(ok > 100, "only {ok} mutated files read");
}

/// The encoding_rs the workbook readers link leaves out the East Asian
/// tables (vendor/encoding_rs/PATCH.md): text in those code pages (an
/// Excel 5/95 .xls saved in Japan, China or Korea) keeps its ASCII up to the
/// first other byte and reads the rest as one U+FFFD, as WHATWG's
/// replacement encoding does, never panicking; the Western code pages a
/// Swedish workbook uses still decode in full.
#[test]
fn east_asian_code_pages_read_as_replacement_and_western_ones_still_decode() {
    // "あ" in Shift_JIS, "中" in GBK/GB18030 and Big5, EUC-KR's "가", each
    // after "Konto " and before " 2024".
    for east_asian in [&b"\x82\xa0"[..], b"\xd6\xd0", b"\xa4\xa4", b"\xb0\xa1"] {
        let input = [&b"Konto "[..], east_asian, b" 2024"].concat();
        for encoding in [
            encoding_rs::SHIFT_JIS,
            encoding_rs::EUC_JP,
            encoding_rs::GBK,
            encoding_rs::GB18030,
            encoding_rs::BIG5,
            encoding_rs::EUC_KR,
        ] {
            let (text, malformed) = encoding.decode_without_bom_handling(&input);
            assert_eq!(text, "Konto \u{FFFD}", "{} {input:?}", encoding.name());
            assert!(malformed);
        }
    }
    // ISO-2022-JP's escape to JIS X 0208, then "あ" (0x24 0x22).
    let (text, _) = encoding_rs::ISO_2022_JP.decode_without_bom_handling(b"Konto \x1b$B$\"");
    assert_eq!(text, "Konto \u{FFFD}");
    // "Kostnader för år 2024 – €" in windows-1252, byte by byte.
    let cp1252 = b"Kostnader f\xf6r \xe5r 2024 \x96 \x80";
    assert_eq!(
        encoding_rs::WINDOWS_1252
            .decode_without_bom_handling(cp1252)
            .0,
        "Kostnader för år 2024 – €"
    );
    // Macintosh Roman, which an old Mac Excel writes: "Å" is 0x81, "ä" 0x8A.
    assert_eq!(
        encoding_rs::MACINTOSH
            .decode_without_bom_handling(b"\x81r \x8a")
            .0,
        "År ä"
    );
}
