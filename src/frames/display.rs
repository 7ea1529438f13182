//! Amounts and percentages written the Swedish way for the sentences this
//! module tree produces (`900 010`, `-1 234,5`, `2,4 %`), so messages read
//! like the finance officer's own reports.

use crate::money::Money;
use rust_decimal::Decimal;

/// `900010` → `900 010`, `-1234.5` → `-1 234,5`; the value as stored, no
/// rounding (trailing zeros dropped).
pub fn amount_sv(m: Money) -> String {
    decimal_sv(m.0)
}

/// A percentage: `2.4` → `2,4 %`.
pub fn percent_sv(p: Decimal) -> String {
    format!("{} %", decimal_sv(p))
}

fn decimal_sv(d: Decimal) -> String {
    let text = d.normalize().abs().to_string();
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let digits: Vec<char> = int.chars().collect();
    let mut out = String::with_capacity(text.len() + 4);
    if d.is_sign_negative() && !d.is_zero() {
        out.push('-');
    }
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(*c);
    }
    if let Some(f) = frac {
        out.push(',');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn swedish_grouping_and_decimal_comma() {
        assert_eq!(amount_sv(Money(dec!(900010))), "900 010");
        assert_eq!(amount_sv(Money(dec!(-1234.50))), "-1 234,5");
        assert_eq!(amount_sv(Money(dec!(10))), "10");
        assert_eq!(amount_sv(Money(dec!(-0.0))), "0");
        assert_eq!(percent_sv(dec!(2.4)), "2,4 %");
    }
}
