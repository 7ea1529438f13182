//! The board summary as a part. A shared link or a presented file opens on
//! it, and both wait for the keeping part anyway. For a link, index.html
//! fetches the two beside the app, in one file with the chunks they share
//! (the link pack, written by scripts/postbuild.mjs), so a link shows its
//! summary no later, and a visit without one does not download the
//! summary's engine (the reader's view model, the narrative, the frames'
//! scenario) with the first paint.

use crate::ui::browser::part::Unavailable;
use crate::ui::widgets::part::{build, later, Build};
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// The board summary: the headline, the narrative and the cards.
#[wasm_split(reader, fallible)]
fn reader_view() -> Result<Build, Unavailable> {
    build(|| view! { <super::ReaderOverview /> }.into_any())
}

/// The board summary, loaded on first use.
#[component]
pub fn ReaderPart() -> impl IntoView {
    later(reader_view)
}
