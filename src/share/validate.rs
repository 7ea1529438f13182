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
use crate::engine::measures::MeasurePlan;
use crate::finance::model::{FinanceRow, FinanceTable};
use crate::finding::{Finding, FindingKind};
use crate::format;
use crate::fr1::model::{Fr1Report, Fr1Table, Period};
use crate::fr1::schema::{Group, Part, Row};
use crate::frames::balance::{BalanceInputs, NamedLine, YearAmount};
use crate::frames::model::{Category, FrameTable, StatedSum};
use crate::frames::rules::{NonIndexedPortion, Rules, YearPercent};
use crate::frames::session::FramesSession;
use crate::import::limits::{
    MAX_ABS_AMOUNT, MAX_ABS_SUM, MAX_FINANCE_ROWS, MAX_FINANCE_TABLES, MAX_FINDINGS, MAX_MEASURES,
    MAX_NAMNDER, MAX_REPORTS, MAX_RULES, MAX_SCENARIOS, MAX_TEXT_CHARS, MAX_UNITS, YEARS,
};
use crate::money::Money;
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
    /// Two förvaltningar, scenarios … that cannot both be (Swedish sentence).
    Inconsistent(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Amount(d) => write!(
                f,
                "beloppet {} är större än vad ett belopp kan vara (högst {})",
                format::exact(*d),
                format::amount(Decimal::from(MAX_ABS_AMOUNT), 0)
            ),
            Problem::Sum(d) => write!(
                f,
                "summan {} är större än vad en summa kan vara (högst {})",
                format::exact(*d),
                format::amount(Decimal::from_i128_with_scale(MAX_ABS_SUM, 0), 0)
            ),
            Problem::Year(y) => write!(
                f,
                "året {y} ligger utanför {}–{}",
                YEARS.start(),
                YEARS.end()
            ),
            Problem::Month(m) => write!(f, "månad {m} finns inte (1–12)"),
            Problem::TooMany { count, max } => {
                write!(f, "{count} stycken, fler än de {max} som öppnas")
            }
            Problem::TooLong { chars } => write!(
                f,
                "texten har {chars} tecken, fler än de {MAX_TEXT_CHARS} som öppnas"
            ),
            Problem::Inconsistent(s) => f.write_str(s),
        }
    }
}

/// A bound the state breaks, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{place}: {problem}")]
pub struct Invalid {
    /// Where, in Swedish: `rapport 2 (FR1_42.xlsx), Utfall, Drift, Externt, Budget ackumulerat`.
    pub place: String,
    pub problem: Problem,
}

/// Checks every bound of `state`; the first breach found is the error.
pub fn validate(state: &SharedState) -> Result<(), Invalid> {
    let c = Check::root();
    c.count("rapporterna", state.reports.len(), MAX_REPORTS)?;
    for (i, r) in state.reports.iter().enumerate() {
        report(
            &c.at(format!("rapport {} ({})", i + 1, shorten(&r.source))),
            r,
        )?;
    }
    if let Some(g) = &state.grouping {
        grouping(&c.at("nämnderna".to_string()), g)?;
    }
    measures(&c, &state.measures)?;
    c.count(
        "finansförvaltningens tabeller",
        state.finance.len(),
        MAX_FINANCE_TABLES,
    )?;
    for (i, t) in state.finance.iter().enumerate() {
        finance(
            &c.at(format!(
                "finansförvaltningens tabell {} ({})",
                i + 1,
                shorten(&t.source)
            )),
            t,
        )?;
    }
    c.count("säsongsprofilerna", state.profiles.len(), MAX_UNITS)?;
    for (code, text) in &state.profiles {
        let p = c.at(format!("säsongsprofilen för {}", shorten(code)));
        p.text("koden", code)?;
        p.text("profilen", text)?;
    }
    if let Some(f) = &state.frames {
        frames(&c.at("budgetramarna".to_string()), f)?;
    }
    Ok(())
}

/// Where the check is, and the checks themselves.
pub struct Check {
    place: String,
}

impl Check {
    /// The check of a whole state.
    pub fn root() -> Check {
        Check {
            place: String::new(),
        }
    }

    /// A check one level further in (`rapport 2`, then `Utfall`, …).
    pub fn at(&self, step: String) -> Check {
        Check {
            place: if self.place.is_empty() {
                step
            } else {
                format!("{}, {step}", self.place)
            },
        }
    }

    fn fail(&self, what: &str, problem: Problem) -> Invalid {
        let place = match (self.place.is_empty(), what.is_empty()) {
            (true, _) => what.to_string(),
            (false, true) => self.place.clone(),
            (false, false) => format!("{}, {what}", self.place),
        };
        Invalid { place, problem }
    }

    /// A list of `count` entries, at most `max`.
    pub fn count(&self, what: &str, count: usize, max: usize) -> Result<(), Invalid> {
        if count > max {
            return Err(self.fail(what, Problem::TooMany { count, max }));
        }
        Ok(())
    }

    /// An amount (or a typed percentage) within [`MAX_ABS_AMOUNT`].
    pub fn amount(&self, what: &str, m: Money) -> Result<(), Invalid> {
        if m.0.abs() > Decimal::from(MAX_ABS_AMOUNT) {
            return Err(self.fail(what, Problem::Amount(m.0)));
        }
        Ok(())
    }

    /// A figure derived from bounded amounts, within [`MAX_ABS_SUM`].
    pub fn sum(&self, what: &str, d: Decimal) -> Result<(), Invalid> {
        if d.abs() > Decimal::from_i128_with_scale(MAX_ABS_SUM, 0) {
            return Err(self.fail(what, Problem::Sum(d)));
        }
        Ok(())
    }

    /// A year within [`YEARS`].
    pub fn year(&self, what: &str, year: i32) -> Result<(), Invalid> {
        if !YEARS.contains(&year) {
            return Err(self.fail(what, Problem::Year(year)));
        }
        Ok(())
    }

    /// A month 1–12.
    pub fn month(&self, what: &str, month: u8) -> Result<(), Invalid> {
        if !(1..=12).contains(&month) {
            return Err(self.fail(what, Problem::Month(month)));
        }
        Ok(())
    }

    /// A text within [`MAX_TEXT_CHARS`].
    pub fn text(&self, what: &str, text: &str) -> Result<(), Invalid> {
        // A char is at most four bytes: short texts need no counting.
        if text.len() > MAX_TEXT_CHARS {
            let chars = text.chars().count();
            if chars > MAX_TEXT_CHARS {
                return Err(self.fail(what, Problem::TooLong { chars }));
            }
        }
        Ok(())
    }

    /// A sentence the message continues after (so without its full stop).
    fn inconsistent(&self, sentence: String) -> Invalid {
        let clause = sentence.trim_end_matches('.').to_string();
        self.fail("", Problem::Inconsistent(clause))
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
    c.text("filnamnet", &r.source)?;
    let m = &r.meta;
    for (what, text) in [
        ("organisationen", &m.organisation),
        ("uppgiftslämnaren", &m.filled_by),
        ("datumet", &m.date),
    ] {
        if let Some(t) = text {
            c.text(what, t)?;
        }
    }
    if let Some(id) = &m.unit_id {
        c.text("förvaltningskoden", &id.code)?;
        c.text("förvaltningens namn", &id.name)?;
    }
    if let Some(p) = m.period {
        period(c, p)?;
    }
    for table in [&r.utfall, &r.prognos].into_iter().flatten() {
        fr1_table(&c.at(table.report.sheet_name().to_string()), table)?;
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
                    let cell = format!(
                        "{}, {}, {}",
                        row.full_label(),
                        part.label(),
                        group.short_name(t.report)
                    );
                    return c.amount(&cell, m);
                }
            }
        }
    }
    Ok(())
}

fn period(c: &Check, p: Period) -> Result<(), Invalid> {
    c.year("perioden", p.year)?;
    c.month("perioden", p.month)
}

fn finance(c: &Check, t: &FinanceTable) -> Result<(), Invalid> {
    c.text("filnamnet", &t.source)?;
    if let Some(o) = &t.organisation {
        c.text("organisationen", o)?;
    }
    if let Some(p) = t.period {
        period(c, p)?;
    }
    c.count("raderna", t.rows.len(), MAX_FINANCE_ROWS)?;
    for row in t.rows.iter().chain(&t.total) {
        finance_row(&c.at(shorten(&row.label)), row)?;
    }
    Ok(())
}

fn finance_row(c: &Check, row: &FinanceRow) -> Result<(), Invalid> {
    c.text("texten", &row.label)?;
    for (half, figures) in [("hittills i år", &row.ytd), ("helår", &row.year)] {
        for (what, figure) in [
            ("utfall", figures.actual),
            ("budget", figures.budget),
            ("avvikelse", figures.variance),
        ] {
            if let Some(m) = figure {
                c.amount(&format!("{what} {half}"), m)?;
            }
        }
    }
    Ok(())
}

fn grouping(c: &Check, g: &Grouping) -> Result<(), Invalid> {
    c.text("regionens namn", &g.region)?;
    c.count("", g.namnder.len(), MAX_NAMNDER)?;
    let units: usize = g.namnder.iter().map(|n| n.units.len()).sum();
    c.count("förvaltningarna", units, MAX_UNITS)?;
    for n in &g.namnder {
        c.text("en nämnds namn", &n.name)?;
        for u in &n.units {
            c.text("en förvaltningskod", u)?;
        }
    }
    g.validate().map_err(|e| c.inconsistent(e.to_string()))
}

fn measures(c: &Check, plans: &[MeasurePlan]) -> Result<(), Invalid> {
    c.count("åtgärdsplanerna", plans.len(), MAX_UNITS)?;
    let total: usize = plans.iter().map(|p| p.measures.len()).sum();
    c.count("åtgärderna", total, MAX_MEASURES)?;
    for p in plans {
        let c = c.at(format!("åtgärderna för {}", shorten(&p.unit_code)));
        c.text("förvaltningskoden", &p.unit_code)?;
        c.amount("målet", p.target)?;
        for (i, m) in p.measures.iter().enumerate() {
            let c = c.at(format!("åtgärd {}", i + 1));
            c.text("texten", &m.text)?;
            c.text("beslutet", &m.decision)?;
            c.amount("effekten", m.effect)?;
            if let Some(month) = m.start_month {
                c.month("startmånaden", month)?;
            }
        }
    }
    Ok(())
}

fn frames(c: &Check, f: &FramesSession) -> Result<(), Invalid> {
    c.text("källan", &f.source)?;
    frame_table(c, &f.table)?;
    c.count("fynden", f.findings.len(), MAX_FINDINGS)?;
    for (i, finding) in f.findings.iter().enumerate() {
        frame_finding(&c.at(format!("fynd {}", i + 1)), finding)?;
    }
    c.year("planens första år", f.plan.first)?;
    c.year("basåret", f.plan.base)?;
    c.count("scenarierna", f.scenarios.len(), MAX_SCENARIOS)?;
    if f.scenarios.get(f.active).is_none() {
        return Err(c.inconsistent(format!(
            "scenario {} visas, men det finns {}",
            f.active.saturating_add(1),
            f.scenarios.len()
        )));
    }
    for (i, s) in f.scenarios.iter().enumerate() {
        let c = c.at(format!("scenario {} ({})", i + 1, shorten(&s.name)));
        c.text("namnet", &s.name)?;
        rules(&c, &s.rules)?;
        if let Some(b) = &s.balance {
            balance(&c.at("balanskravet".to_string()), b)?;
        }
    }
    Ok(())
}

fn frame_table(c: &Check, t: &FrameTable) -> Result<(), Invalid> {
    c.count("åren", t.years.len(), MAX_RULES)?;
    for &year in &t.years {
        c.year("ett beslutat år", year)?;
    }
    stated_sums(&c.at("regionens summa".to_string()), &t.stated)?;
    c.count("nämnderna", t.namnder.len(), MAX_NAMNDER)?;
    c.count("förvaltningarna", t.forvaltningar().count(), MAX_UNITS)?;
    let groups: usize = t.namnder.iter().map(|n| n.groups.len()).sum();
    c.count("grupperna", groups, MAX_UNITS)?;
    let lines: usize = t.forvaltningar().map(|(_, f)| f.lines.len()).sum();
    c.count("raderna", lines, MAX_UNITS * Category::COUNT)?;
    for n in &t.namnder {
        let c = c.at(shorten(&n.name));
        c.text("namnet", &n.name)?;
        stated_sums(&c, &n.stated)?;
        for g in &n.groups {
            let c = c.at(shorten(&g.name));
            c.text("namnet", &g.name)?;
            stated_sums(&c, &g.stated)?;
        }
        for f in &n.forvaltningar {
            let c = c.at(shorten(&f.name));
            c.text("namnet", &f.name)?;
            if let Some(g) = &f.group {
                c.text("gruppen", g)?;
            }
            stated_sums(&c, &f.stated)?;
            for line in &f.lines {
                let c = c.at(shorten(line.name()));
                c.text("radens text", &line.label)?;
                year_amounts(&c, &line.decided)?;
            }
        }
    }
    Ok(())
}

fn stated_sums(c: &Check, sums: &[StatedSum]) -> Result<(), Invalid> {
    c.count("summorna", sums.len(), MAX_RULES)?;
    for s in sums {
        c.text("summans cell", &s.cell)?;
        c.year("summans år", s.year)?;
        c.amount(&format!("summan {}", s.year), s.amount)?;
    }
    Ok(())
}

/// A finding is shown as a sentence that quotes its figures (and takes a
/// mismatch's difference), so they are bounded too: by [`MAX_ABS_SUM`],
/// as a Summa's derivation from its lines may be larger than one amount.
fn frame_finding(c: &Check, f: &Finding) -> Result<(), Invalid> {
    if let Some(cell) = &f.cell {
        c.text("cellens blad", &cell.sheet)?;
    }
    match &f.kind {
        FindingKind::NoUnit { sheet } | FindingKind::OtherUnit { sheet, .. } => {
            c.text("bladet", sheet)
        }
        FindingKind::DuplicateYear { year } => c.year("året", *year),
        FindingKind::NotAnAmount { text, year } => {
            c.text("texten", text)?;
            c.year("året", *year)
        }
        FindingKind::UnknownRow { text } => c.text("texten", text),
        FindingKind::NoForvaltning { line } => c.text("raden", line),
        FindingKind::DuplicateLine { line, forvaltning } => {
            c.text("raden", line)?;
            c.text("förvaltningen", forvaltning)
        }
        FindingKind::SummaRounding {
            label, year, diff, ..
        } => {
            c.text("summans text", label)?;
            c.year("året", *year)?;
            c.sum("skillnaden", *diff)
        }
        FindingKind::SummaMismatch {
            label,
            year,
            stated,
            derived,
            ..
        } => {
            c.text("summans text", label)?;
            c.year("året", *year)?;
            c.sum("den angivna summan", *stated)?;
            c.sum("den beräknade summan", *derived)
        }
        FindingKind::SummaUnmatched { label } => c.text("summans text", label),
        FindingKind::SummaTooLarge { label, year } => {
            c.text("summans text", label)?;
            c.year("året", *year)
        }
        FindingKind::YearConflict {
            line,
            year,
            kept,
            other,
            sheet,
        } => {
            c.text("raden", line)?;
            c.year("året", *year)?;
            c.sum("det behållna beloppet", *kept)?;
            c.sum("det andra beloppet", *other)?;
            c.text("bladet", sheet)
        }
        _ => Err(c.inconsistent("fyndet hör inte till en ramtabell".to_string())),
    }
}

fn rules(c: &Check, r: &Rules) -> Result<(), Invalid> {
    let wage = &r.wage;
    let efficiency = &r.efficiency;
    for (what, len) in [
        ("uppräkningarna", r.indexation.len()),
        ("undantagen", r.exceptions.len()),
        ("delarna som inte räknas upp", r.non_indexed.len()),
        ("ramförändringarna", r.changes.len()),
        ("förvaltningarna utanför lönepotten", wage.exempt.len()),
        ("effektiviseringens kategorier", efficiency.categories.len()),
        (
            "förvaltningarna utan effektiviseringskrav",
            efficiency.exempt.len(),
        ),
    ] {
        c.count(what, len, MAX_RULES)?;
    }
    for i in &r.indexation {
        c.year("en uppräkning", i.year)?;
        c.amount("en uppräkning i procent", Money(i.percent.0))?;
    }
    for e in &r.exceptions {
        let c = c.at(format!("undantaget för {}", shorten(e.scope.name())));
        c.text("namnet", e.scope.name())?;
        year_percents(&c, &e.rates)?;
    }
    for x in &r.non_indexed {
        c.text("en del som inte räknas upp", &x.forvaltning)?;
        match &x.portion {
            NonIndexedPortion::Share(p) => c.amount("en andel som inte räknas upp", Money(p.0))?,
            NonIndexedPortion::Named { name, amount } => {
                c.text("ett undantags namn", name)?;
                c.amount("ett undantags belopp", *amount)?;
            }
        }
    }
    for ch in &r.changes {
        c.text("en ramförändrings förvaltning", &ch.forvaltning)?;
        c.text("en ramförändrings kommentar", &ch.note)?;
        c.year("en ramförändring", ch.year)?;
        c.amount("en ramförändring", ch.amount)?;
    }
    year_percents(&c.at("lönepotten".to_string()), &wage.rates)?;
    year_percents(
        &c.at("effektiviseringskravet".to_string()),
        &efficiency.rates,
    )?;
    for name in wage.exempt.iter().chain(&efficiency.exempt) {
        c.text("en undantagen förvaltning", name)?;
    }
    Ok(())
}

fn year_percents(c: &Check, rates: &[YearPercent]) -> Result<(), Invalid> {
    c.count("procentsatserna", rates.len(), MAX_RULES)?;
    for r in rates {
        c.year("", r.year)?;
        c.amount(&format!("procentsatsen {}", r.year), Money(r.percent.0))?;
    }
    Ok(())
}

fn balance(c: &Check, b: &BalanceInputs) -> Result<(), Invalid> {
    for (what, lines) in [
        ("intäkterna", &b.revenues),
        ("finansnettot", &b.finance),
        ("justeringarna", &b.adjustments),
    ] {
        c.count(what, lines.len(), MAX_RULES)?;
        for line in lines {
            named_line(&c.at(shorten(&line.name)), line)?;
        }
    }
    c.amount("eget kapital", b.opening_equity)?;
    c.count("tidigare underskott", b.earlier_deficits.len(), MAX_RULES)?;
    for d in &b.earlier_deficits {
        let c = c.at(format!("underskottet från {}", d.arose));
        c.year("året det uppstod", d.arose)?;
        c.year("året det ska vara återställt", d.due)?;
        c.amount("beloppet", d.amount)?;
    }
    c.count("omställningarna", b.restructuring.len(), MAX_RULES)?;
    for r in &b.restructuring {
        let c = c.at(format!("omställningen {}", shorten(&r.name)));
        c.text("namnet", &r.name)?;
        year_amounts(&c.at("kostnaderna".to_string()), &r.costs)?;
        c.amount("besparingen per år", r.savings_per_year)?;
        c.year("besparingens första år", r.savings_from)?;
    }
    Ok(())
}

fn named_line(c: &Check, line: &NamedLine) -> Result<(), Invalid> {
    c.text("namnet", &line.name)?;
    year_amounts(c, &line.amounts)
}

fn year_amounts(c: &Check, amounts: &[YearAmount]) -> Result<(), Invalid> {
    c.count("åren", amounts.len(), MAX_RULES)?;
    for a in amounts {
        c.year("", a.year)?;
        c.amount(&a.year.to_string(), a.amount)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::measures::Measure;
    use crate::fr1::schema::Report;

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
            err.place,
            "rapport 1 (FR1_42.xlsx), Utfall, Drift, Externt, Budget ackumulerat"
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
