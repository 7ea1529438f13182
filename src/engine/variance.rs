//! Variances (avvikelser): how far an actual figure is from its reference.
//!
//! The whole product reads variances one way: *reference minus actual*, so with
//! revenues negative and costs positive a positive variance is favourable on
//! every row (lower cost, or more revenue, than the reference). This module is
//! the one place that rule is computed; tables, charts and summaries only
//! show [`Variance`] values.

use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Group, Part, Report, Row};
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
    /// `reference − actual`; positive is favourable.
    pub abs: Money,
    /// `abs / |reference|` as a ratio (0.05 = 5 %); `None` when the reference
    /// is zero (shown as "–").
    pub pct: Option<Decimal>,
    /// From the sign of `abs`.
    pub class: Class,
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
    let abs = reference - actual;
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

    /// The variance of one row and part, or `None` when the report lacks the
    /// table or either cell.
    pub fn of(self, report: &Fr1Report, row: Row, part: Part) -> Option<Variance> {
        let (which, actual, reference) = self.columns();
        let table = report.table(which)?;
        Some(variance(
            table.get(row, actual, part)?,
            table.get(row, reference, part)?,
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
    fn zero_reference_has_no_percent_and_equal_is_neutral() {
        let v = variance(Money(dec!(12)), Money::ZERO);
        assert_eq!(v.pct, None);
        assert_eq!(v.class, Class::Unfavourable);
        let n = variance(Money(dec!(7)), Money(dec!(7)));
        assert_eq!(n.class, Class::Neutral);
        assert_eq!(n.pct, Some(Decimal::ZERO));
    }
}
