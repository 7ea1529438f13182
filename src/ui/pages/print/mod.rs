//! "Skriv ut rapport": the month's report on A4 through the browser's print
//! — a cover, the summary with its narrative and the overview chart, the
//! overview table with the finance administration's explanations and the
//! region's forecast development, one section per förvaltning (summary,
//! the officer's explanations, chart, bridge, forecast development), and the
//! frames with the balance requirement when loaded. Every section starts on a new page;
//! the page header names the organisation and period, the footer counts
//! pages (CSS `@page` margin boxes). Charts are drawn for the page's width
//! and never split. The report is mounted only while printing.

pub mod part;
mod sections;
mod tables;

use crate::ui::state::mode::ReaderMode;
use crate::ui::state::store::Store;
use crate::ui::widgets::headline::current_reader;
use crate::ui::widgets::quarterly::{BoardLines, UnitQuarterly};
use crate::ui::widgets::why::{WhyBlock, WhyDepth};
use budgetkoll::charts::{self, Layout};
use budgetkoll::i18n::{Lang, Msg};
use budgetkoll::view::charts::overview_chart;
use budgetkoll::view::overview::{overview, LineKind};
use budgetkoll::view::reader::{development_up_to, READER_UNIT};
use leptos::prelude::*;
use sections::{Cover, FramesSection, RegionDevelopment, Summary, UnitSection};
use tables::OverviewRows;

/// The content width of an A4 page with the report's margins, in CSS px.
const PAGE_WIDTH: f64 = 680.0;

/// "Skriv ut rapport": mounts the report, then opens the browser's print.
#[component]
pub fn PrintButton() -> impl IntoView {
    let store = expect_context::<Store>();
    let mode = expect_context::<ReaderMode>();
    let print = move |_| {
        // The report's code is loaded on first use (`part.rs` beside this file): fetch
        // it, mount the report, print once it is in the page; unmount it
        // afterwards.
        leptos::task::spawn_local(async move {
            if !part::print_ready().await {
                let _ = window().alert_with_message(store.t(Msg::PartUnavailable));
                return;
            }
            mode.printing.set(true);
            print_when_mounted(20);
        });
    };
    let done = window_event_listener(leptos::ev::afterprint, move |_| mode.printing.set(false));
    on_cleanup(move || done.remove());
    view! {
        <button class="btn btn-quiet print-button" id="print-report-button" on:click=print>
            {move || store.t(Msg::PrintReport)}
        </button>
    }
}

/// Opens the browser's print once the report is in the page, checking
/// every 50 ms up to `tries` times (then prints what there is).
fn print_when_mounted(tries: u32) {
    set_timeout(
        move || {
            if tries == 0 || document().get_element_by_id("print-report").is_some() {
                let _ = window().print();
            } else {
                print_when_mounted(tries - 1);
            }
        },
        std::time::Duration::from_millis(50),
    );
}

/// A chart's SVG drawn for the page width, never split across pages.
fn chart_svg(svg: String) -> impl IntoView {
    crate::ui::browser::chart_style::ensure();
    view! { <figure class="chart report-chart"><div class="chart-svg" inner_html=svg></div></figure> }
}

/// Text for a CSS `content` string.
fn css_string(text: &str) -> String {
    let escaped: String = text
        .chars()
        .filter(|c| !c.is_control())
        .flat_map(|c| match c {
            '"' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect();
    format!("\"{escaped}\"")
}

/// The page rules: A4 portrait, the running header and the page count;
/// the cover carries neither.
fn page_css(header: &str, lang: Lang) -> String {
    let page = format!(
        "{} counter(page) {} counter(pages)",
        css_string(&format!("{} ", Msg::ReportPage.text(lang))),
        css_string(&format!(" {} ", Msg::ReportOf.text(lang)))
    );
    format!(
        "@page {{ size: A4 portrait; margin: 18mm 15mm 16mm; \
         @top-left {{ content: {}; font: 9pt system-ui, sans-serif; color: #4a5565; }} \
         @bottom-right {{ content: {page}; font: 9pt system-ui, sans-serif; color: #4a5565; }} }} \
         @page :first {{ @top-left {{ content: none; }} @bottom-right {{ content: none; }} }}",
        css_string(header)
    )
}

/// The printable report of the shown period.
#[component]
pub fn PrintReport() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let reader = current_reader(store)?;
        let lang = store.lang.get();
        let period = reader.period;
        let grouping = store.grouping_in_force();
        let part = store.shown.part.get();
        let finance = store.work.finance_tables.get();
        let reports = store.work.reports.get();
        let o = overview(
            &reports,
            &finance,
            period,
            &grouping,
            part,
            READER_UNIT,
            lang,
        );
        let dev = development_up_to(&reports, period, &grouping, part);
        let header = format!(
            "{} · {} {}",
            grouping.region,
            Msg::ReportTitle.text(lang),
            reader.period_title
        );
        let unit_sections = o
            .lines
            .iter()
            .filter(|l| l.kind == LineKind::Unit)
            .filter_map(|l| {
                let report = reports.iter().find(|r| {
                    r.meta.period == Some(period)
                        && r.meta.unit_id.as_ref().is_some_and(|u| u.code == l.code)
                })?;
                let (code, name, report) = (l.code.clone(), l.label.clone(), report.clone());
                let dev = dev.clone();
                let why = reader
                    .cards
                    .iter()
                    .find(|c| c.code == l.code)
                    .and_then(|c| c.why.clone());
                let title = format!("{name} · {}", Msg::QuarterlyTitle.text(lang));
                Some(view! {
                    <UnitSection code=code.clone() name report dev why />
                    <UnitQuarterly code print=true class="report-section report-quarterly" title />
                })
            })
            .collect_view();
        let layout = Layout::new(PAGE_WIDTH, lang);
        let overview_chart = overview_chart(&o, READER_UNIT, lang)
            .map(|c| chart_svg(charts::overview::render(&c, &layout)));
        Some(view! {
            <div id="print-report" lang=lang.code()>
                <style>{page_css(&header, lang)}</style>
                <Cover reader=reader.clone() organisation=grouping.region.clone() />
                <Summary reader=reader.clone()>{overview_chart}<BoardLines /></Summary>
                <section class="report-section" id="report-overview">
                    <h2>{Msg::ReportOverview.text(lang)}</h2>
                    <OverviewRows model=o />
                    {reader.finance_why.clone().map(|w| view! { <WhyBlock model=w depth=WhyDepth::Full /> })}
                    <RegionDevelopment reader dev />
                </section>
                {unit_sections}
                <FramesSection />
            </div>
        })
    }
}
