//! The reader's view in words: the summary a controller writes above the
//! month's figures — the result and forecast against budget, who deviates
//! most, how the forecast moved since the previous report, what decided
//! measures leave to find, what the officers give as the drivers, and
//! whether the balance requirement is met.
//!
//! Deterministic and figure-free of its own: every number in a sentence is
//! a figure of the [`ReaderView`] (itself made of the page's view models),
//! printed as the page prints it; only the choice of words (better, worse,
//! on budget) is made here, from the figure as shown. The sentences come
//! from the translation table, so they read the same in both languages.

use super::reader::{CardKind, HeadFigure, ReaderCard, ReaderView, Standing, READER_UNIT};
use super::why::why_sentences;
use super::Fig;
use crate::format;
use crate::fr1::model::month_name;
use crate::i18n::{Lang, Msg};
use std::cmp::Ordering;

/// How many förvaltningar the deviation sentence names at most.
pub const MAX_NAMED: usize = 3;

/// The narrative of `v`, sentence by sentence.
pub fn narrative(v: &ReaderView, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    out.extend(result_sentences(v, lang));
    out.extend(deviation_sentences(v, lang));
    out.extend(why_narrative(v, lang));
    out.extend(change_sentence(v, lang));
    out.extend(measure_sentences(v, lang));
    out.extend(balance_sentences(v, lang));
    out
}

/// A figure's size without its sign, as the page prints it: `1,6`.
fn size(fig: &Fig) -> String {
    let value = fig.value.unwrap_or_default();
    format::amount(value.abs(), super::decimals(READER_UNIT))
}

/// `1,6 mnkr sämre än budget`, `i nivå med budget`.
fn against_budget(fig: &Fig, standing: Standing, lang: Lang) -> String {
    let msg = match standing {
        Standing::Better => Msg::NrBetterBy,
        Standing::Worse => Msg::NrWorseBy,
        Standing::OnBudget => return Msg::NrOnBudget.text(lang).to_string(),
    };
    msg.fill(lang, &[("x", &size(fig)), ("u", READER_UNIT.short())])
}

fn units(v: &ReaderView) -> Vec<&ReaderCard> {
    v.cards
        .iter()
        .filter(|c| c.kind == CardKind::Unit)
        .collect()
}

/// The region's result, or the förvaltningar's net cost, against budget:
/// the forecast first, then the year to date.
fn result_sentences(v: &ReaderView, lang: Lang) -> Vec<String> {
    let Some(h) = &v.headline else {
        return Vec::new();
    };
    let who = match units(v).as_slice() {
        [one] => one.name.clone(),
        _ => Msg::NrTheUnits.text(lang).to_string(),
    };
    let year = v.period.year.to_string();
    let month = month_name(v.period.month, lang);
    let say = |msg: Msg, f: &HeadFigure| {
        msg.fill(
            lang,
            &[
                ("who", &who),
                ("y", &year),
                ("m", month),
                ("a", &f.amount.text),
                ("u", READER_UNIT.short()),
                ("dev", &against_budget(&f.variance, f.standing, lang)),
            ],
        )
    };
    let pick = |region: Msg, units: Msg| if h.with_finance { region } else { units };
    let mut out = Vec::new();
    if v.period.is_year_end() {
        out.extend(
            h.ytd
                .as_ref()
                .map(|f| say(pick(Msg::NrRegionYearEnd, Msg::NrUnitsYearEnd), f)),
        );
    } else if let Some(f) = &h.year {
        out.push(say(pick(Msg::NrRegionYear, Msg::NrUnitsYear), f));
        out.extend(
            h.ytd
                .as_ref()
                .map(|f| say(pick(Msg::NrRegionYtd, Msg::NrUnitsYtd), f)),
        );
    } else if let Some(f) = &h.ytd {
        out.push(say(pick(Msg::NrRegionYtdOnly, Msg::NrUnitsYtdOnly), f));
        out.push(Msg::NrNoForecast.text(lang).to_string());
    }
    out
}

/// Which deviation the förvaltningar are compared by.
#[derive(Clone, Copy)]
enum Basis {
    Forecast,
    Ytd,
    YearEnd,
}

impl Basis {
    fn fig(self, c: &ReaderCard) -> &Fig {
        match self {
            Basis::Forecast => &c.forecast,
            Basis::Ytd | Basis::YearEnd => &c.ytd,
        }
    }

    fn messages(self) -> (Msg, Msg) {
        match self {
            Basis::Forecast => (Msg::NrWorseForecast, Msg::NrBetterForecast),
            Basis::Ytd => (Msg::NrWorseYtd, Msg::NrBetterYtd),
            Basis::YearEnd => (Msg::NrWorseYearEnd, Msg::NrBetterYearEnd),
        }
    }
}

/// What drives the deviations, in the officers' words: the finance
/// administration's, then up to [`MAX_NAMED`] förvaltningar's, largest
/// deviation first ([`why_sentences`]).
fn why_narrative(v: &ReaderView, lang: Lang) -> Vec<String> {
    v.finance_why
        .iter()
        .chain(
            v.cards
                .iter()
                .filter_map(|c| c.why.as_ref())
                .take(MAX_NAMED),
        )
        .flat_map(|w| why_sentences(w, lang))
        .collect()
}

/// `A`, `A och B`, `A, B och C`.
fn join(items: &[String], lang: Lang) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), Msg::ListAnd.text(lang)),
    }
}

/// The largest deviations (up to [`MAX_NAMED`]) with their figures, the
/// unfavourable ones first; nothing with a single förvaltning, whose
/// figures the headline already gives.
fn deviation_sentences(v: &ReaderView, lang: Lang) -> Vec<String> {
    let cards = units(v);
    if cards.len() < 2 {
        return Vec::new();
    }
    let basis = if v.period.is_year_end() {
        Basis::YearEnd
    } else if cards.iter().any(|c| c.forecast.value.is_some()) {
        Basis::Forecast
    } else {
        Basis::Ytd
    };
    let mut ranked: Vec<(&ReaderCard, Standing)> = cards
        .iter()
        .filter_map(|c| Some((*c, Standing::of(basis.fig(c), READER_UNIT)?)))
        .filter(|(_, s)| *s != Standing::OnBudget)
        .collect();
    let magnitude = |c: &ReaderCard| basis.fig(c).value.map(|v| v.abs());
    ranked.sort_by(|(a, _), (b, _)| {
        magnitude(b)
            .cmp(&magnitude(a))
            .then_with(|| a.name.cmp(&b.name))
    });
    ranked.truncate(MAX_NAMED);
    if ranked.is_empty() {
        return vec![Msg::NrAllOnBudget.text(lang).to_string()];
    }
    let (worse_msg, better_msg) = basis.messages();
    let list = |standing: Standing| {
        let items: Vec<String> = ranked
            .iter()
            .filter(|(_, s)| *s == standing)
            .map(|(c, _)| {
                Msg::NrListItem.fill(
                    lang,
                    &[
                        ("name", &c.name),
                        ("x", &basis.fig(c).text),
                        ("u", READER_UNIT.short()),
                    ],
                )
            })
            .collect();
        (!items.is_empty()).then(|| join(&items, lang))
    };
    [(Standing::Worse, worse_msg), (Standing::Better, better_msg)]
        .into_iter()
        .filter_map(|(standing, msg)| list(standing).map(|l| msg.fill(lang, &[("list", &l)])))
        .collect()
}

/// How the förvaltningar's combined forecast moved since the previous report.
pub fn change_sentence(v: &ReaderView, lang: Lang) -> Option<String> {
    let c = v.change.as_ref()?;
    let amount = c.change.value?;
    let msg = match amount.cmp(&rust_decimal::Decimal::ZERO) {
        Ordering::Greater => Msg::NrChangeImproved,
        Ordering::Less => Msg::NrChangeWorsened,
        Ordering::Equal => Msg::NrChangeUnchanged,
    };
    let who = if units(v).len() > 1 {
        Msg::NrChangeCombined
    } else {
        Msg::NrChangeOne
    };
    Some(msg.fill(
        lang,
        &[
            ("who", who.text(lang)),
            ("x", &size(&c.change)),
            ("u", READER_UNIT.short()),
            ("m", &c.since),
            ("v", &c.now.text),
        ],
    ))
}

/// Per förvaltning with decided measures: their effect, the forecast after
/// them and what is left to the target.
fn measure_sentences(v: &ReaderView, lang: Lang) -> Vec<String> {
    units(v)
        .into_iter()
        .filter_map(|c| {
            let m = c.measures.as_ref()?;
            let decided = Msg::NrMeasures.fill(
                lang,
                &[
                    ("name", &c.name),
                    ("x", &m.effects.text),
                    ("u", READER_UNIT.short()),
                    ("v", &m.after.text),
                ],
            );
            Some(format!("{decided} {}", m.sentence))
        })
        .collect()
}

/// Whether the balance requirement is met in every plan year, and what is
/// left to restore after the last.
fn balance_sentences(v: &ReaderView, lang: Lang) -> Vec<String> {
    let Some(b) = &v.balance else {
        return Vec::new();
    };
    let (Some(first), Some(last)) = (b.years.first(), b.years.last()) else {
        return Vec::new();
    };
    let short: Vec<String> = b
        .years
        .iter()
        .filter(|y| Standing::of(&y.result, READER_UNIT) == Some(Standing::Worse))
        .map(|y| {
            Msg::NrBalanceYear.fill(
                lang,
                &[
                    ("y", &y.year.to_string()),
                    ("x", &y.result.text),
                    ("u", READER_UNIT.short()),
                ],
            )
        })
        .collect();
    let mut out = vec![if short.is_empty() {
        Msg::NrBalanceMet.fill(
            lang,
            &[
                ("from", &first.year.to_string()),
                ("to", &last.year.to_string()),
                ("s", &b.scenario),
            ],
        )
    } else {
        Msg::NrBalanceNotMet.fill(lang, &[("list", &join(&short, lang)), ("s", &b.scenario)])
    }];
    if Standing::of(&last.remaining, READER_UNIT) == Some(Standing::Better) {
        out.push(Msg::NrBalanceRemaining.fill(
            lang,
            &[
                ("y", &last.year.to_string()),
                ("x", &last.remaining.text),
                ("u", READER_UNIT.short()),
            ],
        ));
    }
    out
}
