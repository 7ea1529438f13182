//! Consolidation: förvaltningar add up to nämnder and to the region.
//!
//! Each level is summed cell by cell into an ordinary [`Fr1Report`], so the
//! summary, variances and charts work on a nämnd or the region exactly as on
//! one förvaltning. Internal trade (Internt) cancels out at the region: one
//! unit's internal cost is another's internal revenue. The region's
//! consolidated figure is therefore its **Externt** column, while a
//! förvaltning's own view uses Totalt; what is left of Internt when summed
//! over the region is reported as a check ([`InternalResidual`]).
//!
//! A level's variance columns are the sum of the units' *shown* variances
//! (each unit's stated figure, or its derivation where the file states none),
//! so the region's `UTFALL JMF BUDGET` is what the units' reports add up to,
//! and its difference from Σ budget − Σ utfall is the units' rounding.

use super::variance::stated_variance;
use crate::fr1::model::{Fr1Meta, Fr1Report, Fr1Table, Period, UnitId};
use crate::fr1::schema::{Group, Part, Report, Row, GROUP_DIFFS};
use crate::i18n::{Lang, Msg};
use crate::money::{AmountScale, Money};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// The region's name when no report names its organisation.
pub const REGION: &str = "Regionen";

/// The one nämnd of [`Grouping::all_in_one`].
pub const ALL_UNITS: &str = "Alla förvaltningar";

/// The name of the bucket for förvaltningar that no nämnd lists.
pub const OTHERS: &str = "Övriga";

/// The `source` of a consolidated report.
pub const CONSOLIDATED_SOURCE: &str = "Sammanställning";

/// A nämnd and the förvaltningar (by code) it is responsible for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Namnd {
    pub name: String,
    /// Förvaltning codes, as in `Förvaltning: 42 …`.
    pub units: Vec<String>,
}

/// The organisation tree above the förvaltningar: region → nämnder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grouping {
    /// The region's name, the top level's name.
    pub region: String,
    /// In display order.
    pub namnder: Vec<Namnd>,
}

/// A grouping that would count a förvaltning twice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupingError {
    UnitInTwo {
        unit: String,
        first: String,
        second: String,
    },
}

impl GroupingError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            GroupingError::UnitInTwo {
                unit,
                first,
                second,
            } => Msg::GrpUnitInTwo.fill(
                lang,
                &[("unit", unit), ("first", first), ("second", second)],
            ),
        }
    }
}

/// In Swedish, for logs and tests; the page uses [`GroupingError::text`].
impl std::fmt::Display for GroupingError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for GroupingError {}

impl Grouping {
    /// Checks that no förvaltning is listed under two nämnder.
    pub fn validate(&self) -> Result<(), GroupingError> {
        for (i, n) in self.namnder.iter().enumerate() {
            for unit in &n.units {
                let later = self.namnder.iter().skip(i + 1).find(|m| m.lists(unit));
                if let Some(other) = later {
                    return Err(GroupingError::UnitInTwo {
                        unit: unit.trim().to_string(),
                        first: n.name.clone(),
                        second: other.name.clone(),
                    });
                }
            }
        }
        Ok(())
    }

    /// The nämnd that lists förvaltning `code`, if any.
    pub fn namnd_of(&self, code: &str) -> Option<&Namnd> {
        self.namnder.iter().find(|n| n.lists(code))
    }

    /// One nämnd per förvaltning, named after it: the default when nothing
    /// is known about the organisation.
    pub fn one_per_unit(region: &str, reports: &[&Fr1Report]) -> Grouping {
        let mut namnder: Vec<Namnd> = Vec::new();
        for id in reports.iter().filter_map(|r| r.meta.unit_id.as_ref()) {
            if !namnder.iter().any(|n| n.lists(&id.code)) {
                namnder.push(Namnd {
                    name: id.label(),
                    units: vec![id.code.clone()],
                });
            }
        }
        Grouping {
            region: region.to_string(),
            namnder,
        }
    }

    /// The grouping in force when the user has named no nämnder: every
    /// förvaltning in one, the region named by the first report that
    /// names its organisation.
    pub fn all_in_one(reports: &[Fr1Report]) -> Grouping {
        let refs: Vec<&Fr1Report> = reports.iter().collect();
        let region = reports
            .iter()
            .find_map(|r| r.meta.organisation.as_deref())
            .unwrap_or(REGION);
        Grouping::single(region, ALL_UNITS, &refs)
    }

    /// Every förvaltning in one nämnd called `namnd`.
    pub fn single(region: &str, namnd: &str, reports: &[&Fr1Report]) -> Grouping {
        let mut units: Vec<String> = Vec::new();
        for id in reports.iter().filter_map(|r| r.meta.unit_id.as_ref()) {
            if !units.iter().any(|u| same_code(u, &id.code)) {
                units.push(id.code.clone());
            }
        }
        Grouping {
            region: region.to_string(),
            namnder: vec![Namnd {
                name: namnd.to_string(),
                units,
            }],
        }
    }
}

impl Namnd {
    fn lists(&self, code: &str) -> bool {
        self.units.iter().any(|u| same_code(u, code))
    }
}

fn same_code(a: &str, b: &str) -> bool {
    a.trim() == b.trim()
}

/// Why a set of reports could not be consolidated; [`ConsolidationError::text`]
/// tells it in the page's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConsolidationError {
    NoReports,
    Grouping(GroupingError),
    MissingUnit {
        file: String,
    },
    DuplicateUnit {
        unit: String,
        first: String,
        second: String,
    },
    /// `file` is for `found`, the first report (`first`) for `expected`.
    OtherPeriod {
        file: String,
        found: Option<Period>,
        first: String,
        expected: Option<Period>,
    },
    /// A sum past `Decimal`'s range (never for amounts within the door
    /// bounds).
    TooLarge {
        level: String,
    },
}

impl ConsolidationError {
    pub fn text(&self, lang: Lang) -> String {
        let period = |p: &Option<Period>| match p {
            Some(p) => p.label(lang),
            None => Msg::ConNoPeriod.text(lang).to_string(),
        };
        match self {
            ConsolidationError::NoReports => Msg::ConNoReports.text(lang).to_string(),
            ConsolidationError::Grouping(e) => e.text(lang),
            ConsolidationError::MissingUnit { file } => {
                Msg::ConMissingUnit.fill(lang, &[("file", file)])
            }
            ConsolidationError::DuplicateUnit {
                unit,
                first,
                second,
            } => Msg::ConDuplicateUnit.fill(
                lang,
                &[("unit", unit), ("first", first), ("second", second)],
            ),
            ConsolidationError::OtherPeriod {
                file,
                found,
                first,
                expected,
            } => Msg::ConOtherPeriod.fill(
                lang,
                &[
                    ("file", file),
                    ("found", &period(found)),
                    ("first", first),
                    ("expected", &period(expected)),
                ],
            ),
            ConsolidationError::TooLarge { level } => {
                Msg::ConTooLarge.fill(lang, &[("level", level)])
            }
        }
    }
}

impl From<GroupingError> for ConsolidationError {
    fn from(e: GroupingError) -> Self {
        ConsolidationError::Grouping(e)
    }
}

/// In Swedish, for logs and tests; the page uses [`ConsolidationError::text`].
impl std::fmt::Display for ConsolidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for ConsolidationError {}

/// One level of the tree (a nämnd, the Övriga bucket or the region) with
/// its summed figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Level {
    pub name: String,
    /// The förvaltningar summed into this level, in report order.
    pub units: Vec<UnitId>,
    /// The sums as a report: `meta.unit_id` names the level (empty code),
    /// `source` is [`CONSOLIDATED_SOURCE`]. A cell is `Some` only when every
    /// förvaltning of the level carries it (a Totalt-only sheet leaves
    /// Externt and Internt `None`); a table only when all carry that table.
    pub report: Fr1Report,
}

/// Förvaltningar summed per nämnd and for the region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consolidated {
    pub period: Option<Period>,
    /// The unit every level is in: the reports' own when they agree,
    /// otherwise tkr (converted exactly).
    pub unit: AmountScale,
    /// In the grouping's order, then [`OTHERS`] when some förvaltning is in
    /// no nämnd. A nämnd without reports has no units and no tables.
    pub namnder: Vec<Level>,
    /// All förvaltningar together.
    pub region: Level,
}

/// What is left of internal trade summed over the region, for one report and
/// group: should be about zero.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InternalResidual {
    pub report: Report,
    pub group: Group,
    /// Internt summed over all förvaltningar, per row that carries it.
    pub rows: Vec<(Row, Money)>,
    /// Internal revenue (TOTALA INTÄKTER, Internt; negative).
    pub internal_revenue: Money,
    /// Internal cost (TOTALA KOSTNADER, Internt; positive).
    pub internal_cost: Money,
    /// `internal_revenue + internal_cost` (NETTORESULTAT, Internt).
    pub net: Money,
    /// `|net| / internal_cost`: the residual's size against the internal
    /// trade; `None` when there is no internal cost.
    pub share: Option<Decimal>,
}

impl Consolidated {
    /// The region's consolidated figure for a row: its Externt cell.
    pub fn region_figure(&self, report: Report, row: Row, group: Group) -> Option<Money> {
        self.region
            .report
            .table(report)
            .and_then(|t| t.get(row, group, Part::Externt))
    }

    /// The internal residual of `report` and `group` (Actual, Budget or
    /// PreviousYear), or `None` when the region lacks the Internt totals.
    pub fn internal_residual(&self, report: Report, group: Group) -> Option<InternalResidual> {
        let table = self.region.report.table(report)?;
        let cell = |row| table.get(row, group, Part::Internt);
        let internal_revenue = cell(Row::TotalaIntakter)?;
        let internal_cost = cell(Row::TotalaKostnader)?;
        let net = internal_revenue.checked_add(internal_cost)?;
        Some(InternalResidual {
            report,
            group,
            rows: Row::ALL
                .into_iter()
                .filter_map(|r| cell(r).map(|m| (r, m)))
                .collect(),
            internal_revenue,
            internal_cost,
            net,
            share: net.abs().ratio_of(internal_cost.abs()),
        })
    }

    /// [`Consolidated::internal_residual`] for every report and amount group
    /// (Actual, Budget, PreviousYear) the region carries.
    pub fn internal_residuals(&self) -> Vec<InternalResidual> {
        Report::ALL
            .into_iter()
            .flat_map(|r| {
                [Group::Actual, Group::Budget, Group::PreviousYear]
                    .into_iter()
                    .filter_map(move |g| self.internal_residual(r, g))
            })
            .collect()
    }
}

/// Sums `reports` (one period, one report per förvaltning) per nämnd of
/// `grouping` and for the region.
pub fn consolidate(
    reports: &[&Fr1Report],
    grouping: &Grouping,
) -> Result<Consolidated, ConsolidationError> {
    grouping.validate()?;
    let first = reports.first().ok_or(ConsolidationError::NoReports)?;
    for (i, r) in reports.iter().enumerate() {
        let id = r
            .meta
            .unit_id
            .as_ref()
            .ok_or_else(|| ConsolidationError::MissingUnit {
                file: r.source.clone(),
            })?;
        if r.meta.period != first.meta.period {
            return Err(ConsolidationError::OtherPeriod {
                file: r.source.clone(),
                found: r.meta.period,
                first: first.source.clone(),
                expected: first.meta.period,
            });
        }
        let earlier = reports.iter().take(i).find(|o| {
            o.meta
                .unit_id
                .as_ref()
                .is_some_and(|e| same_code(&e.code, &id.code))
        });
        if let Some(o) = earlier {
            return Err(ConsolidationError::DuplicateUnit {
                unit: id.label(),
                first: o.source.clone(),
                second: r.source.clone(),
            });
        }
    }
    let unit = if reports.iter().all(|r| r.unit() == first.unit()) {
        first.unit()
    } else {
        AmountScale::Tkr
    };
    let converted: Vec<Cow<Fr1Report>> = reports.iter().map(|r| r.as_unit(unit)).collect();
    let code_of = |r: &Fr1Report| r.meta.unit_id.as_ref().map(|id| id.code.clone());
    let level = |name: &str, members: Vec<&Fr1Report>| {
        sum_level(
            name,
            &members,
            first.meta.organisation.clone(),
            first.meta.period,
            unit,
        )
    };

    let mut namnder: Vec<Level> = grouping
        .namnder
        .iter()
        .map(|n| {
            let members = converted
                .iter()
                .map(|r| &**r)
                .filter(|r| code_of(r).is_some_and(|c| n.lists(&c)))
                .collect();
            level(&n.name, members)
        })
        .collect::<Result<_, _>>()?;
    let others: Vec<&Fr1Report> = converted
        .iter()
        .map(|r| &**r)
        .filter(|r| code_of(r).is_some_and(|c| grouping.namnd_of(&c).is_none()))
        .collect();
    if !others.is_empty() {
        namnder.push(level(OTHERS, others)?);
    }
    let region = level(&grouping.region, converted.iter().map(|r| &**r).collect())?;
    Ok(Consolidated {
        period: first.meta.period,
        unit,
        namnder,
        region,
    })
}

/// A unit's figure as its own view shows it: a variance cell is the stated
/// one, or derived from its two figures when the file states none.
fn shown(table: &Fr1Table, row: Row, group: Group, part: Part) -> Option<Money> {
    let stated = table.get(row, group, part);
    let Some(diff) = GROUP_DIFFS.iter().find(|d| d.target == group) else {
        return stated;
    };
    match (
        table.get(row, diff.actual, part),
        table.get(row, diff.reference, part),
    ) {
        (Some(actual), Some(reference)) => Some(stated_variance(actual, reference, stated).abs),
        _ => stated,
    }
}

fn sum_level(
    name: &str,
    members: &[&Fr1Report],
    organisation: Option<String>,
    period: Option<Period>,
    unit: AmountScale,
) -> Result<Level, ConsolidationError> {
    let too_large = || ConsolidationError::TooLarge {
        level: name.to_string(),
    };
    let table = |which: Report| -> Result<Option<Fr1Table>, ConsolidationError> {
        let Some(tables) = members
            .iter()
            .map(|r| r.table(which))
            .collect::<Option<Vec<&Fr1Table>>>()
            .filter(|t| !t.is_empty())
        else {
            return Ok(None);
        };
        let mut sum = Fr1Table::empty(which);
        for row in Row::ALL {
            for group in Group::ALL {
                for part in Part::ALL {
                    let cells: Option<Vec<Money>> =
                        tables.iter().map(|t| shown(t, row, group, part)).collect();
                    let total = cells
                        .map(|c| Money::checked_sum(c).ok_or_else(too_large))
                        .transpose()?;
                    sum.set(row, group, part, total);
                }
            }
        }
        Ok(Some(sum))
    };
    Ok(Level {
        name: name.to_string(),
        units: members
            .iter()
            .filter_map(|r| r.meta.unit_id.clone())
            .collect(),
        report: Fr1Report {
            meta: Fr1Meta {
                organisation,
                unit_id: Some(UnitId {
                    code: String::new(),
                    name: name.to_string(),
                }),
                period,
                amount_unit: Some(unit),
                filled_by: None,
                date: None,
            },
            source: CONSOLIDATED_SOURCE.to_string(),
            utfall: table(Report::Utfall)?,
            prognos: table(Report::Prognos)?,
        },
    })
}
