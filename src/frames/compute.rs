//! The frames of every plan year, as one pure function of the decided
//! figures, the plan and the rules, so a changed rule just means computing
//! again and nothing is ever typed into a derived cell.
//!
//! A plan year up to the base year shows its decided figures. A later year
//! is computed from the base year's line: its indexed part compounded by
//! the line's rate for each year after the base (exact, on unrounded
//! values), its non-indexed part as it was, plus the decided changes of
//! those years; then rounded to whole tkr, half away from zero. Every sum
//! is a sum of rounded lines. Where a year is both decided and computed,
//! both are kept, side by side.

use super::model::{round_to_tkr, stated_in, Category, FrameLine, FrameTable, StatedSum};
use super::rules::{percent_in, NonIndexedPortion, Plan, Rules, RulesError};
use crate::money::{Money, Unit};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One figure of one year: what was decided and what the rules give.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub decided: Option<Money>,
    pub computed: Option<Money>,
}

impl Figure {
    /// The figure in force: computed where the rules compute, else decided.
    pub fn in_force(&self) -> Option<Money> {
        self.computed.or(self.decided)
    }

    /// True when decided and computed both exist and differ.
    pub fn differs(&self) -> bool {
        matches!((self.decided, self.computed), (Some(d), Some(c)) if d != c)
    }
}

/// A sum of one year: stated by the file, derived from the decided lines,
/// and computed from the computed lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SumFigure {
    pub stated: Option<Money>,
    pub derived: Option<Money>,
    pub computed: Option<Money>,
}

impl SumFigure {
    /// The decided sum as the page shows it: the file's own figure.
    pub fn decided(&self) -> Option<Money> {
        self.stated.or(self.derived)
    }

    pub fn in_force(&self) -> Option<Money> {
        self.computed.or(self.decided())
    }

    /// As a [`Figure`] (decided = the stated or derived sum).
    pub fn figure(&self) -> Figure {
        Figure {
            decided: self.decided(),
            computed: self.computed,
        }
    }

    /// True when the file states a sum that its lines do not give.
    pub fn stated_differs(&self) -> bool {
        matches!((self.stated, self.derived), (Some(s), Some(d)) if s != d)
    }
}

/// One line over the plan years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineFrames {
    pub category: Category,
    /// The label to show (the file's).
    pub label: String,
    pub figures: Vec<Figure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForvaltningFrames {
    pub name: String,
    pub group: Option<String>,
    pub lines: Vec<LineFrames>,
    /// The Summa the file states, per plan year.
    pub stated: Vec<Option<Money>>,
    /// The wage pot held centrally for its personnel, per plan year.
    pub wage_pot: Vec<Money>,
    /// The efficiency requirement, per plan year (taken off the computed
    /// years' frame when [`Frames::deducted`]).
    pub efficiency: Vec<Money>,
}

impl ForvaltningFrames {
    /// True for a frame given only as a sum.
    pub fn is_sum_only(&self) -> bool {
        self.lines.len() == 1 && self.lines[0].category == Category::Frame
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupFrames {
    pub name: String,
    pub stated: Vec<Option<Money>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamndFrames {
    pub name: String,
    pub groups: Vec<GroupFrames>,
    pub forvaltningar: Vec<ForvaltningFrames>,
    pub stated: Vec<Option<Money>>,
}

/// Frames per nämnd → förvaltning → line × plan year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frames {
    pub unit: Unit,
    /// The plan years, the columns.
    pub years: Vec<i32>,
    /// The year the rules compute from.
    pub base: i32,
    /// True when the efficiency requirement is taken off the computed years.
    pub deducted: bool,
    pub namnder: Vec<NamndFrames>,
    /// The region's Summa as stated.
    pub stated: Vec<Option<Money>>,
}

/// Computes every plan year of every line in `table`.
pub fn compute(table: &FrameTable, plan: &Plan, rules: &Rules) -> Result<Frames, RulesError> {
    rules.check(table, plan)?;
    let years: Vec<i32> = plan.horizon().collect();
    let stated = |list: &[StatedSum]| -> Vec<Option<Money>> {
        years.iter().map(|&y| stated_in(list, y)).collect()
    };
    let wage_factor: Vec<Decimal> = years
        .iter()
        .map(|&y| {
            plan.horizon()
                .take_while(|&w| w <= y)
                .map(|w| Decimal::ONE + percent_in(&rules.wage.rates, w).fraction())
                .product()
        })
        .collect();
    let unit = table.unit;
    let round = |m: Money| round_to_tkr(m, unit);

    let namnder = table
        .namnder
        .iter()
        .map(|n| NamndFrames {
            name: n.name.clone(),
            groups: n
                .groups
                .iter()
                .map(|g| GroupFrames {
                    name: g.name.clone(),
                    stated: stated(&g.stated),
                })
                .collect(),
            stated: stated(&n.stated),
            forvaltningar: n
                .forvaltningar
                .iter()
                .map(|f| {
                    let group = f.group.as_deref();
                    let changes: Vec<_> = rules
                        .changes
                        .iter()
                        .filter(|c| c.forvaltning == f.name && c.year > plan.base)
                        .collect();
                    let mut lines: Vec<LineFrames> = Vec::with_capacity(f.lines.len());
                    let mut categories: Vec<(Category, Option<&FrameLine>)> =
                        f.lines.iter().map(|l| (l.category, Some(l))).collect();
                    for c in &changes {
                        if !categories.iter().any(|(cat, _)| *cat == c.category) {
                            categories.push((c.category, None));
                        }
                    }
                    for (category, line) in categories {
                        let base = line.and_then(|l| l.decided_in(plan.base));
                        let line_changes: Vec<_> =
                            changes.iter().filter(|c| c.category == category).collect();
                        let base = match (base, line_changes.is_empty()) {
                            (None, true) => None,
                            (b, _) => Some(b.unwrap_or(Money::ZERO)),
                        };
                        let fixed: Money = base.map_or(Money::ZERO, |b| {
                            rules
                                .non_indexed
                                .iter()
                                .filter(|x| x.forvaltning == f.name && x.category == category)
                                .map(|x| match &x.portion {
                                    NonIndexedPortion::Share(p) => b.scale(p.fraction()),
                                    NonIndexedPortion::Named { amount, .. } => *amount,
                                })
                                .sum()
                        });
                        let mut factor = Decimal::ONE;
                        let mut done = plan.base;
                        let figures = years
                            .iter()
                            .map(|&y| {
                                let decided = line.and_then(|l| l.decided_in(y));
                                let computed = base.filter(|_| plan.computes(y)).map(|b| {
                                    while done < y {
                                        done += 1;
                                        let rate =
                                            rules.rate(&n.name, group, &f.name, category, done);
                                        factor *= Decimal::ONE + rate.fraction();
                                    }
                                    let changed: Money =
                                        line_changes.iter().map(|c| c.effect_in(y)).sum();
                                    round(fixed + (b - fixed).scale(factor) + changed)
                                });
                                Figure { decided, computed }
                            })
                            .collect();
                        lines.push(LineFrames {
                            category,
                            label: line.map_or(category.label(), |l| l.name()).to_string(),
                            figures,
                        });
                    }
                    let in_force = |i: usize, wanted: &dyn Fn(Category) -> bool| -> Money {
                        lines
                            .iter()
                            .filter(|l| wanted(l.category))
                            .filter_map(|l| l.figures[i].in_force())
                            .sum()
                    };
                    let pot_exempt = rules.wage.exempt.contains(&f.name);
                    let wage_pot = (0..years.len())
                        .map(|i| {
                            if pot_exempt {
                                return Money::ZERO;
                            }
                            let personal = in_force(i, &|c| c == Category::Personal);
                            round(personal.scale(wage_factor[i] - Decimal::ONE))
                        })
                        .collect();
                    let eff_exempt = rules.efficiency.exempt.contains(&f.name);
                    let efficiency = years
                        .iter()
                        .enumerate()
                        .map(|(i, &y)| {
                            if eff_exempt {
                                return Money::ZERO;
                            }
                            let costs = in_force(i, &|c| rules.efficiency.categories.contains(&c));
                            round(costs.scale(rules.efficiency.share(plan, y)))
                        })
                        .collect();
                    ForvaltningFrames {
                        name: f.name.clone(),
                        group: f.group.clone(),
                        lines,
                        stated: stated(&f.stated),
                        wage_pot,
                        efficiency,
                    }
                })
                .collect(),
        })
        .collect();

    let region = stated(&table.stated);
    Ok(Frames {
        unit,
        years,
        base: plan.base,
        deducted: rules.efficiency.deduct,
        namnder,
        stated: region,
    })
}

/// Sums lines year by year: the derived sum of the decided figures (none
/// when no line has one) and the computed sum (the lines in force, less the
/// efficiency taken off, in the years the rules compute).
fn sum<'a>(
    frames: &Frames,
    forvaltningar: impl Iterator<Item = &'a ForvaltningFrames> + Clone,
    stated: &[Option<Money>],
) -> Vec<SumFigure> {
    (0..frames.years.len())
        .map(|i| {
            let figures = forvaltningar
                .clone()
                .flat_map(|f| f.lines.iter().map(move |l| l.figures[i]));
            let decided: Vec<Money> = figures.clone().filter_map(|f| f.decided).collect();
            let computes = frames.years[i] > frames.base;
            let computed = computes.then(|| {
                let lines: Money = figures.filter_map(|f| f.in_force()).sum();
                let taken: Money = if frames.deducted {
                    forvaltningar.clone().map(|f| f.efficiency[i]).sum()
                } else {
                    Money::ZERO
                };
                lines - taken
            });
            SumFigure {
                stated: stated.get(i).copied().flatten(),
                derived: (!decided.is_empty()).then(|| decided.into_iter().sum()),
                computed,
            }
        })
        .collect()
}

/// Column-wise sums of per-year amounts.
fn column_sum<'a>(rows: impl Iterator<Item = &'a [Money]>, len: usize) -> Vec<Money> {
    let mut out = vec![Money::ZERO; len];
    for row in rows {
        for (o, v) in out.iter_mut().zip(row) {
            *o += *v;
        }
    }
    out
}

impl Frames {
    /// Every förvaltning with its nämnd.
    pub fn forvaltningar(&self) -> impl Iterator<Item = (&NamndFrames, &ForvaltningFrames)> {
        self.namnder
            .iter()
            .flat_map(|n| n.forvaltningar.iter().map(move |f| (n, f)))
    }

    /// The förvaltning with this name.
    pub fn forvaltning(&self, name: &str) -> Option<&ForvaltningFrames> {
        self.forvaltningar()
            .map(|(_, f)| f)
            .find(|f| f.name == name)
    }

    pub fn namnd(&self, name: &str) -> Option<&NamndFrames> {
        self.namnder.iter().find(|n| n.name == name)
    }

    /// A förvaltning's Summa per plan year.
    pub fn forvaltning_totals(&self, f: &ForvaltningFrames) -> Vec<SumFigure> {
        sum(self, std::iter::once(f), &f.stated)
    }

    /// A group's Summa per plan year.
    pub fn group_totals(&self, n: &NamndFrames, group: &GroupFrames) -> Vec<SumFigure> {
        let members = n
            .forvaltningar
            .iter()
            .filter(|f| f.group.as_deref() == Some(group.name.as_str()));
        sum(self, members, &group.stated)
    }

    /// A nämnd's Summa per plan year.
    pub fn namnd_totals(&self, n: &NamndFrames) -> Vec<SumFigure> {
        sum(self, n.forvaltningar.iter(), &n.stated)
    }

    /// The region's Summa per plan year.
    pub fn region_totals(&self) -> Vec<SumFigure> {
        let all = self.namnder.iter().flat_map(|n| n.forvaltningar.iter());
        sum(self, all, &self.stated)
    }

    /// The region's net frames in force per plan year (zero where no
    /// figure exists): what the balance requirement is computed on.
    pub fn net_in_force(&self) -> Vec<Money> {
        self.region_totals()
            .iter()
            .map(|s| s.in_force().unwrap_or(Money::ZERO))
            .collect()
    }

    /// The wage pot per plan year, of a nämnd or (`None`) the region.
    pub fn wage_pot_totals(&self, namnd: Option<&NamndFrames>) -> Vec<Money> {
        let len = self.years.len();
        match namnd {
            Some(n) => column_sum(n.forvaltningar.iter().map(|f| f.wage_pot.as_slice()), len),
            None => column_sum(
                self.forvaltningar().map(|(_, f)| f.wage_pot.as_slice()),
                len,
            ),
        }
    }

    /// The efficiency requirement per plan year, of a nämnd or (`None`) the
    /// region.
    pub fn efficiency_totals(&self, namnd: Option<&NamndFrames>) -> Vec<Money> {
        let len = self.years.len();
        match namnd {
            Some(n) => column_sum(n.forvaltningar.iter().map(|f| f.efficiency.as_slice()), len),
            None => column_sum(
                self.forvaltningar().map(|(_, f)| f.efficiency.as_slice()),
                len,
            ),
        }
    }

    /// The region's total of one category in force, per plan year.
    pub fn category_totals(&self, category: Category) -> Vec<Money> {
        (0..self.years.len())
            .map(|i| {
                self.forvaltningar()
                    .flat_map(|(_, f)| f.lines.iter())
                    .filter(|l| l.category == category)
                    .filter_map(|l| l.figures[i].in_force())
                    .sum()
            })
            .collect()
    }

    /// How the computed years compare with the decided ones, where a year
    /// is both: every line and every Summa, and what differs.
    pub fn reproduction(&self) -> Option<Reproduction> {
        let years: Vec<i32> = self
            .years
            .iter()
            .enumerate()
            .filter(|&(i, &y)| {
                y > self.base
                    && self
                        .forvaltningar()
                        .flat_map(|(_, f)| &f.lines)
                        .any(|l| l.figures[i].decided.is_some())
            })
            .map(|(_, &y)| y)
            .collect();
        if years.is_empty() {
            return None;
        }
        let mut out = Reproduction {
            years: years.clone(),
            compared: 0,
            differences: Vec::new(),
        };
        let mut compare = |namnd: &str, label: &str, figures: &[Figure]| {
            for (i, &y) in self.years.iter().enumerate() {
                if !years.contains(&y) {
                    continue;
                }
                let f = figures[i];
                if let (Some(decided), Some(computed)) = (f.decided, f.computed) {
                    out.compared += 1;
                    if decided != computed {
                        out.differences.push(Difference {
                            namnd: namnd.to_string(),
                            label: label.to_string(),
                            year: y,
                            decided,
                            computed,
                        });
                    }
                }
            }
        };
        let figures =
            |sums: Vec<SumFigure>| -> Vec<Figure> { sums.iter().map(SumFigure::figure).collect() };
        for n in &self.namnder {
            for f in &n.forvaltningar {
                if !f.is_sum_only() {
                    for l in &f.lines {
                        compare(&n.name, &format!("{} {}", f.name, l.label), &l.figures);
                    }
                }
                let label = format!("Summa {}", f.name);
                compare(&n.name, &label, &figures(self.forvaltning_totals(f)));
            }
            for g in &n.groups {
                let label = format!("Summa {}", g.name);
                compare(&n.name, &label, &figures(self.group_totals(n, g)));
            }
            let label = format!("Summa {}", n.name);
            compare(&n.name, &label, &figures(self.namnd_totals(n)));
        }
        Some(out)
    }
}

/// Computed against decided, for the years that are both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reproduction {
    pub years: Vec<i32>,
    /// How many figures (lines and sums × years) were compared.
    pub compared: usize,
    pub differences: Vec<Difference>,
}

/// One figure the rules do not reproduce.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Difference {
    pub namnd: String,
    /// `Exempelsjukhuset Drift`, `Summa Närvård`.
    pub label: String,
    pub year: i32,
    pub decided: Money,
    pub computed: Money,
}
