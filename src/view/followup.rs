//! The follow-up questions for one förvaltning beyond the summary: is the
//! forecast plausible against the pace so far (run-rate, seasonal
//! projection), how good were earlier forecasts against the year-end
//! outcome, how the accumulated figures moved between reports, and what the
//! decided measures (åtgärder) do to the forecast.

use super::Fig;
use crate::engine::forecast::{accuracy, check};
use crate::engine::measures::{after_measures, MeasurePlan};
use crate::engine::periodisation::Profile;
use crate::engine::periods::{between, Series};
use crate::fr1::model::{month_name, Fr1Report};
use crate::fr1::schema::{Group, Part, Row};
use crate::i18n::{Lang, Msg};
use crate::money::{Money, Unit};

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

/// Forecast checks per main row (seasonal only with a profile).
pub fn forecast_lines(
    report: &Fr1Report,
    part: Part,
    unit: Unit,
    profile: Option<&Profile>,
) -> Vec<ForecastLine> {
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

/// An earlier forecast of the net result against the year-end outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccuracyLine {
    pub period: String,
    pub forecast: Fig,
    pub outcome: Fig,
    /// forecast − outcome: positive = the outcome was better than forecast.
    pub diff: Fig,
    pub pct: Fig,
}

/// Forecast accuracy of every earlier report of one förvaltning and year,
/// when its December report is among `reports`.
pub fn accuracy_lines(
    reports: &[&Fr1Report],
    part: Part,
    unit: Unit,
    lang: Lang,
) -> Vec<AccuracyLine> {
    let Some(year_end) = reports
        .iter()
        .find(|r| r.meta.period.is_some_and(|p| p.month == 12))
    else {
        return Vec::new();
    };
    let mut earlier: Vec<&&Fr1Report> = reports
        .iter()
        .filter(|r| r.meta.period.is_some_and(|p| p.month < 12))
        .collect();
    earlier.sort_by_key(|r| r.meta.period);
    earlier
        .into_iter()
        .filter_map(|r| {
            let r = r.in_unit(unit);
            let a = accuracy(&r, &year_end.in_unit(unit), Row::Nettoresultat, part).ok()?;
            Some(AccuracyLine {
                period: r.meta.period.map(|p| p.label(lang)).unwrap_or_default(),
                forecast: Fig::amount(Some(a.forecast), unit),
                outcome: Fig::amount(Some(a.outcome), unit),
                diff: Fig::signed(Some(a.diff.0), unit),
                pct: Fig {
                    text: a.pct.map_or_else(
                        || super::DASH.to_string(),
                        |p| crate::format::percent(p, true),
                    ),
                    class: Fig::signed(Some(a.diff.0), unit).class,
                    value: a.pct.and_then(crate::format::percent_points),
                },
            })
        })
        .collect()
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
/// year, or why it cannot be built (Swedish).
pub fn series_lines(
    reports: &[&Fr1Report],
    row: Row,
    part: Part,
    unit: Unit,
    lang: Lang,
) -> Result<Vec<SeriesLine>, String> {
    let short: Vec<&str> = Msg::ChartMonths.text(lang).split_whitespace().collect();
    let short = |i: usize| short.get(i).copied().unwrap_or_default();
    let converted: Vec<Fr1Report> = reports.iter().map(|r| r.in_unit(unit)).collect();
    let refs: Vec<&Fr1Report> = converted.iter().collect();
    let series = Series::from_reports(&refs).map_err(|e| e.to_string())?;
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

/// The net result forecast after the decided measures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureView {
    pub forecast: Fig,
    pub effects: Fig,
    pub after: Fig,
    pub budget: Fig,
    pub gap_to_budget: Fig,
    pub gap_to_target: Option<Fig>,
}

/// `plan` applied to `report`; effects and target are in tkr.
pub fn measure_view(
    report: &Fr1Report,
    plan: &MeasurePlan,
    part: Part,
    unit: Unit,
) -> Result<MeasureView, String> {
    let o = after_measures(&report.in_unit(Unit::Tkr), plan, part).map_err(|e| e.to_string())?;
    let shown = |m: Money| Unit::Tkr.convert(m, unit);
    Ok(MeasureView {
        forecast: Fig::amount(Some(shown(o.forecast)), unit),
        effects: Fig::signed(Some(shown(o.effects_total).0), unit),
        after: Fig::amount(Some(shown(o.forecast_after)), unit),
        budget: Fig::amount(Some(shown(o.budget)), unit),
        gap_to_budget: Fig::signed(Some(shown(o.gap_to_budget).0), unit),
        gap_to_target: o.gap_to_target.map(|g| Fig::signed(Some(shown(g).0), unit)),
    })
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
    unit: Unit,
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

/// Reads a seasonal profile typed as twelve weights (`8 8 9 …`, percent or
/// any proportion; Swedish decimal comma allowed).
pub fn parse_profile(text: &str) -> Result<Profile, String> {
    let weights: Vec<rust_decimal::Decimal> = text
        .split(|c: char| c.is_whitespace() || c == ';')
        .filter(|t| !t.is_empty())
        .map(|t| {
            crate::import::number::parse_sv_number(t).map_err(|e| format!("Säsongsprofilen: {e}"))
        })
        .collect::<Result<_, _>>()?;
    let array: [rust_decimal::Decimal; 12] = weights.try_into().map_err(|w: Vec<_>| {
        format!(
            "Säsongsprofilen ska ha tolv månadsvikter, en per månad; fann {}.",
            w.len()
        )
    })?;
    Profile::new(array).map_err(|e| format!("Säsongsprofilen: {e}"))
}
