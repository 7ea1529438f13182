//! The printed report as a part loaded on first use: the
//! `#[wasm_split(print)]` function is its split point, with the charts it
//! draws for A4. "Skriv ut rapport" fetches it ([`print_ready`]) before it
//! mounts the report and opens the browser's print.

use crate::ui::browser::part::Unavailable;
use crate::ui::widgets::part::{build, later, Build};
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// The printed report ("Skriv ut rapport") and the charts it draws for A4.
#[wasm_split(print, fallible, preload(preload_print))]
fn print_report() -> Result<Build, Unavailable> {
    build(|| view! { <super::PrintReport /> }.into_any())
}

/// The printed report; mounted once [`print_ready`] said its module is
/// there, so it is in the page when the browser prints.
#[component]
pub fn PrintPart() -> impl IntoView {
    later(print_report)
}

/// Fetches the printed report's module (at once when fetched before);
/// false when it cannot be fetched.
pub async fn print_ready() -> bool {
    preload_print().await.is_ok()
}
