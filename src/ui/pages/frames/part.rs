//! The Budgetramar page as a part loaded on first use: the
//! `#[wasm_split(frames)]` function is its split point, so the page and the
//! frames engine it computes with are not in the first paint.

use crate::ui::browser::part::Unavailable;
use crate::ui::widgets::part::{build, later, Build};
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// The budget-frames page and the frames engine it computes with.
#[wasm_split(frames, fallible)]
fn frames_page() -> Result<Build, Unavailable> {
    build(|| view! { <super::FramesPage /> }.into_any())
}

/// The budget-frames page, loaded on first use.
#[component]
pub fn FramesPart() -> impl IntoView {
    later(frames_page)
}
