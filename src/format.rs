//! Numbers as Swedish reports write them: `22 925`, `3 524,5`, `−1 700`,
//! `−12,3 %`. One place, so validation messages, tables, tooltips and CSV
//! export never disagree about how an amount looks.
//!
//! The thousands separator is a no-break space (U+00A0) so a figure never
//! wraps between its groups; the minus is U+2212 as Swedish typography wants.
//! Rounding (half away from zero) happens here, for display only.

use rust_decimal::{Decimal, RoundingStrategy};

/// No-break space: the thousands separator in every formatted figure.
pub const THOUSANDS_SEP: char = '\u{a0}';

/// The minus sign shown to people.
pub const MINUS: char = '\u{2212}';

/// `amount` rounded to `decimals` places, grouped by thousands, decimal comma.
///
/// ```
/// use budgetkoll::format::amount;
/// use rust_decimal_macros::dec;
/// assert_eq!(amount(dec!(-11340.46), 0), "\u{2212}11\u{a0}340");
/// assert_eq!(amount(dec!(3524.45), 1), "3\u{a0}524,5");
/// ```
pub fn amount(value: Decimal, decimals: u32) -> String {
    let rounded = value.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    let digits = rounded.abs().to_string();
    let (int_part, frac_part) = match digits.split_once('.') {
        Some((i, f)) => (i, f),
        None => (digits.as_str(), ""),
    };
    let mut out = String::with_capacity(digits.len() + 6);
    if negative {
        out.push(MINUS);
    }
    out.push_str(&group_thousands(int_part));
    if decimals > 0 {
        out.push(',');
        let mut frac = frac_part.to_string();
        while frac.len() < decimals as usize {
            frac.push('0');
        }
        out.push_str(&frac);
    }
    out
}

/// `value` exactly as stored (no rounding; trailing zeros dropped), for
/// messages that quote a figure from a file: `900 010`, `−1 234,5`.
pub fn exact(value: Decimal) -> String {
    let d = value.normalize();
    amount(d, d.scale())
}

/// An amount with an explicit sign, for variances: `+1 200`, `−300`, `0`.
pub fn signed_amount(value: Decimal, decimals: u32) -> String {
    let text = amount(value, decimals);
    if text.starts_with(MINUS) || text.chars().all(|c| c == '0' || c == ',') {
        text
    } else {
        format!("+{text}")
    }
}

/// A ratio (0.123) in percent points as the page shows it: `12.3`, one
/// decimal, half away from zero — also what exports write, so a CSV cell
/// matches the page. `None` for a ratio too large to show (a figure against
/// a reference of 10⁻²⁰).
pub fn percent_points(ratio: Decimal) -> Option<Decimal> {
    ratio
        .checked_mul(Decimal::ONE_HUNDRED)
        .map(|p| p.round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero))
}

/// A ratio (0.123) as a percent with one decimal: `12,3 %`; signed when
/// asked; `–` when too large to show.
pub fn percent(ratio: Decimal, signed: bool) -> String {
    let Some(pct) = percent_points(ratio) else {
        return "–".to_string();
    };
    let text = if signed {
        signed_amount(pct, 1)
    } else {
        amount(pct, 1)
    };
    format!("{text}{THOUSANDS_SEP}%")
}

fn group_thousands(int_part: &str) -> String {
    let len = int_part.len();
    let mut out = String::with_capacity(len + len / 3);
    for (i, ch) in int_part.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(THOUSANDS_SEP);
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn groups_and_rounds() {
        assert_eq!(amount(dec!(0), 0), "0");
        assert_eq!(amount(dec!(999), 0), "999");
        assert_eq!(amount(dec!(1000), 0), "1\u{a0}000");
        assert_eq!(amount(dec!(1234567.5), 0), "1\u{a0}234\u{a0}568");
        assert_eq!(amount(dec!(-0.4), 0), "0");
        assert_eq!(amount(dec!(-2.5), 0), "\u{2212}3");
        assert_eq!(amount(dec!(108.5), 1), "108,5");
        assert_eq!(amount(dec!(7), 2), "7,00");
    }

    #[test]
    fn exact_keeps_every_decimal() {
        assert_eq!(exact(dec!(900010)), "900\u{a0}010");
        assert_eq!(exact(dec!(-1234.50)), "\u{2212}1\u{a0}234,5");
        assert_eq!(exact(dec!(-0.0)), "0");
    }

    #[test]
    fn signs_and_percent() {
        assert_eq!(signed_amount(dec!(1200), 0), "+1\u{a0}200");
        assert_eq!(signed_amount(dec!(-300), 0), "\u{2212}300");
        assert_eq!(signed_amount(dec!(0.2), 0), "0");
        assert_eq!(percent(dec!(-0.1234), true), "\u{2212}12,3\u{a0}%");
        assert_eq!(percent(dec!(0.05), false), "5,0\u{a0}%");
        assert_eq!(percent(Decimal::MAX, false), "–");
    }

    #[test]
    fn percent_points_are_rounded_as_shown() {
        // 1/3 is 33,333… %: exports write 33.3, as the page shows it.
        assert_eq!(percent_points(dec!(1) / dec!(3)), Some(dec!(33.3)));
        assert_eq!(percent_points(dec!(-0.12345)), Some(dec!(-12.3)));
        assert_eq!(percent_points(dec!(0.00125)), Some(dec!(0.1)));
        assert_eq!(percent_points(Decimal::MAX), None);
    }
}
