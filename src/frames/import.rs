//! Reading frames from a frame table (`Budgetramar per nämnd och förvaltning
//! 2025-2027 (tkr)`) and a base year from FR1 budgets.
//!
//! The table is found by its labels, not by addresses: a header row with
//! Förvaltning, IPDK (or Kategori/Kontoslag), optionally Nämnd, and year
//! columns in any order. The unit comes from the title. `Summa` rows are not
//! stored (the model derives them) but checked against their parts, and a
//! Summa that disagrees by more than rounding is reported at its cell.

use super::model::{
    BaseForvaltning, BaseNamnd, Category, CategoryAmount, ForvaltningFrames, FrameBase, FrameLine,
    Frames, NamndFrames,
};
use crate::format::exact;
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{normalize_label, Group, Part, Row, ROUNDING_TOLERANCE};
use crate::import::grid::{Cell, Grid};
use crate::import::number::cell_amount;
use crate::money::{Money, Unit};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// How serious an import finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Severity {
    /// Worth knowing, e.g. a Summa off by rounding.
    Info,
    /// The file disagrees with itself or could not be read at a cell.
    Error,
}

/// A finding at a cell, as a Swedish sentence starting with the cell
/// (`Budgetramar!D7: …`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameIssue {
    pub severity: Severity,
    /// `Budgetramar!D7`, when the finding has a cell.
    pub cell: Option<String>,
    pub message: String,
}

/// Frames read from a file, with what was found on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameImport {
    pub frames: Frames,
    pub issues: Vec<FrameIssue>,
}

impl FrameImport {
    pub fn has_errors(&self) -> bool {
        self.issues.iter().any(|i| i.severity == Severity::Error)
    }
}

/// Why no frames could be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameImportError {
    #[error("Hittade ingen tabell med budgetramar i {sheets}: det behövs en rubrikrad med Förvaltning, IPDK (eller Kategori) och en kolumn per år.")]
    NoTable { sheets: String },
    #[error("{cell}: året {year} finns redan i en annan kolumn.")]
    DuplicateYear { cell: String, year: i32 },
    #[error("Tabellen i {sheet} har inga rader med ramar under rubrikraden.")]
    NoRows { sheet: String },
}

/// The located header: which column holds what.
struct Header {
    row: usize,
    namnd: Option<usize>,
    forvaltning: usize,
    category: usize,
    /// (column, year), in the file's column order.
    years: Vec<(usize, i32)>,
}

/// A Summa row seen in the file, checked once every part is read.
struct SummaRow {
    row: usize,
    label: String,
    target: SummaTarget,
    values: Vec<(usize, i32, Decimal)>,
}

enum SummaTarget {
    /// The förvaltning named, or the one directly above.
    Forvaltning { name: String, above: Option<String> },
    /// The nämnd named, or the whole region.
    Namnd { name: String },
}

/// Reads the first grid that holds a frame table.
pub fn import_frames(grids: &[Grid]) -> Result<FrameImport, FrameImportError> {
    let mut found = None;
    for g in grids {
        if let Some(h) = find_header(g)? {
            found = Some((g, h));
            break;
        }
    }
    let Some((grid, header)) = found else {
        let sheets = grids
            .iter()
            .map(|g| format!("”{}”", g.sheet))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(FrameImportError::NoTable {
            sheets: if sheets.is_empty() {
                "filen".to_string()
            } else {
                sheets
            },
        });
    };
    read_table(grid, &header)
}

fn find_header(grid: &Grid) -> Result<Option<Header>, FrameImportError> {
    for row in 0..grid.height() {
        let mut namnd = None;
        let mut forvaltning = None;
        let mut category = None;
        let mut years: Vec<(usize, i32)> = Vec::new();
        for col in 0..grid.width() {
            let cell = grid.get(row, col);
            match normalize_label(cell.text()).as_str() {
                "namnd" => namnd = namnd.or(Some(col)),
                "forvaltning" => forvaltning = forvaltning.or(Some(col)),
                "ipdk" | "kategori" | "kontoslag" | "ipdk rad" => category = category.or(Some(col)),
                _ => {
                    if let Some(y) = header_year(cell) {
                        if years.iter().any(|&(_, seen)| seen == y) {
                            return Err(FrameImportError::DuplicateYear {
                                cell: grid.cell_ref(row, col),
                                year: y,
                            });
                        }
                        years.push((col, y));
                    }
                }
            }
        }
        if let (Some(forvaltning), Some(category), false) =
            (forvaltning, category, years.is_empty())
        {
            return Ok(Some(Header {
                row,
                namnd,
                forvaltning,
                category,
                years,
            }));
        }
    }
    Ok(None)
}

/// A year column header: `2025` as a number or text (`År 2025` too).
fn header_year(cell: &Cell) -> Option<i32> {
    let y = match cell {
        Cell::Number(d) if d.fract().is_zero() => {
            i32::try_from(d.mantissa() / 10i128.pow(d.scale())).ok()?
        }
        Cell::Text(t) => {
            let t = normalize_label(t);
            t.strip_prefix("ar ").unwrap_or(&t).parse::<i32>().ok()?
        }
        _ => return None,
    };
    (1900..=2200).contains(&y).then_some(y)
}

/// The unit named in a title above the table (`… 2025-2027 (tkr)`), tkr when
/// none is named.
fn title_unit(grid: &Grid, header_row: usize) -> Option<Unit> {
    let mut unit = None;
    for row in 0..header_row {
        for col in 0..grid.width() {
            for word in grid.get(row, col).text().split_whitespace() {
                if let Some(u) = Unit::parse(word) {
                    unit = Some(u);
                }
            }
        }
    }
    unit
}

/// `Summa Exempelsjukhuset` → `Some("Exempelsjukhuset")`; `Summa` → `Some("")`.
fn summa_name(text: &str) -> Option<&str> {
    let t = text.trim();
    let first = t.split_whitespace().next()?;
    let first_norm = normalize_label(first);
    if first_norm == "summa" || first_norm == "totalt" {
        Some(t[first.len()..].trim())
    } else {
        None
    }
}

fn read_table(grid: &Grid, header: &Header) -> Result<FrameImport, FrameImportError> {
    let mut issues = Vec::new();
    let unit = title_unit(grid, header.row).unwrap_or_else(|| {
        issues.push(FrameIssue {
            severity: Severity::Info,
            cell: None,
            message: format!(
                "{}: rubriken anger inte om beloppen är i tkr eller mnkr; de läses som tkr.",
                grid.sheet
            ),
        });
        Unit::Tkr
    });
    let mut years: Vec<i32> = header.years.iter().map(|&(_, y)| y).collect();
    years.sort_unstable();
    let columns: Vec<(usize, usize, i32)> = header
        .years
        .iter()
        .map(|&(col, y)| (col, years.iter().position(|&s| s == y).unwrap_or(0), y))
        .collect();

    let mut namnder: Vec<NamndFrames> = Vec::new();
    let mut summas: Vec<SummaRow> = Vec::new();
    let mut current_namnd = String::new();
    let mut current_forv: Option<String> = None;

    for row in header.row + 1..grid.height() {
        let text = |col: Option<usize>| col.map(|c| grid.get(row, c).text().trim()).unwrap_or("");
        let (namnd_text, forv_text, cat_text) = (
            text(header.namnd),
            text(Some(header.forvaltning)),
            text(Some(header.category)),
        );
        let mut values = Vec::with_capacity(columns.len());
        for &(col, slot, year) in &columns {
            match cell_amount(grid.get(row, col)) {
                Ok(Some(v)) => values.push((slot, year, v)),
                Ok(None) => {}
                Err(_) => issues.push(FrameIssue {
                    severity: Severity::Error,
                    cell: Some(grid.cell_ref(row, col)),
                    message: format!(
                        "{}: ”{}” är inte ett belopp (år {year}).",
                        grid.cell_ref(row, col),
                        grid.get(row, col).display()
                    ),
                }),
            }
        }

        if let Some(name) = summa_name(namnd_text) {
            summas.push(SummaRow {
                row,
                label: namnd_text.to_string(),
                target: SummaTarget::Namnd {
                    name: name.to_string(),
                },
                values,
            });
            continue;
        }
        if !namnd_text.is_empty() && namnd_text != current_namnd {
            current_namnd = namnd_text.to_string();
            current_forv = None;
        }
        let summa = summa_name(forv_text)
            .map(|n| (forv_text, n))
            .or_else(|| summa_name(cat_text).map(|n| (cat_text, n)));
        if let Some((label, name)) = summa {
            summas.push(SummaRow {
                row,
                label: if name.is_empty() {
                    format!("Summa {}", current_forv.as_deref().unwrap_or(""))
                } else {
                    label.to_string()
                },
                target: SummaTarget::Forvaltning {
                    name: name.to_string(),
                    above: current_forv.clone(),
                },
                values,
            });
            continue;
        }
        if !forv_text.is_empty() {
            current_forv = Some(forv_text.to_string());
        }
        if cat_text.is_empty() && values.is_empty() {
            continue;
        }
        let Some(category) = Category::recognise(cat_text) else {
            issues.push(FrameIssue {
                severity: Severity::Error,
                cell: Some(grid.cell_ref(row, header.category)),
                message: format!(
                    "{}: ”{cat_text}” är ingen IPDK-rad; väntade Intäkter, Personal, Drift, Kapitalkostnader/Avskrivningar eller Finansen.",
                    grid.cell_ref(row, header.category)
                ),
            });
            continue;
        };
        let Some(forv_name) = current_forv.clone() else {
            issues.push(FrameIssue {
                severity: Severity::Error,
                cell: Some(grid.cell_ref(row, header.forvaltning)),
                message: format!(
                    "{}: raden {} saknar förvaltning.",
                    grid.cell_ref(row, header.forvaltning),
                    category.label()
                ),
            });
            continue;
        };
        let namnd = match namnder.iter().position(|n| n.name == current_namnd) {
            Some(i) => &mut namnder[i],
            None => {
                namnder.push(NamndFrames {
                    name: current_namnd.clone(),
                    forvaltningar: Vec::new(),
                });
                let last = namnder.len() - 1;
                &mut namnder[last]
            }
        };
        let forv = match namnd.forvaltningar.iter().position(|f| f.name == forv_name) {
            Some(i) => &mut namnd.forvaltningar[i],
            None => {
                namnd.forvaltningar.push(ForvaltningFrames {
                    name: forv_name.clone(),
                    lines: Vec::new(),
                    wage_pot: vec![Money::ZERO; years.len()],
                    efficiency: vec![Money::ZERO; years.len()],
                });
                let last = namnd.forvaltningar.len() - 1;
                &mut namnd.forvaltningar[last]
            }
        };
        if forv.line(category).is_some() {
            issues.push(FrameIssue {
                severity: Severity::Error,
                cell: Some(grid.cell_ref(row, header.category)),
                message: format!(
                    "{}: {} för {forv_name} står redan på en rad ovanför; raden räknas inte.",
                    grid.cell_ref(row, header.category),
                    category.label()
                ),
            });
            continue;
        }
        let mut amounts = vec![Money::ZERO; years.len()];
        for (slot, _, v) in values {
            if let Some(a) = amounts.get_mut(slot) {
                *a = Money(v);
            }
        }
        forv.lines.push(FrameLine { category, amounts });
    }

    if namnder.is_empty() {
        return Err(FrameImportError::NoRows {
            sheet: grid.sheet.clone(),
        });
    }
    let frames = Frames {
        unit,
        years,
        namnder,
    };
    for s in &summas {
        check_summa(grid, &columns, &frames, s, &mut issues);
    }
    Ok(FrameImport { frames, issues })
}

fn check_summa(
    grid: &Grid,
    columns: &[(usize, usize, i32)],
    frames: &Frames,
    summa: &SummaRow,
    issues: &mut Vec<FrameIssue>,
) {
    let cell_of = |year: i32| {
        columns
            .iter()
            .find(|&&(_, _, y)| y == year)
            .map(|&(col, _, _)| grid.cell_ref(summa.row, col))
            .unwrap_or_else(|| grid.sheet.clone())
    };
    let parts: Vec<&FrameLine> = match &summa.target {
        SummaTarget::Forvaltning { name, above } => {
            let named = frames.forvaltning(name);
            let f = named.or_else(|| above.as_deref().and_then(|a| frames.forvaltning(a)));
            f.map(|f| f.lines.iter().collect()).unwrap_or_default()
        }
        SummaTarget::Namnd { name } => {
            let key = normalize_label(name);
            let all = matches!(key.as_str(), "" | "region" | "regionen" | "totalt" | "alla");
            frames
                .namnder
                .iter()
                .filter(|n| all || normalize_label(&n.name) == key)
                .flat_map(|n| n.forvaltningar.iter().flat_map(|f| f.lines.iter()))
                .collect()
        }
    };
    if parts.is_empty() {
        let cell = grid.cell_ref(summa.row, 0);
        issues.push(FrameIssue {
            severity: Severity::Error,
            cell: Some(cell.clone()),
            message: format!(
                "{cell}: hittar inga rader som ”{}” summerar; kontrollera namnet.",
                summa.label
            ),
        });
        return;
    }
    for &(slot, year, stated) in &summa.values {
        let values = parts
            .iter()
            .filter_map(|l| l.amounts.get(slot).map(|m| m.0));
        let sum: Decimal = values.clone().sum();
        let scale = values
            .map(|v| v.normalize().scale())
            .chain(std::iter::once(stated.normalize().scale()))
            .max()
            .unwrap_or(0);
        let tolerance = Decimal::new(ROUNDING_TOLERANCE, scale.min(10));
        let diff = stated - sum;
        if diff.is_zero() {
            continue;
        }
        let cell = cell_of(year);
        let (severity, message) = if diff.abs() <= tolerance {
            (
                Severity::Info,
                format!(
                    "{cell}: {} {year} skiljer sig {} {} från delraderna, vilket är avrundning",
                    summa.label,
                    exact(diff.abs()),
                    frames.unit.short()
                ),
            )
        } else {
            (
                Severity::Error,
                format!(
                    "{cell}: {} {year} anger {} men delraderna summerar till {} (skillnad {} {})",
                    summa.label,
                    exact(stated),
                    exact(sum),
                    exact(diff.abs()),
                    frames.unit.short()
                ),
            )
        };
        issues.push(FrameIssue {
            severity,
            cell: Some(cell),
            message,
        });
    }
}

/// Why FR1 budgets could not become a base year.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Fr1BaseError {
    #[error("Det finns inga FR1-rapporter att hämta budgeten från.")]
    NoReports,
    #[error("{file}: rapporten saknar Prognos-delen med Budget helår.")]
    NoBudget { file: String },
    #[error("{file}: rapporten anger ingen period, så basåret är okänt.")]
    NoPeriod { file: String },
    #[error("{file}: budgeten gäller {year}, men de andra rapporterna gäller {base}.")]
    MixedYears { file: String, year: i32, base: i32 },
    #[error("{file}: {unit} har redan en rapport ({other}).")]
    DuplicateUnit {
        file: String,
        unit: String,
        other: String,
    },
}

/// The nämnd förvaltningar from FR1 budgets are placed in until the user
/// assigns them ([`FrameBase::assign`]); FR1 does not name the nämnd.
pub const UNASSIGNED_NAMND: &str = "Utan nämnd";

/// A base year from each report's full-year budget (Prognos report, Budget
/// helår, Totalt): Intäkter, Personal, Drift and Kapitalkostnad, in `unit`.
pub fn from_fr1_budget(reports: &[Fr1Report], unit: Unit) -> Result<FrameBase, Fr1BaseError> {
    let mut base_year = None;
    let mut forvaltningar: Vec<(BaseForvaltning, &str)> = Vec::new();
    for r in reports {
        let file = r.source.clone();
        let table = r
            .prognos
            .as_ref()
            .filter(|t| t.has_group(Group::Budget))
            .ok_or_else(|| Fr1BaseError::NoBudget { file: file.clone() })?;
        let year = r
            .meta
            .period
            .map(|p| p.year)
            .ok_or_else(|| Fr1BaseError::NoPeriod { file: file.clone() })?;
        match base_year {
            Some(base) if base != year => {
                return Err(Fr1BaseError::MixedYears { file, year, base })
            }
            _ => base_year = Some(year),
        }
        let name = r
            .meta
            .unit_id
            .as_ref()
            .map(|u| u.label())
            .unwrap_or_else(|| r.source.clone());
        if let Some((_, other)) = forvaltningar.iter().find(|(f, _)| f.name == name) {
            return Err(Fr1BaseError::DuplicateUnit {
                file,
                unit: name,
                other: other.to_string(),
            });
        }
        let amounts = Row::MAIN
            .iter()
            .filter_map(|&row| {
                Category::from_row(row).map(|category| CategoryAmount {
                    category,
                    amount: r
                        .unit()
                        .convert(table.value(row, Group::Budget, Part::Totalt), unit),
                })
            })
            .collect();
        forvaltningar.push((BaseForvaltning { name, amounts }, &r.source));
    }
    let year = base_year.ok_or(Fr1BaseError::NoReports)?;
    Ok(FrameBase {
        unit,
        year,
        namnder: vec![BaseNamnd {
            name: UNASSIGNED_NAMND.to_string(),
            forvaltningar: forvaltningar.into_iter().map(|(f, _)| f).collect(),
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn summa_labels() {
        assert_eq!(
            summa_name("Summa Exempelsjukhuset"),
            Some("Exempelsjukhuset")
        );
        assert_eq!(summa_name("SUMMA"), Some(""));
        assert_eq!(summa_name("Summering"), None);
        assert_eq!(summa_name("Exempelsjukhuset"), None);
    }

    #[test]
    fn header_years_as_numbers_or_text() {
        assert_eq!(header_year(&Cell::Number(dec!(2026))), Some(2026));
        assert_eq!(header_year(&Cell::Number(dec!(2026.0))), Some(2026));
        assert_eq!(header_year(&Cell::Text("År 2027".into())), Some(2027));
        assert_eq!(header_year(&Cell::Number(dec!(-72000))), None);
    }
}
