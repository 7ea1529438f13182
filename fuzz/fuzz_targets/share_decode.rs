//! Any bytes, as a link or as a `.budgetkoll` file, must decode to a state or
//! an error, never a panic, and whatever decodes must re-encode to the same
//! state.
#![no_main]

use budgetkoll::share::codec::FILE_HEADER;
use budgetkoll::share::{decode, decode_file, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(state) = decode(&String::from_utf8_lossy(data)) {
        assert_eq!(decode(&encode(&state)).ok(), Some(state));
    }
    let _ = decode_file(data);
    let _ = decode_file(&[FILE_HEADER, data].concat());
});
