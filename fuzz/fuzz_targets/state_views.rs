//! Arbitrary state through the whole path a link takes: the bytes after the
//! first are a share payload, wrapped here in a valid envelope (magic,
//! version, zlib) so the fuzzer's mutations reach the decoder, the bounds,
//! the validation, the engine and every view model instead of stopping at
//! the checksum. Whatever opens must build every view without a panic and
//! re-encode to the same state.
//!
//! The first byte picks the format (1–3) and, with its high bit, English.
//! Seeds (`fuzz/seeds/state_views/`) are payloads of the demo, the sample
//! frames and a state with every amount at the bound.
#![no_main]

use budgetkoll::i18n::Lang;
use budgetkoll::share::codec::{FILE_HEADER, MAGIC};
use budgetkoll::share::{decode_file, encode_file};
use budgetkoll::view::walk::every_view;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, payload)) = data.split_first() else {
        return;
    };
    let version = 1 + (pick & 0x7f) % 3;
    let lang = if pick & 0x80 == 0 { Lang::Sv } else { Lang::En };
    let mut file = FILE_HEADER.to_vec();
    file.extend(MAGIC);
    file.push(version);
    file.extend(miniz_oxide::deflate::compress_to_vec_zlib(payload, 1));
    let Ok(state) = decode_file(&file) else {
        return;
    };
    every_view(&state, lang);
    assert_eq!(decode_file(&encode_file(&state)).ok(), Some(state));
});
