//! What reading an HR extract found, as data ([`crate::finding::FindingKind::Staff`]):
//! told in the page's language only when shown.

use super::check::Derivation;
use super::model::{Block, Sex, TableKind};
use crate::format;
use crate::i18n::{Lang, Msg};
use crate::import::number::NumberError;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum StaffFinding {
    /// A table whose title is none of the extract's; left out.
    UnknownTable { title: String },
    /// A table without the Kvinna / Man / Total header; left out.
    NoHeader { title: String },
    /// A table without its Total row: read, with no total to check.
    NoTotal { table: TableKind },
    /// A figure that cannot be read; left blank.
    BadFigure { problem: NumberError },
    /// A stated figure off its derivation by rounding (a note) or by more
    /// (a warning).
    Differs {
        table: TableKind,
        row: String,
        block: Block,
        sex: Sex,
        derivation: Derivation,
        stated: Decimal,
        derived: Decimal,
        rounding: bool,
    },
}

impl StaffFinding {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            StaffFinding::UnknownTable { title } => {
                Msg::StaffFindUnknownTable.fill(lang, &[("title", title)])
            }
            StaffFinding::NoHeader { title } => {
                Msg::StaffFindNoHeader.fill(lang, &[("title", title)])
            }
            StaffFinding::NoTotal { table } => {
                Msg::StaffFindNoTotal.fill(lang, &[("table", table.name(lang))])
            }
            StaffFinding::BadFigure { problem } => problem.text(lang),
            StaffFinding::Differs {
                table,
                row,
                block,
                sex,
                derivation,
                stated,
                derived,
                rounding,
            } => {
                let what = match derivation {
                    Derivation::Sexes => Msg::StaffDerivSexes,
                    Derivation::Change => Msg::StaffDerivChange,
                    Derivation::Rows => Msg::StaffDerivRows,
                };
                let block = match block {
                    Block::Earlier => Msg::StaffEarlier,
                    Block::Later => Msg::StaffLater,
                    Block::Change => Msg::StaffChange,
                };
                let msg = if *rounding {
                    Msg::StaffFindRounding
                } else {
                    Msg::StaffFindMismatch
                };
                let decimals = table.decimals();
                msg.fill(
                    lang,
                    &[
                        ("table", table.name(lang)),
                        ("row", row),
                        ("block", block.text(lang)),
                        ("sex", sex.name(lang)),
                        ("stated", &format::amount(*stated, decimals)),
                        ("derived", &format::amount(*derived, decimals)),
                        ("what", what.text(lang)),
                    ],
                )
            }
        }
    }
}
