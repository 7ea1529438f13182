//! The region overview: for one period, the region's result at the top
//! (finance administration included when its table is loaded), then the net
//! result of every förvaltning, each nämnd and the region side by side, so a
//! board member sees at once who deviates from budget and by how much. At
//! region level internal trade is eliminated: the consolidated line is
//! Externt, and what is left of internal trade — in the actuals, the
//! budgets and the forecasts — is shown as a check.

use super::region::{result_view, ResultView};
use super::unit_summary::{summary_lines, SummaryLine};
use super::Fig;
use crate::engine::consolidation::{consolidate, Consolidated, Grouping};
use crate::finance::model::FinanceTable;
use crate::finance::region::region_result;
use crate::fr1::model::{Fr1Report, Period, UnitId};
use crate::fr1::schema::{Group, Part, Report, Row};
use crate::i18n::{Lang, Msg};
use crate::money::AmountScale;
use crate::{format, view::decimals};

/// What a line of the overview stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Unit,
    Namnd,
    Region,
    /// The region's Externt line: the consolidated result.
    RegionExternal,
}

/// One line: a förvaltning, a nämnd or the region, with its NETTORESULTAT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverviewLine {
    pub kind: LineKind,
    /// The förvaltning code (empty for nämnd and region lines).
    pub code: String,
    pub label: String,
    pub figures: SummaryLine,
}

/// The overview of one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    pub period: Period,
    /// The region's result (or the förvaltningar's net cost alone).
    pub result: Option<ResultView>,
    pub lines: Vec<OverviewLine>,
    /// The internal residual of Utfall ack at region level, as a sentence.
    pub residual: Option<String>,
    /// What is left of internal trade in each figure the region carries
    /// (Utfall ack, Budget ack, Prognos helår, Budget helår).
    pub internal: Vec<InternalLine>,
    /// Why the overview could not be summed (a Swedish sentence).
    pub error: Option<String>,
}

/// Every period among `reports`, latest first.
pub fn periods(reports: &[Fr1Report]) -> Vec<Period> {
    let mut out: Vec<Period> = reports.iter().filter_map(|r| r.meta.period).collect();
    out.sort_unstable_by(|a, b| b.cmp(a));
    out.dedup();
    out
}

/// The förvaltningar among `reports`, one per code (named as in its latest
/// report), in code order (numbers as numbers): what the pickers list, so
/// a code is never listed twice.
pub fn forvaltningar(reports: &[Fr1Report]) -> Vec<UnitId> {
    let mut latest: Vec<(&UnitId, Option<Period>)> = Vec::new();
    for r in reports {
        let Some(id) = &r.meta.unit_id else { continue };
        match latest.iter_mut().find(|(u, _)| u.code == id.code) {
            Some(entry) if entry.1 <= r.meta.period => *entry = (id, r.meta.period),
            Some(_) => {}
            None => latest.push((id, r.meta.period)),
        }
    }
    let mut out: Vec<UnitId> = latest.into_iter().map(|(u, _)| u.clone()).collect();
    out.sort_by_cached_key(|u| {
        (
            u.code.parse::<u64>().map_err(|_| u.code.clone()),
            u.code.clone(),
        )
    });
    out
}

/// One figure's internal trade summed over the region.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InternalLine {
    /// Which figure: `Utfall ack`, `Budget ack`, `Prognos helår`, `Budget helår`.
    pub label: &'static str,
    /// Internal revenue (negative).
    pub revenue: Fig,
    /// Internal cost (positive).
    pub cost: Fig,
    /// What is left: should be about zero.
    pub net: Fig,
    /// The residual's share of the internal trade.
    pub share: Fig,
}

/// The overview of `period`: the reports of that period, grouped by
/// `grouping`, showing `part` in `unit`, with the finance administration's
/// table of that period (if among `finance`) in the region's result.
pub fn overview(
    reports: &[Fr1Report],
    finance: &[FinanceTable],
    period: Period,
    grouping: &Grouping,
    part: Part,
    unit: AmountScale,
    lang: Lang,
) -> Overview {
    // In the page's unit from the start (exactly), so every sum is too.
    let in_period: Vec<Fr1Report> = reports
        .iter()
        .filter(|r| r.meta.period == Some(period) && r.meta.unit_id.is_some())
        .map(|r| r.in_unit(unit))
        .collect();
    let in_period: Vec<&Fr1Report> = in_period.iter().collect();
    let finance = finance.iter().find(|f| f.period == Some(period));
    match consolidate(&in_period, grouping) {
        Ok(c) => Overview {
            period,
            result: result_view(&region_result(&c, finance), period, lang),
            lines: lines(&c, &in_period, part, unit, lang),
            residual: residual_sentence(&c, unit, lang),
            internal: internal_lines(&c, unit, lang),
            error: None,
        },
        Err(e) => Overview {
            period,
            result: None,
            lines: in_period
                .iter()
                .filter_map(|r| line(LineKind::Unit, r, part, unit, lang))
                .collect(),
            residual: None,
            internal: Vec::new(),
            error: Some(e.text(lang)),
        },
    }
}

/// The internal residual of every figure the region carries; the previous
/// year is left out (it was checked when it was this year).
fn internal_lines(c: &Consolidated, unit: AmountScale, lang: Lang) -> Vec<InternalLine> {
    c.internal_residuals()
        .into_iter()
        .filter_map(|r| {
            let label = match (r.report, r.group) {
                (Report::Utfall, Group::Actual) => Msg::ColActualYtd,
                (Report::Utfall, Group::Budget) => Msg::ColBudgetYtd,
                (Report::Prognos, Group::Actual) => Msg::ColForecast,
                (Report::Prognos, Group::Budget) => Msg::ColBudgetYear,
                _ => return None,
            };
            let shown = |m| c.unit.convert(m, unit);
            Some(InternalLine {
                label: label.text(lang),
                revenue: Fig::amount(Some(shown(r.internal_revenue)), unit),
                cost: Fig::amount(Some(shown(r.internal_cost)), unit),
                net: Fig::amount(Some(shown(r.net)), unit),
                share: Fig::share(r.share),
            })
        })
        .collect()
}

fn lines(
    c: &Consolidated,
    units: &[&Fr1Report],
    part: Part,
    unit: AmountScale,
    lang: Lang,
) -> Vec<OverviewLine> {
    let mut out = Vec::new();
    let levels: Vec<_> = c.namnder.iter().filter(|l| !l.units.is_empty()).collect();
    // With one nämnd its line would repeat the region's.
    let namnd_lines = levels.len() > 1;
    for level in levels {
        for id in &level.units {
            let report = units
                .iter()
                .find(|r| r.meta.unit_id.as_ref().is_some_and(|u| u.code == id.code));
            out.extend(report.and_then(|r| line(LineKind::Unit, r, part, unit, lang)));
        }
        if namnd_lines {
            out.extend(line(LineKind::Namnd, &level.report, part, unit, lang));
        }
    }
    out.extend(line(LineKind::Region, &c.region.report, part, unit, lang));
    if part == Part::Totalt {
        out.extend(line(
            LineKind::RegionExternal,
            &c.region.report,
            Part::Externt,
            unit,
            lang,
        ));
    }
    out
}

fn line(
    kind: LineKind,
    report: &Fr1Report,
    part: Part,
    unit: AmountScale,
    lang: Lang,
) -> Option<OverviewLine> {
    let figures = summary_lines(report, part, unit)
        .into_iter()
        .find(|l| l.row == Row::Nettoresultat)?;
    let id = report.meta.unit_id.clone().unwrap_or_default();
    Some(OverviewLine {
        kind,
        code: if kind == LineKind::Unit {
            id.code.clone()
        } else {
            String::new()
        },
        label: match kind {
            LineKind::RegionExternal => Msg::RegionExternal.fill(lang, &[("p", &id.label())]),
            _ => id.label(),
        },
        figures,
    })
}

fn residual_sentence(c: &Consolidated, unit: AmountScale, lang: Lang) -> Option<String> {
    let r = c.internal_residual(Report::Utfall, Group::Actual)?;
    let d = decimals(unit);
    let shown = |m| format::amount(c.unit.convert(m, unit).0, d);
    let share = r
        .share
        .map(|s| Msg::ResidualShare.fill(lang, &[("p", &format::percent(s, false))]))
        .unwrap_or_default();
    Some(Msg::ResidualSentence.fill(
        lang,
        &[
            ("a", &shown(r.internal_revenue)),
            ("b", &shown(r.internal_cost)),
            ("c", &shown(r.net)),
            ("u", unit.short()),
            ("s", &share),
        ],
    ))
}
