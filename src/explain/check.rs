//! The explanations set against the numbers they explain.
//!
//! **The basis, defined once.** A förvaltning's explanations are about its
//! own result as its FR1 states it: the stated variance (`UTFALL JMF
//! BUDGET`, `PROGNOS JMF BUDGET`) of the row in the **Totalt** part
//! ([`BASIS`]), internal trade included — the figure the förvaltning's card
//! and page show, and the one the officer's table is written against. The
//! region's headline uses Externt (consolidated); a page that shows both
//! says which is which. The finance administration's explanations are set
//! against its table's stated Avvikelse (its net, or the line named).
//!
//! For each section the explained amounts are summed and set against the
//! section's deviation: what is left is "ej förklarat", never hidden. An
//! amount whose sign is opposite to its område's deviation, or larger than
//! it, is a [`Note`] for the officer, compared at the precision the amount
//! was written with (0,1 mnkr explains 58 tkr).

use super::model::{of, Explanation, Owner, Topic};
use crate::engine::variance::Comparison;
use crate::finance::model::FinanceTable;
use crate::fr1::model::{Fr1Report, Period};
use crate::fr1::schema::{normalize_label, Part, Report, Row};
use crate::i18n::{Lang, Msg};
use crate::ledger::model::Ledger;
use crate::money::{AmountScale, Money};
use rust_decimal::RoundingStrategy;

/// The part a förvaltning's explanations are set against: Totalt.
pub const BASIS: Part = Part::Totalt;

/// The loaded figures explanations are set against.
#[derive(Debug, Clone, Copy)]
pub struct Against<'a> {
    pub reports: &'a [Fr1Report],
    pub finance: &'a [FinanceTable],
    /// Ledger pivots: an account's deviation so far this year.
    pub ledgers: &'a [Ledger],
}

impl<'a> Against<'a> {
    fn report(&self, code: &str, period: Period) -> Option<&'a Fr1Report> {
        self.reports.iter().find(|r| {
            r.meta.period == Some(period)
                && r.meta
                    .unit_id
                    .as_ref()
                    .is_some_and(|u| u.code.trim() == code.trim())
        })
    }

    fn finance_table(&self, period: Period) -> Option<&'a FinanceTable> {
        self.finance.iter().find(|t| t.period == Some(period))
    }

    /// The stated deviation from budget of an FR1 row, in tkr.
    fn row_deviation(
        &self,
        code: &str,
        period: Period,
        section: Report,
        row: Row,
    ) -> Option<Money> {
        let report = self.report(code, period)?;
        let cmp = match section {
            Report::Utfall => Comparison::ActualVsBudget,
            Report::Prognos => Comparison::ForecastVsBudget,
        };
        let v = cmp.of(report, row, BASIS)?;
        Some(report.unit().convert(v.abs, AmountScale::Tkr))
    }

    /// The deviation the whole section explains, in tkr: NETTORESULTAT's
    /// stated variance, or the finance administration's net.
    pub fn deviation(&self, owner: &Owner, period: Period, section: Report) -> Option<Money> {
        match owner {
            Owner::Unit(id) => self.row_deviation(&id.code, period, section, Row::Nettoresultat),
            Owner::Finance => {
                let t = self.finance_table(period)?;
                Some(
                    t.unit
                        .convert(t.net(section)?.variance.abs, AmountScale::Tkr),
                )
            }
        }
    }

    /// The deviation of what `topic` names, in tkr, when it is loaded.
    pub fn topic_deviation(
        &self,
        owner: &Owner,
        period: Period,
        section: Report,
        topic: &Topic,
    ) -> Option<Money> {
        match (owner, topic) {
            (_, Topic::General) => None,
            (Owner::Unit(id), Topic::Row(row)) => {
                self.row_deviation(&id.code, period, section, *row)
            }
            (Owner::Unit(id), Topic::Account { code, .. }) if section == Report::Utfall => {
                let ledger = self.ledgers.iter().find(|l| {
                    l.period == Some(period)
                        && l.unit_id
                            .as_ref()
                            .is_some_and(|u| u.code.trim() == id.code.trim())
                })?;
                let row = ledger.rows.iter().find(|r| r.code == *code)?;
                Some(
                    ledger
                        .amount_unit
                        .convert(row.vs_budget()?, AmountScale::Tkr),
                )
            }
            (Owner::Finance, Topic::FinanceLine(label)) => {
                let t = self.finance_table(period)?;
                let row = t
                    .rows
                    .iter()
                    .find(|r| normalize_label(&r.label) == normalize_label(label))?;
                Some(
                    t.unit
                        .convert(row.half(section).variance?, AmountScale::Tkr),
                )
            }
            _ => None,
        }
    }
}

/// Why an amount needs the officer's look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    /// Favourable where its område deviates unfavourably, or the reverse.
    OppositeSign,
    /// Larger than its område's whole deviation.
    Larger,
}

/// An explained amount that does not sit well with its område's deviation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub topic: Topic,
    pub kind: NoteKind,
    /// The amount as explained, tkr.
    pub amount: Money,
    /// The område's deviation, tkr, at the amount's precision.
    pub deviation: Money,
    /// The unit the amount was written in, to say the figures in.
    pub unit: AmountScale,
}

impl Note {
    pub fn text(&self, lang: Lang) -> String {
        let fig = |m: Money| {
            crate::format::signed_amount(
                AmountScale::Tkr.convert(m, self.unit).0,
                self.unit.display_decimals(),
            )
        };
        let msg = match self.kind {
            NoteKind::OppositeSign => Msg::ExplNoteOpposite,
            NoteKind::Larger => Msg::ExplNoteLarger,
        };
        msg.fill(
            lang,
            &[
                ("topic", &self.topic.label(lang)),
                ("amount", &fig(self.amount)),
                ("deviation", &fig(self.deviation)),
                ("u", self.unit.short()),
            ],
        )
    }
}

/// A section's explained amounts against its deviation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionCheck {
    /// The section's deviation (tkr), when its report is loaded.
    pub deviation: Option<Money>,
    /// The sum of the explained amounts (tkr).
    pub explained: Money,
    /// `deviation − explained`: what no explanation covers (tkr).
    pub remainder: Option<Money>,
    /// For the officer, not the reader.
    pub notes: Vec<Note>,
}

/// `deviation` rounded to `step` (away from zero at the midpoint).
fn at_precision(deviation: Money, step: Money) -> Money {
    if step.is_zero() {
        return deviation;
    }
    let steps =
        (deviation.0 / step.0).round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    Money(steps * step.0)
}

/// Checks `owner`'s `section` of `period`: explained against the deviation,
/// and each amount against its område's deviation.
pub fn check_section(
    against: &Against,
    all: &[Explanation],
    owner: &Owner,
    period: Period,
    section: Report,
) -> SectionCheck {
    let mut explained = Money::ZERO;
    let mut notes = Vec::new();
    for e in of(all, owner, period, section) {
        let Some(amount) = e.amount else { continue };
        explained += amount;
        let Some(own) = against.topic_deviation(owner, period, section, &e.topic) else {
            continue;
        };
        let shown = at_precision(own, e.precision());
        let opposite = !amount.is_zero()
            && !shown.is_zero()
            && amount.0.is_sign_negative() != shown.0.is_sign_negative();
        let kind = if opposite {
            Some(NoteKind::OppositeSign)
        } else if amount.abs() > shown.abs() {
            Some(NoteKind::Larger)
        } else {
            None
        };
        notes.extend(kind.map(|kind| Note {
            topic: e.topic.clone(),
            kind,
            amount,
            deviation: shown,
            unit: e.written_in,
        }));
    }
    let deviation = against.deviation(owner, period, section);
    SectionCheck {
        deviation,
        explained,
        remainder: deviation.map(|d| d - explained),
        notes,
    }
}
