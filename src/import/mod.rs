//! Reading files into [`grid::Grid`]s: spreadsheets (xlsx, xls, ods) and text
//! exports (csv, tsv, txt, pasted ranges), with the size and decompression
//! limits in [`limits`]. Nothing here knows what an FR1 is.

pub mod grid;
pub mod limits;
pub mod number;
