//! The FR1 form (Formulär FR 1 – Resultatrapport), defined once.
//!
//! Rows (kontoslag) with their parent/child structure, the two reports, their
//! five column groups, the three parts (Externt/Internt/Totalt) and the
//! identities every filled-in form must satisfy. The importer finds labels
//! through [`Row::matches`] and [`Group::matches`], the validator walks
//! [`ROW_SUMS`] and [`GROUP_DIFFS`], and tables and charts take their labels and
//! order from here, so the form is described in exactly one place.

use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

/// Which of the two reports of an FR1 a table is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Report {
    /// Accumulated from 1 January to the end of the period.
    Utfall,
    /// Full-year forecast.
    Prognos,
}

impl Report {
    pub const ALL: [Report; 2] = [Report::Utfall, Report::Prognos];

    /// The title line the form prints (`Ekonomirapportering Utfall - Förvaltning`).
    pub fn title(self) -> &'static str {
        match self {
            Report::Utfall => "Ekonomirapportering Utfall - Förvaltning",
            Report::Prognos => "Ekonomirapportering Prognos - Förvaltning",
        }
    }

    /// The word that tells the reports apart in a title or sheet name.
    pub fn keyword(self) -> &'static str {
        match self {
            Report::Utfall => "utfall",
            Report::Prognos => "prognos",
        }
    }

    /// The sheet name the form uses.
    pub fn sheet_name(self) -> &'static str {
        match self {
            Report::Utfall => "Utfall",
            Report::Prognos => "Prognos",
        }
    }
}

/// How a row's amounts behave under the sign rule (revenues negative, costs
/// positive). A positive variance is favourable on every row either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RowKind {
    Revenue,
    Cost,
    /// A sum row (TOTALA …, NETTORESULTAT).
    Total,
}

/// One row (kontoslag) of the form, in the form's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Row {
    Intakter,
    Personal,
    Anstallda,
    Inhyrda,
    PersonalOvrigt,
    Drift,
    Forbrukningsmaterial,
    Resor,
    InformationPr,
    KoptaTjanster,
    PostOchTele,
    DriftOvrigt,
    Kapitalkostnad,
    TotalaIntakter,
    TotalaKostnader,
    Nettoresultat,
}

impl Row {
    pub const COUNT: usize = 16;

    /// The row's stable name in the page (`data-row`), for styles and
    /// tests; it does not change with the page's language or the code's names.
    pub fn key(self) -> &'static str {
        match self {
            Row::Intakter => "Intakter",
            Row::Personal => "Personal",
            Row::Anstallda => "Anstallda",
            Row::Inhyrda => "Inhyrda",
            Row::PersonalOvrigt => "PersonalOvrigt",
            Row::Drift => "Drift",
            Row::Forbrukningsmaterial => "Forbrukningsmaterial",
            Row::Resor => "Resor",
            Row::InformationPr => "InformationPr",
            Row::KoptaTjanster => "KoptaTjanster",
            Row::PostOchTele => "PostOchTele",
            Row::DriftOvrigt => "DriftOvrigt",
            Row::Kapitalkostnad => "Kapitalkostnad",
            Row::TotalaIntakter => "TotalaIntakter",
            Row::TotalaKostnader => "TotalaKostnader",
            Row::Nettoresultat => "Nettoresultat",
        }
    }

    /// Every row in the form's order.
    pub const ALL: [Row; Row::COUNT] = [
        Row::Intakter,
        Row::Personal,
        Row::Anstallda,
        Row::Inhyrda,
        Row::PersonalOvrigt,
        Row::Drift,
        Row::Forbrukningsmaterial,
        Row::Resor,
        Row::InformationPr,
        Row::KoptaTjanster,
        Row::PostOchTele,
        Row::DriftOvrigt,
        Row::Kapitalkostnad,
        Row::TotalaIntakter,
        Row::TotalaKostnader,
        Row::Nettoresultat,
    ];

    /// The four main rows a bridge or budget frame works with (IPDK).
    pub const MAIN: [Row; 4] = [
        Row::Intakter,
        Row::Personal,
        Row::Drift,
        Row::Kapitalkostnad,
    ];

    /// Position in [`Row::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The label as the form prints it, without the sub-row dash.
    pub fn label(self) -> &'static str {
        match self {
            Row::Intakter => "Intäkter",
            Row::Personal => "Personal",
            Row::Anstallda => "Anställda",
            Row::Inhyrda => "Inhyrda",
            Row::PersonalOvrigt => "övrigt",
            Row::Drift => "Drift",
            Row::Forbrukningsmaterial => "Förbrukningsmaterial",
            Row::Resor => "Resor",
            Row::InformationPr => "Information PR",
            Row::KoptaTjanster => "Köpta tjänster",
            Row::PostOchTele => "Post och tele",
            Row::DriftOvrigt => "övrigt",
            Row::Kapitalkostnad => "Kapitalkostnad",
            Row::TotalaIntakter => "TOTALA INTÄKTER",
            Row::TotalaKostnader => "TOTALA KOSTNADER",
            Row::Nettoresultat => "NETTORESULTAT",
        }
    }

    /// A label that stands on its own, for messages and charts: the two
    /// `övrigt` rows need their parent to be told apart.
    pub fn full_label(self) -> String {
        match self.parent() {
            Some(p) if matches!(self, Row::PersonalOvrigt | Row::DriftOvrigt) => {
                format!("{}, övrigt", p.label())
            }
            _ => self.label().to_string(),
        }
    }

    /// The row this is a dash row of.
    pub fn parent(self) -> Option<Row> {
        match self {
            Row::Anstallda | Row::Inhyrda | Row::PersonalOvrigt => Some(Row::Personal),
            Row::Forbrukningsmaterial
            | Row::Resor
            | Row::InformationPr
            | Row::KoptaTjanster
            | Row::PostOchTele
            | Row::DriftOvrigt => Some(Row::Drift),
            _ => None,
        }
    }

    /// The dash rows under this row (empty for rows without sub-rows).
    pub fn children(self) -> &'static [Row] {
        match self {
            Row::Personal => ROW_SUMS[0].terms,
            Row::Drift => ROW_SUMS[1].terms,
            _ => &[],
        }
    }

    pub fn is_sub_row(self) -> bool {
        self.parent().is_some()
    }

    pub fn kind(self) -> RowKind {
        match self {
            Row::Intakter => RowKind::Revenue,
            Row::TotalaIntakter | Row::TotalaKostnader | Row::Nettoresultat => RowKind::Total,
            _ => RowKind::Cost,
        }
    }

    /// Matches a row label as found in a file: case, spacing, a leading dash
    /// and punctuation are ignored. `övrigt` matches both `övrigt` rows; the
    /// caller tells them apart by the parent row above it ([`Row::resolve`]).
    pub fn matches(self, text: &str) -> bool {
        let t = normalize_label(text);
        let own = normalize_label(self.label());
        if t == own {
            return true;
        }
        let aliases: &[&str] = match self {
            Row::Intakter => &["intakter", "intakt"],
            Row::InformationPr => &["information pr", "information och pr", "info pr"],
            Row::KoptaTjanster => &["kopta tjanster"],
            Row::PostOchTele => &["post och tele", "post tele", "post och telefon"],
            Row::Kapitalkostnad => &["kapitalkostnader", "kapitalkostn"],
            Row::TotalaIntakter => &["totala intakter", "summa intakter"],
            Row::TotalaKostnader => &["totala kostnader", "summa kostnader"],
            Row::Nettoresultat => &["netto resultat", "nettoresultat", "resultat netto"],
            Row::PersonalOvrigt | Row::DriftOvrigt => &["ovrigt", "ovriga"],
            Row::Forbrukningsmaterial => &["forbrukningsmaterial", "forbr material"],
            _ => &[],
        };
        aliases.iter().any(|a| *a == t)
    }

    /// Finds the row a label names. `under` is the last main row seen above,
    /// which decides which `övrigt` is meant.
    pub fn resolve(text: &str, under: Option<Row>) -> Option<Row> {
        let hits: Vec<Row> = Row::ALL.into_iter().filter(|r| r.matches(text)).collect();
        match hits.as_slice() {
            [one] => Some(*one),
            [] => None,
            many => many
                .iter()
                .copied()
                // "övrigt" under an unknown parent: refuse to guess.
                .find(|r| r.parent().is_some() && r.parent() == under),
        }
    }
}

/// Lower-cases, folds å/ä/ö to a/a/o, drops a leading dash and punctuation and
/// squeezes whitespace, so `" - Förbrukningsmaterial"` and
/// `"FÖRBRUKNINGS MATERIAL"` compare by their words.
pub fn normalize_label(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars().flat_map(|c| c.to_lowercase()) {
        let c = match c {
            'å' | 'ä' | 'à' | 'á' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' => 'e',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        if c == ' ' {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    out.trim_end().to_string()
}

/// A column group: which figure (actual, budget, …) the three parts hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Group {
    /// UTFALL - ACKUMULERAT / PROGNOS - HELÅR: the report's own figure.
    Actual,
    /// BUDGET - ACKUMULERAT / BUDGET - HELÅR.
    Budget,
    /// FÖREG. ÅR - ACKUMULERAT / FÖREG. ÅR - HELÅR.
    PreviousYear,
    /// UTFALL JMF BUDGET / PROGNOS JMF BUDGET = budget − actual.
    VsBudget,
    /// UTFALL JMF FÖREG. ÅR / PROGNOS JMF FÖREG. ÅR = previous year − actual.
    VsPreviousYear,
}

impl Group {
    pub const COUNT: usize = 5;
    pub const ALL: [Group; Group::COUNT] = [
        Group::Actual,
        Group::Budget,
        Group::PreviousYear,
        Group::VsBudget,
        Group::VsPreviousYear,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The header the form prints over this group in `report`.
    pub fn header(self, report: Report) -> &'static str {
        match (report, self) {
            (Report::Utfall, Group::Actual) => "UTFALL - ACKUMULERAT",
            (Report::Utfall, Group::Budget) => "BUDGET - ACKUMULERAT",
            (Report::Utfall, Group::PreviousYear) => "FÖREG. ÅR - ACKUMULERAT",
            (Report::Utfall, Group::VsBudget) => "UTFALL JMF BUDGET",
            (Report::Utfall, Group::VsPreviousYear) => "UTFALL JMF FÖREG. ÅR",
            (Report::Prognos, Group::Actual) => "PROGNOS - HELÅR",
            (Report::Prognos, Group::Budget) => "BUDGET - HELÅR",
            (Report::Prognos, Group::PreviousYear) => "FÖREG. ÅR - HELÅR",
            (Report::Prognos, Group::VsBudget) => "PROGNOS JMF BUDGET",
            (Report::Prognos, Group::VsPreviousYear) => "PROGNOS JMF FÖREG. ÅR",
        }
    }

    /// A short name for messages: "Budget ackumulerat", "Prognos helår".
    pub fn short_name(self, report: Report) -> &'static str {
        match (report, self) {
            (Report::Utfall, Group::Actual) => "Utfall ackumulerat",
            (Report::Utfall, Group::Budget) => "Budget ackumulerat",
            (Report::Utfall, Group::PreviousYear) => "Föreg. år ackumulerat",
            (Report::Utfall, Group::VsBudget) => "Utfall jmf budget",
            (Report::Utfall, Group::VsPreviousYear) => "Utfall jmf föreg. år",
            (Report::Prognos, Group::Actual) => "Prognos helår",
            (Report::Prognos, Group::Budget) => "Budget helår",
            (Report::Prognos, Group::PreviousYear) => "Föreg. år helår",
            (Report::Prognos, Group::VsBudget) => "Prognos jmf budget",
            (Report::Prognos, Group::VsPreviousYear) => "Prognos jmf föreg. år",
        }
    }

    /// True for the two derived variance groups.
    pub fn is_variance(self) -> bool {
        matches!(self, Group::VsBudget | Group::VsPreviousYear)
    }

    /// Recognises a group header as written in a file, tolerating case,
    /// spacing, `FÖREG. ÅR`/`Föreg år`/`fg år`, `JMF`/`jämfört med`, and the
    /// three-column summary's `Utfall`/`Budget`/`Avvikelse`. Returns the group
    /// and, when the header names it, the report.
    pub fn recognise(text: &str) -> Option<(Group, Option<Report>)> {
        let t = normalize_label(text);
        if t.is_empty() {
            return None;
        }
        let words: Vec<&str> = t.split(' ').collect();
        let has = |w: &str| words.contains(&w);
        let report = if has("utfall") {
            Some(Report::Utfall)
        } else if has("prognos") {
            Some(Report::Prognos)
        } else {
            None
        };
        let compared = has("jmf") || t.contains("jamfort med") || has("mot") || has("vs");
        let prev = t.contains("foreg ar")
            || t.contains("foregaende ar")
            || t.contains("fg ar")
            || has("fg")
            || has("fjol")
            || t.contains("forra aret");
        if has("avvikelse") || has("avv") {
            return Some((
                if prev {
                    Group::VsPreviousYear
                } else {
                    Group::VsBudget
                },
                report,
            ));
        }
        if compared {
            return Some((
                if prev {
                    Group::VsPreviousYear
                } else {
                    Group::VsBudget
                },
                report,
            ));
        }
        if prev {
            return Some((Group::PreviousYear, report));
        }
        if has("budget") {
            return Some((Group::Budget, report));
        }
        if report.is_some() {
            return Some((Group::Actual, report));
        }
        None
    }
}

/// Externt, Internt, Totalt: the three columns of every group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Part {
    Externt,
    Internt,
    Totalt,
}

impl Part {
    pub const COUNT: usize = 3;
    pub const ALL: [Part; Part::COUNT] = [Part::Externt, Part::Internt, Part::Totalt];

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn label(self) -> &'static str {
        match self {
            Part::Externt => "Externt",
            Part::Internt => "Internt",
            Part::Totalt => "Totalt",
        }
    }

    pub fn recognise(text: &str) -> Option<Part> {
        match normalize_label(text).as_str() {
            "externt" | "extern" | "ext" | "externa" => Some(Part::Externt),
            "internt" | "intern" | "int" | "interna" => Some(Part::Internt),
            "totalt" | "total" | "tot" | "summa" => Some(Part::Totalt),
            _ => None,
        }
    }
}

/// A row that must equal the sum of other rows, in every group and part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowSum {
    pub total: Row,
    pub terms: &'static [Row],
    /// How a message names the terms ("delraderna", "Personal, Drift och
    /// Kapitalkostnad").
    pub terms_name: Msg,
}

/// Row identities: Personal and Drift equal their dash rows; TOTALA INTÄKTER =
/// Intäkter; TOTALA KOSTNADER = Personal + Drift + Kapitalkostnad;
/// NETTORESULTAT = TOTALA INTÄKTER + TOTALA KOSTNADER.
pub const ROW_SUMS: [RowSum; 5] = [
    RowSum {
        total: Row::Personal,
        terms: &[Row::Anstallda, Row::Inhyrda, Row::PersonalOvrigt],
        terms_name: Msg::FindTermsSubRows,
    },
    RowSum {
        total: Row::Drift,
        terms: &[
            Row::Forbrukningsmaterial,
            Row::Resor,
            Row::InformationPr,
            Row::KoptaTjanster,
            Row::PostOchTele,
            Row::DriftOvrigt,
        ],
        terms_name: Msg::FindTermsSubRows,
    },
    RowSum {
        total: Row::TotalaIntakter,
        terms: &[Row::Intakter],
        terms_name: Msg::FindTermsIntakter,
    },
    RowSum {
        total: Row::TotalaKostnader,
        terms: &[Row::Personal, Row::Drift, Row::Kapitalkostnad],
        terms_name: Msg::FindTermsCosts,
    },
    RowSum {
        total: Row::Nettoresultat,
        terms: &[Row::TotalaIntakter, Row::TotalaKostnader],
        terms_name: Msg::FindTermsTotals,
    },
];

/// A variance group that must equal `reference − actual`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupDiff {
    pub target: Group,
    pub reference: Group,
    pub actual: Group,
}

/// `… JMF BUDGET = BUDGET − …`; `… JMF FÖREG. ÅR = FÖREG. ÅR − …`.
pub const GROUP_DIFFS: [GroupDiff; 2] = [
    GroupDiff {
        target: Group::VsBudget,
        reference: Group::Budget,
        actual: Group::Actual,
    },
    GroupDiff {
        target: Group::VsPreviousYear,
        reference: Group::PreviousYear,
        actual: Group::Actual,
    },
];

/// Differences up to this many units a cell are rounding, not errors.
pub const ROUNDING_TOLERANCE: i64 = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_in_form_order_and_indexed() {
        for (i, r) in Row::ALL.iter().enumerate() {
            assert_eq!(r.index(), i);
        }
    }

    #[test]
    fn children_point_back_to_parent() {
        for r in Row::ALL {
            for c in r.children() {
                assert_eq!(c.parent(), Some(r));
            }
        }
        assert_eq!(Row::Drift.children().len(), 6);
        assert_eq!(Row::Personal.children().len(), 3);
    }

    #[test]
    fn labels_match_with_odd_spacing_and_case() {
        assert_eq!(
            Row::resolve(" - Förbrukningsmaterial", None),
            Some(Row::Forbrukningsmaterial)
        );
        assert_eq!(
            Row::resolve("TOTALA  intäkter", None),
            Some(Row::TotalaIntakter)
        );
        assert_eq!(
            Row::resolve(" - övrigt", Some(Row::Personal)),
            Some(Row::PersonalOvrigt)
        );
        assert_eq!(
            Row::resolve("- Övrigt", Some(Row::Drift)),
            Some(Row::DriftOvrigt)
        );
        assert_eq!(Row::resolve("övrigt", None), None);
        assert_eq!(Row::resolve("Kontoslag", None), None);
    }

    #[test]
    fn group_headers_are_recognised_in_their_variants() {
        use Group::*;
        assert_eq!(
            Group::recognise("UTFALL - ACKUMULERAT"),
            Some((Actual, Some(Report::Utfall)))
        );
        assert_eq!(Group::recognise("Budget - helår"), Some((Budget, None)));
        assert_eq!(
            Group::recognise("FÖREG. ÅR - ACKUMULERAT"),
            Some((PreviousYear, None))
        );
        assert_eq!(Group::recognise("fg år ack"), Some((PreviousYear, None)));
        assert_eq!(
            Group::recognise("Utfall jämfört med budget"),
            Some((VsBudget, Some(Report::Utfall)))
        );
        assert_eq!(
            Group::recognise("PROGNOS JMF FÖREG. ÅR"),
            Some((VsPreviousYear, Some(Report::Prognos)))
        );
        assert_eq!(Group::recognise("Avvikelse"), Some((VsBudget, None)));
        assert_eq!(Group::recognise("Kontoslag"), None);
    }

    #[test]
    fn parts_are_recognised() {
        assert_eq!(Part::recognise(" EXTERNT "), Some(Part::Externt));
        assert_eq!(Part::recognise("Totalt"), Some(Part::Totalt));
        assert_eq!(Part::recognise("Intäkter"), None);
    }
}
