//! How good an earlier forecast was, once the year is closed: per row, the
//! forecast's deviation from budget against the outcome's, with the
//! budget's own change apart, for the earlier report chosen.

use crate::ui::state::store::Store;
use crate::ui::widgets::tables::{head, row};
use budgetkoll::fr1::model::{Fr1Report, Period};
use budgetkoll::i18n::Msg;
use budgetkoll::view::followup::accuracy_view;
use leptos::prelude::*;

/// Forecast accuracy for the reports of one förvaltning and year
/// (`series`); nothing until its year-end report is loaded.
#[component]
pub fn Accuracy(series: Vec<Fr1Report>) -> impl IntoView {
    let store = expect_context::<Store>();
    let chosen = RwSignal::new(None::<Period>);
    let model = Memo::new(move |_| {
        let refs: Vec<&Fr1Report> = series.iter().collect();
        accuracy_view(
            &refs,
            chosen.get(),
            store.shown.part.get(),
            store.shown.unit.get(),
            store.lang.get(),
        )
    });
    move || {
        model.get().map(|m| {
            let options = m
                .choices
                .iter()
                .map(|(p, name)| {
                    let p = *p;
                    view! { <option value=p.iso() selected=p == m.chosen>{name.clone()}</option> }
                })
                .collect_view();
            let choices = m.choices.clone();
            let rows = m
                .lines
                .iter()
                .map(|l| {
                    row(
                        l.label.to_string(),
                        &[
                            &l.forecast,
                            &l.forecast_deviation,
                            &l.outcome,
                            &l.outcome_deviation,
                            &l.error,
                            &l.budget_change,
                        ],
                    )
                })
                .collect_view();
            view! {
                <h3>{move || store.t(Msg::AccuracyTitle)}</h3>
                <p class="hint">{move || store.t(Msg::AccuracyHint)}</p>
                <label class="setting">
                    <span>{move || store.t(Msg::AccuracyChoose)}</span>
                    <select
                        id="accuracy-select"
                        on:change:target=move |ev| {
                            let value = ev.target().value();
                            chosen.set(choices.iter().map(|(p, _)| *p).find(|p| p.iso() == value));
                        }
                    >
                        {options}
                    </select>
                </label>
                {m.sentence.map(|s| view! { <p class="verdict" id="accuracy-verdict">{s}</p> })}
                <div class="table-wrap">
                    <table class="figures" id="accuracy-table">
                        {head(store, &[Msg::ColForecast, Msg::ColVarYear, Msg::ColOutcome, Msg::ColVarOutcome, Msg::ColAccuracy, Msg::ColBudgetChange])}
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
    }
}
