//! The extract's figures against what they add up to. Each figure is
//! printed rounded on its own, so 65,5 + 22,4 may be printed 87,8: the
//! stated figure is what the page shows, and a derivation that differs is a
//! rounding note when the gap is within what rounding can make and a
//! warning at its cell when it is more. Each printed figure is off by at
//! most half a unit of its precision ([`TableKind::rounding`]), so a sum of
//! two (Kvinna + Man, later − earlier) may be off its stated figure by one
//! unit, and the Total row off the sum of `n` rows by `(n + 1) / 2` units.
//!
//! Checked: Kvinna + Man = Total (not for percentages, whose Total is the
//! HR system's own ratio), Förändring = later − earlier (percentage points
//! for percentages), and the Total row = the sum of the rows (not for
//! percentages).

use super::model::{Block, Sex, StaffRow, StaffTable};
use rust_decimal::Decimal;

/// Which derivation a stated figure is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Derivation {
    /// Kvinna + Man.
    Sexes,
    /// Later − earlier.
    Change,
    /// The sum of the table's rows.
    Rows,
}

/// Where a figure sits in its table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RowAt {
    /// A data row, by index.
    Row(usize),
    /// The Total row.
    Total,
}

/// A stated figure that differs from its derivation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Difference {
    pub row: RowAt,
    pub block: Block,
    pub sex: Sex,
    pub derivation: Derivation,
    pub stated: Decimal,
    pub derived: Decimal,
    /// True when the gap is within the printed precision.
    pub rounding: bool,
}

/// Every stated figure of `table` that differs from a derivation, in row
/// order (the Total row last).
pub fn differences(table: &StaffTable) -> Vec<Difference> {
    let unit = table.kind.rounding();
    let rows_tolerance = unit * Decimal::from(table.rows.len().div_ceil(2));
    let rows = table
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| (RowAt::Row(i), r))
        .chain(table.total.iter().map(|t| (RowAt::Total, t)));
    let mut found = Vec::new();
    let mut note =
        |row, block, sex, derivation, stated: Option<Decimal>, derived: Option<Decimal>| {
            let (Some(stated), Some(derived)) = (stated, derived) else {
                return;
            };
            let Some(gap) = stated.checked_sub(derived) else {
                return;
            };
            let tolerance = match derivation {
                Derivation::Rows => rows_tolerance,
                Derivation::Sexes | Derivation::Change => unit,
            };
            if !gap.is_zero() {
                found.push(Difference {
                    row,
                    block,
                    sex,
                    derivation,
                    stated,
                    derived,
                    rounding: gap.abs() <= tolerance,
                });
            }
        };
    for (at, row) in rows {
        for block in Block::ALL {
            if table.kind.adds_up() {
                let sum = sum([row.get(block, Sex::Woman), row.get(block, Sex::Man)]);
                note(
                    at,
                    block,
                    Sex::Total,
                    Derivation::Sexes,
                    row.get(block, Sex::Total),
                    sum,
                );
            }
        }
        for sex in Sex::ALL {
            let change = row
                .get(Block::Later, sex)
                .zip(row.get(Block::Earlier, sex))
                .and_then(|(l, e)| l.checked_sub(e));
            note(
                at,
                Block::Change,
                sex,
                Derivation::Change,
                row.get(Block::Change, sex),
                change,
            );
        }
        if at == RowAt::Total && table.kind.adds_up() {
            for block in Block::ALL {
                for sex in Sex::ALL {
                    let column = sum(table.rows.iter().map(|r: &StaffRow| r.get(block, sex)));
                    note(
                        at,
                        block,
                        sex,
                        Derivation::Rows,
                        row.get(block, sex),
                        column,
                    );
                }
            }
        }
    }
    found
}

/// The sum of figures, `None` when one is missing or the sum overflows.
pub fn sum(figures: impl IntoIterator<Item = Option<Decimal>>) -> Option<Decimal> {
    figures
        .into_iter()
        .try_fold(Decimal::ZERO, |acc, f| acc.checked_add(f?))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::staff::model::TableKind;
    use rust_decimal_macros::dec;

    fn row(label: &str, figures: [[Decimal; 3]; 3]) -> StaffRow {
        StaffRow {
            label: label.into(),
            cells: figures.map(|b| b.map(Some)),
        }
    }

    #[test]
    fn printed_sums_that_differ_by_rounding_and_by_more() {
        // 65,5 + 22,4 printed 87,8 is rounding; 87,5 would be a warning.
        let table = StaffTable {
            kind: TableKind::WorkedTime,
            title: String::new(),
            periods: ["2023".into(), "2024".into()],
            rows: vec![row(
                "1.1",
                [
                    [dec!(65.5), dec!(22.4), dec!(87.8)],
                    [dec!(66.0), dec!(22.0), dec!(87.5)],
                    [dec!(0.5), dec!(-0.4), dec!(-0.3)],
                ],
            )],
            total: None,
        };
        let d = differences(&table);
        assert_eq!(
            d.iter()
                .map(|d| (
                    d.block,
                    d.sex,
                    d.derivation,
                    d.stated,
                    d.derived,
                    d.rounding
                ))
                .collect::<Vec<_>>(),
            vec![
                (
                    Block::Earlier,
                    Sex::Total,
                    Derivation::Sexes,
                    dec!(87.8),
                    dec!(87.9),
                    true
                ),
                (
                    Block::Later,
                    Sex::Total,
                    Derivation::Sexes,
                    dec!(87.5),
                    dec!(88.0),
                    false
                ),
                (
                    Block::Change,
                    Sex::Total,
                    Derivation::Sexes,
                    dec!(-0.3),
                    dec!(0.1),
                    false
                ),
            ]
        );
    }

    #[test]
    fn a_total_row_may_be_off_its_rows_by_half_a_unit_each() {
        // Three rows printed 0,35 (each 0,345 before rounding, 1,035 in
        // all): a Total printed 1,03 is 0,02 off their sum 1,05, within two
        // units ((3 + 1) / 2 of 0,01); 1,08 is a warning.
        let r = |t: Decimal| {
            let mut row = StaffRow::default();
            row.set(Block::Earlier, Sex::Total, Some(t));
            row
        };
        let mut table = StaffTable {
            kind: TableKind::Overtime,
            title: String::new(),
            periods: ["2023".into(), "2024".into()],
            rows: vec![r(dec!(0.35)), r(dec!(0.35)), r(dec!(0.35))],
            total: Some(r(dec!(1.03))),
        };
        let d = differences(&table);
        assert_eq!(d.len(), 1);
        assert_eq!(
            (d[0].derivation, d[0].derived, d[0].rounding),
            (Derivation::Rows, dec!(1.05), true)
        );
        table.total = Some(r(dec!(1.08)));
        assert!(!differences(&table)[0].rounding);
    }

    #[test]
    fn percentages_are_not_added() {
        let table = StaffTable {
            kind: TableKind::SickLeave,
            title: String::new(),
            periods: ["2023".into(), "2024".into()],
            rows: vec![row(
                "Sjukfrånvaro",
                [
                    [dec!(6.8), dec!(4.2), dec!(6.0)],
                    [dec!(6.1), dec!(3.9), dec!(5.4)],
                    [dec!(-0.7), dec!(-0.3), dec!(-0.6)],
                ],
            )],
            total: None,
        };
        assert_eq!(differences(&table), vec![]);
    }
}
