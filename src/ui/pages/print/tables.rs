//! The printed report's tables: the overview's lines, the forecast
//! development and the net frames, laid out for A4.

use crate::ui::state::store::Store;
use crate::ui::widgets::tables::{fig_cell, summary_figures, summary_head};
use budgetkoll::engine::development::Level;
use budgetkoll::i18n::Msg;
use budgetkoll::view::development::DevelopmentView;
use budgetkoll::view::net_frames::net_frames;
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

/// The net frames per nämnd and for the region, each plan year, in mnkr.
#[component]
pub(super) fn NetFrames(model: budgetkoll::view::frames::TableView) -> impl IntoView {
    let store = expect_context::<Store>();
    let lang = store.lang.get_untracked();
    let net = net_frames(&model, READER_UNIT);
    let head = net
        .years
        .iter()
        .map(|year| view! { <th scope="col" class="num">{*year}</th> })
        .collect_view();
    let rows = net
        .rows
        .into_iter()
        .map(|r| {
            let class = if r.region { "total" } else { "" };
            let cells = r
                .values
                .into_iter()
                .map(|value| fig_cell(&Fig::amount(value, READER_UNIT)))
                .collect_view();
            view! { <tr class=class><th scope="row">{r.label}</th>{cells}</tr> }
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
