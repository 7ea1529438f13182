//! The overview's headline: the region's result for the period — the
//! finance administration's net minus the förvaltningar's consolidated net
//! cost, against budget, year to date and for the full year where there
//! are forecasts — with the lines it is made of. Without the finance
//! administration's table the headline says plainly that it covers the
//! förvaltningar only.

use super::Fig;
use crate::engine::variance::Variance;
use crate::finance::model::Net;
use crate::finance::region::{RegionResult, ResultHalf};
use crate::fr1::model::Period;
use crate::fr1::schema::Part;
use crate::i18n::{Lang, Msg};
use crate::money::AmountScale;

/// Actual (or forecast), budget and variance of one line in one half.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultFigs {
    pub actual: Fig,
    pub budget: Fig,
    pub variance: Fig,
}

/// One line of the result table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultLine {
    pub label: String,
    /// The region's result itself (set in bold).
    pub total: bool,
    pub ytd: Option<ResultFigs>,
    pub year: Option<ResultFigs>,
}

/// The headline block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultView {
    /// `Regionens resultat` (or `Förvaltningarnas nettokostnad`).
    pub title: String,
    /// True when the finance administration is included.
    pub with_finance: bool,
    /// The headline figure: the full-year forecast's result when there is
    /// one, else the year to date (the year's outcome at year-end).
    pub headline: ResultFigs,
    /// What the headline figure is: `Prognos helår`, `Utfall ack`, `Bokslut 2024`.
    pub headline_label: String,
    pub lines: Vec<ResultLine>,
    /// Column headers of the two halves (year to date; full year).
    pub ytd_label: String,
    pub year_label: String,
    /// How it is counted, or that the finance administration is missing.
    pub note: String,
}

fn figs(net: &Net, unit: AmountScale) -> ResultFigs {
    ResultFigs {
        actual: Fig::change(Some(net.actual.0), unit),
        budget: Fig::change(Some(net.budget.0), unit),
        variance: Fig::variance(Some(&net.variance), unit),
    }
}

/// A net cost as the förvaltningar report it (positive), with its variance.
fn cost_figs(v: &Variance, unit: AmountScale) -> ResultFigs {
    ResultFigs {
        actual: Fig::amount(Some(v.actual), unit),
        budget: Fig::amount(Some(v.reference), unit),
        variance: Fig::variance(Some(v), unit),
    }
}

/// The headline of `r` (in its own unit) for `period`; `None` when the
/// region has no net result at all.
pub fn result_view(r: &RegionResult, period: Period, lang: Lang) -> Option<ResultView> {
    let unit = r.unit;
    // At year-end the year to date is the year's outcome; before it the
    // full-year forecast is what the balance requirement will meet.
    let (half, headline_label): (&ResultHalf, String) = match (&r.ytd, &r.year) {
        (Some(y), _) if period.is_year_end() => (y, period.title(lang)),
        (_, Some(y)) => (y, Msg::ColForecast.text(lang).to_string()),
        (Some(y), None) => (y, Msg::ColActualYtd.text(lang).to_string()),
        (None, None) => return None,
    };
    let with_finance = r.with_finance();
    let mut lines = Vec::new();
    if with_finance {
        lines.push(ResultLine {
            label: Msg::ResultFinance.text(lang).to_string(),
            total: false,
            ytd: r.ytd.and_then(|h| h.finance).map(|n| figs(&n, unit)),
            year: r.year.and_then(|h| h.finance).map(|n| figs(&n, unit)),
        });
    }
    lines.push(ResultLine {
        label: Msg::ResultUnits.text(lang).to_string(),
        total: !with_finance,
        ytd: r.ytd.map(|h| cost_figs(&h.units, unit)),
        year: r.year.map(|h| cost_figs(&h.units, unit)),
    });
    if with_finance {
        lines.push(ResultLine {
            label: Msg::ResultRegion.text(lang).to_string(),
            total: true,
            ytd: r.ytd.map(|h| figs(&h.result, unit)),
            year: r.year.map(|h| figs(&h.result, unit)),
        });
    }
    let counted = match r.part {
        Part::Externt => Msg::ResultCountedExternal,
        _ => Msg::ResultCountedTotal,
    }
    .text(lang);
    let (title, headline, note) = if with_finance {
        (
            Msg::ResultRegion,
            figs(&half.result, unit),
            counted.to_string(),
        )
    } else {
        (
            Msg::ResultUnits,
            cost_figs(&half.units, unit),
            format!("{} {counted}", Msg::ResultUnitsOnly.text(lang)),
        )
    };
    Some(ResultView {
        title: title.text(lang).to_string(),
        with_finance,
        headline,
        headline_label,
        lines,
        ytd_label: if period.is_year_end() {
            period.title(lang)
        } else {
            Msg::ColActualYtd.text(lang).to_string()
        },
        year_label: Msg::ColForecast.text(lang).to_string(),
        note,
    })
}
