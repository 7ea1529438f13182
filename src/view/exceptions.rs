//! The exceptions from the general indexation and the parts left out of it,
//! as the Budgetramar page lists them: `Exempelpsykiatrin, drift: 2026
//! 2,9 % · 2027 3,0 %`, `Exempelsjukhuset: 12,5 % drift`.

use crate::format;
use crate::frames::rules::{
    percent_in, IndexException, NonIndexed, NonIndexedPortion, YearPercent,
};
use crate::i18n::{Lang, Msg};

/// `2026 2,9 % · 2027 3,0 %` over `years`, or "not indexed" when every rate
/// is zero.
pub fn rates_text(years: &[i32], rates: &[YearPercent], lang: Lang) -> String {
    if rates.iter().all(|r| r.percent.0.is_zero()) {
        return Msg::FrNotIndexed.text(lang).to_string();
    }
    let shown: Vec<String> = years
        .iter()
        .map(|&y| {
            format!(
                "{y} {}",
                format::percent(percent_in(rates, y).fraction(), false)
            )
        })
        .collect();
    shown.join(" · ")
}

/// Whom an exception names, for which category, and its rates over `years`.
pub fn exception_text(exception: &IndexException, years: &[i32], lang: Lang) -> String {
    let what = exception.category.map_or_else(
        || Msg::FrAllCategories.text(lang).to_string(),
        |c| c.label().to_lowercase(),
    );
    format!(
        "{}, {what}: {}",
        exception.scope.name(),
        rates_text(years, &exception.rates, lang)
    )
}

/// A förvaltning's part of a category left out of indexation.
pub fn non_indexed_text(part: &NonIndexed) -> String {
    let portion = match &part.portion {
        NonIndexedPortion::Share(p) => format::percent(p.fraction(), false),
        NonIndexedPortion::Named { name, amount } => {
            format!("{name}, {}", format::amount(amount.0, 0))
        }
    };
    format!(
        "{}: {portion} {}",
        part.forvaltning,
        part.category.label().to_lowercase()
    )
}
