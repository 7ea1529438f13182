//! Arbitrary state through the whole path a link takes: the bytes after the
//! first are a share payload, wrapped here in a valid envelope (magic,
//! version, zlib) so the fuzzer's mutations reach the decoder, the bounds,
//! the validation, the engine and every view model instead of stopping at
//! the checksum. Whatever opens must build every view without a panic and
//! re-encode to the same state.
//!
//! The first byte picks the format (1–8: bits 0–1, plus 4 with bit 6), the
//! unit and part the amounts are shown in (bits 2–3 and 4–5) and, with its
//! high bit, English. Format 3 reaches the conversion of the old frames
//! into today's session, format 4 the frames session, the finance tables
//! and measure targets, format 5 the officer's explanations, the goals and the staff
//! statistics as they are saved now (6–8 are refused as newer). Seeds (`fuzz/seeds/state_views/`)
//! are payloads of the demo (with a finance table and explanations), the
//! published frames with rules and balance inputs, and a state with every
//! amount at the bound, in format 5; the demo in formats 1 and 2; and
//! format-3 payloads of an earlier version.
#![no_main]

use budgetkoll::fr1::schema::Part;
use budgetkoll::i18n::Lang;
use budgetkoll::money::AmountScale;
use budgetkoll::share::codec::{FILE_HEADER, MAGIC};
use budgetkoll::share::{decode_file, encode_file};
use budgetkoll::share::walk::{quarterly_views, views};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, payload)) = data.split_first() else {
        return;
    };
    let version = 1 + (pick & 0b11) + 4 * (pick >> 6 & 1);
    let unit = AmountScale::ALL[usize::from(pick >> 2 & 0b11) % 3];
    let part = Part::ALL[usize::from(pick >> 4 & 0b11) % 3];
    let lang = if pick & 0x80 == 0 { Lang::Sv } else { Lang::En };
    let mut file = FILE_HEADER.to_vec();
    file.extend(MAGIC);
    file.push(version);
    file.extend(miniz_oxide::deflate::compress_to_vec_zlib(payload, 1));
    let Ok(state) = decode_file(&file) else {
        return;
    };
    views(&state, lang, unit, part);
    quarterly_views(&state, lang);
    assert_eq!(decode_file(&encode_file(&state)).ok(), Some(state));
});
