//! An explanation as the officer wrote it: whose deviation, which period
//! and section, what it is about (an FR1 row, an account, a finance line or
//! the whole), the amount it explains and the text.

use crate::fr1::model::{Period, UnitId};
use crate::fr1::schema::{normalize_label, Report, Row};
use crate::i18n::{Lang, Msg};
use crate::money::{AmountScale, Money};
use serde::{Deserialize, Serialize};

/// Whose deviation an explanation is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Owner {
    /// A förvaltning, by its code (and name as written).
    Unit(UnitId),
    /// The finance administration (finansförvaltningen).
    Finance,
}

impl Owner {
    /// A förvaltning as a table names it (`42 Exempelförvaltningen`), the
    /// finance administration by its name; `None` for a text naming
    /// neither (no leading code).
    pub fn parse(text: &str) -> Option<Owner> {
        if normalize_label(text).contains("finansforvaltning") {
            return Some(Owner::Finance);
        }
        let id = crate::fr1::meta::parse_unit_id(text)?;
        (!id.code.is_empty()).then_some(Owner::Unit(id))
    }

    /// True for the förvaltning with `code`.
    pub fn is_unit(&self, code: &str) -> bool {
        matches!(self, Owner::Unit(id) if id.code.trim() == code.trim())
    }

    /// `42 Exempelförvaltningen`, `Finansförvaltningen`.
    pub fn label(&self, lang: Lang) -> String {
        match self {
            Owner::Unit(id) => id.label(),
            Owner::Finance => Msg::ExplFinanceOwner.text(lang).to_string(),
        }
    }

    /// Same förvaltning (by code), whatever name each writes.
    fn same(&self, other: &Owner) -> bool {
        match (self, other) {
            (Owner::Unit(a), Owner::Unit(b)) => a.code.trim() == b.code.trim(),
            (Owner::Finance, Owner::Finance) => true,
            _ => false,
        }
    }
}

/// What an explanation is about (the table's Område).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Topic {
    /// `Övergripande`: a general comment on the whole deviation.
    General,
    /// An FR1 row (kontoslag): Personal, Drift, Intäkter …
    Row(Row),
    /// A ledger account or kontogrupp: `75590 Konsulter, övrigt`.
    Account { code: String, name: String },
    /// A line of the finance administration's table: `Skatteintäkter`.
    FinanceLine(String),
}

impl Topic {
    /// The Område a table writes for `owner`: `Övergripande`, an FR1 row,
    /// an account (`75590 Konsulter, övrigt`), or for the finance
    /// administration one of its lines; `None` for anything else.
    pub fn parse(text: &str, owner: &Owner) -> Option<Topic> {
        let words = normalize_label(text);
        if words.is_empty() {
            return None;
        }
        if matches!(words.as_str(), "overgripande" | "allmant" | "general") {
            return Some(Topic::General);
        }
        if *owner == Owner::Finance {
            return Some(Topic::FinanceLine(text.trim().to_string()));
        }
        if let Some(row) = Row::resolve(text, None) {
            return Some(Topic::Row(row));
        }
        let text = text.trim();
        let code: String = text.chars().take_while(char::is_ascii_digit).collect();
        (code.len() >= 2).then(|| Topic::Account {
            name: text[code.len()..].trim().to_string(),
            code,
        })
    }

    /// `Personal`, `75590 Konsulter, övrigt`, `Övergripande`.
    pub fn label(&self, lang: Lang) -> String {
        match self {
            Topic::General => Msg::ExplGeneral.text(lang).to_string(),
            Topic::Row(row) => row.full_label(),
            Topic::Account { code, name } => format!("{code} {name}").trim().to_string(),
            Topic::FinanceLine(label) => label.clone(),
        }
    }
}

/// One explanation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Explanation {
    pub owner: Owner,
    pub period: Period,
    /// Utfall (so far this year) or Prognos (the full year).
    pub section: Report,
    pub topic: Topic,
    /// The deviation from budget it explains, in tkr, positive favourable;
    /// `None` for a comment without an amount.
    pub amount: Option<Money>,
    /// The unit the amount was written in: its precision (0,1 mnkr or
    /// 1 tkr) is what the amount is compared at.
    pub written_in: AmountScale,
    /// The officer's text, as written.
    pub text: String,
}

impl Explanation {
    /// True when `other` is about the same thing (owner, period, section,
    /// topic): one replaces the other.
    pub fn same_place(&self, other: &Explanation) -> bool {
        self.owner.same(&other.owner)
            && self.period == other.period
            && self.section == other.section
            && self.topic == other.topic
    }

    /// The smallest step of the amount as written, in tkr (100 for
    /// 0,1 mnkr, 1 for tkr).
    pub fn precision(&self) -> Money {
        let step = Money(rust_decimal::Decimal::new(
            1,
            self.written_in.display_decimals(),
        ));
        self.written_in.convert(step, AmountScale::Tkr)
    }
}

/// Adds `new` to `all`: an explanation of the same place replaces the one
/// there (dropping a table twice does not double it), the rest are
/// appended in their order.
pub fn merge(all: &mut Vec<Explanation>, new: Vec<Explanation>) {
    for e in new {
        match all.iter_mut().find(|old| old.same_place(&e)) {
            Some(old) => *old = e,
            None => all.push(e),
        }
    }
}

/// The FR1 rows `owner`'s explanations of `period` name, in either
/// section, each once in the order first named: the rows the förvaltning's
/// table marks "Varför?".
pub fn explained_rows(all: &[Explanation], owner: &Owner, period: Period) -> Vec<Row> {
    let mut rows = Vec::new();
    for e in all
        .iter()
        .filter(|e| e.owner.same(owner) && e.period == period)
    {
        if let Topic::Row(row) = e.topic {
            if !rows.contains(&row) {
                rows.push(row);
            }
        }
    }
    rows
}

/// The explanations of `owner`'s `section` in `period`, in their order.
pub fn of<'a>(
    all: &'a [Explanation],
    owner: &'a Owner,
    period: Period,
    section: Report,
) -> impl Iterator<Item = &'a Explanation> + 'a {
    all.iter()
        .filter(move |e| e.owner.same(owner) && e.period == period && e.section == section)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn owners_and_topics_as_tables_write_them() {
        let unit = Owner::parse("42 Exempelförvaltningen").unwrap();
        assert!(unit.is_unit("42"));
        assert_eq!(Owner::parse("Finansförvaltningen"), Some(Owner::Finance));
        assert_eq!(Owner::parse("Okänd förvaltning"), None);
        assert_eq!(
            Topic::parse("Personal", &unit),
            Some(Topic::Row(Row::Personal))
        );
        assert_eq!(Topic::parse("Övergripande", &unit), Some(Topic::General));
        assert_eq!(
            Topic::parse("75590 Konsulter, övrigt", &unit),
            Some(Topic::Account {
                code: "75590".into(),
                name: "Konsulter, övrigt".into()
            })
        );
        assert_eq!(Topic::parse("Lokaler och sånt", &unit), None);
        assert_eq!(
            Topic::parse("Skatteintäkter", &Owner::Finance),
            Some(Topic::FinanceLine("Skatteintäkter".into()))
        );
    }

    #[test]
    fn a_table_dropped_again_replaces_its_explanations() {
        let e = |code: &str, tkr: i64, text: &str| Explanation {
            owner: Owner::parse(code).unwrap(),
            period: Period::new(2024, 6).unwrap(),
            section: Report::Utfall,
            topic: Topic::Row(Row::Personal),
            amount: Some(Money::from(tkr)),
            written_in: AmountScale::Tkr,
            text: text.into(),
        };
        let mut all = vec![e("42 Exempelförvaltningen", -1_600, "först")];
        // The same place under another name of the förvaltning replaces it;
        // another förvaltning is added.
        merge(
            &mut all,
            vec![e("42", -1_500, "sedan"), e("43 Servicecentrum", -600, "43")],
        );
        let texts: Vec<&str> = all.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts, ["sedan", "43"]);
    }

    #[test]
    fn the_precision_is_the_written_step() {
        let e = Explanation {
            owner: Owner::Finance,
            period: Period::new(2024, 12).unwrap(),
            section: Report::Utfall,
            topic: Topic::General,
            amount: None,
            written_in: AmountScale::Mnkr,
            text: String::new(),
        };
        assert_eq!(e.precision(), Money(dec!(100)));
        let tkr = Explanation {
            written_in: AmountScale::Tkr,
            ..e
        };
        assert_eq!(tkr.precision(), Money(dec!(1)));
    }
}
