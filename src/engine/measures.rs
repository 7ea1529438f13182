//! Measures to reach balance (åtgärder): the forecast after decided measures,
//! and how much is still missing against the target.
//!
//! Everything is on the net result row (NETTORESULTAT) and expressed as the
//! board decides it: a *deviation from budget* (PROGNOS JMF BUDGET, positive
//! favourable), in tkr. Signs, spelled out:
//!
//! - the forecast deviation is the report's stated PROGNOS JMF BUDGET: a
//!   unit forecasting 138,7 mnkr more net cost than budget stands at −138,7;
//! - a measure's `effect` is positive when it improves the result (a saving
//!   or a new revenue), so decided measures of +30,2 mnkr revise the
//!   deviation to −138,7 + 30,2 = −108,5;
//! - the target is a deviation too: 0, a budget in balance, unless the board
//!   accepts a deficit (−50 mnkr) or asks for a margin; what is still
//!   missing is `after − target`, negative while short of it.

use super::variance::{Comparison, Variance};
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Group, Part, Report, Row};
use crate::i18n::{Lang, Msg};
use crate::money::{AmountScale, Money};
use serde::{Deserialize, Serialize};

/// One decided measure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measure {
    /// What is done, in the decision's words.
    pub text: String,
    /// The decision it rests on (body, date or paragraph).
    pub decision: String,
    /// Effect within the report's year, in tkr; positive improves the result.
    pub effect: Money,
    /// The month (1–12) the measure starts to act, for the record.
    pub start_month: Option<u8>,
}

/// A förvaltning's decided measures and the deviation it is asked to reach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasurePlan {
    /// The förvaltning code the plan is for.
    pub unit_code: String,
    pub measures: Vec<Measure>,
    /// The forecast deviation from budget the board asks for, in tkr:
    /// zero ("budget i balans") unless it decides otherwise.
    pub target: Money,
}

impl MeasurePlan {
    /// A plan with no measures and the target of a budget in balance.
    pub fn new(unit_code: &str) -> MeasurePlan {
        MeasurePlan {
            unit_code: unit_code.to_string(),
            measures: Vec::new(),
            target: Money::ZERO,
        }
    }
}

/// The forecast deviation before and after the plan's measures, in tkr.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureOutcome {
    /// Prognos helår against Budget helår, NETTORESULTAT: the stated
    /// PROGNOS JMF BUDGET (`abs`), with the two figures it compares.
    pub forecast: Variance,
    /// Sum of the measures' effects (positive improves).
    pub effects_total: Money,
    /// `forecast.abs + effects_total`: the deviation after measures.
    pub after: Money,
    /// The plan's target deviation.
    pub target: Money,
    /// `after − target`; negative is what is still missing.
    pub gap_to_target: Money,
}

/// Why a plan cannot be applied to a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeasureError {
    OtherUnit {
        plan_unit: String,
        report_unit: String,
        file: String,
    },
    /// `what` and `part` are the form's own terms (Prognos helår, Totalt).
    MissingFigure {
        file: String,
        what: &'static str,
        part: &'static str,
    },
    BadStartMonth {
        text: String,
        month: u8,
    },
    /// A sum past `Decimal`'s range (never for amounts within the door
    /// bounds).
    TooLarge,
}

impl MeasureError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            MeasureError::OtherUnit {
                plan_unit,
                report_unit,
                file,
            } => Msg::MeaOtherUnit.fill(
                lang,
                &[("plan", plan_unit), ("report", report_unit), ("file", file)],
            ),
            MeasureError::MissingFigure { file, what, part } => {
                Msg::MeaMissingFigure.fill(lang, &[("file", file), ("what", what), ("part", part)])
            }
            MeasureError::BadStartMonth { text, month } => {
                Msg::MeaBadStartMonth.fill(lang, &[("text", text), ("month", &month.to_string())])
            }
            MeasureError::TooLarge => Msg::MeaTooLarge.text(lang).to_string(),
        }
    }
}

/// In Swedish, for logs and tests; the page uses [`MeasureError::text`].
impl std::fmt::Display for MeasureError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for MeasureError {}

/// Applies `plan` to the net result forecast of `report` in `part`; the
/// outcome is in tkr, like the plan.
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
    let forecast = Comparison::ForecastVsBudget
        .of(&report.in_unit(AmountScale::Tkr), Row::Nettoresultat, part)
        .ok_or_else(|| MeasureError::MissingFigure {
            file: report.source.clone(),
            what: Group::Actual.short_name(Report::Prognos),
            part: part.label(),
        })?;
    let too_large = || MeasureError::TooLarge;
    let effects_total =
        Money::checked_sum(plan.measures.iter().map(|m| m.effect)).ok_or_else(too_large)?;
    let after = forecast
        .abs
        .checked_add(effects_total)
        .ok_or_else(too_large)?;
    Ok(MeasureOutcome {
        forecast,
        effects_total,
        after,
        target: plan.target,
        gap_to_target: after.checked_sub(plan.target).ok_or_else(too_large)?,
    })
}
