//! Under the region's result: the finance administration's own lines
//! (Skatteintäkter, Generella statsbidrag och utjämning, …) as its table
//! states them, utfall, budget and avvikelse in mnkr with the officer's
//! explanations of each line, and the treasury tables of a year-end report
//! when loaded. In the overview's part.

use crate::ui::state::store::{shown_period, Store};
use crate::ui::widgets::tables::{fig_cell, head, row};
use budgetkoll::fr1::schema::Report;
use budgetkoll::i18n::Msg;
use budgetkoll::view::finance_lines::{
    finance_lines, treasury_view, FinanceLineView, FinanceLinesView, TreasuryTableView,
};
use budgetkoll::view::READER_UNIT;
use leptos::prelude::*;

/// The finance table's lines of the shown period, and the treasury tables.
#[component]
pub fn FinanceLines() -> impl IntoView {
    let store = expect_context::<Store>();
    let halves = move || {
        let period = shown_period(store)?;
        let lang = store.lang.get();
        let tables = store.work.finance_tables.get();
        let table = tables.iter().find(|t| t.period == Some(period))?;
        let views: Vec<FinanceLinesView> = store.work.explanations.with(|all| {
            Report::ALL
                .into_iter()
                .filter_map(|s| finance_lines(table, all, s, lang))
                .collect()
        });
        (!views.is_empty()).then(|| {
            view! {
                <section class="card finance-lines" id="finance-lines" aria-labelledby="finance-lines-title">
                    <h2 id="finance-lines-title">
                        {move || store.t(Msg::FinanceLinesTitle)}" · "{period.title(lang)}" · "{READER_UNIT.short()}
                    </h2>
                    {views.into_iter().map(|v| view! { <LinesTable model=v /> }).collect_view()}
                </section>
            }
        })
    };
    let treasury = move || {
        let tables: Vec<TreasuryTableView> = store
            .work
            .treasury
            .with(|v| v.iter().flat_map(|t| treasury_view(&t.treasury)).collect());
        (!tables.is_empty()).then(|| {
            view! {
                <section class="card treasury" id="treasury" aria-labelledby="treasury-title">
                    <h2 id="treasury-title">{move || store.t(Msg::TreasuryFileName)}" · "{READER_UNIT.short()}</h2>
                    {tables.into_iter().map(treasury_table).collect_view()}
                </section>
            }
        })
    };
    view! { {halves}{treasury} }
}

/// One half's lines, each line's explanations in a row beneath it.
#[component]
fn LinesTable(model: FinanceLinesView) -> impl IntoView {
    let store = expect_context::<Store>();
    let caption = match model.section {
        Report::Utfall => Msg::ChartActual,
        Report::Prognos => Msg::ChartForecast,
    };
    let rows = model
        .lines
        .iter()
        .chain(model.total.iter())
        .map(line)
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="figures finance-lines-table" data-section=model.section.keyword()>
                <caption>{move || store.t(caption)}</caption>
                {head(store, &[Msg::ChartActual, Msg::ChartBudget, Msg::ColVariance])}
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A line and, under it, what the officer says drives it.
fn line(l: &FinanceLineView) -> impl IntoView {
    let drivers = (!l.drivers.is_empty()).then(|| {
        let items = l
            .drivers
            .iter()
            .map(|d| {
                let amount = d
                    .amount
                    .value
                    .is_some()
                    .then(|| format!("{} {}: ", d.amount.text, READER_UNIT.short()));
                view! { <li>{amount}{d.text.clone()}</li> }
            })
            .collect_view();
        view! {
            <tr class="finance-why">
                <td colspan="4"><ul class="why-drivers">{items}</ul></td>
            </tr>
        }
    });
    view! {
        <tr>
            <th scope="row">{l.label.clone()}</th>
            {fig_cell(&l.actual)}
            {fig_cell(&l.budget)}
            {fig_cell(&l.variance)}
        </tr>
        {drivers}
    }
}

/// A treasury table as stated, its Summa last.
fn treasury_table(t: TreasuryTableView) -> impl IntoView {
    let columns = t
        .columns
        .iter()
        .map(|c| view! { <th scope="col" class="num">{c.clone()}</th> })
        .collect_view();
    let rows = t
        .lines
        .iter()
        .chain(t.total.iter())
        .map(|(label, figs)| row(label.clone(), &figs.iter().collect::<Vec<_>>()))
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="figures treasury-table">
                <caption>{t.title.clone()}</caption>
                <thead><tr><th scope="col"></th>{columns}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
