//! "Varför?": what drives a förvaltning's (or the finance administration's)
//! deviation, where the reader looks — the largest explained drivers with
//! their amounts and the officer's text, and what is left unexplained.
//!
//! Nothing here computes a figure of its own: the deviation and the
//! remainder are [`crate::explain::check`]'s, set against the basis it
//! defines (Totalt for a förvaltning, the finance table's Avvikelse for the
//! finance administration), shown in mnkr with one decimal like the rest of
//! the reader's view. The officer's text stays as written; the words around
//! it follow the page's language.

use super::Fig;
use super::READER_UNIT;
use crate::explain::check::{check_section, Against, BASIS};
use crate::explain::model::{of, Explanation, Owner, Topic};
use crate::format;
use crate::fr1::model::{month_name, Period};
use crate::fr1::schema::{Report, Row};
use crate::i18n::{Lang, Msg};
use crate::money::{AmountScale, Money};

/// How many drivers a förvaltning's card shows; the page shows them all.
pub const CARD_DRIVERS: usize = 3;

/// One explained driver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Driver {
    /// `Personal`, `75590 Konsulter, övrigt`, `Skatteintäkter`.
    pub topic: String,
    /// The FR1 row it is beside on the förvaltning's page, when it is one.
    pub row: Option<Row>,
    /// The amount explained, signed, in mnkr (`–` without one).
    pub amount: Fig,
    /// The officer's text, as written.
    pub text: String,
}

impl Driver {
    /// `e` as the page shows it.
    pub fn of(e: &Explanation, lang: Lang) -> Driver {
        Driver {
            topic: e.topic.label(lang),
            row: match e.topic {
                Topic::Row(row) => Some(row),
                _ => None,
            },
            amount: Fig::signed(e.amount.map(mnkr), READER_UNIT),
            text: e.text.clone(),
        }
    }
}

/// One section (so far this year, or the full-year forecast).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhySection {
    pub section: Report,
    /// `Utfall till och med juni`, `Prognos för helåret 2024`, `Bokslut 2024`.
    pub title: String,
    /// What the deviation is on: `Totalt (intern handel ingår)`, or the
    /// finance administration's table.
    pub basis: String,
    /// General comments (Övergripande), as written.
    pub general: Vec<String>,
    /// Largest amount first (by size, either sign); texts without an
    /// amount last, in the officer's order.
    pub drivers: Vec<Driver>,
    /// The section's deviation (`–` when its report is not loaded).
    pub deviation: Fig,
    pub explained: Fig,
    /// What no explanation covers, when it shows as more than 0,0.
    pub unexplained: Option<Fig>,
    /// `Förklarat −1,5 av −1,6 mnkr; −0,1 mnkr ej förklarat`.
    pub summary: String,
    /// For the officer (not the reader): amounts against their row's
    /// deviation.
    pub notes: Vec<String>,
}

/// A förvaltning's (or the finance administration's) explanations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhyView {
    pub owner: Owner,
    /// `42 Exempelförvaltningen`.
    pub name: String,
    pub period: Period,
    /// Utfall first, then Prognos; only sections with explanations.
    pub sections: Vec<WhySection>,
}

fn mnkr(m: Money) -> rust_decimal::Decimal {
    AmountScale::Tkr.convert(m, READER_UNIT).0
}

fn signed(m: Money) -> String {
    format::signed_amount(mnkr(m), READER_UNIT.display_decimals())
}

fn section_title(section: Report, period: Period, lang: Lang) -> String {
    match section {
        Report::Utfall if period.is_year_end() => period.title(lang),
        Report::Utfall => Msg::ReaderYtd.fill(lang, &[("m", month_name(period.month, lang))]),
        Report::Prognos => Msg::ReaderYear.fill(lang, &[("y", &period.year.to_string())]),
    }
}

/// The explanations of `owner` in `period`, checked against the loaded
/// figures; `None` when there are none.
pub fn why_view(
    against: &Against,
    all: &[Explanation],
    owner: &Owner,
    period: Period,
    lang: Lang,
) -> Option<WhyView> {
    let sections: Vec<WhySection> = Report::ALL
        .into_iter()
        .filter_map(|section| why_section(against, all, owner, period, section, lang))
        .collect();
    if sections.is_empty() {
        return None;
    }
    let name = match owner {
        Owner::Unit(id) => against
            .reports
            .iter()
            .filter_map(|r| r.meta.unit_id.as_ref())
            .find(|u| u.code.trim() == id.code.trim() && !u.name.is_empty())
            .unwrap_or(id)
            .label(),
        Owner::Finance => owner.label(lang),
    };
    Some(WhyView {
        owner: owner.clone(),
        name,
        period,
        sections,
    })
}

fn why_section(
    against: &Against,
    all: &[Explanation],
    owner: &Owner,
    period: Period,
    section: Report,
    lang: Lang,
) -> Option<WhySection> {
    let mine: Vec<&Explanation> = of(all, owner, period, section).collect();
    if mine.is_empty() {
        return None;
    }
    let check = check_section(against, all, owner, period, section);
    let general = mine
        .iter()
        .filter(|e| e.topic == Topic::General)
        .map(|e| e.text.clone())
        .collect();
    let mut drivers: Vec<(Option<Money>, Driver)> = mine
        .iter()
        .filter(|e| e.topic != Topic::General)
        .map(|e| (e.amount, Driver::of(e, lang)))
        .collect();
    // Stable: equal sizes keep the officer's order.
    drivers.sort_by_key(|(amount, _)| std::cmp::Reverse(amount.map(|a| a.abs())));
    let unexplained = check
        .remainder
        .filter(|r| {
            !Money(mnkr(*r))
                .round_for_display(READER_UNIT.display_decimals())
                .is_zero()
        })
        .map(|r| Fig::signed(Some(mnkr(r)), READER_UNIT));
    let u = READER_UNIT.short();
    let summary = match (check.deviation, check.remainder) {
        (Some(d), Some(r)) if unexplained.is_some() => Msg::WhySummary.fill(
            lang,
            &[
                ("x", &signed(check.explained)),
                ("d", &signed(d)),
                ("r", &signed(r)),
                ("u", u),
            ],
        ),
        (Some(d), _) => Msg::WhySummaryAll.fill(
            lang,
            &[("x", &signed(check.explained)), ("d", &signed(d)), ("u", u)],
        ),
        (None, _) => Msg::WhyExplainedOnly.fill(lang, &[("x", &signed(check.explained)), ("u", u)]),
    };
    let basis = match owner {
        Owner::Unit(_) => Msg::WhyBasisUnit.fill(lang, &[("part", BASIS.label())]),
        Owner::Finance => Msg::WhyBasisFinance.text(lang).to_string(),
    };
    Some(WhySection {
        section,
        title: section_title(section, period, lang),
        basis,
        general,
        drivers: drivers.into_iter().map(|(_, d)| d).collect(),
        deviation: Fig::signed(check.deviation.map(mnkr), READER_UNIT),
        explained: Fig::signed(Some(mnkr(check.explained)), READER_UNIT),
        unexplained,
        summary,
        notes: check.notes.iter().map(|n| n.text(lang)).collect(),
    })
}

/// The officer's text as the end of a sentence: its own full stop, or one.
fn as_sentence_end(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

/// The narrative's sentences from the drivers: the largest driver of the
/// section a reader asks about first (the forecast, at year-end the
/// outcome) with its text, then what is left unexplained there.
pub fn why_sentences(view: &WhyView, lang: Lang) -> Vec<String> {
    let pick = |s: Report| view.sections.iter().find(|x| x.section == s);
    let section = if view.period.is_year_end() {
        pick(Report::Utfall)
    } else {
        pick(Report::Prognos).or_else(|| pick(Report::Utfall))
    };
    let Some(section) = section else {
        return Vec::new();
    };
    let when = match section.section {
        Report::Utfall if view.period.is_year_end() => Msg::NrWhenYearEnd,
        Report::Utfall => Msg::NrWhenYtd,
        Report::Prognos => Msg::NrWhenYear,
    }
    .text(lang);
    let mut out = Vec::new();
    if let Some(d) = section.drivers.iter().find(|d| d.amount.value.is_some()) {
        out.push(Msg::NrWhy.fill(
            lang,
            &[
                ("name", &view.name),
                ("when", when),
                ("topic", &d.topic),
                ("x", &d.amount.text),
                ("u", READER_UNIT.short()),
                ("text", &as_sentence_end(&d.text)),
            ],
        ));
    }
    if let Some(r) = &section.unexplained {
        out.push(Msg::NrWhyRest.fill(
            lang,
            &[
                ("name", &view.name),
                ("when", when),
                ("r", &r.text),
                ("u", READER_UNIT.short()),
            ],
        ));
    }
    out
}
