//! Checks an imported FR1 against the identities every filled-in form must
//! satisfy (DOMAIN.md, "Identities"): Externt + Internt = Totalt, the row sums
//! of [`ROW_SUMS`], the variance columns of [`GROUP_DIFFS`], and, as a softer
//! check, an evenly spread budget (Budget ackumulerat ≈ Budget helår ×
//! months / 12).
//!
//! A difference within rounding is normal and becomes a
//! [`FindingKind::Rounding`] (information); a larger one is a
//! [`FindingKind::Mismatch`] (an error) at the cell that states the figure.
//! Importer stages use the same [`Finding`] for what they notice on the
//! way, so the page lists one kind of thing.

use super::cells::CellMap;
use super::model::{Fr1Report, Fr1Table};
use super::schema::{Group, Part, Report, Row, GROUP_DIFFS, ROUNDING_TOLERANCE, ROW_SUMS};
use crate::finding::{At, Finding, FindingKind, Identity};
use crate::money::{Money, Unit};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// A finding about the figure `at`, at its cell in `cells` when known.
fn at_figure(at: At, cells: Option<&CellMap>, kind: FindingKind) -> Finding {
    let cell = cells
        .and_then(|c| c.get(at.report, at.row, at.group, at.part))
        .cloned();
    Finding::new(cell, kind)
}

/// Checks every identity of the form in `report`; `cells` locates the
/// findings (`None` for a report not read from a file).
pub fn validate(report: &Fr1Report, cells: Option<&CellMap>) -> Vec<Finding> {
    let unit = report.unit();
    let mut findings = Vec::new();
    for table in [&report.utfall, &report.prognos].into_iter().flatten() {
        let ctx = Ctx {
            table,
            cells,
            unit,
            tolerance: tolerance(table),
        };
        ctx.check_parts(&mut findings);
        ctx.check_row_sums(&mut findings);
        ctx.check_group_diffs(&mut findings);
    }
    findings.extend(cross_checks(report, cells));
    findings
}

/// Whether `kind` is one [`validate`] gives: a check of the figures, made
/// again whenever the report changes, unlike what was noticed reading the
/// file (a cell that is not a number, a row not in the form …), which stays.
pub fn is_check(kind: &FindingKind) -> bool {
    matches!(
        kind,
        FindingKind::OutOfRange { .. }
            | FindingKind::Rounding { .. }
            | FindingKind::Mismatch { .. }
            | FindingKind::UnevenBudget { .. }
    )
}

/// The checks between a report's two tables (today: the budget's spread
/// over the year), for a report whose halves were read from two files and
/// each checked on its own.
pub fn cross_checks(report: &Fr1Report, cells: Option<&CellMap>) -> Vec<Finding> {
    let mut findings = Vec::new();
    check_budget_spread(report, cells, &mut findings);
    findings
}

/// What one table's checks share.
struct Ctx<'a> {
    table: &'a Fr1Table,
    cells: Option<&'a CellMap>,
    unit: Unit,
    tolerance: Decimal,
}

impl Ctx<'_> {
    fn at(&self, row: Row, group: Group, part: Part) -> At {
        At {
            report: self.table.report,
            row,
            group,
            part,
        }
    }

    /// Every term and the stated figure, or `None` when any is missing (a
    /// Totalt-only sheet has nothing to check Totalt against).
    fn figures(&self, terms: &[(Row, Group, Part)]) -> Option<Vec<Money>> {
        terms
            .iter()
            .map(|&(r, g, p)| self.table.get(r, g, p))
            .collect()
    }

    fn check_parts(&self, out: &mut Vec<Finding>) {
        for row in Row::ALL {
            for group in Group::ALL {
                let (Some(ext), Some(int), Some(total)) = (
                    self.table.get(row, group, Part::Externt),
                    self.table.get(row, group, Part::Internt),
                    self.table.get(row, group, Part::Totalt),
                ) else {
                    continue;
                };
                self.compare(
                    out,
                    self.at(row, group, Part::Totalt),
                    Identity::Parts,
                    ext.checked_add(int),
                    total,
                );
            }
        }
    }

    fn check_row_sums(&self, out: &mut Vec<Finding>) {
        for sum in ROW_SUMS {
            for group in Group::ALL {
                for part in Part::ALL {
                    let terms: Vec<_> = sum.terms.iter().map(|&r| (r, group, part)).collect();
                    let (Some(stated), Some(terms)) =
                        (self.table.get(sum.total, group, part), self.figures(&terms))
                    else {
                        continue;
                    };
                    self.compare(
                        out,
                        self.at(sum.total, group, part),
                        Identity::RowSum { total: sum.total },
                        Money::checked_sum(terms),
                        stated,
                    );
                }
            }
        }
    }

    fn check_group_diffs(&self, out: &mut Vec<Finding>) {
        for diff in GROUP_DIFFS {
            for row in Row::ALL {
                for part in Part::ALL {
                    let (Some(stated), Some(reference), Some(actual)) = (
                        self.table.get(row, diff.target, part),
                        self.table.get(row, diff.reference, part),
                        self.table.get(row, diff.actual, part),
                    ) else {
                        continue;
                    };
                    self.compare(
                        out,
                        self.at(row, diff.target, part),
                        Identity::GroupDiff {
                            reference: diff.reference,
                            actual: diff.actual,
                        },
                        reference.checked_sub(actual),
                        stated,
                    );
                }
            }
        }
    }

    /// A rounding finding when `computed` and `stated` differ by rounding,
    /// a mismatch when they differ by more, out of range when the sum
    /// leaves `Decimal`'s range (`computed` is `None`; amounts bounded at
    /// the doors never do).
    fn compare(
        &self,
        out: &mut Vec<Finding>,
        at: At,
        identity: Identity,
        computed: Option<Money>,
        stated: Money,
    ) {
        let Some((computed, diff)) =
            computed.and_then(|c| stated.checked_sub(c).map(|d| (c, d.abs())))
        else {
            let kind = FindingKind::OutOfRange { at, identity };
            out.push(at_figure(at, self.cells, kind));
            return;
        };
        if diff.is_zero() {
            return;
        }
        let (computed, stated, unit) = (computed.0, stated.0, self.unit);
        let kind = if diff.0 <= self.tolerance {
            FindingKind::Rounding {
                at,
                identity,
                computed,
                stated,
                unit,
            }
        } else {
            FindingKind::Mismatch {
                at,
                identity,
                computed,
                stated,
                unit,
            }
        };
        out.push(at_figure(at, self.cells, kind));
    }
}

/// Budget ackumulerat against Budget helår × months / 12, Totalt column, as
/// a Warning: a seasonal budget legitimately differs, so this only points.
fn check_budget_spread(report: &Fr1Report, cells: Option<&CellMap>, out: &mut Vec<Finding>) {
    let (Some(utfall), Some(prognos), Some(period)) =
        (&report.utfall, &report.prognos, report.meta.period)
    else {
        return;
    };
    let months = Decimal::from(period.months());
    let tolerance = tolerance(utfall).max(tolerance(prognos));
    for row in Row::ALL {
        let (Some(ack), Some(full_year)) = (
            utfall.get(row, Group::Budget, Part::Totalt),
            prognos.get(row, Group::Budget, Part::Totalt),
        ) else {
            continue;
        };
        // Past Decimal's range (never within the door bounds) there is
        // nothing to point at: the sum checks report such figures.
        let Some(expected) = full_year
            .0
            .checked_mul(months)
            .map(|d| Money(d / Decimal::from(12)))
        else {
            continue;
        };
        let Some(diff) = ack.checked_sub(expected).map(Money::abs) else {
            continue;
        };
        if diff.0 <= tolerance {
            continue;
        }
        let at = At {
            report: Report::Utfall,
            row,
            group: Group::Budget,
            part: Part::Totalt,
        };
        let kind = FindingKind::UnevenBudget {
            at,
            full_year: full_year.0,
            months: period.months(),
            expected: expected.0,
            stated: ack.0,
            unit: report.unit(),
        };
        out.push(at_figure(at, cells, kind));
    }
}

/// ±[`ROUNDING_TOLERANCE`] units of the table's precision: whole units for a
/// table of whole figures, tenths for one written with one decimal (the
/// usual mnkr form). The precision is the most common number of decimals
/// among the non-zero figures, so one stray decimal does not tighten every
/// check, and float noise in a single cell does not either.
fn tolerance(table: &Fr1Table) -> Decimal {
    tolerance_of(Row::ALL.into_iter().flat_map(|row| {
        Group::ALL.into_iter().flat_map(move |group| {
            Part::ALL
                .into_iter()
                .filter_map(move |part| table.get(row, group, part))
        })
    }))
}

/// ±[`ROUNDING_TOLERANCE`] units of the precision most of `figures` are
/// written with (zeros aside): whole units, or tenths for a table written
/// with one decimal. Any table of rounded figures (the FR1, the finance
/// administration's) is checked with it.
pub fn tolerance_of(figures: impl IntoIterator<Item = Money>) -> Decimal {
    let mut counts: HashMap<u32, usize> = HashMap::new();
    for m in figures.into_iter().filter(|m| !m.is_zero()) {
        *counts.entry(m.0.normalize().scale().min(4)).or_default() += 1;
    }
    let scale = counts
        .into_iter()
        .max_by_key(|&(scale, n)| (n, std::cmp::Reverse(scale)))
        .map_or(0, |(scale, _)| scale);
    Decimal::new(ROUNDING_TOLERANCE, scale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;
    use crate::fr1::model::{Fr1Meta, Period};
    use crate::i18n::Lang;
    use crate::money::Unit;
    use rust_decimal_macros::dec;

    fn report_with(utfall: Fr1Table) -> Fr1Report {
        Fr1Report {
            meta: Fr1Meta {
                amount_unit: Some(Unit::Tkr),
                ..Fr1Meta::default()
            },
            source: "test".into(),
            utfall: Some(utfall),
            prognos: None,
        }
    }

    #[test]
    fn drift_sum_off_by_eight_is_an_error_in_words() {
        let mut t = Fr1Table::empty(Report::Utfall);
        let subs = [
            dec!(3000),
            dec!(600),
            dec!(300),
            dec!(2400),
            dec!(1680),
            dec!(3360),
        ];
        for (row, v) in Row::Drift.children().iter().zip(subs) {
            t.set(*row, Group::Budget, Part::Totalt, Some(Money(v)));
        }
        t.set(
            Row::Drift,
            Group::Budget,
            Part::Totalt,
            Some(Money(dec!(11332))),
        );
        let findings = validate(&report_with(t), None);
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].severity, Severity::Error);
        assert_eq!(
            findings[0].text(Lang::Sv),
            "Drift, Totalt, Budget ackumulerat: delraderna summerar till 11\u{a0}340 men raden anger 11\u{a0}332 (skillnad 8 tkr)"
        );
    }

    #[test]
    fn rounding_is_information_and_precision_follows_the_table() {
        let mut t = Fr1Table::empty(Report::Utfall);
        t.set(
            Row::Intakter,
            Group::Actual,
            Part::Externt,
            Some(Money(dec!(-10.4))),
        );
        t.set(
            Row::Intakter,
            Group::Actual,
            Part::Internt,
            Some(Money(dec!(-2.3))),
        );
        t.set(
            Row::Intakter,
            Group::Actual,
            Part::Totalt,
            Some(Money(dec!(-12.8))),
        );
        let findings = validate(&report_with(t.clone()), None);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].severity, Severity::Info);
        assert!(findings[0].text(Lang::Sv).contains("avrundning"));
        // At one decimal, 0,5 is more than ±2 tenths.
        t.set(
            Row::Intakter,
            Group::Actual,
            Part::Totalt,
            Some(Money(dec!(-13.2))),
        );
        let findings = validate(&report_with(t), None);
        assert_eq!(findings[0].severity, Severity::Error);
        assert_eq!(
            findings[0].text(Lang::Sv),
            "Intäkter, Totalt, Utfall ackumulerat: Externt och Internt summerar till \u{2212}12,7 men Totalt anger \u{2212}13,2 (skillnad 0,5 tkr)"
        );
    }

    #[test]
    fn uneven_budget_is_a_warning() {
        let mut u = Fr1Table::empty(Report::Utfall);
        let mut p = Fr1Table::empty(Report::Prognos);
        u.set(
            Row::Kapitalkostnad,
            Group::Budget,
            Part::Totalt,
            Some(Money(dec!(11332))),
        );
        p.set(
            Row::Kapitalkostnad,
            Group::Budget,
            Part::Totalt,
            Some(Money(dec!(45330))),
        );
        let mut r = report_with(u);
        r.prognos = Some(p);
        assert!(validate(&r, None).is_empty(), "no period, no check");
        r.meta.period = Period::new(2024, 3);
        assert!(
            validate(&r, None).is_empty(),
            "11 332,5 vs 11 332 is rounding"
        );
        r.meta.period = Period::new(2024, 4);
        let f = validate(&r, None);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(
            f[0].text(Lang::Sv).contains("× 4/12 blir 15\u{a0}110"),
            "{}",
            f[0].text(Lang::Sv)
        );
    }
}
