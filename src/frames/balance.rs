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
use super::findings::{Problem, Problems, TooLarge};
pub use super::model::YearAmount;
use super::rules::YEAR_RANGE;
use crate::format;
use crate::i18n::{Lang, Msg};
use crate::import::limits::MAX_ABS_AMOUNT;
use crate::money::{AmountScale, Money};
use serde::{Deserialize, Serialize};

/// Years allowed to restore a negative balanskravsresultat.
pub const RESTORATION_YEARS: i32 = 3;

/// How far past its last cost year an item is followed to find its payback.
pub const PAYBACK_SEARCH_YEARS: i32 = 100;

/// The most years a payback search walks, whatever years an item names:
/// one within [`YEAR_RANGE`] never needs more.
const PAYBACK_SEARCH_LIMIT: usize = 500;

/// A named line with amounts per year (`Skatteintäkter`, `Finansnetto`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedLine {
    pub name: String,
    pub amounts: Vec<YearAmount>,
}

impl NamedLine {
    /// Its amount in `year`; `None` past `Decimal`'s range.
    pub fn in_year(&self, year: i32) -> Option<Money> {
        sum_in(&self.amounts, year)
    }
}

fn sum_in(amounts: &[YearAmount], year: i32) -> Option<Money> {
    Money::checked_sum(amounts.iter().filter(|a| a.year == year).map(|a| a.amount))
}

/// The sum of amounts that may each have left `Decimal`'s range; `None`
/// when one has or the sum does.
pub fn checked_total(amounts: impl IntoIterator<Item = Option<Money>>) -> Option<Money> {
    amounts
        .into_iter()
        .try_fold(Money::ZERO, |sum, m| sum.checked_add(m?))
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
    /// Its cost in `year`; `None` past `Decimal`'s range.
    pub fn cost_in(&self, year: i32) -> Option<Money> {
        sum_in(&self.costs, year)
    }

    pub fn savings_in(&self, year: i32) -> Money {
        if year >= self.savings_from {
            self.savings_per_year
        } else {
            Money::ZERO
        }
    }

    /// The first year when the savings so far cover the costs so far;
    /// `Ok(None)` when the item has no costs or does not pay back within
    /// [`PAYBACK_SEARCH_YEARS`] of its last cost (and at most
    /// [`PAYBACK_SEARCH_LIMIT`] years are followed, whatever years it
    /// names).
    pub fn payback_year(&self) -> Result<Option<i32>, TooLarge> {
        let years = self.costs.iter().map(|c| c.year);
        let (Some(first), Some(last_cost)) =
            (years.clone().chain([self.savings_from]).min(), years.max())
        else {
            return Ok(None);
        };
        let end = last_cost
            .max(self.savings_from)
            .saturating_add(PAYBACK_SEARCH_YEARS);
        let (mut cost, mut saved) = (Money::ZERO, Money::ZERO);
        for year in (first..=end).take(PAYBACK_SEARCH_LIMIT) {
            let too_large = || TooLarge::figure(Msg::FrPlanCost, self.name.as_str(), year);
            cost = checked_total([Some(cost), self.cost_in(year)]).ok_or_else(too_large)?;
            saved = saved
                .checked_add(self.savings_in(year))
                .ok_or_else(too_large)?;
            if cost > Money::ZERO && saved >= cost {
                return Ok(Some(year));
            }
        }
        Ok(None)
    }
}

/// What the balance view needs beside the frames, in `unit`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BalanceInputs {
    pub unit: AmountScale,
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
    pub fn describe(&self, unit: AmountScale, lang: Lang) -> String {
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
    pub unit: AmountScale,
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
    TooLarge(TooLarge),
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
            BalanceProblem::TooLarge(e) => e.text(lang),
        }
    }
}

/// All the problems found in the balance inputs.
pub type BalanceError = Problems<BalanceProblem>;

impl BalanceInputs {
    /// Inputs with nothing entered yet.
    pub fn new(unit: AmountScale) -> BalanceInputs {
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

/// The balance view for the plan years of `frames`. A figure that would
/// leave `Decimal`'s range is a [`BalanceProblem::TooLarge`], never a panic.
pub fn balance(frames: &Frames, inputs: &BalanceInputs) -> Result<BalanceView, BalanceError> {
    inputs.check(&frames.years)?;
    balance_years(frames, inputs).map_err(|e| BalanceError {
        problems: vec![BalanceProblem::TooLarge(e)],
    })
}

fn balance_years(frames: &Frames, inputs: &BalanceInputs) -> Result<BalanceView, TooLarge> {
    let unit = inputs.unit;
    let convert = |m: Money| frames.unit.convert(m, unit);
    let net = frames.net_in_force();
    let pot = frames.wage_pot_totals(None);
    let line_sum =
        |lines: &[NamedLine], year: i32| checked_total(lines.iter().map(|l| l.in_year(year)));

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
        let too_large = |figure: Msg| move || TooLarge::figure(figure, "", year);
        let revenues = line_sum(&inputs.revenues, year).ok_or_else(too_large(Msg::FrRevenues))?;
        let finance = line_sum(&inputs.finance, year).ok_or_else(too_large(Msg::FrFinance))?;
        let adjustments =
            line_sum(&inputs.adjustments, year).ok_or_else(too_large(Msg::FrAdjustments))?;
        // An efficiency requirement taken off is inside the net frames.
        let net_frames = convert(net[i]);
        let wage_pot = convert(pot[i]);
        let cost = |equity_only: bool| {
            checked_total(
                inputs
                    .restructuring
                    .iter()
                    .filter(|r| !equity_only || r.charged_to_equity)
                    .map(|r| r.cost_in(year)),
            )
            .ok_or_else(too_large(Msg::FrPlanCost))
        };
        let restructuring_cost = cost(false)?;
        let restructuring_savings =
            Money::checked_sum(inputs.restructuring.iter().map(|r| r.savings_in(year)))
                .ok_or_else(too_large(Msg::FrPlanSavings))?;
        let result = Money::checked_sum([
            revenues,
            -net_frames,
            -wage_pot,
            finance,
            -restructuring_cost,
            restructuring_savings,
        ])
        .ok_or_else(too_large(Msg::FrResult))?;
        let balance_result = result
            .checked_sub(adjustments)
            .ok_or_else(too_large(Msg::FrBalanceResult))?;
        equity = equity
            .checked_add(result)
            .ok_or_else(too_large(Msg::FrEquity))?;
        // Between zero and −balance_result: every step below stays within
        // the amounts it starts from.
        let charged_to_equity = if balance_result < Money::ZERO {
            cost(true)?.min(-balance_result)
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
                due: year.saturating_add(RESTORATION_YEARS),
                remaining: deficit,
            });
        }
        let remaining_obligation = Money::checked_sum(obligations.iter().map(|o| o.remaining))
            .ok_or_else(too_large(Msg::FrRemaining))?;
        let overdue = Money::checked_sum(
            obligations
                .iter()
                .filter(|o| o.due <= year)
                .map(|o| o.remaining),
        )
        .ok_or_else(too_large(Msg::FrOverdue))?;
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
            remaining_obligation,
            overdue,
        });
    }
    let paybacks = inputs
        .restructuring
        .iter()
        .map(|r| {
            Ok(Payback {
                name: r.name.clone(),
                year: r.payback_year()?,
                charged_to_equity: r.charged_to_equity,
            })
        })
        .collect::<Result<Vec<_>, TooLarge>>()?;
    Ok(BalanceView {
        unit,
        years,
        obligations,
        paybacks,
    })
}
