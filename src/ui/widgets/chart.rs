//! A chart as the page shows it: the marks laid out by `budgetkoll::charts`
//! drawn as live SVG elements ([`chart_svg`], styled by the page's one copy
//! of the charts' style; as a file, the SVG text with the style inside), a
//! tooltip that shows the exact figures of the mark under the pointer or
//! keyboard focus, a "Visa som tabell" switch with the same numbers, and
//! SVG and PNG download.

use crate::ui::state::store::Store;
use crate::ui::widgets::chart_svg::chart_svg;
use budgetkoll::charts::svg::{render, standalone, Chart};
use budgetkoll::charts::Layout;
use budgetkoll::i18n::{Lang, Msg};
use budgetkoll::view::charts::ChartTable;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The width charts are laid out for: the content column, tracking the
/// window size.
pub fn chart_width() -> RwSignal<f64> {
    let width = RwSignal::new(content_width());
    let handle = window_event_listener(leptos::ev::resize, move |_| width.set(content_width()));
    on_cleanup(move || handle.remove());
    width
}

fn content_width() -> f64 {
    let w = window()
        .inner_width()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(1280.0);
    // Card padding and page margins; the page is at most 1400 px wide.
    let pad = if w <= 600.0 { 40.0 } else { 100.0 };
    (w.min(1400.0) - pad).max(280.0)
}

/// A chart model laid out at the content width (again on resize and
/// language change) and its table, for a [`ChartBox`].
pub fn chart_signals<C>(
    chart: Memo<Option<C>>,
    geometry: fn(&C, &Layout) -> Chart,
    table: fn(&C, Lang) -> ChartTable,
) -> (Signal<Option<Chart>>, Signal<ChartTable>)
where
    C: Clone + PartialEq + Send + Sync + 'static,
{
    let store = expect_context::<Store>();
    let width = chart_width();
    let laid_out = Signal::derive(move || {
        chart
            .get()
            .map(|c| geometry(&c, &Layout::new(width.get(), store.lang.get())))
    });
    let rows = Signal::derive(move || {
        chart
            .get()
            .map(|c| table(&c, store.lang.get()))
            .unwrap_or_default()
    });
    (laid_out, rows)
}

/// The `data-tip` of the element under an event, if it is a chart mark.
fn tip_of(ev: &web_sys::Event) -> Option<(String, Option<String>)> {
    let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let mark = el.closest("[data-tip]").ok()??;
    Some((
        mark.get_attribute("data-tip")?,
        mark.get_attribute("data-id"),
    ))
}

/// One chart with its tooltip and table switch. `on_pick` is called with a
/// mark's `data-id` when it is clicked or activated with Enter.
#[component]
pub fn ChartBox(
    /// Stable id for tests and links.
    id: &'static str,
    /// The laid-out chart (reactive: laid out again on width or setting
    /// changes); drawn as live elements ([`chart_svg`]).
    chart: Signal<Option<Chart>>,
    /// The same figures as a table.
    table: Signal<ChartTable>,
    #[prop(optional)] on_pick: Option<Callback<String>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    crate::ui::browser::chart_style::ensure();
    let as_table = RwSignal::new(false);
    let tip = RwSignal::new(None::<String>);
    let show = move |ev: web_sys::Event| tip.set(tip_of(&ev).map(|(t, _)| t));
    let pick = move |ev: web_sys::Event| {
        if let (Some((_, Some(id))), Some(cb)) = (tip_of(&ev), on_pick) {
            cb.run(id);
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Enter" {
            pick(ev.into());
        }
    };
    view! {
        <figure class="chart" id=id>
            <ChartTools chart table as_table />
            <Show
                when=move || !as_table.get()
                fallback=move || view! { <div class="table-wrap"><FigureTable table=table.get() class="figures chart-table" /></div> }
            >
                <div
                    class="chart-svg"
                    on:mouseover=move |ev: web_sys::MouseEvent| show(ev.into())
                    on:focusin=move |ev: web_sys::FocusEvent| show(ev.into())
                    on:mouseleave=move |_| tip.set(None)
                    on:click=move |ev: web_sys::MouseEvent| pick(ev.into())
                    on:keydown=on_key
                >
                    {move || chart.with(|c| c.as_ref().map(|c| chart_svg(c, id)))}
                </div>
                <p class="chart-tip" role="status" aria-live="polite">
                    {move || tip.get().unwrap_or_else(|| store.t(Msg::ChartTipHint).to_string())}
                </p>
            </Show>
        </figure>
    }
}

/// A chart's tools: chart or table, and downloads as SVG, PNG, CSV and
/// Excel (named for the chart's title).
#[component]
fn ChartTools(
    chart: Signal<Option<Chart>>,
    table: Signal<ChartTable>,
    as_table: RwSignal<bool>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let stem = move || budgetkoll::export::file_stem(&table.get_untracked().title);
    // The chart as a file: its SVG text with the style inside.
    let file = move || {
        chart
            .with_untracked(|c| c.as_ref().map(render))
            .map(|svg| standalone(&svg))
            .unwrap_or_default()
    };
    let download = move |_| {
        crate::ui::browser::download::download(
            &format!("{}.svg", stem()),
            file().as_bytes(),
            "image/svg+xml",
        )
    };
    let download_png = move |_| {
        let name = format!("{}.png", stem());
        leptos::task::spawn_local(async move {
            if crate::ui::browser::png::download_png(&file(), &name)
                .await
                .is_err()
            {
                store.refuse(budgetkoll::intake::Refusal::new(
                    name,
                    budgetkoll::intake::Reason::Png,
                ));
            }
        });
    };
    view! {
        <div class="chart-tools">
            <button class="btn btn-quiet table-toggle" aria-pressed=move || as_table.get().to_string() on:click=move |_| as_table.update(|t| *t = !*t)>
                {move || if as_table.get() { store.t(Msg::ShowAsChart) } else { store.t(Msg::ShowAsTable) }}
            </button>
            <button class="btn btn-quiet download-svg" on:click=download>{move || store.t(Msg::DownloadSvg)}</button>
            <button class="btn btn-quiet download-png" on:click=download_png>{move || store.t(Msg::DownloadPng)}</button>
            <crate::ui::widgets::export::ExportButtons table=Signal::derive(move || budgetkoll::view::export::chart(&table.get())) />
        </div>
    }
}

/// A chart's figures as a table (of `class`: on the page, or in the
/// printed report).
#[component]
pub fn FigureTable(table: ChartTable, class: &'static str) -> impl IntoView {
    let head = table
        .headers
        .iter()
        .map(|h| view! { <th scope="col" class="num">{*h}</th> })
        .collect_view();
    let rows = table
        .rows
        .into_iter()
        .map(|(label, figs)| {
            view! {
                <tr>
                    <th scope="row">{label}</th>
                    {figs.iter().map(crate::ui::widgets::tables::fig_cell).collect_view()}
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class=class>
            <thead><tr>{head}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
