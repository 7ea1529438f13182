//! The accounts behind an FR1 row, from a ledger pivot: on the förvaltning's
//! page Personal opens its kontogrupper and accounts, largest deviation
//! from budget first, against budget and the previous year; and the
//! accounts a region follows in a time of restraint (fokusområden:
//! konsulter, resor, utbildning, inhyrd personal) across the loaded
//! periods.
//!
//! The figures are the pivot's as stated. An account whose budget cell is
//! empty (the budget set only on the kontoslag) shows no deviation from
//! budget — never one against 0.

use super::Fig;
use crate::fr1::model::Period;
use crate::fr1::schema::{normalize_label, Row};
use crate::i18n::{Lang, Msg};
use crate::ledger::map::codes_of;
use crate::ledger::model::{Column, Ledger, LedgerRow, Level};
use crate::money::{AmountScale, Money};

/// One account (or kontogrupp without accounts below it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountLine {
    pub code: String,
    /// `75590 Konsulter, övrigt`.
    pub label: String,
    pub level: Level,
    pub actual: Fig,
    /// `–` where the pivot's budget cell is empty.
    pub budget: Fig,
    /// The stated BUDGET Ack Diff; `–` without a budget.
    pub vs_budget: Fig,
    pub previous: Fig,
    /// The stated Avv ack fg år; `–` without a previous year.
    pub vs_previous: Fig,
}

impl AccountLine {
    fn of(row: &LedgerRow, from: AmountScale, to: AmountScale) -> AccountLine {
        let row = LedgerRow {
            figures: row.figures.map(|f| f.map(|m| from.convert(m, to))),
            ..row.clone()
        };
        let amount = |c: Column| Fig::amount(row.get(c), to);
        AccountLine {
            code: row.code.clone(),
            label: row.label(),
            level: row.level,
            actual: amount(Column::Actual),
            budget: amount(Column::Budget),
            vs_budget: Fig::variance(row.vs_budget_variance().as_ref(), to),
            previous: amount(Column::Previous),
            vs_previous: Fig::variance(row.vs_previous_variance().as_ref(), to),
        }
    }
}

/// The accounts behind one FR1 row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountsView {
    pub row: Row,
    /// `Konton bakom Personal`.
    pub title: String,
    /// Largest deviation from budget (by size) first; accounts without a
    /// budget after them, by their deviation from the previous year.
    pub lines: Vec<AccountLine>,
    pub unit: AmountScale,
}

/// The accounts behind `row` in `ledger`, in `unit`; `None` for a sum row
/// or a pivot without them.
pub fn accounts_view(
    ledger: &Ledger,
    row: Row,
    unit: AmountScale,
    lang: Lang,
) -> Option<AccountsView> {
    let rows = ledger.leaves_under(codes_of(row));
    if rows.is_empty() {
        return None;
    }
    let mut keyed: Vec<_> = rows
        .into_iter()
        .map(|r| {
            let size = |m: Option<Money>| m.map(Money::abs);
            let key = (
                r.vs_budget().is_some(),
                size(r.vs_budget()),
                size(r.vs_previous_variance().map(|v| v.abs)),
            );
            (key, AccountLine::of(r, ledger.amount_unit, unit))
        })
        .collect();
    keyed.sort_by_key(|(key, _)| std::cmp::Reverse(*key));
    Some(AccountsView {
        row,
        title: Msg::AccountsTitle.fill(lang, &[("row", &row.full_label())]),
        lines: keyed.into_iter().map(|(_, l)| l).collect(),
        unit,
    })
}

/// An area followed in a time of restraint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Consultants,
    Travel,
    Training,
    AgencyStaff,
}

impl Focus {
    pub const ALL: [Focus; 4] = [
        Focus::Consultants,
        Focus::Travel,
        Focus::Training,
        Focus::AgencyStaff,
    ];

    /// `Konsulter`, `Resor`, `Utbildning`, `Inhyrd personal`.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Focus::Consultants => Msg::FocusConsultants,
            Focus::Travel => Msg::FocusTravel,
            Focus::Training => Msg::FocusTraining,
            Focus::AgencyStaff => Msg::FocusAgencyStaff,
        }
        .text(lang)
    }

    /// True for an account name of this area (`Konsulter, övrigt`,
    /// `Kurs- och konferensavgifter`).
    pub fn matches(self, name: &str) -> bool {
        let words = normalize_label(name);
        let stems: &[&str] = match self {
            Focus::Consultants => &["konsult"],
            Focus::Travel => &["resor", "resekostnad"],
            Focus::Training => &["utbildning", "kurs"],
            Focus::AgencyStaff => &["inhyrd"],
        };
        stems.iter().any(|s| words.contains(s))
    }
}

/// One account of a focus area in one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FocusPoint {
    pub period: Period,
    pub actual: Fig,
    pub vs_budget: Fig,
    pub vs_previous: Fig,
}

/// One account of a focus area across the loaded periods.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FocusLine {
    pub focus: Focus,
    pub label: String,
    /// Oldest period first.
    pub points: Vec<FocusPoint>,
}

/// The focus areas' accounts of förvaltning `code` across `ledgers`, in
/// `unit`: for each area in [`Focus::ALL`]'s order, each account (by code,
/// as the latest pivot names it) with a point per period that has it.
pub fn focus_view(ledgers: &[Ledger], code: &str, unit: AmountScale) -> Vec<FocusLine> {
    let mut mine: Vec<(Period, &Ledger)> = ledgers
        .iter()
        .filter(|l| {
            l.unit_id
                .as_ref()
                .is_some_and(|u| u.code.trim() == code.trim())
        })
        .filter_map(|l| l.period.map(|p| (p, l)))
        .collect();
    mine.sort_by_key(|(p, _)| *p);
    let mut out: Vec<FocusLine> = Vec::new();
    for focus in Focus::ALL {
        let mut accounts: Vec<(String, String)> = Vec::new();
        for (_, l) in mine.iter().rev() {
            // Every leaf: all codes start with the empty code.
            for r in l.leaves_under(&[""]) {
                if focus.matches(&r.name) && !accounts.iter().any(|(c, _)| *c == r.code) {
                    accounts.push((r.code.clone(), r.label()));
                }
            }
        }
        accounts.sort();
        for (account, label) in accounts {
            let points = mine
                .iter()
                .filter_map(|(period, l)| {
                    let line = AccountLine::of(l.row(&account)?, l.amount_unit, unit);
                    Some(FocusPoint {
                        period: *period,
                        actual: line.actual,
                        vs_budget: line.vs_budget,
                        vs_previous: line.vs_previous,
                    })
                })
                .collect();
            out.push(FocusLine {
                focus,
                label,
                points,
            });
        }
    }
    out
}
