//! Any bytes under any of the names the app accepts: `read_grids` must
//! return, never panic. The first byte picks the file name, so one corpus
//! reaches the text and every spreadsheet reader.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 7] = ["a.xlsx", "a.xls", "a.ods", "a.csv", "a.tsv", "a.txt", "a"];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    let _ = budgetkoll::import::read_grids(name, bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = budgetkoll::import::text::read_pasted(text);
    }
});
