//! Assessing an indicator: the officer's stated grade stands; where it is
//! blank, a numeric indicator with a direction and a numeric target is
//! graded by the app (at or beyond the target satisfactory, within its
//! tolerance partly, otherwise not), budgetföljsamhet is graded from the
//! loaded FR1's net deviation, an indicator without an outcome lacks data,
//! and a text indicator is "Ej bedömd". Every grade says where it came from
//! ([`Basis`]), and a derivation that disagrees with the stated grade is
//! kept for the officer to look at.

use super::finding::GoalFinding;
use super::model::{Direction, GoalSet, Grade, Indicator};
use crate::finding::{Finding, FindingKind};
use crate::fr1::model::{Fr1Report, Period};
use crate::fr1::schema::{Group, Part, Report, Row};
use crate::money::{AmountScale, Money};
use crate::quarterly::in_scope;

/// The förvaltning's net deviation from budget (positive is favourable),
/// from its latest FR1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BudgetDeviation {
    pub deviation: Money,
    /// The report's amount unit.
    pub unit: AmountScale,
    /// Utfall (so far) when the report has it, else Prognos (full year).
    pub report: Report,
    pub period: Option<Period>,
}

/// The net deviation (NETTORESULTAT, Totalt, jämfört med budget) of the
/// latest loaded FR1 of förvaltning `code`: the Utfall so far, or the
/// Prognos when the report has no Utfall.
pub fn budget_deviation(reports: &[Fr1Report], code: &str) -> Option<BudgetDeviation> {
    reports
        .iter()
        .filter(|r| {
            r.meta
                .unit_id
                .as_ref()
                .is_some_and(|u| u.code.trim() == code.trim())
        })
        .filter_map(|r| {
            Report::ALL.into_iter().find_map(|report| {
                let deviation =
                    r.table(report)?
                        .get(Row::Nettoresultat, Group::VsBudget, Part::Totalt)?;
                Some(BudgetDeviation {
                    deviation,
                    unit: r.unit(),
                    report,
                    period: r.meta.period,
                })
            })
        })
        .max_by_key(|b| b.period)
}

/// Every indicator of `sets` whose förvaltning is among `codes` (all when
/// `None`), assessed with its förvaltning's deviation from `reports`.
pub fn assess_all<'a>(
    sets: &'a [GoalSet],
    reports: &[Fr1Report],
    codes: Option<&[String]>,
) -> Vec<(&'a Indicator, Assessment)> {
    sets.iter()
        .flat_map(|s| &s.indicators)
        .filter(|i| in_scope(i.unit_code(), codes))
        .map(|i| {
            let budget = i.unit_code().and_then(|c| budget_deviation(reports, c));
            (i, assess(i, budget.as_ref()))
        })
        .collect()
}

/// Where a grade came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Basis {
    /// The officer's assessment in the export.
    Stated,
    /// The app's, from outcome, target and direction.
    Derived,
    /// The app's, from the FR1's net deviation (budgetföljsamhet).
    Budget(BudgetDeviation),
    /// No outcome yet.
    NoOutcome,
    /// A text indicator nobody assessed.
    Text,
}

/// An indicator's grade, where it came from, and the app's own grade when
/// it disagrees with the stated one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub grade: Grade,
    pub basis: Basis,
    /// The app's derivation, when it contradicts the stated grade: a note
    /// for the officer, never a replacement.
    pub disagreeing: Option<Grade>,
}

impl Assessment {
    /// True when the app graded the indicator (shown as the app's).
    pub fn by_app(&self) -> bool {
        matches!(self.basis, Basis::Derived | Basis::Budget(_))
    }
}

/// What outcome, target and direction give, when all three are numbers;
/// `None` when they do not (a text indicator, a text target, no direction,
/// or no outcome).
///
/// ```
/// use budgetkoll::goals::assess::derive;
/// use budgetkoll::goals::model::{Direction, Grade, Indicator, Value};
/// use rust_decimal_macros::dec;
/// let sick_leave = Indicator {
///     direction: Some(Direction::LowerIsBetter),
///     target: Some(Value::from_number(dec!(5.5))),
///     outcome: Some(Value::from_number(dec!(5.4))),
///     ..Indicator::default()
/// };
/// assert_eq!(derive(&sick_leave), Some(Grade::Satisfactory));
/// ```
pub fn derive(indicator: &Indicator) -> Option<Grade> {
    let direction = indicator.direction?;
    let target = indicator.target.as_ref()?.number?;
    let outcome = indicator.outcome.as_ref()?.number?;
    // How far the outcome falls short of the target (≤ 0: met).
    let shortfall = match direction {
        Direction::HigherIsBetter => target.checked_sub(outcome)?,
        Direction::LowerIsBetter => outcome.checked_sub(target)?,
    };
    Some(if shortfall <= rust_decimal::Decimal::ZERO {
        Grade::Satisfactory
    } else if indicator.tolerance.is_some_and(|t| shortfall <= t.abs()) {
        Grade::Partly
    } else {
        Grade::Unsatisfactory
    })
}

/// True when the derived grade contradicts the stated one. Without a
/// tolerance the numbers only tell met from not met, so a stated "partly"
/// below the target agrees with them; with one, the levels must match.
fn disagrees(stated: Grade, derived: Grade, has_tolerance: bool) -> bool {
    let graded = |g: Grade| !matches!(g, Grade::NoData | Grade::NotAssessed);
    if !graded(stated) || !graded(derived) {
        return false;
    }
    if has_tolerance {
        stated != derived
    } else {
        (stated == Grade::Satisfactory) != (derived == Grade::Satisfactory)
    }
}

/// Assesses `indicator`; `budget` is its förvaltning's net deviation from
/// the loaded FR1, used for budgetföljsamhet when its outcome is empty.
pub fn assess(indicator: &Indicator, budget: Option<&BudgetDeviation>) -> Assessment {
    let derived = derive(indicator);
    if let Some(stated) = indicator.stated {
        return Assessment {
            grade: stated,
            basis: Basis::Stated,
            disagreeing: derived.filter(|&d| disagrees(stated, d, indicator.tolerance.is_some())),
        };
    }
    let (grade, basis) = match (derived, &indicator.outcome, budget) {
        (Some(grade), _, _) => (grade, Basis::Derived),
        (None, None, Some(b)) if indicator.is_budget_adherence() => {
            let grade = if b.deviation.0.is_sign_negative() && !b.deviation.is_zero() {
                Grade::Unsatisfactory
            } else {
                Grade::Satisfactory
            };
            (grade, Basis::Budget(*b))
        }
        (None, None, _) => (Grade::NoData, Basis::NoOutcome),
        (None, Some(_), _) => (Grade::NotAssessed, Basis::Text),
    };
    Assessment {
        grade,
        basis,
        disagreeing: None,
    }
}

/// Re-makes the "disagrees" findings of the indicators named `name` in
/// `set` after the officer changed an outcome or a grade in the page: a
/// finding stays at its cell while the stated grade and the figures still
/// disagree (with the grades as they are now), goes when they agree, and
/// comes (without a cell) when they newly disagree. Several förvaltningar's
/// indicators may share a name in one export; they are re-made together,
/// in the order of the set, each keeping the cells in the order found.
pub fn recheck_disagreements(findings: &mut Vec<Finding>, set: &GoalSet, name: &str) {
    let about = |f: &Finding| matches!(&f.kind, FindingKind::Goal(GoalFinding::Disagrees { indicator, .. }) if indicator == name);
    let at = findings.iter().position(about).unwrap_or(findings.len());
    let mut cells = findings
        .iter()
        .filter(|f| about(f))
        .map(|f| f.cell.clone())
        .collect::<Vec<_>>()
        .into_iter();
    findings.retain(|f| !about(f));
    let remade: Vec<Finding> = set
        .indicators
        .iter()
        .filter(|i| i.name == name)
        .filter_map(|i| Some((i.stated?, assess(i, None).disagreeing?)))
        .map(|(stated, derived)| {
            let kind = FindingKind::Goal(GoalFinding::Disagrees {
                indicator: name.to_string(),
                stated,
                derived,
            });
            Finding::new(cells.next().flatten(), kind)
        })
        .collect();
    let at = at.min(findings.len());
    findings.splice(at..at, remade);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::goals::model::Value;
    use rust_decimal::Decimal;
    use rust_decimal_macros::dec;

    fn numeric(direction: Direction, target: Decimal, outcome: Decimal) -> Indicator {
        Indicator {
            name: "Andel".into(),
            direction: Some(direction),
            target: Some(Value::from_number(target)),
            outcome: Some(Value::from_number(outcome)),
            ..Indicator::default()
        }
    }

    #[test]
    fn higher_is_better() {
        let g = |o| assess(&numeric(Direction::HigherIsBetter, dec!(90), o), None);
        assert_eq!(g(dec!(92)).grade, Grade::Satisfactory);
        // At the target is met.
        assert_eq!(g(dec!(90)).grade, Grade::Satisfactory);
        assert_eq!(g(dec!(86.5)).grade, Grade::Unsatisfactory);
        assert_eq!(g(dec!(86.5)).basis, Basis::Derived);
        assert!(g(dec!(86.5)).by_app());
    }

    #[test]
    fn lower_is_better() {
        let g = |o| assess(&numeric(Direction::LowerIsBetter, dec!(5.5), o), None);
        assert_eq!(g(dec!(5.4)).grade, Grade::Satisfactory);
        assert_eq!(g(dec!(5.5)).grade, Grade::Satisfactory);
        assert_eq!(g(dec!(5.6)).grade, Grade::Unsatisfactory);
    }

    #[test]
    fn within_the_tolerance_is_partly() {
        // Target 95 higher is better, tolerance 2: 93 is partly (95 − 2),
        // 92,9 is not; lower is better 3 days with 0,5: 3,5 partly.
        let mut i = numeric(Direction::HigherIsBetter, dec!(95), dec!(93));
        i.tolerance = Some(dec!(2));
        assert_eq!(assess(&i, None).grade, Grade::Partly);
        i.outcome = Some(Value::from_number(dec!(92.9)));
        assert_eq!(assess(&i, None).grade, Grade::Unsatisfactory);
        let mut days = numeric(Direction::LowerIsBetter, dec!(3), dec!(3.5));
        days.tolerance = Some(dec!(0.5));
        assert_eq!(assess(&days, None).grade, Grade::Partly);
    }

    #[test]
    fn the_stated_grade_stands_and_a_contradiction_is_kept() {
        // Leverantörsfakturor: 94,1 against 95 stated Uppfyllt.
        let mut i = numeric(Direction::HigherIsBetter, dec!(95), dec!(94.1));
        i.stated = Some(Grade::Satisfactory);
        let a = assess(&i, None);
        assert_eq!(a.grade, Grade::Satisfactory);
        assert_eq!(a.basis, Basis::Stated);
        assert_eq!(a.disagreeing, Some(Grade::Unsatisfactory));
        // "Delvis" below the target agrees when no tolerance is given.
        i.stated = Some(Grade::Partly);
        assert_eq!(assess(&i, None).disagreeing, None);
        // With a tolerance of 0,5 the numbers say not met.
        i.tolerance = Some(dec!(0.5));
        assert_eq!(assess(&i, None).disagreeing, Some(Grade::Unsatisfactory));
    }

    #[test]
    fn text_and_missing_outcomes() {
        let text = Indicator {
            name: "Handlingsplan".into(),
            target: Value::from_text("Fastställd"),
            outcome: Value::from_text("Fastställd"),
            ..Indicator::default()
        };
        let a = assess(&text, None);
        assert_eq!((a.grade, a.basis), (Grade::NotAssessed, Basis::Text));
        let waiting = Indicator {
            outcome: None,
            ..numeric(Direction::HigherIsBetter, dec!(80), dec!(0))
        };
        assert_eq!(assess(&waiting, None).grade, Grade::NoData);
    }

    #[test]
    fn budget_adherence_from_the_fr1() {
        let goal = Indicator {
            name: "Budgetföljsamhet".into(),
            direction: Some(Direction::HigherIsBetter),
            target: Value::from_text("Ingen eller positiv resultatavvikelse mot budget"),
            ..Indicator::default()
        };
        let dev = |d| BudgetDeviation {
            deviation: Money(d),
            unit: AmountScale::Tkr,
            report: Report::Utfall,
            period: Period::new(2024, 6),
        };
        let a = assess(&goal, Some(&dev(dec!(-1596))));
        assert_eq!(a.grade, Grade::Unsatisfactory);
        assert_eq!(a.basis, Basis::Budget(dev(dec!(-1596))));
        assert_eq!(
            assess(&goal, Some(&dev(dec!(0)))).grade,
            Grade::Satisfactory
        );
        assert_eq!(assess(&goal, None).grade, Grade::NoData);
    }
}
