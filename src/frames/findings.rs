//! Why frame rules or inputs cannot be computed, as sentences in the
//! page's language. What reading a frame table found is a
//! [`crate::finding::Finding`], the one finding type of every import.

use crate::i18n::Lang;

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
