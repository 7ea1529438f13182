//! The printed report's tables: the overview's lines, the forecast
//! development and the net frames, laid out for A4.

use crate::ui::state::store::Store;
use crate::ui::widgets::tables::{fig_cell, summary_figures, summary_head};
use budgetkoll::charts::{self};
use budgetkoll::engine::development::Level;
use budgetkoll::frames::table::RowKind;
use budgetkoll::i18n::Msg;
use budgetkoll::money::Money;
use budgetkoll::view::development::DevelopmentView;
use budgetkoll::view::frames::ColumnKind;
use budgetkoll::view::overview::{LineKind, Overview};
use budgetkoll::view::reader::READER_UNIT;
use budgetkoll::view::unit_summary::SummaryColumns;
use budgetkoll::view::Fig;
use leptos::prelude::*;

/// The overview's lines (förvaltningar, nämnder, the region) as a table.
#[component]
pub(super) fn OverviewRows(model: Overview) -> impl IntoView {
    let store = expect_context::<Store>();
    let figures: Vec<_> = model.lines.iter().map(|l| l.figures.clone()).collect();
    let columns = SummaryColumns::of(&figures, model.period.is_year_end());
    let rows = model
        .lines
        .iter()
        .map(|l| {
            let class = match l.kind {
                LineKind::Unit => "",
                _ => "total",
            };
            view! { <tr class=class><th scope="row">{l.label.clone()}</th>{summary_figures(&l.figures, columns)}</tr> }
        })
        .collect_view();
    view! {
        <table class="figures report-table">
            {summary_head(store, Msg::ColUnit, columns)}
            <tbody>{rows}</tbody>
        </table>
    }
}

/// The forecast development of every förvaltning, nämnd and the region.
#[component]
pub(super) fn DevelopmentTable(model: DevelopmentView) -> impl IntoView {
    let store = expect_context::<Store>();
    let head = model
        .columns
        .iter()
        .map(|c| view! { <th scope="col" class="num">{c.clone()}</th> })
        .collect_view();
    let has_change = model.has_change;
    let rows = model
        .rows
        .iter()
        .map(|r| {
            let class = if r.level == Level::Unit { "" } else { "total" };
            view! {
                <tr class=class>
                    <th scope="row">{r.label.clone()}</th>
                    {r.figures.iter().map(fig_cell).collect_view()}
                    {has_change.then(|| fig_cell(&r.change))}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="figures report-table">
            <thead><tr>
                <th scope="col">{move || store.t(Msg::ColUnit)}</th>
                {head}
                {has_change.then(|| view! { <th scope="col" class="num">{move || store.t(Msg::ColChangeSince)}</th> })}
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// The balance chart in the report's unit (converted exactly).
pub(super) fn in_mnkr(mut chart: charts::balance::BalanceChart) -> charts::balance::BalanceChart {
    let from = chart.heading.unit;
    let convert = |d: rust_decimal::Decimal| from.convert(Money(d), READER_UNIT).0;
    for y in &mut chart.years {
        y.result = convert(y.result);
        y.remaining = convert(y.remaining);
    }
    chart.heading.unit = READER_UNIT;
    chart
}

/// The net frames per nämnd and for the region, each plan year, in mnkr.
#[component]
pub(super) fn NetFrames(model: budgetkoll::view::frames::TableView) -> impl IntoView {
    let store = expect_context::<Store>();
    let lang = store.lang.get_untracked();
    let head = model
        .columns
        .iter()
        .map(|c| view! { <th scope="col" class="num">{c.year}</th> })
        .collect_view();
    let from = model.unit;
    let rows = model
        .rows
        .iter()
        .filter(|r| matches!(r.kind, RowKind::NamndSumma | RowKind::RegionSumma))
        .map(|r| {
            let class = if r.kind == RowKind::RegionSumma {
                "total"
            } else {
                ""
            };
            // One figure per year: the decided frame, else the computed one
            // (a year shown both ways has two cells, the decided first).
            let mut cells = r.cells.iter();
            let cells = model
                .columns
                .iter()
                .map(|c| {
                    let taken = if c.kind == ColumnKind::Both { 2 } else { 1 };
                    let year: Vec<_> = cells.by_ref().take(taken).collect();
                    let value = year.iter().find_map(|cell| cell.value);
                    fig_cell(&Fig::amount(
                        value.map(|v| from.convert(v, READER_UNIT)),
                        READER_UNIT,
                    ))
                })
                .collect_view();
            view! { <tr class=class><th scope="row">{r.label.clone()}</th>{cells}</tr> }
        })
        .collect_view();
    view! {
        <table class="figures report-table" id="report-net-frames">
            <caption>{Msg::FrNetFrames.text(lang)}" · "{READER_UNIT.short()}</caption>
            <thead><tr><th scope="col"></th>{head}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
