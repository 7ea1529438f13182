//! How many indicators fall on each grade: the year-end report's sentence
//! "Av 23 indikatorer bedöms 13 som tillfredsställande, 2 som inte helt
//! tillfredsställande, 3 som otillfredsställande och 5 saknar uppgift".

use super::model::Grade;
use crate::i18n::{Lang, Msg};

/// Indicators per grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub satisfactory: usize,
    pub partly: usize,
    pub unsatisfactory: usize,
    pub no_data: usize,
    pub not_assessed: usize,
}

impl Counts {
    pub fn of(grades: impl IntoIterator<Item = Grade>) -> Counts {
        grades.into_iter().fold(Counts::default(), |mut c, g| {
            *c.slot(g) += 1;
            c
        })
    }

    fn slot(&mut self, grade: Grade) -> &mut usize {
        match grade {
            Grade::Satisfactory => &mut self.satisfactory,
            Grade::Partly => &mut self.partly,
            Grade::Unsatisfactory => &mut self.unsatisfactory,
            Grade::NoData => &mut self.no_data,
            Grade::NotAssessed => &mut self.not_assessed,
        }
    }

    pub fn get(mut self, grade: Grade) -> usize {
        *self.slot(grade)
    }

    pub fn total(self) -> usize {
        Grade::ALL.into_iter().map(|g| self.get(g)).sum()
    }

    /// The report's sentence in `lang`; those nobody assessed are named
    /// only when there are any.
    pub fn sentence(self, lang: Lang) -> String {
        let n = |v: usize| v.to_string();
        let values = [
            ("total", n(self.total())),
            ("sat", n(self.satisfactory)),
            ("partly", n(self.partly)),
            ("unsat", n(self.unsatisfactory)),
            ("nodata", n(self.no_data)),
            ("none", n(self.not_assessed)),
        ];
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let msg = if self.not_assessed == 0 {
            Msg::GoalCountSentence
        } else {
            Msg::GoalCountSentenceUnassessed
        };
        msg.fill(lang, &values)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reports_sentence() {
        let c = Counts {
            satisfactory: 13,
            partly: 2,
            unsatisfactory: 3,
            no_data: 5,
            not_assessed: 0,
        };
        assert_eq!(c.total(), 23);
        assert_eq!(
            c.sentence(Lang::Sv),
            "Av 23 indikatorer bedöms 13 som tillfredsställande, 2 som inte helt tillfredsställande, 3 som otillfredsställande och 5 saknar uppgift."
        );
        assert_eq!(
            c.sentence(Lang::En),
            "Of 23 indicators, 13 are assessed as satisfactory, 2 as not fully satisfactory, 3 as unsatisfactory and 5 lack data."
        );
        let with = Counts {
            not_assessed: 1,
            ..c
        };
        assert_eq!(
            with.sentence(Lang::Sv),
            "Av 24 indikatorer bedöms 13 som tillfredsställande, 2 som inte helt tillfredsställande och 3 som otillfredsställande, 5 saknar uppgift och 1 är inte bedömd."
        );
    }
}
