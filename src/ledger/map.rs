//! Which pivot rows make which FR1 row, as one table ([`ROW_MAP`]), and the
//! pivot checked against the same unit's FR1 for the same period.
//!
//! The mapping is the chart of accounts a region's FR1 is filled from:
//! class 3 is Intäkter, class 4 Personal (kontogrupp 47 its Inhyrda, 40–46
//! the rest: the FR1 splits Anställda and övrigt otherwise than by
//! kontogrupp, so only their sum is checked), classes 5–7 Drift (5 Köpta
//! tjänster, 61 Förbrukningsmaterial, 64 Resor, 65 Information PR, 66 Post
//! och tele, 7 Drift – övrigt) and class 8 Kapitalkostnad (Avskrivningar
//! and Internränta). The Totalsumma is NETTORESULTAT.
//!
//! A difference within rounding (±[`ROUNDING_TOLERANCE`] units) is a note;
//! a larger one a warning at the pivot's cell naming the FR1's place.

use super::model::{Column, Ledger, LedgerRow};
use crate::finding::{Finding, FindingKind};
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Group, Part, Report, Row, ROUNDING_TOLERANCE};
use crate::money::Money;
use rust_decimal::Decimal;

/// Pivot rows (by code) whose sum is the sum of FR1 rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowMap {
    /// The FR1 rows (Totalt) the pivot rows add up to.
    pub rows: &'static [Row],
    /// The kontoslag or kontogrupper.
    pub codes: &'static [&'static str],
}

/// The chart of accounts behind the FR1's rows.
pub const ROW_MAP: [RowMap; 12] = [
    RowMap {
        rows: &[Row::Intakter],
        codes: &["3"],
    },
    RowMap {
        rows: &[Row::Personal],
        codes: &["4"],
    },
    RowMap {
        rows: &[Row::Anstallda, Row::PersonalOvrigt],
        codes: &["40", "41", "42", "43", "44", "45", "46"],
    },
    RowMap {
        rows: &[Row::Inhyrda],
        codes: &["47"],
    },
    RowMap {
        rows: &[Row::Drift],
        codes: &["5", "6", "7"],
    },
    RowMap {
        rows: &[Row::KoptaTjanster],
        codes: &["5"],
    },
    RowMap {
        rows: &[Row::Forbrukningsmaterial],
        codes: &["61"],
    },
    RowMap {
        rows: &[Row::Resor],
        codes: &["64"],
    },
    RowMap {
        rows: &[Row::InformationPr],
        codes: &["65"],
    },
    RowMap {
        rows: &[Row::PostOchTele],
        codes: &["66"],
    },
    RowMap {
        rows: &[Row::DriftOvrigt],
        codes: &["7"],
    },
    RowMap {
        rows: &[Row::Kapitalkostnad],
        codes: &["8"],
    },
];

/// The pivot's codes behind FR1 `row`: its own entry, or the entry it
/// shares (Anställda and Personal – övrigt). Empty for the sum rows.
pub fn codes_of(row: Row) -> &'static [&'static str] {
    ROW_MAP
        .iter()
        .find(|m| m.rows == [row])
        .or_else(|| ROW_MAP.iter().find(|m| m.rows.contains(&row)))
        .map_or(&[], |m| m.codes)
}

/// The FR1 column group a pivot figure is compared with.
const COMPARED: [(Column, Group); 3] = [
    (Column::Actual, Group::Actual),
    (Column::Budget, Group::Budget),
    (Column::Previous, Group::PreviousYear),
];

/// The pivot against the Utfall (Totalt) of the loaded FR1 for its unit
/// and period; nothing when there is none.
pub fn reconcile(ledger: &Ledger, reports: &[Fr1Report]) -> Vec<Finding> {
    let Some(report) = reports.iter().find(|r| {
        r.meta.period.is_some()
            && r.meta.period == ledger.period
            && r.meta
                .unit_id
                .as_ref()
                .zip(ledger.unit_id.as_ref())
                .is_some_and(|(a, b)| a.code.trim() == b.code.trim())
    }) else {
        return Vec::new();
    };
    let Some(table) = report.table(Report::Utfall) else {
        return Vec::new();
    };
    let to_ledger = |m: Money| report.unit().convert(m, ledger.amount_unit);
    let mut out = Vec::new();
    let entries = ROW_MAP
        .iter()
        .map(|m| {
            let rows: Vec<&LedgerRow> = m.codes.iter().filter_map(|c| ledger.row(c)).collect();
            (m.rows, rows)
        })
        .chain(
            ledger
                .total
                .iter()
                .map(|t| (&[Row::Nettoresultat][..], vec![t])),
        );
    for (fr1_rows, pivot_rows) in entries {
        let Some(first) = pivot_rows.first() else {
            continue;
        };
        for (column, group) in COMPARED {
            let stated: Vec<Money> = pivot_rows.iter().filter_map(|r| r.get(column)).collect();
            if stated.is_empty() {
                continue;
            }
            let fr1: Option<Vec<Money>> = fr1_rows
                .iter()
                .map(|&row| table.get(row, group, Part::Totalt))
                .collect();
            let Some(fr1) = fr1 else { continue };
            let pivot: Money = stated.into_iter().sum();
            let fr1 = to_ledger(fr1.into_iter().sum());
            let diff = (pivot - fr1).abs();
            if diff.is_zero() {
                continue;
            }
            let rounding = diff.0 <= Decimal::from(ROUNDING_TOLERANCE);
            let (pivot, fr1) = (pivot.0, fr1.0);
            let rows = fr1_rows.to_vec();
            let fr1_file = report.source.clone();
            let kind = if rounding {
                FindingKind::LedgerRounding {
                    rows,
                    group,
                    pivot,
                    fr1,
                    fr1_file,
                    unit: ledger.amount_unit,
                }
            } else {
                FindingKind::LedgerMismatch {
                    rows,
                    group,
                    pivot,
                    fr1,
                    fr1_file,
                    unit: ledger.amount_unit,
                }
            };
            out.push(Finding::at(ledger.cell(first, column), kind));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_form_below_the_totals_has_its_accounts() {
        for row in Row::ALL {
            let total = matches!(
                row,
                Row::TotalaIntakter | Row::TotalaKostnader | Row::Nettoresultat
            );
            assert_eq!(codes_of(row).is_empty(), total, "{row:?}");
        }
        // A code is in at most one entry at its own level of detail, and
        // the sub-rows' codes lie under their main row's.
        assert_eq!(codes_of(Row::Inhyrda), ["47"]);
        assert_eq!(codes_of(Row::Anstallda), codes_of(Row::PersonalOvrigt));
        for sub in [Row::Forbrukningsmaterial, Row::Resor, Row::DriftOvrigt] {
            assert!(codes_of(sub)
                .iter()
                .all(|c| codes_of(Row::Drift).iter().any(|d| c.starts_with(d))));
        }
    }
}
