//! The frames of every plan year, as one pure function of the decided
//! figures, the plan and the rules, so a changed rule just means computing
//! again and nothing is ever typed into a derived cell.
//!
//! A plan year up to the base year shows its decided figures. A later year
//! is computed from the base year's line: its indexed part compounded by
//! the line's rate for each year after the base (exact, on unrounded
//! values), its non-indexed part as it was, plus the decided changes of
//! those years; then rounded to whole tkr, half away from zero. Every
//! computed sum is a sum of rounded lines; a decided sum is the file's
//! stated Summa, or else its parts' decided figures together. Where a year is both decided and computed,
//! both are kept, side by side.

use super::findings::TooLarge;
use super::model::{
    round_to_tkr, stated_in, Category, Forvaltning, FrameLine, FrameTable, Namnd, StatedSum,
};
use super::rules::{
    percent_in, FrameChange, NonIndexedPortion, Plan, RuleProblem, Rules, RulesError,
};
use crate::i18n::Msg;
use crate::money::{AmountScale, Money};
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

/// A sum of one year: stated by the file, summed from its parts' decided
/// figures, derived from the decided lines, and computed from the computed
/// lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SumFigure {
    pub stated: Option<Money>,
    /// The sum of its parts' decided figures (a group's stated Summa, a
    /// förvaltning's): a nämnd's or the region's figure when the file
    /// states none. `None` on a förvaltning, whose parts are its lines.
    pub summed: Option<Money>,
    pub derived: Option<Money>,
    pub computed: Option<Money>,
}

impl SumFigure {
    /// The decided sum as the page shows it: the file's own figure, else
    /// its parts' decided figures together, else its lines'.
    pub fn decided(&self) -> Option<Money> {
        self.stated.or(self.summed).or(self.derived)
    }

    /// True when the decided sum is not stated but summed from stated
    /// parts: the region's total of the nämnder's Summa rows.
    pub fn is_summed(&self) -> bool {
        self.stated.is_none() && self.summed.is_some()
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
    /// Its Summa per plan year.
    pub totals: Vec<SumFigure>,
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
    /// Its Summa per plan year: its förvaltningar's together.
    pub totals: Vec<SumFigure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamndFrames {
    pub name: String,
    pub groups: Vec<GroupFrames>,
    pub forvaltningar: Vec<ForvaltningFrames>,
    pub stated: Vec<Option<Money>>,
    /// Its Summa per plan year.
    pub totals: Vec<SumFigure>,
    /// Its förvaltningar's wage pot and efficiency requirement, per plan
    /// year.
    pub wage_pot: Vec<Money>,
    pub efficiency: Vec<Money>,
}

/// Frames per nämnd → förvaltning → line × plan year, with every Summa,
/// wage pot and efficiency total computed once, with checked arithmetic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frames {
    pub unit: AmountScale,
    /// The plan years, the columns.
    pub years: Vec<i32>,
    /// The year the rules compute from.
    pub base: i32,
    /// True when the efficiency requirement is taken off the computed years.
    pub deducted: bool,
    pub namnder: Vec<NamndFrames>,
    /// The region's Summa as stated.
    pub stated: Vec<Option<Money>>,
    /// The region's Summa per plan year.
    pub totals: Vec<SumFigure>,
    /// The region's wage pot and efficiency requirement, per plan year.
    pub wage_pot: Vec<Money>,
    pub efficiency: Vec<Money>,
}

/// What every förvaltning's frames are computed with.
struct Context<'a> {
    plan: &'a Plan,
    rules: &'a Rules,
    unit: AmountScale,
    years: Vec<i32>,
    /// Per plan year, the wage level against the year before the plan:
    /// 1,031 × 1,033 for 3,1 % and 3,3 %. Rates are within ±100 % and a
    /// plan at most five years ([`Rules::check`]), so it stays small.
    wage_factor: Vec<Decimal>,
}

impl Context<'_> {
    /// `amount` rounded to whole tkr, or why it cannot be.
    fn round(
        &self,
        amount: Option<Money>,
        too_large: impl Fn() -> TooLarge,
    ) -> Result<Money, TooLarge> {
        amount
            .and_then(|m| round_to_tkr(m, self.unit))
            .ok_or_else(too_large)
    }

    /// The file's figures per plan year.
    fn stated(&self, list: &[StatedSum]) -> Vec<Option<Money>> {
        self.years.iter().map(|&y| stated_in(list, y)).collect()
    }

    /// Empty sums over the plan years: the file's Summa, nothing derived
    /// yet, and zero computed in the years the rules compute.
    fn no_sums(&self, stated: &[Option<Money>]) -> Vec<SumFigure> {
        self.years
            .iter()
            .zip(stated)
            .map(|(&y, &stated)| SumFigure {
                stated,
                summed: None,
                derived: None,
                computed: self.plan.computes(y).then_some(Money::ZERO),
            })
            .collect()
    }
}

/// Computes every plan year of every line in `table`, and every Summa,
/// wage pot and efficiency total. A figure that would leave `Decimal`'s
/// range is a [`RuleProblem::TooLarge`], never a panic.
pub fn compute(table: &FrameTable, plan: &Plan, rules: &Rules) -> Result<Frames, RulesError> {
    rules.check(table, plan)?;
    let years: Vec<i32> = plan.horizon().collect();
    let wage_factor = years
        .iter()
        .map(|&y| {
            plan.horizon()
                .take_while(|&w| w <= y)
                .map(|w| Decimal::ONE + percent_in(&rules.wage.rates, w).fraction())
                .product()
        })
        .collect();
    let ctx = Context {
        plan,
        rules,
        unit: table.unit,
        years,
        wage_factor,
    };
    frames(&ctx, table).map_err(|e| RulesError {
        problems: vec![RuleProblem::TooLarge(e)],
    })
}

fn frames(ctx: &Context, table: &FrameTable) -> Result<Frames, TooLarge> {
    let namnder = table
        .namnder
        .iter()
        .map(|n| namnd_frames(ctx, n))
        .collect::<Result<Vec<_>, _>>()?;
    let stated = ctx.stated(&table.stated);
    let mut totals = ctx.no_sums(&stated);
    for n in &namnder {
        add_sums(&mut totals, &n.totals, &ctx.years, "Summa regionen")?;
    }
    let pots = |of: fn(&NamndFrames) -> &[Money], figure| {
        column_sum(namnder.iter().map(of), &ctx.years, |y| {
            TooLarge::figure(figure, "", y)
        })
    };
    Ok(Frames {
        unit: ctx.unit,
        base: ctx.plan.base,
        deducted: ctx.rules.efficiency.deduct,
        wage_pot: pots(|n| &n.wage_pot, Msg::FrWagePot)?,
        efficiency: pots(|n| &n.efficiency, Msg::FrEfficiency)?,
        years: ctx.years.clone(),
        namnder,
        stated,
        totals,
    })
}

fn namnd_frames(ctx: &Context, n: &Namnd) -> Result<NamndFrames, TooLarge> {
    let forvaltningar = n
        .forvaltningar
        .iter()
        .map(|f| forvaltning_frames(ctx, n, f))
        .collect::<Result<Vec<_>, _>>()?;
    let groups = n
        .groups
        .iter()
        .map(|g| {
            let stated = ctx.stated(&g.stated);
            let mut totals = ctx.no_sums(&stated);
            let label = || format!("Summa {}", g.name);
            for f in forvaltningar
                .iter()
                .filter(|f| f.group.as_deref() == Some(g.name.as_str()))
            {
                add_sums(&mut totals, &f.totals, &ctx.years, &label())?;
            }
            Ok(GroupFrames {
                name: g.name.clone(),
                stated,
                totals,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let stated = ctx.stated(&n.stated);
    let mut totals = ctx.no_sums(&stated);
    let label = format!("Summa {}", n.name);
    // Its parts: each group once (with its stated Summa), and the
    // förvaltningar in none.
    let mut added: Vec<&str> = Vec::new();
    for f in &forvaltningar {
        let group = f
            .group
            .as_deref()
            .and_then(|name| groups.iter().find(|g| g.name == name));
        match group {
            None => add_sums(&mut totals, &f.totals, &ctx.years, &label)?,
            Some(g) if !added.contains(&g.name.as_str()) => {
                added.push(&g.name);
                add_sums(&mut totals, &g.totals, &ctx.years, &label)?;
            }
            Some(_) => {}
        }
    }
    let pots = |of: fn(&ForvaltningFrames) -> &[Money], figure| {
        column_sum(forvaltningar.iter().map(of), &ctx.years, |y| {
            TooLarge::figure(figure, n.name.as_str(), y)
        })
    };
    Ok(NamndFrames {
        name: n.name.clone(),
        wage_pot: pots(|f| &f.wage_pot, Msg::FrWagePot)?,
        efficiency: pots(|f| &f.efficiency, Msg::FrEfficiency)?,
        groups,
        forvaltningar,
        stated,
        totals,
    })
}

fn forvaltning_frames(
    ctx: &Context,
    n: &Namnd,
    f: &Forvaltning,
) -> Result<ForvaltningFrames, TooLarge> {
    let rules = ctx.rules;
    let changes: Vec<&FrameChange> = rules
        .changes
        .iter()
        .filter(|c| c.forvaltning == f.name && ctx.plan.computes(c.year))
        .collect();
    let mut categories: Vec<(Category, Option<&FrameLine>)> =
        f.lines.iter().map(|l| (l.category, Some(l))).collect();
    for c in &changes {
        if !categories.iter().any(|(cat, _)| *cat == c.category) {
            categories.push((c.category, None));
        }
    }
    let lines = categories
        .into_iter()
        .map(|(category, line)| line_frames(ctx, n, f, category, line, &changes))
        .collect::<Result<Vec<_>, _>>()?;

    // The lines of some categories in force, summed, in plan year `i`.
    let in_force = |i: usize, wanted: &dyn Fn(Category) -> bool| {
        Money::checked_sum(
            lines
                .iter()
                .filter(|l| wanted(l.category))
                .filter_map(|l| l.figures[i].in_force()),
        )
    };
    let pot_exempt = rules.wage.exempt.contains(&f.name);
    let eff_exempt = rules.efficiency.exempt.contains(&f.name);
    let mut wage_pot = Vec::with_capacity(ctx.years.len());
    let mut efficiency = Vec::with_capacity(ctx.years.len());
    for (i, &y) in ctx.years.iter().enumerate() {
        let increase = ctx.wage_factor[i] - Decimal::ONE;
        wage_pot.push(if pot_exempt || increase.is_zero() {
            Money::ZERO
        } else {
            let personal = in_force(i, &|c| c == Category::Personal);
            ctx.round(personal.and_then(|p| p.checked_scale(increase)), || {
                TooLarge::figure(Msg::FrWagePot, f.name.as_str(), y)
            })?
        });
        let share = rules.efficiency.share(ctx.plan, y);
        efficiency.push(if eff_exempt || share.is_zero() {
            Money::ZERO
        } else {
            let costs = in_force(i, &|c| rules.efficiency.categories.contains(&c));
            ctx.round(costs.and_then(|c| c.checked_scale(share)), || {
                TooLarge::figure(Msg::FrEfficiency, f.name.as_str(), y)
            })?
        });
    }

    let stated = ctx.stated(&f.stated);
    let label = || format!("Summa {}", f.name);
    let totals = ctx
        .years
        .iter()
        .enumerate()
        .map(|(i, &y)| {
            let too_large = || TooLarge::row(label(), y);
            let mut decided = lines.iter().filter_map(|l| l.figures[i].decided).peekable();
            let derived = match decided.peek() {
                None => None,
                Some(_) => Some(Money::checked_sum(decided).ok_or_else(too_large)?),
            };
            let computed = match ctx.plan.computes(y) {
                false => None,
                true => {
                    let taken = if rules.efficiency.deduct {
                        efficiency[i]
                    } else {
                        Money::ZERO
                    };
                    let net = in_force(i, &|_| true).and_then(|m| m.checked_sub(taken));
                    Some(net.ok_or_else(too_large)?)
                }
            };
            Ok(SumFigure {
                stated: stated[i],
                summed: None,
                derived,
                computed,
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(ForvaltningFrames {
        name: f.name.clone(),
        group: f.group.clone(),
        lines,
        stated,
        wage_pot,
        efficiency,
        totals,
    })
}

/// One line over the plan years: decided where the table has a figure,
/// computed after the base year from the base year's figure (its indexed
/// part compounded, its non-indexed part as it was, plus the decided
/// changes), rounded to whole tkr.
fn line_frames(
    ctx: &Context,
    n: &Namnd,
    f: &Forvaltning,
    category: Category,
    line: Option<&FrameLine>,
    changes: &[&FrameChange],
) -> Result<LineFrames, TooLarge> {
    let (rules, plan) = (ctx.rules, ctx.plan);
    let label = line.map_or(category.label(), |l| l.name());
    let too_large = |y| TooLarge::row(format!("{} {label}", f.name), y);
    let line_changes: Vec<&FrameChange> = changes
        .iter()
        .copied()
        .filter(|c| c.category == category)
        .collect();
    let base = match (
        line.and_then(|l| l.decided_in(plan.base)),
        line_changes.is_empty(),
    ) {
        (None, true) => None,
        (b, _) => Some(b.unwrap_or(Money::ZERO)),
    };
    let fixed = match base {
        None => Money::ZERO,
        Some(b) => rules
            .non_indexed
            .iter()
            .filter(|x| x.forvaltning == f.name && x.category == category)
            .try_fold(Money::ZERO, |sum, x| {
                let part = match &x.portion {
                    NonIndexedPortion::Share(p) => b.checked_scale(p.fraction())?,
                    NonIndexedPortion::Named { amount, .. } => *amount,
                };
                sum.checked_add(part)
            })
            .ok_or_else(|| too_large(plan.base))?,
    };
    let group = f.group.as_deref();
    let mut factor = Decimal::ONE;
    let mut done = plan.base;
    let mut figures = Vec::with_capacity(ctx.years.len());
    for &y in &ctx.years {
        let decided = line.and_then(|l| l.decided_in(y));
        let computed = match base.filter(|_| plan.computes(y)) {
            None => None,
            Some(b) => {
                // Within ±100 % a year over at most a plan's span from the
                // base (Rules::check): the factor stays small.
                while done < y {
                    done += 1;
                    let rate = rules.rate(&n.name, group, &f.name, category, done);
                    factor *= Decimal::ONE + rate.fraction();
                }
                let changed = Money::checked_sum(line_changes.iter().map(|c| c.effect_in(y)));
                let value = b
                    .checked_sub(fixed)
                    .and_then(|indexed| indexed.checked_scale(factor))
                    .and_then(|m| m.checked_add(fixed))
                    .and_then(|m| m.checked_add(changed?));
                Some(ctx.round(value, || too_large(y))?)
            }
        };
        figures.push(Figure { decided, computed });
    }
    Ok(LineFrames {
        category,
        label: label.to_string(),
        figures,
    })
}

/// Adds a part's sums (a förvaltning's, a group's, a nämnd's) into `into`,
/// year by year: its decided figure to the summed, its lines to the
/// derived, where either has one, and computed where the rules compute.
fn add_sums(
    into: &mut [SumFigure],
    part: &[SumFigure],
    years: &[i32],
    label: &str,
) -> Result<(), TooLarge> {
    let add = |a: Option<Money>, b: Option<Money>| match (a, b) {
        (Some(a), Some(b)) => a.checked_add(b).map(Some),
        (a, None) => Some(a),
        (None, b) => Some(b),
    };
    for ((sum, p), &y) in into.iter_mut().zip(part).zip(years) {
        let too_large = || TooLarge::row(label, y);
        sum.summed = add(sum.summed, p.decided()).ok_or_else(too_large)?;
        sum.derived = add(sum.derived, p.derived).ok_or_else(too_large)?;
        sum.computed = add(sum.computed, p.computed).ok_or_else(too_large)?;
    }
    Ok(())
}

/// Column-wise sums of per-year amounts.
fn column_sum<'a>(
    rows: impl Iterator<Item = &'a [Money]>,
    years: &[i32],
    too_large: impl Fn(i32) -> TooLarge,
) -> Result<Vec<Money>, TooLarge> {
    let mut out = vec![Money::ZERO; years.len()];
    for row in rows {
        for ((o, v), &y) in out.iter_mut().zip(row).zip(years) {
            *o = o.checked_add(*v).ok_or_else(|| too_large(y))?;
        }
    }
    Ok(out)
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
    pub fn forvaltning_totals<'a>(&self, f: &'a ForvaltningFrames) -> &'a [SumFigure] {
        &f.totals
    }

    /// A nämnd's Summa per plan year.
    pub fn namnd_totals<'a>(&self, n: &'a NamndFrames) -> &'a [SumFigure] {
        &n.totals
    }

    /// The region's Summa per plan year.
    pub fn region_totals(&self) -> &[SumFigure] {
        &self.totals
    }

    /// The region's net frames in force per plan year (zero where no
    /// figure exists): what the balance requirement is computed on.
    pub fn net_in_force(&self) -> Vec<Money> {
        self.totals
            .iter()
            .map(|s| s.in_force().unwrap_or(Money::ZERO))
            .collect()
    }

    /// The wage pot per plan year, of a nämnd or (`None`) the region.
    pub fn wage_pot_totals<'a>(&'a self, namnd: Option<&'a NamndFrames>) -> &'a [Money] {
        namnd.map_or(&self.wage_pot, |n| &n.wage_pot)
    }

    /// The efficiency requirement per plan year, of a nämnd or (`None`) the
    /// region.
    pub fn efficiency_totals<'a>(&'a self, namnd: Option<&'a NamndFrames>) -> &'a [Money] {
        namnd.map_or(&self.efficiency, |n| &n.efficiency)
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
        // Labels are written only for what differs.
        let mut compare =
            |namnd: &str, label: &dyn Fn() -> String, figures: &mut dyn Iterator<Item = Figure>| {
                for (f, y) in figures.zip(&self.years) {
                    if !years.contains(y) {
                        continue;
                    }
                    if let (Some(decided), Some(computed)) = (f.decided, f.computed) {
                        out.compared += 1;
                        if decided != computed {
                            out.differences.push(Difference {
                                namnd: namnd.to_string(),
                                label: label(),
                                year: *y,
                                decided,
                                computed,
                            });
                        }
                    }
                }
            };
        for n in &self.namnder {
            for f in &n.forvaltningar {
                if !f.is_sum_only() {
                    for l in &f.lines {
                        let label = || format!("{} {}", f.name, l.label);
                        compare(&n.name, &label, &mut l.figures.iter().copied());
                    }
                }
                let label = || format!("Summa {}", f.name);
                compare(&n.name, &label, &mut f.totals.iter().map(SumFigure::figure));
            }
            for g in &n.groups {
                let label = || format!("Summa {}", g.name);
                compare(&n.name, &label, &mut g.totals.iter().map(SumFigure::figure));
            }
            let label = || format!("Summa {}", n.name);
            compare(&n.name, &label, &mut n.totals.iter().map(SumFigure::figure));
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
