//! The messages between the app and its spreadsheet worker.
//!
//! Workbooks (xlsx, xls, ods) are read and the Excel export is written by a
//! second wasm module, `budgetkoll-sheets`, that runs as a Web Worker and is
//! only downloaded when first needed; the app itself carries neither
//! calamine nor rust_xlsxwriter. The two talk in postcard bytes: the app
//! posts a [`Request`] in an [`Envelope`] whose `id` it picks, the worker
//! answers with a [`Response`] in an envelope with the same `id`, so several
//! files can be in flight at once.
//!
//! [`serve`] is the whole worker in plain Rust (bytes in, bytes out, never a
//! panic), so it is tested on the host like the rest of the engine.

use serde::{de::DeserializeOwned, Deserialize, Serialize};

use crate::export::ExportTable;
use crate::import::error::ImportError;
use crate::import::grid::Grid;

/// What the app asks of the worker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Request {
    /// Every sheet of a file as grids (`crate::import::read_grids`).
    ReadGrids { name: String, bytes: Vec<u8> },
    /// A table as an `.xlsx` file (`crate::export::xlsx::to_xlsx`).
    WriteXlsx { table: ExportTable, sheet: String },
}

/// The worker's answer to one [`Request`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Response {
    /// The answer to [`Request::ReadGrids`]; the error is the importer's own,
    /// with its message unchanged.
    Grids(Result<Vec<Grid>, ImportError>),
    /// The answer to [`Request::WriteXlsx`]: the file, or why not.
    Xlsx(Result<Vec<u8>, String>),
    /// The request could not be decoded (a bug, never a user's file).
    Invalid(String),
}

/// A message with the id that pairs an answer with its request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope<T> {
    pub id: u32,
    pub body: T,
}

/// `body` with `id` as postcard bytes.
pub fn encode<T: Serialize>(id: u32, body: T) -> Vec<u8> {
    // Serialising into a Vec fails only for types postcard cannot express
    // (none here); an empty message then decodes as an error on the other side.
    postcard::to_allocvec(&Envelope { id, body }).unwrap_or_default()
}

/// An envelope from postcard bytes, or why not.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<Envelope<T>, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("ogiltigt meddelande ({e})"))
}

/// Answers one request (the worker's work).
#[cfg(feature = "sheets")]
pub fn handle(request: Request) -> Response {
    match request {
        Request::ReadGrids { name, bytes } => {
            Response::Grids(crate::import::read_grids(&name, &bytes))
        }
        Request::WriteXlsx { table, sheet } => {
            Response::Xlsx(crate::export::xlsx::to_xlsx(&table, &sheet).map_err(|e| e.to_string()))
        }
    }
}

/// The worker: request bytes in, response bytes out, whatever the bytes.
/// When even the id cannot be read the answer carries id 0, which the app
/// never uses.
#[cfg(feature = "sheets")]
pub fn serve(bytes: &[u8]) -> Vec<u8> {
    match decode::<Request>(bytes) {
        Ok(Envelope { id, body }) => encode(id, handle(body)),
        Err(e) => {
            let id = postcard::take_from_bytes::<u32>(bytes).map_or(0, |(id, _)| id);
            encode(id, Response::Invalid(e))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::ExportRow;
    use crate::import::error::ImportErrorKind;
    use crate::import::grid::Cell;
    use rust_decimal_macros::dec;

    fn table() -> ExportTable {
        ExportTable {
            title: "42 Exempelförvaltningen – Utfall juni 2024".into(),
            headers: vec!["Rad".into(), "Utfall".into(), "Budget".into()],
            rows: vec![ExportRow {
                label: "Personalkostnader".into(),
                values: vec![Some(dec!(-3662.5)), None],
            }],
        }
    }

    #[test]
    fn requests_and_responses_survive_the_trip() {
        let requests = [
            Request::ReadGrids {
                name: "FR1 juni.xlsx".into(),
                bytes: vec![0x50, 0x4b, 3, 4, 0, 255],
            },
            Request::WriteXlsx {
                table: table(),
                sheet: "Utfall".into(),
            },
        ];
        for (id, r) in requests.into_iter().enumerate() {
            let id = u32::try_from(id).unwrap() + 7;
            let back: Envelope<Request> = decode(&encode(id, r.clone())).unwrap();
            assert_eq!(back, Envelope { id, body: r });
        }
        let grid = Grid::new(
            "Utfall",
            vec![vec![
                Cell::Empty,
                Cell::Text("Intäkter".into()),
                Cell::Number(dec!(-22925.35)),
                Cell::Date("2024-06-30".into()),
                Cell::Error("#REF!".into()),
            ]],
        );
        let responses = [
            Response::Grids(Ok(vec![grid])),
            Response::Grids(Err(ImportError::new(
                "a.xlsx",
                ImportErrorKind::CompressionRatio {
                    entry: "xl/worksheets/sheet1.xml".into(),
                    ratio: 5000,
                    max: 1000,
                },
            ))),
            Response::Xlsx(Ok(vec![1, 2, 3])),
            Response::Xlsx(Err("för många kolumner".into())),
            Response::Invalid("x".into()),
        ];
        for r in responses {
            let back: Envelope<Response> = decode(&encode(u32::MAX, r.clone())).unwrap();
            assert_eq!(
                back,
                Envelope {
                    id: u32::MAX,
                    body: r
                }
            );
        }
    }

    #[test]
    fn an_error_keeps_its_swedish_message_across_the_trip() {
        let e = ImportError::new(
            "X.xlsx",
            ImportErrorKind::TooLarge {
                size: 25 * 1024 * 1024,
                max: 20 * 1024 * 1024,
            },
        );
        let back: Envelope<Response> = decode(&encode(1, Response::Grids(Err(e)))).unwrap();
        let Response::Grids(Err(e)) = back.body else {
            panic!("not an error: {back:?}")
        };
        assert_eq!(
            e.to_string(),
            "Filen X.xlsx är för stor (25 MB); högst 20 MB."
        );
    }

    #[cfg(feature = "sheets")]
    #[test]
    fn the_worker_reads_an_fr1_workbook() {
        let bytes = include_bytes!("../tests/fixtures/fr1/FR1_42_juni2024.xlsx").to_vec();
        let request = encode(
            3,
            Request::ReadGrids {
                name: "FR1_42_juni2024.xlsx".into(),
                bytes,
            },
        );
        let answer: Envelope<Response> = decode(&serve(&request)).unwrap();
        assert_eq!(answer.id, 3);
        let Response::Grids(Ok(grids)) = answer.body else {
            panic!("no grids: {answer:?}")
        };
        // The workbook as Excel shows it: two sheets, NETTORESULTAT in A22
        // with UTFALL Totalt 58 596 (Utfall) and 114 196 (Prognos) in D22.
        let sheets: Vec<&str> = grids.iter().map(|g| g.sheet.as_str()).collect();
        assert_eq!(sheets, ["Utfall", "Prognos"]);
        for (grid, net) in grids.iter().zip([dec!(58596), dec!(114196)]) {
            assert_eq!(grid.get(21, 0), &Cell::Text("NETTORESULTAT".into()));
            assert_eq!(grid.get(21, 3), &Cell::Number(net));
        }
    }

    #[cfg(feature = "sheets")]
    #[test]
    fn the_worker_refuses_a_broken_workbook_with_the_importers_message() {
        let bytes = b"PK\x03\x04 not really a zip".to_vec();
        let request = encode(
            9,
            Request::ReadGrids {
                name: "trasig.xlsx".into(),
                bytes,
            },
        );
        let answer: Envelope<Response> = decode(&serve(&request)).unwrap();
        assert_eq!(answer.id, 9);
        let Response::Grids(Err(e)) = answer.body else {
            panic!("not refused: {answer:?}")
        };
        assert_eq!(e.file, "trasig.xlsx");
        assert!(
            matches!(
                e.kind,
                ImportErrorKind::Broken {
                    format: crate::import::error::SpreadsheetFormat::Excel,
                    broken: crate::import::broken::Broken::ZipNoEnd,
                }
            ),
            "{e:?}"
        );
    }

    #[cfg(feature = "sheets")]
    #[test]
    fn the_worker_writes_an_xlsx_that_reads_back() {
        let answer: Envelope<Response> = decode(&serve(&encode(
            4,
            Request::WriteXlsx {
                table: table(),
                sheet: "Utfall".into(),
            },
        )))
        .unwrap();
        let Response::Xlsx(Ok(bytes)) = answer.body else {
            panic!("no workbook: {answer:?}")
        };
        let grids = crate::import::read_grids("export.xlsx", &bytes).unwrap();
        assert_eq!(grids[0].sheet, "Utfall");
        assert_eq!(grids[0].get(3, 1), &Cell::Number(dec!(-3662.5)));
    }

    #[cfg(feature = "sheets")]
    #[test]
    fn the_worker_answers_garbage_without_panicking() {
        for bytes in [
            &[][..],
            &[0xff; 3],
            &[5, 0xff, 0xff, 0xff, 0xff, 0x0f],
            &[5, 0, 200],
        ] {
            let answer: Envelope<Response> = decode(&serve(bytes)).unwrap();
            assert!(matches!(answer.body, Response::Invalid(_)), "{answer:?}");
        }
        // The id is kept when it could be read.
        let answer: Envelope<Response> = decode(&serve(&[5, 9])).unwrap();
        assert_eq!(answer.id, 5);
    }
}
