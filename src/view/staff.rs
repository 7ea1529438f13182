//! The staff beside the money: key figures for a förvaltning, a nämnd or
//! the region (årsarbetare and their change, sick leave against the
//! previous year, övertid + mertid, inhyrd personal as a share of the own
//! staff cost), and each HR table as printed with its rounding notes and
//! warnings at their cells.
//!
//! The stated figures are shown; what the app adds (several förvaltningar,
//! övertid + mertid) is marked computed. Percentages are never added: sick
//! leave is shown per förvaltning.
//!
//! Scope: `codes` as in [`crate::view::goals`].

use crate::format;
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::Group;
use crate::i18n::{Lang, Msg};
use crate::quarterly::{in_scope, Quarterly};
use crate::staff::agency::{agency_share, AgencyShare};
use crate::staff::check::{differences, sum, RowAt};
use crate::staff::combine::{overall, Overall};
use crate::staff::model::{Block, Sex, StaffReport, StaffRow, StaffTable, TableKind};
use rust_decimal::Decimal;

/// One key figure: now, before, the change, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFigure {
    /// `150,4`, `5,4 %`.
    pub value: String,
    pub earlier: String,
    /// Signed: `+9,4`, `−0,6` (percentage points for a percentage).
    pub change: String,
    /// The exact later figure, for sorting and export.
    pub exact: Option<Decimal>,
    /// True when the app added it up (several förvaltningar, övertid +
    /// mertid); false for the HR system's own figure.
    pub computed: bool,
    /// The earlier and later period ("jan-jun 2023", "jan-jun 2024").
    pub periods: [String; 2],
}

/// Sick leave of one förvaltning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitFigure {
    pub unit: String,
    pub figure: KeyFigure,
}

/// Inhyrd personal against the own staff cost.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgencyView {
    /// `1,4 %`.
    pub share: String,
    /// `646 tkr`, `45 720 tkr`.
    pub agency: String,
    pub own: String,
    /// The same share a year before, when the FR1 states it.
    pub previous: Option<String>,
    /// Above the national goal of 2 %: the page flags it.
    pub above_goal: bool,
    pub exact: Option<Decimal>,
}

/// The key figures of a scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffKeyFigures {
    pub worked: Option<KeyFigure>,
    pub employees: Option<KeyFigure>,
    /// Per förvaltning; never added.
    pub sick_leave: Vec<UnitFigure>,
    /// True when several förvaltningar are shown: their sick leave needs
    /// hours to combine, which the extract does not carry.
    pub sick_leave_per_unit: bool,
    pub overtime_and_extra: Option<KeyFigure>,
    pub agency: Option<AgencyView>,
    /// The board summary's staff line.
    pub line: String,
}

fn key_figure(o: &Overall, kind: TableKind, periods: [String; 2]) -> KeyFigure {
    let d = kind.decimals();
    let shown = |v: Option<Decimal>| match v {
        Some(v) if kind.is_percent() => {
            format!("{}{}%", format::amount(v, d), format::THOUSANDS_SEP)
        }
        Some(v) => format::amount(v, d),
        None => super::DASH.to_string(),
    };
    KeyFigure {
        value: shown(o.get(Block::Later)),
        earlier: shown(o.get(Block::Earlier)),
        change: o
            .get(Block::Change)
            .map_or_else(|| super::DASH.to_string(), |c| format::signed_amount(c, d)),
        exact: o.get(Block::Later),
        computed: o.computed,
        periods,
    }
}

fn periods_of(reports: &[&StaffReport], kind: TableKind) -> [String; 2] {
    reports
        .iter()
        .find_map(|r| r.table(kind))
        .map(|t| t.periods.clone())
        .unwrap_or_default()
}

fn figure(reports: &[&StaffReport], kind: TableKind) -> Option<KeyFigure> {
    overall(reports, kind).map(|o| key_figure(&o, kind, periods_of(reports, kind)))
}

/// The latest report (with an Utfall) of each förvaltning among `codes`.
fn latest_reports<'a>(reports: &'a [Fr1Report], codes: Option<&[String]>) -> Vec<&'a Fr1Report> {
    let mut latest: Vec<&Fr1Report> = Vec::new();
    for r in reports.iter().filter(|r| r.utfall.is_some()) {
        let code = r.meta.unit_id.as_ref().map(|u| u.code.trim());
        if code.is_none() || !in_scope(code, codes) {
            continue;
        }
        match latest
            .iter_mut()
            .find(|l| l.meta.unit_id.as_ref().map(|u| u.code.trim()) == code)
        {
            Some(l) if l.meta.period < r.meta.period => *l = r,
            Some(_) => {}
            None => latest.push(r),
        }
    }
    latest
}

fn agency_view(reports: &[&Fr1Report]) -> Option<AgencyView> {
    let now = agency_share(reports.iter().copied(), Group::Actual)?;
    let pct = |s: &AgencyShare| {
        s.percent()
            .map(|p| format!("{}{}%", format::amount(p, 1), format::THOUSANDS_SEP))
    };
    let tkr =
        |m: crate::money::Money| format!("{}{}tkr", format::amount(m.0, 0), format::THOUSANDS_SEP);
    Some(AgencyView {
        share: pct(&now).unwrap_or_else(|| super::DASH.to_string()),
        agency: tkr(now.agency),
        own: tkr(now.own),
        previous: agency_share(reports.iter().copied(), Group::PreviousYear)
            .as_ref()
            .and_then(pct),
        above_goal: now.above_goal(),
        exact: now.percent(),
    })
}

/// The key figures of the förvaltningar `codes` (all when `None`); `None`
/// when neither an HR extract nor an FR1 with Inhyrda is in scope.
pub fn staff_key_figures(
    q: &Quarterly,
    reports: &[Fr1Report],
    codes: Option<&[String]>,
    lang: Lang,
) -> Option<StaffKeyFigures> {
    let staff = q.staff_of(codes);
    let fr1 = latest_reports(reports, codes);
    let agency = agency_view(&fr1);
    if staff.is_empty() && agency.is_none() {
        return None;
    }
    let sick_leave: Vec<UnitFigure> = staff
        .iter()
        .filter_map(|r| {
            Some(UnitFigure {
                unit: r.unit.as_ref().map(|u| u.label()).unwrap_or_default(),
                figure: figure(&[r], TableKind::SickLeave)?,
            })
        })
        .collect();
    let overtime_and_extra = overall(&staff, TableKind::Overtime)
        .zip(overall(&staff, TableKind::ExtraTime))
        .map(|(a, b)| {
            let both = Overall {
                figures: Block::ALL.map(|bl| sum([a.get(bl), b.get(bl)])),
                computed: true,
            };
            key_figure(
                &both,
                TableKind::Overtime,
                periods_of(&staff, TableKind::Overtime),
            )
        });
    let worked = figure(&staff, TableKind::WorkedTime);
    let mut line = Vec::new();
    if let Some(w) = &worked {
        line.push(Msg::StaffLineWorked.fill(lang, &[("n", &w.value), ("change", &w.change)]));
    }
    // The line speaks for its whole scope: one förvaltning's sick leave is
    // not the region's (percentages are never added or borrowed).
    if let ([one], 1) = (sick_leave.as_slice(), staff.len()) {
        line.push(Msg::StaffLineSick.fill(
            lang,
            &[("now", &one.figure.value), ("before", &one.figure.earlier)],
        ));
    }
    if let Some(a) = &agency {
        line.push(Msg::StaffLineAgency.fill(lang, &[("share", &a.share)]));
    }
    Some(StaffKeyFigures {
        worked,
        employees: figure(&staff, TableKind::Employees),
        sick_leave_per_unit: staff.len() > 1,
        sick_leave,
        overtime_and_extra,
        agency,
        line: line.join("; "),
    })
}

/// One cell of an HR table as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffCell {
    /// The stated figure: `17,8`, `5,4 %`, `–`.
    pub text: String,
    /// The app's derivation where it differs: a rounding note or a warning.
    pub note: Option<CellNote>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellNote {
    /// The derived figure, formatted like the stated one.
    pub derived: String,
    /// True for rounding (a note), false for more (a warning).
    pub rounding: bool,
}

/// One row: its label and nine cells (earlier, later, change × Kvinna,
/// Man, Total).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffRowView {
    pub label: String,
    pub cells: Vec<StaffCell>,
}

/// One HR table as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffTableView {
    pub kind: TableKind,
    pub title: String,
    /// Earlier, later, Förändring.
    pub blocks: [String; 3],
    /// Kvinna, Man, Total in `lang`.
    pub sexes: [String; 3],
    pub rows: Vec<StaffRowView>,
    pub total: Option<StaffRowView>,
    /// Said when a table that adds up has no Total row.
    pub no_total: Option<String>,
}

/// Every table of `report`, in the extract's order.
pub fn staff_tables(report: &StaffReport, lang: Lang) -> Vec<StaffTableView> {
    report.tables.iter().map(|t| table_view(t, lang)).collect()
}

fn table_view(t: &StaffTable, lang: Lang) -> StaffTableView {
    let d = t.kind.decimals();
    let shown = |v: Option<Decimal>, block: Block| match v {
        None => super::DASH.to_string(),
        Some(v) => {
            let n = if block == Block::Change {
                format::signed_amount(v, d)
            } else {
                format::amount(v, d)
            };
            if t.kind.is_percent() {
                format!("{n}{}%", format::THOUSANDS_SEP)
            } else {
                n
            }
        }
    };
    let diffs = differences(t);
    let row_view = |at: RowAt, row: &StaffRow| StaffRowView {
        label: row.label.clone(),
        cells: Block::ALL
            .into_iter()
            .flat_map(|b| Sex::ALL.map(|s| (b, s)))
            .map(|(b, s)| StaffCell {
                text: shown(row.get(b, s), b),
                note: diffs
                    .iter()
                    .find(|x| x.row == at && x.block == b && x.sex == s)
                    .map(|x| CellNote {
                        derived: shown(Some(x.derived), b),
                        rounding: x.rounding,
                    }),
            })
            .collect(),
    };
    StaffTableView {
        kind: t.kind,
        title: t.title.clone(),
        blocks: [
            t.periods[0].clone(),
            t.periods[1].clone(),
            Msg::StaffChange.text(lang).to_string(),
        ],
        sexes: Sex::ALL.map(|s| s.name(lang).to_string()),
        rows: t
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| row_view(RowAt::Row(i), r))
            .collect(),
        total: t.total.as_ref().map(|r| row_view(RowAt::Total, r)),
        no_total: (t.total.is_none() && t.kind.adds_up())
            .then(|| Msg::StaffNoTotalNote.text(lang).to_string()),
    }
}
