//! Text on charts: figures in Swedish format (through [`crate::format`]) and
//! category names shortened to the room they have.
//!
//! Charts are laid out for a target width down to a 360 px phone, so a label
//! must never spill into its neighbour. Text is measured by an estimate of
//! each character's width (no DOM to ask), deliberately on the generous side,
//! and [`abbreviate`] shortens a label word by word (`Ledningsstab` →
//! `Ledn.`) before it falls back to an ellipsis.

use crate::format::{amount, percent, signed_amount, THOUSANDS_SEP};
use crate::money::AmountScale;
use rust_decimal::Decimal;

/// Decimals shown for an amount in `unit`: million kronor need one.
pub fn decimals(unit: AmountScale) -> u32 {
    match unit {
        AmountScale::Mnkr => 1,
        AmountScale::Kr | AmountScale::Tkr => 0,
    }
}

/// A figure as printed beside a mark: `22 925`.
pub fn value_number(value: Decimal, unit: AmountScale) -> String {
    amount(value, decimals(unit))
}

/// A variance beside its bar, sign always shown: `+58`, `−1 606`.
pub fn variance_number(value: Decimal, unit: AmountScale) -> String {
    signed_amount(value, decimals(unit))
}

/// A figure with its unit, for tooltips: `22 925 tkr`.
pub fn value_text(value: Decimal, unit: AmountScale) -> String {
    format!(
        "{}{THOUSANDS_SEP}{}",
        value_number(value, unit),
        unit.short()
    )
}

/// A variance with its unit: `+58 tkr`.
pub fn variance_text(value: Decimal, unit: AmountScale) -> String {
    format!(
        "{}{THOUSANDS_SEP}{}",
        variance_number(value, unit),
        unit.short()
    )
}

/// A relative variance (a ratio) with its sign: `+1,2 %`.
pub fn percent_text(ratio: Decimal) -> String {
    percent(ratio, true)
}

/// A tick value, with as many decimals as the tick step needs.
pub fn tick_number(value: Decimal, step: Decimal) -> String {
    amount(value, step.normalize().scale())
}

/// Estimated rendered width of `text` at `font_px`, in pixels, for a
/// system sans-serif. Errs wide so estimated boxes contain the real ones.
pub fn text_width(text: &str, font_px: f64) -> f64 {
    let em: f64 = text.chars().map(char_em).sum();
    em * font_px * 1.05
}

fn char_em(c: char) -> f64 {
    match c {
        'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | 'I' => 0.28,
        ' ' | THOUSANDS_SEP => 0.28,
        'f' | 'r' | 't' | '(' | ')' | '-' => 0.36,
        'm' | 'w' | 'M' | 'W' | '%' | '…' => 0.9,
        '0'..='9' | '+' | '\u{2212}' => 0.56,
        c if c.is_uppercase() => 0.70,
        _ => 0.56,
    }
}

/// `label` shortened to fit `max_px` at `font_px`: unchanged if it fits;
/// else words abbreviated from the last one backwards (`Landstingsdir.
/// Ledningsstab` → `Landstingsdir. Ledn.` → `Land. Ledn.`); else the label
/// cut with an ellipsis; else empty when not even `…` fits.
pub fn abbreviate(label: &str, max_px: f64, font_px: f64) -> String {
    let fits = |text: &str| text_width(text, font_px) <= max_px;
    let words: Vec<&str> = label.split_whitespace().collect();
    let clean = words.join(" ");
    if fits(&clean) {
        return clean;
    }
    let mut shortened: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    for i in (0..shortened.len()).rev() {
        if let Some(short) = shortened.get(i).and_then(|w| abbreviate_word(w)) {
            shortened[i] = short;
            let candidate = shortened.join(" ");
            if fits(&candidate) {
                return candidate;
            }
        }
    }
    let chars: Vec<char> = clean.chars().collect();
    for keep in (1..chars.len()).rev() {
        let head: String = chars.iter().take(keep).collect();
        let candidate = format!("{}…", head.trim_end());
        if fits(&candidate) {
            return candidate;
        }
    }
    if fits("…") {
        "…".to_string()
    } else {
        String::new()
    }
}

/// `label` on at most two lines of `max_px`: whole words fill the first line,
/// the rest goes on the second (abbreviated if it is still too long). For
/// chart titles, which a phone must show whole rather than cut.
pub fn wrap_two(label: &str, max_px: f64, font_px: f64) -> Vec<String> {
    let words: Vec<&str> = label.split_whitespace().collect();
    let mut first = 0;
    while first < words.len() && text_width(&words[..=first].join(" "), font_px) <= max_px {
        first += 1;
    }
    if first == words.len() {
        return vec![words.join(" ")];
    }
    if first == 0 {
        return vec![abbreviate(label, max_px, font_px)];
    }
    vec![
        words[..first].join(" "),
        abbreviate(&words[first..].join(" "), max_px, font_px),
    ]
}

/// The first four letters and a full stop, for words longer than five.
fn abbreviate_word(word: &str) -> Option<String> {
    let stem = word.trim_end_matches('.');
    if stem.chars().count() <= 5 || !stem.chars().all(char::is_alphabetic) {
        return None;
    }
    Some(format!("{}.", stem.chars().take(4).collect::<String>()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn titles_wrap_onto_a_second_line_before_they_are_cut() {
        let title = "Nettoresultat, utfall jmf budget per förvaltning";
        assert_eq!(wrap_two(title, 1000.0, 16.0), vec![title.to_string()]);
        let lines = wrap_two(title, 250.0, 16.0);
        assert_eq!(lines.len(), 2);
        assert_eq!(format!("{} {}", lines[0], lines[1]), title);
        assert!(lines.iter().all(|l| text_width(l, 16.0) <= 250.0));
    }

    #[test]
    fn figures_in_swedish_format() {
        assert_eq!(
            value_text(dec!(-4858), AmountScale::Tkr),
            "\u{2212}4\u{a0}858\u{a0}tkr"
        );
        assert_eq!(variance_text(dec!(58), AmountScale::Tkr), "+58\u{a0}tkr");
        assert_eq!(
            variance_number(dec!(-138.7), AmountScale::Mnkr),
            "\u{2212}138,7"
        );
        assert_eq!(percent_text(dec!(0.0121)), "+1,2\u{a0}%");
        assert_eq!(tick_number(dec!(2.50), dec!(0.5)), "2,5");
        assert_eq!(tick_number(dec!(20000), dec!(10000)), "20\u{a0}000");
    }

    #[test]
    fn abbreviates_word_by_word_then_ellipsis() {
        let label = "Landstingsdir. Ledningsstab";
        let full = text_width(label, 12.0);
        assert_eq!(abbreviate(label, full, 12.0), label);
        let one = text_width("Landstingsdir. Ledn.", 12.0);
        assert_eq!(abbreviate(label, one, 12.0), "Landstingsdir. Ledn.");
        let both = text_width("Land. Ledn.", 12.0);
        assert_eq!(abbreviate(label, both, 12.0), "Land. Ledn.");
        let cut = abbreviate(label, both - 1.0, 12.0);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(text_width(&cut, 12.0) <= both - 1.0);
        assert_eq!(abbreviate(label, 1.0, 12.0), "");
    }

    #[test]
    fn short_words_and_codes_stay() {
        assert_eq!(abbreviate_word("Resor"), None);
        assert_eq!(abbreviate_word("2018-03"), None);
        assert_eq!(
            abbreviate_word("Förbrukningsmaterial").as_deref(),
            Some("Förb.")
        );
    }
}
