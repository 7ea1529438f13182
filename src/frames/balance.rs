//! The balance requirement (balanskrav) over the plan period: per year the
//! region's revenues minus the net frames and the wage pot, plus finance
//! items, gives the result; a negative balanskravsresultat must be restored
//! within three years, by later surpluses, oldest first. Earlier years'
//! deficits come in with the year each must be restored by.
//!
//! Restructuring (omställning) is shown apart: its costs lower the result,
//! its savings raise it, and each item says whether the council decided to
//! charge it to equity for synnerliga skäl — then its cost creates no
//! obligation to restore. Each item shows its payback year.
//!
//! Amounts are entered the way a budget document states them: tax revenue
//! and grants positive, finance items positive when they are income, net
//! frames positive as net costs.

use super::compute::Frames;
use super::findings::{Problem, Problems};
pub use super::model::YearAmount;
use super::rules::YEAR_RANGE;
use crate::format;
use crate::i18n::{Lang, Msg};
use crate::import::limits::MAX_ABS_AMOUNT;
use crate::money::{Money, Unit};
use serde::{Deserialize, Serialize};

/// Years allowed to restore a negative balanskravsresultat.
pub const RESTORATION_YEARS: i32 = 3;

/// How far past its last cost year an item is followed to find its payback.
pub const PAYBACK_SEARCH_YEARS: i32 = 100;

/// A named line with amounts per year (`Skatteintäkter`, `Finansnetto`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedLine {
    pub name: String,
    pub amounts: Vec<YearAmount>,
}

impl NamedLine {
    pub fn in_year(&self, year: i32) -> Money {
        sum_in(&self.amounts, year)
    }
}

fn sum_in(amounts: &[YearAmount], year: i32) -> Money {
    amounts
        .iter()
        .filter(|a| a.year == year)
        .map(|a| a.amount)
        .sum()
}

/// A negative balanskravsresultat from before the plan period still to be
/// restored: 61,8 mnkr from 2017, due 2020.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlierDeficit {
    /// The year it arose.
    pub arose: i32,
    /// What is left to restore at the start of the plan (positive).
    pub amount: Money,
    /// The last year it may be restored in.
    pub due: i32,
}

/// A restructuring item: costs per year, and a saving per year from a start
/// year on (savings not already in the frames).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Restructuring {
    pub name: String,
    pub costs: Vec<YearAmount>,
    pub savings_per_year: Money,
    pub savings_from: i32,
    /// Decided to be charged to equity (synnerliga skäl): its cost creates
    /// no obligation to restore.
    pub charged_to_equity: bool,
}

impl Restructuring {
    pub fn cost_in(&self, year: i32) -> Money {
        sum_in(&self.costs, year)
    }

    pub fn savings_in(&self, year: i32) -> Money {
        if year >= self.savings_from {
            self.savings_per_year
        } else {
            Money::ZERO
        }
    }

    /// The first year when the savings so far cover the costs so far; `None`
    /// when the item has no costs or does not pay back within
    /// [`PAYBACK_SEARCH_YEARS`] of its last cost.
    pub fn payback_year(&self) -> Option<i32> {
        let first = self
            .costs
            .iter()
            .map(|c| c.year)
            .chain(std::iter::once(self.savings_from))
            .min()?;
        let last_cost = self.costs.iter().map(|c| c.year).max()?;
        let (mut cost, mut saved) = (Money::ZERO, Money::ZERO);
        for year in first..=last_cost.max(self.savings_from) + PAYBACK_SEARCH_YEARS {
            cost += self.cost_in(year);
            saved += self.savings_in(year);
            if cost > Money::ZERO && saved >= cost {
                return Some(year);
            }
        }
        None
    }
}

/// What the balance view needs beside the frames, in `unit`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BalanceInputs {
    pub unit: Unit,
    /// Tax revenue, general grants and equalisation.
    #[serde(default)]
    pub revenues: Vec<NamedLine>,
    /// Finance items, positive as net income.
    #[serde(default)]
    pub finance: Vec<NamedLine>,
    /// Balanskravsjusteringar: items taken out of the result for the
    /// balanskravsresultat (realisationsvinster positive, realisations-
    /// förluster negative).
    #[serde(default)]
    pub adjustments: Vec<NamedLine>,
    /// Equity at the start of the first plan year.
    pub opening_equity: Money,
    #[serde(default)]
    pub earlier_deficits: Vec<EarlierDeficit>,
    #[serde(default)]
    pub restructuring: Vec<Restructuring>,
}

/// One year of the balance view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BalanceYear {
    pub year: i32,
    pub revenues: Money,
    /// The region's net frames in force.
    pub net_frames: Money,
    /// The central wage pot.
    pub wage_pot: Money,
    pub finance: Money,
    pub restructuring_cost: Money,
    pub restructuring_savings: Money,
    /// Årets resultat.
    pub result: Money,
    pub adjustments: Money,
    /// Balanskravsresultat = result − adjustments.
    pub balance_result: Money,
    /// The part of a negative balance result charged to equity for
    /// synnerliga skäl: not to be restored.
    pub charged_to_equity: Money,
    pub closing_equity: Money,
    /// Obligation restored by this year's surplus.
    pub restored: Money,
    /// Obligation left at the end of the year.
    pub remaining_obligation: Money,
    /// Obligation due by this year or earlier and still not restored.
    pub overdue: Money,
}

/// A negative balanskravsresultat to restore.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Obligation {
    pub arose: i32,
    pub amount: Money,
    /// The last year it may be restored in.
    pub due: i32,
    /// What is left after the period's surpluses.
    pub remaining: Money,
}

impl Obligation {
    /// `61,8 mnkr att återställa senast 2020 (uppstod 2017).`
    pub fn describe(&self, unit: Unit, lang: Lang) -> String {
        Msg::FrObligation.fill(
            lang,
            &[
                (
                    "amount",
                    &format::amount(self.remaining.0, unit.display_decimals()),
                ),
                ("unit", unit.short()),
                ("due", &self.due.to_string()),
                ("arose", &self.arose.to_string()),
            ],
        )
    }
}

/// A restructuring item's payback.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Payback {
    pub name: String,
    pub year: Option<i32>,
    pub charged_to_equity: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BalanceView {
    pub unit: Unit,
    pub years: Vec<BalanceYear>,
    pub obligations: Vec<Obligation>,
    pub paybacks: Vec<Payback>,
}

/// One reason the balance inputs cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BalanceProblem {
    DeficitInPeriod { arose: i32, first: i32 },
    DueBeforeArose { arose: i32, due: i32 },
    YearOutside { name: String, year: i32 },
    Amount { name: String, amount: Money },
    NoYears,
}

impl Problem for BalanceProblem {
    fn text(&self, lang: Lang) -> String {
        match self {
            BalanceProblem::DeficitInPeriod { arose, first } => Msg::FrProblemDeficitInPeriod.fill(
                lang,
                &[("arose", &arose.to_string()), ("first", &first.to_string())],
            ),
            BalanceProblem::DueBeforeArose { arose, due } => Msg::FrProblemDueBeforeArose.fill(
                lang,
                &[("arose", &arose.to_string()), ("due", &due.to_string())],
            ),
            BalanceProblem::YearOutside { name, year } => {
                Msg::FrProblemYear.fill(lang, &[("what", name), ("year", &year.to_string())])
            }
            BalanceProblem::Amount { name, amount } => Msg::FrProblemAmount.fill(
                lang,
                &[("what", name), ("amount", &format::exact(amount.0))],
            ),
            BalanceProblem::NoYears => Msg::FrProblemNoYears.text(lang).to_string(),
        }
    }
}

/// All the problems found in the balance inputs.
pub type BalanceError = Problems<BalanceProblem>;

impl BalanceInputs {
    /// Inputs with nothing entered yet.
    pub fn new(unit: Unit) -> BalanceInputs {
        BalanceInputs {
            unit,
            revenues: Vec::new(),
            finance: Vec::new(),
            adjustments: Vec::new(),
            opening_equity: Money::ZERO,
            earlier_deficits: Vec::new(),
            restructuring: Vec::new(),
        }
    }

    fn check(&self, years: &[i32]) -> Result<(), BalanceError> {
        let mut problems = Vec::new();
        let Some(&first) = years.first() else {
            return Err(BalanceError {
                problems: vec![BalanceProblem::NoYears],
            });
        };
        let limit = Money::from(MAX_ABS_AMOUNT);
        let mut amounts: Vec<(String, Money)> = self
            .revenues
            .iter()
            .chain(&self.finance)
            .chain(&self.adjustments)
            .flat_map(|l| l.amounts.iter().map(|a| (l.name.clone(), a.amount)))
            .collect();
        for d in &self.earlier_deficits {
            if d.arose >= first {
                problems.push(BalanceProblem::DeficitInPeriod {
                    arose: d.arose,
                    first,
                });
            }
            if d.due < d.arose {
                problems.push(BalanceProblem::DueBeforeArose {
                    arose: d.arose,
                    due: d.due,
                });
            }
            amounts.push((d.arose.to_string(), d.amount));
        }
        for r in &self.restructuring {
            amounts.extend(r.costs.iter().map(|c| (r.name.clone(), c.amount)));
            amounts.push((r.name.clone(), r.savings_per_year));
            // The payback search walks these years one by one.
            let years = r.costs.iter().map(|c| c.year).chain([r.savings_from]);
            if let Some(year) = years.clone().find(|y| !YEAR_RANGE.contains(y)) {
                problems.push(BalanceProblem::YearOutside {
                    name: r.name.clone(),
                    year,
                });
            }
        }
        amounts.push((
            Msg::FrOpeningEquity.text(Lang::Sv).to_string(),
            self.opening_equity,
        ));
        for (name, amount) in amounts {
            if amount.abs() > limit {
                problems.push(BalanceProblem::Amount { name, amount });
            }
        }
        Problems::check(problems)
    }
}

/// The balance view for the plan years of `frames`.
pub fn balance(frames: &Frames, inputs: &BalanceInputs) -> Result<BalanceView, BalanceError> {
    inputs.check(&frames.years)?;
    let unit = inputs.unit;
    let convert = |m: Money| frames.unit.convert(m, unit);
    let net = frames.net_in_force();
    let pot = frames.wage_pot_totals(None);
    let line_sum =
        |lines: &[NamedLine], year: i32| -> Money { lines.iter().map(|l| l.in_year(year)).sum() };

    let mut obligations: Vec<Obligation> = inputs
        .earlier_deficits
        .iter()
        .map(|d| Obligation {
            arose: d.arose,
            amount: d.amount.abs(),
            due: d.due,
            remaining: d.amount.abs(),
        })
        .collect();
    obligations.sort_by_key(|o| o.arose);

    let mut equity = inputs.opening_equity;
    let mut years = Vec::with_capacity(frames.years.len());
    for (i, &year) in frames.years.iter().enumerate() {
        let revenues = line_sum(&inputs.revenues, year);
        let finance = line_sum(&inputs.finance, year);
        let adjustments = line_sum(&inputs.adjustments, year);
        // An efficiency requirement taken off is inside the net frames.
        let net_frames = convert(net[i]);
        let wage_pot = convert(pot[i]);
        let cost = |equity_only: bool| -> Money {
            inputs
                .restructuring
                .iter()
                .filter(|r| !equity_only || r.charged_to_equity)
                .map(|r| r.cost_in(year))
                .sum()
        };
        let restructuring_cost = cost(false);
        let restructuring_savings: Money = inputs
            .restructuring
            .iter()
            .map(|r| r.savings_in(year))
            .sum();
        let result =
            revenues - net_frames - wage_pot + finance - restructuring_cost + restructuring_savings;
        let balance_result = result - adjustments;
        equity += result;
        let charged_to_equity = if balance_result < Money::ZERO {
            cost(true).min(-balance_result)
        } else {
            Money::ZERO
        };

        let mut restored = Money::ZERO;
        if balance_result > Money::ZERO {
            let mut surplus = balance_result;
            for o in obligations.iter_mut().filter(|o| o.arose < year) {
                let take = surplus.min(o.remaining);
                o.remaining -= take;
                surplus -= take;
                restored += take;
            }
        }
        let deficit = -(balance_result + charged_to_equity);
        if deficit > Money::ZERO {
            obligations.push(Obligation {
                arose: year,
                amount: deficit,
                due: year + RESTORATION_YEARS,
                remaining: deficit,
            });
        }
        years.push(BalanceYear {
            year,
            revenues,
            net_frames,
            wage_pot,
            finance,
            restructuring_cost,
            restructuring_savings,
            result,
            adjustments,
            balance_result,
            charged_to_equity,
            closing_equity: equity,
            restored,
            remaining_obligation: obligations.iter().map(|o| o.remaining).sum(),
            overdue: obligations
                .iter()
                .filter(|o| o.due <= year)
                .map(|o| o.remaining)
                .sum(),
        });
    }
    Ok(BalanceView {
        unit,
        years,
        obligations,
        paybacks: inputs
            .restructuring
            .iter()
            .map(|r| Payback {
                name: r.name.clone(),
                year: r.payback_year(),
                charged_to_equity: r.charged_to_equity,
            })
            .collect(),
    })
}
