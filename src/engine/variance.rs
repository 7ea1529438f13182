//! Variances (avvikelser): how far an actual figure is from its reference.
//!
//! The whole product reads variances one way: *reference minus actual*, so with
//! revenues negative and costs positive a positive variance is favourable on
//! every row (lower cost, or more revenue, than the reference). This module is
//! the one place that rule is computed; tables, charts and summaries only
//! show [`Variance`] values.
//!
//! **The report's own figure first.** An FR1 states its variance columns
//! (`UTFALL JMF BUDGET` …), rounded separately from the amounts they compare,
//! so a stated 4 426 can sit beside a budget of 111 554 and an actual of
//! 107 127 (which derive 4 427). A reader checks the page against the report,
//! so [`Comparison::of`] shows the stated figure wherever the report has one
//! and keeps the derivation beside it as a check ([`Variance::check`]):
//! within ±2 units a cell it is rounding, beyond that a data error the
//! validator has already named at its cell.

use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Group, Part, Report, Row, GROUP_DIFFS, ROUNDING_TOLERANCE};
use crate::money::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Whether a variance is good or bad news, from its sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Class {
    /// Positive variance: lower cost or more revenue than the reference.
    Favourable,
    /// Negative variance: higher cost or less revenue than the reference.
    Unfavourable,
    /// Exactly on the reference.
    Neutral,
}

/// One figure compared with its reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Variance {
    /// The figure judged (utfall or prognos).
    pub actual: Money,
    /// What it is judged against (budget or the previous year).
    pub reference: Money,
    /// The variance shown: the report's stated figure when it has one,
    /// otherwise `reference − actual`; positive is favourable.
    pub abs: Money,
    /// `abs / |reference|` as a ratio (0.05 = 5 %); `None` when the reference
    /// is zero (shown as "–").
    pub pct: Option<Decimal>,
    /// From the sign of `abs`.
    pub class: Class,
    /// `reference − actual`, derived from the two figures: equal to `abs`
    /// unless the report states a variance of its own that differs.
    pub derived: Money,
}

/// A stated variance that differs from the one its two figures derive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Check {
    /// `reference − actual`.
    pub derived: Money,
    /// True when the difference is within ±[`ROUNDING_TOLERANCE`] units of
    /// the figures' precision (whole units, or tenths for figures written
    /// with one decimal): rounding, a note; otherwise a data error.
    pub rounding: bool,
}

impl Variance {
    /// `None` when the shown variance is the derived one; otherwise the
    /// derivation, to show beside the report's own figure.
    pub fn check(&self) -> Option<Check> {
        let difference = (self.abs - self.derived).abs();
        if difference.is_zero() {
            return None;
        }
        let scale = [self.actual, self.reference, self.abs]
            .iter()
            .map(|m| m.0.normalize().scale())
            .max()
            .unwrap_or(0)
            .min(4);
        Some(Check {
            derived: self.derived,
            rounding: difference.0 <= Decimal::new(ROUNDING_TOLERANCE, scale),
        })
    }
}

/// Compares `actual` with `reference`: `reference − actual`, its ratio to
/// `|reference|` and its class.
///
/// ```
/// use budgetkoll::engine::variance::{variance, Class};
/// use budgetkoll::money::Money;
/// use rust_decimal_macros::dec;
/// // Cost 46 366 against a budget of 44 760: 1 606 over, unfavourable.
/// let v = variance(Money(dec!(46366)), Money(dec!(44760)));
/// assert_eq!(v.abs, Money(dec!(-1606)));
/// assert_eq!(v.class, Class::Unfavourable);
/// ```
pub fn variance(actual: Money, reference: Money) -> Variance {
    stated_variance(actual, reference, None)
}

/// Like [`variance`], but showing `stated`, the report's own variance
/// figure, when it has one; the derivation stays in [`Variance::derived`].
///
/// ```
/// use budgetkoll::engine::variance::stated_variance;
/// use budgetkoll::money::Money;
/// use rust_decimal_macros::dec;
/// // A year-end report: 111 554 − 107 127 derives 4 427; the form says 4 426.
/// let v = stated_variance(Money(dec!(107127)), Money(dec!(111554)), Some(Money(dec!(4426))));
/// assert_eq!(v.abs, Money(dec!(4426)));
/// assert_eq!(v.check().map(|c| (c.derived, c.rounding)), Some((Money(dec!(4427)), true)));
/// ```
pub fn stated_variance(actual: Money, reference: Money, stated: Option<Money>) -> Variance {
    let derived = reference - actual;
    let abs = stated.unwrap_or(derived);
    let class = if abs.0.is_zero() {
        Class::Neutral
    } else if abs.0.is_sign_positive() {
        Class::Favourable
    } else {
        Class::Unfavourable
    };
    Variance {
        actual,
        reference,
        abs,
        pct: abs.ratio_of(reference.abs()),
        class,
        derived,
    }
}

/// The four comparisons an FR1 carries, each a report and two of its column
/// groups.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Comparison {
    /// Utfall ack against Budget ack (`UTFALL JMF BUDGET`).
    ActualVsBudget,
    /// Utfall ack against the previous year's ack (`UTFALL JMF FÖREG. ÅR`).
    ActualVsPrevYear,
    /// Prognos helår against Budget helår (`PROGNOS JMF BUDGET`).
    ForecastVsBudget,
    /// Prognos helår against the previous year's outcome (`PROGNOS JMF FÖREG. ÅR`).
    ForecastVsPrevYear,
}

impl Comparison {
    /// In the form's column order.
    pub const ALL: [Comparison; 4] = [
        Comparison::ActualVsBudget,
        Comparison::ActualVsPrevYear,
        Comparison::ForecastVsBudget,
        Comparison::ForecastVsPrevYear,
    ];

    /// The report and the (actual, reference) groups compared.
    pub fn columns(self) -> (Report, Group, Group) {
        match self {
            Comparison::ActualVsBudget => (Report::Utfall, Group::Actual, Group::Budget),
            Comparison::ActualVsPrevYear => (Report::Utfall, Group::Actual, Group::PreviousYear),
            Comparison::ForecastVsBudget => (Report::Prognos, Group::Actual, Group::Budget),
            Comparison::ForecastVsPrevYear => (Report::Prognos, Group::Actual, Group::PreviousYear),
        }
    }

    /// The column group the form states this variance in (`UTFALL JMF
    /// BUDGET` …), from the schema's [`GROUP_DIFFS`].
    pub fn stated_group(self) -> Option<Group> {
        let (_, actual, reference) = self.columns();
        GROUP_DIFFS
            .iter()
            .find(|d| d.actual == actual && d.reference == reference)
            .map(|d| d.target)
    }

    /// The variance of one row and part — the report's stated figure where
    /// it has one — or `None` when the report lacks the table or either
    /// compared cell.
    pub fn of(self, report: &Fr1Report, row: Row, part: Part) -> Option<Variance> {
        let (which, actual, reference) = self.columns();
        let table = report.table(which)?;
        let stated = self.stated_group().and_then(|g| table.get(row, g, part));
        Some(stated_variance(
            table.get(row, actual, part)?,
            table.get(row, reference, part)?,
            stated,
        ))
    }
}

/// The variance of every row, in the form's order, that carries both cells of
/// the comparison in `part`.
pub fn row_variances(report: &Fr1Report, cmp: Comparison, part: Part) -> Vec<(Row, Variance)> {
    Row::ALL
        .into_iter()
        .filter_map(|row| cmp.of(report, row, part).map(|v| (row, v)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn more_revenue_than_budget_is_favourable() {
        // Intäkter −4 858 against a budget of −4 800: 58 more revenue.
        let v = variance(Money(dec!(-4858)), Money(dec!(-4800)));
        assert_eq!(v.abs, Money(dec!(58)));
        assert_eq!(v.class, Class::Favourable);
        assert_eq!(v.pct, Some(dec!(58) / dec!(4800)));
    }

    #[test]
    fn a_stated_variance_is_shown_and_the_derivation_kept() {
        // Personal in a year-end report: budget 50 012 − actual 54 655 derives
        // −4 643; the form states −4 642 (each figure rounded on its own).
        let v = stated_variance(
            Money(dec!(54655)),
            Money(dec!(50012)),
            Some(Money(dec!(-4642))),
        );
        assert_eq!(v.abs, Money(dec!(-4642)));
        assert_eq!(v.derived, Money(dec!(-4643)));
        assert_eq!(v.class, Class::Unfavourable);
        assert_eq!(
            v.check(),
            Some(Check {
                derived: Money(dec!(-4643)),
                rounding: true
            })
        );
        // Three tkr off is more than rounding.
        let off = stated_variance(Money(dec!(100)), Money(dec!(110)), Some(Money(dec!(13))));
        assert_eq!(off.check().map(|c| c.rounding), Some(false));
        // In mnkr with one decimal, 0,2 is rounding and 0,3 is not.
        let m = |a, r, s| stated_variance(Money(a), Money(r), Some(Money(s)));
        assert_eq!(
            m(dec!(10.0), dec!(12.0), dec!(2.2))
                .check()
                .map(|c| c.rounding),
            Some(true)
        );
        assert_eq!(
            m(dec!(10.0), dec!(12.0), dec!(2.3))
                .check()
                .map(|c| c.rounding),
            Some(false)
        );
        // The same figure stated and derived needs no note.
        assert_eq!(variance(Money(dec!(1)), Money(dec!(2))).check(), None);
    }

    #[test]
    fn comparisons_name_the_group_the_form_states_them_in() {
        assert_eq!(
            Comparison::ActualVsBudget.stated_group(),
            Some(Group::VsBudget)
        );
        assert_eq!(
            Comparison::ForecastVsPrevYear.stated_group(),
            Some(Group::VsPreviousYear)
        );
    }

    #[test]
    fn zero_reference_has_no_percent_and_equal_is_neutral() {
        let v = variance(Money(dec!(12)), Money::ZERO);
        assert_eq!(v.pct, None);
        assert_eq!(v.class, Class::Unfavourable);
        let n = variance(Money(dec!(7)), Money(dec!(7)));
        assert_eq!(n.class, Class::Neutral);
        assert_eq!(n.pct, Some(Decimal::ZERO));
    }
}
