//! Money and the units amounts are reported in.
//!
//! Every amount is a [`Money`], a newtype over `rust_decimal::Decimal`, so sums
//! and differences are exact. Rounding happens only at display boundaries and
//! always names its strategy ([`Money::round_for_display`]).
//!
//! Amounts entering the engine are bounded at every door — the importer and
//! the validation of links, files and storage ([`crate::share::validate`]) —
//! by [`crate::import::limits::MAX_ABS_AMOUNT`], so the plain operators here
//! cannot overflow a 96-bit decimal, even summed over thousands of cells.
//! The engine's long sums still use [`Money::checked_sum`] and conversions
//! [`AmountScale::try_convert`], so a bound missed somewhere becomes an error in
//! the page instead of an abort.

use crate::i18n::{Lang, Msg};
use core::iter::Sum;
use core::ops::{Add, AddAssign, Neg, Sub, SubAssign};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// An exact amount in some [`AmountScale`] (which unit is tracked by the holder).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub Decimal);

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    pub fn new(d: Decimal) -> Self {
        Money(d)
    }

    pub fn abs(self) -> Money {
        Money(self.0.abs())
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// Rounds half away from zero (6.5 → 7, −6.5 → −7), the way Swedish
    /// reports round published figures.
    pub fn round_for_display(self, decimals: u32) -> Decimal {
        self.0
            .round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
    }

    /// `self / of` as a ratio, or `None` when `of` is zero (percent of a zero
    /// reference is undefined, shown as "–").
    pub fn ratio_of(self, of: Money) -> Option<Decimal> {
        self.0.checked_div(of.0)
    }

    /// `self + rhs`, or `None` past `Decimal`'s range.
    pub fn checked_add(self, rhs: Money) -> Option<Money> {
        self.0.checked_add(rhs.0).map(Money)
    }

    /// `self − rhs`, or `None` past `Decimal`'s range.
    pub fn checked_sub(self, rhs: Money) -> Option<Money> {
        self.0.checked_sub(rhs.0).map(Money)
    }

    /// The sum of `amounts`, or `None` when it leaves `Decimal`'s range.
    pub fn checked_sum(amounts: impl IntoIterator<Item = Money>) -> Option<Money> {
        amounts
            .into_iter()
            .try_fold(Money::ZERO, |sum, m| sum.checked_add(m))
    }

    /// Multiplies by an exact factor (indexation, share of year, …).
    pub fn scale(self, factor: Decimal) -> Money {
        Money(self.0 * factor)
    }

    /// [`Money::scale`], or `None` past `Decimal`'s range.
    pub fn checked_scale(self, factor: Decimal) -> Option<Money> {
        self.0.checked_mul(factor).map(Money)
    }
}

impl From<Decimal> for Money {
    fn from(d: Decimal) -> Self {
        Money(d)
    }
}

impl From<i64> for Money {
    fn from(v: i64) -> Self {
        Money(Decimal::from(v))
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Neg for Money {
    type Output = Money;
    fn neg(self) -> Money {
        Money(-self.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.0 += rhs.0;
    }
}

impl SubAssign for Money {
    fn sub_assign(&mut self, rhs: Money) {
        self.0 -= rhs.0;
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

impl<'a> Sum<&'a Money> for Money {
    fn sum<I: Iterator<Item = &'a Money>>(iter: I) -> Money {
        iter.copied().sum()
    }
}

/// An amount too large for `Decimal` (about 7,9 · 10²⁸).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge;

impl TooLarge {
    pub fn text(self, lang: Lang) -> &'static str {
        Msg::MoneyTooLarge.text(lang)
    }
}

/// In Swedish, for logs and tests; a page would use [`TooLarge::text`].
impl core::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.text(Lang::Sv))
    }
}

impl std::error::Error for TooLarge {}

/// The scale amounts are stated in, as a form says it in `Belopp:` (kr,
/// tkr, mnkr). Named for what it is, apart from a förvaltning (`UnitId`),
/// which the page also calls a unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum AmountScale {
    Kr,
    #[default]
    Tkr,
    Mnkr,
}

impl AmountScale {
    pub const ALL: [AmountScale; 3] = [AmountScale::Kr, AmountScale::Tkr, AmountScale::Mnkr];

    /// How many kronor one of this unit is, as a power of ten.
    fn kronor_exponent(self) -> u32 {
        match self {
            AmountScale::Kr => 0,
            AmountScale::Tkr => 3,
            AmountScale::Mnkr => 6,
        }
    }

    /// Converts an amount from this unit to `to`, exactly (powers of ten),
    /// or [`TooLarge`] when the result leaves `Decimal`'s range (never for an
    /// amount within the door bounds: 10¹⁵ mnkr is 10²¹ kr).
    ///
    /// The units are powers of ten apart, so the conversion moves the
    /// decimal point: the digits stay and only the scale changes, as long as
    /// it stays within `Decimal`'s 0–28. A switch to mnkr converts every
    /// loaded report, and a division per amount was most of its cost. Only
    /// past those scales does it divide (rounding at the 28th decimal) or
    /// multiply (when the amount has too few decimals to drop).
    pub fn try_convert(self, amount: Money, to: AmountScale) -> Result<Money, TooLarge> {
        if self == to {
            return Ok(amount);
        }
        let (from_exp, to_exp) = (self.kronor_exponent(), to.kronor_exponent());
        let scale = (amount.0.scale() + to_exp).checked_sub(from_exp);
        if let Some(moved) = scale
            .filter(|&s| s <= Decimal::MAX_SCALE)
            .and_then(|s| Decimal::try_from_i128_with_scale(amount.0.mantissa(), s).ok())
        {
            return Ok(Money(moved.normalize()));
        }
        let power = |exp: u32| Decimal::from(10u64.pow(exp));
        let arithmetic = if to_exp > from_exp {
            amount.0.checked_div(power(to_exp - from_exp))
        } else {
            amount.0.checked_mul(power(from_exp - to_exp))
        };
        arithmetic.map(|d| Money(d.normalize())).ok_or(TooLarge)
    }

    /// [`AmountScale::try_convert`] for amounts within the door bounds, which always
    /// convert. Should one ever not, the figure saturates at `Decimal`'s
    /// limit — an impossible figure on the page, not an aborted page.
    pub fn convert(self, amount: Money, to: AmountScale) -> Money {
        self.try_convert(amount, to)
            .unwrap_or(if amount.0.is_sign_negative() {
                Money(Decimal::MIN)
            } else {
                Money(Decimal::MAX)
            })
    }

    /// The label as forms write it (`TKR`) — parsing accepts any case.
    pub fn form_label(self) -> &'static str {
        match self {
            AmountScale::Kr => "KR",
            AmountScale::Tkr => "TKR",
            AmountScale::Mnkr => "MNKR",
        }
    }

    /// Short label for running text: `tkr`.
    /// Decimals a figure in this unit is shown with: whole tkr and kr, one
    /// decimal for mnkr.
    pub fn display_decimals(self) -> u32 {
        match self {
            AmountScale::Mnkr => 1,
            AmountScale::Tkr | AmountScale::Kr => 0,
        }
    }

    pub fn short(self) -> &'static str {
        match self {
            AmountScale::Kr => "kr",
            AmountScale::Tkr => "tkr",
            AmountScale::Mnkr => "mnkr",
        }
    }

    /// Reads `TKR`, `tkr`, `Tkr.`, `MNKR`, `Mkr`, `KR`, `kronor`…
    pub fn parse(text: &str) -> Option<AmountScale> {
        let t: String = text
            .chars()
            .filter(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        match t.as_str() {
            "kr" | "kronor" | "sek" => Some(AmountScale::Kr),
            "tkr" | "tusenkronor" | "tsek" | "ksek" => Some(AmountScale::Tkr),
            "mnkr" | "mkr" | "miljonerkronor" | "msek" | "mnsek" => Some(AmountScale::Mnkr),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounding_for_display_is_half_away_from_zero() {
        assert_eq!(Money(dec!(6.5)).round_for_display(0), dec!(7));
        assert_eq!(Money(dec!(-6.5)).round_for_display(0), dec!(-7));
        assert_eq!(Money(dec!(-1712.55)).round_for_display(1), dec!(-1712.6));
    }

    #[test]
    fn unit_conversion_is_exact_both_ways() {
        let x = Money(dec!(-1713));
        let m = AmountScale::Tkr.convert(x, AmountScale::Mnkr);
        assert_eq!(m, Money(dec!(-1.713)));
        assert_eq!(AmountScale::Mnkr.convert(m, AmountScale::Tkr), x);
        assert_eq!(
            AmountScale::Kr.convert(Money(dec!(1500)), AmountScale::Tkr),
            Money(dec!(1.5))
        );
    }

    #[test]
    fn a_conversion_past_decimal_is_an_error_not_a_panic() {
        // 10²⁴ mnkr is 10³⁰ kr, beyond Decimal's 7,9 · 10²⁸.
        let huge = Money(Decimal::from_i128_with_scale(10i128.pow(24), 0));
        assert_eq!(
            AmountScale::Mnkr.try_convert(huge, AmountScale::Kr),
            Err(TooLarge)
        );
        assert_eq!(
            AmountScale::Mnkr.convert(huge, AmountScale::Kr),
            Money(Decimal::MAX)
        );
        assert_eq!(
            AmountScale::Mnkr.convert(-huge, AmountScale::Kr),
            Money(Decimal::MIN)
        );
        // The bound itself converts: 10¹⁵ mnkr = 10²¹ kr.
        let bound = Money::from(crate::import::limits::MAX_ABS_AMOUNT);
        assert_eq!(
            AmountScale::Mnkr.try_convert(bound, AmountScale::Kr),
            Ok(Money(Decimal::from_i128_with_scale(10i128.pow(21), 0)))
        );
    }

    #[test]
    fn checked_sums_stop_at_decimals_range() {
        let max = Money(Decimal::MAX);
        assert_eq!(
            Money::checked_sum([max, Money(dec!(-1))]),
            Some(Money(Decimal::MAX - dec!(1)))
        );
        assert_eq!(Money::checked_sum([max, max]), None);
        assert_eq!(Money::checked_sum([]), Some(Money::ZERO));
        assert_eq!(Money(Decimal::MIN).checked_sub(max), None);
    }

    #[test]
    fn unit_labels_parse_loosely() {
        assert_eq!(AmountScale::parse("TKR"), Some(AmountScale::Tkr));
        assert_eq!(AmountScale::parse(" Mnkr "), Some(AmountScale::Mnkr));
        assert_eq!(AmountScale::parse("kr"), Some(AmountScale::Kr));
        assert_eq!(AmountScale::parse("euro"), None);
    }

    #[test]
    fn ratio_of_zero_is_none() {
        assert_eq!(Money(dec!(5)).ratio_of(Money::ZERO), None);
        assert_eq!(Money(dec!(5)).ratio_of(Money(dec!(10))), Some(dec!(0.5)));
    }

    #[test]
    fn checked_arithmetic_stops_at_decimals_range() {
        let max = Money(Decimal::MAX);
        assert_eq!(Money::checked_sum([max, max]), None);
        assert_eq!(Money::checked_sum([max, -max]), Some(Money::ZERO));
        assert_eq!(max.checked_scale(dec!(1.5)), None);
        assert_eq!(
            Money(dec!(200)).checked_scale(dec!(1.5)),
            Some(Money(dec!(300)))
        );
    }
}
