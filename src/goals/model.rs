//! The region's goals as a goal system exports them: målområde →
//! inriktningsmål → indikator, each with its baseline, target, outcome,
//! comment and the officer's assessment. Values are kept as written
//! ("Index 73", "5,5 %", "Fastställd", "Som 2016 eller högre") beside the
//! number they hold, when they hold one, so the page shows the goal system's
//! own words and the engine can still compare numbers.
//!
//! These types are also the share format's wire for goals (format 5): a
//! change that breaks a frozen format-5 link needs a new format.

use crate::fr1::meta_field::MetaField;
use crate::fr1::model::UnitId;
use crate::fr1::schema::normalize_label;
use crate::i18n::{Lang, Msg};
use crate::import::number::parse_sv_number;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One value of an indicator as written, and its number when it has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Value {
    /// As the goal system (or the officer) wrote it.
    pub text: String,
    /// `73` for "Index 73", `5,5` for "5,5 %", `72` for "72 (2023)";
    /// `None` for words ("Fastställd", "Som 2016 eller högre").
    pub number: Option<Decimal>,
}

impl Value {
    /// A typed or exported text; its number read leniently: a leading word
    /// ("Index"), a trailing per cent sign and a trailing year in brackets
    /// ("(2023)") are set aside, the rest must be a Swedish number.
    pub fn from_text(text: &str) -> Option<Value> {
        let text = text.trim();
        (!text.is_empty()).then(|| Value {
            text: text.to_string(),
            number: number_in(text),
        })
    }

    /// A numeric cell, written as Swedish reports write it (`5,5`).
    pub fn from_number(number: Decimal) -> Value {
        Value {
            text: crate::format::exact(number),
            number: Some(number),
        }
    }
}

fn number_in(text: &str) -> Option<Decimal> {
    let mut t = text.trim();
    // "72 (2023)": the year the baseline was measured.
    if let Some(open) = t.rfind('(') {
        if t.ends_with(')') {
            t = t[..open].trim_end();
        }
    }
    t = t.trim_end_matches('%').trim_end();
    if let Ok(d) = parse_sv_number(t) {
        return Some(d);
    }
    // "Index 73": one leading word.
    let (word, rest) = t.split_once(char::is_whitespace)?;
    if word.chars().all(char::is_alphabetic) {
        parse_sv_number(rest).ok()
    } else {
        None
    }
}

/// Which way an indicator improves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
}

impl Direction {
    /// "Högre är bättre", "Lägre är bättre", "Högre", "Lägre", "↑", "↓".
    pub fn read(text: &str) -> Option<Direction> {
        let t = normalize_label(text);
        let t = if t.is_empty() {
            text.trim().to_string()
        } else {
            t
        };
        if t.starts_with("hogre") || t.starts_with("higher") || t == "↑" || t == "okande" {
            Some(Direction::HigherIsBetter)
        } else if t.starts_with("lagre") || t.starts_with("lower") || t == "↓" || t == "minskande"
        {
            Some(Direction::LowerIsBetter)
        } else {
            None
        }
    }
}

/// The region's four-level scale, and "Ej bedömd" for an indicator nobody
/// (and no rule) assessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    /// Otillfredsställande (ej uppfyllt, röd).
    Unsatisfactory,
    /// Inte helt tillfredsställande (delvis uppfyllt, gul).
    Partly,
    /// Tillfredsställande (uppfyllt, grön).
    Satisfactory,
    /// Uppgift saknas (grå).
    NoData,
    /// Ej bedömd: a text indicator without an assessment.
    NotAssessed,
}

impl Grade {
    /// In the reader's order: the unsatisfactory first.
    pub const ALL: [Grade; 5] = [
        Grade::Unsatisfactory,
        Grade::Partly,
        Grade::Satisfactory,
        Grade::NoData,
        Grade::NotAssessed,
    ];

    /// The region's words and the other common vocabularies (uppfyllt /
    /// delvis uppfyllt / ej uppfyllt; grön / gul / röd / grå).
    pub fn read(text: &str) -> Option<Grade> {
        let t = normalize_label(text);
        let grade = match t.as_str() {
            "tillfredsstallande" | "uppfyllt" | "uppfylld" | "helt uppfyllt" | "uppnatt"
            | "gron" | "green" => Grade::Satisfactory,
            "inte helt tillfredsstallande"
            | "delvis tillfredsstallande"
            | "delvis uppfyllt"
            | "delvis uppfylld"
            | "delvis"
            | "delvis uppnatt"
            | "gul"
            | "yellow" => Grade::Partly,
            "otillfredsstallande"
            | "ej uppfyllt"
            | "inte uppfyllt"
            | "ej uppfylld"
            | "ej uppnatt"
            | "inte uppnatt"
            | "rod"
            | "red" => Grade::Unsatisfactory,
            "uppgift saknas" | "saknas" | "gra" | "grey" | "gray" => Grade::NoData,
            "ej bedomd" | "ej bedomt" | "inte bedomd" => Grade::NotAssessed,
            _ => return None,
        };
        Some(grade)
    }

    /// The region's word in `lang`.
    pub fn word(self, lang: Lang) -> &'static str {
        match self {
            Grade::Satisfactory => Msg::GradeSatisfactory,
            Grade::Partly => Msg::GradePartly,
            Grade::Unsatisfactory => Msg::GradeUnsatisfactory,
            Grade::NoData => Msg::GradeNoData,
            Grade::NotAssessed => Msg::GradeNotAssessed,
        }
        .text(lang)
    }

    /// A symbol shown before the word, so the grade never rests on colour
    /// alone (and survives black-and-white print).
    pub fn symbol(self) -> &'static str {
        match self {
            Grade::Satisfactory => "✓",
            Grade::Partly => "◐",
            Grade::Unsatisfactory => "✗",
            Grade::NoData => "?",
            Grade::NotAssessed => "–",
        }
    }

    /// The CSS class the page colours it by (beside symbol and word).
    pub fn class(self) -> &'static str {
        match self {
            Grade::Satisfactory => "grade-ok",
            Grade::Partly => "grade-partly",
            Grade::Unsatisfactory => "grade-not",
            Grade::NoData => "grade-nodata",
            Grade::NotAssessed => "grade-none",
        }
    }
}

/// One indicator, as its row in the export.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Indicator {
    /// The förvaltning it belongs to; `None` until the page is told.
    pub unit: Option<UnitId>,
    /// Målområde ("1 God vård").
    pub area: String,
    /// Inriktningsmål.
    pub aim: String,
    /// The indicator's name.
    pub name: String,
    /// Enhet ("%", "index", "dagar", "mnkr").
    pub measure: Option<String>,
    pub direction: Option<Direction>,
    /// Ingångsvärde, often with its year: "72 (2023)".
    pub baseline: Option<Value>,
    /// Målvärde for the year.
    pub target: Option<Value>,
    /// Utfall (or prognos) so far.
    pub outcome: Option<Value>,
    /// How far from the target still counts as partly met, in the
    /// indicator's own unit, when the goal system gives one.
    pub tolerance: Option<Decimal>,
    pub comment: Option<String>,
    /// The officer's assessment; it stands where given.
    pub stated: Option<Grade>,
}

impl Indicator {
    /// True for the economic goal the app can assess from the FR1.
    pub fn is_budget_adherence(&self) -> bool {
        normalize_label(&self.name).contains("budgetfoljsamhet")
    }

    /// The förvaltning's code, trimmed (`42`).
    pub fn unit_code(&self) -> Option<&str> {
        self.unit.as_ref().map(|u| u.code.trim())
    }
}

/// One goal export: its indicators and the headers of its target and
/// outcome columns ("Målvärde 2024", "Utfall juni 2024").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct GoalSet {
    /// The file it was read from.
    pub source: String,
    /// The title above the table, when there is one.
    pub title: Option<String>,
    pub target_label: String,
    pub outcome_label: String,
    pub indicators: Vec<Indicator>,
}

impl GoalSet {
    /// True when some indicator's förvaltning is not known (a table
    /// without a Förvaltning column whose title names none): the page asks.
    pub fn lacks_unit(&self) -> bool {
        self.indicators.iter().any(|i| i.unit.is_none())
    }

    /// The details the page asks for, as it asks for an FR1's: the
    /// förvaltning when some indicator lacks one.
    pub fn missing(&self) -> Vec<MetaField> {
        if self.lacks_unit() {
            vec![MetaField::UnitId]
        } else {
            Vec::new()
        }
    }

    /// Gives every indicator without a förvaltning `unit`, as the person
    /// answered the page's question.
    pub fn set_unit(&mut self, unit: &UnitId) {
        for i in self.indicators.iter_mut().filter(|i| i.unit.is_none()) {
            i.unit = Some(unit.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn values_keep_their_words_and_read_their_number() {
        let v = |t: &str| Value::from_text(t).unwrap();
        assert_eq!(v("Index 73").number, Some(dec!(73)));
        assert_eq!(v("5,5 %").number, Some(dec!(5.5)));
        assert_eq!(v("72 (2023)").number, Some(dec!(72)));
        assert_eq!(v("-1,2 (2023)").number, Some(dec!(-1.2)));
        assert_eq!(v("Fastställd").number, None);
        assert_eq!(v("Som 2016 eller högre").number, None);
        assert_eq!(v("Som 2016 eller högre").text, "Som 2016 eller högre");
        assert_eq!(Value::from_text("  "), None);
        assert_eq!(Value::from_number(dec!(5.5)).text, "5,5");
    }

    #[test]
    fn every_vocabulary_reads_into_one_scale() {
        for (text, grade) in [
            ("Tillfredsställande", Grade::Satisfactory),
            ("Uppfyllt", Grade::Satisfactory),
            ("grön", Grade::Satisfactory),
            ("Inte helt tillfredsställande", Grade::Partly),
            ("Delvis uppfyllt", Grade::Partly),
            ("Gul", Grade::Partly),
            ("Otillfredsställande", Grade::Unsatisfactory),
            ("Ej uppfyllt", Grade::Unsatisfactory),
            ("RÖD", Grade::Unsatisfactory),
            ("Uppgift saknas", Grade::NoData),
            ("grå", Grade::NoData),
            ("Ej bedömd", Grade::NotAssessed),
        ] {
            assert_eq!(Grade::read(text), Some(grade), "{text}");
        }
        assert_eq!(Grade::read("Bra"), None);
    }

    #[test]
    fn directions_in_words() {
        assert_eq!(
            Direction::read("Högre är bättre"),
            Some(Direction::HigherIsBetter)
        );
        assert_eq!(
            Direction::read("Lägre är bättre"),
            Some(Direction::LowerIsBetter)
        );
        assert_eq!(Direction::read("↓"), Some(Direction::LowerIsBetter));
        assert_eq!(Direction::read(""), None);
    }
}
