//! The reader's view: a shared link opens on a board summary — how the
//! region stands against budget, in words, and one card per förvaltning
//! with the largest deviation first — instead of the finance officer's
//! workbench. Technical content stays one tap away behind "Visa detaljer".

use super::overview::shown_period;
use super::store::Store;
use budgetkoll::fr1::model::Fr1Report;
use budgetkoll::i18n::Msg;
use budgetkoll::view::narrative::narrative;
use budgetkoll::view::reader::{
    reader_view, HeadFigure, Headline, ReaderCard, ReaderInputs, ReaderView, READER_UNIT,
};
use leptos::prelude::*;

/// How the page is being read: whether a shared view shows its technical
/// details, and whether the printed report is mounted.
#[derive(Clone, Copy)]
pub struct ReaderMode {
    /// In presentation mode: show the workbench's details too.
    pub details: RwSignal<bool>,
    /// The printable report is in the page (for the browser's print).
    pub printing: RwSignal<bool>,
}

impl ReaderMode {
    pub fn new() -> Self {
        ReaderMode {
            details: RwSignal::new(false),
            printing: RwSignal::new(false),
        }
    }
}

/// The reader's view model for the page's current state (reactive).
pub fn current_reader(store: Store) -> Option<ReaderView> {
    let period = shown_period(store)?;
    let grouping = store.grouping_in_force();
    let finance = store.work.finance_tables.get();
    let measures = store.work.measures.get();
    let explanations = store.work.explanations.get();
    let frames = store
        .work
        .frames
        .with(|f| f.as_ref().and_then(|s| s.result()).and_then(Result::ok));
    let lang = store.lang.get();
    let part = store.shown.part.get();
    Some(store.work.reports.with(|reports: &Vec<Fr1Report>| {
        reader_view(
            &ReaderInputs {
                reports,
                finance: &finance,
                period,
                grouping: &grouping,
                part,
                measures: &measures,
                frames: frames.as_ref(),
                explanations: &explanations,
            },
            lang,
        )
    }))
}

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

/// One half of the headline: the deviation large, with its word and mark.
fn head_figure(store: Store, id: String, f: HeadFigure, amount_label: Msg) -> impl IntoView {
    let unit = READER_UNIT.short();
    view! {
        <div class=format!("head-figure {}", f.standing.class()) id=id>
            <span class="head-label">{f.label.clone()}</span>
            <span class="head-value">{f.variance.text.clone()}" "{unit}</span>
            <span class="status">
                <span aria-hidden="true">{f.standing.mark()}" "</span>
                {move || f.standing.word(store.lang.get())}
            </span>
            <span class="head-detail">
                <span class="nowrap">{move || store.t(amount_label)}" "{f.amount.text.clone()}" "{unit}</span>
                " · "
                <span class="nowrap">{move || store.t(Msg::ChartBudget)}" "{f.budget.text.clone()}" "{unit}</span>
            </span>
        </div>
    }
}

/// The headline's two figures, the full-year forecast first; their ids
/// start with `prefix` (`head-year`, `head-ytd`).
pub fn head_figures(store: Store, h: Headline, prefix: &'static str) -> impl IntoView {
    let amount_label = if h.with_finance {
        Msg::ReaderResult
    } else {
        Msg::ReaderNetCost
    };
    view! {
        <div class="head-figures">
            {h.year.map(|f| head_figure(store, format!("{prefix}-year"), f, amount_label))}
            {h.ytd.map(|f| head_figure(store, format!("{prefix}-ytd"), f, amount_label))}
        </div>
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
    };
    if card.code.is_empty() {
        view! { <li class=class><div class="card-body">{body}</div></li> }.into_any()
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
            </li>
        }
        .into_any()
    }
}
