//! One FR1 report (Utfall or Prognos) as the form lays it out — rows ×
//! column groups × Externt/Internt/Totalt — with every cell a finding is
//! about marked, so a finance officer sees where the file disagrees with
//! itself, with the sentence that says why.

use crate::finding::{At, Finding, Severity};
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{Group, Part, Report, Row, RowKind};
use crate::i18n::Lang;
use crate::money::AmountScale;
use crate::{format, view::decimals};

/// A column group and the parts the file carries in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridGroup {
    pub group: Group,
    pub header: &'static str,
    pub parts: Vec<Part>,
}

/// One cell of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridCell {
    pub text: String,
    /// The exact figure, for export.
    pub value: Option<rust_decimal::Decimal>,
    /// The most serious finding about this cell.
    pub severity: Option<Severity>,
    /// The findings' sentences in the page's language, for the cell's
    /// tooltip.
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GridRow {
    pub row: Row,
    pub label: &'static str,
    pub sub_row: bool,
    pub total: bool,
    /// In the order of [`Fr1Grid::groups`] and their parts.
    pub cells: Vec<GridCell>,
}

impl GridRow {
    /// The row's class in a table (totals bold, sub-rows indented).
    pub fn class(&self) -> &'static str {
        row_class(self.total, self.sub_row)
    }
}

/// The class a table sets a form row in: `total` (bold), `sub` (indented)
/// or none; for every table of FR1 rows ([`GridRow`],
/// [`super::unit_summary::SummaryLine`]).
pub fn row_class(total: bool, sub_row: bool) -> &'static str {
    match (total, sub_row) {
        (true, _) => "total",
        (_, true) => "sub",
        _ => "",
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fr1Grid {
    pub report: Report,
    pub title: &'static str,
    pub groups: Vec<GridGroup>,
    pub rows: Vec<GridRow>,
}

/// The `which` table of `report` in `unit`, with `findings` marked (told
/// in `lang`); `None` when the file did not carry that report.
pub fn fr1_grid(
    report: &Fr1Report,
    which: Report,
    findings: &[Finding],
    unit: AmountScale,
    lang: Lang,
) -> Option<Fr1Grid> {
    let table = report.in_unit(unit).table(which)?.clone();
    let parts: Vec<Part> = Part::ALL
        .into_iter()
        .filter(|&p| table.has_part(p))
        .collect();
    let groups: Vec<GridGroup> = Group::ALL
        .into_iter()
        .filter(|&g| table.has_group(g))
        .map(|group| GridGroup {
            group,
            header: group.header(which),
            parts: parts.clone(),
        })
        .collect();
    let rows = Row::ALL
        .into_iter()
        .map(|row| GridRow {
            row,
            label: row.label(),
            sub_row: row.is_sub_row(),
            total: row.kind() == RowKind::Total,
            cells: groups
                .iter()
                .flat_map(|g| g.parts.iter().map(move |&p| (g.group, p)))
                .map(|(group, part)| {
                    let about: Vec<&Finding> = findings
                        .iter()
                        .filter(|f| {
                            f.figure()
                                == Some(At {
                                    report: which,
                                    row,
                                    group,
                                    part,
                                })
                        })
                        .collect();
                    let value = table.get(row, group, part).map(|m| m.0);
                    GridCell {
                        value,
                        text: table
                            .get(row, group, part)
                            .map(|m| format::amount(m.0, decimals(unit)))
                            .unwrap_or_default(),
                        severity: about.iter().map(|f| f.severity).max(),
                        note: about
                            .iter()
                            .map(|f| f.text(lang))
                            .collect::<Vec<_>>()
                            .join("\n"),
                    }
                })
                .collect(),
        })
        .collect();
    Some(Fr1Grid {
        report: which,
        title: which.title(),
        groups,
        rows,
    })
}
