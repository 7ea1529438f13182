//! "Dela": the whole state needed to reproduce a view, packed into the URL
//! fragment of a link (or a `.budgetkoll` file when it is too large for one),
//! so a colleague who opens the link sees the same reports, page and settings
//! without any server ever holding the figures.
//!
//! - [`state`] holds what is shared ([`SharedState`]) and the frozen wire
//!   types of each format version, so links made today still open after new
//!   fields are added.
//! - [`compact`] is the short, lossless wire form of an FR1 table: figures as
//!   integers, derived cells as their difference from the FR1 identities.
//! - [`frames_v3`] holds the budget-frames work as format 3 carried it.
//! - [`codec`] wraps it all in an envelope (magic, version, zlib) and writes
//!   the link fragment or the file.
//!
//! Everything decoded here comes from whoever made the link. Decoding never
//! panics and bounds how much it unpacks, but the strings it returns (file
//! names, unit names, routes) are untrusted: the UI must show them as text,
//! never as HTML (no `inner_html`), and treat the route as a request to
//! navigate that it checks like any other.

pub mod bounded;
pub mod codec;
pub mod compact;
pub mod frames_v3;
pub mod saved;
pub mod state;
pub mod validate;

pub use codec::{
    decode, decode_file, decode_saved, encode, encode_file, file_from_link, is_share_file,
};
pub use state::{SharedState, ViewState};

use core::fmt;

/// Where shared data came from; messages name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carrier {
    Link,
    File,
    /// The work autosaved in the browser.
    Saved,
}

impl Carrier {
    /// What the reader can do about damaged data.
    fn advice(self) -> &'static str {
        match self {
            Carrier::Link => "Be den som delade den att kopiera hela länken igen",
            Carrier::File => "Be den som delade den att spara och skicka filen igen",
            Carrier::Saved => "Ladda ner det som fil för att behålla det",
        }
    }
}

impl fmt::Display for Carrier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Carrier::Link => "Länken",
            Carrier::File => "Filen",
            Carrier::Saved => "Det sparade arbetet",
        })
    }
}

/// Why shared data could not be opened.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShareError {
    #[error(
        "Texten är ingen Budgetkoll-länk: den ska innehålla „#{}“ följt av delningskoden.",
        codec::LINK_PREFIX
    )]
    NotALink,
    #[error("Filen är ingen Budgetkoll-fil: den börjar inte med „BUDGETKOLL“.")]
    NotAFile,
    #[error("{carrier} är skadad eller ofullständig ({detail}). {}.", .carrier.advice())]
    Damaged { carrier: Carrier, detail: String },
    #[error("{carrier} kommer från en nyare version av Budgetkoll (format {found}) än den som körs här (format {supported}). Ladda om sidan för att hämta den senaste versionen och öppna den igen.")]
    NewerVersion {
        carrier: Carrier,
        found: u16,
        supported: u16,
    },
    #[error("{carrier} är för stor: uppackad blir den mer än {} MB, och så stora delningar öppnas inte.", .limit / (1024 * 1024))]
    TooLarge { carrier: Carrier, limit: usize },
    /// Decoded fine, but holds more, or larger figures, than the app opens
    /// ([`validate`], [`bounded`]); nothing of it is shown.
    #[error("{carrier} öppnas inte: {detail}. Inget av innehållet har lästs in.")]
    OutOfBounds { carrier: Carrier, detail: String },
}

/// What is wrong inside a payload that unpacked fine: a table of the wrong
/// size, an amount out of range, a month 13. [`codec`] turns it into
/// [`ShareError::Damaged`], naming the link or file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Damage(pub String);

/// Why a payload that unpacked cannot become a [`SharedState`]: it is
/// damaged, or it holds more (or larger figures) than the app opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    Damaged(Damage),
    OutOfBounds(String),
}

impl From<Damage> for Fault {
    fn from(d: Damage) -> Self {
        Fault::Damaged(d)
    }
}

impl From<validate::Invalid> for Fault {
    fn from(e: validate::Invalid) -> Self {
        Fault::OutOfBounds(e.to_string())
    }
}

impl From<bounded::Flood> for Fault {
    fn from(f: bounded::Flood) -> Self {
        Fault::OutOfBounds(f.to_string())
    }
}

impl Fault {
    /// The error to show, naming the link or file.
    fn on(self, carrier: Carrier) -> ShareError {
        match self {
            Fault::Damaged(Damage(detail)) => ShareError::Damaged { carrier, detail },
            Fault::OutOfBounds(detail) => ShareError::OutOfBounds { carrier, detail },
        }
    }
}
