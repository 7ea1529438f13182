//! The budget-frames work as format 3 carried it, frozen: a base year, and
//! scenarios whose rules recomputed every column from it. Format 3 wrote
//! the frames session's own types with serde, so these are copies of those
//! types as they were (field order and enum variant order are the wire);
//! they may never change. [`FramesV3::into_session`] turns one into today's
//! [`FramesSession`]:
//!
//! - the base year becomes the one decided year of the table;
//! - the plan is the years after it that the old scenario covered (at
//!   least [`MIN_HORIZON`]: an old three-year plan that began with the base
//!   year gains a third computed year with no new rates);
//! - the old efficiency requirement was taken off the costs (Personal,
//!   Drift, Kapitalkostnader), so it stays deducted, of those categories;
//! - earlier deficits were due three years after they arose, and the old
//!   restructuring plan was restored like any deficit (not charged to
//!   equity).

use crate::frames::balance::{BalanceInputs, EarlierDeficit, NamedLine, Restructuring};
use crate::frames::model::{Category, FrameTable, YearAmount};
use crate::frames::rules::{
    ChangeKind, Efficiency, FrameChange, Indexation, NonIndexed, NonIndexedPortion, Percent, Plan,
    Rules, WagePot, YearPercent, MAX_HORIZON, MIN_HORIZON,
};
use crate::frames::scenario::Scenario;
use crate::frames::session::FramesSession;
use crate::money::{AmountScale, Money};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The frames session in format 3. Frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FramesV3 {
    pub source: String,
    pub base: BaseV3,
    pub scenarios: Vec<ScenarioV3>,
    pub active: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaseV3 {
    pub unit: AmountScale,
    pub year: i32,
    pub namnder: Vec<BaseNamndV3>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaseNamndV3 {
    pub name: String,
    pub forvaltningar: Vec<BaseForvaltningV3>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaseForvaltningV3 {
    pub name: String,
    pub amounts: Vec<(CategoryV3, Money)>,
}

/// The categories in format 3's variant order. Frozen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CategoryV3 {
    Intakter,
    Personal,
    Drift,
    Kapitalkostnader,
    Finansen,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioV3 {
    pub name: String,
    pub rules: RulesV3,
    pub balance: Option<BalanceV3>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulesV3 {
    pub first_year: i32,
    pub years: u8,
    pub indexation: Vec<(CategoryV3, i32, Decimal)>,
    pub non_indexed: Vec<NonIndexedV3>,
    pub wage_increase: Vec<(i32, Decimal)>,
    pub changes: Vec<ChangeV3>,
    pub efficiency: Vec<(i32, Decimal)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NonIndexedV3 {
    pub forvaltning: String,
    pub category: CategoryV3,
    pub portion: PortionV3,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PortionV3 {
    Share(Decimal),
    Named { name: String, amount: Money },
}

/// Format 3's change kinds in their variant order. Frozen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ChangeKindV3 {
    Reduction,
    Reinforcement,
    OneOff,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeV3 {
    pub forvaltning: String,
    pub category: CategoryV3,
    pub year: i32,
    pub kind: ChangeKindV3,
    pub amount: Money,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BalanceV3 {
    pub unit: AmountScale,
    pub revenues: Vec<LineV3>,
    pub finance: Vec<LineV3>,
    pub adjustments: Vec<LineV3>,
    pub opening_equity: Money,
    /// (year it arose, amount).
    pub earlier_deficits: Vec<(i32, Money)>,
    pub plan: Option<PlanV3>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineV3 {
    pub name: String,
    pub amounts: Vec<(i32, Money)>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanV3 {
    pub name: String,
    pub costs: Vec<(i32, Money)>,
    pub savings_per_year: Money,
    pub savings_from: i32,
}

impl CategoryV3 {
    fn category(self) -> Category {
        match self {
            CategoryV3::Intakter => Category::Intakter,
            CategoryV3::Personal => Category::Personal,
            CategoryV3::Drift => Category::Drift,
            CategoryV3::Kapitalkostnader => Category::Kapitalkostnader,
            CategoryV3::Finansen => Category::Finansen,
        }
    }
}

fn year_amounts(list: Vec<(i32, Money)>) -> Vec<YearAmount> {
    list.into_iter()
        .map(|(year, amount)| YearAmount { year, amount })
        .collect()
}

fn year_percents(list: Vec<(i32, Decimal)>) -> Vec<YearPercent> {
    list.into_iter()
        .map(|(year, p)| YearPercent {
            year,
            percent: Percent(p),
        })
        .collect()
}

fn lines(list: Vec<LineV3>) -> Vec<NamedLine> {
    list.into_iter()
        .map(|l| NamedLine {
            name: l.name,
            amounts: year_amounts(l.amounts),
        })
        .collect()
}

impl RulesV3 {
    fn rules(self) -> Rules {
        Rules {
            indexation: self
                .indexation
                .into_iter()
                .map(|(c, year, p)| Indexation {
                    category: c.category(),
                    year,
                    percent: Percent(p),
                })
                .collect(),
            exceptions: Vec::new(),
            non_indexed: self
                .non_indexed
                .into_iter()
                .map(|x| NonIndexed {
                    forvaltning: x.forvaltning,
                    category: x.category.category(),
                    portion: match x.portion {
                        PortionV3::Share(p) => NonIndexedPortion::Share(Percent(p)),
                        PortionV3::Named { name, amount } => {
                            NonIndexedPortion::Named { name, amount }
                        }
                    },
                })
                .collect(),
            changes: self
                .changes
                .into_iter()
                .map(|c| FrameChange {
                    forvaltning: c.forvaltning,
                    category: c.category.category(),
                    year: c.year,
                    kind: match c.kind {
                        ChangeKindV3::Reduction => ChangeKind::Reduction,
                        ChangeKindV3::Reinforcement => ChangeKind::Reinforcement,
                        ChangeKindV3::OneOff => ChangeKind::OneOff,
                    },
                    amount: c.amount,
                    note: c.note,
                })
                .collect(),
            wage: WagePot {
                rates: year_percents(self.wage_increase),
                exempt: Vec::new(),
            },
            efficiency: Efficiency {
                rates: year_percents(self.efficiency),
                categories: vec![
                    Category::Personal,
                    Category::Drift,
                    Category::Kapitalkostnader,
                ],
                exempt: Vec::new(),
                deduct: true,
                compound: false,
            },
        }
    }
}

impl BalanceV3 {
    fn inputs(self) -> BalanceInputs {
        BalanceInputs {
            unit: self.unit,
            revenues: lines(self.revenues),
            finance: lines(self.finance),
            adjustments: lines(self.adjustments),
            opening_equity: self.opening_equity,
            earlier_deficits: self
                .earlier_deficits
                .into_iter()
                .map(|(arose, amount)| EarlierDeficit {
                    arose,
                    amount: amount.abs(),
                    due: arose.saturating_add(3),
                })
                .collect(),
            restructuring: self
                .plan
                .into_iter()
                .map(|p| Restructuring {
                    name: p.name,
                    costs: year_amounts(p.costs),
                    savings_per_year: p.savings_per_year,
                    savings_from: p.savings_from,
                    charged_to_equity: false,
                })
                .collect(),
        }
    }
}

impl FramesV3 {
    /// Today's session for a format-3 one; `None` when it has no scenario
    /// to take the plan from.
    pub fn into_session(self) -> Option<FramesSession> {
        let base = self.base.year;
        let shown = self.scenarios.get(self.active)?.rules.clone();
        let last = shown
            .first_year
            .saturating_add(i32::from(shown.years))
            .saturating_sub(1);
        let first = shown.first_year.max(base.saturating_add(1));
        let years = u8::try_from(last.saturating_sub(first).saturating_add(1))
            .unwrap_or(MAX_HORIZON)
            .clamp(MIN_HORIZON, MAX_HORIZON);
        let mut table = FrameTable::new(self.base.unit);
        table.add_year(base);
        for n in self.base.namnder {
            let namnd = table.namnd_mut(&n.name);
            for f in n.forvaltningar {
                let forv = namnd.forvaltning_mut(&f.name, None);
                for (c, amount) in f.amounts {
                    forv.line_mut(c.category(), "").decide(base, amount);
                }
            }
        }
        Some(FramesSession {
            source: self.source,
            table,
            findings: Vec::new(),
            plan: Plan { first, years, base },
            scenarios: self
                .scenarios
                .into_iter()
                .map(|s| Scenario {
                    name: s.name,
                    rules: s.rules.rules(),
                    balance: s.balance.map(BalanceV3::inputs),
                })
                .collect(),
            active: self.active,
        })
    }
}
