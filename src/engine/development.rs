//! Forecast development (prognosutveckling): how each förvaltning's, each
//! nämnd's and the region's full-year forecast deviation from budget
//! (PROGNOS JMF BUDGET, NETTORESULTAT) moved from report to report through
//! the year — what politicians read first: "the forecast has improved by
//! 30,2 mnkr since April".
//!
//! A förvaltning's point is its report's stated deviation. A nämnd's or the
//! region's point at a month is the sum of its förvaltningar' points, and
//! exists only when every förvaltning of it that reports that year has a
//! forecast that month: a sum missing one unit would look like a change
//! that never happened. A year-end report (December) adds the outcome's
//! deviation (UTFALL JMF BUDGET), where the forecasts were heading.

use super::consolidation::Grouping;
use super::variance::Comparison;
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Part, Row};
use crate::money::{AmountScale, Money};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Whose development a line is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Level {
    Unit,
    Namnd,
    Region,
}

/// One förvaltning's, nämnd's or the region's forecast deviations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    pub level: Level,
    /// The förvaltning code; empty for a nämnd and the region.
    pub code: String,
    pub name: String,
    /// Report month (1–12) → Prognos jmf budget, NETTORESULTAT.
    pub forecasts: BTreeMap<u8, Money>,
    /// Utfall jmf budget of the year-end report, when loaded.
    pub outcome: Option<Money>,
}

/// The change between the last two forecasts of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub from_month: u8,
    pub to_month: u8,
    /// Later − earlier deviation: positive is an improvement.
    pub amount: Money,
}

impl Line {
    /// The change since the previous report, when there are two forecasts.
    pub fn latest_change(&self) -> Option<Change> {
        let mut last = self.forecasts.iter().rev();
        let (&to_month, &to) = last.next()?;
        let (&from_month, &from) = last.next()?;
        Some(Change {
            from_month,
            to_month,
            amount: to - from,
        })
    }
}

/// Every line of one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Development {
    pub year: i32,
    pub unit: AmountScale,
    /// The months any forecast is reported for, in order.
    pub months: Vec<u8>,
    /// Förvaltningar in the grouping's order, each nämnd after its
    /// förvaltningar (only when there is more than one nämnd), the region last.
    pub lines: Vec<Line>,
}

/// The forecast development of `year` from `reports` (any periods; those of
/// other years are skipped), in `part` and `unit`, grouped by `grouping`.
pub fn development(
    reports: &[&Fr1Report],
    year: i32,
    grouping: &Grouping,
    part: Part,
    unit: AmountScale,
) -> Development {
    let of_year: Vec<Cow<Fr1Report>> = reports
        .iter()
        .filter(|r| r.meta.period.is_some_and(|p| p.year == year) && r.meta.unit_id.is_some())
        .map(|r| r.as_unit(unit))
        .collect();
    let mut units: Vec<Line> = Vec::new();
    for r in &of_year {
        let (Some(id), Some(period)) = (&r.meta.unit_id, r.meta.period) else {
            continue;
        };
        let at = match units.iter().position(|l| l.code == id.code.trim()) {
            Some(at) => at,
            None => {
                units.push(Line {
                    level: Level::Unit,
                    code: id.code.trim().to_string(),
                    name: id.label(),
                    forecasts: BTreeMap::new(),
                    outcome: None,
                });
                units.len() - 1
            }
        };
        let line = &mut units[at];
        if let Some(v) = Comparison::ForecastVsBudget.of(r, Row::Nettoresultat, part) {
            line.forecasts.insert(period.month, v.abs);
        }
        if period.is_year_end() {
            line.outcome = Comparison::ActualVsBudget
                .of(r, Row::Nettoresultat, part)
                .map(|v| v.abs);
        }
    }
    units.retain(|l| !l.forecasts.is_empty() || l.outcome.is_some());
    let mut months: Vec<u8> = units
        .iter()
        .flat_map(|l| l.forecasts.keys().copied())
        .collect();
    months.sort_unstable();
    months.dedup();

    // A förvaltning with only its year-end report takes part in the
    // outcome, not in the forecasts.
    let sum = |level: Level, name: &str, members: &[&Line]| Line {
        level,
        code: String::new(),
        name: name.to_string(),
        forecasts: months
            .iter()
            .filter_map(|m| {
                let all: Option<Vec<Money>> = members
                    .iter()
                    .filter(|l| !l.forecasts.is_empty())
                    .map(|l| l.forecasts.get(m).copied())
                    .collect();
                Some((*m, all?.into_iter().sum()))
            })
            .collect(),
        outcome: members
            .iter()
            .map(|l| l.outcome)
            .collect::<Option<Vec<Money>>>()
            .map(|o| o.into_iter().sum()),
    };
    let mut lines = Vec::new();
    let groups: Vec<(&str, Vec<&Line>)> = grouping
        .namnder
        .iter()
        .map(|n| {
            let members: Vec<&Line> = units
                .iter()
                .filter(|l| grouping.namnd_of(&l.code).is_some_and(|g| g.name == n.name))
                .collect();
            (n.name.as_str(), members)
        })
        .chain(std::iter::once((
            super::consolidation::OTHERS,
            units
                .iter()
                .filter(|l| grouping.namnd_of(&l.code).is_none())
                .collect(),
        )))
        .filter(|(_, members)| !members.is_empty())
        .collect();
    let namnd_lines = groups.len() > 1;
    for (name, members) in &groups {
        lines.extend(members.iter().map(|l| (*l).clone()));
        if namnd_lines {
            lines.push(sum(Level::Namnd, name, members));
        }
    }
    if !units.is_empty() {
        let all: Vec<&Line> = units.iter().collect();
        lines.push(sum(Level::Region, &grouping.region, &all));
    }
    Development {
        year,
        unit,
        months,
        lines,
    }
}
