//! The bridge from the budgeted to the actual (or forecast) net result: the
//! budget, one step per main row (its variance as the report states it), and
//! the end, which is the report's own NETTORESULTAT — exactly.
//!
//! Stated variances are rounded one by one, so they need not add up to
//! budget − actual: a year-end report with budget 111 554, actual 107 127
//! and row variances summing to 4 426 would end a naive bridge at 107 128.
//! The difference becomes a last, small step ([`Bridge::rounding`]), so the
//! bridge ends where the report does and the gap is shown, not hidden.

use super::variance::{Comparison, Variance};
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Part, Row, ROUNDING_TOLERANCE};
use crate::money::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// What closes a bridge whose stated steps do not reach the stated end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Closing {
    /// Signed like a variance: `budget − Σ steps − end`.
    pub amount: Money,
    /// True when it is within ±2 units a step (rounding); otherwise the
    /// rows do not explain the net result and the step says so.
    pub rounding: bool,
}

/// The figures of a bridge from budget to actual (or forecast).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bridge {
    /// NETTORESULTAT, budget.
    pub budget: Money,
    /// The main rows (Intäkter, Personal, Drift, Kapitalkostnad) and their
    /// shown variances.
    pub steps: Vec<(Row, Variance)>,
    /// The step that makes the bridge end at `end`, when one is needed.
    pub rounding: Option<Closing>,
    /// NETTORESULTAT, actual (or forecast), as the report states it.
    pub end: Money,
}

/// The bridge of `cmp` (a comparison with the budget or previous year) in
/// `part`, or `None` when the report lacks the table, the net result's two
/// figures or a main row's variance.
pub fn bridge(report: &Fr1Report, cmp: Comparison, part: Part) -> Option<Bridge> {
    let (which, actual, reference) = cmp.columns();
    let table = report.table(which)?;
    let budget = table.get(Row::Nettoresultat, reference, part)?;
    let end = table.get(Row::Nettoresultat, actual, part)?;
    let steps = Row::MAIN
        .into_iter()
        .map(|row| cmp.of(report, row, part).map(|v| (row, v)))
        .collect::<Option<Vec<_>>>()?;
    let reached = budget - steps.iter().map(|(_, v)| v.abs).sum::<Money>();
    let amount = reached - end;
    let rounding = (!amount.is_zero()).then(|| {
        let scale = std::iter::once(budget)
            .chain(std::iter::once(end))
            .chain(steps.iter().map(|(_, v)| v.abs))
            .map(|m| m.0.normalize().scale())
            .max()
            .unwrap_or(0)
            .min(4);
        let per_step = Decimal::new(ROUNDING_TOLERANCE, scale);
        Closing {
            amount,
            rounding: amount.abs().0 <= per_step * Decimal::from(steps.len()),
        }
    });
    Some(Bridge {
        budget,
        steps,
        rounding,
        end,
    })
}
