//! Forecast development as the page shows it: a table of every förvaltning,
//! nämnd and the region by report month (with the year-end outcome when it
//! is loaded), the chart of one of them, and the sentence a politician reads
//! first — "Prognosen har förbättrats med 30,2 mnkr sedan april".

use super::charts::ChartTable;
use super::Fig;
use crate::charts::development::{DevelopmentChart, DevelopmentPoint};
use crate::charts::Heading;
use crate::engine::development::{Development, Level, Line};
use crate::format;
use crate::fr1::model::month_name;
use crate::i18n::{Lang, Msg};
use crate::money::AmountScale;
use std::cmp::Ordering;

/// One line of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DevelopmentRow {
    pub level: Level,
    /// The förvaltning code (empty for nämnd and region).
    pub code: String,
    pub label: String,
    /// One figure per column of [`DevelopmentView::columns`].
    pub figures: Vec<Fig>,
    /// The change since the previous report.
    pub change: Fig,
}

/// The table of one year's forecast development.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DevelopmentView {
    /// Report months (`mars`, `april`, …), then `Utfall` when any line has
    /// its year-end outcome.
    pub columns: Vec<String>,
    pub rows: Vec<DevelopmentRow>,
    /// True when there are two reports to compare (the change column).
    pub has_change: bool,
}

/// The table of `d`.
pub fn development_view(d: &Development, lang: Lang) -> DevelopmentView {
    let with_outcome = d.lines.iter().any(|l| l.outcome.is_some());
    let mut columns: Vec<String> = d
        .months
        .iter()
        .map(|m| month_name(*m, lang).to_string())
        .collect();
    if with_outcome {
        columns.push(Msg::ChartOutcomeShort.text(lang).to_string());
    }
    let rows = d
        .lines
        .iter()
        .map(|l| {
            let mut figures: Vec<Fig> = d
                .months
                .iter()
                .map(|m| Fig::signed(l.forecasts.get(m).map(|v| v.0), d.unit))
                .collect();
            if with_outcome {
                figures.push(Fig::signed(l.outcome.map(|v| v.0), d.unit));
            }
            DevelopmentRow {
                level: l.level,
                code: l.code.clone(),
                label: l.name.clone(),
                figures,
                change: Fig::signed(l.latest_change().map(|c| c.amount.0), d.unit),
            }
        })
        .collect();
    DevelopmentView {
        columns,
        rows,
        has_change: d.months.len() > 1,
    }
}

/// The change since the previous report of one line, as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeFigs {
    /// The previous report's month (`mars`).
    pub since: String,
    /// Later − earlier deviation: positive is an improvement.
    pub change: Fig,
    /// The latest forecast deviation.
    pub now: Fig,
}

/// The change since the previous report of `line`, when it has two forecasts.
pub fn change_figs(line: &Line, unit: AmountScale, lang: Lang) -> Option<ChangeFigs> {
    let change = line.latest_change()?;
    let now = line.forecasts.get(&change.to_month)?;
    Some(ChangeFigs {
        since: month_name(change.from_month, lang).to_string(),
        change: Fig::signed(Some(change.amount.0), unit),
        now: Fig::signed(Some(now.0), unit),
    })
}

/// The change since the previous report in one sentence, for `line`.
pub fn change_sentence(line: &Line, unit: AmountScale, lang: Lang) -> Option<String> {
    let c = change_figs(line, unit, lang)?;
    let amount = c.change.value?;
    let msg = match amount.cmp(&rust_decimal::Decimal::ZERO) {
        Ordering::Greater => Msg::DevelopmentImproved,
        Ordering::Less => Msg::DevelopmentWorsened,
        Ordering::Equal => Msg::DevelopmentUnchanged,
    };
    Some(msg.fill(
        lang,
        &[
            ("x", &format::amount(amount.abs(), super::decimals(unit))),
            ("u", unit.short()),
            ("m", &c.since),
            ("v", &c.now.text),
        ],
    ))
}

/// The chart of `line` in the year `d` covers; `None` without any point.
pub fn development_chart(d: &Development, line: &Line, lang: Lang) -> Option<DevelopmentChart> {
    let mut points: Vec<DevelopmentPoint> = line
        .forecasts
        .iter()
        .map(|(m, v)| DevelopmentPoint {
            label: month_name(*m, lang).to_string(),
            value: v.0,
            outcome: false,
        })
        .collect();
    points.extend(line.outcome.map(|v| DevelopmentPoint {
        label: Msg::ChartOutcomeShort.text(lang).to_string(),
        value: v.0,
        outcome: true,
    }));
    (!points.is_empty()).then(|| DevelopmentChart {
        heading: Heading {
            title: line.name.clone(),
            subtitle: Msg::ChartHeadDevelopment.fill(lang, &[("p", &d.year.to_string())]),
            unit: d.unit,
        },
        points,
    })
}

/// The chart's figures as a table, for "Visa som tabell" and export.
pub fn development_table(chart: &DevelopmentChart, lang: Lang) -> ChartTable {
    ChartTable {
        title: chart.heading.caption(),
        headers: vec!["", Msg::ChartForecastDeviation.text(lang)],
        rows: chart
            .points
            .iter()
            .map(|p| {
                (
                    p.label.clone(),
                    vec![Fig::signed(Some(p.value), chart.heading.unit)],
                )
            })
            .collect(),
    }
}
