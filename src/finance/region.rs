//! The region's result: what the finance administration brings in (tax
//! revenue, grants, financial items, central reserves) minus what the
//! förvaltningar cost — the figure the balance requirement is judged on.
//!
//! The förvaltningar count with their consolidated net cost: NETTORESULTAT
//! Externt summed over the region, so internal trade cancels out; Totalt
//! only when some report carries no Externt column. Every variance is the
//! reports' own: the finance table's stated `Avvikelse` plus the units'
//! stated `… JMF BUDGET`, with the derivation as the check.

use super::model::{FinanceTable, Net};
use crate::engine::consolidation::Consolidated;
use crate::engine::variance::{stated_variance, Comparison, Variance};
use crate::fr1::schema::{Group, Part, Report, Row};
use crate::money::{AmountScale, Money};
use serde::{Deserialize, Serialize};

/// One half (year to date, or full year) of the region's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultHalf {
    /// The finance administration's net, positive adding to the result;
    /// `None` without its table (or without this half in it).
    pub finance: Option<Net>,
    /// The förvaltningar's consolidated net cost (NETTORESULTAT): actual,
    /// budget and the stated variance.
    pub units: Variance,
    /// Finance − units (or −units alone): positive is a surplus.
    pub result: Net,
}

/// The region's result for one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegionResult {
    /// The unit every figure is in (the consolidation's).
    pub unit: AmountScale,
    /// Externt (consolidated) when every report carries it, else Totalt.
    pub part: Part,
    /// Utfall ack against Budget ack.
    pub ytd: Option<ResultHalf>,
    /// Prognos helår against Budget helår; `None` also when the finance
    /// administration's table has no forecast.
    pub year: Option<ResultHalf>,
}

impl RegionResult {
    /// True when the finance administration is in the result (in the year
    /// to date, where the balance requirement starts).
    pub fn with_finance(&self) -> bool {
        self.ytd.or(self.year).is_some_and(|h| h.finance.is_some())
    }
}

/// The region's result from the consolidated förvaltningar `c` and the
/// finance administration's table for the same period, if loaded.
pub fn region_result(c: &Consolidated, finance: Option<&FinanceTable>) -> RegionResult {
    let part = if c
        .region_figure(Report::Utfall, Row::Nettoresultat, Group::Actual)
        .or_else(|| c.region_figure(Report::Prognos, Row::Nettoresultat, Group::Actual))
        .is_some()
    {
        Part::Externt
    } else {
        Part::Totalt
    };
    let finance = finance.map(|f| f.in_unit(c.unit));
    let half = |report: Report, cmp: Comparison| {
        let units = cmp.of(&c.region.report, Row::Nettoresultat, part)?;
        // With the finance administration's table loaded, a half it does
        // not carry has no region's result (the units alone would pass for one).
        let fin = match &finance {
            Some(f) => Some(f.net(report).filter(|_| f.has(report))?),
            None => None,
        };
        let (f_actual, f_budget, f_var) = fin
            .map_or((Money::ZERO, Money::ZERO, Money::ZERO), |n| {
                (n.actual, n.budget, n.variance.abs)
            });
        let actual = f_actual - units.actual;
        let budget = f_budget - units.reference;
        Some(ResultHalf {
            finance: fin,
            units,
            result: Net {
                actual,
                budget,
                variance: stated_variance(-actual, -budget, Some(f_var + units.abs)),
            },
        })
    };
    RegionResult {
        unit: c.unit,
        part,
        ytd: half(Report::Utfall, Comparison::ActualVsBudget),
        year: half(Report::Prognos, Comparison::ForecastVsBudget),
    }
}
