//! The overview's headline: the region's result (finance administration's
//! net minus the förvaltningar's net cost) against budget, or — without the
//! finance administration's table — the förvaltningar's net cost, saying so.

use crate::ui::state::store::Store;
use crate::ui::widgets::tables::fig_cell;
use budgetkoll::i18n::Msg;
use budgetkoll::view::region::{ResultFigs, ResultView};
use leptos::prelude::*;

fn figs(f: Option<&ResultFigs>) -> impl IntoView {
    match f {
        Some(f) => view! { {fig_cell(&f.actual)}{fig_cell(&f.budget)}{fig_cell(&f.variance)} }.into_any(),
        None => view! { <td class="num missing">"–"</td><td class="num missing">"–"</td><td class="num missing">"–"</td> }.into_any(),
    }
}

#[component]
pub fn RegionResult(
    model: ResultView,
    /// The period as the page names it (`juni 2024`, `Bokslut 2024`).
    period: String,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let has_year = model.lines.iter().any(|l| l.year.is_some());
    let has_ytd = model.lines.iter().any(|l| l.ytd.is_some());
    let half_head = move |label: String| {
        view! {
            <th scope="colgroup" colspan="3" class="group">{label}</th>
        }
    };
    let sub_head = move |actual: Msg| {
        view! {
            <th scope="col" class="num">{move || store.t(actual)}</th>
            <th scope="col" class="num">{move || store.t(Msg::ChartBudget)}</th>
            <th scope="col" class="num">{move || store.t(Msg::ColVariance)}</th>
        }
    };
    let rows = model
        .lines
        .iter()
        .map(|l| {
            view! {
                <tr class:total=l.total>
                    <th scope="row">{l.label.clone()}</th>
                    {has_ytd.then(|| figs(l.ytd.as_ref()))}
                    {has_year.then(|| figs(l.year.as_ref()))}
                </tr>
            }
        })
        .collect_view();
    let h = model.headline.clone();
    view! {
        <section class="card result" id="region-result" aria-labelledby="result-title">
            <div class="result-head">
                <h2 id="result-title">
                    {model.title.clone()}
                    <span class="result-when">{format!(" · {period} · ")}{move || store.shown.unit.get().short()}</span>
                </h2>
                <p class="result-figure">
                    <span class="result-label">{model.headline_label.clone()}</span>
                    <strong class="result-value" id="result-value">{h.actual.text.clone()}" "{move || store.shown.unit.get().short()}</strong>
                    <span class="result-budget">
                        {move || store.t(Msg::ChartBudget)}" "{h.budget.text.clone()}
                        " · "{move || store.t(Msg::ColVariance)}" "
                        <span class=format!("result-variance {}", h.variance.class) id="result-variance">{h.variance.text.clone()}</span>
                    </span>
                </p>
            </div>
            <div class="table-wrap">
                <table class="figures result-table" id="result-table">
                    <thead>
                        <tr>
                            <th scope="col" rowspan="2"></th>
                            {has_ytd.then(|| half_head(model.ytd_label.clone()))}
                            {has_year.then(|| half_head(model.year_label.clone()))}
                        </tr>
                        <tr>
                            {has_ytd.then(|| sub_head(Msg::ChartActual))}
                            {has_year.then(|| sub_head(Msg::ChartForecast))}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class=if model.with_finance { "hint" } else { "notice info" } id="result-note">{model.note.clone()}</p>
        </section>
    }
}
