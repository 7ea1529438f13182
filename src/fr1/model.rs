//! An imported FR1: its metadata and up to two tables (Utfall, Prognos) of
//! exact amounts, in the unit the form states.
//!
//! A cell is `None` when the file did not carry it (a Totalt-only sheet, the
//! three-column summary); an empty cell that the form has is `Some(0)`.

use super::schema::{Group, Part, Report, Row};
use crate::i18n::{Lang, Msg};
use crate::import::limits::YEARS;
use crate::money::{AmountScale, Money};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// A reporting period: the month (1–12) an accumulated report ends with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Period {
    pub year: i32,
    pub month: u8,
}

/// Swedish month names as the form writes them.
pub const MONTHS_SV: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// English month names, for the English page.
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The name of month 1–12 (clamped) in `lang`: `mars`, `March`.
pub fn month_name(month: u8, lang: Lang) -> &'static str {
    let names = match lang {
        Lang::Sv => MONTHS_SV,
        Lang::En => MONTHS_EN,
    };
    names[usize::from(month.clamp(1, 12)) - 1]
}

impl Period {
    /// `None` unless 1 ≤ month ≤ 12 and the year is one the app reads
    /// ([`YEARS`]).
    pub fn new(year: i32, month: u8) -> Option<Period> {
        ((1..=12).contains(&month) && YEARS.contains(&year)).then_some(Period { year, month })
    }

    /// Months since 1 January covered by an accumulated report.
    pub fn months(self) -> u8 {
        self.month
    }

    /// `mars 2024` (or `March 2024`).
    pub fn label(self, lang: Lang) -> String {
        format!("{} {}", month_name(self.month, lang), self.year)
    }

    /// December: an accumulated report for it is the year's outcome.
    pub fn is_year_end(self) -> bool {
        self.month == 12
    }

    /// How a page names the period: `juni 2024`, or `Bokslut 2024` for
    /// December, whose accumulated figures are the year's outcome.
    pub fn title(self, lang: Lang) -> String {
        if self.is_year_end() {
            Msg::YearEnd.fill(lang, &[("y", &self.year.to_string())])
        } else {
            self.label(lang)
        }
    }

    /// `mars 2024`: the form's own language, for messages about the file.
    pub fn label_sv(self) -> String {
        self.label(Lang::Sv)
    }

    /// `2024-03`, sortable.
    pub fn iso(self) -> String {
        format!("{}-{:02}", self.year, self.month)
    }
}

/// A förvaltning as the form names it: `42 Exempelförvaltningen`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct UnitId {
    pub code: String,
    pub name: String,
}

impl UnitId {
    /// `42 Exempelförvaltningen`.
    pub fn label(&self) -> String {
        if self.code.is_empty() {
            self.name.clone()
        } else if self.name.is_empty() {
            self.code.clone()
        } else {
            format!("{} {}", self.code, self.name)
        }
    }
}

/// What the form says around the table. Everything optional: what is missing
/// is asked for in the page, never guessed silently.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Fr1Meta {
    /// First title line, e.g. `Region Exempel`.
    pub organisation: Option<String>,
    pub unit_id: Option<UnitId>,
    pub period: Option<Period>,
    /// The amount unit from `Belopp:`; `None` when the form did not say.
    pub amount_unit: Option<AmountScale>,
    /// `Ifylld av`.
    pub filled_by: Option<String>,
    /// `Datum`, as `YYYY-MM-DD` when it could be read as a date.
    pub date: Option<String>,
}

/// The amounts of one report: rows × groups × parts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fr1Table {
    pub report: Report,
    /// Flat `Row::COUNT × Group::COUNT × Part::COUNT`, indexed by [`Fr1Table::slot`].
    cells: Vec<Option<Money>>,
}

impl Fr1Table {
    const LEN: usize = Row::COUNT * Group::COUNT * Part::COUNT;

    /// A table with no cells filled in.
    pub fn empty(report: Report) -> Self {
        Fr1Table {
            report,
            cells: vec![None; Self::LEN],
        }
    }

    fn slot(row: Row, group: Group, part: Part) -> usize {
        (row.index() * Group::COUNT + group.index()) * Part::COUNT + part.index()
    }

    pub fn get(&self, row: Row, group: Group, part: Part) -> Option<Money> {
        self.cells
            .get(Self::slot(row, group, part))
            .copied()
            .flatten()
    }

    /// The cell, or zero when the file did not carry it.
    pub fn value(&self, row: Row, group: Group, part: Part) -> Money {
        self.get(row, group, part).unwrap_or(Money::ZERO)
    }

    pub fn set(&mut self, row: Row, group: Group, part: Part, value: Option<Money>) {
        let i = Self::slot(row, group, part);
        if let Some(c) = self.cells.get_mut(i) {
            *c = value;
        }
    }

    /// True when the group carries at least one figure.
    pub fn has_group(&self, group: Group) -> bool {
        Row::ALL
            .iter()
            .any(|&r| Part::ALL.iter().any(|&p| self.get(r, group, p).is_some()))
    }

    /// True when the part carries at least one figure.
    pub fn has_part(&self, part: Part) -> bool {
        Row::ALL
            .iter()
            .any(|&r| Group::ALL.iter().any(|&g| self.get(r, g, part).is_some()))
    }

    /// Every amount converted from `from` to `to`, exactly.
    pub fn converted(&self, from: AmountScale, to: AmountScale) -> Fr1Table {
        Fr1Table {
            report: self.report,
            cells: self
                .cells
                .iter()
                .map(|c| c.map(|m| from.convert(m, to)))
                .collect(),
        }
    }

    /// Repairs a table whose cell vector has the wrong length (a damaged
    /// saved state): missing cells become `None`, extra ones are dropped.
    pub fn normalized(mut self) -> Self {
        self.cells.resize(Self::LEN, None);
        self
    }
}

/// One imported FR1: metadata, its tables and the file it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fr1Report {
    pub meta: Fr1Meta,
    /// File name the report was read from (or "Inklistrat" for a paste).
    pub source: String,
    pub utfall: Option<Fr1Table>,
    pub prognos: Option<Fr1Table>,
}

impl Fr1Report {
    pub fn table(&self, report: Report) -> Option<&Fr1Table> {
        match report {
            Report::Utfall => self.utfall.as_ref(),
            Report::Prognos => self.prognos.as_ref(),
        }
    }

    pub fn table_mut(&mut self, report: Report) -> &mut Option<Fr1Table> {
        match report {
            Report::Utfall => &mut self.utfall,
            Report::Prognos => &mut self.prognos,
        }
    }

    /// The one report this has, when it has only one (an Utfall or a
    /// Prognos export on its own).
    pub fn only(&self) -> Option<Report> {
        match (&self.utfall, &self.prognos) {
            (Some(_), None) => Some(Report::Utfall),
            (None, Some(_)) => Some(Report::Prognos),
            _ => None,
        }
    }

    /// The amount unit, tkr when the form did not say.
    pub fn unit(&self) -> AmountScale {
        self.meta.amount_unit.unwrap_or_default()
    }

    /// The report with every amount in `to`: itself when it already says
    /// so (the page's reports are kept in each unit, and a sum over them
    /// need not copy every table again).
    pub fn as_unit(&self, to: AmountScale) -> Cow<'_, Fr1Report> {
        if self.meta.amount_unit == Some(to) {
            Cow::Borrowed(self)
        } else {
            Cow::Owned(self.in_unit(to))
        }
    }

    /// The same report with every amount in `to`.
    pub fn in_unit(&self, to: AmountScale) -> Fr1Report {
        let from = self.unit();
        if from == to {
            let mut same = self.clone();
            same.meta.amount_unit = Some(to);
            return same;
        }
        Fr1Report {
            meta: Fr1Meta {
                amount_unit: Some(to),
                ..self.meta.clone()
            },
            source: self.source.clone(),
            utfall: self.utfall.as_ref().map(|t| t.converted(from, to)),
            prognos: self.prognos.as_ref().map(|t| t.converted(from, to)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn table_cells_round_trip_and_default_to_none() {
        let mut t = Fr1Table::empty(Report::Utfall);
        assert_eq!(t.get(Row::Drift, Group::Budget, Part::Totalt), None);
        t.set(
            Row::Drift,
            Group::Budget,
            Part::Totalt,
            Some(Money(dec!(11332))),
        );
        assert_eq!(
            t.get(Row::Drift, Group::Budget, Part::Totalt),
            Some(Money(dec!(11332)))
        );
        assert_eq!(t.get(Row::Drift, Group::Budget, Part::Internt), None);
        assert!(t.has_group(Group::Budget));
        assert!(!t.has_group(Group::Actual));
    }

    #[test]
    fn period_labels() {
        let p = Period::new(2024, 3).unwrap();
        assert_eq!(p.label_sv(), "mars 2024");
        assert_eq!(p.label(Lang::En), "March 2024");
        assert_eq!(p.iso(), "2024-03");
        assert_eq!(Period::new(2024, 13), None);
        assert_eq!(Period::new(-5, 3), None);
        assert_eq!(p.title(Lang::Sv), "mars 2024");
        let december = Period::new(2024, 12).unwrap();
        assert_eq!(december.title(Lang::Sv), "Bokslut 2024");
        assert_eq!(december.title(Lang::En), "Year-end 2024");
    }
}
