//! The bytes of a share link and of a `.budgetkoll` file.
//!
//! Envelope (both carriers): the magic bytes `BK`, the format version as a
//! varint (format 5 is the byte `05`), then the postcard encoding of that
//! version's wire type (format 1: [`SharedStateV1`], format 2:
//! [`SharedStateV2`], format 3: [`SharedStateV3`], format 4:
//! [`SharedStateV4`], format 5: [`SharedStateV5`]) compressed with zlib
//! (deflate plus an Adler-32 checksum, so a link damaged in transit is
//! refused instead of showing different figures).
//!
//! - Link: the URL fragment is `bk.` followed by the envelope in base64url
//!   without padding: `https://…/#bk.QksBeNr…`. The prefix tells a shared
//!   state from an ordinary route fragment. [`decode`] also takes the whole
//!   URL, the fragment with or without `#`, line breaks an e-mail client put
//!   in, and `=` padding.
//! - File: the line `BUDGETKOLL` (`BUDGETKOLL\n`) followed by the envelope.
//!
//! The version sits outside the compressed part, so a link from a newer app
//! is recognised (and the reader told to reload) without unpacking it.
//!
//! Opening is bounded at each step: the unpacked size
//! ([`MAX_SHARE_BYTES`]), every list while it is read ([`super::bounded`]),
//! the report count before the tables are unpacked, and then the whole state
//! ([`super::validate`]) before anything computes with it.

use super::state::{SharedState, SharedStateV1, SharedStateV2, SharedStateV3, SharedStateV4};
use super::state_v5::SharedStateV5;
use super::{bounded, validate, Carrier, Damage, Fault, ShareError};
use crate::import::limits::MAX_SHARE_BYTES;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as BASE64URL;
use base64::Engine;
use miniz_oxide::inflate::TINFLStatus;
use serde::{Deserialize, Serialize};

/// What a share fragment starts with (after `#`).
pub const LINK_PREFIX: &str = "bk.";

/// The first line of a `.budgetkoll` file.
pub const FILE_HEADER: &[u8] = b"BUDGETKOLL\n";

/// The envelope's first two bytes.
pub const MAGIC: [u8; 2] = *b"BK";

/// The format [`encode`] writes; [`decode`] reads this and every older one.
pub const FORMAT_VERSION: u16 = 5;

/// zlib's strongest level: links are made rarely and read by people.
const COMPRESSION_LEVEL: u8 = 10;

/// The link fragment (without `#`) that reproduces `state`.
pub fn encode(state: &SharedState) -> String {
    format!("{LINK_PREFIX}{}", BASE64URL.encode(envelope(state)))
}

/// Restores the state from a link: the fragment, `#` and all, or the whole URL.
pub fn decode(text: &str) -> Result<SharedState, ShareError> {
    decode_text(text, Carrier::Link)
}

/// Restores the work autosaved in the browser (a link's text); errors name
/// it as the saved work.
pub fn decode_saved(text: &str) -> Result<SharedState, ShareError> {
    decode_text(text, Carrier::Saved)
}

fn decode_text(text: &str, carrier: Carrier) -> Result<SharedState, ShareError> {
    open_envelope(&envelope_of_link(text, carrier)?, carrier)
}

/// The envelope a link's text carries: the fragment (of a whole URL, or
/// with or without `#`), line breaks and `=` padding tolerated.
fn envelope_of_link(text: &str, carrier: Carrier) -> Result<Vec<u8>, ShareError> {
    let fragment = text.split_once('#').map_or(text, |(_, f)| f).trim();
    let code = fragment
        .strip_prefix(LINK_PREFIX)
        .ok_or(ShareError::NotALink)?;
    let code: String = code
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .trim_end_matches('=')
        .into();
    // Four base64 characters carry three bytes.
    if code.len() / 4 * 3 > MAX_SHARE_BYTES {
        return Err(too_large(carrier));
    }
    BASE64URL
        .decode(code.as_bytes())
        .map_err(|_| damaged(carrier, Damage::NotBase64))
}

/// The `.budgetkoll` file of a link's envelope, without opening it: for
/// saved work this version cannot read (a newer format, a damaged value),
/// so it can be downloaded and opened elsewhere. `None` when the text is no
/// link at all.
pub fn file_from_link(text: &str) -> Option<Vec<u8>> {
    let envelope = envelope_of_link(text, Carrier::Saved).ok()?;
    Some([FILE_HEADER, &envelope].concat())
}

/// The contents of a `.budgetkoll` file for `state`.
pub fn encode_file(state: &SharedState) -> Vec<u8> {
    let mut out = FILE_HEADER.to_vec();
    out.extend(envelope(state));
    out
}

/// Restores the state from a `.budgetkoll` file's bytes.
pub fn decode_file(bytes: &[u8]) -> Result<SharedState, ShareError> {
    let body = bytes
        .strip_prefix(FILE_HEADER)
        .ok_or(ShareError::NotAFile)?;
    if body.len() > MAX_SHARE_BYTES {
        return Err(too_large(Carrier::File));
    }
    open_envelope(body, Carrier::File)
}

/// True when `bytes` look like a `.budgetkoll` file (so a dropped file can be
/// told from a spreadsheet before it is read).
pub fn is_share_file(bytes: &[u8]) -> bool {
    bytes.starts_with(FILE_HEADER)
}

/// The envelope of the current format.
fn envelope(state: &SharedState) -> Vec<u8> {
    let mut out = postcard_bytes(&(MAGIC, FORMAT_VERSION));
    let payload = postcard_bytes(&SharedStateV5::from(state));
    out.extend(miniz_oxide::deflate::compress_to_vec_zlib(
        &payload,
        COMPRESSION_LEVEL,
    ));
    out
}

fn postcard_bytes<T: Serialize>(value: &T) -> Vec<u8> {
    // Postcard only fails on sequences of unknown length, maps it cannot size
    // and full fixed buffers; the wire types have none of those.
    postcard::to_allocvec(value).expect("every share wire type serialises with postcard")
}

fn open_envelope(bytes: &[u8], carrier: Carrier) -> Result<SharedState, ShareError> {
    let ((magic, version), packed) = postcard::take_from_bytes::<([u8; 2], u16)>(bytes)
        .map_err(|_| damaged(carrier, Damage::NoStart))?;
    if magic != MAGIC {
        return Err(damaged(carrier, Damage::NoMagic));
    }
    if version > FORMAT_VERSION {
        return Err(ShareError::NewerVersion {
            carrier,
            found: version,
            supported: FORMAT_VERSION,
        });
    }
    let payload = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(packed, MAX_SHARE_BYTES)
        .map_err(|e| match e.status {
            TINFLStatus::HasMoreOutput => too_large(carrier),
            _ => damaged(carrier, Damage::NotInflatable),
        })?;
    let state = match version {
        1 => read_payload::<SharedStateV1>(&payload).and_then(SharedState::try_from),
        2 => read_payload::<SharedStateV2>(&payload).and_then(SharedState::try_from),
        3 => read_payload::<SharedStateV3>(&payload).and_then(SharedState::try_from),
        4 => read_payload::<SharedStateV4>(&payload).and_then(SharedState::try_from),
        5 => read_payload::<SharedStateV5>(&payload).and_then(SharedState::try_from),
        other => Err(Damage::UnknownFormat(other).into()),
    };
    let state = state.map_err(|f| f.on(carrier))?;
    validate::validate(&state).map_err(|e| Fault::from(e).on(carrier))?;
    Ok(state)
}

/// Reads a whole payload as `T`, refusing floods as it reads; trailing bytes
/// mean it is not what it claims.
fn read_payload<'a, T: Deserialize<'a>>(payload: &'a [u8]) -> Result<T, Fault> {
    match bounded::take_from_bytes::<T>(payload) {
        Ok((value, [])) => Ok(value),
        Ok((_, rest)) => Err(Damage::Trailing(rest.len()).into()),
        Err(bounded::ReadError::Flood(flood)) => Err(flood.into()),
        Err(bounded::ReadError::Postcard(_)) => Err(Damage::Unreadable.into()),
    }
}

fn damaged(carrier: Carrier, detail: Damage) -> ShareError {
    ShareError::Damaged { carrier, detail }
}

fn too_large(carrier: Carrier) -> ShareError {
    ShareError::TooLarge {
        carrier,
        limit: MAX_SHARE_BYTES,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::ViewState;

    fn state() -> SharedState {
        SharedState {
            reports: vec![],
            view: ViewState {
                route: crate::view::route::Route::parse("unit/42"),
                read_only: true,
                ..ViewState::default()
            },
            ..SharedState::default()
        }
    }

    #[test]
    fn link_and_file_round_trip() {
        let s = state();
        let link = encode(&s);
        assert!(link.starts_with(LINK_PREFIX));
        assert_eq!(decode(&link).unwrap(), s);
        assert_eq!(decode(&format!("#{link}")).unwrap(), s);
        assert_eq!(
            decode(&format!("https://example.se/budgetkoll/#{link}")).unwrap(),
            s
        );
        let file = encode_file(&s);
        assert!(is_share_file(&file));
        assert_eq!(decode_file(&file).unwrap(), s);
    }

    #[test]
    fn a_link_becomes_its_file_without_being_opened() {
        let s = state();
        assert_eq!(file_from_link(&encode(&s)), Some(encode_file(&s)));
        // A newer format converts too: the file opens where it is known.
        let mut e = envelope(&s);
        e[2] = 9;
        let newer = format!("{LINK_PREFIX}{}", BASE64URL.encode(&e));
        assert_eq!(file_from_link(&newer), Some([FILE_HEADER, &e].concat()));
        assert_eq!(file_from_link("#unit/42"), None);
        assert_eq!(file_from_link("bk.ä"), None);
    }

    #[test]
    fn the_envelope_starts_with_magic_and_version() {
        let e = envelope(&state());
        assert_eq!(&e[..3], b"BK\x05");
        // zlib header with the strongest level.
        assert_eq!(e[3], 0x78);
    }

    #[test]
    fn line_breaks_and_padding_are_tolerated() {
        let s = state();
        let link = encode(&s);
        let (head, tail) = link.split_at(10);
        assert_eq!(decode(&format!("{head}\r\n {tail}==")).unwrap(), s);
    }

    #[test]
    fn a_newer_format_is_named() {
        let mut e = envelope(&state());
        e[2] = 7;
        let link = format!("{LINK_PREFIX}{}", BASE64URL.encode(&e));
        let err = decode(&link).unwrap_err();
        assert_eq!(
            err,
            ShareError::NewerVersion {
                carrier: Carrier::Link,
                found: 7,
                supported: 5
            }
        );
        assert!(err.to_string().starts_with(
            "Länken kommer från en nyare version av Budgetkoll (format 7) än den som körs här (format 5)."
        ));
    }

    #[test]
    fn not_a_link_and_not_a_file() {
        assert_eq!(decode("#unit/42"), Err(ShareError::NotALink));
        assert_eq!(decode_file(b"PK\x03\x04"), Err(ShareError::NotAFile));
        assert!(!is_share_file(b"PK\x03\x04"));
    }

    #[test]
    fn a_bomb_is_refused_by_its_unpacked_size() {
        let zeros = vec![0u8; MAX_SHARE_BYTES + 1];
        let mut e = postcard_bytes(&(MAGIC, FORMAT_VERSION));
        e.extend(miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 6));
        assert!(e.len() < 64 * 1024);
        let err = decode_file(&[FILE_HEADER, &e].concat()).unwrap_err();
        assert_eq!(
            err,
            ShareError::TooLarge {
                carrier: Carrier::File,
                limit: MAX_SHARE_BYTES
            }
        );
        assert_eq!(
            err.to_string(),
            "Filen är för stor: uppackad blir den mer än 8 MB, och så stora delningar öppnas inte."
        );
    }

    #[test]
    fn truncation_is_damage_with_advice() {
        let link = encode(&state());
        let err = decode(&link[..link.len() - 4]).unwrap_err();
        assert!(matches!(
            err,
            ShareError::Damaged {
                carrier: Carrier::Link,
                ..
            }
        ));
        let text = err.to_string();
        assert!(text.starts_with("Länken är skadad eller ofullständig ("));
        assert!(text.ends_with("Be den som delade den att kopiera hela länken igen."));
    }
}
