//! Reading a goal system's follow-up export (Stratsys-like): a header row
//! whose columns are found by their labels (Förvaltning, Målområde,
//! Inriktningsmål, Indikator, Enhet, Riktning, Ingångsvärde, Målvärde …,
//! Utfall …, Kommentar, Bedömning, and Tolerans when the goal system gives
//! one), then one row per indicator. One förvaltning's table may lack the
//! Förvaltning column: its title names the förvaltning, or the page asks.
//!
//! A sheet is taken for a goal table when its header row has at least two of
//! the goal columns; without an Indikator column it is refused, naming the
//! column. Everything else (an unknown assessment word, a row without a
//! name, an assessment the numbers contradict) is a finding at its cell.

use super::assess::assess;
use super::finding::GoalFinding;
use super::model::{Direction, GoalSet, Grade, Indicator, Value};
use crate::finding::{Finding, FindingKind, Position};
use crate::fr1::meta::{parse_unit_id, year_in};
use crate::fr1::model::UnitId;
use crate::fr1::schema::normalize_label;
use crate::i18n::{Lang, Msg};
use crate::import::grid::{Cell, Grid};
use crate::import::number::{cell_amount, NumberError};

/// A goal export as read, and what reading it found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoalsImport {
    pub set: GoalSet,
    pub findings: Vec<Finding>,
}

/// Why a goal table cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GoalsError {
    /// A header row with goal columns but without `column`.
    MissingColumn {
        file: String,
        header: Position,
        column: &'static str,
    },
}

impl GoalsError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            GoalsError::MissingColumn {
                file,
                header,
                column,
            } => Msg::RefGoalsNoColumn.fill(
                lang,
                &[
                    ("file", file),
                    ("header", &header.to_string()),
                    ("column", column),
                ],
            ),
        }
    }
}

/// One column of the export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Unit,
    Area,
    Aim,
    Name,
    Measure,
    Direction,
    Baseline,
    Target,
    Outcome,
    Comment,
    Grade,
    Tolerance,
}

impl Col {
    fn recognise(label: &str) -> Option<Col> {
        let t = normalize_label(label);
        let col = match t.as_str() {
            "forvaltning" => Col::Unit,
            "malomrade" | "perspektiv" => Col::Area,
            "inriktningsmal" | "mal" | "strategiskt mal" => Col::Aim,
            "indikator" | "indikatorer" | "matetal" => Col::Name,
            "enhet" => Col::Measure,
            "riktning" => Col::Direction,
            "ingangsvarde" | "utgangsvarde" | "baslinje" => Col::Baseline,
            "tolerans" | "tolerans delvis" => Col::Tolerance,
            t if t.starts_with("malvarde") => Col::Target,
            t if t.starts_with("utfall") || t.starts_with("prognos") => Col::Outcome,
            t if t.starts_with("kommentar") || t.starts_with("analys") => Col::Comment,
            t if t.starts_with("bedomning") => Col::Grade,
            _ => return None,
        };
        Some(col)
    }

    /// Columns only a goal table has.
    fn is_goal_column(self) -> bool {
        matches!(
            self,
            Col::Area | Col::Aim | Col::Name | Col::Target | Col::Grade | Col::Baseline
        )
    }
}

/// How far down a sheet its header row is looked for.
const HEADER_SEARCH_ROWS: usize = 30;

/// A recognised column: which, where, and its label as written.
struct Column {
    col: Col,
    index: usize,
    label: String,
}

/// The header row: its row and its recognised columns (the first of a
/// repeated one).
struct Header {
    row: usize,
    columns: Vec<Column>,
}

impl Header {
    fn find(grid: &Grid) -> Option<Header> {
        (0..grid.height().min(HEADER_SEARCH_ROWS)).find_map(|row| {
            let mut columns: Vec<Column> = Vec::new();
            for index in 0..grid.width() {
                let text = grid.get(row, index).text();
                if let Some(col) = Col::recognise(text) {
                    if !columns.iter().any(|c| c.col == col) {
                        columns.push(Column {
                            col,
                            index,
                            label: text.trim().to_string(),
                        });
                    }
                }
            }
            let goal = columns.iter().filter(|c| c.col.is_goal_column()).count();
            (goal >= 2 && columns.len() >= 3).then_some(Header { row, columns })
        })
    }

    fn column(&self, col: Col) -> Option<&Column> {
        self.columns.iter().find(|c| c.col == col)
    }

    fn index(&self, col: Col) -> Option<usize> {
        self.column(col).map(|c| c.index)
    }

    /// The column's label as written, or the usual one.
    fn label(&self, col: Col, usual: Msg) -> String {
        self.column(col)
            .map(|c| c.label.clone())
            .unwrap_or_else(|| usual.text(Lang::Sv).to_string())
    }
}

/// Reads the first goal table among `grids`; `None` when there is none
/// (the file is something else).
/// Whether the grids hold a goal export: a header row of goal columns
/// (Målområde, Indikator, Bedömning …).
pub fn recognise(grids: &[Grid]) -> bool {
    grids.iter().any(|g| Header::find(g).is_some())
}

pub fn import_goals(file: &str, grids: &[Grid]) -> Option<Result<GoalsImport, GoalsError>> {
    grids.iter().find_map(|grid| {
        let header = Header::find(grid)?;
        if header.column(Col::Name).is_none() {
            return Some(Err(GoalsError::MissingColumn {
                file: file.to_string(),
                header: Position::in_grid(grid, header.row, 0),
                column: "Indikator",
            }));
        }
        Some(Ok(read_table(file, grid, &header)))
    })
}

fn read_table(file: &str, grid: &Grid, header: &Header) -> GoalsImport {
    let index = |c: Col| header.index(c);
    let title = (0..header.row)
        .flat_map(|r| (0..grid.width()).map(move |c| (r, c)))
        .map(|(r, c)| grid.get(r, c).text().trim())
        .find(|t| !t.is_empty())
        .map(str::to_string);
    let mut findings = Vec::new();
    let title_unit = match index(Col::Unit) {
        Some(_) => None,
        None => {
            let unit = title.as_deref().and_then(unit_in_title);
            if unit.is_none() {
                findings.push(Finding::whole(FindingKind::Goal(GoalFinding::NoUnit)));
            }
            unit
        }
    };
    let mut indicators = Vec::new();
    let (mut unit, mut area, mut aim) = (title_unit, String::new(), String::new());
    for row in header.row + 1..grid.height() {
        let text_at = |c: Col| {
            index(c)
                .map(|i| grid.get(row, i).display().trim().to_string())
                .filter(|t| !t.is_empty())
        };
        if header
            .columns
            .iter()
            .all(|c| grid.get(row, c.index).is_empty())
        {
            continue;
        }
        // Merged cells in the export leave the repeated levels blank.
        if let Some(u) = text_at(Col::Unit) {
            unit = parse_unit_id(&u);
        }
        if let Some(a) = text_at(Col::Area) {
            area = a;
        }
        if let Some(a) = text_at(Col::Aim) {
            aim = a;
        }
        let Some(name) = text_at(Col::Name) else {
            let first = header.columns.iter().map(|c| c.index).min().unwrap_or(0);
            findings.push(Finding::at(
                Position::in_grid(grid, row, first),
                FindingKind::Goal(GoalFinding::NoName),
            ));
            continue;
        };
        let mut value = |c: Col| -> Option<Value> {
            let i = index(c)?;
            read_value(grid.get(row, i)).unwrap_or_else(|problem| {
                findings.push(Finding::at(
                    Position::in_grid(grid, row, i),
                    FindingKind::Goal(GoalFinding::BadValue { problem }),
                ));
                None
            })
        };
        let baseline = value(Col::Baseline);
        let target = value(Col::Target);
        let outcome = value(Col::Outcome);
        let tolerance = value(Col::Tolerance).and_then(|v| v.number);
        let stated = text_at(Col::Grade).and_then(|t| {
            let grade = Grade::read(&t);
            if grade.is_none() {
                findings.push(Finding::at(
                    Position::in_grid(grid, row, index(Col::Grade).unwrap_or(0)),
                    FindingKind::Goal(GoalFinding::UnknownGrade { text: t }),
                ));
            }
            grade
        });
        let indicator = Indicator {
            unit: unit.clone(),
            area: area.clone(),
            aim: aim.clone(),
            name,
            measure: text_at(Col::Measure),
            direction: text_at(Col::Direction).and_then(|t| Direction::read(&t)),
            baseline,
            target,
            outcome,
            tolerance,
            comment: text_at(Col::Comment),
            stated,
        };
        if let (Some(stated), Some(derived)) = (stated, assess(&indicator, None).disagreeing) {
            findings.push(Finding::at(
                Position::in_grid(grid, row, index(Col::Grade).unwrap_or(0)),
                FindingKind::Goal(GoalFinding::Disagrees {
                    indicator: indicator.name.clone(),
                    stated,
                    derived,
                }),
            ));
        }
        indicators.push(indicator);
    }
    GoalsImport {
        set: GoalSet {
            source: file.to_string(),
            title,
            target_label: header.label(Col::Target, Msg::GoalColTarget),
            outcome_label: header.label(Col::Outcome, Msg::GoalColOutcome),
            indicators,
        },
        findings,
    }
}

/// A value cell: numbers as stored (bounded), text as written.
fn read_value(cell: &Cell) -> Result<Option<Value>, NumberError> {
    match cell {
        Cell::Number(_) => Ok(cell_amount(cell)?.map(Value::from_number)),
        Cell::Text(t) | Cell::Date(t) => Ok(Value::from_text(t)),
        Cell::Error(e) => Err(NumberError::ErrorValue(e.clone())),
        Cell::Empty => Ok(None),
    }
}

/// The förvaltning a title names: "Mål och indikatorer 42
/// Exempelförvaltningen – delår juni 2024" → `42`, `Exempelförvaltningen`:
/// a code of up to four digits that is not a year, and the words after it
/// up to a dash, a colon, a comma or a number.
pub fn unit_in_title(title: &str) -> Option<UnitId> {
    let words: Vec<&str> = title.split_whitespace().collect();
    let start = words.iter().position(|w| {
        (1..=4).contains(&w.len()) && w.chars().all(|c| c.is_ascii_digit()) && year_in(w).is_none()
    })?;
    let mut name = Vec::new();
    for w in &words[start + 1..] {
        if matches!(*w, "-" | "–" | "—") || w.chars().any(|c| c.is_ascii_digit()) {
            break;
        }
        let trimmed = w.trim_end_matches([',', ':', ';']);
        name.push(trimmed);
        if trimmed.len() != w.len() {
            break;
        }
    }
    if name.is_empty() {
        return None;
    }
    parse_unit_id(&format!("{} {}", words[start], name.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fr1::meta_field::MetaField;

    fn text(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn a_title_names_the_unit() {
        let u = unit_in_title("Mål och indikatorer 42 Exempelförvaltningen – delår juni 2024");
        assert_eq!(
            u,
            Some(UnitId {
                code: "42".into(),
                name: "Exempelförvaltningen".into()
            })
        );
        assert_eq!(unit_in_title("Uppföljning av mål – delår juni 2024"), None);
    }

    #[test]
    fn a_table_without_indikator_is_refused_naming_it() {
        let grid = Grid::new(
            "Mål",
            vec![
                vec![
                    text("Målområde"),
                    text("Målvärde"),
                    text("Utfall"),
                    text("Bedömning"),
                ],
                vec![text("1 God vård"), text("90"), text("86"), text("Delvis")],
            ],
        );
        let err = import_goals("mal.xlsx", &[grid]).unwrap().unwrap_err();
        assert_eq!(
            err,
            GoalsError::MissingColumn {
                file: "mal.xlsx".into(),
                header: Position::new("Mål", 0, 0),
                column: "Indikator"
            }
        );
        assert!(err.text(Lang::Sv).contains("Indikator"));
        assert!(err.text(Lang::En).contains("Indikator"));
    }

    #[test]
    fn other_tables_are_not_goal_tables() {
        let grid = Grid::new(
            "Utfall",
            vec![vec![text("Kontoslag"), text("Utfall"), text("Budget")]],
        );
        assert!(import_goals("fr1.csv", &[grid]).is_none());
    }

    #[test]
    fn without_a_unit_column_the_title_or_the_page_says() {
        let rows = |title: &str| {
            vec![
                vec![text(title)],
                vec![],
                vec![
                    text("Indikator"),
                    text("Målvärde"),
                    text("Utfall"),
                    text("Bedömning"),
                ],
                vec![text("Andel"), text("Infört"), text("Infört"), text("Grön")],
                vec![Cell::Empty, text("x"), Cell::Empty, text("Bra")],
            ]
        };
        let read = import_goals(
            "m.csv",
            &[Grid::new("m", rows("Mål 43 Servicecentrum 2024"))],
        )
        .unwrap()
        .unwrap();
        assert!(!read.set.lacks_unit());
        assert_eq!(read.set.indicators[0].unit_code(), Some("43"));
        assert_eq!(read.set.indicators[0].stated, Some(Grade::Satisfactory));
        // The row without a name is left out, at its cell.
        assert_eq!(read.findings[0].cell, Some(Position::new("m", 4, 0)));
        let mut asked = import_goals("m.csv", &[Grid::new("m", rows("Mål 2024"))])
            .unwrap()
            .unwrap();
        assert!(asked.set.lacks_unit());
        assert_eq!(asked.set.missing(), vec![MetaField::UnitId]);
        assert!(asked
            .findings
            .iter()
            .any(|f| f.kind == FindingKind::Goal(GoalFinding::NoUnit)));
        asked.set.set_unit(&UnitId {
            code: "43".into(),
            name: "Servicecentrum".into(),
        });
        assert!(!asked.set.lacks_unit());
        assert_eq!(asked.set.missing(), vec![]);
    }
}
