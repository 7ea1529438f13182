//! Engine results mapped onto the chart inputs of [`crate::charts`]: which
//! rows a chart shows, which figures are AC, BU and PY, and the title line
//! (what, whose, when, unit). The charts themselves know nothing of FR1.

use crate::charts::columns::{ColumnCategory, ColumnChart};
use crate::charts::overview::{Overview as OverviewChart, OverviewBar};
use crate::charts::waterfall::{Bridge, BridgeStep};
use crate::charts::{AcOrFc, Heading};
use crate::engine::variance::Comparison;
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Group, Part, Report, Row};
use crate::i18n::{Lang, Msg};
use crate::money::AmountScale;
use crate::view::overview::{LineKind, Overview};

/// The rows a unit chart shows: the four main rows and the net result.
const CHART_ROWS: [Row; 5] = [
    Row::Intakter,
    Row::Personal,
    Row::Drift,
    Row::Kapitalkostnad,
    Row::Nettoresultat,
];

fn whose(report: &Fr1Report) -> String {
    report
        .meta
        .unit_id
        .as_ref()
        .map(|u| u.label())
        .unwrap_or_default()
}

fn when(report: &Fr1Report, kind: AcOrFc, lang: Lang) -> String {
    let period = report.meta.period;
    let msg = match kind {
        AcOrFc::Ac if period.is_some_and(|p| p.is_year_end()) => Msg::ChartHeadYearEnd,
        AcOrFc::Ac => Msg::ChartHeadAc,
        AcOrFc::Fc => Msg::ChartHeadFc,
    };
    let period = period.map(|p| p.title(lang)).unwrap_or_default();
    msg.fill(lang, &[("p", &period)])
}

/// The name of the main figure: Utfall or Prognos.
fn ac_or_fc(kind: AcOrFc) -> Msg {
    match kind {
        AcOrFc::Ac => Msg::ChartActual,
        AcOrFc::Fc => Msg::ChartForecast,
    }
}

fn comparison(kind: AcOrFc) -> (Report, Comparison) {
    match kind {
        AcOrFc::Ac => (Report::Utfall, Comparison::ActualVsBudget),
        AcOrFc::Fc => (Report::Prognos, Comparison::ForecastVsBudget),
    }
}

/// AC (or FC) vs BU vs PY per main row, with ΔBU bars and pins; `None` when
/// the report lacks the table.
pub fn unit_columns(
    report: &Fr1Report,
    part: Part,
    unit: AmountScale,
    kind: AcOrFc,
    lang: Lang,
) -> Option<ColumnChart> {
    let report = report.in_unit(unit);
    let (which, cmp) = comparison(kind);
    let table = report.table(which)?;
    let categories = CHART_ROWS
        .into_iter()
        .map(|row| {
            let v = cmp.of(&report, row, part);
            ColumnCategory {
                label: row.label().to_string(),
                ac: table.get(row, Group::Actual, part).map(|m| m.0),
                bu: table.get(row, Group::Budget, part).map(|m| m.0),
                py: table.get(row, Group::PreviousYear, part).map(|m| m.0),
                var_abs: v.as_ref().map(|v| v.abs.0),
                var_pct: v.and_then(|v| v.pct),
            }
        })
        .collect();
    Some(ColumnChart {
        heading: Heading {
            title: whose(&report),
            subtitle: when(&report, kind, lang),
            unit,
        },
        categories,
        kind,
    })
}

/// The bridge from budgeted to actual (or forecast) net result by main
/// row; the steps are the stated variances, and a last step closes any gap
/// to the stated net result (rounding, or what the rows do not explain).
pub fn unit_bridge(
    report: &Fr1Report,
    part: Part,
    unit: AmountScale,
    kind: AcOrFc,
    lang: Lang,
) -> Option<Bridge> {
    let report = report.in_unit(unit);
    let (_, cmp) = comparison(kind);
    let b = crate::engine::bridge::bridge(&report, cmp, part)?;
    let mut steps: Vec<BridgeStep> = b
        .steps
        .iter()
        .map(|(row, v)| BridgeStep {
            label: row.label().to_string(),
            variance: v.abs.0,
        })
        .collect();
    steps.extend(b.rounding.map(|c| {
        BridgeStep {
            label: if c.rounding {
                Msg::ChartRounding
            } else {
                Msg::ChartUnexplained
            }
            .text(lang)
            .to_string(),
            variance: c.amount.0,
        }
    }));
    Some(Bridge {
        heading: Heading {
            title: whose(&report),
            subtitle: match kind {
                AcOrFc::Ac => Msg::ChartHeadBridgeAc,
                AcOrFc::Fc => Msg::ChartHeadBridgeFc,
            }
            .text(lang)
            .to_string(),
            unit,
        },
        budget: b.budget.0,
        steps,
        end_kind: kind,
    })
}

/// One variance bar (utfall jmf budget, net result) per förvaltning, with the
/// region total.
pub fn overview_chart(o: &Overview, unit: AmountScale, lang: Lang) -> Option<OverviewChart> {
    let bars: Vec<OverviewBar> = o
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::Unit)
        .filter_map(|l| {
            Some(OverviewBar {
                id: l.code.clone(),
                label: l.label.clone(),
                value: l.figures.var_ytd.value?,
            })
        })
        .collect();
    let total = o
        .lines
        .iter()
        .find(|l| l.kind == LineKind::Region)
        .and_then(|l| l.figures.var_ytd.value)?;
    Some(OverviewChart {
        heading: Heading {
            title: Msg::ChartHeadOverview.text(lang).to_string(),
            subtitle: if o.period.is_year_end() {
                o.period.title(lang)
            } else {
                Msg::ChartHeadYtd.fill(lang, &[("p", &o.period.label(lang))])
            },
            unit,
        },
        bars,
        total,
    })
}

/// A chart's figures as a table, for "Visa som tabell": the same numbers,
/// formatted the same way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChartTable {
    /// The chart's heading and subtitle, e.g. `Nettoresultat, utfall jmf budget per förvaltning, ackumulerat juni 2024`:
    /// the title of an exported file.
    pub title: String,
    pub headers: Vec<&'static str>,
    pub rows: Vec<(String, Vec<crate::view::Fig>)>,
}

/// The column chart's table: AC (or FC), BU, PY, ΔBU, ΔBU %.
pub fn columns_table(chart: &ColumnChart, lang: Lang) -> ChartTable {
    use crate::money::Money;
    use crate::view::Fig;
    let unit = chart.heading.unit;
    ChartTable {
        title: chart.heading.caption(),
        headers: [
            ac_or_fc(chart.kind),
            Msg::ChartBudget,
            Msg::ChartPrevYear,
            Msg::ChartVarianceAbs,
            Msg::ChartVariancePctShort,
        ]
        .into_iter()
        .fold(vec![""], |mut h, m| {
            h.push(m.text(lang));
            h
        }),
        rows: chart
            .categories
            .iter()
            .map(|c| {
                (
                    c.label.clone(),
                    vec![
                        Fig::amount(c.ac.map(Money), unit),
                        Fig::amount(c.bu.map(Money), unit),
                        Fig::amount(c.py.map(Money), unit),
                        Fig::signed(c.var_abs, unit),
                        Fig::percent(c.var_pct),
                    ],
                )
            })
            .collect(),
    }
}

/// The bridge's table: budget, each step, and the end.
pub fn bridge_table(bridge: &Bridge, lang: Lang) -> ChartTable {
    use crate::money::Money;
    use crate::view::Fig;
    let unit = bridge.heading.unit;
    let mut rows = vec![(
        Msg::ChartBudget.text(lang).to_string(),
        vec![Fig::amount(Some(Money(bridge.budget)), unit)],
    )];
    rows.extend(
        bridge
            .steps
            .iter()
            .map(|s| (s.label.clone(), vec![Fig::signed(Some(s.variance), unit)])),
    );
    rows.push((
        ac_or_fc(bridge.end_kind).text(lang).to_string(),
        vec![Fig::amount(Some(Money(bridge.end())), unit)],
    ));
    ChartTable {
        title: bridge.heading.caption(),
        headers: vec!["", Msg::ChartNetResult.text(lang)],
        rows,
    }
}

/// The overview chart's table: each förvaltning's variance and the total.
pub fn overview_table(chart: &OverviewChart, lang: Lang) -> ChartTable {
    use crate::view::Fig;
    let unit = chart.heading.unit;
    let mut rows: Vec<(String, Vec<Fig>)> = chart
        .sorted_bars()
        .into_iter()
        .map(|b| (b.label.clone(), vec![Fig::signed(Some(b.value), unit)]))
        .collect();
    rows.push((
        Msg::ChartTotal.text(lang).to_string(),
        vec![Fig::signed(Some(chart.total), unit)],
    ));
    ChartTable {
        title: chart.heading.caption(),
        headers: vec!["", Msg::ColVarYtd.text(lang)],
        rows,
    }
}

/// Accumulated actual against accumulated budget (even, and seasonal with a
/// profile) over the months of the year for one förvaltning, from all its
/// reports of that year (`series`); the latest forecast at December and the
/// previous year where the reports carry it. `None` without a budget helår.
pub fn unit_trend(
    series: &[&Fr1Report],
    part: Part,
    unit: AmountScale,
    profile: Option<&crate::engine::periodisation::Profile>,
    lang: Lang,
) -> Option<crate::charts::trend::Trend> {
    use crate::engine::periodisation::{budget_ytd, Profile};
    let mut reports: Vec<Fr1Report> = series.iter().map(|r| r.in_unit(unit)).collect();
    reports.sort_by_key(|r| r.meta.period);
    let latest = reports.last()?;
    // The year's budget: Budget helår, or at year-end Budget ackumulerat
    // for December, which is the same figure.
    let budget_year = latest
        .table(Report::Prognos)
        .or_else(|| {
            latest
                .meta
                .period
                .filter(|p| p.is_year_end())
                .and(latest.table(Report::Utfall))
        })?
        .get(Row::Nettoresultat, Group::Budget, part)?;
    let months = 1..=12u8;
    let accumulated = |group: Group| -> Vec<Option<rust_decimal::Decimal>> {
        months
            .clone()
            .map(|m| {
                reports
                    .iter()
                    .find(|r| r.meta.period.is_some_and(|p| p.month == m))
                    .and_then(|r| r.table(Report::Utfall))
                    .and_then(|t| t.get(Row::Nettoresultat, group, part))
                    .map(|v| v.0)
            })
            .collect()
    };
    let spread = |p: &Profile| -> Vec<rust_decimal::Decimal> {
        months
            .clone()
            .map(|m| budget_ytd(budget_year, m, p).0)
            .collect()
    };
    let prev_year = accumulated(Group::PreviousYear);
    let period = latest
        .meta
        .period
        .map(|p| p.year.to_string())
        .unwrap_or_default();
    Some(crate::charts::trend::Trend {
        heading: Heading {
            title: whose(latest),
            subtitle: Msg::ChartHeadTrend.fill(lang, &[("p", &period)]),
            unit,
        },
        actual: accumulated(Group::Actual),
        budget_even: spread(&Profile::even()),
        budget_seasonal: profile.map(spread),
        prev_year: prev_year.iter().any(Option::is_some).then_some(prev_year),
        forecast: latest
            .table(Report::Prognos)
            .and_then(|t| t.get(Row::Nettoresultat, Group::Actual, part))
            .map(|m| m.0),
    })
}

/// The trend's table: per month the figures the lines pass through.
pub fn trend_table(trend: &crate::charts::trend::Trend, lang: Lang) -> ChartTable {
    use crate::money::Money;
    use crate::view::Fig;
    let unit = trend.heading.unit;
    let months: Vec<&str> = Msg::ChartMonths.text(lang).split_whitespace().collect();
    let mut headers = vec![
        "",
        Msg::ChartActualYtd.text(lang),
        Msg::ChartBudgetEvenYtd.text(lang),
    ];
    if trend.budget_seasonal.is_some() {
        headers.push(Msg::ChartBudgetSeasonalYtd.text(lang));
    }
    if trend.prev_year.is_some() {
        headers.push(Msg::ChartPrevYearYtd.text(lang));
    }
    let mut rows: Vec<(String, Vec<Fig>)> = (0..12)
        .map(|i| {
            let mut figs = vec![
                Fig::amount(trend.actual.get(i).copied().flatten().map(Money), unit),
                Fig::amount(trend.budget_even.get(i).copied().map(Money), unit),
            ];
            if let Some(s) = &trend.budget_seasonal {
                figs.push(Fig::amount(s.get(i).copied().map(Money), unit));
            }
            if let Some(p) = &trend.prev_year {
                figs.push(Fig::amount(p.get(i).copied().flatten().map(Money), unit));
            }
            (months.get(i).copied().unwrap_or_default().to_string(), figs)
        })
        .collect();
    if let Some(f) = trend.forecast {
        let mut figs = vec![Fig::amount(Some(Money(f)), unit)];
        figs.resize(headers.len() - 1, Fig::amount(None, unit));
        rows.push((Msg::ChartForecastYear.text(lang).to_string(), figs));
    }
    ChartTable {
        title: trend.heading.caption(),
        headers,
        rows,
    }
}

/// The balance requirement of one scenario, year by year; `None` when the
/// scenario has no balance inputs.
pub fn balance_chart(
    result: &crate::frames::scenario::ScenarioResult,
    lang: Lang,
) -> Option<crate::charts::balance::BalanceChart> {
    use crate::charts::balance::{BalanceBar, BalanceChart};
    let b = result.balance.as_ref()?;
    Some(BalanceChart {
        heading: Heading {
            title: Msg::FrBalanceTitle.text(lang).to_string(),
            subtitle: Msg::ChartBalanceSubtitle.fill(lang, &[("p", &result.name)]),
            unit: b.unit,
        },
        years: b
            .years
            .iter()
            .map(|y| BalanceBar {
                year: y.year,
                result: y.balance_result.0,
                remaining: y.remaining_obligation.0,
            })
            .collect(),
    })
}

/// The balance chart's table: per year the result and what is left to restore.
pub fn balance_table(chart: &crate::charts::balance::BalanceChart, lang: Lang) -> ChartTable {
    use crate::money::Money;
    use crate::view::Fig;
    let unit = chart.heading.unit;
    ChartTable {
        title: chart.heading.caption(),
        headers: vec![
            "",
            Msg::FrBalanceResult.text(lang),
            Msg::FrRemaining.text(lang),
        ],
        rows: chart
            .years
            .iter()
            .map(|y| {
                (
                    y.year.to_string(),
                    vec![
                        Fig::signed(Some(y.result), unit),
                        Fig::amount(Some(Money(y.remaining)), unit),
                    ],
                )
            })
            .collect(),
    }
}
