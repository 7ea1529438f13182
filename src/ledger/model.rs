//! A ledger pivot as read: its rows with the figures exactly as stated.

use crate::engine::variance::{stated_variance, Variance};
use crate::finding::Position;
use crate::fr1::model::{Period, UnitId};
use crate::money::{AmountScale, Money};

/// How deep a row sits, shown by its code's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// One digit: `4 Kostnader för personal`.
    Class,
    /// Two digits: `40 Lön arbetad tid`.
    Group,
    /// More: `75590 Konsulter, övrigt`.
    Account,
}

impl Level {
    /// The level of an account code.
    pub fn of(code: &str) -> Level {
        match code.len() {
            0 | 1 => Level::Class,
            2 => Level::Group,
            _ => Level::Account,
        }
    }
}

/// A figure column of the pivot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Actual,
    Budget,
    /// `BUDGET Ack Diff` = budget − utfall.
    BudgetDiff,
    Previous,
    /// `Avv ack fg år` = fg år − utfall.
    PreviousDiff,
}

impl Column {
    pub const ALL: [Column; 5] = [
        Column::Actual,
        Column::Budget,
        Column::BudgetDiff,
        Column::Previous,
        Column::PreviousDiff,
    ];

    /// The header as the pivot writes it.
    pub fn header(self) -> &'static str {
        match self {
            Column::Actual => "UTFALL Ack",
            Column::Budget => "BUDGET Ack",
            Column::BudgetDiff => "BUDGET Ack Diff",
            Column::Previous => "UTFALL Fg År Ack",
            Column::PreviousDiff => "Avv ack fg år",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One row: a kontoslag, kontogrupp or account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerRow {
    pub code: String,
    pub name: String,
    pub level: Level,
    /// The five figures in [`Column::ALL`]'s order; `None` for an empty
    /// cell.
    pub figures: [Option<Money>; 5],
    /// The label cell.
    pub at: Position,
}

impl LedgerRow {
    pub fn get(&self, column: Column) -> Option<Money> {
        self.figures[column.index()]
    }

    /// `75590 Konsulter, övrigt`.
    pub fn label(&self) -> String {
        format!("{} {}", self.code, self.name).trim().to_string()
    }

    /// Against budget, the stated Diff shown: `None` where the budget cell
    /// is empty (no deviation shown).
    pub fn vs_budget_variance(&self) -> Option<Variance> {
        let budget = self.get(Column::Budget)?;
        let actual = self.get(Column::Actual).unwrap_or_default();
        Some(stated_variance(
            actual,
            budget,
            self.get(Column::BudgetDiff),
        ))
    }

    /// The stated deviation from budget, `None` without a budget.
    pub fn vs_budget(&self) -> Option<Money> {
        self.vs_budget_variance().map(|v| v.abs)
    }

    /// Against the previous year, the stated figure shown; `None` where the
    /// previous year's cell is empty.
    pub fn vs_previous_variance(&self) -> Option<Variance> {
        let previous = self.get(Column::Previous)?;
        let actual = self.get(Column::Actual).unwrap_or_default();
        Some(stated_variance(
            actual,
            previous,
            self.get(Column::PreviousDiff),
        ))
    }
}

/// A ledger pivot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ledger {
    pub source: String,
    /// The förvaltning the title (or file name) names.
    pub unit_id: Option<UnitId>,
    /// The month the accumulated figures end with.
    pub period: Option<Period>,
    pub amount_unit: AmountScale,
    /// In the pivot's order.
    pub rows: Vec<LedgerRow>,
    /// `Totalsumma`.
    pub total: Option<LedgerRow>,
    /// The sheet column of each of [`Column::ALL`], for findings.
    pub columns: [Option<usize>; 5],
}

impl Ledger {
    /// The cell of `column` on `row`'s line.
    pub fn cell(&self, row: &LedgerRow, column: Column) -> Position {
        let col = self.columns[column.index()].unwrap_or(row.at.col);
        Position::new(&row.at.sheet, row.at.row, col)
    }

    /// The row with exactly `code`.
    pub fn row(&self, code: &str) -> Option<&LedgerRow> {
        self.rows.iter().find(|r| r.code == code)
    }

    /// The rows directly under `parent` (one level down, code starting
    /// with its code).
    pub fn children<'a>(&'a self, parent: &'a LedgerRow) -> impl Iterator<Item = &'a LedgerRow> {
        self.rows.iter().filter(move |r| {
            r.level > parent.level
                && r.code.starts_with(&parent.code)
                && r.code != parent.code
                && !self.rows.iter().any(|mid| {
                    mid.level > parent.level
                        && mid.level < r.level
                        && mid.code != parent.code
                        && mid.code.starts_with(&parent.code)
                        && r.code.starts_with(&mid.code)
                })
        })
    }

    /// The deepest rows under any of `codes` (the rows themselves when
    /// they have none below): the accounts a kontoslag is made of.
    pub fn leaves_under(&self, codes: &[&str]) -> Vec<&LedgerRow> {
        self.rows
            .iter()
            .filter(|r| codes.iter().any(|c| r.code.starts_with(c)))
            .filter(|r| self.children(r).next().is_none())
            .collect()
    }
}
