//! Amounts as people type them in Swedish spreadsheets and CSV exports:
//! `22 925`, `3 524,5`, `−5`, `52,4 -`, `(12)`. One parser for every table
//! the app reads (FR1, budget frames), so a figure that reads in one place
//! reads the same everywhere, and one that does not says why.
//!
//! Parsing is strict where a wrong guess would be costly: thousands groups
//! must be three digits (`12 34` is two numbers, not one), a point is a
//! decimal mark only when it cannot be a thousands separator (`1.234` is
//! refused, `1234.5` accepted), and `%` or currency words are refused.

use super::grid::Cell;
use super::limits::MAX_ABS_AMOUNT;
use crate::format;
use crate::i18n::{Lang, Msg};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Why a cell is not an amount: a phrase that a message can follow a
/// location with (`Drift, Totalt, …: väntade ett belopp …`), in the page's
/// language by [`NumberError::text`] (Swedish when displayed).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NumberError {
    /// Text (or a date) where an amount belongs.
    NotANumber(String),
    /// An Excel error value such as `#REF!`.
    ErrorValue(String),
    /// Larger in magnitude than [`MAX_ABS_AMOUNT`].
    TooLarge(String),
}

impl NumberError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            NumberError::NotANumber(t) => Msg::NumNotANumber.fill(lang, &[("text", t)]),
            NumberError::ErrorValue(t) => Msg::NumErrorValue.fill(lang, &[("text", t)]),
            NumberError::TooLarge(t) => Msg::NumTooLarge.fill(
                lang,
                &[
                    ("text", t),
                    ("max", &format::amount(Decimal::from(MAX_ABS_AMOUNT), 0)),
                ],
            ),
        }
    }
}

impl std::fmt::Display for NumberError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for NumberError {}

/// Characters that separate thousands groups: space, no-break space (U+00A0),
/// thin space (U+2009) and narrow no-break space (U+202F).
fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// Minus signs as they appear: hyphen, U+2212 and the en dash some exports use.
fn is_minus(c: char) -> bool {
    matches!(c, '-' | '\u{2212}' | '\u{2013}')
}

fn trim(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || is_group_separator(c))
}

/// Parses a Swedish amount: thousands separated by spaces, decimal comma (or
/// an unambiguous decimal point), a leading or trailing minus or parentheses.
///
/// ```
/// use budgetkoll::import::number::parse_sv_number;
/// use rust_decimal_macros::dec;
/// assert_eq!(parse_sv_number("−3 524,5"), Ok(dec!(-3524.5)));
/// assert_eq!(parse_sv_number("52,4 -"), Ok(dec!(-52.4)));
/// assert!(parse_sv_number("12 %").is_err());
/// ```
pub fn parse_sv_number(text: &str) -> Result<Decimal, NumberError> {
    let original = trim(text);
    let not_a_number = || NumberError::NotANumber(original.to_string());
    let mut t = original;
    let mut minus_signs = 0;
    if let Some(inner) = t.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
        t = trim(inner);
        minus_signs += 1;
    }
    if let Some(rest) = t.strip_prefix(is_minus) {
        t = trim(rest);
        minus_signs += 1;
    } else if let Some(rest) = t.strip_prefix('+') {
        t = trim(rest);
    }
    if let Some(rest) = t.strip_suffix(is_minus) {
        t = trim(rest);
        minus_signs += 1;
    }
    if minus_signs > 1 || t.is_empty() {
        return Err(not_a_number());
    }

    let commas = t.matches(',').count();
    let points = t.matches('.').count();
    let (int_part, frac_part) = match (commas, points) {
        (0, 0) => (t, ""),
        (1, 0) => t.split_once(',').ok_or_else(not_a_number)?,
        (0, 1) => {
            let (i, f) = t.split_once('.').ok_or_else(not_a_number)?;
            // `1.234` may be a thousands point; only a leading zero or a
            // fraction that is not three digits makes it a decimal point.
            if f.len() == 3 && !trim(i).trim_start_matches('0').is_empty() {
                return Err(not_a_number());
            }
            (i, f)
        }
        _ => return Err(not_a_number()),
    };

    let groups: Vec<&str> = int_part
        .split(is_group_separator)
        .filter(|g| !g.is_empty())
        .collect();
    let digits_only = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let grouping_ok = match groups.as_slice() {
        [] => !frac_part.is_empty(),
        [one] => digits_only(one),
        [first, rest @ ..] => {
            (1..=3).contains(&first.len())
                && digits_only(first)
                && rest.iter().all(|g| g.len() == 3 && digits_only(g))
        }
    };
    if !grouping_ok || !digits_only(frac_part) || (commas + points > 0 && frac_part.is_empty()) {
        return Err(not_a_number());
    }
    let int_digits: String = groups.concat();
    if int_digits.trim_start_matches('0').len() > 19 {
        return Err(NumberError::TooLarge(original.to_string()));
    }
    let plain = if frac_part.is_empty() {
        int_digits
    } else {
        format!(
            "{}.{frac_part}",
            if int_digits.is_empty() {
                "0"
            } else {
                &int_digits
            }
        )
    };
    let value = Decimal::from_str_exact(&plain).map_err(|_| not_a_number())?;
    let value = if minus_signs == 1 { -value } else { value };
    within_limit(value, original)
}

fn within_limit(value: Decimal, shown: &str) -> Result<Decimal, NumberError> {
    if value.abs() > Decimal::from(MAX_ABS_AMOUNT) {
        Err(NumberError::TooLarge(shown.to_string()))
    } else {
        Ok(value)
    }
}

/// A cell's amount. `Ok(None)` for an empty cell, blank text or a lone dash
/// (`-`, `–`, `−`, which forms use for "nothing"); numbers as stored; text
/// through [`parse_sv_number`]; dates and Excel error values are errors.
pub fn cell_amount(cell: &Cell) -> Result<Option<Decimal>, NumberError> {
    match cell {
        Cell::Empty => Ok(None),
        Cell::Number(d) => within_limit(*d, &d.normalize().to_string()).map(Some),
        Cell::Text(t) => {
            let t = trim(t);
            if t.is_empty() || (t.chars().count() == 1 && t.chars().all(is_minus)) {
                Ok(None)
            } else {
                parse_sv_number(t).map(Some)
            }
        }
        Cell::Date(d) => Err(NumberError::NotANumber(d.clone())),
        Cell::Error(e) => Err(NumberError::ErrorValue(e.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn swedish_thousands_and_decimals() {
        assert_eq!(parse_sv_number("22 925"), Ok(dec!(22925)));
        assert_eq!(parse_sv_number("3 524,5"), Ok(dec!(3524.5)));
        assert_eq!(parse_sv_number("-1 234,5"), Ok(dec!(-1234.5)));
        assert_eq!(parse_sv_number("1\u{a0}234\u{a0}567"), Ok(dec!(1234567)));
        assert_eq!(parse_sv_number("1\u{2009}234"), Ok(dec!(1234)));
        assert_eq!(parse_sv_number("1\u{202f}234,25"), Ok(dec!(1234.25)));
        assert_eq!(parse_sv_number(" 42 "), Ok(dec!(42)));
        assert_eq!(parse_sv_number("0"), Ok(dec!(0)));
    }

    #[test]
    fn every_way_of_writing_minus() {
        assert_eq!(parse_sv_number("−72\u{a0}000"), Ok(dec!(-72000)));
        assert_eq!(parse_sv_number("−5"), Ok(dec!(-5)));
        assert_eq!(parse_sv_number("52,4 -"), Ok(dec!(-52.4)));
        assert_eq!(parse_sv_number("52,4-"), Ok(dec!(-52.4)));
        assert_eq!(parse_sv_number("(12)"), Ok(dec!(-12)));
        assert_eq!(parse_sv_number("(3 524,5)"), Ok(dec!(-3524.5)));
        assert_eq!(parse_sv_number("- 500"), Ok(dec!(-500)));
        assert_eq!(parse_sv_number("+500"), Ok(dec!(500)));
        assert!(parse_sv_number("-(12)").is_err());
        assert!(parse_sv_number("-12-").is_err());
    }

    #[test]
    fn decimal_point_only_when_unambiguous() {
        assert_eq!(parse_sv_number("1234.5"), Ok(dec!(1234.5)));
        assert_eq!(parse_sv_number("0.125"), Ok(dec!(0.125)));
        assert_eq!(parse_sv_number("12.25"), Ok(dec!(12.25)));
        assert!(parse_sv_number("1.234").is_err());
        assert!(parse_sv_number("1.234.567").is_err());
        assert!(parse_sv_number("1.234,5").is_err());
    }

    #[test]
    fn refuses_what_is_not_one_amount() {
        for text in [
            "abc", "12 %", "12%", "12 34", "1 2345", "100 kr", "", "-", "1,", "1,2,3",
        ] {
            assert!(parse_sv_number(text).is_err(), "{text:?}");
        }
        assert_eq!(
            parse_sv_number("abc").unwrap_err().to_string(),
            "väntade ett belopp men fann ”abc”"
        );
    }

    #[test]
    fn magnitude_is_bounded() {
        assert!(matches!(
            parse_sv_number("2 000 000 000 000 000 000"),
            Err(NumberError::TooLarge(_))
        ));
        assert!(matches!(
            parse_sv_number("99999999999999999999999999999999"),
            Err(NumberError::TooLarge(_))
        ));
        assert!(matches!(
            cell_amount(&Cell::Number(dec!(1000000000000000.5))),
            Err(NumberError::TooLarge(_))
        ));
        assert_eq!(
            parse_sv_number("1 000 000 000 000 000"),
            Ok(dec!(1000000000000000))
        );
    }

    #[test]
    fn cells() {
        assert_eq!(cell_amount(&Cell::Empty), Ok(None));
        assert_eq!(cell_amount(&Cell::Text(" \u{a0}".into())), Ok(None));
        assert_eq!(cell_amount(&Cell::Text("–".into())), Ok(None));
        assert_eq!(
            cell_amount(&Cell::Number(dec!(-12.5))),
            Ok(Some(dec!(-12.5)))
        );
        assert_eq!(
            cell_amount(&Cell::Text("22 925".into())),
            Ok(Some(dec!(22925)))
        );
        let err = cell_amount(&Cell::Error("#REF!".into())).unwrap_err();
        assert_eq!(err.to_string(), "cellen innehåller felvärdet #REF!");
        assert!(cell_amount(&Cell::Date("2024-03-31".into())).is_err());
    }
}
