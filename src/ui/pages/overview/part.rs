//! The workbench's overview as a part loaded on first use: its chart,
//! table, forecast development and result, and the grouping editor, behind
//! two `#[wasm_split(overview)]` split points of one part. The first screen
//! (the empty page, a shared link's board summary) needs none of it.

use crate::ui::browser::part::Unavailable;
use crate::ui::widgets::controls::Settings;
use crate::ui::widgets::part::{build, later, Build};
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// The workbench's overview of the region: its chart, table, forecast
/// development and result, with the charts they draw; the first screen
/// (the empty page, a shared link's board summary) needs none of it.
#[wasm_split(overview, fallible)]
fn overview_view() -> Result<Build, Unavailable> {
    build(|| {
        view! {
            <Settings />
            <super::OverviewView />
        }
        .into_any()
    })
}

/// The workbench's overview with the settings bar, loaded on first use.
#[component]
pub fn OverviewPart() -> impl IntoView {
    later(overview_view)
}

/// The grouping editor (nämnder and the region's name), shown with the
/// overview while editing: in the overview's module.
#[wasm_split(overview, fallible)]
fn grouping_editor() -> Result<Build, Unavailable> {
    build(|| view! { <super::grouping::GroupingEditor /> }.into_any())
}

/// The grouping editor, loaded on first use.
#[component]
pub fn GroupingPart() -> impl IntoView {
    later(grouping_editor)
}
