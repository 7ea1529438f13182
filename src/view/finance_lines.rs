//! The finance administration's own lines under the region's result, as
//! its table states them (mnkr, one decimal: Skatteintäkter, Generella
//! statsbidrag och utjämning, … Övrigt) with utfall, budget and avvikelse
//! and the explanations of each line; and beside them the treasury tables
//! of a year-end report, their stated figures shown.
//!
//! The figures are the table's own, in its own signs (`Intäkter +`,
//! `Kostnader -` as the finance administration writes them); the
//! avvikelse is the stated one, positive favourable, with the derivation
//! as a check where it differs.

use super::reader::READER_UNIT;
use super::why::Driver;
use super::Fig;
use crate::engine::variance::stated_variance;
use crate::explain::model::{of, Explanation, Owner, Topic};
use crate::finance::model::{FinanceRow, FinanceTable};
use crate::finance::treasury::Treasury;
use crate::fr1::schema::{normalize_label, Report};
use crate::i18n::Lang;
use crate::money::Money;

/// One line of the finance administration's table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinanceLineView {
    pub label: String,
    pub actual: Fig,
    pub budget: Fig,
    /// The stated Avvikelse, signed and classed (positive favourable).
    pub variance: Fig,
    /// The officer's explanations of this line.
    pub drivers: Vec<Driver>,
}

/// The finance administration's lines of one half.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FinanceLinesView {
    pub section: Report,
    pub lines: Vec<FinanceLineView>,
    /// The `Summa` line as stated.
    pub total: Option<FinanceLineView>,
}

/// `table`'s lines of `section` (Utfall: year to date, Prognos: full year)
/// in mnkr, with the explanations of the finance administration for the
/// table's period; `None` when the table lacks that half.
pub fn finance_lines(
    table: &FinanceTable,
    explanations: &[Explanation],
    section: Report,
    lang: Lang,
) -> Option<FinanceLinesView> {
    if !table.has(section) {
        return None;
    }
    let t = table.in_unit(READER_UNIT);
    let mine: Vec<&Explanation> = match table.period {
        Some(p) => of(explanations, &Owner::Finance, p, section).collect(),
        None => Vec::new(),
    };
    let line = |row: &FinanceRow| {
        let f = row.half(section);
        let variance = match (f.actual, f.budget) {
            // Against the net cost, so the one sign rule holds: the
            // derivation is actual − budget in the result's direction.
            (Some(a), Some(b)) => Fig::variance(
                Some(&stated_variance(
                    -t.as_result(a),
                    -t.as_result(b),
                    f.variance,
                )),
                READER_UNIT,
            ),
            _ => Fig::signed(f.variance.map(|v| v.0), READER_UNIT),
        };
        let drivers = mine
            .iter()
            .filter(|e| {
                matches!(&e.topic, Topic::FinanceLine(l) if normalize_label(l) == normalize_label(&row.label))
            })
            .map(|e| Driver::of(e, lang))
            .collect();
        FinanceLineView {
            label: row.label.clone(),
            actual: Fig::amount(f.actual, READER_UNIT),
            budget: Fig::amount(f.budget, READER_UNIT),
            variance,
            drivers,
        }
    };
    Some(FinanceLinesView {
        section,
        lines: t.rows.iter().map(line).collect(),
        total: t.total.as_ref().map(line),
    })
}

/// One treasury table as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TreasuryTableView {
    pub title: String,
    pub columns: Vec<String>,
    /// Label and a figure per column, in mnkr.
    pub lines: Vec<(String, Vec<Fig>)>,
    pub total: Option<(String, Vec<Fig>)>,
}

/// The treasury tables in mnkr with one decimal, as stated.
pub fn treasury_view(treasury: &Treasury) -> Vec<TreasuryTableView> {
    treasury
        .tables
        .iter()
        .map(|t| {
            let figs = |values: &[Option<Money>]| {
                values
                    .iter()
                    .map(|v| Fig::amount(v.map(|m| t.unit.convert(m, READER_UNIT)), READER_UNIT))
                    .collect()
            };
            TreasuryTableView {
                title: t.title.clone(),
                columns: t.columns.clone(),
                lines: t
                    .lines
                    .iter()
                    .map(|l| (l.label.clone(), figs(&l.values)))
                    .collect(),
                total: t.total.as_ref().map(|l| (l.label.clone(), figs(&l.values))),
            }
        })
        .collect()
}
