//! The follow-up questions for one förvaltning beyond the summary: is the
//! forecast plausible against the pace so far (run-rate, seasonal
//! projection), how good were earlier forecasts against the year-end
//! outcome, how the accumulated figures moved between reports, and what the
//! decided measures (åtgärder) do to the forecast.

use super::{decimals, Fig};
use crate::engine::forecast::{accuracy, check, Accuracy};
use crate::engine::measures::{after_measures, MeasureError, MeasurePlan};
use crate::engine::periodisation::{Profile, ProfileError};
use crate::engine::periods::{between, Series, SeriesError};
use crate::format;
use crate::fr1::model::{month_name, Fr1Report, Period};
use crate::fr1::schema::{Group, Part, Row};
use crate::i18n::{Lang, Msg};
use crate::import::number::{parse_sv_number, NumberError};
use crate::money::{AmountScale, Money};

/// Rows the follow-up tables show: the four main rows and the net result.
pub const FOLLOWUP_ROWS: [Row; 5] = [
    Row::Intakter,
    Row::Personal,
    Row::Drift,
    Row::Kapitalkostnad,
    Row::Nettoresultat,
];

/// The reported forecast beside what the pace so far implies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForecastLine {
    pub label: &'static str,
    pub actual_ytd: Fig,
    pub reported: Fig,
    pub run_rate: Fig,
    /// run-rate − reported: positive = the forecast counts on a better rest
    /// of the year than the pace so far.
    pub diff_run_rate: Fig,
    pub seasonal: Fig,
    pub diff_seasonal: Fig,
}

/// Forecast checks per main row (seasonal only with a profile); none for a
/// year-end report, whose figures are the year's outcome.
pub fn forecast_lines(
    report: &Fr1Report,
    part: Part,
    unit: AmountScale,
    profile: Option<&Profile>,
) -> Vec<ForecastLine> {
    if report.meta.period.is_some_and(Period::is_year_end) {
        return Vec::new();
    }
    let report = report.in_unit(unit);
    FOLLOWUP_ROWS
        .into_iter()
        .filter_map(|row| {
            let c = check(&report, row, part, profile)?;
            Some(ForecastLine {
                label: row.label(),
                actual_ytd: Fig::amount(Some(c.actual_ytd), unit),
                reported: Fig::amount(Some(c.reported), unit),
                run_rate: Fig::amount(Some(c.run_rate), unit),
                diff_run_rate: Fig::signed(Some(c.diff_run_rate.0), unit),
                seasonal: Fig::amount(c.seasonal, unit),
                diff_seasonal: Fig::signed(c.diff_seasonal.map(|m| m.0), unit),
            })
        })
        .collect()
}

/// One row of the forecast's accuracy: the earlier forecast's deviation
/// from budget against the outcome's, and how the budget moved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccuracyLine {
    pub label: &'static str,
    /// Prognos helår of the earlier report.
    pub forecast: Fig,
    /// Its PROGNOS JMF BUDGET (stated).
    pub forecast_deviation: Fig,
    /// The year's outcome.
    pub outcome: Fig,
    /// Its UTFALL JMF BUDGET (stated).
    pub outcome_deviation: Fig,
    /// Outcome − forecast deviation: negative = the forecast was too
    /// optimistic, positive = too cautious.
    pub error: Fig,
    /// December budget − the forecast's budget helår.
    pub budget_change: Fig,
}

/// The accuracy of one earlier forecast, per row, against the year-end
/// outcome among the same förvaltning's reports of one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccuracyView {
    /// The earlier reports with a forecast, as (period, name), oldest first:
    /// the choices.
    pub choices: Vec<(Period, String)>,
    /// The forecast judged.
    pub chosen: Period,
    pub lines: Vec<AccuracyLine>,
    /// The net result's verdict in one sentence.
    pub sentence: Option<String>,
}

/// How the forecast of `chosen` (default: the latest earlier report) did
/// against the December report among `reports` (one förvaltning and year);
/// `None` without a December report or an earlier forecast.
pub fn accuracy_view(
    reports: &[&Fr1Report],
    chosen: Option<Period>,
    part: Part,
    unit: AmountScale,
    lang: Lang,
) -> Option<AccuracyView> {
    let year_end = reports
        .iter()
        .find(|r| r.meta.period.is_some_and(Period::is_year_end))?
        .in_unit(unit);
    let mut earlier: Vec<Fr1Report> = reports
        .iter()
        .filter(|r| r.meta.period.is_some_and(|p| !p.is_year_end()) && r.prognos.is_some())
        .map(|r| r.in_unit(unit))
        .collect();
    earlier.sort_by_key(|r| r.meta.period);
    let choices: Vec<(Period, String)> = earlier
        .iter()
        .filter_map(|r| r.meta.period.map(|p| (p, p.label(lang))))
        .collect();
    let picked = earlier
        .iter()
        .rev()
        .find(|r| chosen.is_none() || r.meta.period == chosen)
        .or(earlier.last())?;
    let period = picked.meta.period?;
    let lines: Vec<(Row, Accuracy)> = FOLLOWUP_ROWS
        .into_iter()
        .filter_map(|row| Some((row, accuracy(picked, &year_end, row, part).ok()?)))
        .collect();
    let sentence = lines
        .iter()
        .find(|(row, _)| *row == Row::Nettoresultat)
        .map(|(_, a)| accuracy_sentence(a, period, unit, lang));
    Some(AccuracyView {
        choices,
        chosen: period,
        lines: lines
            .into_iter()
            .map(|(row, a)| AccuracyLine {
                label: row.label(),
                forecast: Fig::amount(Some(a.forecast.actual), unit),
                forecast_deviation: Fig::variance(Some(&a.forecast), unit),
                outcome: Fig::amount(Some(a.outcome.actual), unit),
                outcome_deviation: Fig::variance(Some(&a.outcome), unit),
                error: Fig::signed(Some(a.error.0), unit),
                budget_change: Fig::change(Some(a.budget_change.0), unit),
            })
            .collect(),
        sentence,
    })
}

/// "Prognosen i augusti var 3,7 mnkr för optimistisk: …" for the net result.
fn accuracy_sentence(a: &Accuracy, period: Period, unit: AmountScale, lang: Lang) -> String {
    let d = decimals(unit);
    let msg = match a.error.0.cmp(&rust_decimal::Decimal::ZERO) {
        std::cmp::Ordering::Less => Msg::AccuracyOptimistic,
        std::cmp::Ordering::Greater => Msg::AccuracyCautious,
        std::cmp::Ordering::Equal => Msg::AccuracyExact,
    };
    msg.fill(
        lang,
        &[
            ("p", month_name(period.month, lang)),
            ("x", &format::amount(a.error.abs().0, d)),
            ("u", unit.short()),
            ("f", &format::signed_amount(a.forecast.abs.0, d)),
            ("o", &format::signed_amount(a.outcome.abs.0, d)),
        ],
    )
}

/// One report of a time series: the accumulated figure and the movement
/// since the previous report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesLine {
    pub period: String,
    /// Months the movement covers (`jan–mar`, `apr–jun`).
    pub span: String,
    pub accumulated: Fig,
    pub budget: Fig,
    pub movement: Fig,
}

/// The net result's time series over the reports of one förvaltning and
/// year, or why it cannot be built.
pub fn series_lines(
    reports: &[&Fr1Report],
    row: Row,
    part: Part,
    unit: AmountScale,
    lang: Lang,
) -> Result<Vec<SeriesLine>, SeriesError> {
    let short: Vec<&str> = Msg::ChartMonths.text(lang).split_whitespace().collect();
    let short = |i: usize| short.get(i).copied().unwrap_or_default();
    let converted: Vec<Fr1Report> = reports.iter().map(|r| r.in_unit(unit)).collect();
    let refs: Vec<&Fr1Report> = converted.iter().collect();
    let series = Series::from_reports(&refs)?;
    let actual = between(&series, row, Group::Actual, part);
    let budget = between(&series, row, Group::Budget, part);
    Ok(actual
        .iter()
        .map(|step| {
            let to = usize::from(step.to_month.clamp(1, 12)) - 1;
            let from = usize::from(step.from_month.min(11));
            // `from_month` ends the previous span, so as a 0-based index it
            // names this span's first month.
            let acc = series
                .points
                .get(&step.to_month)
                .and_then(|t| t.get(row, Group::Actual, part));
            let bud = budget
                .iter()
                .find(|b| b.to_month == step.to_month)
                .map(|b| b.amount);
            SeriesLine {
                period: month_name(step.to_month, lang).to_string(),
                span: format!("{}–{}", short(from), short(to)),
                accumulated: Fig::amount(acc, unit),
                budget: Fig::amount(bud, unit),
                movement: Fig::amount(Some(step.amount), unit),
            }
        })
        .collect())
}

/// The net result's forecast deviation after the decided measures, in the
/// page's unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureView {
    /// Prognos jmf budget as reported.
    pub forecast: Fig,
    /// The measures' total effect.
    pub effects: Fig,
    /// The deviation after measures.
    pub after: Fig,
    /// The target deviation (0: budget i balans).
    pub target: Fig,
    /// After − target: negative is still missing.
    pub gap: Fig,
    /// "Kvar att hitta: 108,5 mnkr" or "Målet nås med 2,0 mnkr".
    pub sentence: String,
}

/// `plan` (in tkr) applied to `report`, shown in `unit`.
pub fn measure_view(
    report: &Fr1Report,
    plan: &MeasurePlan,
    part: Part,
    unit: AmountScale,
    lang: Lang,
) -> Result<MeasureView, MeasureError> {
    let o = after_measures(report, plan, part)?;
    let shown = |m: Money| AmountScale::Tkr.convert(m, unit).0;
    let gap = shown(o.gap_to_target);
    let msg = if gap.is_sign_negative() && !gap.is_zero() {
        Msg::MeasuresMissing
    } else {
        Msg::MeasuresReached
    };
    Ok(MeasureView {
        forecast: Fig {
            check: Fig::variance(Some(&o.forecast), AmountScale::Tkr).check,
            ..Fig::signed(Some(shown(o.forecast.abs)), unit)
        },
        effects: Fig::signed(Some(shown(o.effects_total)), unit),
        after: Fig::signed(Some(shown(o.after)), unit),
        target: Fig::signed(Some(shown(o.target)), unit),
        gap: Fig::signed(Some(gap), unit),
        sentence: msg.fill(
            lang,
            &[
                ("x", &format::amount(gap.abs(), decimals(unit))),
                ("u", unit.short()),
            ],
        ),
    })
}

/// An amount typed in `unit` (tkr or mnkr, Swedish format) as the tkr a
/// measure plan keeps: `30,2` mnkr is 30 200 tkr, exactly.
pub fn parse_in_unit(text: &str, unit: AmountScale) -> Result<Money, NumberError> {
    parse_sv_number(text).map(|d| unit.convert(Money(d), AmountScale::Tkr))
}

/// Budget ack spread evenly and by the seasonal profile, and what that does
/// to the variance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodisationLine {
    pub label: &'static str,
    pub actual: Fig,
    pub even_budget: Fig,
    pub even_variance: Fig,
    pub seasonal_budget: Fig,
    pub seasonal_variance: Fig,
}

/// Even twelfths against `profile`, per main row.
pub fn periodisation_lines(
    report: &Fr1Report,
    part: Part,
    unit: AmountScale,
    profile: &Profile,
) -> Vec<PeriodisationLine> {
    let report = report.in_unit(unit);
    FOLLOWUP_ROWS
        .into_iter()
        .filter_map(|row| {
            let c = crate::engine::periodisation::compare(&report, row, part, profile)?;
            Some(PeriodisationLine {
                label: row.label(),
                actual: Fig::amount(Some(c.actual), unit),
                even_budget: Fig::amount(Some(c.even_budget), unit),
                even_variance: Fig::variance(Some(&c.even_variance), unit),
                seasonal_budget: Fig::amount(Some(c.seasonal_budget), unit),
                seasonal_variance: Fig::variance(Some(&c.seasonal_variance), unit),
            })
        })
        .collect()
}

/// Why a typed seasonal profile cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileInputError {
    /// A weight that is not a number.
    Weight(NumberError),
    /// Not twelve weights: `n` of them.
    Count(usize),
    /// Twelve weights that make no profile.
    Profile(ProfileError),
}

impl ProfileInputError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            ProfileInputError::Weight(e) => {
                Msg::ProWeight.fill(lang, &[("problem", &e.text(lang))])
            }
            ProfileInputError::Count(n) => Msg::ProCount.fill(lang, &[("n", &n.to_string())]),
            ProfileInputError::Profile(e) => e.text(lang),
        }
    }
}

/// Reads a seasonal profile typed as twelve weights (`8 8 9 …`, percent or
/// any proportion; Swedish decimal comma allowed).
pub fn parse_profile(text: &str) -> Result<Profile, ProfileInputError> {
    let weights: Vec<rust_decimal::Decimal> = text
        .split(|c: char| c.is_whitespace() || c == ';')
        .filter(|t| !t.is_empty())
        .map(|t| parse_sv_number(t).map_err(ProfileInputError::Weight))
        .collect::<Result<_, _>>()?;
    let array: [rust_decimal::Decimal; 12] = weights
        .try_into()
        .map_err(|w: Vec<_>| ProfileInputError::Count(w.len()))?;
    Profile::new(array).map_err(ProfileInputError::Profile)
}
