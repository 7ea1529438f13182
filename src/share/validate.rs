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
//! to the amount bound; the frames engine refuses unreasonable rules itself,
//! with a message, and without arithmetic.
//!
//! Adding a field to [`SharedState`]: check it in [`validate`] (amounts with
//! [`Check::amount`], years with [`Check::year`], lists with
//! [`Check::count`], texts with [`Check::text`]).

use super::SharedState;
use crate::engine::consolidation::Grouping;
use crate::engine::measures::MeasurePlan;
use crate::format;
use crate::fr1::model::{Fr1Report, Fr1Table};
use crate::fr1::schema::{Group, Part, Row};
use crate::frames::balance::{BalanceInputs, NamedLine, YearAmount};
use crate::frames::model::FrameBase;
use crate::frames::rules::{NonIndexedPortion, Rules};
use crate::frames::session::FramesSession;
use crate::import::limits::{
    MAX_ABS_AMOUNT, MAX_MEASURES, MAX_NAMNDER, MAX_REPORTS, MAX_RULES, MAX_SCENARIOS,
    MAX_TEXT_CHARS, MAX_UNITS, YEARS,
};
use crate::money::Money;
use core::fmt;
use rust_decimal::Decimal;

/// What is out of bounds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// An amount (or percentage) larger in magnitude than [`MAX_ABS_AMOUNT`].
    Amount(Decimal),
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
    c.text("vyns språk", &state.view.lang)?;
    c.text("vyns adress", &state.view.route)?;
    if let Some(g) = &state.grouping {
        grouping(&c.at("nämnderna".to_string()), g)?;
    }
    measures(&c, &state.measures)?;
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
        c.year("perioden", p.year)?;
        c.month("perioden", p.month)?;
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
        if let Some(t) = p.target_forecast {
            c.amount("målet för prognosen", t)?;
        }
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
    frame_base(&c.at("basåret".to_string()), &f.base)?;
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

fn frame_base(c: &Check, base: &FrameBase) -> Result<(), Invalid> {
    c.year("året", base.year)?;
    c.count("nämnderna", base.namnder.len(), MAX_NAMNDER)?;
    c.count("förvaltningarna", base.forvaltningar().count(), MAX_UNITS)?;
    for n in &base.namnder {
        c.text("en nämnds namn", &n.name)?;
        for f in &n.forvaltningar {
            let c = c.at(shorten(&f.name));
            c.text("namnet", &f.name)?;
            c.count("beloppen", f.amounts.len(), MAX_RULES)?;
            for a in &f.amounts {
                c.amount(a.category.label(), a.amount)?;
            }
        }
    }
    Ok(())
}

fn rules(c: &Check, r: &Rules) -> Result<(), Invalid> {
    c.year("första året", r.first_year)?;
    for (what, len) in [
        ("uppräkningarna", r.indexation.len()),
        ("undantagen från uppräkning", r.non_indexed.len()),
        ("löneökningarna", r.wage_increase.len()),
        ("ramförändringarna", r.changes.len()),
        ("effektiviseringskraven", r.efficiency.len()),
    ] {
        c.count(what, len, MAX_RULES)?;
    }
    for i in &r.indexation {
        c.year("en uppräkning", i.year)?;
        c.amount("en uppräkning i procent", Money(i.percent.0))?;
    }
    for (what, list) in [
        ("en löneökning", &r.wage_increase),
        ("ett effektiviseringskrav", &r.efficiency),
    ] {
        for p in list {
            c.year(what, p.year)?;
            c.amount(what, Money(p.percent.0))?;
        }
    }
    for x in &r.non_indexed {
        c.text("ett undantags förvaltning", &x.forvaltning)?;
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
    year_amounts(
        &c.at("tidigare underskott".to_string()),
        &b.earlier_deficits,
    )?;
    if let Some(p) = &b.plan {
        let c = c.at("omställningsplanen".to_string());
        c.text("namnet", &p.name)?;
        year_amounts(&c.at("kostnaderna".to_string()), &p.costs)?;
        c.amount("besparingen per år", p.savings_per_year)?;
        c.year("besparingens första år", p.savings_from)?;
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
                target_forecast: None,
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
