//! The printed report's sections: the cover, the summary page, the
//! region's forecast development, one page per förvaltning, and the frames
//! with the balance requirement.

use super::tables::{DevelopmentTable, NetFrames};
use super::{chart_svg, PAGE_WIDTH};
use crate::ui::state::store::Store;
use crate::ui::widgets::tables::{fig_cell, summary_figures, summary_head};
use crate::ui::widgets::why::{WhyBlock, WhyDepth};
use budgetkoll::charts::{self, AcOrFc, Layout};
use budgetkoll::engine::development::{Development, Level};
use budgetkoll::fr1::model::Fr1Report;
use budgetkoll::i18n::Msg;
use budgetkoll::view::charts::{balance_chart, unit_bridge, unit_columns};
use budgetkoll::view::development::{change_sentence, development_chart, development_view};
use budgetkoll::view::goals::goal_counts;
use budgetkoll::view::narrative::narrative;
use budgetkoll::view::reader::{ReaderView, READER_UNIT};
use budgetkoll::view::unit_summary::{summary_lines, SummaryColumns};
use budgetkoll::view::why::WhyView;
use leptos::prelude::*;

/// The förvaltningar's forecast development since the first report of the
/// year: the region's line as a chart and every line as a table.
#[component]
pub(super) fn RegionDevelopment(reader: ReaderView, dev: Development) -> impl IntoView {
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
pub(super) fn UnitSection(
    code: String,
    name: String,
    report: Fr1Report,
    dev: Development,
    /// The officer's explanations ("Varför?"), when there are any.
    why: Option<WhyView>,
) -> impl IntoView {
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
            {why.map(|w| view! { <WhyBlock model=w depth=WhyDepth::Full /> })}
            {columns}
            <div class="report-charts">{bridge}{development}</div>
        </section>
    }
}

/// The budget frames and the balance requirement, when frames are computed.
#[component]
pub(super) fn FramesSection() -> impl IntoView {
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
                <crate::ui::widgets::chart::FigureTable table=budgetkoll::view::charts::balance_table(&chart, lang) class="figures report-table" />
            </section>
        })
    }
}

#[component]
pub(super) fn Cover(reader: ReaderView, organisation: String) -> impl IntoView {
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
    // Each förvaltning's page, and its goals and staff page when it has a
    // goal export or an HR extract (UnitQuarterly prints it).
    let reports = store.work.reports.get_untracked();
    let mut units: Vec<(String, bool)> = store.work.quarterly.with_untracked(|q| {
        reader
            .cards
            .iter()
            .map(|c| {
                let codes = [c.code.clone()];
                let quarterly = goal_counts(q, &reports, Some(&codes)).total() > 0
                    || !q.staff_of(Some(&codes)).is_empty();
                (c.name.clone(), quarterly)
            })
            .collect()
    });
    units.sort();
    for (name, quarterly) in units {
        if quarterly {
            let page = format!("{name} · {}", Msg::QuarterlyTitle.text(lang));
            contents.extend([name, page]);
        } else {
            contents.push(name);
        }
    }
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
pub(super) fn Summary(reader: ReaderView, children: Children) -> impl IntoView {
    let store = expect_context::<Store>();
    let lang = store.lang.get_untracked();
    let sentences = narrative(&reader, lang);
    let head = reader.headline.clone().map(|h| {
        view! {
            <h3>{h.title.clone()}</h3>
            {crate::ui::widgets::headline::head_figures(store, h, "report-head")}
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
