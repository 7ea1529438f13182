//! The one check of a state that came through a door — a share link, a
//! `.budgetkoll` file or the browser's storage — before anything computes
//! with it.
//!
//! The importer bounds what it reads from a spreadsheet (amounts within
//! [`MAX_ABS_AMOUNT`], years, months), and the engine relies on that: its
//! sums use the plain operators. A link is written by whoever sent it, so
//! everything it carries is held to the same bounds here, and every list to a
//! count cap from [`crate::import::limits`]. A state that breaks one is
//! refused whole, with a sentence naming what and where
//! (`rapport 3 (FR1_42.xlsx), Utfall, Drift, Externt, …`); nothing of it is
//! shown.
//!
//! The bounds are those of what the app itself can produce (a typed amount
//! is read with the importer's parser, so it is within the same bound): a
//! state the app saved always passes. Percentages and horizons are only held
//! to the amount bound; the frames engine refuses unreasonable rules itself
//! ([`crate::frames::rules::Rules::check`], the balance inputs' check), with
//! a message, and without arithmetic.
//!
//! This is the only check of a decoded state: the wire conversions in
//! [`super::state`] only count a list before they look names up in it, and
//! bound the two figures a format-2 measure target is derived from.
//!
//! Adding a field to [`SharedState`]: check it in [`validate`] (amounts with
//! [`Check::amount`], years with [`Check::year`], lists with
//! [`Check::count`], texts with [`Check::text`]).

use super::SharedState;
use crate::engine::consolidation::Grouping;
use crate::engine::consolidation::GroupingError;
use crate::engine::measures::MeasurePlan;
use crate::explain::model::{Explanation, Owner, Topic};
use crate::finance::model::{FinanceRow, FinanceTable};
use crate::finding::{Finding, FindingKind};
use crate::format;
use crate::fr1::model::UnitId;
use crate::fr1::model::{Fr1Report, Fr1Table, Period};
use crate::fr1::schema::{Group, Part, Report, Row};
use crate::frames::balance::{BalanceInputs, NamedLine, YearAmount};
use crate::frames::model::{Category, FrameTable, StatedSum};
use crate::frames::rules::{NonIndexedPortion, Rules, YearPercent};
use crate::frames::session::FramesSession;
use crate::goals::model::GoalSet;
use crate::i18n::{Lang, Msg};
use crate::import::limits::{
    MAX_ABS_AMOUNT, MAX_ABS_SUM, MAX_EXPLANATIONS, MAX_FINANCE_ROWS, MAX_FINANCE_TABLES,
    MAX_FINDINGS, MAX_MEASURES, MAX_NAMNDER, MAX_REPORTS, MAX_RULES, MAX_SCENARIOS, MAX_TEXT_CHARS,
    MAX_UNITS, YEARS,
};
use crate::import::limits::{
    MAX_GOAL_SETS, MAX_INDICATORS, MAX_ROWS, MAX_STAFF_REPORTS, MAX_STAFF_TABLES,
};
use crate::money::Money;
use crate::quarterly::Quarterly;
use crate::staff::model::StaffReport;
use core::fmt;
use rust_decimal::Decimal;

/// What is out of bounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// An amount (or percentage) larger in magnitude than [`MAX_ABS_AMOUNT`].
    Amount(Decimal),
    /// A derived sum larger in magnitude than [`MAX_ABS_SUM`].
    Sum(Decimal),
    /// A year outside [`YEARS`].
    Year(i32),
    /// A month outside 1–12.
    Month(u8),
    /// A list longer than its cap.
    TooMany { count: usize, max: usize },
    /// A text longer than [`MAX_TEXT_CHARS`].
    TooLong { chars: usize },
    /// Two nämnder that list the same förvaltning.
    Grouping(GroupingError),
    /// The scenario shown (counted from 1) is not among the `count`.
    ActiveScenario { shown: usize, count: usize },
    /// A frames session holding a finding only FR1 imports make.
    NotAFrameFinding,
}

impl Problem {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Problem::Amount(d) => Msg::BndAmount.fill(
                lang,
                &[
                    ("amount", &format::exact(*d)),
                    ("max", &format::amount(Decimal::from(MAX_ABS_AMOUNT), 0)),
                ],
            ),
            Problem::Sum(d) => Msg::BndSum.fill(
                lang,
                &[
                    ("amount", &format::exact(*d)),
                    (
                        "max",
                        &format::amount(Decimal::from_i128_with_scale(MAX_ABS_SUM, 0), 0),
                    ),
                ],
            ),
            Problem::Year(y) => Msg::BndYear.fill(
                lang,
                &[
                    ("year", &y.to_string()),
                    ("first", &YEARS.start().to_string()),
                    ("last", &YEARS.end().to_string()),
                ],
            ),
            Problem::Month(m) => Msg::BndMonth.fill(lang, &[("month", &m.to_string())]),
            Problem::TooMany { count, max } => Msg::BndTooMany.fill(
                lang,
                &[("count", &count.to_string()), ("max", &max.to_string())],
            ),
            Problem::TooLong { chars } => Msg::BndTooLong.fill(
                lang,
                &[
                    ("chars", &chars.to_string()),
                    ("max", &MAX_TEXT_CHARS.to_string()),
                ],
            ),
            // A sentence the message continues after: without its full stop.
            Problem::Grouping(e) => e.text(lang).trim_end_matches('.').to_string(),
            Problem::ActiveScenario { shown, count } => Msg::BndActiveScenario.fill(
                lang,
                &[("shown", &shown.to_string()), ("count", &count.to_string())],
            ),
            Problem::NotAFrameFinding => Msg::BndNotAFrameFinding.text(lang).to_string(),
        }
    }
}

/// One step on the way to what breaks a bound: `rapport 2 (FR1_42.xlsx)`,
/// then `Utfall`, then a cell. Named by the translation table, or by the
/// state itself (a nämnd's name, a line, a year).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A part of the state the table names: `rapporterna`.
    Field(Msg),
    /// A numbered entry, counted from 1, with its name from the state (the
    /// message holds `{n}`, and `{name}` when it shows one).
    Nth(Msg, usize, String),
    /// A part the table names after something in the state (the message
    /// holds `{name}`): `åtgärderna för 42`, `procentsatsen 2026`.
    Of(Msg, String),
    /// A name from the state itself, or a term of the FR1 form.
    Name(String),
    /// An FR1 cell, as the form names its row, part and column.
    Cell {
        row: Row,
        part: Part,
        group: Group,
        report: Report,
    },
}

impl From<Msg> for Step {
    fn from(m: Msg) -> Step {
        Step::Field(m)
    }
}

impl Step {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Step::Field(m) => m.text(lang).to_string(),
            Step::Nth(m, n, name) => m.fill(lang, &[("n", &n.to_string()), ("name", name)]),
            Step::Of(m, name) => m.fill(lang, &[("name", name)]),
            Step::Name(name) => name.clone(),
            Step::Cell {
                row,
                part,
                group,
                report,
            } => format!(
                "{}, {}, {}",
                row.full_label(),
                part.label(),
                group.short_name(*report)
            ),
        }
    }
}

/// A bound the state breaks, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// Where: `rapport 2 (FR1_42.xlsx), Utfall, Drift, Externt, Budget ackumulerat`.
    pub place: Vec<Step>,
    pub problem: Problem,
}

impl Invalid {
    /// The place, its steps joined by commas.
    pub fn place_text(&self, lang: Lang) -> String {
        let steps: Vec<String> = self.place.iter().map(|s| s.text(lang)).collect();
        steps.join(", ")
    }

    pub fn text(&self, lang: Lang) -> String {
        let problem = self.problem.text(lang);
        match self.place_text(lang) {
            place if place.is_empty() => problem,
            place => format!("{place}: {problem}"),
        }
    }
}

/// In Swedish, for logs and tests; the page uses [`Invalid::text`].
impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for Invalid {}

/// Checks every bound of `state`; the first breach found is the error.
pub fn validate(state: &SharedState) -> Result<(), Invalid> {
    let c = Check::root();
    c.count(Msg::AtReports, state.reports.len(), MAX_REPORTS)?;
    for (i, r) in state.reports.iter().enumerate() {
        report(
            &c.at(Step::Nth(Msg::AtReport, i + 1, shorten(&r.source))),
            r,
        )?;
    }
    if let Some(g) = &state.grouping {
        grouping(&c.at(Msg::AtNamnder), g)?;
    }
    measures(&c, &state.measures)?;
    c.count(
        Msg::AtFinanceTables,
        state.finance.len(),
        MAX_FINANCE_TABLES,
    )?;
    for (i, t) in state.finance.iter().enumerate() {
        finance(
            &c.at(Step::Nth(Msg::AtFinanceTable, i + 1, shorten(&t.source))),
            t,
        )?;
    }
    c.count(Msg::AtProfiles, state.profiles.len(), MAX_UNITS)?;
    for (code, text) in &state.profiles {
        let p = c.at(Step::Of(Msg::AtProfileOf, shorten(code)));
        p.text(Msg::AtCode, code)?;
        p.text(Msg::AtProfile, text)?;
    }
    if let Some(f) = &state.frames {
        frames(&c.at(Msg::AtFrames), f)?;
    }
    quarterly(&c, &state.quarterly)?;
    explanations(&c, &state.explanations)
}

/// Where the check is, and the checks themselves.
pub struct Check {
    place: Vec<Step>,
}

impl Check {
    /// The check of a whole state.
    pub fn root() -> Check {
        Check { place: Vec::new() }
    }

    /// A check one level further in (`rapport 2`, then `Utfall`, …).
    pub fn at(&self, step: impl Into<Step>) -> Check {
        let mut place = self.place.clone();
        place.push(step.into());
        Check { place }
    }

    fn fail(&self, what: Option<Step>, problem: Problem) -> Invalid {
        let mut place = self.place.clone();
        place.extend(what);
        Invalid { place, problem }
    }

    /// A list of `count` entries, at most `max`.
    pub fn count(&self, what: impl Into<Step>, count: usize, max: usize) -> Result<(), Invalid> {
        if count > max {
            return Err(self.fail(Some(what.into()), Problem::TooMany { count, max }));
        }
        Ok(())
    }

    /// An amount (or a typed percentage) within [`MAX_ABS_AMOUNT`].
    pub fn amount(&self, what: impl Into<Step>, m: Money) -> Result<(), Invalid> {
        if m.0.abs() > Decimal::from(MAX_ABS_AMOUNT) {
            return Err(self.fail(Some(what.into()), Problem::Amount(m.0)));
        }
        Ok(())
    }

    /// A figure derived from bounded amounts, within [`MAX_ABS_SUM`].
    pub fn sum(&self, what: impl Into<Step>, d: Decimal) -> Result<(), Invalid> {
        if d.abs() > Decimal::from_i128_with_scale(MAX_ABS_SUM, 0) {
            return Err(self.fail(Some(what.into()), Problem::Sum(d)));
        }
        Ok(())
    }

    /// A year within [`YEARS`].
    pub fn year(&self, what: impl Into<Step>, year: i32) -> Result<(), Invalid> {
        if !YEARS.contains(&year) {
            return Err(self.fail(Some(what.into()), Problem::Year(year)));
        }
        Ok(())
    }

    /// A month 1–12.
    pub fn month(&self, what: impl Into<Step>, month: u8) -> Result<(), Invalid> {
        if !(1..=12).contains(&month) {
            return Err(self.fail(Some(what.into()), Problem::Month(month)));
        }
        Ok(())
    }

    /// A text within [`MAX_TEXT_CHARS`].
    pub fn text(&self, what: impl Into<Step>, text: &str) -> Result<(), Invalid> {
        // A char is at most four bytes: short texts need no counting.
        if text.len() > MAX_TEXT_CHARS {
            let chars = text.chars().count();
            if chars > MAX_TEXT_CHARS {
                return Err(self.fail(Some(what.into()), Problem::TooLong { chars }));
            }
        }
        Ok(())
    }

    /// A problem with what the check is at as a whole.
    fn here(&self, problem: Problem) -> Invalid {
        self.fail(None, problem)
    }
}

/// The first 40 characters of an untrusted name, for a message.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

fn report(c: &Check, r: &Fr1Report) -> Result<(), Invalid> {
    c.text(Msg::AtFileName, &r.source)?;
    let m = &r.meta;
    for (what, text) in [
        (Msg::AtOrganisation, &m.organisation),
        (Msg::AtFilledBy, &m.filled_by),
        (Msg::AtDate, &m.date),
    ] {
        if let Some(t) = text {
            c.text(what, t)?;
        }
    }
    if let Some(id) = &m.unit_id {
        c.text(Msg::AtUnitCode, &id.code)?;
        c.text(Msg::AtUnitName, &id.name)?;
    }
    if let Some(p) = m.period {
        period(c, p)?;
    }
    for table in [&r.utfall, &r.prognos].into_iter().flatten() {
        fr1_table(
            &c.at(Step::Name(table.report.sheet_name().to_string())),
            table,
        )?;
    }
    Ok(())
}

fn fr1_table(c: &Check, t: &Fr1Table) -> Result<(), Invalid> {
    for row in Row::ALL {
        for group in Group::ALL {
            for part in Part::ALL {
                let Some(m) = t.get(row, group, part) else {
                    continue;
                };
                if m.0.abs() > Decimal::from(MAX_ABS_AMOUNT) {
                    let cell = Step::Cell {
                        row,
                        part,
                        group,
                        report: t.report,
                    };
                    return c.amount(cell, m);
                }
            }
        }
    }
    Ok(())
}

fn period(c: &Check, p: Period) -> Result<(), Invalid> {
    c.year(Msg::AtPeriod, p.year)?;
    c.month(Msg::AtPeriod, p.month)
}

fn finance(c: &Check, t: &FinanceTable) -> Result<(), Invalid> {
    c.text(Msg::AtFileName, &t.source)?;
    if let Some(o) = &t.organisation {
        c.text(Msg::AtOrganisation, o)?;
    }
    if let Some(p) = t.period {
        period(c, p)?;
    }
    c.count(Msg::AtRows, t.rows.len(), MAX_FINANCE_ROWS)?;
    for row in t.rows.iter().chain(&t.total) {
        finance_row(&c.at(Step::Name(shorten(&row.label))), row)?;
    }
    Ok(())
}

fn finance_row(c: &Check, row: &FinanceRow) -> Result<(), Invalid> {
    c.text(Msg::AtText, &row.label)?;
    for (what, figure) in [
        (Msg::AtActualYtd, row.ytd.actual),
        (Msg::AtBudgetYtd, row.ytd.budget),
        (Msg::AtVarianceYtd, row.ytd.variance),
        (Msg::AtActualYear, row.year.actual),
        (Msg::AtBudgetYear, row.year.budget),
        (Msg::AtVarianceYear, row.year.variance),
    ] {
        if let Some(m) = figure {
            c.amount(what, m)?;
        }
    }
    Ok(())
}

fn grouping(c: &Check, g: &Grouping) -> Result<(), Invalid> {
    c.text(Msg::AtRegionName, &g.region)?;
    let count = g.namnder.len();
    if count > MAX_NAMNDER {
        return Err(c.here(Problem::TooMany {
            count,
            max: MAX_NAMNDER,
        }));
    }
    let units: usize = g.namnder.iter().map(|n| n.units.len()).sum();
    c.count(Msg::AtUnits, units, MAX_UNITS)?;
    for n in &g.namnder {
        c.text(Msg::AtNamndName, &n.name)?;
        for u in &n.units {
            c.text(Msg::AtAUnitCode, u)?;
        }
    }
    g.validate().map_err(|e| c.here(Problem::Grouping(e)))
}

fn measures(c: &Check, plans: &[MeasurePlan]) -> Result<(), Invalid> {
    c.count(Msg::AtMeasurePlans, plans.len(), MAX_UNITS)?;
    let total: usize = plans.iter().map(|p| p.measures.len()).sum();
    c.count(Msg::AtMeasures, total, MAX_MEASURES)?;
    for p in plans {
        let c = c.at(Step::Of(Msg::AtMeasuresOf, shorten(&p.unit_code)));
        c.text(Msg::AtUnitCode, &p.unit_code)?;
        c.amount(Msg::AtTarget, p.target)?;
        for (i, m) in p.measures.iter().enumerate() {
            let c = c.at(Step::Nth(Msg::AtMeasure, i + 1, String::new()));
            c.text(Msg::AtText, &m.text)?;
            c.text(Msg::AtDecision, &m.decision)?;
            c.amount(Msg::AtEffect, m.effect)?;
            if let Some(month) = m.start_month {
                c.month(Msg::AtStartMonth, month)?;
            }
        }
    }
    Ok(())
}

fn explanations(c: &Check, all: &[Explanation]) -> Result<(), Invalid> {
    c.count(Msg::AtExplanations, all.len(), MAX_EXPLANATIONS)?;
    for (i, e) in all.iter().enumerate() {
        let c = c.at(Step::Nth(Msg::AtExplanation, i + 1, String::new()));
        if let Owner::Unit(id) = &e.owner {
            c.text(Msg::AtUnitCode, &id.code)?;
            c.text(Msg::AtUnitName, &id.name)?;
        }
        period(&c, e.period)?;
        match &e.topic {
            Topic::General | Topic::Row(_) => {}
            Topic::Account { code, name } => {
                c.text(Msg::AtCode, code)?;
                c.text(Msg::AtName, name)?;
            }
            Topic::FinanceLine(label) => c.text(Msg::AtLine, label)?,
        }
        if let Some(m) = e.amount {
            c.amount(Msg::AtAmount, m)?;
        }
        c.text(Msg::AtText, &e.text)?;
    }
    Ok(())
}

fn frames(c: &Check, f: &FramesSession) -> Result<(), Invalid> {
    c.text(Msg::AtSource, &f.source)?;
    frame_table(c, &f.table)?;
    c.count(Msg::AtFindings, f.findings.len(), MAX_FINDINGS)?;
    for (i, finding) in f.findings.iter().enumerate() {
        frame_finding(
            &c.at(Step::Nth(Msg::AtFinding, i + 1, String::new())),
            finding,
        )?;
    }
    c.year(Msg::AtPlanFirst, f.plan.first)?;
    c.year(Msg::AtBaseYear, f.plan.base)?;
    c.count(Msg::AtScenarios, f.scenarios.len(), MAX_SCENARIOS)?;
    if f.scenarios.get(f.active).is_none() {
        return Err(c.here(Problem::ActiveScenario {
            shown: f.active.saturating_add(1),
            count: f.scenarios.len(),
        }));
    }
    for (i, s) in f.scenarios.iter().enumerate() {
        let c = c.at(Step::Nth(Msg::AtScenario, i + 1, shorten(&s.name)));
        c.text(Msg::AtName, &s.name)?;
        rules(&c, &s.rules)?;
        if let Some(b) = &s.balance {
            balance(&c.at(Msg::AtBalance), b)?;
        }
    }
    Ok(())
}

fn frame_table(c: &Check, t: &FrameTable) -> Result<(), Invalid> {
    c.count(Msg::AtYears, t.years.len(), MAX_RULES)?;
    for &year in &t.years {
        c.year(Msg::AtDecidedYear, year)?;
    }
    stated_sums(&c.at(Msg::AtRegionSum), &t.stated)?;
    c.count(Msg::AtNamnder, t.namnder.len(), MAX_NAMNDER)?;
    c.count(Msg::AtUnits, t.forvaltningar().count(), MAX_UNITS)?;
    let groups: usize = t.namnder.iter().map(|n| n.groups.len()).sum();
    c.count(Msg::AtGroups, groups, MAX_UNITS)?;
    let lines: usize = t.forvaltningar().map(|(_, f)| f.lines.len()).sum();
    c.count(Msg::AtRows, lines, MAX_UNITS * Category::COUNT)?;
    for n in &t.namnder {
        let c = c.at(Step::Name(shorten(&n.name)));
        c.text(Msg::AtName, &n.name)?;
        stated_sums(&c, &n.stated)?;
        for g in &n.groups {
            let c = c.at(Step::Name(shorten(&g.name)));
            c.text(Msg::AtName, &g.name)?;
            stated_sums(&c, &g.stated)?;
        }
        for f in &n.forvaltningar {
            let c = c.at(Step::Name(shorten(&f.name)));
            c.text(Msg::AtName, &f.name)?;
            if let Some(g) = &f.group {
                c.text(Msg::AtGroup, g)?;
            }
            stated_sums(&c, &f.stated)?;
            for line in &f.lines {
                let c = c.at(Step::Name(shorten(line.name())));
                c.text(Msg::AtLineText, &line.label)?;
                year_amounts(&c, &line.decided)?;
            }
        }
    }
    Ok(())
}

fn stated_sums(c: &Check, sums: &[StatedSum]) -> Result<(), Invalid> {
    c.count(Msg::AtSums, sums.len(), MAX_RULES)?;
    for s in sums {
        c.text(Msg::AtSumCell, &s.cell)?;
        c.year(Msg::AtSumYear, s.year)?;
        c.amount(Step::Of(Msg::AtSumOf, s.year.to_string()), s.amount)?;
    }
    Ok(())
}

/// A finding is shown as a sentence that quotes its figures (and takes a
/// mismatch's difference), so they are bounded too: by [`MAX_ABS_SUM`],
/// as a Summa's derivation from its lines may be larger than one amount.
fn frame_finding(c: &Check, f: &Finding) -> Result<(), Invalid> {
    if let Some(cell) = &f.cell {
        c.text(Msg::AtCellSheet, &cell.sheet)?;
    }
    match &f.kind {
        FindingKind::NoUnit { sheet } | FindingKind::OtherUnit { sheet, .. } => {
            c.text(Msg::AtSheet, sheet)
        }
        FindingKind::DuplicateYear { year } => c.year(Msg::AtYear, *year),
        FindingKind::NotAnAmount { text, year } => {
            c.text(Msg::AtText, text)?;
            c.year(Msg::AtYear, *year)
        }
        FindingKind::UnknownRow { text } => c.text(Msg::AtText, text),
        FindingKind::NoForvaltning { line } => c.text(Msg::AtLine, line),
        FindingKind::DuplicateLine { line, forvaltning } => {
            c.text(Msg::AtLine, line)?;
            c.text(Msg::AtForvaltning, forvaltning)
        }
        FindingKind::SummaRounding {
            label, year, diff, ..
        } => {
            c.text(Msg::AtSumText, label)?;
            c.year(Msg::AtYear, *year)?;
            c.sum(Msg::AtDifference, *diff)
        }
        FindingKind::SummaMismatch {
            label,
            year,
            stated,
            derived,
            ..
        } => {
            c.text(Msg::AtSumText, label)?;
            c.year(Msg::AtYear, *year)?;
            c.sum(Msg::AtStatedSum, *stated)?;
            c.sum(Msg::AtDerivedSum, *derived)
        }
        FindingKind::SummaUnmatched { label } => c.text(Msg::AtSumText, label),
        FindingKind::SummaNameDiffers { label, closes } => {
            c.text(Msg::AtSumText, label)?;
            c.text(Msg::AtName, closes)
        }
        FindingKind::SummaTooLarge { label, year } => {
            c.text(Msg::AtSumText, label)?;
            c.year(Msg::AtYear, *year)
        }
        FindingKind::YearConflict {
            line,
            year,
            kept,
            other,
            sheet,
        } => {
            c.text(Msg::AtLine, line)?;
            c.year(Msg::AtYear, *year)?;
            c.sum(Msg::AtKept, *kept)?;
            c.sum(Msg::AtOtherAmount, *other)?;
            c.text(Msg::AtSheet, sheet)
        }
        _ => Err(c.here(Problem::NotAFrameFinding)),
    }
}

fn rules(c: &Check, r: &Rules) -> Result<(), Invalid> {
    let wage = &r.wage;
    let efficiency = &r.efficiency;
    for (what, len) in [
        (Msg::AtIndexations, r.indexation.len()),
        (Msg::AtExceptions, r.exceptions.len()),
        (Msg::AtNonIndexed, r.non_indexed.len()),
        (Msg::AtChanges, r.changes.len()),
        (Msg::AtWageExempt, wage.exempt.len()),
        (Msg::AtEfficiencyCategories, efficiency.categories.len()),
        (Msg::AtEfficiencyExempt, efficiency.exempt.len()),
    ] {
        c.count(what, len, MAX_RULES)?;
    }
    for i in &r.indexation {
        c.year(Msg::AtIndexation, i.year)?;
        c.amount(Msg::AtIndexationPercent, Money(i.percent.0))?;
    }
    for e in &r.exceptions {
        let c = c.at(Step::Of(Msg::AtExceptionOf, shorten(e.scope.name())));
        c.text(Msg::AtName, e.scope.name())?;
        year_percents(&c, &e.rates)?;
    }
    for x in &r.non_indexed {
        c.text(Msg::AtNonIndexedPart, &x.forvaltning)?;
        match &x.portion {
            NonIndexedPortion::Share(p) => c.amount(Msg::AtNonIndexedShare, Money(p.0))?,
            NonIndexedPortion::Named { name, amount } => {
                c.text(Msg::AtExceptionName, name)?;
                c.amount(Msg::AtExceptionAmount, *amount)?;
            }
        }
    }
    for ch in &r.changes {
        c.text(Msg::AtChangeUnit, &ch.forvaltning)?;
        c.text(Msg::AtChangeNote, &ch.note)?;
        c.year(Msg::AtChange, ch.year)?;
        c.amount(Msg::AtChange, ch.amount)?;
    }
    year_percents(&c.at(Msg::AtWagePot), &wage.rates)?;
    year_percents(&c.at(Msg::AtEfficiency), &efficiency.rates)?;
    for name in wage.exempt.iter().chain(&efficiency.exempt) {
        c.text(Msg::AtExemptUnit, name)?;
    }
    Ok(())
}

fn year_percents(c: &Check, rates: &[YearPercent]) -> Result<(), Invalid> {
    c.count(Msg::AtPercents, rates.len(), MAX_RULES)?;
    for r in rates {
        let rate = || Step::Of(Msg::AtPercentOf, r.year.to_string());
        c.year(rate(), r.year)?;
        c.amount(rate(), Money(r.percent.0))?;
    }
    Ok(())
}

fn balance(c: &Check, b: &BalanceInputs) -> Result<(), Invalid> {
    for (what, lines) in [
        (Msg::AtRevenues, &b.revenues),
        (Msg::AtFinanceNet, &b.finance),
        (Msg::AtAdjustments, &b.adjustments),
    ] {
        c.count(what, lines.len(), MAX_RULES)?;
        for line in lines {
            named_line(&c.at(Step::Name(shorten(&line.name))), line)?;
        }
    }
    c.amount(Msg::AtEquity, b.opening_equity)?;
    c.count(Msg::AtEarlierDeficits, b.earlier_deficits.len(), MAX_RULES)?;
    for d in &b.earlier_deficits {
        let c = c.at(Step::Of(Msg::AtDeficitOf, d.arose.to_string()));
        c.year(Msg::AtArose, d.arose)?;
        c.year(Msg::AtDue, d.due)?;
        c.amount(Msg::AtAmount, d.amount)?;
    }
    c.count(Msg::AtRestructurings, b.restructuring.len(), MAX_RULES)?;
    for r in &b.restructuring {
        let c = c.at(Step::Of(Msg::AtRestructuringOf, shorten(&r.name)));
        c.text(Msg::AtName, &r.name)?;
        year_amounts(&c.at(Msg::AtCosts), &r.costs)?;
        c.amount(Msg::AtSavings, r.savings_per_year)?;
        c.year(Msg::AtSavingsFrom, r.savings_from)?;
    }
    Ok(())
}

fn named_line(c: &Check, line: &NamedLine) -> Result<(), Invalid> {
    c.text(Msg::AtName, &line.name)?;
    year_amounts(c, &line.amounts)
}

fn year_amounts(c: &Check, amounts: &[YearAmount]) -> Result<(), Invalid> {
    c.count(Msg::AtYears, amounts.len(), MAX_RULES)?;
    for a in amounts {
        let year = || Step::Name(a.year.to_string());
        c.year(year(), a.year)?;
        c.amount(year(), a.amount)?;
    }
    Ok(())
}

/// Goals and staff statistics (format 5): counts, texts, and every number
/// within the amount bound.
fn quarterly(c: &Check, q: &Quarterly) -> Result<(), Invalid> {
    c.count(Msg::AtGoalSets, q.goals.len(), MAX_GOAL_SETS)?;
    for (i, set) in q.goals.iter().enumerate() {
        goal_set(
            &c.at(Step::Nth(Msg::AtGoalSet, i + 1, shorten(&set.source))),
            set,
        )?;
    }
    c.count(Msg::AtStaffReports, q.staff.len(), MAX_STAFF_REPORTS)?;
    for (i, report) in q.staff.iter().enumerate() {
        staff_report(
            &c.at(Step::Nth(
                Msg::AtStaffReport,
                i + 1,
                shorten(&report.source),
            )),
            report,
        )?;
    }
    Ok(())
}

fn unit_id(c: &Check, unit: &Option<UnitId>) -> Result<(), Invalid> {
    if let Some(u) = unit {
        c.text(Msg::AtUnitCode, &u.code)?;
        c.text(Msg::AtUnitName, &u.name)?;
    }
    Ok(())
}

fn goal_set(c: &Check, set: &GoalSet) -> Result<(), Invalid> {
    c.text(Msg::AtFileName, &set.source)?;
    for text in [&set.target_label, &set.outcome_label]
        .into_iter()
        .chain(&set.title)
    {
        c.text(Msg::AtText, text)?;
    }
    c.count(Msg::AtRows, set.indicators.len(), MAX_INDICATORS)?;
    for (i, ind) in set.indicators.iter().enumerate() {
        let c = c.at(Step::Nth(Msg::AtIndicator, i + 1, shorten(&ind.name)));
        unit_id(&c, &ind.unit)?;
        for text in [&ind.area, &ind.aim, &ind.name]
            .into_iter()
            .chain(&ind.measure)
            .chain(&ind.comment)
        {
            c.text(Msg::AtText, text)?;
        }
        for value in [&ind.baseline, &ind.target, &ind.outcome]
            .into_iter()
            .flatten()
        {
            c.text(Msg::AtText, &value.text)?;
            if let Some(n) = value.number {
                c.amount(Msg::AtAmount, Money(n))?;
            }
        }
        if let Some(t) = ind.tolerance {
            c.amount(Msg::AtAmount, Money(t))?;
        }
    }
    Ok(())
}

fn staff_report(c: &Check, report: &StaffReport) -> Result<(), Invalid> {
    c.text(Msg::AtFileName, &report.source)?;
    unit_id(c, &report.unit)?;
    if let Some(e) = &report.extracted {
        c.text(Msg::AtDate, e)?;
    }
    c.count(Msg::AtStaffTables, report.tables.len(), MAX_STAFF_TABLES)?;
    for (i, table) in report.tables.iter().enumerate() {
        let c = c.at(Step::Nth(Msg::AtStaffTable, i + 1, shorten(&table.title)));
        c.text(Msg::AtText, &table.title)?;
        for p in &table.periods {
            c.text(Msg::AtPeriod, p)?;
        }
        c.count(Msg::AtRows, table.rows.len(), MAX_ROWS)?;
        for row in table.rows.iter().chain(&table.total) {
            let c = c.at(Step::Name(shorten(&row.label)));
            c.text(Msg::AtText, &row.label)?;
            for figure in row.cells.iter().flatten().flatten() {
                c.amount(Msg::AtAmount, Money(*figure))?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::measures::Measure;

    fn one_cell(v: Decimal) -> SharedState {
        let mut t = Fr1Table::empty(Report::Utfall);
        t.set(Row::Drift, Group::Budget, Part::Externt, Some(Money(v)));
        SharedState {
            reports: vec![Fr1Report {
                meta: Default::default(),
                source: "FR1_42.xlsx".into(),
                utfall: Some(t),
                prognos: None,
            }],
            ..SharedState::default()
        }
    }

    #[test]
    fn an_amount_at_the_bound_passes_and_one_above_is_named() {
        let max = Decimal::from(MAX_ABS_AMOUNT);
        assert_eq!(validate(&one_cell(max)), Ok(()));
        assert_eq!(validate(&one_cell(-max)), Ok(()));
        let err = validate(&one_cell(max + Decimal::ONE)).unwrap_err();
        assert_eq!(err.problem, Problem::Amount(max + Decimal::ONE));
        assert_eq!(
            err.place_text(Lang::Sv),
            "rapport 1 (FR1_42.xlsx), Utfall, Drift, Externt, Budget ackumulerat"
        );
        assert_eq!(
            err.text(Lang::En),
            "report 1 (FR1_42.xlsx), Utfall, Drift, Externt, Budget ackumulerat: \
             the amount 1\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}001 is larger than an amount \
             can be (at most 1\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000)"
        );
        let text = err.to_string();
        assert!(
            text.ends_with("(högst 1\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000)"),
            "{text}"
        );
    }

    #[test]
    fn a_measure_flood_is_counted() {
        let measure = Measure {
            text: String::new(),
            decision: String::new(),
            effect: Money::ZERO,
            start_month: None,
        };
        let state = SharedState {
            measures: vec![MeasurePlan {
                unit_code: "42".into(),
                measures: vec![measure; MAX_MEASURES + 1],
                target: Money::ZERO,
            }],
            ..SharedState::default()
        };
        assert_eq!(
            validate(&state).unwrap_err().to_string(),
            format!(
                "åtgärderna: {} stycken, fler än de {MAX_MEASURES} som öppnas",
                MAX_MEASURES + 1
            )
        );
    }

    #[test]
    fn places_are_shortened() {
        assert_eq!(shorten("kort"), "kort");
        assert_eq!(shorten(&"å".repeat(50)), format!("{}…", "å".repeat(40)));
    }
}
