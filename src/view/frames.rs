//! The budget-frames page as plain data: the frame table with decided and
//! computed years told apart (and side by side where a year is both), how
//! well the rules reproduce the decided frames, the efficiency requirement
//! and wage pot per nämnd, the findings of the import folded under a
//! count, and the same table for export.

use super::{decimals, Fig};
use crate::export::{ExportRow, ExportTable};
use crate::finding::{Finding, Severity};
use crate::format;
use crate::frames::compute::{Figure, Frames, Reproduction};
use crate::frames::table::RowKind;
use crate::i18n::{Lang, Msg};
use crate::money::{AmountScale, Money};

/// How a plan year is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// Up to the base year: the decided frame.
    Decided,
    /// After the base year, with nothing decided: computed by the rules.
    Computed,
    /// After the base year and decided too: both, side by side.
    Both,
}

/// A year's column (or pair of columns) and its headings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub year: i32,
    pub kind: ColumnKind,
}

impl Column {
    /// The sub-headings under the year: one per cell the year has.
    pub fn headings(&self, lang: Lang) -> Vec<&'static str> {
        match self.kind {
            ColumnKind::Decided => vec![Msg::FrDecided.text(lang)],
            ColumnKind::Computed => vec![Msg::FrComputed.text(lang)],
            ColumnKind::Both => vec![Msg::FrDecided.text(lang), Msg::FrComputed.text(lang)],
        }
    }
}

/// One cell as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub text: String,
    /// `decided`, `computed`, plus `differs` where a computed figure is not
    /// the decided one, `stated-differs` where the file's Summa is not the
    /// sum of its lines, or `summed` where the region's total is not in the
    /// file but the sum of the nämnder's stated Summa rows.
    pub class: String,
    /// What the reader should know on hover (the difference).
    pub title: Option<String>,
    pub value: Option<Money>,
}

/// What tells a row from the others whatever its figures, so the page can
/// keep a row in place and change only the figures that changed.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RowKey {
    pub kind: RowKind,
    pub namnd: String,
    pub forvaltning: String,
    pub label: String,
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kind: RowKind,
    /// The row's CSS class.
    pub class: &'static str,
    pub namnd: String,
    /// The förvaltning whose lines fold under its Summa (empty otherwise).
    pub forvaltning: String,
    pub label: String,
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableView {
    pub unit: AmountScale,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// `2026–2028 beslutade · 2029–2030 beräknade från 2028`.
    pub legend: String,
}

fn columns(frames: &Frames) -> Vec<Column> {
    frames
        .years
        .iter()
        .enumerate()
        .map(|(i, &year)| {
            let decided = frames
                .forvaltningar()
                .flat_map(|(_, f)| &f.lines)
                .any(|l| l.figures[i].decided.is_some())
                || frames.stated[i].is_some();
            let kind = match (year > frames.base, decided) {
                (false, _) => ColumnKind::Decided,
                (true, false) => ColumnKind::Computed,
                (true, true) => ColumnKind::Both,
            };
            Column { year, kind }
        })
        .collect()
}

fn span(years: &[i32]) -> String {
    match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    }
}

/// `2026–2028 beslutade · 2029–2030 beräknade från 2028`.
pub fn legend(frames: &Frames, lang: Lang) -> String {
    legend_of(frames, &columns(frames), lang)
}

fn legend_of(frames: &Frames, columns: &[Column], lang: Lang) -> String {
    let of = |k: &[ColumnKind]| -> Vec<i32> {
        columns
            .iter()
            .filter(|c| k.contains(&c.kind))
            .map(|c| c.year)
            .collect()
    };
    let decided = of(&[ColumnKind::Decided, ColumnKind::Both]);
    let computed = of(&[ColumnKind::Computed, ColumnKind::Both]);
    let base = frames.base.to_string();
    let mut parts = Vec::new();
    if !decided.is_empty() {
        parts.push(Msg::FrLegendDecided.fill(lang, &[("years", &span(&decided))]));
    }
    if !computed.is_empty() {
        parts.push(
            Msg::FrLegendComputed.fill(lang, &[("years", &span(&computed)), ("base", &base)]),
        );
    }
    parts.join(" · ")
}

fn amount(m: Money, unit: AmountScale) -> String {
    format::amount(m.0, decimals(unit))
}

/// What the file says of a Summa row's decided figure in one year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Said {
    /// As stated, or a line.
    AsIs,
    /// The file's Summa, not its lines' sum.
    StatedDiffers,
    /// Not in the file: the region's total summed from the nämnder's.
    Summed,
}

fn cells(figure: &Figure, said: Said, column: &Column, unit: AmountScale, lang: Lang) -> Vec<Cell> {
    let cell = |m: Option<Money>, class: &str| Cell {
        text: m.map_or_else(|| Fig::amount(None, unit).text, |m| amount(m, unit)),
        class: class.to_string(),
        title: None,
        value: m,
    };
    let decided = || {
        let mut c = cell(figure.decided, "decided");
        let (class, title) = match said {
            Said::AsIs => return c,
            Said::StatedDiffers => (" stated-differs", Msg::FrStatedDiffers),
            Said::Summed => (" summed", Msg::FrRegionSummed),
        };
        c.class.push_str(class);
        c.title = Some(title.text(lang).to_string());
        c
    };
    match column.kind {
        ColumnKind::Decided => vec![decided()],
        ColumnKind::Computed => vec![cell(figure.computed, "computed")],
        ColumnKind::Both => {
            let mut computed = cell(figure.computed, "computed");
            if let (true, Some(d), Some(c)) = (figure.differs(), figure.decided, figure.computed) {
                computed.class.push_str(" differs");
                computed.title = Some(Msg::FrDiffersBy.fill(
                    lang,
                    &[("diff", &format::signed_amount((c - d).0, decimals(unit)))],
                ));
            }
            vec![decided(), computed]
        }
    }
}

impl Row {
    pub fn key(&self) -> RowKey {
        RowKey {
            kind: self.kind,
            namnd: self.namnd.clone(),
            forvaltning: self.forvaltning.clone(),
            label: self.label.clone(),
        }
    }
}

/// The frame table as the page shows it, every förvaltning's lines too.
pub fn table(frames: &Frames, lang: Lang) -> TableView {
    table_with_lines(frames, lang, |_| true)
}

/// The frame table with the lines of only the förvaltningar `lines_of`
/// names (every Summa and heading either way): what the page shows, with
/// only the figures it shows written out.
pub fn table_with_lines(frames: &Frames, lang: Lang, lines_of: impl Fn(&str) -> bool) -> TableView {
    let unit = frames.unit;
    let columns = columns(frames);
    let rows = frames
        .table()
        .into_iter()
        .filter(|r| {
            !matches!(r.kind, RowKind::Line(_) | RowKind::Deduction) || lines_of(&r.forvaltning)
        })
        .map(|r| {
            let (class, label) = match r.kind {
                RowKind::NamndHeading => ("namnd-heading", r.label),
                RowKind::GroupHeading => ("group-heading", r.label),
                RowKind::Line(_) => ("sub", r.label),
                RowKind::Deduction => (
                    "sub deduction",
                    Msg::FrEfficiencyTaken.text(lang).to_string(),
                ),
                RowKind::ForvaltningSumma => ("forvaltning", r.label),
                RowKind::SumOnly => ("forvaltning sum-only", r.label),
                RowKind::GroupSumma => ("total group", r.label),
                RowKind::NamndSumma => ("total namnd", r.label),
                RowKind::RegionSumma if r.summed.contains(&true) => (
                    "total region",
                    format!(
                        "{} {}",
                        Msg::FrRegionTotal.text(lang),
                        Msg::FrRegionSummedMark.text(lang)
                    ),
                ),
                RowKind::RegionSumma => ("total region", Msg::FrRegionTotal.text(lang).to_string()),
            };
            let heading = matches!(r.kind, RowKind::NamndHeading | RowKind::GroupHeading);
            let cells = if heading {
                Vec::new()
            } else {
                let region = r.kind == RowKind::RegionSumma;
                columns
                    .iter()
                    .enumerate()
                    .zip(&r.figures)
                    .flat_map(|((i, c), f)| {
                        let said = if r.stated_differs[i] {
                            Said::StatedDiffers
                        } else if region && r.summed[i] {
                            Said::Summed
                        } else {
                            Said::AsIs
                        };
                        cells(f, said, c, unit, lang)
                    })
                    .collect()
            };
            Row {
                kind: r.kind,
                class,
                namnd: r.namnd,
                forvaltning: r.forvaltning,
                label,
                cells,
            }
        })
        .collect();
    TableView {
        unit,
        legend: legend_of(frames, &columns, lang),
        columns,
        rows,
    }
}

/// The table for CSV and Excel: a column per cell the page shows, headed
/// `2026 beslutad`, `2029 beräknad`.
pub fn export(title: &str, frames: &Frames, lang: Lang) -> ExportTable {
    let view = table(frames, lang);
    let mut headers = vec![Msg::FrExportLabel.text(lang).to_string()];
    for c in &view.columns {
        for h in c.headings(lang) {
            headers.push(format!("{} {h}", c.year));
        }
    }
    ExportTable {
        title: title.to_string(),
        headers,
        rows: view
            .rows
            .iter()
            .map(|r| ExportRow {
                // Nämnd and förvaltning travel in the label column, joined,
                // so every figure column lines up with a year.
                label: [r.namnd.as_str(), r.forvaltning.as_str(), r.label.as_str()]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .fold(Vec::<&str>::new(), |mut acc, s| {
                        if acc.last() != Some(s) {
                            acc.push(s);
                        }
                        acc
                    })
                    .join(" / "),
                values: r.cells.iter().map(|c| c.value.map(|m| m.0)).collect(),
            })
            .collect(),
    }
}

/// How the rules reproduce the decided years, in one sentence, with what
/// differs listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReproductionView {
    pub sentence: String,
    /// True when every figure agrees.
    pub exact: bool,
    /// `Exempelsjukhuset Drift 2027: beslutad 882 353, beräknad 882 000`.
    pub differences: Vec<String>,
}

pub fn reproduction(frames: &Frames, lang: Lang) -> Option<ReproductionView> {
    let r: Reproduction = frames.reproduction()?;
    let unit = frames.unit;
    let years = span(&r.years);
    let base = frames.base.to_string();
    let compared = r.compared.to_string();
    let exact = r.differences.is_empty();
    let sentence = if exact {
        Msg::FrReproduced.fill(
            lang,
            &[("base", &base), ("years", &years), ("n", &compared)],
        )
    } else {
        Msg::FrReproducedNot.fill(
            lang,
            &[
                ("base", &base),
                ("years", &years),
                ("n", &compared),
                ("k", &r.differences.len().to_string()),
            ],
        )
    };
    Some(ReproductionView {
        sentence,
        exact,
        differences: r
            .differences
            .iter()
            .map(|d| {
                Msg::FrDifference.fill(
                    lang,
                    &[
                        ("label", &d.label),
                        ("year", &d.year.to_string()),
                        ("decided", &amount(d.decided, unit)),
                        ("computed", &amount(d.computed, unit)),
                    ],
                )
            })
            .collect(),
    })
}

/// A table of amounts per nämnd and plan year, with the region's total.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerNamnd {
    pub years: Vec<i32>,
    /// (nämnd, amounts), then the region's total last.
    pub rows: Vec<(String, Vec<String>)>,
    /// What the figures are and how they were reached.
    pub note: String,
}

fn per_namnd(
    frames: &Frames,
    of: impl Fn(Option<&crate::frames::compute::NamndFrames>) -> Vec<Money>,
    note: String,
    lang: Lang,
) -> PerNamnd {
    let unit = frames.unit;
    let text = |v: Vec<Money>| v.into_iter().map(|m| amount(m, unit)).collect();
    let mut rows: Vec<(String, Vec<String>)> = frames
        .namnder
        .iter()
        .filter(|n| !n.forvaltningar.is_empty())
        .map(|n| (n.name.clone(), text(of(Some(n)))))
        .collect();
    rows.push((Msg::FrRegionTotal.text(lang).to_string(), text(of(None))));
    PerNamnd {
        years: frames.years.clone(),
        rows,
        note,
    }
}

/// The efficiency requirement per nämnd and year, with what it is a share
/// of, whether it compounds and whether it is taken off the frames.
pub fn efficiency(
    frames: &Frames,
    rules: &crate::frames::rules::Efficiency,
    lang: Lang,
) -> Option<PerNamnd> {
    if rules.rates.iter().all(|r| r.percent.0.is_zero()) {
        return None;
    }
    let categories = rules
        .categories
        .iter()
        .map(|c| c.label())
        .collect::<Vec<_>>()
        .join(", ");
    let mut note = Msg::FrEfficiencyNote.fill(lang, &[("categories", &categories)]);
    for (on, msg) in [
        (rules.compound, Msg::FrEfficiencyCompounded),
        (!rules.compound, Msg::FrEfficiencyNotCompounded),
        (rules.deduct, Msg::FrEfficiencyDeducted),
        (!rules.deduct, Msg::FrEfficiencyNotDeducted),
    ] {
        if on {
            note.push(' ');
            note.push_str(msg.text(lang));
        }
    }
    if !rules.exempt.is_empty() {
        note.push(' ');
        note.push_str(&Msg::FrExempt.fill(lang, &[("names", &rules.exempt.join(", "))]));
    }
    Some(per_namnd(
        frames,
        |n| frames.efficiency_totals(n).to_vec(),
        note,
        lang,
    ))
}

/// The central wage pot per nämnd and year.
pub fn wage_pot(
    frames: &Frames,
    rules: &crate::frames::rules::WagePot,
    lang: Lang,
) -> Option<PerNamnd> {
    if rules.rates.iter().all(|r| r.percent.0.is_zero()) {
        return None;
    }
    let first = frames.years.first().copied().unwrap_or_default();
    let mut note = Msg::FrWagePotNote.fill(
        lang,
        &[
            ("level", &(first - 1).to_string()),
            ("first", &first.to_string()),
        ],
    );
    if !rules.exempt.is_empty() {
        note.push(' ');
        note.push_str(&Msg::FrExempt.fill(lang, &[("names", &rules.exempt.join(", "))]));
    }
    Some(per_namnd(
        frames,
        |n| frames.wage_pot_totals(n).to_vec(),
        note,
        lang,
    ))
}

/// The import's findings, folded under a count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingsView {
    /// `Anmärkningar i ramtabellen (16, varav 2 att kontrollera)`, or
    /// `Noteringar i ramtabellen (7; inga fel)` when all are notes.
    pub summary: String,
    /// Open at first when there are few warnings to read.
    pub open: bool,
    /// (cell, text, CSS class), warnings first.
    pub items: Vec<(String, String, &'static str)>,
}

/// Open at first when there are at most this many findings and one of
/// them is a warning.
const OPEN_FINDINGS: usize = 5;

pub fn findings(list: &[Finding], lang: Lang) -> Option<FindingsView> {
    if list.is_empty() {
        return None;
    }
    let warnings = list
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    let total = list.len().to_string();
    // Notes alone (rounding, a Summa named otherwise) are nothing to check.
    let summary = match warnings {
        0 => Msg::FrFindingsNotes.fill(lang, &[("total", &total)]),
        w => Msg::FrFindingsCount.fill(lang, &[("total", &total), ("w", &w.to_string())]),
    };
    let mut items: Vec<&Finding> = list.iter().collect();
    items.sort_by_key(|f| std::cmp::Reverse(f.severity));
    Some(FindingsView {
        summary,
        open: warnings > 0 && list.len() <= OPEN_FINDINGS,
        items: items
            .into_iter()
            .map(|f| {
                let class = match f.severity {
                    Severity::Warning | Severity::Error => "warn",
                    Severity::Info => "info",
                };
                (f.cell_name().unwrap_or_default(), f.text(lang), class)
            })
            .collect(),
    })
}

/// One row of the changes table: a decided change (with its index in the
/// rules, to remove it) or the total of a förvaltning's changes to one
/// category.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeRow {
    pub label: String,
    /// The change's index in [`crate::frames::rules::Rules::changes`];
    /// `None` on a total row.
    pub index: Option<usize>,
    /// Its effect per plan year (`–` where the decided figures hold it).
    pub cells: Vec<String>,
}

/// The decided changes with their effect in every plan year written out,
/// each förvaltning's changes to a category followed by their total when
/// there are several: "20 mnkr 2026 and a further 20 mnkr 2027" reads
/// −20 / −40 / −40.
pub fn changes(
    rules: &crate::frames::rules::Rules,
    plan: &crate::frames::rules::Plan,
    unit: AmountScale,
    lang: Lang,
) -> Vec<ChangeRow> {
    let years: Vec<i32> = plan.horizon().collect();
    let dec = decimals(unit);
    let cell = |applies: bool, m: Money| {
        if applies {
            amount(m, unit)
        } else {
            super::DASH.to_string()
        }
    };
    let mut groups: Vec<(&str, crate::frames::model::Category)> = Vec::new();
    for c in &rules.changes {
        if !groups.contains(&(c.forvaltning.as_str(), c.category)) {
            groups.push((c.forvaltning.as_str(), c.category));
        }
    }
    let mut rows = Vec::new();
    for (forvaltning, category) in groups {
        let members: Vec<(usize, &crate::frames::rules::FrameChange)> = rules
            .changes
            .iter()
            .enumerate()
            .filter(|(_, c)| c.forvaltning == forvaltning && c.category == category)
            .collect();
        for &(i, c) in &members {
            // A change up to the base year is in the decided figures.
            let in_base = !plan.computes(c.year);
            let mut label = format!(
                "{forvaltning} · {} {} {} {}",
                c.kind.msg().text(lang),
                category.label().to_lowercase(),
                c.year,
                format::signed_amount(c.effect().0, dec),
            );
            if !c.note.is_empty() {
                label.push_str(&format!(" ({})", c.note));
            }
            if in_base {
                label.push_str(&format!(" – {}", Msg::FrChangeInBase.text(lang)));
            }
            rows.push(ChangeRow {
                label,
                index: Some(i),
                cells: years
                    .iter()
                    .map(|&y| cell(!in_base && plan.computes(y), c.effect_in(y)))
                    .collect(),
            });
        }
        if members.len() > 1 {
            rows.push(ChangeRow {
                label: format!("Summa {forvaltning} · {}", category.label().to_lowercase()),
                index: None,
                cells: years
                    .iter()
                    .map(|&y| {
                        let total: Money = members
                            .iter()
                            .filter(|(_, c)| plan.computes(c.year))
                            .map(|(_, c)| c.effect_in(y))
                            .sum();
                        cell(plan.computes(y), total)
                    })
                    .collect(),
            });
        }
    }
    rows
}
