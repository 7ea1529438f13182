//! The Rapporter tab as a part loaded on first use: the
//! `#[wasm_split(reports)]` function is its split point (the loaded files,
//! what was found in them, the form for a file's missing details). The
//! reports waiting to replace a loaded one are shown on every view, but
//! only when there are some: a small part of their own
//! (`#[wasm_split(notices)]`), out of the first paint. The files that could
//! not be used are not a part: among other things they say that a part
//! could not be fetched.

use crate::ui::browser::part::Unavailable;
use crate::ui::state::store::Store;
use crate::ui::widgets::part::{build, later, when, Build};
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

/// The reports waiting to replace a loaded one.
#[wasm_split(notices, fallible)]
fn pending_view() -> Result<Build, Unavailable> {
    build(|| view! { <super::Pending /> }.into_any())
}

/// Reports that would replace a loaded one, while they wait.
#[component]
pub fn PendingPart() -> impl IntoView {
    let store = expect_context::<Store>();
    when(
        move || store.work.pending.with(|p| !p.is_empty()),
        pending_view,
    )
}
