//! The balance requirement (balanskrav) over the plan period: per year the
//! region's revenues minus the net frames plus finance items gives the result;
//! a negative balanskravsresultat must be restored within three years, by
//! later surpluses, oldest first. A restructuring plan (omställning) shows its
//! effect on result, equity and the obligation, and when it pays back.
//!
//! Amounts here are entered the way a budget document states them: tax
//! revenue and grants positive, finance items positive when they are income,
//! net frames positive as net costs.

use super::model::Frames;
use crate::format;
use crate::import::limits::MAX_ABS_AMOUNT;
use crate::money::{Money, Unit};
use serde::{Deserialize, Serialize};

/// Years allowed to restore a negative balanskravsresultat.
pub const RESTORATION_YEARS: i32 = 3;

/// How far past its last cost year a plan is followed to find its payback.
pub const PAYBACK_SEARCH_YEARS: i32 = 100;

/// An amount in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearAmount {
    pub year: i32,
    pub amount: Money,
}

/// A named line with amounts per year (`Skatteintäkter`, `Generella
/// statsbidrag och utjämning`, `Finansiella intäkter`).
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

/// A restructuring plan: costs per year, and a saving per year from a start
/// year on. Its costs lower the result (charged to equity); the savings are
/// not already in the frames.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RestructuringPlan {
    pub name: String,
    pub costs: Vec<YearAmount>,
    pub savings_per_year: Money,
    pub savings_from: i32,
}

impl RestructuringPlan {
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
    /// when the plan has no costs or does not pay back within
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
    /// Items taken out of the result for the balanskravsresultat (e.g.
    /// realisationsvinster positive, realisationsförluster negative).
    #[serde(default)]
    pub adjustments: Vec<NamedLine>,
    /// Equity at the start of the first year.
    pub opening_equity: Money,
    /// Negative balanskravsresultat from years before the period still to be
    /// restored (the amount positive), by the year they arose.
    #[serde(default)]
    pub earlier_deficits: Vec<YearAmount>,
    #[serde(default)]
    pub plan: Option<RestructuringPlan>,
}

/// One year of the balance view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BalanceYear {
    pub year: i32,
    pub revenues: Money,
    /// The sum of all förvaltningar's net frames.
    pub net_frames: Money,
    /// The central wage pot.
    pub wage_pot: Money,
    pub finance: Money,
    pub plan_cost: Money,
    pub plan_savings: Money,
    /// Årets resultat.
    pub result: Money,
    pub adjustments: Money,
    /// Balanskravsresultat = result − adjustments.
    pub balance_result: Money,
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
    /// The last year it may be restored in (arose + 3).
    pub due: i32,
    /// What is left after the period's surpluses.
    pub remaining: Money,
}

impl Obligation {
    /// `61,8 mnkr att återställa senast 2028 (uppstod 2025).`
    pub fn describe(&self, unit: Unit) -> String {
        format!(
            "{} {} att återställa senast {} (uppstod {}).",
            format::amount(self.remaining.0, unit.display_decimals()),
            unit.short(),
            self.due,
            self.arose
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BalanceView {
    pub unit: Unit,
    pub years: Vec<BalanceYear>,
    pub obligations: Vec<Obligation>,
    /// The plan's payback year, when there is a plan that pays back.
    pub payback_year: Option<i32>,
}

/// The period without and with the restructuring plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanComparison {
    pub without: BalanceView,
    pub with: BalanceView,
}

/// One reason the balance inputs cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BalanceProblem {
    #[error("{name} har ett belopp för {year}, utanför planperioden {first}–{last}.")]
    YearOutside {
        name: String,
        year: i32,
        first: i32,
        last: i32,
    },
    #[error("Underskottet från {year} ska ligga före planperioden, som börjar {first}.")]
    DeficitInPeriod { year: i32, first: i32 },
    #[error("{name} {year} är {}, större än vad som går att räkna med.", format::exact(amount.0))]
    Amount {
        name: String,
        year: i32,
        amount: Money,
    },
    #[error("Ramarna saknar år att räkna balanskravet för.")]
    NoYears,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.problems.iter().map(ToString::to_string).collect::<Vec<_>>().join(" "))]
pub struct BalanceError {
    pub problems: Vec<BalanceProblem>,
}

impl BalanceInputs {
    fn check(&self, years: &[i32]) -> Result<(), BalanceError> {
        let mut problems = Vec::new();
        let (Some(&first), Some(&last)) = (years.first(), years.last()) else {
            return Err(BalanceError {
                problems: vec![BalanceProblem::NoYears],
            });
        };
        let limit = Money::from(MAX_ABS_AMOUNT);
        let lines = self
            .revenues
            .iter()
            .chain(&self.finance)
            .chain(&self.adjustments);
        for line in lines {
            for a in &line.amounts {
                if !years.contains(&a.year) {
                    problems.push(BalanceProblem::YearOutside {
                        name: line.name.clone(),
                        year: a.year,
                        first,
                        last,
                    });
                }
                if a.amount.abs() > limit {
                    problems.push(BalanceProblem::Amount {
                        name: line.name.clone(),
                        year: a.year,
                        amount: a.amount,
                    });
                }
            }
        }
        for d in &self.earlier_deficits {
            if d.year >= first {
                problems.push(BalanceProblem::DeficitInPeriod {
                    year: d.year,
                    first,
                });
            }
        }
        let plan_amounts = self.plan.iter().flat_map(|p| {
            p.costs
                .iter()
                .map(move |c| (p.name.clone(), c.year, c.amount))
                .chain(std::iter::once((
                    p.name.clone(),
                    p.savings_from,
                    p.savings_per_year,
                )))
        });
        let equity = std::iter::once((
            "Ingående eget kapital".to_string(),
            first,
            self.opening_equity,
        ));
        let deficits = self
            .earlier_deficits
            .iter()
            .map(|d| ("Tidigare underskott".to_string(), d.year, d.amount));
        for (name, year, amount) in plan_amounts.chain(equity).chain(deficits) {
            if amount.abs() > limit {
                problems.push(BalanceProblem::Amount { name, year, amount });
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(BalanceError { problems })
        }
    }
}

/// The balance view for the frames' years, with the plan if there is one.
pub fn balance(frames: &Frames, inputs: &BalanceInputs) -> Result<BalanceView, BalanceError> {
    inputs.check(&frames.years)?;
    let frames = frames.in_unit(inputs.unit);
    let net = frames.region_totals();
    let pot = frames.wage_pot_totals();
    let line_sum =
        |lines: &[NamedLine], year: i32| -> Money { lines.iter().map(|l| l.in_year(year)).sum() };

    let mut obligations: Vec<Obligation> = inputs
        .earlier_deficits
        .iter()
        .map(|d| Obligation {
            arose: d.year,
            amount: d.amount.abs(),
            due: d.year + RESTORATION_YEARS,
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
        let net_frames = net.get(i).copied().unwrap_or(Money::ZERO);
        let wage_pot = pot.get(i).copied().unwrap_or(Money::ZERO);
        let (plan_cost, plan_savings) = inputs
            .plan
            .as_ref()
            .map(|p| (p.cost_in(year), p.savings_in(year)))
            .unwrap_or((Money::ZERO, Money::ZERO));
        let result = revenues - net_frames - wage_pot + finance - plan_cost + plan_savings;
        let balance_result = result - adjustments;
        equity += result;

        let mut restored = Money::ZERO;
        if balance_result > Money::ZERO {
            let mut surplus = balance_result;
            for o in obligations.iter_mut().filter(|o| o.arose < year) {
                let take = surplus.min(o.remaining);
                o.remaining -= take;
                surplus -= take;
                restored += take;
            }
        } else if balance_result < Money::ZERO {
            obligations.push(Obligation {
                arose: year,
                amount: -balance_result,
                due: year + RESTORATION_YEARS,
                remaining: -balance_result,
            });
        }
        years.push(BalanceYear {
            year,
            revenues,
            net_frames,
            wage_pot,
            finance,
            plan_cost,
            plan_savings,
            result,
            adjustments,
            balance_result,
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
        unit: inputs.unit,
        years,
        obligations,
        payback_year: inputs
            .plan
            .as_ref()
            .and_then(RestructuringPlan::payback_year),
    })
}

/// The same period without the plan and with it, side by side.
pub fn compare_plan(
    frames: &Frames,
    inputs: &BalanceInputs,
) -> Result<PlanComparison, BalanceError> {
    let without = BalanceInputs {
        plan: None,
        ..inputs.clone()
    };
    Ok(PlanComparison {
        without: balance(frames, &without)?,
        with: balance(frames, inputs)?,
    })
}
