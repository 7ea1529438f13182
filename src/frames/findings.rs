//! Why frame rules or inputs cannot be computed, as sentences in the
//! page's language. What reading a frame table found is a
//! [`crate::finding::Finding`], the one finding type of every import.

use crate::i18n::{Lang, Msg};

/// A figure that would leave `Decimal`'s range (about ±7,9 · 10²⁸): which
/// one and for which year. The doors bound every amount far below it, so
/// only figures that bypassed them get here, and get this message instead
/// of a panic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLarge {
    /// The figure, when it has a name of its own (`Central lönepott`,
    /// `Årets resultat`).
    pub figure: Option<Msg>,
    /// Whose, or which row (`Förvaltning 1.1 Drift`, `Summa Nämnd 1`).
    pub of: String,
    pub year: i32,
}

impl TooLarge {
    /// A row of the frame table (`Summa Nämnd 1`) in `year`.
    pub fn row(of: impl Into<String>, year: i32) -> TooLarge {
        TooLarge {
            figure: None,
            of: of.into(),
            year,
        }
    }

    /// A named figure (of a förvaltning, or of the region when `of` is
    /// empty) in `year`.
    pub fn figure(figure: Msg, of: impl Into<String>, year: i32) -> TooLarge {
        TooLarge {
            figure: Some(figure),
            of: of.into(),
            year,
        }
    }
}

impl Problem for TooLarge {
    fn text(&self, lang: Lang) -> String {
        let what = self
            .figure
            .map(|m| m.text(lang))
            .into_iter()
            .chain(Some(self.of.as_str()).filter(|o| !o.is_empty()))
            .collect::<Vec<_>>()
            .join(" ");
        Msg::FrProblemTooLarge.fill(lang, &[("what", &what), ("year", &self.year.to_string())])
    }
}

/// One reason rules or inputs cannot be computed, as a sentence.
pub trait Problem {
    fn text(&self, lang: Lang) -> String;
}

/// Every problem found, read as one text (Swedish when displayed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems<P> {
    pub problems: Vec<P>,
}

impl<P: Problem> Problems<P> {
    /// `Ok(())` when there are none.
    pub fn check(problems: Vec<P>) -> Result<(), Problems<P>> {
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Problems { problems })
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        self.problems
            .iter()
            .map(|p| p.text(lang))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl<P: Problem> std::fmt::Display for Problems<P> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl<P: Problem + std::fmt::Debug> std::error::Error for Problems<P> {}
