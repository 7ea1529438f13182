//! "Skriv ut rapport": the month's report on A4 through the browser's print
//! — a cover, the summary with its narrative and the overview chart, the
//! overview table with the region's forecast development, one section per
//! förvaltning (summary, chart, bridge, forecast development), and the
//! frames with the balance requirement when loaded. Every section starts on a new page;
//! the page header names the organisation and period, the footer counts
//! pages (CSS `@page` margin boxes). Charts are drawn for the page's width
//! and never split. The report is mounted only while printing.

use super::reader::{current_reader, ReaderMode};
use super::store::Store;
use super::tables::{fig_cell, summary_figures, summary_head};
use budgetkoll::charts::{self, AcOrFc, Layout};
use budgetkoll::engine::development::{Development, Level};
use budgetkoll::fr1::model::Fr1Report;
use budgetkoll::i18n::{Lang, Msg};
use budgetkoll::view::charts::{balance_chart, overview_chart, unit_bridge, unit_columns};
use budgetkoll::view::development::{
    change_sentence, development_chart, development_view, DevelopmentView,
};
use budgetkoll::view::narrative::narrative;
use budgetkoll::view::net_frames::net_frames;
use budgetkoll::view::overview::{overview, LineKind, Overview};
use budgetkoll::view::reader::{development_up_to, ReaderView, READER_UNIT};
use budgetkoll::view::unit_summary::{summary_lines, SummaryColumns};
use budgetkoll::view::Fig;
use leptos::prelude::*;

/// The content width of an A4 page with the report's margins, in CSS px.
const PAGE_WIDTH: f64 = 680.0;

/// "Skriv ut rapport": mounts the report, then opens the browser's print.
#[component]
pub fn PrintButton() -> impl IntoView {
    let store = expect_context::<Store>();
    let mode = expect_context::<ReaderMode>();
    let print = move |_| {
        // The report's code is loaded on first use (src/ui/later.rs): fetch
        // it, mount the report, print once it is in the page; unmount it
        // afterwards.
        leptos::task::spawn_local(async move {
            if !super::later::print_ready().await {
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
                Some(view! { <UnitSection code name report dev /> })
            })
            .collect_view();
        let layout = Layout::new(PAGE_WIDTH, lang);
        let overview_chart = overview_chart(&o, READER_UNIT, lang)
            .map(|c| chart_svg(charts::overview::render(&c, &layout)));
        Some(view! {
            <div id="print-report" lang=lang.code()>
                <style>{page_css(&header, lang)}</style>
                <Cover reader=reader.clone() organisation=grouping.region.clone() />
                <Summary reader=reader.clone()>{overview_chart}</Summary>
                <section class="report-section" id="report-overview">
                    <h2>{Msg::ReportOverview.text(lang)}</h2>
                    <OverviewRows model=o />
                    <RegionDevelopment reader dev />
                </section>
                {unit_sections}
                <FramesSection />
            </div>
        })
    }
}

/// The förvaltningar's forecast development since the first report of the
/// year: the region's line as a chart and every line as a table.
#[component]
fn RegionDevelopment(reader: ReaderView, dev: Development) -> impl IntoView {
    let lang = expect_context::<Store>().lang.get_untracked();
    let layout = Layout::new(PAGE_WIDTH, lang);
    let region = dev.lines.iter().find(|l| l.level == Level::Region)?;
    let chart = development_chart(&dev, region, lang)?;
    // Said of the förvaltningar: with the finance administration the
    // region's own result is another figure.
    let sentence = budgetkoll::view::narrative::change_sentence(&reader, lang);
    Some(view! {
        <section class="report-subsection" id="report-development">
            <h3>{Msg::ReportDevelopment.text(lang)}</h3>
            {sentence.map(|s| view! { <p class="verdict">{s}</p> })}
            {chart_svg(charts::development::render(&chart, &layout))}
            <DevelopmentTable model=development_view(&dev, lang) />
        </section>
    })
}

/// One förvaltning's page: its main rows, what changed, its columns, and
/// its bridge and development side by side so that the section fits one
/// page.
#[component]
fn UnitSection(code: String, name: String, report: Fr1Report, dev: Development) -> impl IntoView {
    let store = expect_context::<Store>();
    let lang = store.lang.get_untracked();
    let part = store.shown.part.get_untracked();
    let layout = Layout::new(PAGE_WIDTH, lang);
    let half = Layout::new(PAGE_WIDTH / 2.0 - 8.0, lang);
    let line = dev
        .lines
        .iter()
        .find(|l| l.level == Level::Unit && l.code == code);
    let sentence = line.and_then(|l| change_sentence(l, READER_UNIT, lang));
    let development = line
        .and_then(|l| development_chart(&dev, l, lang))
        .map(|chart| chart_svg(charts::development::render(&chart, &half)));
    let fc = if report.prognos.is_some() {
        AcOrFc::Fc
    } else {
        AcOrFc::Ac
    };
    let columns = unit_columns(&report, part, READER_UNIT, AcOrFc::Ac, lang)
        .map(|c| chart_svg(charts::columns::render(&c, &layout)));
    let bridge = unit_bridge(&report, part, READER_UNIT, fc, lang)
        .map(|b| chart_svg(charts::waterfall::render(&b, &half)));
    // The board reads the main rows; the sub-rows are in the förvaltning's
    // own view.
    let lines: Vec<_> = summary_lines(&report, part, READER_UNIT)
        .into_iter()
        .filter(|l| !l.sub_row)
        .collect();
    let cols = SummaryColumns::of(&lines, report.meta.period.is_some_and(|p| p.is_year_end()));
    let rows = lines
        .iter()
        .map(|l| {
            view! { <tr class=l.class()><th scope="row">{l.label.clone()}</th>{summary_figures(l, cols)}</tr> }
        })
        .collect_view();
    view! {
        <section class="report-section report-unit" data-unit=code>
            <h2>{name}</h2>
            <table class="figures report-table">
                {summary_head(store, Msg::Kontoslag, cols)}
                <tbody>{rows}</tbody>
            </table>
            {sentence.map(|s| view! { <p class="verdict">{s}</p> })}
            {columns}
            <div class="report-charts">{bridge}{development}</div>
        </section>
    }
}

/// The budget frames and the balance requirement, when frames are computed.
#[component]
fn FramesSection() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let lang = store.lang.get();
        let result = store
            .work
            .frames
            .with(|f| f.as_ref().and_then(|s| s.result()).and_then(Result::ok))?;
        let chart = balance_chart(&result, lang)?.in_unit(READER_UNIT);
        let layout = Layout::new(PAGE_WIDTH, lang);
        Some(view! {
            <section class="report-section" id="report-frames">
                <h2>{Msg::ReportFrames.text(lang)}</h2>
                <NetFrames model=budgetkoll::view::frames::table(&result.frames, lang) />
                {chart_svg(charts::balance::render(&chart, &layout))}
                <super::chart::FigureTable table=budgetkoll::view::charts::balance_table(&chart, lang) class="figures report-table" />
            </section>
        })
    }
}

#[component]
fn Cover(reader: ReaderView, organisation: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let lang = store.lang.get_untracked();
    let today = js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
        .chars()
        .take(10)
        .collect::<String>();
    let scope = match reader.cards.as_slice() {
        [one] => Msg::ReportScopeOne.fill(lang, &[("name", &one.name)]),
        cards => Msg::ReportScope.fill(lang, &[("n", &cards.len().to_string())]),
    };
    let mut contents = vec![
        Msg::ReaderSummary.text(lang).to_string(),
        format!(
            "{} · {}",
            Msg::ReportOverview.text(lang),
            Msg::ReportDevelopment.text(lang)
        ),
    ];
    let mut names: Vec<String> = reader.cards.iter().map(|c| c.name.clone()).collect();
    names.sort();
    contents.extend(names);
    if reader.balance.is_some() {
        contents.push(Msg::ReportFrames.text(lang).to_string());
    }
    view! {
        <section class="report-cover" id="report-cover">
            <p class="report-org">{organisation}</p>
            <h1>{Msg::ReportTitle.text(lang)}</h1>
            <p class="report-period">{reader.period_title.clone()}</p>
            <p>{scope}</p>
            <p class="report-printed">{Msg::ReportPrinted.fill(lang, &[("d", &today)])}</p>
            <p class="report-amounts">{Msg::ReportAmounts.text(lang)}</p>
            <h2>{Msg::ReportContents.text(lang)}</h2>
            <ol class="report-contents">{contents.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ol>
        </section>
    }
}

/// The summary page: the headline, the narrative, the overview chart
/// (`children`) and the förvaltningar against budget.
#[component]
fn Summary(reader: ReaderView, children: Children) -> impl IntoView {
    let store = expect_context::<Store>();
    let lang = store.lang.get_untracked();
    let sentences = narrative(&reader, lang);
    let head = reader.headline.clone().map(|h| {
        view! {
            <h3>{h.title.clone()}</h3>
            {super::reader::head_figures(store, h, "report-head")}
        }
    });
    let since = reader
        .cards
        .iter()
        .find_map(|c| c.change.as_ref().map(|ch| ch.since.clone()));
    let cards = reader
        .cards
        .iter()
        .chain(&reader.namnder)
        .map(|c| {
            view! {
                <tr>
                    <th scope="row">{c.name.clone()}</th>
                    {fig_cell(&c.ytd)}
                    {fig_cell(&c.forecast)}
                    {since.is_some().then(|| c.change.as_ref().map_or_else(
                        || view! { <td class="num missing">"–"</td> }.into_any(),
                        |ch| fig_cell(&ch.change).into_any(),
                    ))}
                    <td class=format!("status {}", c.standing.map_or("", |s| s.class()))>
                        {c.standing.map(|s| format!("{} {}", s.mark(), s.word(lang)))}
                    </td>
                </tr>
            }
        })
        .collect_view();
    let year_end = reader.period.is_year_end();
    view! {
        <section class="report-section" id="report-summary">
            <h2>{Msg::ReaderSummary.text(lang)}</h2>
            {head}
            <p class="narrative">{sentences.join(" ")}</p>
            {children()}
            <table class="figures report-table" id="report-cards">
                <caption>{Msg::ReaderUnitsTitle.text(lang)}" · "{READER_UNIT.short()}</caption>
                <thead><tr>
                    <th scope="col">{Msg::ColUnit.text(lang)}</th>
                    <th scope="col" class="num">{if year_end { Msg::ReaderCardYearEnd } else { Msg::ReaderCardYtd }.text(lang)}</th>
                    <th scope="col" class="num">{Msg::ReaderCardForecast.text(lang)}</th>
                    {since.clone().map(|m| view! { <th scope="col" class="num">{Msg::ReaderCardSince.fill(lang, &[("m", &m)])}</th> })}
                    <th scope="col">{Msg::ColStatus.text(lang)}</th>
                </tr></thead>
                <tbody>{cards}</tbody>
            </table>
        </section>
    }
}

/// The overview's lines (förvaltningar, nämnder, the region) as a table.
#[component]
fn OverviewRows(model: Overview) -> impl IntoView {
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
fn DevelopmentTable(model: DevelopmentView) -> impl IntoView {
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
fn NetFrames(model: budgetkoll::view::frames::TableView) -> impl IntoView {
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
