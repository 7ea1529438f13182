//! The Förvaltning tab as a part loaded on first use: the
//! `#[wasm_split(unit)]` function is its split point (one administration's
//! follow-up, forecast development, measures and forecast accuracy).

use crate::ui::browser::part::Unavailable;
use crate::ui::widgets::controls::Settings;
use crate::ui::widgets::part::{build, later, Build};
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// The Förvaltning tab: one administration's follow-up, forecast
/// development, measures and forecast accuracy.
#[wasm_split(unit, fallible)]
fn unit_view() -> Result<Build, Unavailable> {
    build(|| {
        view! {
            <Settings />
            <super::UnitView />
        }
        .into_any()
    })
}

/// The Förvaltning tab with the settings bar, loaded on first use.
#[component]
pub fn UnitPart() -> impl IntoView {
    later(unit_view)
}
