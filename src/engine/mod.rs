//! Variances, consolidation, periods, forecasts and measures: the numbers a
//! board member asks for, computed exactly from imported FR1 reports.
//!
//! Every function here works on [`crate::fr1::model::Fr1Report`] values and
//! [`crate::money::Money`]; nothing rounds. Signs follow the form: revenues
//! negative, costs positive, and every variance is *reference − actual*, so
//! positive is favourable on every row ([`variance`]).
//!
//! - [`variance`]: one figure against its reference; the four comparisons;
//!   the report's stated variance first, the derivation as a check.
//! - [`bridge`]: from budgeted to actual net result, ending at the stated one.
//! - [`summary`]: the year-to-date and full-year summary per row.
//! - [`consolidation`]: förvaltningar into nämnder and the region.
//! - [`periods`]: several reports of a year as a series; monthly figures.
//! - [`periodisation`]: spreading the year's budget by a seasonal profile.
//! - [`forecast`]: checks beside the reported forecast, and its accuracy.
//! - [`development`]: the forecast's deviation from report to report.
//! - [`measures`]: the forecast after decided measures, and what is missing.

pub mod bridge;
pub mod consolidation;
pub mod development;
pub mod forecast;
pub mod measures;
pub mod periodisation;
pub mod periods;
pub mod summary;
pub mod variance;

use crate::money::Money;
use rust_decimal::Decimal;

/// `amount × part / whole`, multiplying first so that e.g. 45 330 × 3 / 12
/// is exactly 11 332,5 (dividing first would give 11 332,4999…); divides
/// first only when the product would overflow. `None` when `whole` is zero
/// or the result itself is out of range.
pub(crate) fn portion(amount: Money, part: Decimal, whole: Decimal) -> Option<Money> {
    amount
        .0
        .checked_mul(part)
        .and_then(|p| p.checked_div(whole))
        .or_else(|| {
            part.checked_div(whole)
                .and_then(|s| amount.0.checked_mul(s))
        })
        .map(Money)
}
