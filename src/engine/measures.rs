//! Measures to reach balance (åtgärder): the forecast after decided measures,
//! and how much is still missing against the budget and the target.
//!
//! Everything is on the net result row (NETTORESULTAT), where a positive
//! figure is a net cost. Signs, spelled out:
//!
//! - a measure's `effect` is positive when it improves the result (a saving
//!   or a new revenue): a measure that saves 5 000 tkr has effect +5 000;
//! - the net cost forecast after measures is `forecast − effects_total`, so
//!   that measure lowers the forecast by 5 000;
//! - gaps follow the variance rule, reference − forecast after measures:
//!   negative means still missing, positive means a margin. A forecast
//!   deviation of −138,7 mnkr with 30,2 mnkr of decided measures is revised
//!   to a gap of −108,5 mnkr.

use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Group, Part, Report, Row};
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// One decided measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    /// What is done, in the decision's words.
    pub text: String,
    /// The decision it rests on (body, date or paragraph).
    pub decision: String,
    /// Effect within the report's year, in the report's unit; positive
    /// improves the result.
    pub effect: Money,
    /// The month (1–12) the measure starts to act, for the record.
    pub start_month: Option<u8>,
}

/// A förvaltning's decided measures and the forecast it is asked to reach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasurePlan {
    /// The förvaltning code the plan is for.
    pub unit_code: String,
    pub measures: Vec<Measure>,
    /// The net result the board asks for (a net cost, like the forecast), in
    /// the report's unit.
    pub target_forecast: Option<Money>,
}

/// The net result forecast before and after the plan's measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureOutcome {
    /// Prognos helår, NETTORESULTAT.
    pub forecast: Money,
    /// Sum of the measures' effects (positive improves).
    pub effects_total: Money,
    /// `forecast − effects_total`.
    pub forecast_after: Money,
    /// Budget helår, NETTORESULTAT.
    pub budget: Money,
    /// `budget − forecast_after`; negative is what is still missing.
    pub gap_to_budget: Money,
    /// `target − forecast_after`; negative is what is still missing.
    pub gap_to_target: Option<Money>,
}

/// Why a plan cannot be applied to a report.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MeasureError {
    #[error("Åtgärdsplanen gäller förvaltning {plan_unit}, men rapporten ”{file}” gäller {report_unit}.")]
    OtherUnit {
        plan_unit: String,
        report_unit: String,
        file: String,
    },
    #[error("Rapporten ”{file}” saknar {what} för NETTORESULTAT ({part}).")]
    MissingFigure {
        file: String,
        what: &'static str,
        part: &'static str,
    },
    #[error("Åtgärden ”{text}” startar månad {month}; ange en månad 1–12.")]
    BadStartMonth { text: String, month: u8 },
    /// A sum past `Decimal`'s range (never for amounts within the door
    /// bounds).
    #[error("Åtgärdernas effekt blir för stor för att räkna med.")]
    TooLarge,
}

/// Applies `plan` to the net result forecast of `report` in `part`.
pub fn after_measures(
    report: &Fr1Report,
    plan: &MeasurePlan,
    part: Part,
) -> Result<MeasureOutcome, MeasureError> {
    let report_unit = report
        .meta
        .unit_id
        .as_ref()
        .map(|id| id.code.trim())
        .unwrap_or_default();
    if report_unit != plan.unit_code.trim() {
        return Err(MeasureError::OtherUnit {
            plan_unit: plan.unit_code.trim().to_string(),
            report_unit: report_unit.to_string(),
            file: report.source.clone(),
        });
    }
    if let Some(m) = plan
        .measures
        .iter()
        .find(|m| m.start_month.is_some_and(|s| !(1..=12).contains(&s)))
    {
        return Err(MeasureError::BadStartMonth {
            text: m.text.clone(),
            month: m.start_month.unwrap_or_default(),
        });
    }
    let cell = |group: Group| {
        report
            .table(Report::Prognos)
            .and_then(|t| t.get(Row::Nettoresultat, group, part))
            .ok_or_else(|| MeasureError::MissingFigure {
                file: report.source.clone(),
                what: group.short_name(Report::Prognos),
                part: part.label(),
            })
    };
    let forecast = cell(Group::Actual)?;
    let budget = cell(Group::Budget)?;
    let too_large = || MeasureError::TooLarge;
    let effects_total =
        Money::checked_sum(plan.measures.iter().map(|m| m.effect)).ok_or_else(too_large)?;
    let forecast_after = forecast.checked_sub(effects_total).ok_or_else(too_large)?;
    Ok(MeasureOutcome {
        forecast,
        effects_total,
        forecast_after,
        budget,
        gap_to_budget: budget.checked_sub(forecast_after).ok_or_else(too_large)?,
        gap_to_target: plan
            .target_forecast
            .map(|t| t.checked_sub(forecast_after).ok_or_else(too_large))
            .transpose()?,
    })
}
