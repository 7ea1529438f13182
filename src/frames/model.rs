//! The frame tables themselves: a base year per förvaltning and IPDK category
//! ([`FrameBase`]) and the multi-year frames computed or imported from it
//! ([`Frames`]). Only the category lines are stored; every Summa (per
//! förvaltning, nämnd and region) is derived on demand so it can never
//! disagree with its parts.

use crate::fr1::schema::{normalize_label, Row};
use crate::money::{Money, Unit};
use serde::{Deserialize, Serialize};

/// An IPDK category of a budget frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    Intakter,
    Personal,
    Drift,
    /// Kapitalkostnader, also called Avskrivningar.
    Kapitalkostnader,
    /// Finansen, used by some plans for financial items of a förvaltning.
    Finansen,
}

impl Category {
    pub const COUNT: usize = 5;
    /// The categories in the order frame tables list them.
    pub const ALL: [Category; Category::COUNT] = [
        Category::Intakter,
        Category::Personal,
        Category::Drift,
        Category::Kapitalkostnader,
        Category::Finansen,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn label(self) -> &'static str {
        match self {
            Category::Intakter => "Intäkter",
            Category::Personal => "Personal",
            Category::Drift => "Drift",
            Category::Kapitalkostnader => "Kapitalkostnader",
            Category::Finansen => "Finansen",
        }
    }

    /// The costs an efficiency requirement is a share of.
    pub fn is_cost(self) -> bool {
        matches!(
            self,
            Category::Personal | Category::Drift | Category::Kapitalkostnader
        )
    }

    /// The category an FR1 main row feeds (Kapitalkostnad → Kapitalkostnader).
    pub fn from_row(row: Row) -> Option<Category> {
        match row {
            Row::Intakter => Some(Category::Intakter),
            Row::Personal => Some(Category::Personal),
            Row::Drift => Some(Category::Drift),
            Row::Kapitalkostnad => Some(Category::Kapitalkostnader),
            _ => None,
        }
    }

    /// Reads a category label loosely: case, spacing and å/ä/ö are ignored,
    /// `Avskrivningar` is Kapitalkostnader, `Personalkostnader` is Personal,
    /// `Driftkostnader` is Drift, `Finansiella poster` is Finansen.
    pub fn recognise(text: &str) -> Option<Category> {
        let t = normalize_label(text);
        let starts = |p: &str| t.starts_with(p);
        if starts("intakt") {
            Some(Category::Intakter)
        } else if starts("personal") {
            Some(Category::Personal)
        } else if starts("drift") || t == "ovriga kostnader" {
            Some(Category::Drift)
        } else if starts("kapital") || starts("avskrivning") {
            Some(Category::Kapitalkostnader)
        } else if starts("finans") {
            Some(Category::Finansen)
        } else {
            None
        }
    }
}

/// One category's amount in the base year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryAmount {
    pub category: Category,
    pub amount: Money,
}

/// A förvaltning's base-year amounts (revenues negative, costs positive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaseForvaltning {
    pub name: String,
    pub amounts: Vec<CategoryAmount>,
}

impl BaseForvaltning {
    /// The base amount of a category, zero when absent.
    pub fn amount(&self, category: Category) -> Money {
        self.amounts
            .iter()
            .filter(|a| a.category == category)
            .map(|a| a.amount)
            .sum()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaseNamnd {
    pub name: String,
    pub forvaltningar: Vec<BaseForvaltning>,
}

/// The year frames are built from, per nämnd and förvaltning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameBase {
    pub unit: Unit,
    pub year: i32,
    pub namnder: Vec<BaseNamnd>,
}

impl FrameBase {
    /// Every förvaltning with the nämnd it belongs to.
    pub fn forvaltningar(&self) -> impl Iterator<Item = (&BaseNamnd, &BaseForvaltning)> {
        self.namnder
            .iter()
            .flat_map(|n| n.forvaltningar.iter().map(move |f| (n, f)))
    }

    /// Moves a förvaltning to the nämnd `namnd` (created when new), e.g. after
    /// [`super::import::from_fr1_budget`] put every förvaltning under one
    /// nämnd. Returns false when no förvaltning has that name.
    pub fn assign(&mut self, forvaltning: &str, namnd: &str) -> bool {
        let mut taken = None;
        for n in &mut self.namnder {
            if let Some(i) = n.forvaltningar.iter().position(|f| f.name == forvaltning) {
                taken = Some(n.forvaltningar.remove(i));
                break;
            }
        }
        let Some(f) = taken else {
            return false;
        };
        match self.namnder.iter_mut().find(|n| n.name == namnd) {
            Some(n) => n.forvaltningar.push(f),
            None => self.namnder.push(BaseNamnd {
                name: namnd.to_string(),
                forvaltningar: vec![f],
            }),
        }
        self.namnder.retain(|n| !n.forvaltningar.is_empty());
        true
    }
}

/// One IPDK row of a frame table: an amount per year of [`Frames::years`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameLine {
    pub category: Category,
    pub amounts: Vec<Money>,
}

/// A förvaltning's frames. `wage_pot` and `efficiency` are shown beside the
/// frame, not inside it: the central wage pot this förvaltning's personnel
/// will draw on, and the efficiency requirement already taken off its costs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ForvaltningFrames {
    pub name: String,
    pub lines: Vec<FrameLine>,
    pub wage_pot: Vec<Money>,
    pub efficiency: Vec<Money>,
}

impl ForvaltningFrames {
    /// The line of a category, if the förvaltning has one.
    pub fn line(&self, category: Category) -> Option<&FrameLine> {
        self.lines.iter().find(|l| l.category == category)
    }

    /// The amount of a category in year number `i` of the horizon (zero when
    /// absent).
    pub fn amount(&self, category: Category, i: usize) -> Money {
        self.line(category)
            .and_then(|l| l.amounts.get(i).copied())
            .unwrap_or(Money::ZERO)
    }

    /// Summa (the net frame) per year.
    pub fn totals(&self) -> Vec<Money> {
        column_sums(self.lines.iter().map(|l| l.amounts.as_slice()))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamndFrames {
    pub name: String,
    pub forvaltningar: Vec<ForvaltningFrames>,
}

impl NamndFrames {
    /// Summa for the nämnd per year.
    pub fn totals(&self) -> Vec<Money> {
        column_sums(
            self.forvaltningar
                .iter()
                .flat_map(|f| f.lines.iter().map(|l| l.amounts.as_slice())),
        )
    }

    /// The nämnd's efficiency consequence per year.
    pub fn efficiency_totals(&self) -> Vec<Money> {
        column_sums(self.forvaltningar.iter().map(|f| f.efficiency.as_slice()))
    }

    /// The nämnd's share of the central wage pot per year.
    pub fn wage_pot_totals(&self) -> Vec<Money> {
        column_sums(self.forvaltningar.iter().map(|f| f.wage_pot.as_slice()))
    }
}

/// Frames per nämnd → förvaltning → IPDK category × year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Frames {
    pub unit: Unit,
    /// The columns, in order.
    pub years: Vec<i32>,
    pub namnder: Vec<NamndFrames>,
}

impl Frames {
    /// Every förvaltning with its nämnd.
    pub fn forvaltningar(&self) -> impl Iterator<Item = (&NamndFrames, &ForvaltningFrames)> {
        self.namnder
            .iter()
            .flat_map(|n| n.forvaltningar.iter().map(move |f| (n, f)))
    }

    /// The förvaltning with this name.
    pub fn forvaltning(&self, name: &str) -> Option<&ForvaltningFrames> {
        self.forvaltningar()
            .map(|(_, f)| f)
            .find(|f| f.name == name)
    }

    /// The position of a year among the columns.
    pub fn year_index(&self, year: i32) -> Option<usize> {
        self.years.iter().position(|&y| y == year)
    }

    /// Summa for the region (all net frames) per year.
    pub fn region_totals(&self) -> Vec<Money> {
        column_sums(self.namnder.iter().flat_map(|n| {
            n.forvaltningar
                .iter()
                .flat_map(|f| f.lines.iter().map(|l| l.amounts.as_slice()))
        }))
    }

    /// The region's total of one category per year.
    pub fn category_totals(&self, category: Category) -> Vec<Money> {
        column_sums(
            self.forvaltningar()
                .filter_map(|(_, f)| f.line(category))
                .map(|l| l.amounts.as_slice()),
        )
    }

    /// The central wage pot per year.
    pub fn wage_pot_totals(&self) -> Vec<Money> {
        column_sums(self.forvaltningar().map(|(_, f)| f.wage_pot.as_slice()))
    }

    /// The region's efficiency consequence per year.
    pub fn efficiency_totals(&self) -> Vec<Money> {
        column_sums(self.forvaltningar().map(|(_, f)| f.efficiency.as_slice()))
    }

    /// The column of `year` as a base to compute new frames from (e.g. the
    /// first year of an imported frame table).
    pub fn base_at(&self, year: i32) -> Option<FrameBase> {
        let i = self.year_index(year)?;
        Some(FrameBase {
            unit: self.unit,
            year,
            namnder: self
                .namnder
                .iter()
                .map(|n| BaseNamnd {
                    name: n.name.clone(),
                    forvaltningar: n
                        .forvaltningar
                        .iter()
                        .map(|f| BaseForvaltning {
                            name: f.name.clone(),
                            amounts: f
                                .lines
                                .iter()
                                .map(|l| CategoryAmount {
                                    category: l.category,
                                    amount: l.amounts.get(i).copied().unwrap_or(Money::ZERO),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        })
    }

    /// The same frames with every amount in `to`, exactly.
    pub fn in_unit(&self, to: Unit) -> Frames {
        let conv =
            |v: &[Money]| -> Vec<Money> { v.iter().map(|&m| self.unit.convert(m, to)).collect() };
        Frames {
            unit: to,
            years: self.years.clone(),
            namnder: self
                .namnder
                .iter()
                .map(|n| NamndFrames {
                    name: n.name.clone(),
                    forvaltningar: n
                        .forvaltningar
                        .iter()
                        .map(|f| ForvaltningFrames {
                            name: f.name.clone(),
                            lines: f
                                .lines
                                .iter()
                                .map(|l| FrameLine {
                                    category: l.category,
                                    amounts: conv(&l.amounts),
                                })
                                .collect(),
                            wage_pot: conv(&f.wage_pot),
                            efficiency: conv(&f.efficiency),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// Column-wise sums of rows of possibly different lengths.
pub(crate) fn column_sums<'a>(rows: impl Iterator<Item = &'a [Money]>) -> Vec<Money> {
    let mut out: Vec<Money> = Vec::new();
    for row in rows {
        if out.len() < row.len() {
            out.resize(row.len(), Money::ZERO);
        }
        for (o, v) in out.iter_mut().zip(row) {
            *o += *v;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_are_recognised_loosely() {
        assert_eq!(
            Category::recognise("Avskrivningar"),
            Some(Category::Kapitalkostnader)
        );
        assert_eq!(
            Category::recognise("Kapitalkostnader/Avskrivningar"),
            Some(Category::Kapitalkostnader)
        );
        assert_eq!(Category::recognise(" INTÄKTER "), Some(Category::Intakter));
        assert_eq!(
            Category::recognise("Personalkostnader"),
            Some(Category::Personal)
        );
        assert_eq!(Category::recognise("Finansen"), Some(Category::Finansen));
        assert_eq!(Category::recognise("Summa"), None);
        for row in Row::MAIN {
            assert_eq!(Category::recognise(row.label()), Category::from_row(row));
        }
    }
}
