//! The form's metadata fields by name: what the importer reads, a finding
//! names and the page asks for. Apart from [`super::meta`] (which reads
//! them) so that findings can name a field without depending on the reader.

use crate::i18n::{Lang, Msg};
use serde::{Deserialize, Serialize};

/// One metadata field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MetaField {
    Organisation,
    UnitId,
    Period,
    AmountUnit,
    FilledBy,
    Date,
}

impl MetaField {
    pub const ALL: [MetaField; 6] = [
        MetaField::Organisation,
        MetaField::UnitId,
        MetaField::Period,
        MetaField::AmountUnit,
        MetaField::FilledBy,
        MetaField::Date,
    ];

    /// The label the form prints before the value.
    pub fn label(self) -> &'static str {
        match self {
            MetaField::Organisation => "Organisation",
            MetaField::UnitId => "Förvaltning",
            MetaField::Period => "Period",
            MetaField::AmountUnit => "Belopp",
            MetaField::FilledBy => "Ifylld av",
            MetaField::Date => "Datum",
        }
    }

    /// The field's name in `lang` (the form's label is Swedish).
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            MetaField::Organisation => Msg::MetaFieldOrganisation,
            MetaField::UnitId => Msg::MetaFieldUnit,
            MetaField::Period => Msg::MetaFieldPeriod,
            MetaField::AmountUnit => Msg::MetaFieldAmounts,
            MetaField::FilledBy => Msg::MetaFieldFilledBy,
            MetaField::Date => Msg::MetaFieldDate,
        }
        .text(lang)
    }

    /// True for the fields the app cannot work without (which förvaltning,
    /// which month, which unit); the others are shown when present.
    pub fn required(self) -> bool {
        matches!(
            self,
            MetaField::UnitId | MetaField::Period | MetaField::AmountUnit
        )
    }
}
