//! Checks beside a reported forecast (prognos), and its accuracy afterwards.
//!
//! A förvaltning's forecast is its own judgement. Two mechanical projections
//! of the year to date show whether that judgement counts on a better or
//! worse rest of the year than the pace so far: the run-rate (ack × 12 /
//! months) and, with a seasonal [`Profile`], ack divided by the share of the
//! year the months so far usually take. After the year, [`accuracy`] shows how
//! far an earlier forecast was from the December outcome — judged, as the
//! region judges it, on the *deviation from budget*: an August forecast of
//! revenue 4 690,3 against a budget of 4 579,8 (+110,5) and a December
//! outcome of 4 755,5 against 4 648,7 (+106,8) mean the forecast was 3,7 too
//! optimistic, although the amount itself grew by 65,2, because the budget
//! grew by 68,9 in between.
//!
//! Differences follow the variance rule (reference − actual, positive is
//! favourable): here the reference is the projection or the forecast.

use super::periodisation::Profile;
use super::portion;
use super::variance::{Comparison, Variance};
use crate::fr1::model::{Fr1Report, Period};
use crate::fr1::schema::{Group, Part, Report, Row};
use crate::i18n::{Lang, Msg};
use crate::money::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A reported forecast beside the projections of the year to date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForecastCheck {
    /// Months covered by the report.
    pub months: u8,
    /// Utfall ack.
    pub actual_ytd: Money,
    /// Prognos helår as reported.
    pub reported: Money,
    /// `actual_ytd × 12 / months`.
    pub run_rate: Money,
    /// `actual_ytd / profile share to date`; `None` without a profile or
    /// when the months so far have no share.
    pub seasonal: Option<Money>,
    /// `run_rate − reported`: positive when the forecast is more favourable
    /// than the pace so far (a lower cost, or more revenue, than the run-rate
    /// implies), so it counts on a better rest of the year.
    pub diff_run_rate: Money,
    /// `seasonal − reported`, read like `diff_run_rate`.
    pub diff_seasonal: Option<Money>,
}

/// The checks for `row` and `part`, or `None` when the report lacks its
/// period, Utfall ack or Prognos helår.
pub fn check(
    report: &Fr1Report,
    row: Row,
    part: Part,
    profile: Option<&Profile>,
) -> Option<ForecastCheck> {
    let months = report.meta.period?.months();
    let actual_ytd = report
        .table(Report::Utfall)?
        .get(row, Group::Actual, part)?;
    let reported = report
        .table(Report::Prognos)?
        .get(row, Group::Actual, part)?;
    let run_rate = portion(actual_ytd, Decimal::from(12), Decimal::from(months))?;
    let seasonal = profile.and_then(|p| portion(actual_ytd, p.total(), p.to_date(months)));
    Some(ForecastCheck {
        months,
        actual_ytd,
        reported,
        run_rate,
        seasonal,
        diff_run_rate: run_rate - reported,
        diff_seasonal: seasonal.map(|s| s - reported),
    })
}

/// An earlier forecast against the year's outcome, as deviations from
/// budget (positive favourable).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accuracy {
    /// Prognos helår against Budget helår of the earlier report (the stated
    /// PROGNOS JMF BUDGET).
    pub forecast: Variance,
    /// Utfall against Budget of the December report (the stated UTFALL JMF
    /// BUDGET), in the earlier report's unit.
    pub outcome: Variance,
    /// `outcome − forecast` deviation: negative when the year ended worse
    /// than forecast (the forecast was too optimistic), positive when better.
    pub error: Money,
    /// How the budget moved between the two reports: the December budget −
    /// the forecast's budget (revised budgets are why amounts alone mislead).
    pub budget_change: Money,
}
/// Why two reports cannot be compared for forecast accuracy;
/// [`AccuracyError::text`] tells it in the page's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AccuracyError {
    MissingIdentity {
        file: String,
    },
    /// `file` is for `period`, not December.
    NotYearEnd {
        file: String,
        period: Period,
    },
    OtherUnit {
        earlier: String,
        earlier_unit: String,
        year_end: String,
        year_end_unit: String,
    },
    OtherYear {
        earlier: String,
        earlier_year: i32,
        year_end: String,
        year_end_year: i32,
    },
    /// `file` lacks the column `what` (a form term) for `row` and `part`.
    MissingFigure {
        file: String,
        what: &'static str,
        row: String,
        part: &'static str,
    },
}

impl AccuracyError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            AccuracyError::MissingIdentity { file } => {
                Msg::AccMissingIdentity.fill(lang, &[("file", file)])
            }
            AccuracyError::NotYearEnd { file, period } => {
                Msg::AccNotYearEnd.fill(lang, &[("file", file), ("period", &period.label(lang))])
            }
            AccuracyError::OtherUnit {
                earlier,
                earlier_unit,
                year_end,
                year_end_unit,
            } => Msg::AccOtherUnit.fill(
                lang,
                &[
                    ("earlier", earlier),
                    ("earlier_unit", earlier_unit),
                    ("year_end", year_end),
                    ("year_end_unit", year_end_unit),
                ],
            ),
            AccuracyError::OtherYear {
                earlier,
                earlier_year,
                year_end,
                year_end_year,
            } => Msg::AccOtherYear.fill(
                lang,
                &[
                    ("earlier", earlier),
                    ("earlier_year", &earlier_year.to_string()),
                    ("year_end", year_end),
                    ("year_end_year", &year_end_year.to_string()),
                ],
            ),
            AccuracyError::MissingFigure {
                file,
                what,
                row,
                part,
            } => Msg::AccMissingFigure.fill(
                lang,
                &[("file", file), ("what", what), ("row", row), ("part", part)],
            ),
        }
    }
}

/// In Swedish, for logs and tests; the page uses [`AccuracyError::text`].
impl std::fmt::Display for AccuracyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for AccuracyError {}

/// How the forecast deviation of `earlier` for `row` and `part` compares
/// with the outcome's deviation in `year_end`, the December report of the
/// same förvaltning and year (a year-end summary will do). The outcome is
/// converted to `earlier`'s unit.
pub fn accuracy(
    earlier: &Fr1Report,
    year_end: &Fr1Report,
    row: Row,
    part: Part,
) -> Result<Accuracy, AccuracyError> {
    let (earlier_unit, earlier_period) = identity(earlier)?;
    let (year_end_unit, year_end_period) = identity(year_end)?;
    if year_end_period.month != 12 {
        return Err(AccuracyError::NotYearEnd {
            file: year_end.source.clone(),
            period: year_end_period,
        });
    }
    if earlier_unit != year_end_unit {
        return Err(AccuracyError::OtherUnit {
            earlier: earlier.source.clone(),
            earlier_unit,
            year_end: year_end.source.clone(),
            year_end_unit,
        });
    }
    if earlier_period.year != year_end_period.year {
        return Err(AccuracyError::OtherYear {
            earlier: earlier.source.clone(),
            earlier_year: earlier_period.year,
            year_end: year_end.source.clone(),
            year_end_year: year_end_period.year,
        });
    }
    let missing = |file: &Fr1Report, cmp: Comparison| {
        let (which, _, _) = cmp.columns();
        AccuracyError::MissingFigure {
            file: file.source.clone(),
            what: cmp
                .stated_group()
                .unwrap_or(Group::VsBudget)
                .short_name(which),
            row: row.full_label(),
            part: part.label(),
        }
    };
    let forecast = Comparison::ForecastVsBudget
        .of(earlier, row, part)
        .ok_or_else(|| missing(earlier, Comparison::ForecastVsBudget))?;
    let outcome = Comparison::ActualVsBudget
        .of(&year_end.in_unit(earlier.unit()), row, part)
        .ok_or_else(|| missing(year_end, Comparison::ActualVsBudget))?;
    Ok(Accuracy {
        forecast,
        outcome,
        error: outcome.abs - forecast.abs,
        budget_change: outcome.reference - forecast.reference,
    })
}

fn identity(r: &Fr1Report) -> Result<(String, Period), AccuracyError> {
    match (&r.meta.unit_id, r.meta.period) {
        (Some(id), Some(p)) => Ok((id.code.trim().to_string(), p)),
        _ => Err(AccuracyError::MissingIdentity {
            file: r.source.clone(),
        }),
    }
}
