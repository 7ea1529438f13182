//! The region overview for the chosen period: the region's result at the
//! top, the net result of every förvaltning, nämnd and the region (clicking
//! a förvaltning opens it), the forecast's development through the year and
//! the internal-trade check.

pub mod finance_lines;
pub mod grouping;
pub mod part;
pub mod result;

use crate::ui::state::per_setting::per_setting;
use crate::ui::state::store::{shown_period, with_shown_reports, Store};
use crate::ui::widgets::chart::{chart_signals, ChartBox};
use crate::ui::widgets::development::DevelopmentSection;
use crate::ui::widgets::tables::{fig_cell, summary_figures, summary_head, unit_link};
use budgetkoll::charts::overview::geometry;
use budgetkoll::export::ExportTable;

use budgetkoll::i18n::Msg;
use budgetkoll::view::charts::{overview_chart, overview_table};
use budgetkoll::view::overview::{overview, InternalLine, LineKind, Overview};
use budgetkoll::view::unit_summary::SummaryColumns;
use leptos::prelude::*;
use result::RegionResult;

/// The overview view model for the current settings (reactive).
pub fn current_overview(store: Store) -> Option<Overview> {
    let period = shown_period(store)?;
    let grouping = store.grouping_in_force();
    let part = store.shown.part.get();
    let unit = store.shown.unit.get();
    let finance = store.work.finance_tables.get();
    let lang = store.lang.get();
    Some(with_shown_reports(store, |r| {
        overview(r, &finance, period, &grouping, part, unit, lang)
    }))
}

#[component]
pub fn OverviewView() -> impl IntoView {
    let store = expect_context::<Store>();
    let model = per_setting(
        move || store.overview_work(),
        move || store.setting(),
        move || current_overview(store),
    );
    let chart = Memo::new(move |_| {
        model
            .get()
            .and_then(|o| overview_chart(&o, store.shown.unit.get(), store.lang.get()))
    });
    let (laid_out, table) = chart_signals(chart, geometry, overview_table);
    let open_unit = Callback::new(move |code: String| store.open_unit(code));
    let result = move || {
        let o = model.get()?;
        let period = o.period.title(store.lang.get());
        o.result
            .map(|r| view! { <RegionResult model=r period=period /> })
    };
    view! {
        {result}
        <finance_lines::FinanceLines />
        <section class="card" aria-labelledby="overview-title">
            <h2 id="overview-title">
                {move || store.t(Msg::OverviewTitle)}
                {move || {
                    model.with(|o| o.as_ref().map(|o| format!(" · {} · {}", o.period.title(store.lang.get()), store.shown.unit.get().short())))
                }}
            </h2>
            <p class="hint">{move || store.t(Msg::OverviewHint)}</p>
            <Show when=move || chart.with(Option::is_some)>
                <ChartBox id="chart-overview" chart=laid_out table=table on_pick=open_unit />
            </Show>
            {move || model.get().map(|o| view! { <OverviewTable model=o /> })}
        </section>
        <DevelopmentSection />
    }
}

#[component]
fn OverviewTable(model: Overview) -> impl IntoView {
    let store = expect_context::<Store>();
    let figures: Vec<_> = model.lines.iter().map(|l| l.figures.clone()).collect();
    let columns = SummaryColumns::of(&figures, model.period.is_year_end());
    let export = overview_export(store, model.clone(), columns);
    let rows = model
        .lines
        .iter()
        .map(|l| {
            let class = match l.kind {
                LineKind::Unit => "unit-line",
                LineKind::Namnd => "namnd-line total",
                LineKind::Region | LineKind::RegionExternal => "region-line total",
            };
            let label = if l.kind == LineKind::Unit {
                unit_link(store, l.code.clone(), l.label.clone())
            } else {
                l.label.clone().into_any()
            };
            view! {
                <tr class=class>
                    <th scope="row">{label}</th>
                    {summary_figures(&l.figures, columns)}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-tools"><crate::ui::widgets::export::ExportButtons table=export /></div>
        <div class="table-wrap">
            <table class="figures" id="overview-table">
                {summary_head(store, Msg::ColUnit, columns)}
                <tbody>{rows}</tbody>
            </table>
        </div>
        {model.error.map(|e| view! { <p class="notice warn" role="status">{e}</p> })}
        {(model.residual.is_some() || !model.internal.is_empty()).then(|| {
            view! {
                <section class="notice info" id="internal-check">
                    <p>
                        <strong>{move || store.t(Msg::InternalCheck)} ": "</strong>
                        {model.residual.clone()}
                    </p>
                    <InternalTable lines=model.internal.clone() />
                </section>
            }
        })}
    }
}

/// What is left of internal trade in actuals, budgets and forecasts.
#[component]
fn InternalTable(lines: Vec<InternalLine>) -> impl IntoView {
    let store = expect_context::<Store>();
    let th = move |m: Msg| view! { <th scope="col" class="num">{move || store.t(m)}</th> };
    let rows = lines
        .iter()
        .map(|l| {
            view! {
                <tr>
                    <th scope="row">{l.label}</th>
                    {fig_cell(&l.revenue)}
                    {fig_cell(&l.cost)}
                    {fig_cell(&l.net)}
                    {fig_cell(&l.share)}
                </tr>
            }
        })
        .collect_view();
    (!lines.is_empty()).then(|| {
        view! {
            <div class="table-wrap">
                <table class="figures" id="internal-table">
                    <thead>
                        <tr>
                            <th scope="col"></th>
                            {th(Msg::ColInternalRevenue)}
                            {th(Msg::ColInternalCost)}
                            {th(Msg::ColInternalNet)}
                            {th(Msg::ColInternalShare)}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    })
}

/// The overview as the export buttons offer it (CSV, Excel), in the page's
/// language.
fn overview_export(store: Store, model: Overview, columns: SummaryColumns) -> Signal<ExportTable> {
    Signal::derive(move || {
        let lines: Vec<(String, &budgetkoll::view::unit_summary::SummaryLine)> = model
            .lines
            .iter()
            .map(|l| (l.label.clone(), &l.figures))
            .collect();
        let lang = store.lang.get();
        let title = format!(
            "{} {}",
            Msg::OverviewTitle.text(lang),
            model.period.title(lang)
        );
        budgetkoll::view::export::summary(&title, Msg::ColUnit.text(lang), &lines, columns, lang)
    })
}
