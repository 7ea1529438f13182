//! The levels of a frame table that carry a Summa (förvaltning, group,
//! nämnd, region), what each covers, and the checks of the stated Summa
//! rows against the decided lines.
//!
//! A fullmäktige decides the stated Summa of each level, so that figure is
//! the level's at every level above it too: a nämnd's decided figure is its
//! stated Summa, or else the sum of its parts' decided figures (a group's
//! stated Summa, a förvaltning's stated Summa or lines). The sum of the
//! lines a Summa covers is the check: equal is silent, within rounding a
//! note, more a warning at the Summa's cell, unless the parts' own stated
//! Summa rows already account for it (one line off is one warning, at the
//! innermost Summa over it, not one at every level).

use super::model::{stated_in, Forvaltning, FrameLine, FrameTable, Group, Namnd, StatedSum};
use crate::finding::{Finding, FindingKind, Position, Severity};
use crate::money::Money;
use rust_decimal::Decimal;

/// A level of the table that has (or may have) a Summa row.
#[derive(Debug, Clone, Copy)]
pub enum Level<'a> {
    Forvaltning(&'a Forvaltning),
    Group(&'a Namnd, &'a Group),
    Namnd(&'a Namnd),
    Region(&'a FrameTable),
}

impl<'a> Level<'a> {
    /// `Summa Exempelsjukhuset`, `Summa regionen`.
    pub fn label(&self) -> String {
        match self {
            Level::Forvaltning(f) => format!("Summa {}", f.name),
            Level::Group(_, g) => format!("Summa {}", g.name),
            Level::Namnd(n) => format!("Summa {}", n.name),
            Level::Region(_) => "Summa regionen".to_string(),
        }
    }

    /// Its Summa row as the file states it.
    pub fn stated(&self) -> &'a [StatedSum] {
        match *self {
            Level::Forvaltning(f) => &f.stated,
            Level::Group(_, g) => &g.stated,
            Level::Namnd(n) => &n.stated,
            Level::Region(t) => &t.stated,
        }
    }

    /// The levels it is the sum of: a nämnd's groups and the förvaltningar
    /// in none, a group's förvaltningar, the region's nämnder. A
    /// förvaltning's parts are its lines ([`Level::lines`]).
    pub fn parts(&self) -> Vec<Level<'a>> {
        match *self {
            Level::Forvaltning(_) => Vec::new(),
            Level::Group(n, g) => n
                .forvaltningar
                .iter()
                .filter(|f| f.group.as_deref() == Some(g.name.as_str()))
                .map(Level::Forvaltning)
                .collect(),
            Level::Namnd(n) => {
                let mut parts = Vec::new();
                for f in &n.forvaltningar {
                    match f
                        .group
                        .as_deref()
                        .and_then(|name| n.groups.iter().find(|g| g.name == name))
                    {
                        None => parts.push(Level::Forvaltning(f)),
                        Some(g) => {
                            if !parts
                                .iter()
                                .any(|p| matches!(p, Level::Group(_, x) if x.name == g.name))
                            {
                                parts.push(Level::Group(n, g));
                            }
                        }
                    }
                }
                parts
            }
            Level::Region(t) => t.namnder.iter().map(Level::Namnd).collect(),
        }
    }

    /// Every line it covers, with the förvaltning it is in, in table order.
    pub fn lines(&self) -> Vec<(&'a str, &'a FrameLine)> {
        match *self {
            Level::Forvaltning(f) => f.lines.iter().map(|l| (f.name.as_str(), l)).collect(),
            _ => self.parts().iter().flat_map(Level::lines).collect(),
        }
    }

    /// Its decided figure of `year`: the stated Summa, else the sum of its
    /// parts' decided figures (a förvaltning's: of its lines). `None` when
    /// nothing under it has the year, or the sum leaves `Decimal`'s range.
    pub fn decided(&self, year: i32) -> Option<Money> {
        if let Some(s) = stated_in(self.stated(), year) {
            return Some(s);
        }
        let parts = self.part_figures(year);
        if parts.is_empty() {
            None
        } else {
            Money::checked_sum(parts)
        }
    }

    /// Its parts' decided figures of `year` (a förvaltning's lines).
    fn part_figures(&self, year: i32) -> Vec<Money> {
        match self {
            Level::Forvaltning(f) => f.lines.iter().filter_map(|l| l.decided_in(year)).collect(),
            _ => self
                .parts()
                .iter()
                .filter_map(|p| p.decided(year))
                .collect(),
        }
    }
}

impl FrameTable {
    /// Every level with a Summa in table order: each förvaltning, then each
    /// group, then the nämnd; the region last.
    pub fn levels(&self) -> Vec<Level<'_>> {
        let mut out = Vec::new();
        for n in &self.namnder {
            out.extend(n.forvaltningar.iter().map(Level::Forvaltning));
            out.extend(n.groups.iter().map(|g| Level::Group(n, g)));
            out.push(Level::Namnd(n));
        }
        out.push(Level::Region(self));
        out
    }

    /// Every stated Summa checked against the decided lines it covers:
    /// equal is silent, within one unit of the last decimal the figures use
    /// per line (1 tkr per line in a table of whole tkr) a note, more a
    /// warning at the Summa's cell, unless its parts' stated Summa rows
    /// give it (within rounding: then the difference is theirs, found
    /// there). A check never changes a figure: the page shows the stated
    /// Summa either way.
    pub fn summa_checks(&self) -> Vec<Finding> {
        let mut out = Vec::new();
        for level in self.levels() {
            let lines = level.lines();
            let has_parts = !matches!(level, Level::Forvaltning(_));
            for s in level.stated() {
                let at = Position::parse(&s.cell);
                let line_figures: Vec<Money> = lines
                    .iter()
                    .filter_map(|(_, l)| l.decided_in(s.year))
                    .collect();
                let Some(derived) = Money::checked_sum(line_figures.iter().copied()) else {
                    out.push(Finding::new(
                        at,
                        FindingKind::SummaTooLarge {
                            label: level.label(),
                            year: s.year,
                        },
                    ));
                    continue;
                };
                let Some(off_lines) = s.amount.checked_sub(derived) else {
                    out.push(Finding::new(
                        at,
                        FindingKind::SummaTooLarge {
                            label: level.label(),
                            year: s.year,
                        },
                    ));
                    continue;
                };
                if off_lines.is_zero() {
                    continue;
                }
                let rounding = |diff: Money| FindingKind::SummaRounding {
                    label: level.label(),
                    year: s.year,
                    diff: diff.0.abs(),
                    unit: self.unit,
                };
                let kind = if within_rounding(off_lines, s.amount, &line_figures) {
                    rounding(off_lines)
                } else {
                    let parts = level.part_figures(s.year);
                    let off_parts = Money::checked_sum(parts.iter().copied())
                        .and_then(|p| s.amount.checked_sub(p));
                    match off_parts {
                        Some(d) if has_parts && d.is_zero() => continue,
                        Some(d) if has_parts && within_rounding(d, s.amount, &parts) => rounding(d),
                        _ => FindingKind::SummaMismatch {
                            label: level.label(),
                            year: s.year,
                            stated: s.amount.0,
                            derived: derived.0,
                            unit: self.unit,
                        },
                    }
                };
                out.push(Finding::new(at, kind));
            }
        }
        out.sort_by_key(|f| f.severity == Severity::Info);
        out
    }
}

/// Within one unit of the last decimal the figures use, per figure summed.
fn within_rounding(diff: Money, stated: Money, parts: &[Money]) -> bool {
    let scale = parts
        .iter()
        .chain([&stated])
        .map(|m| m.0.normalize().scale())
        .max()
        .unwrap_or(0)
        .min(10);
    let tolerance = Decimal::new(1, scale) * Decimal::from(parts.len().max(1));
    diff.0.abs() <= tolerance
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frames::model::Category;
    use crate::money::AmountScale;

    #[test]
    fn a_summa_past_decimals_range_is_a_finding_not_a_panic() {
        let mut table = FrameTable::new(AmountScale::Tkr);
        table.add_year(2026);
        let f = table.namnd_mut("N").forvaltning_mut("F", None);
        for category in [Category::Personal, Category::Drift] {
            f.line_mut(category, "").decide(2026, Money(Decimal::MAX));
        }
        f.stated.push(StatedSum {
            year: 2026,
            amount: Money(Decimal::MAX),
            cell: "Blad1!C4".to_string(),
        });
        let findings = table.summa_checks();
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].cell_name().as_deref(), Some("Blad1!C4"));
        assert_eq!(
            findings[0].kind,
            FindingKind::SummaTooLarge {
                label: "Summa F".to_string(),
                year: 2026
            }
        );
        assert_eq!(findings[0].severity, Severity::Warning);
    }
}
