//! The English column of the translation table, kept out of the app's first
//! download (issue 27): Swedish is the default, and the English texts were
//! some 10 KB of the first paint's brotli for a page most readers never
//! switch. The table in `i18n.rs` still holds both languages side by side,
//! so a missing translation stays a compile error.
//!
//! On the host (tests, fuzzing) and in the spreadsheet worker the column is
//! compiled in as it is. In the app's wasm it is joined, one text a line,
//! into the custom section `budgetkoll_english` instead of the data the
//! page loads: `scripts/split/wasm-bindgen` copies the section to a file
//! before the wasm is cut into parts (which drops custom sections), and
//! `scripts/postbuild.mjs` puts that file in `dist/` as a part of its own.
//! The page fetches it the first time English is chosen ([`English::parse`]
//! checks it; [`install`] makes it the table [`super::Msg::text`] reads).

use super::Msg;

/// The longest English file accepted: ample for the table (about 37 KB).
const MAX_BYTES: usize = 256 * 1024;

/// The English column, one text a line, in the table's order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct English {
    text: String,
    /// Where each text starts, and after the last one where the file ends.
    starts: Vec<usize>,
}

/// Why a fetched English file was not taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnglishError {
    /// Longer than [`MAX_BYTES`]: not this build's file.
    TooLong { bytes: usize },
    /// Another number of texts than the table has messages: a file from
    /// another build.
    Count { found: usize, expected: usize },
}

impl English {
    /// Reads a file as [`joined`] wrote it: one text a line, exactly as
    /// many as there are messages.
    pub fn parse(text: String) -> Result<English, EnglishError> {
        if text.len() > MAX_BYTES {
            return Err(EnglishError::TooLong { bytes: text.len() });
        }
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
        let found = starts.len();
        if found != Msg::ALL.len() {
            return Err(EnglishError::Count {
                found,
                expected: Msg::ALL.len(),
            });
        }
        starts.push(text.len() + 1);
        Ok(English { text, starts })
    }

    /// The text of the message at `index` (its place in the table).
    pub fn get(&self, index: usize) -> Option<&str> {
        let start = *self.starts.get(index)?;
        let next = *self.starts.get(index + 1)?;
        self.text.get(start..next - 1)
    }
}

/// How long [`joined`] is for `texts`: their bytes and a line break
/// between each two.
pub const fn joined_len(texts: &[&str]) -> usize {
    let mut len = texts.len().saturating_sub(1);
    let mut i = 0;
    while i < texts.len() {
        len += texts[i].len();
        i += 1;
    }
    len
}

/// `texts` one a line, as bytes, at compile time (the custom section's
/// content). A text with a line break of its own does not compile.
pub const fn joined<const N: usize>(texts: &[&str]) -> [u8; N] {
    let mut out = [0u8; N];
    let mut at = 0;
    let mut i = 0;
    while i < texts.len() {
        if i > 0 {
            out[at] = b'\n';
            at += 1;
        }
        let bytes = texts[i].as_bytes();
        let mut j = 0;
        while j < bytes.len() {
            assert!(bytes[j] != b'\n', "an English text holds a line break");
            out[at] = bytes[j];
            at += 1;
            j += 1;
        }
        i += 1;
    }
    assert!(at == N, "joined_len and joined disagree");
    out
}

#[cfg(not(all(target_arch = "wasm32", feature = "app")))]
mod table {
    use super::English;

    /// The message at `index` in English, from the compiled column.
    pub fn text(index: usize) -> Option<&'static str> {
        super::super::ENGLISH.get(index).copied()
    }

    /// Nothing to do: the column is compiled in.
    pub fn install(_: English) {}

    /// Always: the column is compiled in.
    pub fn installed() -> bool {
        true
    }
}

#[cfg(all(target_arch = "wasm32", feature = "app"))]
mod table {
    use super::{joined, joined_len, English};
    use crate::i18n::ENGLISH;
    use std::sync::OnceLock;

    /// The column for the build to copy out of the wasm (see the top); not
    /// in the page's memory.
    #[used]
    #[link_section = "budgetkoll_english"]
    static SECTION: [u8; joined_len(ENGLISH)] = joined(ENGLISH);

    static INSTALLED: OnceLock<English> = OnceLock::new();

    /// The message at `index` in English, once the file is installed.
    pub fn text(index: usize) -> Option<&'static str> {
        INSTALLED.get()?.get(index)
    }

    /// Makes `english` the column [`text`] reads.
    pub fn install(english: English) {
        // A second install (two switches racing) finds the same file.
        let _ = INSTALLED.set(english);
    }

    /// True once a file is installed.
    pub fn installed() -> bool {
        INSTALLED.get().is_some()
    }
}

pub use table::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_joined_column_reads_back_as_the_table() {
        const TEXTS: &[&str] = &["Budgetkoll", "Drop FR1 reports here", "", "Loading…"];
        const BYTES: [u8; joined_len(TEXTS)] = joined(TEXTS);
        assert_eq!(
            &BYTES,
            "Budgetkoll\nDrop FR1 reports here\n\nLoading…".as_bytes()
        );

        // The whole column, as the build copies it out, gives every
        // message's English text back.
        static ALL: [u8; joined_len(crate::i18n::ENGLISH)] = joined(crate::i18n::ENGLISH);
        let english = English::parse(String::from_utf8(ALL.to_vec()).unwrap()).unwrap();
        for (index, msg) in Msg::ALL.iter().enumerate() {
            assert_eq!(english.get(index), Some(msg.text(Lang::En)), "{msg:?}");
        }
        assert_eq!(english.get(Msg::ALL.len()), None);
        assert_eq!(english.get(Msg::ShowExample as usize), Some("Show example"));
    }

    #[test]
    fn a_file_of_another_build_is_refused() {
        let lines = |n: usize| vec!["x"; n].join("\n");
        let expected = Msg::ALL.len();
        assert_eq!(
            English::parse(lines(expected - 1)),
            Err(EnglishError::Count {
                found: expected - 1,
                expected
            })
        );
        assert_eq!(
            English::parse(lines(expected + 1)),
            Err(EnglishError::Count {
                found: expected + 1,
                expected
            })
        );
        assert_eq!(
            English::parse(String::new()).map(|_| ()),
            Err(EnglishError::Count { found: 1, expected })
        );
        let long = "x".repeat(MAX_BYTES + 1);
        assert_eq!(
            English::parse(long),
            Err(EnglishError::TooLong {
                bytes: MAX_BYTES + 1
            })
        );
        let ok = English::parse(lines(expected)).unwrap();
        assert_eq!(ok.get(0), Some("x"));
        assert_eq!(ok.get(expected - 1), Some("x"));
    }
}
