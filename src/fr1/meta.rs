//! The form's metadata: organisation, förvaltning, period, amount unit,
//! who filled it in and when, read from labelled cells around the table
//! (`Period:` with the value after the colon or in a cell to the right).
//!
//! What the form does not say stays `None` and is listed as missing, so the
//! page asks instead of guessing. A file name such as `FR1_42_juni2024.xlsx`
//! often says the same things; [`hint_from_file_name`] reads it separately,
//! for the page to offer as a suggestion, never to fill in silently.

use super::meta_field::MetaField;
use super::model::{Fr1Meta, Period, UnitId, MONTHS_SV};
use super::schema::normalize_label;
use crate::finding::{Finding, FindingKind, Position};
use crate::import::grid::{Cell, Grid};
use crate::money::AmountScale;
use rust_decimal::prelude::ToPrimitive;

/// True when `meta` holds `field`.
fn is_set(field: MetaField, meta: &Fr1Meta) -> bool {
    match field {
        MetaField::Organisation => meta.organisation.is_some(),
        MetaField::UnitId => meta.unit_id.is_some(),
        MetaField::Period => meta.period.is_some(),
        MetaField::AmountUnit => meta.amount_unit.is_some(),
        MetaField::FilledBy => meta.filled_by.is_some(),
        MetaField::Date => meta.date.is_some(),
    }
}

/// Recognises a label cell: `Period:`, `Period: mars 2018`, `PERIOD`.
/// Returns the field and the text after the colon (possibly empty).
fn recognise(text: &str) -> Option<(MetaField, &str)> {
    let (label, rest) = text.split_once(':').unwrap_or((text, ""));
    let field = match normalize_label(label).as_str() {
        "organisation" => MetaField::Organisation,
        "forvaltning" | "forvaltning nr" | "forvaltningsnummer" => MetaField::UnitId,
        "period" | "manad" | "redovisningsperiod" => MetaField::Period,
        "belopp" | "belopp i" | "beloppsenhet" => MetaField::AmountUnit,
        "ifylld av" | "ifyllt av" | "uppgiftslamnare" | "kontaktperson" => MetaField::FilledBy,
        "datum" => MetaField::Date,
        _ => return None,
    };
    Some((field, rest.trim()))
}

/// The fields `meta` lacks, in [`MetaField::ALL`] order.
pub fn missing(meta: &Fr1Meta) -> Vec<MetaField> {
    MetaField::ALL
        .into_iter()
        .filter(|f| !is_set(*f, meta))
        .collect()
}

/// How many columns right of a label its value may stand (merged label cells).
const VALUE_REACH: usize = 3;

/// Reads the metadata from every grid; the first value found for a field
/// wins, a later sheet that disagrees gives a warning, a value that cannot be
/// read (`Period: snart`) gives a warning and leaves the field missing.
pub fn read_meta(grids: &[Grid]) -> (Fr1Meta, Vec<Finding>) {
    let mut meta = Fr1Meta::default();
    let mut findings = Vec::new();
    let mut seen: Vec<(MetaField, String, Position)> = Vec::new();
    for grid in grids {
        for row in 0..grid.height() {
            for col in 0..grid.width() {
                let Some((field, inline)) = recognise(grid.get(row, col).text()) else {
                    continue;
                };
                let (value, at) = if inline.is_empty() {
                    let Some(c) =
                        (col + 1..=col + VALUE_REACH).find(|&c| !grid.get(row, c).is_empty())
                    else {
                        continue;
                    };
                    if recognise(grid.get(row, c).text()).is_some() {
                        continue;
                    }
                    (grid.get(row, c).clone(), Position::in_grid(grid, row, c))
                } else {
                    (
                        Cell::Text(inline.to_string()),
                        Position::in_grid(grid, row, col),
                    )
                };
                let Some(shown) = set_field(&mut meta, field, &value) else {
                    findings.push(Finding::at(
                        at,
                        FindingKind::MetaUnreadable {
                            field,
                            value: value.display(),
                        },
                    ));
                    continue;
                };
                match seen.iter().find(|(f, _, _)| *f == field) {
                    Some((_, first, first_at)) if *first != shown => {
                        findings.push(Finding::at(
                            at,
                            FindingKind::MetaConflict {
                                field,
                                shown,
                                first: first.clone(),
                                first_at: first_at.to_string(),
                            },
                        ));
                    }
                    Some(_) => {}
                    None => seen.push((field, shown, at)),
                }
            }
        }
    }
    if meta.organisation.is_none() {
        meta.organisation = grids.iter().find_map(title_organisation);
    }
    (meta, findings)
}

/// Sets `field` from `value` unless already set; returns the value as read
/// (for comparing sheets), or `None` when it cannot be read.
fn set_field(meta: &mut Fr1Meta, field: MetaField, value: &Cell) -> Option<String> {
    fn keep<T: Clone>(slot: &mut Option<T>, value: T) {
        if slot.is_none() {
            *slot = Some(value);
        }
    }
    let text = value.display().trim().to_string();
    match field {
        MetaField::Organisation => {
            keep(&mut meta.organisation, text.clone());
            Some(text)
        }
        MetaField::UnitId => {
            let id = parse_unit_id(&text)?;
            keep(&mut meta.unit_id, id.clone());
            Some(id.label())
        }
        MetaField::Period => {
            let p = parse_period(value)?;
            keep(&mut meta.period, p);
            Some(p.label_sv())
        }
        MetaField::AmountUnit => {
            let u = AmountScale::parse(&text)?;
            keep(&mut meta.amount_unit, u);
            Some(u.short().to_string())
        }
        MetaField::FilledBy => {
            keep(&mut meta.filled_by, text.clone());
            Some(text)
        }
        MetaField::Date => {
            let d = parse_date(value)?;
            keep(&mut meta.date, d.clone());
            Some(d)
        }
    }
}

/// The organisation from a title line such as `Region Exempel Formulär FR 1
/// - Resultatrapport`: the words before `Formulär`/`FR 1`.
fn title_organisation(grid: &Grid) -> Option<String> {
    (0..grid.height().min(5))
        .flat_map(|r| (0..grid.width()).map(move |c| (r, c)))
        .find_map(|(r, c)| {
            let text = grid.get(r, c).text();
            let words: Vec<&str> = text.split_whitespace().collect();
            let form_at = words.iter().position(|w| {
                let n = normalize_label(w);
                n == "formular" || n == "fr1" || n == "fr"
            })?;
            let org = words.get(..form_at)?.join(" ");
            let org = org.trim_end_matches(['-', '–', ',', ' ']).trim();
            (!org.is_empty()).then(|| org.to_string())
        })
}

/// `42 Exempelförvaltningen` → code `42`, name `Exempelförvaltningen`; a
/// name without a leading number gets an empty code.
pub fn parse_unit_id(text: &str) -> Option<UnitId> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let code: String = text.chars().take_while(char::is_ascii_digit).collect();
    let name = text[code.len()..]
        .trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '–')
        .trim();
    Some(UnitId {
        code,
        name: name.to_string(),
    })
}

/// A period from `mars 2018`, `Mars 2018`, `januari–mars 2018` (the end
/// month), `2018-03`, `2018-03-31`, `03/2018`, a date cell, `201803` or an
/// Excel date serial.
pub fn parse_period(cell: &Cell) -> Option<Period> {
    match cell {
        Cell::Text(s) | Cell::Date(s) => period_from_text(s),
        Cell::Number(d) if d.fract().is_zero() => {
            let n = d.to_i64()?;
            if (190_001..=220_012).contains(&n) {
                Period::new(i32::try_from(n / 100).ok()?, u8::try_from(n % 100).ok()?)
            } else {
                let (y, m, _) = excel_serial_date(n)?;
                Period::new(y, m)
            }
        }
        _ => None,
    }
}

/// Alphabetic and numeric runs of a folded text: `juni2024` → `juni`, `2024`.
fn tokens(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut last_alpha = None;
    for c in normalize_label(text).chars() {
        if !c.is_alphanumeric() {
            last_alpha = None;
            continue;
        }
        let alpha = !c.is_ascii_digit();
        match out.last_mut() {
            Some(t) if last_alpha == Some(alpha) => t.push(c),
            _ => out.push(c.to_string()),
        }
        last_alpha = Some(alpha);
    }
    out
}

fn month_of(word: &str) -> Option<u8> {
    if word.chars().count() < 3 {
        return None;
    }
    let i = MONTHS_SV.iter().position(|m| m.starts_with(word))?;
    u8::try_from(i + 1).ok()
}

fn year_of(token: &str) -> Option<i32> {
    let y: i32 = token.parse().ok()?;
    (token.len() == 4 && (1900..=2200).contains(&y)).then_some(y)
}

/// The first year (`2024`) a text names, month or not: `Resultat
/// Finansförvaltningen 2024`, `finansforvaltningen_2024.csv`.
pub fn year_in(text: &str) -> Option<i32> {
    tokens(text).iter().find_map(|t| year_of(t))
}

fn period_from_text(text: &str) -> Option<Period> {
    let tokens = tokens(text);
    let year_at = tokens.iter().position(|t| year_of(t).is_some())?;
    let year = year_of(tokens.get(year_at)?)?;
    if let Some(month) = tokens.iter().rev().find_map(|t| month_of(t)) {
        return Period::new(year, month);
    }
    let number = |i: Option<usize>| -> Option<u8> {
        let t = tokens.get(i?)?;
        (t.len() <= 2).then(|| t.parse().ok()).flatten()
    };
    let month = number(Some(year_at + 1)).or_else(|| number(year_at.checked_sub(1)))?;
    Period::new(year, month)
}

/// A date as `YYYY-MM-DD` from a date cell, an Excel serial or ISO text;
/// other text is kept as written.
fn parse_date(cell: &Cell) -> Option<String> {
    match cell {
        Cell::Date(s) => Some(s.clone()),
        Cell::Number(d) if d.fract().is_zero() => {
            let (y, m, day) = excel_serial_date(d.to_i64()?)?;
            Some(format!("{y:04}-{m:02}-{day:02}"))
        }
        Cell::Text(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        _ => None,
    }
}

/// Excel's day number (1900 date system) as (year, month, day), for serials
/// between 1 March 1900 and the year 9999.
fn excel_serial_date(serial: i64) -> Option<(i32, u8, u8)> {
    if !(61..=2_958_465).contains(&serial) {
        return None;
    }
    // Days since 1970-01-01, then the civil calendar (H. Hinnant's algorithm).
    let z = serial - 25_569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Some((
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    ))
}

/// What a file name says: `FR1_42_juni2024.xlsx` → förvaltning code 42,
/// period juni 2024. Only a suggestion for the page to offer.
pub fn hint_from_file_name(name: &str) -> Fr1Meta {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = match base.rsplit_once('.') {
        Some((stem, ext)) if (1..=4).contains(&ext.len()) => stem,
        _ => base,
    };
    let tokens = tokens(stem);
    let code = tokens.iter().enumerate().find_map(|(i, t)| {
        let previous = i.checked_sub(1).and_then(|p| tokens.get(p));
        let after_form_or_year = previous.is_some_and(|p| p == "fr" || year_of(p).is_some());
        (t.chars().all(|c| c.is_ascii_digit())
            && t.len() <= 4
            && year_of(t).is_none()
            && !after_form_or_year)
            .then(|| t.clone())
    });
    Fr1Meta {
        unit_id: code.map(|code| UnitId {
            code,
            name: String::new(),
        }),
        period: period_from_text(stem),
        ..Fr1Meta::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use rust_decimal_macros::dec;

    fn text(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }

    #[test]
    fn periods_in_their_spellings() {
        let mars = Period::new(2018, 3);
        for s in [
            "mars 2018",
            "Mars 2018",
            "MARS 2018",
            "2018-03",
            "2018-03-31",
            "03/2018",
            "januari–mars 2018",
            "mar 2018",
        ] {
            assert_eq!(parse_period(&text(s)), mars, "{s}");
        }
        assert_eq!(parse_period(&Cell::Date("2018-03-31".into())), mars);
        assert_eq!(parse_period(&Cell::Number(dec!(201803))), mars);
        assert_eq!(
            parse_period(&Cell::Number(dec!(43190))),
            mars,
            "2018-03-31 as a serial"
        );
        assert_eq!(parse_period(&text("snart")), None);
        assert_eq!(parse_period(&text("2018")), None);
    }

    #[test]
    fn excel_serials() {
        assert_eq!(excel_serial_date(45485), Some((2024, 7, 12)));
        assert_eq!(excel_serial_date(61), Some((1900, 3, 1)));
        assert_eq!(excel_serial_date(25569), Some((1970, 1, 1)));
        assert_eq!(excel_serial_date(45351), Some((2024, 2, 29)));
    }

    #[test]
    fn unit_ids() {
        assert_eq!(
            parse_unit_id("42 Exempelförvaltningen"),
            Some(UnitId {
                code: "42".into(),
                name: "Exempelförvaltningen".into()
            })
        );
        assert_eq!(
            parse_unit_id("17 - Landstingsdir. Ledningsstab").map(|u| u.label()),
            Some("17 Landstingsdir. Ledningsstab".to_string())
        );
        assert_eq!(
            parse_unit_id("Servicecentrum").map(|u| u.code),
            Some(String::new())
        );
    }

    #[test]
    fn file_name_hints() {
        let h = hint_from_file_name("FR1_42_juni2024.xlsx");
        assert_eq!(h.unit_id.map(|u| u.code), Some("42".to_string()));
        assert_eq!(h.period, Period::new(2024, 6));
        let h = hint_from_file_name("uploads/FR1 2024-03 17.csv");
        assert_eq!(h.unit_id.map(|u| u.code), Some("17".to_string()));
        assert_eq!(h.period, Period::new(2024, 3));
        assert_eq!(hint_from_file_name("rapport.xlsx"), Fr1Meta::default());
    }

    #[test]
    fn labels_inline_or_beside_and_conflicts() {
        let g1 = Grid::new(
            "Utfall",
            vec![
                vec![text("Region Exempel Formulär FR 1 - Resultatrapport")],
                vec![
                    text("Förvaltning: 42 Exempelförvaltningen"),
                    Cell::Empty,
                    text("Period:"),
                    Cell::Empty,
                    text("mars 2018"),
                ],
                vec![text("Belopp:"), text("Datum:")],
                vec![text("Datum"), Cell::Number(dec!(45485))],
            ],
        );
        let g2 = Grid::new(
            "Prognos",
            vec![vec![text("Period: april 2018"), text("Belopp: mnkr")]],
        );
        let (meta, findings) = read_meta(&[g1, g2]);
        assert_eq!(meta.organisation.as_deref(), Some("Region Exempel"));
        assert_eq!(meta.unit_id.as_ref().map(|u| u.code.as_str()), Some("42"));
        assert_eq!(meta.period, Period::new(2018, 3));
        assert_eq!(meta.date.as_deref(), Some("2024-07-12"));
        // `Belopp:` followed by another label has no value in that sheet.
        assert_eq!(meta.amount_unit, Some(AmountScale::Mnkr));
        assert_eq!(findings.len(), 1, "{findings:?}");
        assert_eq!(findings[0].cell_name().as_deref(), Some("Prognos!A1"));
        assert!(findings[0]
            .text(Lang::Sv)
            .contains("”april 2018” men som ”mars 2018” i Utfall!E2"));
        assert_eq!(missing(&meta), vec![MetaField::FilledBy]);
    }
}
