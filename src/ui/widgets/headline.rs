//! The board summary's head: the reader's view model for the page's current
//! state and its two head figures, shared by the reader's view of a link
//! and the printed report.

use crate::ui::state::store::{shown_period, Store};
use budgetkoll::fr1::model::Fr1Report;
use budgetkoll::i18n::Msg;
use budgetkoll::view::reader::{
    reader_view, HeadFigure, Headline, ReaderInputs, ReaderView, READER_UNIT,
};
use leptos::prelude::*;

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
