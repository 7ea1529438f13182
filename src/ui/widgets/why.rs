//! "Varför?": the officer's drivers of a deviation, with their amounts in
//! mnkr and the text as written, and what is left unexplained — on the
//! reader's card, the förvaltning's page and the printed report. It is a
//! part loaded on first use: the `#[wasm_split(why)]` function here is its
//! split point, so the board summary of a link paints first and the cards
//! take their drivers when the part is there. The view model is
//! [`budgetkoll::view::why`]'s; this only lays it out.

use crate::ui::browser::part::Unavailable;
use crate::ui::state::store::Store;
use crate::ui::widgets::part::{build, later, Build};
use budgetkoll::i18n::Msg;
use budgetkoll::view::why::{Driver, WhySection, WhyView};
use budgetkoll::view::READER_UNIT;
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// How much of a förvaltning's explanations a place shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhyDepth {
    /// The reader's card: the largest drivers of each section.
    Card(usize),
    /// The förvaltning's page and the printed report: every driver; the
    /// officer's notes where the page is not presented.
    Full,
}

/// The drivers of one förvaltning, laid out.
#[wasm_split(why, fallible)]
fn why_part(model: WhyView, depth: WhyDepth) -> Result<Build, Unavailable> {
    build(move || view! { <WhyBlock model=model.clone() depth /> }.into_any())
}

/// "Varför?", loaded on first use.
#[component]
pub fn WhyPart(model: WhyView, depth: WhyDepth) -> impl IntoView {
    later(move || why_part(model.clone(), depth))
}

/// "Varför?": a section per report half, its drivers, its check line.
#[component]
pub fn WhyBlock(model: WhyView, depth: WhyDepth) -> impl IntoView {
    let store = expect_context::<Store>();
    let sections = model
        .sections
        .into_iter()
        .map(|s| view! { <Section section=s depth /> })
        .collect_view();
    view! {
        <div class="why" data-owner=model.name.clone()>
            <h3 class="why-title">{move || store.t(Msg::WhyTitle)}</h3>
            {sections}
        </div>
    }
}

#[component]
fn Section(section: WhySection, depth: WhyDepth) -> impl IntoView {
    let store = expect_context::<Store>();
    let shown = match depth {
        WhyDepth::Card(n) => n,
        WhyDepth::Full => section.drivers.len(),
    };
    let more = section.drivers.len() > shown;
    let drivers = section
        .drivers
        .iter()
        .take(shown)
        .map(driver)
        .collect_view();
    // General comments are the page's; the card keeps to the drivers.
    let general = (depth == WhyDepth::Full).then(|| {
        section
            .general
            .iter()
            .map(|t| view! { <p class="why-general">{t.clone()}</p> })
            .collect_view()
    });
    let notes = section.notes.clone();
    let officer_notes = move || {
        (depth == WhyDepth::Full && !notes.is_empty() && !store.shown.read_only.get()).then(|| {
            view! {
                <div class="notice warn why-notes edit-only">
                    <p><strong>{move || store.t(Msg::WhyNotesTitle)}</strong></p>
                    <ul>{notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                </div>
            }
        })
    };
    let unexplained = section.unexplained.is_some();
    view! {
        <section class="why-section" data-section=section.section.keyword()>
            <p class="why-when">
                <strong>{section.title.clone()}</strong>
                <span class="why-basis">" · "{section.basis.clone()}</span>
            </p>
            {general}
            <ul class="why-drivers">{drivers}</ul>
            {more.then(|| view! { <p class="why-more">{move || store.t(Msg::WhyMore)}</p> })}
            <p class="why-summary" class:why-rest=unexplained>{section.summary.clone()}</p>
            {officer_notes}
        </section>
    }
}

/// One driver: its amount (signed, in mnkr), what it is about, the text.
fn driver(d: &Driver) -> impl IntoView {
    let amount = d.amount.value.is_some().then(|| {
        view! {
            <span class=format!("why-amount {}", d.amount.class)>
                {format!("{} {}", d.amount.text, READER_UNIT.short())}
            </span>
        }
    });
    view! {
        <li class="why-driver">
            <span class="why-topic">{d.topic.clone()}</span>
            {amount}
            <span class="why-text">{d.text.clone()}</span>
        </li>
    }
}
