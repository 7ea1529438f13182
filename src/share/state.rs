//! What a share link carries, in memory and on the wire.
//!
//! [`SharedState`] is what the app builds and restores; it grows as the app
//! does. The wire types (`…V1`) are frozen: a link is a promise that whoever
//! opens it later sees the same thing, so the bytes format 1 reads may never
//! change. When a field is added to [`SharedState`], add `SharedStateV2` (and
//! format 2 in [`super::codec`]) that carries it, and let
//! `TryFrom<SharedStateV1>` fill it with its default, so v1 links still open.
//!
//! The wire uses the variant order of [`AmountScale`], [`Part`] and
//! [`crate::fr1::schema::Report`]; reordering those enums changes format 1,
//! which the frozen link in `tests/share.rs` catches.

use super::compact::CompactTable;
use super::frames_v3::FramesV3;
use super::validate::{Check, Invalid, Step};
use super::{Damage, Fault};
use crate::engine::consolidation::Grouping;
use crate::engine::measures::{Measure, MeasurePlan};
use crate::explain::model::Explanation;
use crate::finance::model::{Figures, FinanceRow, FinanceTable, Signs};
use crate::fr1::model::{Fr1Meta, Fr1Report, Period, UnitId};
use crate::fr1::schema::{Group, Part, Report, Row};
use crate::frames::session::FramesSession;
use crate::i18n::{Lang, Msg};
use crate::import::limits::{MAX_NAMNDER, MAX_REPORTS, MAX_UNITS};
use crate::money::{AmountScale, Money};
use crate::quarterly::Quarterly;
use crate::view::route::Route;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Everything needed to reproduce a view.
///
/// Later versions add here what other parts of the app let people set up —
/// grouping of units, chosen measures, frame rules, scenarios — each with a
/// default that a format-1 link gets.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SharedState {
    /// The imported FR1s, in the order the app lists them.
    pub reports: Vec<Fr1Report>,
    pub view: ViewState,
    /// Nämnder as the user named them (format 2; `None` = all in one).
    pub grouping: Option<Grouping>,
    /// Measures per förvaltning (format 2).
    pub measures: Vec<MeasurePlan>,
    /// Seasonal profiles as typed, per förvaltning code (format 2).
    pub profiles: BTreeMap<String, String>,
    /// The budget-frames work: decided table, plan, scenarios and rules
    /// (format 3, as format 4 carries it since).
    pub frames: Option<FramesSession>,
    /// The finance administration's result tables (format 4).
    pub finance: Vec<FinanceTable>,
    /// Goals and staff statistics (format 5, [`super::state_v5`]).
    pub quarterly: Quarterly,
    /// The officer's explanations of the deviations (format 5).
    pub explanations: Vec<Explanation>,
}

/// Which page and settings the link opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ViewState {
    pub lang: Lang,
    /// The open view; on the wire its text (`unit/42@2024-06`).
    pub route: Route,
    /// The unit amounts are shown in.
    pub unit: AmountScale,
    /// Which part (Externt/Internt/Totalt) the page shows.
    pub part: Part,
    /// Opened links show the figures without editing controls.
    pub read_only: bool,
}

/// Swedish, the start page, tkr, Totalt, editable.
impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            lang: Lang::Sv,
            route: Route::default(),
            unit: AmountScale::Tkr,
            part: Part::Totalt,
            read_only: false,
        }
    }
}

/// Format 1 on the wire. Frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedStateV1 {
    pub reports: Vec<ReportV1>,
    pub view: ViewV1,
}

/// One FR1 in format 1. Frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportV1 {
    pub organisation: Option<String>,
    /// Code and name.
    pub unit_id: Option<(String, String)>,
    /// Year and month (1–12).
    pub period: Option<(i32, u8)>,
    pub amount_unit: Option<AmountScale>,
    pub filled_by: Option<String>,
    pub date: Option<String>,
    pub source: String,
    pub utfall: Option<CompactTable>,
    pub prognos: Option<CompactTable>,
}

/// The view in format 1. Frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ViewV1 {
    pub lang: String,
    pub route: String,
    pub unit: AmountScale,
    pub part: Part,
    pub read_only: bool,
}

impl From<&SharedState> for SharedStateV1 {
    fn from(state: &SharedState) -> Self {
        let v = &state.view;
        SharedStateV1 {
            reports: state.reports.iter().map(ReportV1::from).collect(),
            view: ViewV1::from(v),
        }
    }
}

/// The view's language and route as text on the wire (`sv`/`en`,
/// [`Route::text`]), as every format since the first carries them.
impl From<&ViewState> for ViewV1 {
    fn from(v: &ViewState) -> Self {
        ViewV1 {
            lang: v.lang.code().to_string(),
            route: v.route.text(),
            unit: v.unit,
            part: v.part,
            read_only: v.read_only,
        }
    }
}

/// Read leniently, as links always were: any language but `en` is
/// Swedish, a route the app does not know is the overview.
impl From<ViewV1> for ViewState {
    fn from(v: ViewV1) -> Self {
        ViewState {
            lang: if v.lang == "en" { Lang::En } else { Lang::Sv },
            route: Route::parse(&v.route),
            unit: v.unit,
            part: v.part,
            read_only: v.read_only,
        }
    }
}

impl From<&Fr1Report> for ReportV1 {
    fn from(r: &Fr1Report) -> Self {
        let m = &r.meta;
        ReportV1 {
            organisation: m.organisation.clone(),
            unit_id: m.unit_id.as_ref().map(|u| (u.code.clone(), u.name.clone())),
            period: m.period.map(|p| (p.year, p.month)),
            amount_unit: m.amount_unit,
            filled_by: m.filled_by.clone(),
            date: m.date.clone(),
            source: r.source.clone(),
            utfall: r.utfall.as_ref().map(CompactTable::from_table),
            prognos: r.prognos.as_ref().map(CompactTable::from_table),
        }
    }
}

impl TryFrom<SharedStateV1> for SharedState {
    type Error = Fault;

    fn try_from(wire: SharedStateV1) -> Result<Self, Fault> {
        // Counted before the tables are unpacked, which is the costly part.
        Check::root().count(Msg::AtReports, wire.reports.len(), MAX_REPORTS)?;
        let v = wire.view;
        Ok(SharedState {
            reports: wire
                .reports
                .into_iter()
                .map(Fr1Report::try_from)
                .collect::<Result<_, Damage>>()?,
            view: ViewState::from(v),
            ..SharedState::default()
        })
    }
}

/// Format 2: format 1's reports and view, plus what the user set up —
/// grouping into nämnder, measures and seasonal profiles. Frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedStateV2 {
    pub base: SharedStateV1,
    pub grouping: Option<Grouping>,
    pub measures: Vec<MeasurePlanV2>,
    pub profiles: Vec<(String, String)>,
}

/// A measure plan in format 2. Frozen: its target was the net cost the
/// forecast should reach (tkr), where plans now keep a deviation from
/// budget, which format 4 carries ([`FollowupV4::targets`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasurePlanV2 {
    pub unit_code: String,
    pub measures: Vec<Measure>,
    pub target_forecast: Option<Money>,
}

impl MeasurePlanV2 {
    /// The plan with its net-cost target turned into a deviation from the
    /// budget helår of the förvaltning's latest report (`budget − target`);
    /// without such a report the target is a budget in balance. Both
    /// figures are bounded before they are subtracted.
    fn into_plan(self, reports: &[Fr1Report]) -> Result<MeasurePlan, Invalid> {
        let budget = reports
            .iter()
            .filter(|r| {
                r.meta
                    .unit_id
                    .as_ref()
                    .is_some_and(|u| u.code.trim() == self.unit_code.trim())
            })
            .filter_map(|r| {
                let budget = r.in_unit(AmountScale::Tkr).table(Report::Prognos)?.get(
                    Row::Nettoresultat,
                    Group::Budget,
                    Part::Totalt,
                )?;
                Some((r.meta.period, budget))
            })
            .max_by_key(|(period, _)| *period)
            .map(|(_, budget)| budget);
        let target = match (self.target_forecast, budget) {
            (Some(level), Some(budget)) => {
                let c = Check::root().at(Step::Of(
                    Msg::AtMeasuresOf,
                    self.unit_code.trim().to_string(),
                ));
                c.amount(Msg::AtForecastTarget, level)?;
                c.amount(Msg::AtTheBudgetYear, budget)?;
                budget - level
            }
            _ => Money::ZERO,
        };
        Ok(MeasurePlan {
            unit_code: self.unit_code,
            measures: self.measures,
            target,
        })
    }
}

impl From<&SharedState> for SharedStateV2 {
    fn from(state: &SharedState) -> Self {
        SharedStateV2 {
            base: SharedStateV1::from(state),
            grouping: state.grouping.clone(),
            measures: state
                .measures
                .iter()
                .map(|p| MeasurePlanV2 {
                    unit_code: p.unit_code.clone(),
                    measures: p.measures.clone(),
                    target_forecast: None,
                })
                .collect(),
            profiles: state
                .profiles
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
        }
    }
}

impl TryFrom<SharedStateV2> for SharedState {
    type Error = Fault;

    fn try_from(wire: SharedStateV2) -> Result<Self, Fault> {
        let base = SharedState::try_from(wire.base)?;
        // Each plan looks its budget up among the reports: count first.
        Check::root().count(Msg::AtMeasurePlans, wire.measures.len(), MAX_UNITS)?;
        Ok(SharedState {
            grouping: wire.grouping,
            measures: wire
                .measures
                .into_iter()
                .map(|p| p.into_plan(&base.reports))
                .collect::<Result<_, _>>()?,
            profiles: wire.profiles.into_iter().collect(),
            ..base
        })
    }
}

impl TryFrom<ReportV1> for Fr1Report {
    type Error = Damage;

    fn try_from(w: ReportV1) -> Result<Self, Damage> {
        let period = match w.period {
            None => None,
            Some((year, month)) => {
                Some(Period::new(year, month).ok_or(Damage::ReportMonth(month))?)
            }
        };
        Ok(Fr1Report {
            meta: Fr1Meta {
                organisation: w.organisation,
                unit_id: w.unit_id.map(|(code, name)| UnitId { code, name }),
                period,
                amount_unit: w.amount_unit,
                filled_by: w.filled_by,
                date: w.date,
            },
            source: w.source,
            utfall: w.utfall.as_ref().map(CompactTable::to_table).transpose()?,
            prognos: w.prognos.as_ref().map(CompactTable::to_table).transpose()?,
        })
    }
}

/// Format 3: format 2 plus the budget-frames work as it was then (a base
/// year and scenarios that recomputed every column from it). Frozen; read
/// only, converted by [`FramesV3::into_session`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedStateV3 {
    pub base: SharedStateV2,
    pub frames: Option<FramesV3>,
}

impl TryFrom<SharedStateV3> for SharedState {
    type Error = Fault;

    fn try_from(wire: SharedStateV3) -> Result<Self, Fault> {
        let frames = match wire.frames {
            None => None,
            Some(f) => {
                // Building the table looks each name up: count first.
                let c = Check::root().at(Msg::AtFrames);
                c.count(Msg::AtNamnder, f.base.namnder.len(), MAX_NAMNDER)?;
                let units = f.base.namnder.iter().map(|n| n.forvaltningar.len()).sum();
                c.count(Msg::AtUnits, units, MAX_UNITS)?;
                Some(f.into_session().ok_or(Damage::NoScenario)?)
            }
        };
        Ok(SharedState {
            frames,
            ..SharedState::try_from(wire.base)?
        })
    }
}

/// Format 4: format 2 plus the budget-frames work as a region decides it
/// (every decided year, groups, findings, plan and base year, rules with
/// exceptions, earlier deficits with their due year, restructuring charged
/// to equity or not) and the follow-up as the region reports it
/// ([`FollowupV4`]). The frames session's own serde types are the wire,
/// so `tests/share.rs` keeps a frozen format-4 link: a change to
/// [`FramesSession`] that breaks it needs format 5.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedStateV4 {
    pub base: SharedStateV2,
    pub frames: Option<FramesSession>,
    pub followup: FollowupV4,
}

/// What format 4 adds for the follow-up: the finance administration's
/// tables, and each measure plan's target as a deviation from budget (tkr,
/// by förvaltning code; a plan not listed aims at a budget in balance).
/// Frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FollowupV4 {
    pub finance: Vec<FinanceTableV4>,
    pub targets: Vec<(String, Money)>,
}

/// A finance administration's table in format 4. Frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinanceTableV4 {
    pub organisation: Option<String>,
    /// Year and month (1–12).
    pub period: Option<(i32, u8)>,
    pub unit: AmountScale,
    pub source: String,
    /// True when the table is written with the FR1's signs (Intäkter −).
    pub fr1_signs: bool,
    pub rows: Vec<FinanceRowV4>,
    pub total: Option<FinanceRowV4>,
}

/// One line: its label and Utfall, Budget, Avvikelse (year to date), then
/// Prognos, Budget, Avvikelse (full year). Frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinanceRowV4 {
    pub label: String,
    pub figures: [Option<Money>; 6],
}

impl From<&FinanceRow> for FinanceRowV4 {
    fn from(r: &FinanceRow) -> Self {
        let (y, f) = (r.ytd, r.year);
        FinanceRowV4 {
            label: r.label.clone(),
            figures: [
                y.actual, y.budget, y.variance, f.actual, f.budget, f.variance,
            ],
        }
    }
}

impl From<FinanceRowV4> for FinanceRow {
    fn from(w: FinanceRowV4) -> Self {
        let [a, b, v, fa, fb, fv] = w.figures;
        FinanceRow {
            label: w.label,
            ytd: Figures {
                actual: a,
                budget: b,
                variance: v,
            },
            year: Figures {
                actual: fa,
                budget: fb,
                variance: fv,
            },
        }
    }
}

impl From<&FinanceTable> for FinanceTableV4 {
    fn from(t: &FinanceTable) -> Self {
        FinanceTableV4 {
            organisation: t.organisation.clone(),
            period: t.period.map(|p| (p.year, p.month)),
            unit: t.unit,
            source: t.source.clone(),
            fr1_signs: t.signs == Signs::Fr1,
            rows: t.rows.iter().map(FinanceRowV4::from).collect(),
            total: t.total.as_ref().map(FinanceRowV4::from),
        }
    }
}

impl TryFrom<FinanceTableV4> for FinanceTable {
    type Error = Damage;

    fn try_from(w: FinanceTableV4) -> Result<Self, Damage> {
        let period = match w.period {
            None => None,
            Some((year, month)) => {
                Some(Period::new(year, month).ok_or(Damage::FinanceMonth(month))?)
            }
        };
        Ok(FinanceTable {
            organisation: w.organisation,
            period,
            unit: w.unit,
            source: w.source,
            signs: if w.fr1_signs {
                Signs::Fr1
            } else {
                Signs::Result
            },
            rows: w.rows.into_iter().map(FinanceRow::from).collect(),
            total: w.total.map(FinanceRow::from),
        })
    }
}

impl From<&SharedState> for SharedStateV4 {
    fn from(state: &SharedState) -> Self {
        SharedStateV4 {
            base: SharedStateV2::from(state),
            frames: state.frames.clone(),
            followup: FollowupV4 {
                finance: state.finance.iter().map(FinanceTableV4::from).collect(),
                targets: state
                    .measures
                    .iter()
                    .filter(|p| !p.target.is_zero())
                    .map(|p| (p.unit_code.clone(), p.target))
                    .collect(),
            },
        }
    }
}

impl TryFrom<SharedStateV4> for SharedState {
    type Error = Fault;

    fn try_from(wire: SharedStateV4) -> Result<Self, Fault> {
        let mut state = SharedState {
            frames: wire.frames,
            ..SharedState::try_from(wire.base)?
        };
        // Each target looks its plan up: count first.
        Check::root().count(Msg::AtTargets, wire.followup.targets.len(), MAX_UNITS)?;
        for (code, target) in wire.followup.targets {
            match state.measures.iter_mut().find(|p| p.unit_code == code) {
                Some(plan) => plan.target = target,
                None => state.measures.push(MeasurePlan {
                    target,
                    ..MeasurePlan::new(&code)
                }),
            }
        }
        state.finance = wire
            .followup
            .finance
            .into_iter()
            .map(FinanceTable::try_from)
            .collect::<Result<_, _>>()?;
        Ok(state)
    }
}
