//! The reader's view: what a board member sees first when a shared link
//! opens — how the region (or the loaded förvaltningar) stands against
//! budget so far this year and in the full-year forecast, then one card
//! per förvaltning (and nämnd) with the largest deviation first.
//!
//! Nothing here computes a figure of its own: the headline is the region's
//! result of [`super::region`], the cards are the overview's lines of
//! [`super::overview`], the change since the previous report is
//! [`super::development`]'s, measures are [`super::followup`]'s and the
//! balance requirement is the frames' balance chart, the drivers ("Varför?")
//! are [`super::why`]'s. This module picks,
//! sorts and labels them, always in mnkr with one decimal, the unit a
//! board reads; [`super::narrative`] turns the same model into sentences.

use super::charts::balance_chart;
use super::development::{change_figs, ChangeFigs};
use super::followup::{measure_view, MeasureView};
use super::overview::{overview, LineKind};
use super::region::ResultFigs;
use super::why::{why_view, WhyView};
use super::Fig;
use crate::charts::balance::BalanceChart;
use crate::engine::consolidation::Grouping;
use crate::engine::development::{development, Development, Level};
use crate::engine::measures::MeasurePlan;
use crate::explain::check::Against;
use crate::explain::model::{Explanation, Owner};
use crate::finance::model::FinanceTable;
use crate::fr1::model::{month_name, Fr1Report, Period, UnitId};
use crate::fr1::schema::Part;
use crate::frames::scenario::ScenarioResult;
use crate::i18n::{Lang, Msg};
use crate::money::{AmountScale, Money};
use rust_decimal::{Decimal, RoundingStrategy};
use std::cmp::Ordering;

pub use super::READER_UNIT;

/// Where a deviation stands against budget, as shown (rounded to the
/// decimals the page prints: +0,04 mnkr shows as 0,0 and is on budget).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Better,
    OnBudget,
    Worse,
}

impl Standing {
    /// The standing of a variance figure in `unit`; `None` without a figure.
    pub fn of(fig: &Fig, unit: AmountScale) -> Option<Standing> {
        let shown = fig.value?.round_dp_with_strategy(
            super::decimals(unit),
            RoundingStrategy::MidpointAwayFromZero,
        );
        Some(match shown.cmp(&Decimal::ZERO) {
            Ordering::Greater => Standing::Better,
            Ordering::Equal => Standing::OnBudget,
            Ordering::Less => Standing::Worse,
        })
    }

    /// `Bättre än budget`, `Sämre än budget`, `Enligt budget`.
    pub fn word(self, lang: Lang) -> &'static str {
        match self {
            Standing::Better => Msg::StandingBetter,
            Standing::OnBudget => Msg::StandingOnBudget,
            Standing::Worse => Msg::StandingWorse,
        }
        .text(lang)
    }

    /// A mark that tells the standing by its shape, not only its colour.
    pub fn mark(self) -> &'static str {
        match self {
            Standing::Better => "▲",
            Standing::OnBudget => "●",
            Standing::Worse => "▼",
        }
    }

    /// The CSS class by the sign rule (`pos`, `zero`, `neg`).
    pub fn class(self) -> &'static str {
        match self {
            Standing::Better => "pos",
            Standing::OnBudget => "zero",
            Standing::Worse => "neg",
        }
    }
}

/// One half of the headline: the result (or net cost), its budget and the
/// deviation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadFigure {
    /// `Utfall till och med juni`, `Prognos för helåret 2024`, `Bokslut 2024`.
    pub label: String,
    pub amount: Fig,
    pub budget: Fig,
    pub variance: Fig,
    pub standing: Standing,
}

/// The first thing a reader sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    /// `Regionens resultat` or `Förvaltningarnas nettokostnad`.
    pub title: String,
    /// True when the finance administration is in the result.
    pub with_finance: bool,
    pub ytd: Option<HeadFigure>,
    pub year: Option<HeadFigure>,
}

/// What a card stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CardKind {
    Unit,
    Namnd,
}

/// One förvaltning or nämnd.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderCard {
    pub kind: CardKind,
    /// The förvaltning code (empty for a nämnd).
    pub code: String,
    /// The full name, never shortened: `42 Exempelförvaltningen`.
    pub name: String,
    /// Utfall jmf budget (the year's outcome at year-end).
    pub ytd: Fig,
    /// Prognos jmf budget (missing at year-end or without a forecast).
    pub forecast: Fig,
    /// The forecast deviation's change since the previous report.
    pub change: Option<ChangeFigs>,
    /// By the forecast deviation, else the year to date.
    pub standing: Option<Standing>,
    /// Decided measures, when the förvaltning has any.
    pub measures: Option<MeasureView>,
    /// "Varför?": the officer's drivers and what is left unexplained,
    /// when the förvaltning's deviation is explained.
    pub why: Option<WhyView>,
}

impl ReaderCard {
    /// The deviation the card is ranked and judged by: the forecast's,
    /// else the year to date's.
    pub fn key(&self) -> Option<&Fig> {
        [&self.forecast, &self.ytd]
            .into_iter()
            .find(|f| f.value.is_some())
    }
}

/// One year of the balance requirement, in mnkr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BalanceYearFigs {
    pub year: i32,
    /// Balanskravsresultat.
    pub result: Fig,
    /// Left to restore at the end of the year.
    pub remaining: Fig,
}

/// The balance requirement of the frames' scenario shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BalanceStatus {
    pub scenario: String,
    pub years: Vec<BalanceYearFigs>,
}

/// The whole reader's view of one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReaderView {
    pub period: Period,
    /// `juni 2024` or `Bokslut 2024`.
    pub period_title: String,
    pub headline: Option<Headline>,
    /// Förvaltningar, largest deviation first.
    pub cards: Vec<ReaderCard>,
    /// Nämnder, largest deviation first; empty with a single nämnd.
    pub namnder: Vec<ReaderCard>,
    /// The change of the förvaltningar's combined forecast since the
    /// previous report.
    pub change: Option<ChangeFigs>,
    pub balance: Option<BalanceStatus>,
    /// The finance administration's drivers, under the region's result.
    pub finance_why: Option<WhyView>,
}

/// What the reader's view is built from: the page's loaded state.
pub struct ReaderInputs<'a> {
    pub reports: &'a [Fr1Report],
    pub finance: &'a [FinanceTable],
    pub period: Period,
    pub grouping: &'a Grouping,
    pub part: Part,
    pub measures: &'a [MeasurePlan],
    /// The frames' scenario shown, when frames are loaded.
    pub frames: Option<&'a ScenarioResult>,
    /// The officer's explanations.
    pub explanations: &'a [Explanation],
}

fn head_figure(label: String, f: &ResultFigs) -> Option<HeadFigure> {
    Some(HeadFigure {
        label,
        standing: Standing::of(&f.variance, READER_UNIT)?,
        amount: f.actual.clone(),
        budget: f.budget.clone(),
        variance: f.variance.clone(),
    })
}

/// The reader's view of `inputs.period`, in mnkr.
pub fn reader_view(inputs: &ReaderInputs, lang: Lang) -> ReaderView {
    let period = inputs.period;
    let o = overview(
        inputs.reports,
        inputs.finance,
        period,
        inputs.grouping,
        inputs.part,
        READER_UNIT,
        lang,
    );
    let headline = o.result.as_ref().map(|r| {
        let total = r.lines.iter().find(|l| l.total);
        let ytd_label = if period.is_year_end() {
            period.title(lang)
        } else {
            Msg::ReaderYtd.fill(lang, &[("m", month_name(period.month, lang))])
        };
        let year_label = Msg::ReaderYear.fill(lang, &[("y", &period.year.to_string())]);
        Headline {
            title: r.title.clone(),
            with_finance: r.with_finance,
            ytd: total
                .and_then(|l| l.ytd.as_ref())
                .and_then(|f| head_figure(ytd_label, f)),
            year: total
                .and_then(|l| l.year.as_ref())
                .and_then(|f| head_figure(year_label, f)),
        }
    });

    let dev = development_up_to(inputs.reports, period, inputs.grouping, inputs.part);
    // At year-end the outcome is known and the forecasts' moves are history.
    let change_of = |level: Level, code: &str, name: &str| {
        if period.is_year_end() {
            return None;
        }
        dev.lines
            .iter()
            .find(|l| {
                l.level == level
                    && match level {
                        Level::Unit => l.code == code,
                        _ => l.name == name,
                    }
            })
            .and_then(|l| change_figs(l, READER_UNIT, lang))
    };

    let against = Against {
        reports: inputs.reports,
        finance: inputs.finance,
        ledgers: &[],
    };
    let why_of = |owner: Owner| why_view(&against, inputs.explanations, &owner, period, lang);
    let mut cards = Vec::new();
    let mut namnder = Vec::new();
    for line in &o.lines {
        let (kind, level) = match line.kind {
            LineKind::Unit => (CardKind::Unit, Level::Unit),
            LineKind::Namnd => (CardKind::Namnd, Level::Namnd),
            LineKind::Region | LineKind::RegionExternal => continue,
        };
        let measures = (kind == CardKind::Unit)
            .then(|| measures_of(inputs, &line.code, lang))
            .flatten();
        let mut card = ReaderCard {
            kind,
            code: line.code.clone(),
            name: line.label.clone(),
            ytd: line.figures.var_ytd.clone(),
            forecast: line.figures.var_year.clone(),
            change: change_of(level, &line.code, &line.label),
            standing: None,
            measures,
            why: (kind == CardKind::Unit)
                .then(|| {
                    why_of(Owner::Unit(UnitId {
                        code: line.code.clone(),
                        name: String::new(),
                    }))
                })
                .flatten(),
        };
        card.standing = card.key().and_then(|f| Standing::of(f, READER_UNIT));
        match kind {
            CardKind::Unit => cards.push(card),
            CardKind::Namnd => namnder.push(card),
        }
    }
    sort_cards(&mut cards);
    sort_cards(&mut namnder);

    let region = dev.lines.iter().find(|l| l.level == Level::Region);
    ReaderView {
        period,
        period_title: period.title(lang),
        headline,
        cards,
        namnder,
        change: region
            .filter(|_| !period.is_year_end())
            .and_then(|l| change_figs(l, READER_UNIT, lang)),
        balance: inputs
            .frames
            .and_then(|r| balance_chart(r, lang).map(|chart| balance_status(&r.name, &chart))),
        finance_why: why_of(Owner::Finance),
    }
}

/// The forecast development of `period`'s year up to `period`, in mnkr: a
/// reader looking at March wants the change into March, not into a later
/// report.
pub fn development_up_to(
    reports: &[Fr1Report],
    period: Period,
    grouping: &Grouping,
    part: Part,
) -> Development {
    let up_to: Vec<&Fr1Report> = reports
        .iter()
        .filter(|r| r.meta.period.is_some_and(|p| p <= period))
        .collect();
    development(&up_to, period.year, grouping, part, READER_UNIT)
}

/// Largest deviation (by size, either sign) first; cards without any
/// figure last; equal ones by name.
fn sort_cards(cards: &mut [ReaderCard]) {
    let size = |c: &ReaderCard| c.key().and_then(|f| f.value).map(|v| v.abs());
    cards.sort_by(|a, b| size(b).cmp(&size(a)).then_with(|| a.name.cmp(&b.name)));
}

/// The decided measures of förvaltning `code` applied to its report of
/// the period, when it has any.
fn measures_of(inputs: &ReaderInputs, code: &str, lang: Lang) -> Option<MeasureView> {
    let plan = inputs
        .measures
        .iter()
        .find(|p| p.unit_code.trim() == code.trim() && !p.measures.is_empty())?;
    let report = inputs.reports.iter().find(|r| {
        r.meta.period == Some(inputs.period)
            && r.meta
                .unit_id
                .as_ref()
                .is_some_and(|u| u.code.trim() == code.trim())
    })?;
    measure_view(report, plan, inputs.part, READER_UNIT, lang).ok()
}

fn balance_status(scenario: &str, chart: &BalanceChart) -> BalanceStatus {
    let unit = chart.heading.unit;
    let mnkr = |d: Decimal| unit.convert(Money(d), READER_UNIT).0;
    BalanceStatus {
        scenario: scenario.to_string(),
        years: chart
            .years
            .iter()
            .map(|y| BalanceYearFigs {
                year: y.year,
                result: Fig::signed(Some(mnkr(y.result)), READER_UNIT),
                remaining: Fig::amount(Some(Money(mnkr(y.remaining))), READER_UNIT),
            })
            .collect(),
    }
}
