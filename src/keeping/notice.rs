//! What the page says about the person's saved work, as data told in the
//! page's language only when shown.

use crate::i18n::{Lang, Msg};
use crate::share::ShareError;

/// Why saved work could not be read; `None` when it reads now (another
/// tab's newer version, since updated).
pub type Unread = Option<ShareError>;

/// One notice about the saved work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keep {
    /// A save failed before the last load: the restored work is older.
    RestoredOlder {
        saved_at: Option<String>,
        failed_at: String,
        reports: usize,
    },
    /// Saved work that could not be read, kept aside under `key`.
    Aside { key: String, reason: Unread },
    /// Saved work that could not be read nor moved aside; saving is off.
    Stuck { reason: Unread },
    /// Another tab saved different work; saving is off until answered.
    OtherTab,
}

impl Keep {
    /// What the notice says, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let unread = |reason: &Unread| reason.as_ref().map(|e| e.text(lang)).unwrap_or_default();
        match self {
            Keep::RestoredOlder {
                saved_at: Some(time),
                reports,
                ..
            } => Msg::RestoredOlder.fill(lang, &[("time", time), ("n", &reports.to_string())]),
            Keep::RestoredOlder {
                saved_at: None,
                failed_at,
                ..
            } => Msg::NothingRestored.fill(lang, &[("time", failed_at)]),
            Keep::Aside { reason, .. } => Msg::KeptAside.fill(lang, &[("reason", &unread(reason))]),
            Keep::Stuck { reason } => Msg::NotKeptAside.fill(lang, &[("reason", &unread(reason))]),
            Keep::OtherTab => Msg::OtherTab.text(lang).to_string(),
        }
    }
}
