//! The region overview: for one period, the net result of every förvaltning,
//! each nämnd and the region side by side, so a board member sees at once who
//! deviates from budget and by how much. At region level internal trade is
//! eliminated: the consolidated line is Externt, and what is left of
//! internal trade is shown as a check.

use super::unit_summary::{summary_lines, SummaryLine};
use crate::engine::consolidation::{consolidate, Consolidated, Grouping};
use crate::fr1::model::{Fr1Report, Period};
use crate::fr1::schema::{Group, Part, Report, Row};
use crate::i18n::{Lang, Msg};
use crate::money::Unit;
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
    pub lines: Vec<OverviewLine>,
    /// The internal residual of Utfall ack at region level, as a sentence.
    pub residual: Option<String>,
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

/// The overview of `period`: the reports of that period, grouped by
/// `grouping`, showing `part` in `unit`.
pub fn overview(
    reports: &[Fr1Report],
    period: Period,
    grouping: &Grouping,
    part: Part,
    unit: Unit,
    lang: Lang,
) -> Overview {
    let in_period: Vec<&Fr1Report> = reports
        .iter()
        .filter(|r| r.meta.period == Some(period) && r.meta.unit_id.is_some())
        .collect();
    match consolidate(&in_period, grouping) {
        Ok(c) => Overview {
            period,
            lines: lines(&c, &in_period, part, unit, lang),
            residual: residual_sentence(&c, unit, lang),
            error: None,
        },
        Err(e) => Overview {
            period,
            lines: in_period
                .iter()
                .filter_map(|r| line(LineKind::Unit, r, part, unit, lang))
                .collect(),
            residual: None,
            error: Some(e.to_string()),
        },
    }
}

fn lines(
    c: &Consolidated,
    units: &[&Fr1Report],
    part: Part,
    unit: Unit,
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
    unit: Unit,
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

fn residual_sentence(c: &Consolidated, unit: Unit, lang: Lang) -> Option<String> {
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
