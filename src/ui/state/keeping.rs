//! What the page says about the person's saved work, as [`persist`](super::persist)
//! finds it and the store holds it: apart from the keeping itself, so that
//! the store can hold it without importing what keeps it.

/// Why saved work could not be read (told in the page's language); `None`
/// when it reads now (another tab's newer version, since updated).
pub type Unread = Option<budgetkoll::share::ShareError>;

/// What the page says about the user's saved work.
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
