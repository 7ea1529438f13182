//! Periodisation: how much of the year's budget belongs to the months so far.
//!
//! Forms spread the budget evenly, one twelfth a month, but costs are
//! seasonal (less personnel cost in the summer holidays, purchases peaking in
//! December). Spreading the budget by a [`Profile`] taken from earlier years'
//! monthly actuals gives a fairer year-to-date budget; the same accumulated
//! actual can then turn from an unfavourable variance into a favourable one
//! ([`compare`]).

use super::portion;
use super::variance::{variance, Variance};
use crate::fr1::model::{month_name, Fr1Report};
use crate::fr1::schema::{Group, Part, Report, Row};
use crate::i18n::{Lang, Msg};
use crate::money::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How a year spreads over its months: twelve weights in proportion, month
/// *m*'s share being its weight over their sum, so the shares
/// ([`Profile::shares`]) sum to 1. Weights are kept as given (not divided
/// out) so that shares to date stay exact: the even profile gives exactly
/// 3/12 for March.
///
/// Every weight has the sign of the total (a revenue row's negative months
/// are turned positive); a profile with a month against the year's direction
/// or a zero total is refused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "[Decimal; 12]", into = "[Decimal; 12]")]
pub struct Profile([Decimal; 12]);

/// Why monthly figures do not make a profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    NoYears,
    MissingMonth { set: usize, month: u8 },
    ZeroTotal,
    OppositeSign { month: u8 },
}

impl ProfileError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            ProfileError::NoYears => Msg::ProNoYears.text(lang).to_string(),
            ProfileError::MissingMonth { set, month } => Msg::ProMissingMonth.fill(
                lang,
                &[
                    ("set", &set.to_string()),
                    ("month", month_name(*month, lang)),
                ],
            ),
            ProfileError::ZeroTotal => Msg::ProZeroTotal.text(lang).to_string(),
            ProfileError::OppositeSign { month } => Msg::ProOppositeSign
                .fill(lang, &[("month", &capitalised(month_name(*month, lang)))]),
        }
    }
}

/// In Swedish (a link's profile is refused with it); the page uses
/// [`ProfileError::text`].
impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for ProfileError {}

fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

impl Profile {
    /// A profile from twelve weights in proportion (any common scale, e.g.
    /// amounts); see [`Profile`] for what is refused.
    pub fn new(weights: [Decimal; 12]) -> Result<Profile, ProfileError> {
        let total: Decimal = weights.iter().sum();
        if total.is_zero() {
            return Err(ProfileError::ZeroTotal);
        }
        let weights = if total.is_sign_negative() {
            weights.map(|w| -w)
        } else {
            weights
        };
        if let Some(i) = weights
            .iter()
            .position(|w| w.is_sign_negative() && !w.is_zero())
        {
            return Err(ProfileError::OppositeSign {
                month: month_number(i),
            });
        }
        Ok(Profile(weights))
    }

    /// One twelfth a month: how forms spread the budget.
    pub fn even() -> Profile {
        Profile([Decimal::ONE; 12])
    }

    /// The profile of earlier years' monthly actuals (index 0 = January),
    /// summed month by month; every month of every year must be known.
    pub fn from_monthly_actuals(years: &[[Option<Money>; 12]]) -> Result<Profile, ProfileError> {
        if years.is_empty() {
            return Err(ProfileError::NoYears);
        }
        let mut weights = [Decimal::ZERO; 12];
        for (set, months) in years.iter().enumerate() {
            for (i, (weight, month)) in weights.iter_mut().zip(months).enumerate() {
                let amount = month.ok_or(ProfileError::MissingMonth {
                    set: set + 1,
                    month: month_number(i),
                })?;
                *weight += amount.0;
            }
        }
        Profile::new(weights)
    }

    /// The weights as given (sign-normalised).
    pub fn weights(&self) -> &[Decimal; 12] {
        &self.0
    }

    /// Each month's share of the year; they sum to 1 (to the 28th decimal).
    pub fn shares(&self) -> [Decimal; 12] {
        let total = self.total();
        self.0.map(|w| w.checked_div(total).unwrap_or_default())
    }

    /// The share of the year in the first `months` months (clamped to 0–12).
    pub fn share_to(&self, months: u8) -> Decimal {
        self.to_date(months)
            .checked_div(self.total())
            .unwrap_or_default()
    }

    /// `amount` spread to the first `months` months.
    pub fn portion(&self, amount: Money, months: u8) -> Money {
        // Shares to date lie in 0..=1, so only the multiply-first path can
        // overflow and `portion` falls back to the exact share.
        portion(amount, self.to_date(months), self.total()).unwrap_or(amount)
    }

    /// The sum of the weights of the first `months` months.
    pub(crate) fn to_date(&self, months: u8) -> Decimal {
        self.0.iter().take(usize::from(months.min(12))).sum()
    }

    /// The sum of all weights (positive, checked by [`Profile::new`]).
    pub(crate) fn total(&self) -> Decimal {
        self.0.iter().sum()
    }
}

fn month_number(index: usize) -> u8 {
    u8::try_from(index + 1).unwrap_or(12)
}

impl TryFrom<[Decimal; 12]> for Profile {
    type Error = ProfileError;
    fn try_from(weights: [Decimal; 12]) -> Result<Profile, ProfileError> {
        Profile::new(weights)
    }
}

impl From<Profile> for [Decimal; 12] {
    fn from(p: Profile) -> [Decimal; 12] {
        p.0
    }
}

/// The budget for the first `months` months of a year with `budget_year`,
/// spread by `profile`.
///
/// ```
/// use budgetkoll::engine::periodisation::{budget_ytd, Profile};
/// use budgetkoll::money::Money;
/// use rust_decimal_macros::dec;
/// let b = budget_ytd(Money(dec!(45330)), 3, &Profile::even());
/// assert_eq!(b, Money(dec!(11332.5)));
/// ```
pub fn budget_ytd(budget_year: Money, months: u8, profile: &Profile) -> Money {
    profile.portion(budget_year, months)
}

/// The year-to-date actual against the year's budget spread evenly and by a
/// seasonal profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodisationComparison {
    /// Months covered by the report.
    pub months: u8,
    /// Budget helår (from the Prognos report).
    pub budget_year: Money,
    /// `budget_year × months / 12`: the form's own spreading.
    pub even_budget: Money,
    /// `budget_year` spread by the profile.
    pub seasonal_budget: Money,
    /// Utfall ack.
    pub actual: Money,
    /// `even_budget − actual`.
    pub even_variance: Variance,
    /// `seasonal_budget − actual`.
    pub seasonal_variance: Variance,
}

/// Compares Utfall ack of `row` and `part` with Budget helår spread evenly
/// and by `profile` over the report's months. `None` when the report lacks
/// its period, Utfall ack or Budget helår.
pub fn compare(
    report: &Fr1Report,
    row: Row,
    part: Part,
    profile: &Profile,
) -> Option<PeriodisationComparison> {
    let months = report.meta.period?.months();
    let actual = report
        .table(Report::Utfall)?
        .get(row, Group::Actual, part)?;
    let budget_year = report
        .table(Report::Prognos)?
        .get(row, Group::Budget, part)?;
    let even_budget = budget_ytd(budget_year, months, &Profile::even());
    let seasonal_budget = budget_ytd(budget_year, months, profile);
    Some(PeriodisationComparison {
        months,
        budget_year,
        even_budget,
        seasonal_budget,
        actual,
        even_variance: variance(actual, even_budget),
        seasonal_variance: variance(actual, seasonal_budget),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn revenue_months_make_a_positive_profile() {
        let p = Profile::new([dec!(-10); 12]).unwrap();
        assert_eq!(p.share_to(6), dec!(0.5));
    }

    #[test]
    fn a_month_against_the_year_is_refused_with_its_name() {
        let mut w = [dec!(10); 12];
        w[2] = dec!(-1);
        let e = Profile::new(w).unwrap_err();
        assert_eq!(e, ProfileError::OppositeSign { month: 3 });
        assert!(e.to_string().starts_with("Mars går åt andra hållet"));
        assert_eq!(Profile::new([dec!(0); 12]), Err(ProfileError::ZeroTotal));
    }
}
