//! Several reports of one förvaltning in one year as a time series.
//!
//! Utfall is accumulated from 1 January, so what happened *between* two
//! reports is the difference of their accumulated figures (juni − maj). A
//! month's own figure exists only when reports for it and the month before
//! are both at hand; a missing month stays `None`, never zero, so a chart
//! shows a gap rather than a false dip.

use crate::fr1::model::{Fr1Report, Fr1Table, Period};
use crate::fr1::schema::{Group, Part, Row};
use crate::i18n::{Lang, Msg};
use crate::money::{AmountScale, Money};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The Utfall tables of one förvaltning and year, by the month they end with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Series {
    /// The förvaltning code every report names.
    pub unit_code: String,
    /// The year every report is for.
    pub year: i32,
    /// The unit every point is in (the first report's).
    pub unit: AmountScale,
    /// Month (1–12) → that report's accumulated Utfall table.
    pub points: BTreeMap<u8, Fr1Table>,
}

/// The amount of the months after `from_month` up to and including
/// `to_month`; `from_month` 0 is 1 January.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub from_month: u8,
    pub to_month: u8,
    pub amount: Money,
}

/// Why reports do not form one series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SeriesError {
    NoReports,
    MissingUnit {
        file: String,
    },
    MissingPeriod {
        file: String,
    },
    MissingUtfall {
        file: String,
    },
    OtherUnit {
        file: String,
        found: String,
        expected: String,
    },
    OtherYear {
        file: String,
        found: i32,
        expected: i32,
    },
    DuplicatePeriod {
        period: Period,
        first: String,
        second: String,
    },
}

impl SeriesError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            SeriesError::NoReports => Msg::SerNoReports.text(lang).to_string(),
            SeriesError::MissingUnit { file } => Msg::SerMissingUnit.fill(lang, &[("file", file)]),
            SeriesError::MissingPeriod { file } => {
                Msg::SerMissingPeriod.fill(lang, &[("file", file)])
            }
            SeriesError::MissingUtfall { file } => {
                Msg::SerMissingUtfall.fill(lang, &[("file", file)])
            }
            SeriesError::OtherUnit {
                file,
                found,
                expected,
            } => Msg::SerOtherUnit.fill(
                lang,
                &[("file", file), ("found", found), ("expected", expected)],
            ),
            SeriesError::OtherYear {
                file,
                found,
                expected,
            } => Msg::SerOtherYear.fill(
                lang,
                &[
                    ("file", file),
                    ("found", &found.to_string()),
                    ("expected", &expected.to_string()),
                ],
            ),
            SeriesError::DuplicatePeriod {
                period,
                first,
                second,
            } => Msg::SerDuplicatePeriod.fill(
                lang,
                &[
                    ("period", &period.label(lang)),
                    ("first", first),
                    ("second", second),
                ],
            ),
        }
    }
}

/// In Swedish, for logs and tests; the page uses [`SeriesError::text`].
impl std::fmt::Display for SeriesError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for SeriesError {}

impl Series {
    /// The series of `reports`, which must all name the same förvaltning and
    /// year, one report a month, each with its period and Utfall table.
    pub fn from_reports(reports: &[&Fr1Report]) -> Result<Series, SeriesError> {
        let first = reports.first().ok_or(SeriesError::NoReports)?;
        let (unit_code, year) = identity(first).map(|(c, p)| (c, p.year))?;
        let unit = first.unit();
        let mut points = BTreeMap::new();
        let mut sources: BTreeMap<u8, &str> = BTreeMap::new();
        for r in reports {
            let (code, period) = identity(r)?;
            let file = r.source.clone();
            if code != unit_code {
                return Err(SeriesError::OtherUnit {
                    file,
                    found: code,
                    expected: unit_code,
                });
            }
            if period.year != year {
                return Err(SeriesError::OtherYear {
                    file,
                    found: period.year,
                    expected: year,
                });
            }
            let Some(table) = r.utfall.as_ref() else {
                return Err(SeriesError::MissingUtfall { file });
            };
            if let Some(other) = sources.insert(period.month, &r.source) {
                return Err(SeriesError::DuplicatePeriod {
                    period,
                    first: other.to_string(),
                    second: file,
                });
            }
            points.insert(period.month, table.converted(r.unit(), unit));
        }
        Ok(Series {
            unit_code,
            year,
            unit,
            points,
        })
    }
}

/// The förvaltning code and period a report must name to join a series.
fn identity(r: &Fr1Report) -> Result<(String, Period), SeriesError> {
    let code = r
        .meta
        .unit_id
        .as_ref()
        .map(|id| id.code.trim().to_string())
        .ok_or_else(|| SeriesError::MissingUnit {
            file: r.source.clone(),
        })?;
    let period = r
        .meta
        .period
        .filter(|p| Period::new(p.year, p.month).is_some());
    let period = period.ok_or_else(|| SeriesError::MissingPeriod {
        file: r.source.clone(),
    })?;
    Ok((code, period))
}

/// The amounts between consecutive points that carry the cell, the first
/// from 1 January. Points without the cell are bridged, so the steps always
/// add up to the last accumulated value.
pub fn between(series: &Series, row: Row, group: Group, part: Part) -> Vec<Step> {
    let mut steps = Vec::new();
    let mut previous = (0u8, Money::ZERO);
    for (&month, table) in &series.points {
        if let Some(value) = table.get(row, group, part) {
            steps.push(Step {
                from_month: previous.0,
                to_month: month,
                amount: value - previous.1,
            });
            previous = (month, value);
        }
    }
    steps
}

/// The figure of each month (index 0 = January): `Some` only where a step
/// covers exactly that month, i.e. reports for it and the month before (or
/// January's own report) carry the cell.
pub fn monthly(series: &Series, row: Row, group: Group, part: Part) -> [Option<Money>; 12] {
    let mut months = [None; 12];
    for step in between(series, row, group, part) {
        if step.to_month.checked_sub(step.from_month) == Some(1) {
            if let Some(slot) = months.get_mut(usize::from(step.from_month)) {
                *slot = Some(step.amount);
            }
        }
    }
    months
}
