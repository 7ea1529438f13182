//! The rules a planning directive states in words, as data: indexation per
//! category and year with exceptions per förvaltning, group or nämnd,
//! parts left out of indexation, decided frame changes, the central wage
//! pot and the efficiency requirement. Plain serde data, saved with the
//! state; frames are always recomputed from the decided figures and these
//! rules ([`super::compute::compute`]), never edited by hand.
//!
//! Percentages are written as people say them (`2.5` for 2,5 %). Amounts are
//! in the table's unit.

use super::findings::{Problem, Problems, TooLarge};
use super::model::{Category, FrameTable};
use crate::format::exact;
use crate::i18n::{Lang, Msg};
use crate::import::limits::MAX_ABS_AMOUNT;
use crate::money::Money;
use rust_decimal::Decimal;
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

/// Years a frame table, a plan or a rule may name; keeps every loop over
/// years short and every year sum far from overflow.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2200;

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

/// The percentage of `year` in a list, zero when it has none.
pub fn percent_in(list: &[YearPercent], year: i32) -> Percent {
    list.iter()
        .find(|p| p.year == year)
        .map(|p| p.percent)
        .unwrap_or_default()
}

/// Sets (or replaces) the percentage of `year` in a list.
pub fn set_percent(list: &mut Vec<YearPercent>, year: i32, percent: Decimal) {
    list.retain(|p| p.year != year);
    list.push(YearPercent {
        year,
        percent: Percent(percent),
    });
    list.sort_by_key(|p| p.year);
}

/// The plan period shown and the year the rules start from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    /// The first plan year.
    pub first: i32,
    /// How many years, [`MIN_HORIZON`]..=[`MAX_HORIZON`].
    pub years: u8,
    /// The decided year the rules compute from: every plan year after it is
    /// computed, every year up to it shows its decided figures.
    pub base: i32,
}

impl Plan {
    /// The plan years.
    pub fn horizon(&self) -> impl Iterator<Item = i32> {
        let first = self.first;
        (0..i32::from(self.years)).map(move |i| first + i)
    }

    pub fn last(&self) -> i32 {
        self.first + i32::from(self.years) - 1
    }

    /// True when the rules compute `year`.
    pub fn computes(&self, year: i32) -> bool {
        year > self.base
    }
}

/// General indexation (uppräkning) of a category in one year, compounding on
/// the previous years': Drift +2,5 % 2026 and +2,6 % 2027 gives base ×
/// 1,025 × 1,026 in 2027.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Indexation {
    pub category: Category,
    pub year: i32,
    pub percent: Percent,
}

/// What an exception or an exemption names.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Scope {
    Namnd(String),
    Group(String),
    Forvaltning(String),
}

impl Scope {
    pub fn name(&self) -> &str {
        match self {
            Scope::Namnd(n) | Scope::Group(n) | Scope::Forvaltning(n) => n,
        }
    }

    /// How specific the scope is: a förvaltning's rule wins over its
    /// group's, a group's over its nämnd's.
    fn rank(&self) -> u8 {
        match self {
            Scope::Namnd(_) => 1,
            Scope::Group(_) => 2,
            Scope::Forvaltning(_) => 3,
        }
    }

    /// True when the scope covers förvaltning `forvaltning` of group `group`
    /// in nämnd `namnd`.
    pub fn covers(&self, namnd: &str, group: Option<&str>, forvaltning: &str) -> bool {
        match self {
            Scope::Namnd(n) => n == namnd,
            Scope::Group(g) => group == Some(g.as_str()),
            Scope::Forvaltning(f) => f == forvaltning,
        }
    }
}

/// Own indexation rates for a förvaltning, group or nämnd, for one category
/// or all: revenues indexed by LPIK for two förvaltningar only, a frame set
/// as a sum with its own rate, an internally financed unit not indexed at
/// all (no rates). A year with no rate is not indexed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexException {
    pub scope: Scope,
    /// `None`: every category of the scope.
    pub category: Option<Category>,
    pub rates: Vec<YearPercent>,
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

/// A part of one förvaltning's category left out of indexation.
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
    pub const ALL: [ChangeKind; 3] = [
        ChangeKind::Reduction,
        ChangeKind::Reinforcement,
        ChangeKind::OneOff,
    ];

    /// The kind's stable name in the page (an option's value).
    pub fn key(self) -> &'static str {
        match self {
            ChangeKind::Reduction => "Reduction",
            ChangeKind::Reinforcement => "Reinforcement",
            ChangeKind::OneOff => "OneOff",
        }
    }

    /// True for changes that carry forward to later years.
    pub fn is_permanent(self) -> bool {
        !matches!(self, ChangeKind::OneOff)
    }

    pub fn msg(self) -> Msg {
        match self {
            ChangeKind::Reduction => Msg::FrKindReduction,
            ChangeKind::Reinforcement => Msg::FrKindReinforcement,
            ChangeKind::OneOff => Msg::FrKindOneOff,
        }
    }
}

/// A decided change of a förvaltning's frame. "20 mnkr 2026 and a further
/// 20 mnkr 2027" is two reductions of 20: −20 in 2026, −40 in 2027 and
/// 2028. Changes are nominal: they are not indexed in later years.
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

/// The wage increase held centrally: personnel frames stay at the wage
/// level of the year before the plan, and the yearly increases from the
/// first plan year on build a pot, compounding.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WagePot {
    pub rates: Vec<YearPercent>,
    /// Förvaltningar whose wage increases the pot does not carry (e.g. an
    /// internally financed unit that prices them in).
    #[serde(default)]
    pub exempt: Vec<String>,
}

/// The efficiency requirement: a share of each förvaltning's costs that its
/// nämnd must describe the consequence of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Efficiency {
    pub rates: Vec<YearPercent>,
    /// The lines the share is taken of (by default Personal, Drift and a
    /// frame given as a sum: the costs without depreciation).
    pub categories: Vec<Category>,
    /// Förvaltningar exempt, e.g. internally financed units.
    #[serde(default)]
    pub exempt: Vec<String>,
    /// Taken off the computed frames (as its own line) when chosen; by
    /// default only shown.
    #[serde(default)]
    pub deduct: bool,
    /// Compounds over the plan: 1,5 % a year is 1,5 %, 2,98 %, 4,43 % of
    /// the year's costs. Otherwise each year's share stands alone.
    #[serde(default)]
    pub compound: bool,
}

impl Default for Efficiency {
    fn default() -> Self {
        Efficiency {
            rates: Vec::new(),
            categories: vec![Category::Personal, Category::Drift, Category::Frame],
            exempt: Vec::new(),
            deduct: false,
            compound: false,
        }
    }
}

impl Efficiency {
    /// The share of `year`'s costs required, as a fraction.
    pub fn share(&self, plan: &Plan, year: i32) -> Decimal {
        if self.compound {
            let kept: Decimal = plan
                .horizon()
                .take_while(|&y| y <= year)
                .map(|y| Decimal::ONE - percent_in(&self.rates, y).fraction())
                .product();
            Decimal::ONE - kept
        } else {
            percent_in(&self.rates, year).fraction()
        }
    }
}

/// Everything that turns decided figures into computed frames.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    #[serde(default)]
    pub indexation: Vec<Indexation>,
    #[serde(default)]
    pub exceptions: Vec<IndexException>,
    #[serde(default)]
    pub non_indexed: Vec<NonIndexed>,
    #[serde(default)]
    pub changes: Vec<FrameChange>,
    #[serde(default)]
    pub wage: WagePot,
    #[serde(default)]
    pub efficiency: Efficiency,
}

impl Rules {
    /// Sets (or replaces) the general indexation of a category in a year.
    pub fn set_indexation(&mut self, category: Category, year: i32, percent: Decimal) {
        self.indexation
            .retain(|i| !(i.category == category && i.year == year));
        self.indexation.push(Indexation {
            category,
            year,
            percent: Percent(percent),
        });
    }

    /// The general rate of a category in a year.
    pub fn general_rate(&self, category: Category, year: i32) -> Percent {
        self.indexation
            .iter()
            .find(|i| i.category == category && i.year == year)
            .map(|i| i.percent)
            .unwrap_or_default()
    }

    /// The exception that decides a line's rates, if any: the most specific
    /// scope, and within it one for the line's category before one for all.
    pub fn exception_for(
        &self,
        namnd: &str,
        group: Option<&str>,
        forvaltning: &str,
        category: Category,
    ) -> Option<&IndexException> {
        self.exceptions
            .iter()
            .filter(|e| {
                e.scope.covers(namnd, group, forvaltning)
                    && e.category.is_none_or(|c| c == category)
            })
            .max_by_key(|e| (e.scope.rank(), e.category.is_some()))
    }

    /// The rate a line is indexed by in `year`: its exception's, else the
    /// general rate of its category (a frame given as a sum has none).
    pub fn rate(
        &self,
        namnd: &str,
        group: Option<&str>,
        forvaltning: &str,
        category: Category,
        year: i32,
    ) -> Percent {
        match self.exception_for(namnd, group, forvaltning, category) {
            Some(e) => percent_in(&e.rates, year),
            None if category == Category::Frame => Percent::default(),
            None => self.general_rate(category, year),
        }
    }

    /// Every problem that stops these rules from being applied to `table`
    /// over `plan`.
    pub fn check(&self, table: &FrameTable, plan: &Plan) -> Result<(), RulesError> {
        let mut problems = Vec::new();
        if !(MIN_HORIZON..=MAX_HORIZON).contains(&plan.years) {
            problems.push(RuleProblem::Horizon { years: plan.years });
        }
        if !table.years.contains(&plan.base) {
            problems.push(RuleProblem::BaseNotDecided { base: plan.base });
        }
        // Compounding runs from the base year to the last plan year: keep
        // that span within a plan's length (and every year in range).
        if !YEAR_RANGE.contains(&plan.first) || plan.base < plan.first - 1 - i32::from(MAX_HORIZON)
        {
            problems.push(RuleProblem::BaseTooEarly {
                base: plan.base,
                first: plan.first,
            });
        }
        let mut percents: Vec<(String, Percent, bool)> = Vec::new();
        for i in &self.indexation {
            percents.push((
                format!("{} {}", i.category.label(), i.year),
                i.percent,
                false,
            ));
        }
        for e in &self.exceptions {
            for r in &e.rates {
                percents.push((format!("{} {}", e.scope.name(), r.year), r.percent, false));
            }
        }
        for r in &self.wage.rates {
            percents.push((
                format!("{} {}", Msg::FrWage.text(Lang::Sv), r.year),
                r.percent,
                false,
            ));
        }
        for r in &self.efficiency.rates {
            percents.push((
                format!("{} {}", Msg::FrEfficiency.text(Lang::Sv), r.year),
                r.percent,
                true,
            ));
        }
        for x in &self.non_indexed {
            if let NonIndexedPortion::Share(p) = &x.portion {
                percents.push((
                    format!("{} {}", x.forvaltning, x.category.label()),
                    *p,
                    true,
                ));
            }
        }
        for (what, p, share) in percents {
            let low = if share { Decimal::ZERO } else { dec!(-100) };
            if p.0 < low || p.0 > dec!(100) {
                problems.push(RuleProblem::Percent { what, percent: p.0 });
            }
        }
        let groups = table.group_names();
        let known = |scope: &Scope| match scope {
            Scope::Forvaltning(f) => table.forvaltning(f).is_some(),
            Scope::Group(g) => groups.contains(g),
            Scope::Namnd(n) => table.namnder.iter().any(|m| &m.name == n),
        };
        let named = self
            .exceptions
            .iter()
            .map(|e| e.scope.clone())
            .chain(
                self.non_indexed
                    .iter()
                    .map(|x| Scope::Forvaltning(x.forvaltning.clone())),
            )
            .chain(
                self.changes
                    .iter()
                    .map(|c| Scope::Forvaltning(c.forvaltning.clone())),
            )
            .chain(
                self.wage
                    .exempt
                    .iter()
                    .chain(&self.efficiency.exempt)
                    .map(|f| Scope::Forvaltning(f.clone())),
            );
        for scope in named {
            let problem = RuleProblem::Unknown {
                name: scope.name().to_string(),
            };
            if !known(&scope) && !problems.contains(&problem) {
                problems.push(problem);
            }
        }
        let limit = Money::from(MAX_ABS_AMOUNT);
        let amounts = self
            .changes
            .iter()
            .map(|c| (format!("{} {}", c.forvaltning, c.year), c.amount))
            .chain(self.non_indexed.iter().filter_map(|x| match &x.portion {
                NonIndexedPortion::Named { name, amount } => {
                    Some((format!("{name}, {}", x.forvaltning), *amount))
                }
                NonIndexedPortion::Share(_) => None,
            }));
        for (what, amount) in amounts {
            if amount.abs() > limit {
                problems.push(RuleProblem::Amount { what, amount });
            }
        }
        Problems::check(problems)
    }
}

/// One reason the rules cannot be applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleProblem {
    Horizon { years: u8 },
    BaseNotDecided { base: i32 },
    BaseTooEarly { base: i32, first: i32 },
    Percent { what: String, percent: Decimal },
    Unknown { name: String },
    Amount { what: String, amount: Money },
    TooLarge(TooLarge),
}

impl Problem for RuleProblem {
    fn text(&self, lang: Lang) -> String {
        match self {
            RuleProblem::Horizon { years } => Msg::FrProblemHorizon.fill(
                lang,
                &[
                    ("min", &MIN_HORIZON.to_string()),
                    ("max", &MAX_HORIZON.to_string()),
                    ("years", &years.to_string()),
                ],
            ),
            RuleProblem::BaseNotDecided { base } => {
                Msg::FrProblemBase.fill(lang, &[("base", &base.to_string())])
            }
            RuleProblem::BaseTooEarly { base, first } => Msg::FrProblemBaseEarly.fill(
                lang,
                &[("base", &base.to_string()), ("first", &first.to_string())],
            ),
            RuleProblem::Percent { what, percent } => {
                Msg::FrProblemPercent.fill(lang, &[("what", what), ("percent", &exact(*percent))])
            }
            RuleProblem::Unknown { name } => Msg::FrProblemUnknown.fill(lang, &[("name", name)]),
            RuleProblem::Amount { what, amount } => {
                Msg::FrProblemAmount.fill(lang, &[("what", what), ("amount", &exact(amount.0))])
            }
            RuleProblem::TooLarge(e) => e.text(lang),
        }
    }
}

/// All the problems found in a set of rules.
pub type RulesError = Problems<RuleProblem>;

#[cfg(test)]
mod tests {
    use super::*;

    fn exception(scope: Scope, category: Option<Category>, pct: Decimal) -> IndexException {
        IndexException {
            scope,
            category,
            rates: vec![YearPercent {
                year: 2026,
                percent: Percent(pct),
            }],
        }
    }

    #[test]
    fn the_most_specific_exception_decides() {
        let mut r = Rules::default();
        r.set_indexation(Category::Drift, 2026, dec!(2.5));
        r.exceptions = vec![
            exception(Scope::Namnd("RS".into()), None, dec!(1)),
            exception(
                Scope::Group("Gemensamt".into()),
                Some(Category::Drift),
                dec!(2),
            ),
            exception(Scope::Forvaltning("Service".into()), None, dec!(0)),
        ];
        let rate = |g: Option<&str>, f: &str, c| r.rate("RS", g, f, c, 2026).0;
        assert_eq!(rate(None, "Service", Category::Drift), dec!(0));
        assert_eq!(rate(Some("Gemensamt"), "Stab", Category::Drift), dec!(2));
        assert_eq!(rate(Some("Gemensamt"), "Stab", Category::Personal), dec!(1));
        assert_eq!(rate(None, "Stab", Category::Drift), dec!(1));
        assert_eq!(
            r.rate("Annan", None, "X", Category::Drift, 2026).0,
            dec!(2.5)
        );
        assert_eq!(r.rate("Annan", None, "X", Category::Frame, 2026).0, dec!(0));
    }

    #[test]
    fn compounding_efficiency_is_a_stated_choice() {
        let plan = Plan {
            first: 2026,
            years: 3,
            base: 2025,
        };
        let mut e = Efficiency::default();
        for y in plan.horizon() {
            set_percent(&mut e.rates, y, dec!(1.5));
        }
        assert_eq!(e.share(&plan, 2028), dec!(0.015));
        e.compound = true;
        // 1 − 0,985³ = 0,044328375.
        assert_eq!(e.share(&plan, 2028), dec!(0.044328375));
    }
}
