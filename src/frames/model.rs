//! A frame table as a region publishes it: nämnd → (group) → förvaltning →
//! IPDK line, with the amount decided for each year and the Summa rows the
//! file states. Decided figures are kept exactly as read; the Summa rows are
//! kept as the file's own figures, the decided figure of their level, and
//! checked against the lines they cover ([`FrameTable::summa_checks`]).

use crate::fr1::schema::{normalize_label, Row};
use crate::money::{Money, Unit};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A category (row) of a budget frame: the four IPDK rows, the financial
/// items some plans add, and a frame given only as a sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    Intakter,
    Personal,
    Drift,
    /// Kapitalkostnader, also called Avskrivningar.
    Kapitalkostnader,
    /// Finansen or Finansiering: a förvaltning's financial items.
    Finansen,
    /// A frame set as one sum with no IPDK lines (`Summa Vårdval`).
    Frame,
}

impl Category {
    /// The category's stable name in the page's ids (`idx-drift-2026`).
    pub fn key(self) -> &'static str {
        match self {
            Category::Intakter => "intakter",
            Category::Personal => "personal",
            Category::Drift => "drift",
            Category::Kapitalkostnader => "kapitalkostnader",
            Category::Finansen => "finansen",
            Category::Frame => "frame",
        }
    }

    pub const COUNT: usize = 6;
    /// The categories in the order frame tables list them.
    pub const ALL: [Category; Category::COUNT] = [
        Category::Intakter,
        Category::Personal,
        Category::Drift,
        Category::Kapitalkostnader,
        Category::Finansen,
        Category::Frame,
    ];

    /// The IPDK categories: one for each FR1 main row ([`Row::MAIN`], the
    /// one list of them), in its order, through [`Category::from_row`].
    pub const IPDK: [Category; Row::MAIN.len()] = {
        let mut out = [Category::Frame; Row::MAIN.len()];
        let mut i = 0;
        while i < Row::MAIN.len() {
            out[i] = match Category::from_row(Row::MAIN[i]) {
                Some(c) => c,
                None => panic!("every FR1 main row feeds a frame category"),
            };
            i += 1;
        }
        out
    };

    pub fn index(self) -> usize {
        self as usize
    }

    /// The Swedish label, as frame tables write it.
    pub fn label(self) -> &'static str {
        match self {
            Category::Intakter => "Intäkter",
            Category::Personal => "Personal",
            Category::Drift => "Drift",
            Category::Kapitalkostnader => "Kapitalkostnader",
            Category::Finansen => "Finansen",
            Category::Frame => "Ram (summa)",
        }
    }

    /// The category an FR1 main row feeds (Kapitalkostnad → Kapitalkostnader):
    /// the one place a frame category is paired with its FR1 row.
    pub const fn from_row(row: Row) -> Option<Category> {
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
    /// `Driftkostnader` is Drift, `Finansiering` is Finansen and `(summa)` or
    /// `Ram` is a frame given as a sum.
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
        } else if matches!(t.as_str(), "ram" | "nettoram" | "ram summa")
            || text.trim().eq_ignore_ascii_case("(summa)")
        {
            Some(Category::Frame)
        } else {
            None
        }
    }
}

/// An amount in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearAmount {
    pub year: i32,
    pub amount: Money,
}

/// The amount of `year` in a list, if it has one.
pub fn amount_in(list: &[YearAmount], year: i32) -> Option<Money> {
    list.iter().find(|a| a.year == year).map(|a| a.amount)
}

/// A Summa the file states for one year, with the cell it stands in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatedSum {
    pub year: i32,
    pub amount: Money,
    /// `Ramar 2026-2028!D9`.
    pub cell: String,
}

/// The stated Summa of `year`, if the file gives one.
pub fn stated_in(list: &[StatedSum], year: i32) -> Option<Money> {
    list.iter().find(|s| s.year == year).map(|s| s.amount)
}

/// One line of a förvaltning's frame, with the amounts decided per year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameLine {
    pub category: Category,
    /// The row's label as the file wrote it (`Avskrivningar`,
    /// `Finansiering`); empty means the category's own label.
    pub label: String,
    pub decided: Vec<YearAmount>,
}

impl FrameLine {
    /// The label to show: the file's, or the category's.
    pub fn name(&self) -> &str {
        if self.label.is_empty() {
            self.category.label()
        } else {
            &self.label
        }
    }

    pub fn decided_in(&self, year: i32) -> Option<Money> {
        amount_in(&self.decided, year)
    }

    /// Sets the decided amount of `year`, replacing any.
    pub fn decide(&mut self, year: i32, amount: Money) {
        self.decided.retain(|a| a.year != year);
        self.decided.push(YearAmount { year, amount });
        self.decided.sort_by_key(|a| a.year);
    }
}

/// A förvaltning (or any unit with its own frame, e.g. `Vårdval`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Forvaltning {
    pub name: String,
    /// The intermediate group it is listed under (`Regiongemensamt`).
    pub group: Option<String>,
    pub lines: Vec<FrameLine>,
    /// Its Summa row as the file states it.
    pub stated: Vec<StatedSum>,
}

impl Forvaltning {
    pub fn new(name: &str, group: Option<String>) -> Forvaltning {
        Forvaltning {
            name: name.to_string(),
            group,
            lines: Vec::new(),
            stated: Vec::new(),
        }
    }

    /// The line of a category, if the förvaltning has one.
    pub fn line(&self, category: Category) -> Option<&FrameLine> {
        self.lines.iter().find(|l| l.category == category)
    }

    /// The line of a category, created (empty) when missing.
    pub fn line_mut(&mut self, category: Category, label: &str) -> &mut FrameLine {
        let i = match self.lines.iter().position(|l| l.category == category) {
            Some(i) => i,
            None => {
                self.lines.push(FrameLine {
                    category,
                    label: label.to_string(),
                    decided: Vec::new(),
                });
                self.lines.len() - 1
            }
        };
        &mut self.lines[i]
    }

    /// True for a frame given only as a sum.
    pub fn is_sum_only(&self) -> bool {
        self.lines.len() == 1 && self.lines[0].category == Category::Frame
    }
}

/// An intermediate level inside a nämnd, with its Summa as stated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub name: String,
    pub stated: Vec<StatedSum>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Namnd {
    pub name: String,
    /// Its groups, in the order they first appear.
    pub groups: Vec<Group>,
    /// In table order; a nämnd may have none (`Summa Samverkansnämnden 0`).
    pub forvaltningar: Vec<Forvaltning>,
    pub stated: Vec<StatedSum>,
}

impl Namnd {
    pub fn new(name: &str) -> Namnd {
        Namnd {
            name: name.to_string(),
            groups: Vec::new(),
            forvaltningar: Vec::new(),
            stated: Vec::new(),
        }
    }

    /// The förvaltning of this name, created at the end when missing.
    pub fn forvaltning_mut(&mut self, name: &str, group: Option<&str>) -> &mut Forvaltning {
        let i = match self.forvaltningar.iter().position(|f| f.name == name) {
            Some(i) => i,
            None => {
                if let Some(g) = group {
                    self.group_mut(g);
                }
                self.forvaltningar
                    .push(Forvaltning::new(name, group.map(str::to_string)));
                self.forvaltningar.len() - 1
            }
        };
        &mut self.forvaltningar[i]
    }

    /// The group of this name, created when missing.
    pub fn group_mut(&mut self, name: &str) -> &mut Group {
        let i = match self.groups.iter().position(|g| g.name == name) {
            Some(i) => i,
            None => {
                self.groups.push(Group {
                    name: name.to_string(),
                    stated: Vec::new(),
                });
                self.groups.len() - 1
            }
        };
        &mut self.groups[i]
    }
}

/// A frame table: the decided years and every nämnd's frames.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameTable {
    pub unit: Unit,
    /// Every year with a decided figure, ascending.
    pub years: Vec<i32>,
    pub namnder: Vec<Namnd>,
    /// The region's Summa row as stated.
    pub stated: Vec<StatedSum>,
}

impl FrameTable {
    pub fn new(unit: Unit) -> FrameTable {
        FrameTable {
            unit,
            years: Vec::new(),
            namnder: Vec::new(),
            stated: Vec::new(),
        }
    }

    /// Every förvaltning with the nämnd it belongs to.
    pub fn forvaltningar(&self) -> impl Iterator<Item = (&Namnd, &Forvaltning)> {
        self.namnder
            .iter()
            .flat_map(|n| n.forvaltningar.iter().map(move |f| (n, f)))
    }

    /// The förvaltning with this name.
    pub fn forvaltning(&self, name: &str) -> Option<&Forvaltning> {
        self.forvaltningar()
            .map(|(_, f)| f)
            .find(|f| f.name == name)
    }

    /// The nämnd of this name, created at the end when missing.
    pub fn namnd_mut(&mut self, name: &str) -> &mut Namnd {
        let i = match self.namnder.iter().position(|n| n.name == name) {
            Some(i) => i,
            None => {
                self.namnder.push(Namnd::new(name));
                self.namnder.len() - 1
            }
        };
        &mut self.namnder[i]
    }

    /// The names of every group, in table order.
    pub fn group_names(&self) -> Vec<String> {
        self.namnder
            .iter()
            .flat_map(|n| n.groups.iter().map(|g| g.name.clone()))
            .collect()
    }

    /// Records `year` as one with decided figures.
    pub fn add_year(&mut self, year: i32) {
        if !self.years.contains(&year) {
            self.years.push(year);
            self.years.sort_unstable();
        }
    }

    /// The same table with every amount in `to`, exactly.
    pub fn in_unit(&self, to: Unit) -> FrameTable {
        let from = self.unit;
        let amounts = |v: &[YearAmount]| -> Vec<YearAmount> {
            v.iter()
                .map(|a| YearAmount {
                    year: a.year,
                    amount: from.convert(a.amount, to),
                })
                .collect()
        };
        let sums = |v: &[StatedSum]| -> Vec<StatedSum> {
            v.iter()
                .map(|s| StatedSum {
                    amount: from.convert(s.amount, to),
                    ..s.clone()
                })
                .collect()
        };
        FrameTable {
            unit: to,
            years: self.years.clone(),
            stated: sums(&self.stated),
            namnder: self
                .namnder
                .iter()
                .map(|n| Namnd {
                    name: n.name.clone(),
                    groups: n
                        .groups
                        .iter()
                        .map(|g| Group {
                            name: g.name.clone(),
                            stated: sums(&g.stated),
                        })
                        .collect(),
                    stated: sums(&n.stated),
                    forvaltningar: n
                        .forvaltningar
                        .iter()
                        .map(|f| Forvaltning {
                            name: f.name.clone(),
                            group: f.group.clone(),
                            stated: sums(&f.stated),
                            lines: f
                                .lines
                                .iter()
                                .map(|l| FrameLine {
                                    category: l.category,
                                    label: l.label.clone(),
                                    decided: amounts(&l.decided),
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// `amount` rounded to whole tkr, half away from zero, in its own unit
/// (whole tkr, thousandths of mnkr, thousands of kr). `None` would be a kr
/// amount rounding past `Decimal`'s limit, which the limit's last digits
/// (…335) rule out; the multiplication is checked all the same.
pub fn round_to_tkr(amount: Money, unit: Unit) -> Option<Money> {
    let half_away = |d: Decimal, dp| {
        d.round_dp_with_strategy(dp, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    };
    let thousand = Decimal::from(1_000);
    let rounded = match unit {
        Unit::Tkr => half_away(amount.0, 0),
        Unit::Mnkr => half_away(amount.0, 3),
        Unit::Kr => half_away(amount.0 / thousand, 0).checked_mul(thousand)?,
    };
    Some(Money(rounded.normalize()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn the_ipdk_categories_follow_the_fr1_main_rows() {
        assert_eq!(
            Category::IPDK.map(Category::label),
            ["Intäkter", "Personal", "Drift", "Kapitalkostnader"]
        );
        assert_eq!(Category::from_row(Row::Nettoresultat), None);
    }

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
        assert_eq!(
            Category::recognise("Finansiering"),
            Some(Category::Finansen)
        );
        assert_eq!(Category::recognise("(summa)"), Some(Category::Frame));
        assert_eq!(Category::recognise("Summa"), None);
        for row in Row::MAIN {
            assert_eq!(Category::recognise(row.label()), Category::from_row(row));
        }
    }

    #[test]
    fn rounding_is_to_whole_tkr_half_away_from_zero() {
        let r = |d, u| round_to_tkr(Money(d), u).unwrap().0;
        assert_eq!(r(dec!(884774.178), Unit::Tkr), dec!(884774));
        assert_eq!(r(dec!(-19139.49), Unit::Tkr), dec!(-19139));
        assert_eq!(r(dec!(12.5), Unit::Tkr), dec!(13));
        assert_eq!(r(dec!(-12.5), Unit::Tkr), dec!(-13));
        assert_eq!(r(dec!(1.0725), Unit::Mnkr), dec!(1.073));
        assert_eq!(r(dec!(1500), Unit::Kr), dec!(2000));
        assert_eq!(r(dec!(-1499.99), Unit::Kr), dec!(-1000));
        // At Decimal's limits (79 228 162 514 264 337 593 543 950 335), no
        // panic: tkr and mnkr round in place, kr to the thousand below.
        assert_eq!(r(Decimal::MAX, Unit::Tkr), Decimal::MAX);
        assert_eq!(r(Decimal::MIN, Unit::Mnkr), Decimal::MIN);
        assert_eq!(
            r(Decimal::MIN, Unit::Kr),
            dec!(-79228162514264337593543950000)
        );
    }
}
