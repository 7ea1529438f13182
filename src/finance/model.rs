//! A finance administration's result table as read: its rows with the
//! figures exactly as the file states them, the sign rule the file uses,
//! and the net in the direction of the region's result (a surplus
//! positive).

use crate::engine::variance::{stated_variance, Variance};
use crate::fr1::model::Period;
use crate::fr1::schema::Report;
use crate::money::{AmountScale, Money};
use serde::{Deserialize, Serialize};

/// How a table writes revenue and cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Signs {
    /// `Intäkter +`, `Kostnader -`: the finance administration's own rule;
    /// a figure is what it adds to the result.
    Result,
    /// `Intäkter -`, `Kostnader +`: the FR1's rule; a figure is a net cost.
    Fr1,
}

/// Utfall (or Prognos), Budget and their stated variance, in one half
/// (year to date, or full year).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Figures {
    pub actual: Option<Money>,
    pub budget: Option<Money>,
    /// `Avvikelse` as the file states it; positive is favourable under
    /// either sign rule.
    pub variance: Option<Money>,
}

impl Figures {
    fn is_empty(&self) -> bool {
        self.actual.is_none() && self.budget.is_none() && self.variance.is_none()
    }
}

/// Picks one figure (actual, budget or variance) of a half.
pub type FigureOf = fn(&Figures) -> Option<Money>;

/// One line of the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinanceRow {
    /// The label as written (`Skatteintäkter`, `Summa Finansförvaltningen`).
    pub label: String,
    /// Utfall ack, Budget ack, Avvikelse.
    pub ytd: Figures,
    /// Prognos helår, Budget helår, Avvikelse.
    pub year: Figures,
}

impl FinanceRow {
    /// The half of `report`: Utfall is the year to date, Prognos the full year.
    pub fn half(&self, report: Report) -> &Figures {
        match report {
            Report::Utfall => &self.ytd,
            Report::Prognos => &self.year,
        }
    }
}

/// A finance administration's result table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FinanceTable {
    pub organisation: Option<String>,
    /// The month the year-to-date figures end with; December for a year-end
    /// table.
    pub period: Option<Period>,
    /// The amount unit the table states (`Belopp: MNKR`).
    pub unit: AmountScale,
    /// The file it was read from.
    pub source: String,
    pub signs: Signs,
    /// The lines above the sum, in the file's order.
    pub rows: Vec<FinanceRow>,
    /// The `Summa` line, when the table has one.
    pub total: Option<FinanceRow>,
}

/// The finance administration's net in one half, in the result's
/// direction: positive adds to the region's result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Net {
    pub actual: Money,
    pub budget: Money,
    /// The stated variance (of the `Summa` line) where there is one, with
    /// the derivation `actual − budget` as its check. Computed on the net
    /// cost (`−actual` against `−budget`) so the one sign rule of
    /// [`Variance`] holds: positive is favourable.
    pub variance: Variance,
}

impl FinanceTable {
    /// True when the table carries `report`'s half (any figure in it).
    pub fn has(&self, report: Report) -> bool {
        self.rows
            .iter()
            .chain(&self.total)
            .any(|r| !r.half(report).is_empty())
    }

    /// `figure` in the result's direction (a revenue positive).
    pub fn as_result(&self, figure: Money) -> Money {
        match self.signs {
            Signs::Result => figure,
            Signs::Fr1 => -figure,
        }
    }

    /// The sum of the lines' figures of one half, in the result's direction
    /// (`None` when no line carries it).
    pub fn summed(&self, report: Report, figure: FigureOf) -> Option<Money> {
        let figures: Vec<Money> = self
            .rows
            .iter()
            .filter_map(|r| figure(r.half(report)))
            .collect();
        (!figures.is_empty()).then(|| self.as_result(figures.into_iter().sum()))
    }

    /// The net of `report`'s half: the `Summa` line as stated, or the sum of
    /// the lines when the table has none; `None` without actual and budget.
    pub fn net(&self, report: Report) -> Option<Net> {
        let stated = self.total.as_ref().map(|t| *t.half(report));
        let pick = |figure: FigureOf| {
            stated
                .and_then(|s| figure(&s).map(|m| self.as_result(m)))
                .or_else(|| self.summed(report, figure))
        };
        let actual = pick(|f| f.actual)?;
        let budget = pick(|f| f.budget)?;
        let stated_variance_ = stated.and_then(|s| s.variance).or_else(|| {
            let rows: Option<Vec<Money>> = self
                .rows
                .iter()
                .filter(|r| !r.half(report).is_empty())
                .map(|r| r.half(report).variance)
                .collect();
            rows.map(|v| v.into_iter().sum())
        });
        Some(Net {
            actual,
            budget,
            variance: stated_variance(-actual, -budget, stated_variance_),
        })
    }

    /// The same table with every amount in `to`.
    pub fn in_unit(&self, to: AmountScale) -> FinanceTable {
        let convert = |f: &Figures| Figures {
            actual: f.actual.map(|m| self.unit.convert(m, to)),
            budget: f.budget.map(|m| self.unit.convert(m, to)),
            variance: f.variance.map(|m| self.unit.convert(m, to)),
        };
        let row = |r: &FinanceRow| FinanceRow {
            label: r.label.clone(),
            ytd: convert(&r.ytd),
            year: convert(&r.year),
        };
        FinanceTable {
            unit: to,
            rows: self.rows.iter().map(row).collect(),
            total: self.total.as_ref().map(row),
            ..self.clone()
        }
    }
}
