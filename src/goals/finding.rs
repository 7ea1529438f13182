//! What reading a goal export found, as data ([`crate::finding::FindingKind::Goal`]):
//! told in the page's language only when shown.

use super::model::Grade;
use crate::i18n::{Lang, Msg};
use crate::import::number::NumberError;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum GoalFinding {
    /// A Bedömning none of the vocabularies has; read as blank.
    UnknownGrade { text: String },
    /// A row with values but no indicator name; left out.
    NoName,
    /// A value cell that cannot be read (an Excel error); left blank.
    BadValue { problem: NumberError },
    /// The stated grade, and the app's derivation that contradicts it.
    Disagrees {
        indicator: String,
        stated: Grade,
        derived: Grade,
    },
    /// The table names no förvaltning: the page asks.
    NoUnit,
}

impl GoalFinding {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            GoalFinding::UnknownGrade { text } => {
                Msg::GoalFindUnknownGrade.fill(lang, &[("text", text)])
            }
            GoalFinding::NoName => Msg::GoalFindNoName.text(lang).to_string(),
            GoalFinding::BadValue { problem } => problem.text(lang),
            GoalFinding::Disagrees {
                indicator,
                stated,
                derived,
            } => Msg::GoalFindDisagrees.fill(
                lang,
                &[
                    ("indicator", indicator),
                    ("stated", stated.word(lang)),
                    ("derived", derived.word(lang)),
                ],
            ),
            GoalFinding::NoUnit => Msg::GoalFindNoUnit.text(lang).to_string(),
        }
    }
}
