//! The reader's view: a shared link opens on a board summary — how the
//! region stands against budget, in words, and one card per förvaltning
//! with the largest deviation first — instead of the finance officer's
//! workbench. Technical content stays one tap away behind "Visa detaljer".
//! A part of its own ([`part`]).

pub mod part;

use crate::ui::state::store::Store;
use crate::ui::widgets::headline::{current_reader, head_figures};
use crate::ui::widgets::quarterly::{BoardPart, CardGoalsPart};
use crate::ui::widgets::why::{WhyDepth, WhyPart};
use budgetkoll::i18n::Msg;
use budgetkoll::view::narrative::narrative;
use budgetkoll::view::reader::{ReaderCard, ReaderView, READER_UNIT};
use budgetkoll::view::why::CARD_DRIVERS;
use leptos::prelude::*;

/// The board summary: the headline with the narrative, then the cards.
#[component]
pub fn ReaderOverview() -> impl IntoView {
    let store = expect_context::<Store>();
    let model = Memo::new(move |_| current_reader(store));
    move || {
        model.get().map(|v| {
            let sentences = narrative(&v, store.lang.get());
            let year_end = v.period.is_year_end();
            view! {
                <HeadlineCard model=v.clone() sentences=sentences />
                <BoardPart />
                <Cards
                    id="reader-units"
                    title=Msg::ReaderUnitsTitle
                    cards=v.cards.clone()
                    year_end=year_end
                />
                {(!v.namnder.is_empty()).then(|| view! {
                    <Cards id="reader-namnder" title=Msg::ReaderNamnderTitle cards=v.namnder.clone() year_end=year_end />
                })}
            }
        })
    }
}

#[component]
fn HeadlineCard(model: ReaderView, sentences: Vec<String>) -> impl IntoView {
    let store = expect_context::<Store>();
    let head = model.headline.clone();
    let title = head
        .as_ref()
        .map(|h| h.title.clone())
        .unwrap_or_else(|| store.t(Msg::ReaderSummary).to_string());
    let figures = head.map(|h| head_figures(store, h, "head"));
    view! {
        <section class="card reader-head" aria-labelledby="reader-title">
            <h2 id="reader-title">
                {title}
                <span class="result-when">" · "{model.period_title.clone()}</span>
            </h2>
            {figures}
            // A sentence a line: a reader scans them like a list.
            <div class="narrative" id="narrative">
                {sentences.into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
            </div>
        </section>
    }
}

/// The cards of förvaltningar (or nämnder), largest deviation first.
#[component]
fn Cards(id: &'static str, title: Msg, cards: Vec<ReaderCard>, year_end: bool) -> impl IntoView {
    let store = expect_context::<Store>();
    let items = cards
        .into_iter()
        .map(|c| view! { <Card card=c year_end=year_end /> })
        .collect_view();
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    view! {
        <section class="reader-cards" id=id aria-labelledby=labelled_by>
            <h2 id=title_id>{move || store.t(title)}</h2>
            <p class="hint">{move || store.t(Msg::ReaderUnitsHint)}</p>
            <ul class="card-list">{items}</ul>
        </section>
    }
}

/// One figure of a card: its label above, the figure below.
fn card_figure(label: String, fig: budgetkoll::view::Fig) -> impl IntoView {
    view! {
        <span class="card-figure">
            <span class="card-figure-label">{label}</span>
            <span class=format!("card-figure-value {}", fig.class)>{fig.text}</span>
        </span>
    }
}

#[component]
fn Card(
    card: ReaderCard,
    /// The period is December: the year to date is the year's outcome.
    year_end: bool,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let lang = store.lang.get_untracked();
    let standing = card.standing;
    let status = standing.map(|s| {
        view! {
            <span class=format!("status {}", s.class())>
                <span aria-hidden="true">{s.mark()}" "</span>
                {s.word(lang)}
            </span>
        }
    });
    let ytd_label = if year_end {
        Msg::ReaderCardYearEnd
    } else {
        Msg::ReaderCardYtd
    };
    let figures = view! {
        {card_figure(format!("{} ({})", ytd_label.text(lang), READER_UNIT.short()), card.ytd.clone())}
        {card.forecast.value.is_some().then(|| card_figure(
            format!("{} ({})", Msg::ReaderCardForecast.text(lang), READER_UNIT.short()),
            card.forecast.clone(),
        ))}
        {card.change.clone().map(|c| card_figure(
            Msg::ReaderCardSince.fill(lang, &[("m", &c.since)]),
            c.change,
        ))}
    };
    let class = format!(
        "reader-card {}",
        standing.map(|s| s.class()).unwrap_or("missing")
    );
    let body = view! {
        <span class="card-name">{card.name.clone()}</span>
        {status}
        <span class="card-figures">{figures}</span>
        {(!card.code.is_empty()).then(|| view! { <CardGoalsPart code=card.code.clone() /> })}
    };
    // Beside the card's button, not in it: the drivers are read, not
    // pressed.
    let why = card
        .why
        .clone()
        .map(|w| view! { <WhyPart model=w depth=WhyDepth::Card(CARD_DRIVERS) /> });
    if card.code.is_empty() {
        view! { <li class=class><div class="card-body">{body}</div>{why}</li> }.into_any()
    } else {
        let code = card.code.clone();
        view! {
            <li class=class>
                <button
                    class="card-body card-open"
                    data-unit=card.code.clone()
                    on:click=move |_| {
                        store.open_unit(code.clone());
                        window().scroll_to_with_x_and_y(0.0, 0.0);
                    }
                >
                    {body}
                </button>
                {why}
            </li>
        }
        .into_any()
    }
}
