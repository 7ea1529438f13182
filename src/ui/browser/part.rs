//! A part of the app's wasm that could not be fetched (offline, before the
//! service worker cached it): what every split point (`#[wasm_split]`)
//! answers then, so the page can say so instead of stopping.

use budgetkoll::intake::{Reason, Refusal};
use wasm_split_helpers::SplitLoaderError;

/// A part of the page whose module could not be fetched.
pub struct Unavailable;

impl Unavailable {
    /// The refusal of a file that could not be read because the importers'
    /// part could not be fetched.
    pub fn refusal(&self, file: &str) -> Refusal {
        Refusal::new(file, Reason::PartUnavailable)
    }
}

impl From<SplitLoaderError> for Unavailable {
    fn from(_: SplitLoaderError) -> Self {
        Unavailable
    }
}
