//! The rules a user sets to build frames from a base year: indexation,
//! non-indexed exceptions, the central wage pot, decided frame changes and the
//! efficiency requirement. Plain serde data, saved with the state; frames are
//! always recomputed from the base and these rules
//! ([`super::compute::compute`]), never edited by hand.
//!
//! Percentages are written as people say them (`2.4` for 2,4 %). Amounts are
//! in the base's unit.

use super::model::{Category, FrameBase};
use crate::format::exact;
use crate::import::limits::MAX_ABS_AMOUNT;
use crate::money::Money;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

/// Fewest and most years a plan covers.
pub const MIN_HORIZON: u8 = 3;
pub const MAX_HORIZON: u8 = 5;

/// A percentage as written (`2.4` = 2,4 %).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Percent(pub Decimal);

impl Percent {
    /// `2.4` → `0.024`.
    pub fn fraction(self) -> Decimal {
        self.0 / dec!(100)
    }
}

/// A percentage for one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearPercent {
    pub year: i32,
    pub percent: Percent,
}

/// Indexation (uppräkning) of a category in one year, compounding on the
/// previous years': Drift +2,2 % 2025 and +2,4 % 2026 gives base × 1,022 ×
/// 1,024 in 2026.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indexation {
    pub category: Category,
    pub year: i32,
    pub percent: Percent,
}

/// What part of a förvaltning's category is not indexed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum NonIndexedPortion {
    /// A share of the base amount (e.g. 40 % of Drift is purchased
    /// specialist care).
    Share(Percent),
    /// A named amount of the base (e.g. "Läkemedel i öppenvård", 85 000 tkr).
    Named { name: String, amount: Money },
}

/// An exception from indexation for one förvaltning and category.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NonIndexed {
    pub forvaltning: String,
    pub category: Category,
    pub portion: NonIndexedPortion,
}

/// How a decided frame change behaves over the years.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ChangeKind {
    /// Ramreducering: lowers the net frame from its year on.
    Reduction,
    /// Ramförstärkning: raises the net frame from its year on.
    Reinforcement,
    /// A one-off change in its year only; `amount` is signed (negative
    /// lowers the net frame).
    OneOff,
}

impl ChangeKind {
    /// True for changes that carry forward to later years.
    pub fn is_permanent(self) -> bool {
        !matches!(self, ChangeKind::OneOff)
    }

    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::Reduction => "Ramreducering",
            ChangeKind::Reinforcement => "Ramförstärkning",
            ChangeKind::OneOff => "Engångsförändring",
        }
    }
}

/// A decided change of a förvaltning's frame. "−30 mnkr 2026 and a further
/// −30 mnkr 2027" is two reductions of 30: −30 in 2026 and −60 in 2027.
/// Changes are nominal: they are not indexed in later years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameChange {
    pub forvaltning: String,
    pub category: Category,
    pub year: i32,
    pub kind: ChangeKind,
    /// The size of a reduction or reinforcement (its sign is ignored), or the
    /// signed amount of a one-off.
    pub amount: Money,
    #[serde(default)]
    pub note: String,
}

impl FrameChange {
    /// The change to the frame line, signed under the sign rule (a reduction
    /// lowers the net frame, whatever the category).
    pub fn effect(&self) -> Money {
        match self.kind {
            ChangeKind::Reduction => -self.amount.abs(),
            ChangeKind::Reinforcement => self.amount.abs(),
            ChangeKind::OneOff => self.amount,
        }
    }

    /// The effect in `year`: permanent changes from their year on, one-offs
    /// in their year only.
    pub fn effect_in(&self, year: i32) -> Money {
        let applies = if self.kind.is_permanent() {
            year >= self.year
        } else {
            year == self.year
        };
        if applies {
            self.effect()
        } else {
            Money::ZERO
        }
    }
}

/// Everything that turns a base year into multi-year frames.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    /// The first column of the frames; the base year itself (then that column
    /// is the base) or a later year.
    pub first_year: i32,
    /// How many years the frames cover, [`MIN_HORIZON`]..=[`MAX_HORIZON`].
    pub years: u8,
    #[serde(default)]
    pub indexation: Vec<Indexation>,
    #[serde(default)]
    pub non_indexed: Vec<NonIndexed>,
    /// The wage increase held centrally, per year, compounding; personnel
    /// frames stay at the base year's wage level.
    #[serde(default)]
    pub wage_increase: Vec<YearPercent>,
    #[serde(default)]
    pub changes: Vec<FrameChange>,
    /// The efficiency requirement as a share of the year's costs (the level
    /// that year, not an increment on the year before).
    #[serde(default)]
    pub efficiency: Vec<YearPercent>,
}

impl Rules {
    /// Rules with no indexation, changes or requirements.
    pub fn new(first_year: i32, years: u8) -> Rules {
        Rules {
            first_year,
            years,
            indexation: Vec::new(),
            non_indexed: Vec::new(),
            wage_increase: Vec::new(),
            changes: Vec::new(),
            efficiency: Vec::new(),
        }
    }

    /// The years the frames cover.
    pub fn horizon(&self) -> impl Iterator<Item = i32> {
        let first = self.first_year;
        (0..i32::from(self.years)).map(move |i| first + i)
    }

    pub fn last_year(&self) -> i32 {
        self.first_year + i32::from(self.years) - 1
    }

    /// Sets (or replaces) the indexation of a category in a year.
    pub fn set_indexation(&mut self, category: Category, year: i32, percent: Decimal) {
        self.indexation
            .retain(|i| !(i.category == category && i.year == year));
        self.indexation.push(Indexation {
            category,
            year,
            percent: Percent(percent),
        });
    }

    /// Sets (or replaces) the central wage increase of a year.
    pub fn set_wage_increase(&mut self, year: i32, percent: Decimal) {
        set_year_percent(&mut self.wage_increase, year, percent);
    }

    /// Sets (or replaces) the efficiency requirement of a year.
    pub fn set_efficiency(&mut self, year: i32, percent: Decimal) {
        set_year_percent(&mut self.efficiency, year, percent);
    }

    /// Every problem that stops these rules from being applied to `base`.
    pub fn check(&self, base: &FrameBase) -> Result<(), RulesError> {
        let mut problems = Vec::new();
        let (first, last) = (self.first_year, self.last_year());
        if !(MIN_HORIZON..=MAX_HORIZON).contains(&self.years) {
            problems.push(RuleProblem::Horizon { years: self.years });
        }
        if first < base.year {
            problems.push(RuleProblem::BeforeBase {
                first,
                base: base.year,
            });
        }
        let known = |name: &str| base.forvaltningar().any(|(_, f)| f.name == name);
        let mut year_ok = |what: String, year: i32, from: i32| {
            if year < from || year > last {
                problems.push(RuleProblem::YearOutside {
                    what,
                    year,
                    first: from,
                    last,
                });
            }
        };
        for i in &self.indexation {
            year_ok(
                format!("Uppräkningen av {}", i.category.label()),
                i.year,
                base.year + 1,
            );
        }
        for w in &self.wage_increase {
            year_ok("Löneökningen".to_string(), w.year, base.year + 1);
        }
        for e in &self.efficiency {
            year_ok("Effektiviseringskravet".to_string(), e.year, first);
        }
        for c in &self.changes {
            year_ok(
                format!("{} för {}", c.kind.label(), c.forvaltning),
                c.year,
                first,
            );
        }
        for (n, i) in self.indexation.iter().enumerate() {
            if self.indexation[..n]
                .iter()
                .any(|j| j.category == i.category && j.year == i.year)
            {
                problems.push(RuleProblem::Duplicate {
                    what: format!("Uppräkningen av {} {}", i.category.label(), i.year),
                });
            }
        }
        for (what, list) in [
            ("Löneökningen", &self.wage_increase),
            ("Effektiviseringskravet", &self.efficiency),
        ] {
            for (n, p) in list.iter().enumerate() {
                if list[..n].iter().any(|q| q.year == p.year) {
                    problems.push(RuleProblem::Duplicate {
                        what: format!("{what} {}", p.year),
                    });
                }
            }
        }
        let percents = self
            .indexation
            .iter()
            .map(|i| {
                (
                    format!("Uppräkningen av {} {}", i.category.label(), i.year),
                    i.percent,
                    false,
                )
            })
            .chain(
                self.wage_increase
                    .iter()
                    .map(|w| (format!("Löneökningen {}", w.year), w.percent, false)),
            )
            .chain(self.efficiency.iter().map(|e| {
                (
                    format!("Effektiviseringskravet {}", e.year),
                    e.percent,
                    true,
                )
            }))
            .chain(self.non_indexed.iter().filter_map(|x| match &x.portion {
                NonIndexedPortion::Share(p) => Some((
                    format!(
                        "Den ej uppräknade andelen av {} för {}",
                        x.category.label(),
                        x.forvaltning
                    ),
                    *p,
                    true,
                )),
                NonIndexedPortion::Named { .. } => None,
            }));
        for (what, p, share) in percents {
            let low = if share { Decimal::ZERO } else { dec!(-100) };
            if p.0 < low || p.0 > dec!(100) {
                problems.push(RuleProblem::Percent { what, percent: p.0 });
            }
        }
        let names = self
            .non_indexed
            .iter()
            .map(|x| &x.forvaltning)
            .chain(self.changes.iter().map(|c| &c.forvaltning));
        for name in names {
            if !known(name)
                && !problems
                    .iter()
                    .any(|p| matches!(p, RuleProblem::UnknownForvaltning { name: n } if n == name))
            {
                problems.push(RuleProblem::UnknownForvaltning { name: name.clone() });
            }
        }
        let amounts = self
            .changes
            .iter()
            .map(|c| {
                (
                    format!("{} för {} {}", c.kind.label(), c.forvaltning, c.year),
                    c.amount,
                )
            })
            .chain(self.non_indexed.iter().filter_map(|x| match &x.portion {
                NonIndexedPortion::Named { name, amount } => {
                    Some((format!("{name} för {}", x.forvaltning), *amount))
                }
                NonIndexedPortion::Share(_) => None,
            }));
        for (what, amount) in amounts {
            if amount.abs() > Money::from(MAX_ABS_AMOUNT) {
                problems.push(RuleProblem::Amount { what, amount });
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(RulesError { problems })
        }
    }
}

fn set_year_percent(list: &mut Vec<YearPercent>, year: i32, percent: Decimal) {
    list.retain(|p| p.year != year);
    list.push(YearPercent {
        year,
        percent: Percent(percent),
    });
}

/// One reason the rules cannot be applied, as a Swedish sentence.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleProblem {
    #[error("Planperioden ska omfatta {MIN_HORIZON}–{MAX_HORIZON} år, inte {years}.")]
    Horizon { years: u8 },
    #[error("Planperioden börjar {first}, före basåret {base}.")]
    BeforeBase { first: i32, base: i32 },
    #[error("{what} gäller {year}, utanför åren {first}–{last}.")]
    YearOutside {
        what: String,
        year: i32,
        first: i32,
        last: i32,
    },
    #[error("{what} är angivet två gånger.")]
    Duplicate { what: String },
    #[error("{what} är {} %, vilket inte är en rimlig procentsats.", exact(*percent))]
    Percent { what: String, percent: Decimal },
    #[error("Det finns ingen förvaltning som heter ”{name}” i basåret.")]
    UnknownForvaltning { name: String },
    #[error("{what} är {}, större än vad som går att räkna med.", exact(amount.0))]
    Amount { what: String, amount: Money },
}

/// All the problems found in a set of rules.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.problems.iter().map(ToString::to_string).collect::<Vec<_>>().join(" "))]
pub struct RulesError {
    pub problems: Vec<RuleProblem>,
}
