//! Forecast development (prognosutveckling) on the page: the sentence a
//! politician reads first, the chart of one förvaltning (or the region),
//! and on the overview the table of every förvaltning and nämnd.

use crate::ui::state::per_setting::per_setting;
use crate::ui::state::store::Store;
use crate::ui::state::store::{shown_period, with_shown_reports};
use crate::ui::widgets::chart::{chart_signals, ChartBox};
use crate::ui::widgets::tables::{fig_cell, unit_link};
use budgetkoll::charts::development::geometry;
use budgetkoll::engine::development::{development, Development, Level};
use budgetkoll::fr1::model::Fr1Report;
use budgetkoll::i18n::Msg;
use budgetkoll::view::development::{
    change_sentence, development_chart, development_table, development_view, DevelopmentRow,
};
use leptos::prelude::*;

/// The development of the shown period's year: of förvaltning `unit` when
/// given (its chart and sentence), otherwise of the region with every
/// förvaltning's and nämnd's line in a table. Nothing when no report of the
/// year carries a forecast.
#[component]
pub fn DevelopmentSection(#[prop(optional, into)] unit: Option<String>) -> impl IntoView {
    let store = expect_context::<Store>();
    let table_wanted = unit.is_none();
    let model = per_setting(
        move || store.overview_work(),
        move || store.setting(),
        move || {
            let year = shown_period(store)?.year;
            let grouping = store.grouping_in_force();
            let (part, unit) = (store.shown.part.get(), store.shown.unit.get());
            let d = with_shown_reports(store, |r| {
                let refs: Vec<&Fr1Report> = r.iter().collect();
                development(&refs, year, &grouping, part, unit)
            });
            (!d.months.is_empty()).then_some(d)
        },
    );
    let focus = Memo::new(move |_| {
        model.get().and_then(|d| {
            let line = d.lines.iter().find(|l| match &unit {
                Some(code) => l.level == Level::Unit && &l.code == code,
                None => l.level == Level::Region,
            })?;
            Some((d.clone(), line.clone()))
        })
    });
    let chart = Memo::new(move |_| {
        focus
            .get()
            .and_then(|(d, l)| development_chart(&d, &l, store.lang.get()))
    });
    let sentence = Memo::new(move |_| {
        focus
            .get()
            .and_then(|(d, l)| change_sentence(&l, d.unit, store.lang.get()))
    });
    let (laid_out, table) = chart_signals(chart, geometry, development_table);
    // On the overview it is a card of its own; in a förvaltning's view a
    // section of its follow-up.
    let class = if table_wanted {
        "card development"
    } else {
        "development"
    };
    view! {
        <Show when=move || chart.with(Option::is_some)>
            <section class=class aria-labelledby="development-title">
            <h3 id="development-title">{move || store.t(Msg::DevelopmentTitle)}</h3>
            {move || sentence.get().map(|s| view! { <p class="verdict" id="development-sentence">{s}</p> })}
            <ChartBox id="chart-development" chart=laid_out table=table />
            {table_wanted.then(|| view! { <DevelopmentLines model /> })}
            <p class="hint">{move || store.t(Msg::DevelopmentHint)}</p>
            </section>
        </Show>
    }
}

/// Every förvaltning's and nämnd's line of the development, and the
/// region's, as a table folded under its count; a förvaltning's name opens
/// its view. Drawn only while open: at a region's size it is as many
/// figures as the overview's table, and every click of a setting would lay
/// them out again for a reader who never opened it.
#[component]
fn DevelopmentLines(model: Memo<Option<Development>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let open = RwSignal::new(false);
    let count = move || model.with(|d| d.as_ref().map_or(0, |d| d.lines.len()));
    view! {
        <details class="development-lines" id="development-lines" on:toggle:target=move |ev| open.set(ev.target().has_attribute("open"))>
            <summary>{move || Msg::DevelopmentLines.fill(store.lang.get(), &[("n", &count().to_string())])}</summary>
            {move || open.get().then(|| view! { <LinesTable model /> })}
        </details>
    }
}

/// The development's lines as a table.
#[component]
fn LinesTable(model: Memo<Option<Development>>) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let v = development_view(&model.get()?, store.lang.get());
        let has_change = v.has_change;
        let head = v
            .columns
            .iter()
            .map(|c| view! { <th scope="col" class="num">{c.clone()}</th> })
            .collect_view();
        let rows = v
            .rows
            .into_iter()
            .map(|r| {
                let class = match r.level {
                    Level::Unit => "unit-line",
                    Level::Namnd => "namnd-line total",
                    Level::Region => "region-line total",
                };
                view! {
                    <tr class=class>
                        <th scope="row">{line_label(store, &r)}</th>
                        {r.figures.iter().map(fig_cell).collect_view()}
                        {has_change.then(|| fig_cell(&r.change))}
                    </tr>
                }
            })
            .collect_view();
        Some(view! {
            <div class="table-wrap">
                <table class="figures" id="development-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || store.t(Msg::ColUnit)}</th>
                            {head}
                            {has_change.then(|| view! { <th scope="col" class="num">{move || store.t(Msg::ColChangeSince)}</th> })}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        })
    }
}

/// A line's name: for a förvaltning, a button that opens its view.
fn line_label(store: Store, r: &DevelopmentRow) -> AnyView {
    if r.level == Level::Unit {
        unit_link(store, r.code.clone(), r.label.clone())
    } else {
        r.label.clone().into_any()
    }
}
