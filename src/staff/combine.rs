//! Several förvaltningar's extracts for a nämnd or the region. Årsarbetare,
//! övertid, mertid, timavlönade, frånvaro and anställda add up: their
//! Total rows are summed into computed figures, shown as such. Percentages
//! never add up: sick leave and turnover are shown per förvaltning, and for
//! several only from hours (sick hours ÷ ordinary hours), which the extract
//! does not carry, so they are left unstated there.

use super::check::sum;
use super::model::{Block, StaffReport, TableKind};
use rust_decimal::Decimal;

/// A table's overall figures for one förvaltning or summed over several.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Overall {
    /// Earlier, later, change: the Total column of the Total row.
    pub figures: [Option<Decimal>; 3],
    /// True when summed by the app over several förvaltningar.
    pub computed: bool,
}

impl Overall {
    pub fn get(&self, block: Block) -> Option<Decimal> {
        self.figures[block as usize]
    }
}

/// `kind`'s overall figures over `reports`: one report's as stated; for
/// several, their sum when the table adds up and every report has it,
/// else `None`.
pub fn overall(reports: &[&StaffReport], kind: TableKind) -> Option<Overall> {
    match reports {
        [] => None,
        [one] => {
            let t = one.table(kind)?;
            Some(Overall {
                figures: Block::ALL.map(|b| t.overall(b)),
                computed: false,
            })
        }
        many if kind.adds_up() => {
            let tables: Vec<_> = many.iter().map(|r| r.table(kind)).collect::<Option<_>>()?;
            Some(Overall {
                figures: Block::ALL.map(|b| sum(tables.iter().map(|t| t.overall(b)))),
                computed: true,
            })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::staff::model::{Sex, StaffRow, StaffTable};
    use rust_decimal_macros::dec;

    fn report(kind: TableKind, earlier: Decimal, later: Decimal) -> StaffReport {
        let mut total = StaffRow::default();
        total.set(Block::Earlier, Sex::Total, Some(earlier));
        total.set(Block::Later, Sex::Total, Some(later));
        total.set(Block::Change, Sex::Total, Some(later - earlier));
        StaffReport {
            tables: vec![StaffTable {
                kind,
                title: String::new(),
                periods: ["2023".into(), "2024".into()],
                rows: vec![],
                total: Some(total),
            }],
            ..StaffReport::default()
        }
    }

    #[test]
    fn arsarbetare_add_up_and_percentages_do_not() {
        // 42: 141,0 → 150,4; 43: 40,4 → 43,4.
        let a = report(TableKind::WorkedTime, dec!(141.0), dec!(150.4));
        let b = report(TableKind::WorkedTime, dec!(40.4), dec!(43.4));
        let both = overall(&[&a, &b], TableKind::WorkedTime).unwrap();
        assert!(both.computed);
        assert_eq!(both.get(Block::Later), Some(dec!(193.8)));
        assert_eq!(both.get(Block::Earlier), Some(dec!(181.4)));
        assert_eq!(both.get(Block::Change), Some(dec!(12.4)));
        let one = overall(&[&a], TableKind::WorkedTime).unwrap();
        assert!(!one.computed);
        let s = report(TableKind::SickLeave, dec!(6.0), dec!(5.4));
        let t = report(TableKind::SickLeave, dec!(5.1), dec!(5.6));
        assert_eq!(overall(&[&s, &t], TableKind::SickLeave), None);
        assert!(overall(&[&s], TableKind::SickLeave).is_some());
        // A förvaltning without the table: no sum of the others.
        assert_eq!(overall(&[&a, &s], TableKind::WorkedTime), None);
    }
}
