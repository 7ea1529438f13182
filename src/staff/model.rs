//! The HR system's quarterly extract as it prints it: stacked tables, each
//! naming its periods in the title, with Kvinna / Man / Total for two
//! periods and their Förändring, rows per personalgrupp (or frånvarogrupp)
//! and a Total row. The figures are those printed, each rounded on its own;
//! [`super::check`] compares them with what they add up to.
//!
//! These types are also the share format's wire for staff (format 5): a
//! change that breaks a frozen format-5 link needs a new format.

use crate::fr1::meta_field::MetaField;
use crate::fr1::model::UnitId;
use crate::fr1::schema::normalize_label;
use crate::i18n::{Lang, Msg};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Which of the extract's tables, recognised by its title.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum TableKind {
    /// Utförd arbetstid … i årsarbetare.
    WorkedTime,
    /// Övertid i årsarbetare.
    Overtime,
    /// Mertid i årsarbetare.
    ExtraTime,
    /// Timavlönade i årsarbetare.
    HourlyPaid,
    /// Frånvaro i årsarbetare per frånvarohuvudgrupp.
    Absence,
    /// Totalt antal anställda (a head count at a date).
    Employees,
    /// Sjukfrånvaro i % av ordinarie arbetstid.
    SickLeave,
    /// Extern personalrörlighet i procent.
    Turnover,
}

impl TableKind {
    pub const ALL: [TableKind; 8] = [
        TableKind::WorkedTime,
        TableKind::Overtime,
        TableKind::ExtraTime,
        TableKind::HourlyPaid,
        TableKind::Absence,
        TableKind::Employees,
        TableKind::SickLeave,
        TableKind::Turnover,
    ];

    /// The table a title names, by its leading words.
    pub fn recognise(title: &str) -> Option<TableKind> {
        let t = normalize_label(title);
        let kind = if t.starts_with("utford arbetstid") || t.starts_with("arbetad tid") {
            TableKind::WorkedTime
        } else if t.starts_with("overtid") {
            TableKind::Overtime
        } else if t.starts_with("mertid") {
            TableKind::ExtraTime
        } else if t.starts_with("timavlonade") {
            TableKind::HourlyPaid
        } else if t.starts_with("franvaro") {
            TableKind::Absence
        } else if t.contains("antal anstallda") {
            TableKind::Employees
        } else if t.contains("sjukfranvaro") {
            TableKind::SickLeave
        } else if t.contains("personalrorlighet") {
            TableKind::Turnover
        } else {
            return None;
        };
        Some(kind)
    }

    /// Percentages: never added across rows or units; the Total column is
    /// the HR system's own ratio, not Kvinna + Man.
    pub fn is_percent(self) -> bool {
        matches!(self, TableKind::SickLeave | TableKind::Turnover)
    }

    /// Head counts and årsarbetare add up across units (as computed
    /// figures); percentages do not.
    pub fn adds_up(self) -> bool {
        !self.is_percent()
    }

    /// How far a stated figure may be from its derivation and still be
    /// rounding: one unit of the printed precision (årsarbetare and
    /// percentages to 0,1, övertid, mertid, timavlönade and frånvaro to
    /// 0,01); head counts are whole people, so any gap is a warning.
    pub fn rounding(self) -> Decimal {
        match self {
            TableKind::WorkedTime | TableKind::SickLeave | TableKind::Turnover => {
                Decimal::new(1, 1)
            }
            TableKind::Overtime
            | TableKind::ExtraTime
            | TableKind::HourlyPaid
            | TableKind::Absence => Decimal::new(1, 2),
            TableKind::Employees => Decimal::ZERO,
        }
    }

    /// Decimals the page shows.
    pub fn decimals(self) -> u32 {
        match self {
            TableKind::Employees => 0,
            TableKind::WorkedTime | TableKind::SickLeave | TableKind::Turnover => 1,
            _ => 2,
        }
    }

    /// The table's name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            TableKind::WorkedTime => Msg::StaffWorkedTime,
            TableKind::Overtime => Msg::StaffOvertime,
            TableKind::ExtraTime => Msg::StaffExtraTime,
            TableKind::HourlyPaid => Msg::StaffHourlyPaid,
            TableKind::Absence => Msg::StaffAbsence,
            TableKind::Employees => Msg::StaffEmployees,
            TableKind::SickLeave => Msg::StaffSickLeave,
            TableKind::Turnover => Msg::StaffTurnover,
        }
        .text(lang)
    }
}

/// The two periods and their difference: the table's three blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Block {
    /// The earlier period (2023).
    Earlier,
    /// The later period (2024).
    Later,
    /// Förändring: later − earlier (percentage points for percentages).
    Change,
}

impl Block {
    pub const ALL: [Block; 3] = [Block::Earlier, Block::Later, Block::Change];
}

/// Kvinna, Man, Total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Sex {
    Woman,
    Man,
    Total,
}

impl Sex {
    pub const ALL: [Sex; 3] = [Sex::Woman, Sex::Man, Sex::Total];

    /// The header the extract prints.
    pub fn label(self) -> &'static str {
        match self {
            Sex::Woman => "Kvinna",
            Sex::Man => "Man",
            Sex::Total => "Total",
        }
    }

    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Sex::Woman => Msg::StaffWoman,
            Sex::Man => Msg::StaffMan,
            Sex::Total => Msg::StaffTotal,
        }
        .text(lang)
    }
}

/// One row: its label and nine figures, `[block][sex]`. Percentages are
/// in percent (5,4 for 5,4 %), however the file stored them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StaffRow {
    pub label: String,
    pub cells: [[Option<Decimal>; 3]; 3],
}

impl StaffRow {
    pub fn get(&self, block: Block, sex: Sex) -> Option<Decimal> {
        self.cells[block as usize][sex as usize]
    }

    pub fn set(&mut self, block: Block, sex: Sex, value: Option<Decimal>) {
        self.cells[block as usize][sex as usize] = value;
    }
}

/// One table of the extract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffTable {
    pub kind: TableKind,
    /// The title as printed.
    pub title: String,
    /// The earlier and later period as the title names them ("jan-jun
    /// 2023", "jan-jun 2024"), else the year row's ("2023", "2024").
    pub periods: [String; 2],
    pub rows: Vec<StaffRow>,
    /// The Total row; `None` when the table has none (the percentage
    /// tables print a single row instead).
    pub total: Option<StaffRow>,
}

impl StaffTable {
    /// The table's overall figure: its Total row's, or its single row's.
    pub fn overall(&self, block: Block) -> Option<Decimal> {
        match (&self.total, self.rows.as_slice()) {
            (Some(t), _) => t.get(block, Sex::Total),
            (None, [only]) => only.get(block, Sex::Total),
            _ => None,
        }
    }
}

/// One förvaltning's extract.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StaffReport {
    /// The file it was read from.
    pub source: String,
    /// The förvaltning (the extract's first cell); `None` until the page
    /// is told.
    pub unit: Option<UnitId>,
    /// "Statistikuttag 2024-07-04", when printed.
    pub extracted: Option<String>,
    pub tables: Vec<StaffTable>,
}

impl StaffReport {
    pub fn table(&self, kind: TableKind) -> Option<&StaffTable> {
        self.tables.iter().find(|t| t.kind == kind)
    }

    pub fn unit_code(&self) -> Option<&str> {
        self.unit.as_ref().map(|u| u.code.trim())
    }

    /// The details the page asks for, as it asks for an FR1's: the
    /// förvaltning when the extract names none (a table exported alone).
    pub fn missing(&self) -> Vec<MetaField> {
        if self.unit.is_none() {
            vec![MetaField::UnitId]
        } else {
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_name_their_tables() {
        for (title, kind) in [
            ("Utförd arbetstid inkl jour och beredskap, övertid, mertid och timanställningar i årsarbetare perioden jan-jun 2024 jämfört med jan-jun 2023", TableKind::WorkedTime),
            ("Övertid i årsarbetare jan-jun 2024 jämfört med jan-jun 2023", TableKind::Overtime),
            ("Mertid i årsarbetare jan-jun 2024 jämfört med jan-jun 2023", TableKind::ExtraTime),
            ("Timavlönade i årsarbetare jan-jun 2024 jämfört med jan-jun 2023", TableKind::HourlyPaid),
            ("Frånvaro i årsarbetare per frånvarohuvudgrupp jan-jun 2024 jämfört med jan-jun 2023", TableKind::Absence),
            ("Totalt antal anställda 2024-06-30", TableKind::Employees),
            ("Obligatorisk redovisning av sjukfrånvaro, för månads- och timavlönade jan-jun 2024 jämfört med jan-jun 2023", TableKind::SickLeave),
            ("Extern personalrörlighet i procent (exklusive pensionsavgångar) jan-jun 2024 jämfört med jan-jun 2023", TableKind::Turnover),
        ] {
            assert_eq!(TableKind::recognise(title), Some(kind), "{title}");
        }
        assert_eq!(TableKind::recognise("Lönekostnad per månad"), None);
    }
}
