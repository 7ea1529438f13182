//! One förvaltning: its summary for the chosen period, what drives its
//! deviation ("Varför?") and the accounts behind Personal, and the report
//! as in the form, with every finding marked at its cell.

pub mod accounts;
pub mod accuracy;
pub mod followup;
pub mod measures;
pub mod part;
pub mod why;

use crate::ui::state::store::Store;
use crate::ui::widgets::chart::{chart_width, ChartBox};
use crate::ui::widgets::quarterly::UnitQuarterly;
use crate::ui::widgets::tables::{Fr1GridTable, SummaryTable};
use budgetkoll::charts::{columns, waterfall, AcOrFc, Layout};
use budgetkoll::explain::model::{explained_rows, Owner};
use budgetkoll::fr1::import::Fr1Import;
use budgetkoll::fr1::model::{Fr1Report, UnitId};
use budgetkoll::fr1::schema::Report;
use budgetkoll::i18n::Msg;
use budgetkoll::view::charts::{bridge_table, columns_table, unit_bridge, unit_columns};
use budgetkoll::view::fr1_grid::fr1_grid;
use budgetkoll::view::overview::{forvaltningar, periods};
use budgetkoll::view::unit_summary::summary_lines;
use followup::FollowUp;
use leptos::prelude::*;

/// The förvaltning the unit view shows: the chosen one when it is loaded,
/// otherwise the first (a link opened on the overview chose none, and a
/// link's route may name one it does not carry), so the picker and the page
/// always agree (reactive).
fn shown_code(store: Store, units: &[UnitId]) -> Option<String> {
    let chosen = store.shown.unit_code.get();
    chosen
        .filter(|c| units.iter().any(|u| u.code == *c))
        .or_else(|| units.first().map(|u| u.code.clone()))
}

/// The import shown in the unit view: the förvaltning `code` at the chosen
/// period, or its latest report (reactive).
fn current_import(store: Store, code: Option<String>) -> Option<Fr1Import> {
    let code = code?;
    let period = store
        .shown
        .period
        .get()
        .or_else(|| store.work.reports.with(|r| periods(r).first().copied()));
    store.work.imports.with(|v| {
        let mine = v.iter().filter(|i| {
            i.report
                .meta
                .unit_id
                .as_ref()
                .is_some_and(|u| u.code == code)
        });
        mine.clone()
            .find(|i| i.report.meta.period == period)
            .or_else(|| mine.max_by_key(|i| i.report.meta.period))
            .cloned()
    })
}

#[component]
pub fn UnitView() -> impl IntoView {
    let store = expect_context::<Store>();
    let units = Memo::new(move |_| store.work.reports.with(|r| forvaltningar(r)));
    let code = Memo::new(move |_| units.with(|u| shown_code(store, u)));
    let import = Memo::new(move |_| current_import(store, code.get()));
    // Every report of the shown förvaltning and year, for the time series.
    let series = Memo::new(move |_| {
        let shown = import.get()?;
        let code = shown.report.meta.unit_id.as_ref()?.code.clone();
        let year = shown.report.meta.period?.year;
        Some(store.work.reports.with(|r| {
            r.iter()
                .filter(|r| {
                    r.meta.unit_id.as_ref().is_some_and(|u| u.code == code)
                        && r.meta.period.is_some_and(|p| p.year == year)
                })
                .cloned()
                .collect::<Vec<_>>()
        }))
    });
    view! {
        <section class="card">
            <label class="setting">
                <span>{move || store.t(Msg::ChooseUnit)}</span>
                <select
                    id="unit-select"
                    on:change:target=move |ev| store.shown.unit_code.set(Some(ev.target().value()))
                >
                    <For
                        each=move || units.get()
                        key=|u| u.code.clone()
                        children=move |u| {
                            let own = u.code.clone();
                            let selected = move || code.get() == Some(own.clone());
                            view! { <option value=u.code.clone() prop:selected=selected>{u.label()}</option> }
                        }
                    />
                </select>
            </label>
            {move || import.get().map(|i| view! { <UnitBody import=i /> })}
        </section>
        <section class="card">
            {move || {
                import
                    .get()
                    .map(|i| view! { <FollowUp report=i.report series=series.get().unwrap_or_default() /> })
            }}
        </section>
        {move || code.get().map(|c| view! { <UnitQuarterly code=c print=false class="card unit-quarterly" /> })}
    }
}

#[component]
fn UnitBody(import: Fr1Import) -> impl IntoView {
    let store = expect_context::<Store>();
    let report = import.report.clone();
    // `42 Exempelförvaltningen · juni 2024 · tkr`: the view's title line,
    // also the title of its exports.
    let title = {
        let whose = report
            .meta
            .unit_id
            .as_ref()
            .map(|u| u.label())
            .unwrap_or_default();
        let period = report.meta.period;
        move || {
            let when = period
                .map(|p| p.title(store.lang.get()))
                .unwrap_or_default();
            format!("{whose} · {when} · {}", store.shown.unit.get().short())
        }
    };
    let year_end = report.meta.period.is_some_and(|p| p.is_year_end());
    let owner_period = report
        .meta
        .unit_id
        .clone()
        .map(Owner::Unit)
        .zip(report.meta.period);
    let summary = {
        let report = report.clone();
        let title = title.clone();
        move || {
            let title = title();
            let lines = summary_lines(&report, store.shown.part.get(), store.shown.unit.get());
            let explained = owner_period
                .as_ref()
                .map(|(owner, period)| {
                    store
                        .work
                        .explanations
                        .with(|all| explained_rows(all, owner, *period))
                })
                .unwrap_or_default();
            view! { <SummaryTable lines=lines title=title year_end=year_end explained /> }
        }
    };
    let charts = [AcOrFc::Ac, AcOrFc::Fc]
        .into_iter()
        .map(|kind| view! { <UnitCharts report=report.clone() kind /> })
        .collect_view();
    let why = report
        .meta
        .unit_id
        .clone()
        .zip(report.meta.period)
        .map(|(unit, period)| {
            let code = unit.code.clone();
            view! {
                <why::UnitWhy unit period />
                <accounts::UnitAccounts code period />
            }
        });
    let has_errors = import.has_errors();
    let grids = move || {
        Report::ALL
            .into_iter()
            .filter_map(|which| {
                fr1_grid(
                    &import.report,
                    which,
                    &import.findings,
                    store.shown.unit.get(),
                    store.lang.get(),
                )
            })
            .map(|g| view! { <Fr1GridTable grid=g /> })
            .collect_view()
    };
    view! {
        <h2 id="unit-title">{title}</h2>
        <h3>{move || store.t(Msg::SummaryTitle)}</h3>
        {summary}
        {why}
        <h3>{move || store.t(Msg::ChartsTitle)}</h3>
        <div class="chart-grid">{charts}</div>
        <details class="form-details" open=has_errors>
            <summary>
                <h3>{move || store.t(Msg::FormTitle)}</h3>
            </summary>
            {grids}
        </details>
    }
}

/// A förvaltning's columns and bridge of its actuals (`Ac`) or its
/// forecast (`Fc`), each with its table.
#[component]
fn UnitCharts(report: Fr1Report, kind: AcOrFc) -> impl IntoView {
    let store = expect_context::<Store>();
    let width = chart_width();
    let layout = move || Layout::new(width.get(), store.lang.get());
    let (r1, r2) = (report.clone(), report);
    let cols = Memo::new(move |_| {
        unit_columns(
            &r1,
            store.shown.part.get(),
            store.shown.unit.get(),
            kind,
            store.lang.get(),
        )
    });
    let bridge = Memo::new(move |_| {
        unit_bridge(
            &r2,
            store.shown.part.get(),
            store.shown.unit.get(),
            kind,
            store.lang.get(),
        )
    });
    let (cid, bid) = match kind {
        AcOrFc::Ac => ("chart-columns-ac", "chart-bridge-ac"),
        AcOrFc::Fc => ("chart-columns-fc", "chart-bridge-fc"),
    };
    view! {
        <Show when=move || cols.with(Option::is_some)>
            <ChartBox
                id=cid
                chart=Signal::derive(move || cols.get().map(|c| columns::geometry(&c, &layout())))
                table=Signal::derive(move || cols.get().map(|c| columns_table(&c, store.lang.get())).unwrap_or_default())
            />
        </Show>
        <Show when=move || bridge.with(Option::is_some)>
            <ChartBox
                id=bid
                chart=Signal::derive(move || bridge.get().map(|b| waterfall::geometry(&b, &layout())))
                table=Signal::derive(move || bridge.get().map(|b| bridge_table(&b, store.lang.get())).unwrap_or_default())
            />
        </Show>
    }
}
