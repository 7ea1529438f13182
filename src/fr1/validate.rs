//! Checks an imported FR1 against the identities every filled-in form must
//! satisfy (DOMAIN.md, "Identities"): Externt + Internt = Totalt, the row sums
//! of [`ROW_SUMS`], the variance columns of [`GROUP_DIFFS`], and, as a softer
//! check, an evenly spread budget (Budget ackumulerat ≈ Budget helår ×
//! months / 12).
//!
//! A difference within rounding is normal and becomes an [`Severity::Info`]
//! finding; a larger one is an [`Severity::Error`] at the cell that states the
//! figure, in a sentence a finance officer understands. Importer stages use
//! the same [`Finding`] for what they notice on the way, so the page lists one
//! kind of thing.

use super::import::CellMap;
use super::model::{Fr1Report, Fr1Table};
use super::schema::{Group, Part, Report, Row, GROUP_DIFFS, ROUNDING_TOLERANCE, ROW_SUMS};
use crate::format;
use crate::money::Money;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Severity {
    /// Worth knowing, nothing wrong (a rounding difference).
    Info,
    /// Probably fine but worth a look (an unevenly spread budget, a row the
    /// form does not have).
    Warning,
    /// The file disagrees with itself or a cell could not be read.
    Error,
}

/// Something the importer or validator noticed, located as precisely as it
/// can be: report, row, group, part and the cell (`Utfall!K14`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub severity: Severity,
    pub report: Option<Report>,
    pub row: Option<Row>,
    pub group: Option<Group>,
    pub part: Option<Part>,
    /// `Utfall!K14`, when the finding has a cell.
    pub cell: Option<String>,
    /// A Swedish sentence, starting with where (`Drift, Totalt, Budget
    /// ackumulerat: …`).
    pub message: String,
}

impl Finding {
    /// A finding about the file or a sheet as a whole.
    pub fn general(severity: Severity, report: Option<Report>, message: String) -> Finding {
        Finding {
            severity,
            report,
            row: None,
            group: None,
            part: None,
            cell: None,
            message,
        }
    }

    /// A finding at one figure of a report, its cell looked up in `cells`.
    pub fn at(
        severity: Severity,
        at: At,
        cells: Option<&CellMap>,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            severity,
            report: Some(at.report),
            row: Some(at.row),
            group: Some(at.group),
            part: Some(at.part),
            cell: cells
                .and_then(|c| c.get(at.report, at.row, at.group, at.part))
                .map(str::to_string),
            message: format!("{}: {}", at.describe(), message.into()),
        }
    }
}

/// One figure of a report: which report, row, group and part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct At {
    pub report: Report,
    pub row: Row,
    pub group: Group,
    pub part: Part,
}

impl At {
    /// `Drift, Totalt, Budget ackumulerat`.
    pub fn describe(self) -> String {
        format!(
            "{}, {}, {}",
            self.row.full_label(),
            self.part.label(),
            self.group.short_name(self.report)
        )
    }
}

/// Checks every identity of the form in `report`; `cells` locates the
/// findings (`None` for a report not read from a file).
pub fn validate(report: &Fr1Report, cells: Option<&CellMap>) -> Vec<Finding> {
    let unit = report.unit().short();
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
    unit: &'static str,
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
                    "Externt och Internt summerar till",
                    ext.checked_add(int),
                    "Totalt anger",
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
                    let what = if sum.terms.len() == 1 {
                        format!("{} anger", sum.terms_name)
                    } else {
                        format!("{} summerar till", sum.terms_name)
                    };
                    self.compare(
                        out,
                        self.at(sum.total, group, part),
                        &what,
                        Money::checked_sum(terms),
                        "raden anger",
                        stated,
                    );
                }
            }
        }
    }

    fn check_group_diffs(&self, out: &mut Vec<Finding>) {
        let report = self.table.report;
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
                    let what = format!(
                        "{} − {} blir",
                        diff.reference.short_name(report),
                        diff.actual.short_name(report).to_lowercase()
                    );
                    self.compare(
                        out,
                        self.at(row, diff.target, part),
                        &what,
                        reference.checked_sub(actual),
                        "kolumnen anger",
                        stated,
                    );
                }
            }
        }
    }

    /// An Info finding when `computed` and `stated` differ by rounding, an
    /// Error when they differ by more or when the sum leaves `Decimal`'s
    /// range (`computed` is `None`; amounts bounded at the doors never do).
    fn compare(
        &self,
        out: &mut Vec<Finding>,
        at: At,
        what: &str,
        computed: Option<Money>,
        stated_what: &str,
        stated: Money,
    ) {
        let Some((computed, diff)) =
            computed.and_then(|c| stated.checked_sub(c).map(|d| (c, d.abs())))
        else {
            let message = format!("{what} ett belopp som är för stort för att räkna med");
            out.push(Finding::at(Severity::Error, at, self.cells, message));
            return;
        };
        if diff.is_zero() {
            return;
        }
        let decimals = shown_decimals(&[computed, stated]);
        let fig = |m: Money| format::amount(m.0, decimals);
        let (severity, message) = if diff.0 <= self.tolerance {
            (
                Severity::Info,
                format!(
                    "{what} {} och {stated_what} {}; skillnaden {} {} är avrundning",
                    fig(computed),
                    fig(stated),
                    fig(diff),
                    self.unit
                ),
            )
        } else {
            (
                Severity::Error,
                format!(
                    "{what} {} men {stated_what} {} (skillnad {} {})",
                    fig(computed),
                    fig(stated),
                    fig(diff),
                    self.unit
                ),
            )
        };
        out.push(Finding::at(severity, at, self.cells, message));
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
        let decimals = shown_decimals(&[expected, ack]);
        let fig = |m: Money| format::amount(m.0, decimals);
        let at = At {
            report: Report::Utfall,
            row,
            group: Group::Budget,
            part: Part::Totalt,
        };
        out.push(Finding::at(
            Severity::Warning,
            at,
            cells,
            format!(
                "Budget helår {} × {}/12 blir {} men raden anger {} (skillnad {} {}); budgeten är inte jämnt fördelad över året",
                fig(full_year),
                period.months(),
                fig(expected),
                fig(ack),
                fig(diff),
                report.unit().short()
            ),
        ));
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

/// Decimals to show the figures of one message with: as many as the most
/// precise of them has, at most three.
pub fn shown_decimals(figures: &[Money]) -> u32 {
    figures
        .iter()
        .map(|m| m.0.normalize().scale())
        .max()
        .unwrap_or(0)
        .min(3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fr1::model::{Fr1Meta, Period};
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
            findings[0].message,
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
        assert!(findings[0].message.contains("avrundning"));
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
            findings[0].message,
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
            f[0].message.contains("× 4/12 blir 15\u{a0}110"),
            "{}",
            f[0].message
        );
    }
}
