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
//! - [`state_v5`] is format 5: goals and staff statistics beside format 4.
//! - [`codec`] wraps it all in an envelope (magic, version, zlib) and writes
//!   the link fragment or the file.
//! - [`walk`] builds every view a shared state can show, so the property
//!   tests and the fuzzer know each decoded state reaches them all.
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
pub mod state_v5;
pub mod validate;
pub mod walk;

pub use codec::{
    decode, decode_file, decode_saved, encode, encode_file, file_from_link, is_share_file,
};
pub use state::{SharedState, ViewState};

use crate::i18n::{Lang, Msg};
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
    fn advice(self) -> Msg {
        match self {
            Carrier::Link => Msg::ShareAdviceLink,
            Carrier::File => Msg::ShareAdviceFile,
            Carrier::Saved => Msg::ShareAdviceSaved,
        }
    }

    /// `Länken`, as a message's subject.
    fn name(self) -> Msg {
        match self {
            Carrier::Link => Msg::ShareLink,
            Carrier::File => Msg::ShareFile,
            Carrier::Saved => Msg::ShareSaved,
        }
    }
}

/// Why shared data could not be opened. `detail` names what inside the
/// payload is wrong (it points into a crafted or damaged payload, for
/// whoever made it), in the page's language when shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    NotALink,
    NotAFile,
    Damaged {
        carrier: Carrier,
        detail: Damage,
    },
    NewerVersion {
        carrier: Carrier,
        found: u16,
        supported: u16,
    },
    TooLarge {
        carrier: Carrier,
        limit: usize,
    },
    /// Decoded fine, but holds more, or larger figures, than the app opens
    /// ([`validate`], [`bounded`]); nothing of it is shown.
    OutOfBounds {
        carrier: Carrier,
        detail: Bounds,
    },
}

impl ShareError {
    pub fn text(&self, lang: Lang) -> String {
        let name = |c: &Carrier| c.name().text(lang);
        match self {
            ShareError::NotALink => {
                Msg::ShareNotALink.fill(lang, &[("prefix", codec::LINK_PREFIX)])
            }
            ShareError::NotAFile => Msg::ShareNotAFile.text(lang).to_string(),
            ShareError::Damaged { carrier, detail } => Msg::ShareDamaged.fill(
                lang,
                &[
                    ("carrier", name(carrier)),
                    ("detail", &detail.text(lang)),
                    ("advice", carrier.advice().text(lang)),
                ],
            ),
            ShareError::NewerVersion {
                carrier,
                found,
                supported,
            } => Msg::ShareNewer.fill(
                lang,
                &[
                    ("carrier", name(carrier)),
                    ("found", &found.to_string()),
                    ("supported", &supported.to_string()),
                ],
            ),
            ShareError::TooLarge { carrier, limit } => Msg::ShareTooLarge.fill(
                lang,
                &[
                    ("carrier", name(carrier)),
                    ("mb", &(limit / (1024 * 1024)).to_string()),
                ],
            ),
            ShareError::OutOfBounds { carrier, detail } => {
                let detail = detail.text(lang);
                Msg::ShareOutOfBounds.fill(lang, &[("carrier", name(carrier)), ("detail", &detail)])
            }
        }
    }
}

/// In Swedish, for logs and tests; the page uses [`ShareError::text`].
impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for ShareError {}

/// What is wrong inside a payload that unpacked fine (or in the envelope
/// around it): a table of the wrong size, an amount out of range, a month
/// 13. [`codec`] turns it into [`ShareError::Damaged`], naming the link or
/// file; [`Damage::text`] tells it in the page's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// A link's code holds characters that are no base64url.
    NotBase64,
    /// The envelope is too short for its magic and version.
    NoStart,
    /// The envelope does not start with Budgetkoll's magic.
    NoMagic,
    /// The zlib part does not inflate.
    NotInflatable,
    /// A format version that never existed (0).
    UnknownFormat(u16),
    /// Bytes left after the payload.
    Trailing(usize),
    /// The payload is not what its format says.
    Unreadable,
    /// A compact table with `found` cells.
    TableCells { found: usize },
    /// A compact table's cell code out of range.
    CellCode(u8),
    /// A compact table whose amounts do not match its shape.
    TableAmounts { values: usize, cells: usize },
    /// A compact table's derived sum overflows.
    SumUnrecoverable,
    /// A compact table's amount past `Decimal`'s range.
    DecimalOverflow,
    /// A report (format 1–3) with month outside 1–12.
    ReportMonth(u8),
    /// A finance table with month outside 1–12.
    FinanceMonth(u8),
    /// Budget frames (format 3) without a scenario.
    NoScenario,
    /// Saved work whose list of report keys does not fit.
    ReportList,
    /// Saved work that lists a report not in storage.
    ReportMissing(String),
    /// Saved work whose report entry holds something else.
    NotAReport(String),
}

impl Damage {
    pub fn text(&self, lang: Lang) -> String {
        let n = |m: Msg, v: &dyn fmt::Display| m.fill(lang, &[("n", &v.to_string())]);
        match self {
            Damage::NotBase64 => Msg::DmgNotBase64.text(lang).to_string(),
            Damage::NoStart => Msg::DmgNoStart.text(lang).to_string(),
            Damage::NoMagic => Msg::DmgNoMagic.text(lang).to_string(),
            Damage::NotInflatable => Msg::DmgNotInflatable.text(lang).to_string(),
            Damage::UnknownFormat(v) => n(Msg::DmgUnknownFormat, v),
            Damage::Trailing(len) => n(Msg::DmgTrailing, len),
            Damage::Unreadable => Msg::DmgUnreadable.text(lang).to_string(),
            Damage::TableCells { found } => Msg::DmgTableCells.fill(
                lang,
                &[
                    ("n", &found.to_string()),
                    ("cells", &compact::CELLS.to_string()),
                ],
            ),
            Damage::CellCode(c) => n(Msg::DmgCellCode, c),
            Damage::TableAmounts { values, cells } => Msg::DmgTableAmounts.fill(
                lang,
                &[("n", &values.to_string()), ("cells", &cells.to_string())],
            ),
            Damage::SumUnrecoverable => Msg::DmgSumUnrecoverable.text(lang).to_string(),
            Damage::DecimalOverflow => Msg::DmgDecimalOverflow.text(lang).to_string(),
            Damage::ReportMonth(m) => n(Msg::DmgReportMonth, m),
            Damage::FinanceMonth(m) => n(Msg::DmgFinanceMonth, m),
            Damage::NoScenario => Msg::DmgNoScenario.text(lang).to_string(),
            Damage::ReportList => Msg::DmgReportList.text(lang).to_string(),
            Damage::ReportMissing(key) => n(Msg::DmgReportMissing, key),
            Damage::NotAReport(key) => n(Msg::DmgNotAReport, key),
        }
    }
}

/// In Swedish, for logs and tests; the page uses [`Damage::text`].
impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for Damage {}

/// Why a state that decoded is not opened: it breaks a bound while it is
/// read ([`bounded`]) or after ([`validate`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bounds {
    Flood(bounded::Flood),
    /// Boxed: a place and a problem are large beside the other errors.
    Invalid(Box<validate::Invalid>),
}

impl Bounds {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Bounds::Flood(f) => f.text(lang),
            Bounds::Invalid(i) => i.text(lang),
        }
    }
}

/// Why a payload that unpacked cannot become a [`SharedState`]: it is
/// damaged, or it holds more (or larger figures) than the app opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    Damaged(Damage),
    OutOfBounds(Bounds),
}

impl From<Damage> for Fault {
    fn from(d: Damage) -> Self {
        Fault::Damaged(d)
    }
}

impl From<validate::Invalid> for Fault {
    fn from(e: validate::Invalid) -> Self {
        Fault::OutOfBounds(Bounds::Invalid(Box::new(e)))
    }
}

impl From<bounded::Flood> for Fault {
    fn from(f: bounded::Flood) -> Self {
        Fault::OutOfBounds(Bounds::Flood(f))
    }
}

impl Fault {
    /// The error to show, naming the link or file.
    fn on(self, carrier: Carrier) -> ShareError {
        match self {
            Fault::Damaged(detail) => ShareError::Damaged { carrier, detail },
            Fault::OutOfBounds(detail) => ShareError::OutOfBounds { carrier, detail },
        }
    }
}
