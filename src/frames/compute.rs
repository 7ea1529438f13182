//! Frames computed from a base year and the rules, as one pure function, so a
//! changed rule just means computing again and nothing is ever typed into a
//! derived cell. Compounding is exact (base × 1,022 × 1,024); rounding happens
//! only when a figure is displayed.

use super::model::{Category, ForvaltningFrames, FrameBase, FrameLine, Frames, NamndFrames};
use super::rules::{NonIndexedPortion, Percent, Rules, RulesError, MAX_HORIZON};
use crate::money::Money;
use rust_decimal::Decimal;

const MAX_YEARS: usize = MAX_HORIZON as usize;

/// Computes the frames of every förvaltning in `base` for the years of
/// `rules`:
///
/// - each category is indexed by the compounded rates of the years after the
///   base year, except its non-indexed portion;
/// - decided changes are added (permanent ones from their year on, one-offs
///   in their year);
/// - the efficiency requirement of the year is taken off each cost category
///   and reported as the förvaltning's consequence;
/// - personnel stays at the base year's wage level; the wage pot the centre
///   holds for it is personnel × (compounded wage increase − 1).
pub fn compute(base: &FrameBase, rules: &Rules) -> Result<Frames, RulesError> {
    rules.check(base)?;
    let years: Vec<i32> = rules.horizon().collect();
    let n = years.len().min(MAX_YEARS);

    let mut index = [[Decimal::ONE; MAX_YEARS]; Category::COUNT];
    for cat in Category::ALL {
        let rates = rules
            .indexation
            .iter()
            .filter(|x| x.category == cat)
            .map(|x| (x.year, x.percent));
        fill_factors(&mut index[cat.index()], rates, base.year, &years);
    }
    let mut wage = [Decimal::ONE; MAX_YEARS];
    let wage_rates = rules.wage_increase.iter().map(|w| (w.year, w.percent));
    fill_factors(&mut wage, wage_rates, base.year, &years);
    let mut efficiency = [Decimal::ZERO; MAX_YEARS];
    for (e, &y) in efficiency.iter_mut().zip(&years) {
        *e = rules
            .efficiency
            .iter()
            .find(|r| r.year == y)
            .map(|r| r.percent.fraction())
            .unwrap_or_default();
    }

    let namnder = base
        .namnder
        .iter()
        .map(|nb| NamndFrames {
            name: nb.name.clone(),
            forvaltningar: nb
                .forvaltningar
                .iter()
                .map(|f| {
                    let mut out = ForvaltningFrames {
                        name: f.name.clone(),
                        lines: Vec::with_capacity(Category::COUNT),
                        wage_pot: vec![Money::ZERO; n],
                        efficiency: vec![Money::ZERO; n],
                    };
                    let changes: Vec<_> = rules
                        .changes
                        .iter()
                        .filter(|c| c.forvaltning == f.name)
                        .collect();
                    for cat in Category::ALL {
                        let present = f.amounts.iter().any(|a| a.category == cat)
                            || changes.iter().any(|c| c.category == cat);
                        if !present {
                            continue;
                        }
                        let base_amount = f.amount(cat);
                        let fixed: Money = rules
                            .non_indexed
                            .iter()
                            .filter(|x| x.forvaltning == f.name && x.category == cat)
                            .map(|x| match &x.portion {
                                NonIndexedPortion::Share(p) => base_amount.scale(p.fraction()),
                                NonIndexedPortion::Named { amount, .. } => *amount,
                            })
                            .sum();
                        let indexed = base_amount - fixed;
                        let mut amounts = Vec::with_capacity(n);
                        for (i, &y) in years.iter().take(n).enumerate() {
                            let mut v = fixed
                                + indexed.scale(index[cat.index()][i])
                                + changes
                                    .iter()
                                    .filter(|c| c.category == cat)
                                    .map(|c| c.effect_in(y))
                                    .sum();
                            if cat.is_cost() {
                                let e = v.scale(efficiency[i]);
                                v -= e;
                                out.efficiency[i] += e;
                            }
                            if cat == Category::Personal {
                                out.wage_pot[i] += v.scale(wage[i] - Decimal::ONE);
                            }
                            amounts.push(v);
                        }
                        out.lines.push(FrameLine {
                            category: cat,
                            amounts,
                        });
                    }
                    out
                })
                .collect(),
        })
        .collect();

    Ok(Frames {
        unit: base.unit,
        years,
        namnder,
    })
}

/// `factors[i]` = Π (1 + rate) over the years after `base_year` up to
/// `years[i]`, multiplied in year order.
fn fill_factors(
    factors: &mut [Decimal; MAX_YEARS],
    rates: impl Iterator<Item = (i32, Percent)> + Clone,
    base_year: i32,
    years: &[i32],
) {
    let mut factor = Decimal::ONE;
    let mut done = base_year;
    for (slot, &y) in factors.iter_mut().zip(years) {
        while done < y {
            done += 1;
            if let Some((_, p)) = rates.clone().find(|(year, _)| *year == done) {
                factor *= Decimal::ONE + p.fraction();
            }
        }
        *slot = factor;
    }
}
