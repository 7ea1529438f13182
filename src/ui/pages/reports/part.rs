//! The Rapporter tab as a part loaded on first use: the
//! `#[wasm_split(reports)]` function is its split point (the loaded files,
//! what was found in them, the form for a file's missing details).

use crate::ui::browser::part::Unavailable;
use crate::ui::widgets::part::{build, later, Build};
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// The Rapporter tab: the loaded files, what was found in them, and the
/// form for a file's missing details.
#[wasm_split(reports, fallible)]
fn reports_view() -> Result<Build, Unavailable> {
    build(|| view! { <super::ReportsView /> }.into_any())
}

/// The Rapporter tab, loaded on first use.
#[component]
pub fn ReportsPart() -> impl IntoView {
    later(reports_view)
}
