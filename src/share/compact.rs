//! The compact wire form of an [`Fr1Table`], which keeps share links short.
//!
//! An FR1 table has 240 cells, but most of them follow from the others: every
//! Totalt is Externt + Internt, every sum row is the sum of its terms
//! ([`ROW_SUMS`]) and both variance groups are reference − actual
//! ([`GROUP_DIFFS`]). So a derived cell is stored as the *difference* between
//! its figure and what its identity gives. In a consistent report those
//! differences are all 0 and deflate to almost nothing; an inconsistent one
//! (a rounding slip in the source file) still round-trips exactly.
//!
//! Layout: `shape` has one byte per cell in `slots` order (0 = no figure,
//! otherwise `1 + scale`, plus `VERBATIM` when a derived cell is stored as
//! its own figure because its identity cannot be evaluated exactly). `values`
//! holds one integer per figure in `plan` order: every figure with no
//! identity first, then the derived ones, each after the cells it depends on.
//! A figure's integer is its decimal mantissa at its own scale minus the
//! identity's value at that scale, so scales (and so `12,50` vs `12,5`) are
//! kept. A negative zero comes back as zero (equal under `Eq`).
//!
//! Encoder and decoder evaluate identities with the same exact integer
//! arithmetic on the same figures, so the decoder reproduces every cell
//! bit for bit. This layout is part of share format 1: change it only
//! together with a new format version.

use super::Damage;
use crate::fr1::model::Fr1Table;
use crate::fr1::schema::{Group, Part, Report, Row, GROUP_DIFFS, ROW_SUMS};
use crate::money::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Scales a `Decimal` can have: 0 through 28.
const SCALES: u8 = 29;

/// Added to a shape byte when a derived cell's integer is its own mantissa.
const VERBATIM: u8 = SCALES;

pub(super) const CELLS: usize = Row::COUNT * Group::COUNT * Part::COUNT;

/// An [`Fr1Table`] as it travels in a share link.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompactTable {
    report: Report,
    shape: Vec<u8>,
    values: Vec<i128>,
}

/// One cell of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Slot {
    row: Row,
    group: Group,
    part: Part,
}

impl Slot {
    /// Position in `slots` order (rows, then groups, then parts).
    fn position(self) -> usize {
        (self.row.index() * Group::COUNT + self.group.index()) * Part::COUNT + self.part.index()
    }
}

/// Every cell, rows outermost, parts innermost: the order of `shape`.
fn slots() -> impl Iterator<Item = Slot> {
    Row::ALL.into_iter().flat_map(|row| {
        Group::ALL.into_iter().flat_map(move |group| {
            Part::ALL
                .into_iter()
                .map(move |part| Slot { row, group, part })
        })
    })
}

/// A cell entering an identity, added or subtracted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Term {
    at: usize,
    negate: bool,
}

impl Term {
    fn plus(slot: Slot) -> Term {
        Term {
            at: slot.position(),
            negate: false,
        }
    }

    fn minus(slot: Slot) -> Term {
        Term {
            at: slot.position(),
            negate: true,
        }
    }
}

/// The identities that give `slot` from other cells, preferred first: the
/// variance definition, then Totalt = the other parts, then the row sum.
fn identities(slot: Slot) -> Vec<Vec<Term>> {
    let Slot { row, group, part } = slot;
    let mut found = Vec::new();
    for diff in GROUP_DIFFS.iter().filter(|d| d.target == group) {
        found.push(vec![
            Term::plus(Slot {
                group: diff.reference,
                ..slot
            }),
            Term::minus(Slot {
                group: diff.actual,
                ..slot
            }),
        ]);
    }
    if part == Part::Totalt {
        found.push(
            Part::ALL
                .into_iter()
                .filter(|&p| p != Part::Totalt)
                .map(|p| Term::plus(Slot { part: p, ..slot }))
                .collect(),
        );
    }
    for sum in ROW_SUMS.iter().filter(|s| s.total == row) {
        found.push(
            sum.terms
                .iter()
                .map(|&t| {
                    Term::plus(Slot {
                        row: t,
                        group,
                        part,
                    })
                })
                .collect(),
        );
    }
    found
}

/// A figure to store or restore, with the identity it is stored against
/// (empty: stored as itself).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Step {
    at: usize,
    terms: Vec<Term>,
}

/// The order figures are stored in, given which cells have one. Each figure
/// uses the first identity whose terms all have figures; figures without one
/// come first, then the derived ones once everything they use is placed.
fn plan(present: &[bool]) -> Vec<Step> {
    let has = |at: usize| present.get(at).copied().unwrap_or(false);
    let chosen: Vec<Option<Vec<Term>>> = slots()
        .map(|slot| {
            if !has(slot.position()) {
                return None;
            }
            identities(slot)
                .into_iter()
                .find(|terms| terms.iter().all(|t| has(t.at)))
        })
        .collect();
    let mut placed = vec![false; CELLS];
    let mut steps = Vec::new();
    for (at, identity) in chosen.iter().enumerate() {
        if has(at) && identity.is_none() {
            placed[at] = true;
            steps.push(Step { at, terms: vec![] });
        }
    }
    loop {
        let mut progress = false;
        for (at, identity) in chosen.iter().enumerate() {
            let Some(terms) = identity else { continue };
            if !placed[at] && terms.iter().all(|t| placed[t.at]) {
                placed[at] = true;
                steps.push(Step {
                    at,
                    terms: terms.clone(),
                });
                progress = true;
            }
        }
        if !progress {
            break;
        }
    }
    // The schema's identities never form a cycle (each one lowers the group,
    // the part or the row level), but should one ever be added that does,
    // its cells are stored as themselves rather than lost.
    for (at, done) in placed.into_iter().enumerate() {
        if has(at) && !done {
            steps.push(Step { at, terms: vec![] });
        }
    }
    steps
}

/// `10^exp`, or `None` past `i128`.
fn pow10(exp: u32) -> Option<i128> {
    10i128.checked_pow(exp)
}

/// The mantissa of `d` at a scale at least its own.
fn mantissa_at(d: Decimal, scale: u32) -> Option<i128> {
    d.mantissa()
        .checked_mul(pow10(scale.checked_sub(d.scale())?)?)
}

/// The identity's value as a mantissa at `scale`, exactly, or `None` when a
/// term has no figure, the sum overflows or it has digits beyond `scale`.
/// An empty identity is 0.
fn identity_value(terms: &[Term], cells: &[Option<Decimal>], scale: u32) -> Option<i128> {
    let figures: Vec<(Decimal, bool)> = terms
        .iter()
        .map(|t| cells.get(t.at).copied().flatten().map(|d| (d, t.negate)))
        .collect::<Option<_>>()?;
    let common = figures.iter().map(|(d, _)| d.scale()).fold(scale, u32::max);
    let mut sum: i128 = 0;
    for (d, negate) in figures {
        let m = mantissa_at(d, common)?;
        sum = if negate {
            sum.checked_sub(m)?
        } else {
            sum.checked_add(m)?
        };
    }
    let unit = pow10(common - scale)?;
    (sum % unit == 0).then_some(sum / unit)
}

impl CompactTable {
    /// The compact form of `table`.
    pub fn from_table(table: &Fr1Table) -> CompactTable {
        let cells: Vec<Option<Decimal>> = slots()
            .map(|s| table.get(s.row, s.group, s.part).map(|m| m.0))
            .collect();
        let mut shape: Vec<u8> = cells
            .iter()
            .map(|c| match c {
                None => 0,
                // A Decimal's scale is at most 28, so this never saturates.
                Some(d) => 1 + u8::try_from(d.scale()).unwrap_or(SCALES - 1),
            })
            .collect();
        let present: Vec<bool> = cells.iter().map(Option::is_some).collect();
        let mut values = Vec::with_capacity(present.len());
        for step in plan(&present) {
            let Some(figure) = cells.get(step.at).copied().flatten() else {
                continue;
            };
            let own = figure.mantissa();
            let difference = identity_value(&step.terms, &cells, figure.scale())
                .and_then(|expected| own.checked_sub(expected));
            match difference {
                Some(d) => values.push(d),
                None => {
                    if let Some(s) = shape.get_mut(step.at) {
                        *s += VERBATIM;
                    }
                    values.push(own);
                }
            }
        }
        CompactTable {
            report: table.report,
            shape,
            values,
        }
    }

    /// The table back, exactly as [`CompactTable::from_table`] saw it.
    pub fn to_table(&self) -> Result<Fr1Table, Damage> {
        if self.shape.len() != CELLS {
            return Err(Damage::TableCells {
                found: self.shape.len(),
            });
        }
        let mut scales = Vec::with_capacity(CELLS);
        for &code in &self.shape {
            scales.push(match code {
                0 => None,
                c if c <= 2 * SCALES => {
                    let c = c - 1;
                    Some((u32::from(c % SCALES), c >= VERBATIM))
                }
                c => return Err(Damage::CellCode(c)),
            });
        }
        let present: Vec<bool> = scales.iter().map(Option::is_some).collect();
        let steps = plan(&present);
        if steps.len() != self.values.len() {
            return Err(Damage::TableAmounts {
                values: self.values.len(),
                cells: steps.len(),
            });
        }
        let mut cells: Vec<Option<Decimal>> = vec![None; CELLS];
        for (step, &stored) in steps.iter().zip(&self.values) {
            let Some((scale, verbatim)) = scales.get(step.at).copied().flatten() else {
                continue;
            };
            let terms: &[Term] = if verbatim { &[] } else { &step.terms };
            let mantissa = identity_value(terms, &cells, scale)
                .and_then(|expected| expected.checked_add(stored))
                .ok_or(Damage::SumUnrecoverable)?;
            let figure = Decimal::try_from_i128_with_scale(mantissa, scale)
                .map_err(|_| Damage::DecimalOverflow)?;
            if let Some(c) = cells.get_mut(step.at) {
                *c = Some(figure);
            }
        }
        let mut table = Fr1Table::empty(self.report);
        for (slot, cell) in slots().zip(cells) {
            table.set(slot.row, slot.group, slot.part, cell.map(Money));
        }
        Ok(table)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn set(t: &mut Fr1Table, row: Row, group: Group, part: Part, v: Decimal) {
        t.set(row, group, part, Some(Money(v)));
    }

    /// Personal in Budget, Externt: 100 + 20 + 5 = 125.
    fn personal_budget(personal: Decimal) -> Fr1Table {
        let mut t = Fr1Table::empty(Report::Utfall);
        let (g, p) = (Group::Budget, Part::Externt);
        set(&mut t, Row::Anstallda, g, p, dec!(100));
        set(&mut t, Row::Inhyrda, g, p, dec!(20));
        set(&mut t, Row::PersonalOvrigt, g, p, dec!(5));
        set(&mut t, Row::Personal, g, p, personal);
        t
    }

    #[test]
    fn slot_positions_follow_slot_order() {
        for (i, s) in slots().enumerate() {
            assert_eq!(s.position(), i);
        }
        assert_eq!(slots().count(), CELLS);
    }

    #[test]
    fn a_consistent_sum_row_is_stored_as_zero() {
        let t = personal_budget(dec!(125));
        let c = CompactTable::from_table(&t);
        // The three dash rows first (slot order), then Personal as 125 − 125.
        assert_eq!(c.values, vec![100, 20, 5, 0]);
        assert_eq!(c.to_table().unwrap(), t);
    }

    #[test]
    fn an_inconsistent_sum_row_keeps_its_difference() {
        let t = personal_budget(dec!(126));
        let c = CompactTable::from_table(&t);
        assert_eq!(c.values, vec![100, 20, 5, 1]);
        assert_eq!(c.to_table().unwrap(), t);
    }

    #[test]
    fn differences_are_taken_at_the_cells_own_scale() {
        // 125,50 against 100 + 20 + 5 = 125: stored as 12550 − 12500 = 50 at
        // scale 2, and restored with its trailing zero.
        let t = personal_budget(dec!(125.50));
        let c = CompactTable::from_table(&t);
        assert_eq!(c.values.last(), Some(&50));
        let back = c.to_table().unwrap();
        let cell = back
            .get(Row::Personal, Group::Budget, Part::Externt)
            .unwrap();
        assert_eq!(cell.0.to_string(), "125.50");
    }

    #[test]
    fn a_sum_with_more_decimals_than_its_cell_is_stored_verbatim() {
        // Terms 100,25 + 20 + 5 = 125,25 cannot be written at scale 0.
        let mut t = personal_budget(dec!(125));
        set(
            &mut t,
            Row::Anstallda,
            Group::Budget,
            Part::Externt,
            dec!(100.25),
        );
        let c = CompactTable::from_table(&t);
        let personal = Slot {
            row: Row::Personal,
            group: Group::Budget,
            part: Part::Externt,
        };
        assert_eq!(c.shape[personal.position()], 1 + VERBATIM);
        assert_eq!(c.values.last(), Some(&125));
        assert_eq!(c.to_table().unwrap(), t);
    }

    #[test]
    fn totalt_and_variances_derive_from_their_identities() {
        let mut t = Fr1Table::empty(Report::Prognos);
        for (g, e, i) in [
            (Group::Actual, dec!(-500), dec!(-20)),
            (Group::Budget, dec!(-450), dec!(-25)),
        ] {
            set(&mut t, Row::Intakter, g, Part::Externt, e);
            set(&mut t, Row::Intakter, g, Part::Internt, i);
            set(&mut t, Row::Intakter, g, Part::Totalt, e + i);
        }
        // Budget − prognos: −475 − (−520) = 45, Externt 50, Internt −5.
        set(
            &mut t,
            Row::Intakter,
            Group::VsBudget,
            Part::Externt,
            dec!(50),
        );
        set(
            &mut t,
            Row::Intakter,
            Group::VsBudget,
            Part::Internt,
            dec!(-5),
        );
        set(
            &mut t,
            Row::Intakter,
            Group::VsBudget,
            Part::Totalt,
            dec!(45),
        );
        let c = CompactTable::from_table(&t);
        assert_eq!(c.values, vec![-500, -20, -450, -25, 0, 0, 0, 0, 0]);
        assert_eq!(c.to_table().unwrap(), t);
    }

    #[test]
    fn damaged_tables_are_errors() {
        let good = CompactTable::from_table(&personal_budget(dec!(125)));
        let short = CompactTable {
            shape: good.shape[1..].to_vec(),
            ..good.clone()
        };
        assert!(short.to_table().is_err());
        let missing_value = CompactTable {
            values: good.values[1..].to_vec(),
            ..good.clone()
        };
        assert!(missing_value.to_table().is_err());
        let mut bad_code = good.clone();
        bad_code.shape[0] = 2 * SCALES + 1;
        assert!(bad_code.to_table().is_err());
        let huge = CompactTable {
            values: vec![i128::MAX; 4],
            ..good
        };
        assert!(huge.to_table().is_err());
    }
}
