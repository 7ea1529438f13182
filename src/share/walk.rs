//! Every view the page can show for a state, built at once: the overview of
//! each period with the region's result, the forecast development, each
//! förvaltning's summary, form, charts and follow-up, the measures and
//! profiles, the finance administration's tables, the officer's
//! explanations ("Varför?") and the budget frames with their table,
//! per-nämnd amounts, changes and balance, the goals and the staff of
//! every scope — in every unit
//! and part, with the charts drawn at a laptop's and a phone's width, and
//! the exports of their tables.
//!
//! The page builds these one at a time as a person clicks; the property test
//! at the amount bounds (`tests/doors.rs`) and the fuzz target `state_views`
//! build all of them, so a state that passes [`super::validate`] is
//! known to reach every view without a panic.

use super::SharedState;
use crate::charts::{
    balance, columns, development as development_svg, overview as overview_chart, trend, waterfall,
};
use crate::charts::{AcOrFc, Layout};
use crate::engine::consolidation::Grouping;
use crate::engine::development::development;
use crate::engine::measures::MeasurePlan;
use crate::explain::check::Against;
use crate::export::to_csv_sv;
use crate::finance::import::check as finance_check;
use crate::fr1::meta::missing;
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Part, Report, Row};
use crate::fr1::validate::validate;
use crate::frames::session::FramesSession;
use crate::i18n::Lang;
use crate::money::AmountScale;
use crate::view::charts::{
    balance_chart, balance_table, bridge_table, columns_table, overview_chart as overview_model,
    overview_table, trend_table, unit_bridge, unit_columns, unit_trend,
};
use crate::view::development::{
    change_sentence, development_chart, development_table, development_view,
};
use crate::view::export;
use crate::view::finance_lines::finance_lines;
use crate::view::followup::{
    accuracy_view, forecast_lines, measure_view, parse_profile, periodisation_lines, series_lines,
};
use crate::view::fr1_grid::fr1_grid;
use crate::view::frames;
use crate::view::goals::{goal_counts, goals_view};
use crate::view::overview::{overview, periods};
use crate::view::staff::{staff_key_figures, staff_tables};
use crate::view::unit_summary::{summary_lines, SummaryColumns};
use crate::view::why::{why_sentences, why_view};
use std::collections::BTreeSet;

/// Chart widths: a laptop and a phone.
const WIDTHS: [f64; 2] = [1280.0, 360.0];

/// Builds every view of `state` in `lang`, in every unit and part; returns
/// how many charts and tables were built (so a test can tell an empty walk
/// from a full one).
pub fn every_view(state: &SharedState, lang: Lang) -> usize {
    let mut built = 0;
    for unit in AmountScale::ALL {
        for part in Part::ALL {
            built += views(state, lang, unit, part);
        }
    }
    built + quarterly_views(state, lang)
}

/// The goals and the staff of the region, each nämnd and each förvaltning,
/// and every HR table (the fuzz target `state_views` calls it beside
/// [`views`]: they depend on neither unit nor part).
pub fn quarterly_views(state: &SharedState, lang: Lang) -> usize {
    let q = &state.quarterly;
    if q.is_empty() {
        return 0;
    }
    let mut scopes: Vec<Option<Vec<String>>> = vec![None];
    if let Some(g) = &state.grouping {
        scopes.extend(g.namnder.iter().map(|n| Some(n.units.clone())));
    }
    let codes = q
        .goals
        .iter()
        .flat_map(|s| s.indicators.iter().filter_map(|i| i.unit_code()))
        .chain(q.staff.iter().filter_map(|r| r.unit_code()));
    scopes.extend(codes.map(|c| Some(vec![c.to_string()])));
    let mut built = 0;
    for scope in &scopes {
        let codes = scope.as_deref();
        let _ = goal_counts(q, &state.reports, codes);
        built += usize::from(goals_view(q, &state.reports, codes, lang).is_some());
        built += usize::from(staff_key_figures(q, &state.reports, codes, lang).is_some());
    }
    for report in &q.staff {
        built += staff_tables(report, lang).len();
    }
    built
}

/// Builds every view of `state` in `lang`, showing amounts in `unit` and
/// `part` (the fuzz target picks one pair per input).
pub fn views(state: &SharedState, lang: Lang, unit: AmountScale, part: Part) -> usize {
    let mut built = 0;
    // As the page's grouping in force: the user's, or all in one nämnd.
    let grouping = state
        .grouping
        .clone()
        .unwrap_or_else(|| Grouping::all_in_one(&state.reports));
    for table in &state.finance {
        let _ = finance_check(table);
    }
    let all_periods = periods(&state.reports);
    for &period in &all_periods {
        let o = overview(
            &state.reports,
            &state.finance,
            period,
            &grouping,
            part,
            unit,
            lang,
        );
        let figures: Vec<_> = o.lines.iter().map(|l| l.figures.clone()).collect();
        let columns = SummaryColumns::of(&figures, period.is_year_end());
        let lines: Vec<_> = o
            .lines
            .iter()
            .map(|l| (l.label.clone(), &l.figures))
            .collect();
        csv(&export::summary("", "", &lines, columns, lang));
        if let Some(chart) = overview_model(&o, unit, lang) {
            for width in WIDTHS {
                overview_chart::render(&chart, &Layout::new(width, lang));
            }
            csv(&export::chart(&overview_table(&chart, lang)));
        }
        built += 1;
    }
    let years: BTreeSet<i32> = all_periods.iter().map(|p| p.year).collect();
    let refs: Vec<&Fr1Report> = state.reports.iter().collect();
    for year in years {
        built += development_views(&refs, year, &grouping, part, unit, lang);
    }
    for report in &state.reports {
        built += unit_views(state, report, part, unit, lang);
    }
    built + frames_views(state, lang) + why_views(state, lang)
}

/// The forecast development of one year: its table, and each line's
/// chart and sentence.
fn development_views(
    reports: &[&Fr1Report],
    year: i32,
    grouping: &Grouping,
    part: Part,
    unit: AmountScale,
    lang: Lang,
) -> usize {
    let d = development(reports, year, grouping, part, unit);
    if d.months.is_empty() {
        return 0;
    }
    let _ = development_view(&d, lang);
    let mut built = 1;
    for line in &d.lines {
        let _ = change_sentence(line, d.unit, lang);
        if let Some(chart) = development_chart(&d, line, lang) {
            for width in WIDTHS {
                development_svg::render(&chart, &Layout::new(width, lang));
            }
            csv(&export::chart(&development_table(&chart, lang)));
            built += 1;
        }
    }
    built
}

/// One förvaltning's page for one report, as [`crate::view`] builds it.
fn unit_views(
    state: &SharedState,
    report: &Fr1Report,
    part: Part,
    unit: AmountScale,
    lang: Lang,
) -> usize {
    let mut built = 0;
    let findings = validate(report, None);
    let _ = missing(&report.meta);
    let lines = summary_lines(report, part, unit);
    let year_end = report.meta.period.is_some_and(|p| p.is_year_end());
    let columns = SummaryColumns::of(&lines, year_end);
    let labelled: Vec<_> = lines.iter().map(|l| (l.label.to_string(), l)).collect();
    csv(&export::summary("", "", &labelled, columns, lang));
    for which in Report::ALL {
        if let Some(grid) = fr1_grid(report, which, &findings, unit, lang) {
            csv(&export::fr1("", &grid));
            built += 1;
        }
    }
    for kind in [AcOrFc::Ac, AcOrFc::Fc] {
        if let Some(chart) = unit_columns(report, part, unit, kind, lang) {
            for width in WIDTHS {
                columns::render(&chart, &Layout::new(width, lang));
            }
            csv(&export::chart(&columns_table(&chart, lang)));
            built += 1;
        }
        if let Some(bridge) = unit_bridge(report, part, unit, kind, lang) {
            for width in WIDTHS {
                waterfall::render(&bridge, &Layout::new(width, lang));
            }
            csv(&export::chart(&bridge_table(&bridge, lang)));
            built += 1;
        }
    }
    let code = report.meta.unit_id.as_ref().map(|u| u.code.as_str());
    let profile = code
        .and_then(|c| state.profiles.get(c))
        .filter(|t| !t.trim().is_empty())
        .and_then(|t| parse_profile(t).ok());
    let _ = forecast_lines(report, part, unit, profile.as_ref());
    if let Some(p) = &profile {
        let _ = periodisation_lines(report, part, unit, p);
    }
    let series: Vec<&Fr1Report> = state
        .reports
        .iter()
        .filter(|r| {
            r.meta.unit_id.as_ref().map(|u| u.code.as_str()) == code
                && r.meta.period.map(|p| p.year) == report.meta.period.map(|p| p.year)
        })
        .collect();
    // Movements come from the accumulated Utfall, as the page takes them.
    let with_actuals: Vec<&Fr1Report> = series
        .iter()
        .copied()
        .filter(|r| r.utfall.is_some())
        .collect();
    if !with_actuals.is_empty() {
        let _ = series_lines(&with_actuals, Row::Nettoresultat, part, unit, lang);
    }
    if let Some(a) = accuracy_view(&series, None, part, unit, lang) {
        for (period, _) in &a.choices {
            let _ = accuracy_view(&series, Some(*period), part, unit, lang);
        }
        built += 1;
    }
    if let Some(t) = unit_trend(&series, part, unit, profile.as_ref(), lang) {
        for width in WIDTHS {
            trend::render(&t, &Layout::new(width, lang));
        }
        csv(&export::chart(&trend_table(&t, lang)));
        built += 1;
    }
    let plan = state
        .measures
        .iter()
        .find(|p| Some(p.unit_code.as_str()) == code)
        .cloned()
        .unwrap_or_else(|| MeasurePlan::new(code.unwrap_or_default()));
    let _ = measure_view(report, &plan, part, unit, lang);
    built
}

/// The budget-frames page: what reading the table found, and for each
/// scenario its frames, table, per-nämnd amounts, changes, balance and
/// comparison with the first.
/// Each explained förvaltning's (and the finance administration's)
/// "Varför?" with its sentences, and the finance administration's lines.
fn why_views(state: &SharedState, lang: Lang) -> usize {
    let against = Against {
        reports: &state.reports,
        finance: &state.finance,
        ledgers: &[],
    };
    let mut built = 0;
    let places: BTreeSet<_> = state
        .explanations
        .iter()
        .map(|e| (e.owner.clone(), e.period))
        .collect();
    for (owner, period) in places {
        if let Some(v) = why_view(&against, &state.explanations, &owner, period, lang) {
            built += 1 + why_sentences(&v, lang).len();
        }
    }
    for table in &state.finance {
        for section in Report::ALL {
            built +=
                usize::from(finance_lines(table, &state.explanations, section, lang).is_some());
        }
    }
    built
}

fn frames_views(state: &SharedState, lang: Lang) -> usize {
    let Some(session) = &state.frames else {
        return 0;
    };
    let _ = frames::findings(&session.findings, lang);
    let _ = session.base_choices();
    let mut built = 0;
    for active in 0..session.scenarios.len() {
        let session = FramesSession {
            active,
            ..session.clone()
        };
        let Some(scenario) = session.scenario() else {
            continue;
        };
        let _ = frames::changes(&scenario.rules, &session.plan, session.table.unit, lang);
        match session.result() {
            Some(Ok(result)) => {
                let _ = result.frames.table();
                let _ = frames::table(&result.frames, lang);
                csv(&frames::export("", &result.frames, lang));
                let _ = frames::reproduction(&result.frames, lang);
                let _ = frames::efficiency(&result.frames, &scenario.rules.efficiency, lang);
                let _ = frames::wage_pot(&result.frames, &scenario.rules.wage, lang);
                if let Some(chart) = balance_chart(&result, lang) {
                    for width in WIDTHS {
                        balance::render(&chart, &Layout::new(width, lang));
                    }
                    csv(&export::chart(&balance_table(&chart, lang)));
                }
                built += 1;
            }
            Some(Err(e)) => {
                let _ = e.text(lang);
            }
            None => {}
        }
        let _ = session.comparison();
    }
    built
}

/// Writes the table as the CSV download would.
fn csv(table: &crate::export::ExportTable) {
    let _ = to_csv_sv(table);
}
