//! Reading a frame table as regions publish it, and a base year from FR1
//! budgets.
//!
//! A table is found by its header row (Förvaltning, IPDK or Kategori, year
//! columns such as `2026` or `Budget 2025`; optionally Nämnd and Grupp), not
//! by addresses. Below it the nesting is read from the layout, as regions
//! print it: a nämnd named alone on a heading row stays open until a Summa
//! closes it, and a name in its Nämnd column opens a block (a förvaltning
//! when it is the Förvaltning column's name too, else a group holding it);
//! a name with no line followed by another name is a group
//! (`Regiongemensamt`), and a name followed directly by its `Summa` is a
//! frame given only as a sum (`Summa Vårdval`). A Summa row closes the open
//! level it names, or else by position the innermost one (a name that
//! differs is a note, `Summa Kansli` under `Kansli Fd Region`), and a
//! nämnd's Summa over blocks that had no heading closes every block since
//! the previous nämnd closed. A heading inside an open nämnd's heading that
//! its own Summa closes before the nämnd's is a group of it
//! (`Landstingsgemensamt` in `Landstingsstyrelsen`); a group named beside
//! its förvaltning ends at the next block named in the Nämnd column. A long layout that repeats nämnd, group and
//! förvaltning on every row reads the same way, and a nämnd's Summa given
//! at the end finds its nämnd by name.
//!
//! Every sheet of a workbook that holds such a table is read: the first is
//! the published frames, later ones add years (the `Underlag` sheet's
//! `Budget 2025`) to the same lines. Summa rows are kept as the file's own
//! figures and checked ([`FrameTable::summa_checks`]); nothing found on the
//! way refuses the table.

use super::model::{amount_in, Category, FrameTable, Namnd, StatedSum};
use super::rules::YEAR_RANGE;
use crate::engine::consolidation::Grouping;
use crate::finding::{Finding, FindingKind, Position};
use crate::fr1::model::Fr1Report;
use crate::fr1::schema::{normalize_label, Group, Part, Row};
use crate::i18n::{Lang, Msg};
use crate::import::grid::{Cell, Grid};
use crate::import::number::cell_amount;
use crate::money::{Money, Unit};
use rust_decimal::Decimal;

/// Frames read from a file, with what was found on the way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FrameImport {
    pub table: FrameTable,
    /// The years of the first sheet read: the plan period it publishes.
    pub primary_years: Vec<i32>,
    pub findings: Vec<Finding>,
}

/// Why no frames could be read at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FrameImportError {
    /// No sheet has a header row with Förvaltning, IPDK and years.
    NoTable { sheets: String },
    /// A header was found but no frame rows under it.
    NoRows { sheet: String },
}

impl FrameImportError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            FrameImportError::NoTable { sheets } => {
                Msg::FrNoTable.fill(lang, &[("sheets", sheets)])
            }
            FrameImportError::NoRows { sheet } => Msg::FrNoRows.fill(lang, &[("sheet", sheet)]),
        }
    }
}

impl std::fmt::Display for FrameImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for FrameImportError {}

/// The located header: which column holds what.
struct Header {
    row: usize,
    namnd: Option<usize>,
    group: Option<usize>,
    forvaltning: usize,
    category: usize,
    /// (column, year), in the file's column order, each year once.
    years: Vec<(usize, i32)>,
}

/// Reads every sheet that holds a frame table into one table.
pub fn import_frames(grids: &[Grid]) -> Result<FrameImport, FrameImportError> {
    let mut findings = Vec::new();
    let mut read: Vec<(FrameTable, Vec<i32>, String)> = Vec::new();
    let mut empty_sheet = None;
    for g in grids {
        let Some(header) = find_header(g, &mut findings) else {
            continue;
        };
        let table = read_sheet(g, &header, &mut findings);
        if table.namnder.is_empty() {
            empty_sheet.get_or_insert_with(|| g.sheet.clone());
            continue;
        }
        let years = header.years.iter().map(|&(_, y)| y).collect();
        read.push((table, years, g.sheet.clone()));
    }
    let mut sheets = read.into_iter();
    let Some((mut table, mut primary_years, _)) = sheets.next() else {
        return Err(match empty_sheet {
            Some(sheet) => FrameImportError::NoRows { sheet },
            None => FrameImportError::NoTable {
                sheets: grids
                    .iter()
                    .map(|g| format!("”{}”", g.sheet))
                    .collect::<Vec<_>>()
                    .join(", "),
            },
        });
    };
    for (other, _, sheet) in sheets {
        merge(&mut table, other, &sheet, &mut findings);
    }
    primary_years.sort_unstable();
    findings.extend(table.summa_checks());
    Ok(FrameImport {
        table,
        primary_years,
        findings,
    })
}

/// Whether `grids` hold a frame table, by its labels: a header row with
/// Förvaltning, IPDK (or Kategori) and year columns.
pub fn recognise(grids: &[Grid]) -> bool {
    grids
        .iter()
        .any(|g| find_header(g, &mut Vec::new()).is_some())
}

fn find_header(grid: &Grid, findings: &mut Vec<Finding>) -> Option<Header> {
    for row in 0..grid.height() {
        let mut namnd = None;
        let mut group = None;
        let mut forvaltning = None;
        let mut category = None;
        let mut years: Vec<(usize, i32)> = Vec::new();
        let mut repeated = Vec::new();
        for col in 0..grid.width() {
            let cell = grid.get(row, col);
            match normalize_label(cell.text()).as_str() {
                "namnd" => namnd = namnd.or(Some(col)),
                "grupp" | "omrade" | "verksamhetsomrade" => group = group.or(Some(col)),
                "forvaltning" | "enhet" => forvaltning = forvaltning.or(Some(col)),
                "ipdk" | "kategori" | "kontoslag" | "ipdk rad" | "rad" => {
                    category = category.or(Some(col))
                }
                _ => {
                    if let Some(y) = header_year(cell) {
                        if years.iter().any(|&(_, seen)| seen == y) {
                            repeated.push(Finding::at(
                                Position::in_grid(grid, row, col),
                                FindingKind::DuplicateYear { year: y },
                            ));
                        } else {
                            years.push((col, y));
                        }
                    }
                }
            }
        }
        if let (Some(forvaltning), Some(category), false) =
            (forvaltning, category, years.is_empty())
        {
            findings.extend(repeated);
            return Some(Header {
                row,
                namnd,
                group,
                forvaltning,
                category,
                years,
            });
        }
    }
    None
}

/// A year column header: `2025` as a number or text, also `År 2025`,
/// `Budget 2025`, `Ram 2026`, `Plan 2027`.
fn header_year(cell: &Cell) -> Option<i32> {
    let y = match cell {
        Cell::Number(d) if d.fract().is_zero() => i32::try_from(d.trunc().mantissa()).ok()?,
        Cell::Text(t) => {
            let t = normalize_label(t);
            let mut year = None;
            for w in t.split(' ') {
                match w {
                    "ar" | "budget" | "ram" | "ramar" | "plan" | "beslutad" | "tkr" | "mnkr" => {}
                    _ if year.is_none() => year = Some(w.parse::<i32>().ok()?),
                    _ => return None,
                }
            }
            year?
        }
        _ => return None,
    };
    YEAR_RANGE.contains(&y).then_some(y)
}

/// The unit named in a title above the table (`… 2026–2028 (tkr)`).
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

/// `Summa Exempelsjukhuset` → `Some("Exempelsjukhuset")`; `Summa` and
/// `Totalt` → `Some("")`.
fn summa_name(text: &str) -> Option<&str> {
    let t = text.trim();
    let first = t.split_whitespace().next()?;
    let first_norm = normalize_label(first);
    // `(summa)` in the IPDK column marks a frame given as a sum, not a Summa.
    let bare = first.starts_with(char::is_alphabetic);
    if bare && (first_norm == "summa" || first_norm == "totalt") {
        Some(t[first.len()..].trim())
    } else {
        None
    }
}

fn same(a: &str, b: &str) -> bool {
    normalize_label(a) == normalize_label(b)
}

/// Names a Summa row may give the region's total.
fn is_region(name: &str) -> bool {
    matches!(
        normalize_label(name).as_str(),
        "" | "region" | "regionen" | "totalt" | "alla" | "alla namnder"
    )
}

/// How the open nämnd was opened, which says what a name in the Nämnd
/// column means while it is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Opened {
    /// No nämnd is open.
    #[default]
    None,
    /// By a heading row (the name alone): it stays open until a Summa
    /// closes it, and a name in the Nämnd column under it is a group or a
    /// förvaltning.
    Heading,
    /// By a line naming it beside a förvaltning (`Nämnden för X | X |
    /// Intäkter`), or repeated on every line: another name opens another
    /// nämnd.
    Line,
    /// By a block whose Nämnd column names its own förvaltning (`Kansli |
    /// Kansli | Intäkter`) with no nämnd open: kept as a nämnd of its own
    /// unless a later Summa closes it with the blocks before it.
    Block,
}

/// Where the walk down the rows is: the open nämnd, group and förvaltning,
/// a name seen without a line yet (a group, or a frame given as a sum),
/// and the blocks opened since the last nämnd closed.
#[derive(Default)]
struct Walk {
    namnd: Option<String>,
    opened: Opened,
    group: Option<String>,
    /// True when the open group was named in the Nämnd column beside its
    /// förvaltning (`Tandvård | Exempeltandvården`): the next block named
    /// there closes it, where a group with a heading row of its own stays
    /// open until its Summa.
    group_of_block: bool,
    forvaltning: Option<String>,
    pending: Option<String>,
    /// Nämnder opened by a heading row and left open when another heading
    /// came, each with the nämnder closed inside it so far: when a Summa
    /// closes a nämnd, the one around it is open again.
    outer: Vec<(String, Vec<Inside>)>,
    /// The nämnder read and closed inside the open one: when its own Summa
    /// closes it, they were its groups (`Landstingsgemensamt` under
    /// `Landstingsstyrelsen`).
    inside: Vec<Inside>,
    /// The nämnder opened as blocks ([`Opened::Block`]) since a Summa last
    /// closed a nämnd: a nämnd's Summa with no heading closes them all.
    blocks: Vec<String>,
}

impl Walk {
    /// A pending name followed by another name was a group heading.
    fn pending_is_group(&mut self, table: &mut FrameTable) {
        if let Some(name) = self.pending.take() {
            let namnd = self.namnd();
            table.namnd_mut(&namnd).group_mut(&name);
            self.group = Some(name);
            self.group_of_block = false;
        }
    }

    /// The open nämnd; a table without a Nämnd column has one.
    fn namnd(&mut self) -> String {
        self.namnd
            .get_or_insert_with(|| UNASSIGNED_NAMND.to_string())
            .clone()
    }

    /// Opens förvaltning `name` (under the open group).
    fn open(&mut self, table: &mut FrameTable, name: &str) {
        let namnd = self.namnd();
        table
            .namnd_mut(&namnd)
            .forvaltning_mut(name, self.group.as_deref());
        self.forvaltning = Some(name.to_string());
    }

    /// Opens nämnd `name`, leaving whatever was open.
    fn open_namnd(&mut self, table: &mut FrameTable, name: &str, opened: Opened) {
        self.settle(table);
        let mut blocks = std::mem::take(&mut self.blocks);
        match opened {
            Opened::Block => blocks.push(name.to_string()),
            _ => blocks.clear(),
        }
        let mut outer = std::mem::take(&mut self.outer);
        match (self.opened, self.namnd.take()) {
            (Opened::Heading, Some(open)) if opened == Opened::Heading => {
                let mut inside = std::mem::take(&mut self.inside);
                inside.push(Inside {
                    name: name.to_string(),
                    at: table.namnd_mut(&open).forvaltningar.len(),
                });
                outer.push((open, inside));
            }
            _ if opened != Opened::Heading => outer.clear(),
            _ => {}
        }
        *self = Walk {
            namnd: Some(name.to_string()),
            opened,
            outer,
            blocks,
            ..Walk::default()
        };
        table.namnd_mut(name);
    }

    /// Closes the open nämnd, whose Summa has been read: the nämnder closed
    /// inside it become its groups, and the heading around it, if any, is
    /// open again.
    fn close_namnd(&mut self, table: &mut FrameTable) {
        if let Some(name) = self.namnd.take() {
            fold(table, &name, &std::mem::take(&mut self.inside));
        }
        let mut outer = std::mem::take(&mut self.outer);
        *self = match outer.pop() {
            Some((open, inside)) => {
                // The last of `inside` is the nämnd just closed.
                Walk {
                    namnd: Some(open),
                    opened: Opened::Heading,
                    outer,
                    inside,
                    ..Walk::default()
                }
            }
            None => Walk::default(),
        };
    }

    /// Opens the group `name`, named beside its förvaltning, in the open
    /// nämnd, closing the one open.
    fn open_group(&mut self, table: &mut FrameTable, name: &str) {
        self.settle(table);
        let namnd = self.namnd();
        table.namnd_mut(&namnd).group_mut(name);
        self.group = Some(name.to_string());
        self.group_of_block = true;
        self.forvaltning = None;
    }

    /// A pending name that never got a line: an empty förvaltning.
    fn settle(&mut self, table: &mut FrameTable) {
        if let Some(name) = self.pending.take() {
            self.open(table, &name);
        }
    }

    /// True when `name` is the open nämnd.
    fn in_namnd(&self, name: &str) -> bool {
        self.namnd.as_deref().is_some_and(|n| same(n, name))
    }
}

fn read_sheet(grid: &Grid, header: &Header, findings: &mut Vec<Finding>) -> FrameTable {
    let unit = title_unit(grid, header.row).unwrap_or_else(|| {
        findings.push(Finding::whole(FindingKind::NoUnit {
            sheet: grid.sheet.clone(),
        }));
        Unit::Tkr
    });
    let mut table = FrameTable::new(unit);
    for &(_, y) in &header.years {
        table.add_year(y);
    }
    let mut walk = Walk::default();

    for row in header.row + 1..grid.height() {
        let text = |col: Option<usize>| col.map(|c| grid.get(row, c).text().trim()).unwrap_or("");
        let a = text(header.namnd);
        let g = text(header.group);
        let mut b = text(Some(header.forvaltning));
        let c = text(Some(header.category));
        let mut values: Vec<YearValue> = Vec::with_capacity(header.years.len());
        for &(col, year) in &header.years {
            match cell_amount(grid.get(row, col)) {
                Ok(Some(v)) => values.push(YearValue {
                    year,
                    amount: v,
                    cell: grid.cell_ref(row, col),
                }),
                Ok(None) => {}
                Err(_) => findings.push(Finding::at(
                    Position::in_grid(grid, row, col),
                    FindingKind::NotAnAmount {
                        text: grid.get(row, col).display(),
                        year,
                    },
                )),
            }
        }
        if a.is_empty() && g.is_empty() && b.is_empty() && c.is_empty() && values.is_empty() {
            continue;
        }

        let label = [a, g, b, c]
            .into_iter()
            .find_map(|t| summa_name(t).map(|n| (t, n)));
        if let Some((label, name)) = label {
            summa(
                &mut table, &mut walk, name, label, &values, grid, row, findings,
            );
            continue;
        }
        let is_line = !c.is_empty() || !values.is_empty();
        if !a.is_empty() && !walk.in_namnd(a) {
            let own_block = b.is_empty() || same(a, b);
            if b.is_empty() && !is_line {
                // A name alone: a nämnd's heading row.
                walk.open_namnd(&mut table, a, Opened::Heading);
            } else if walk.opened != Opened::Heading || header.group.is_some() {
                let opened = if own_block && header.group.is_none() {
                    Opened::Block
                } else {
                    Opened::Line
                };
                walk.open_namnd(&mut table, a, opened);
                if b.is_empty() {
                    b = a;
                }
            } else if own_block {
                // A block under the heading named by its förvaltning: in
                // a group with a heading, or after the block of another.
                if walk.group_of_block {
                    walk.settle(&mut table);
                    walk.group = None;
                }
                b = a;
            } else {
                // A block under the heading named by its group.
                walk.open_group(&mut table, a);
            }
        }
        if header.group.is_some() && (is_line || !b.is_empty()) {
            walk.group = (!g.is_empty()).then(|| g.to_string());
            if let (Some(group), Some(namnd)) = (&walk.group, &walk.namnd) {
                table.namnd_mut(namnd).group_mut(group);
            }
        }
        if !b.is_empty() && walk.forvaltning.as_deref() != Some(b) {
            walk.pending_is_group(&mut table);
            walk.forvaltning = None;
            if is_line {
                walk.open(&mut table, b);
            } else {
                walk.pending = Some(b.to_string());
            }
        }
        if !is_line {
            continue;
        }
        if let Some(name) = walk.pending.take() {
            walk.open(&mut table, &name);
        }
        let cat_cell = Position::in_grid(grid, row, header.category);
        let Some(category) = Category::recognise(c) else {
            findings.push(Finding::at(
                cat_cell.clone(),
                FindingKind::UnknownRow {
                    text: c.to_string(),
                },
            ));
            continue;
        };
        let Some(forv) = walk.forvaltning.clone() else {
            findings.push(Finding::at(
                cat_cell.clone(),
                FindingKind::NoForvaltning {
                    line: c.to_string(),
                },
            ));
            continue;
        };
        let namnd = walk.namnd();
        let f = table
            .namnd_mut(&namnd)
            .forvaltning_mut(&forv, walk.group.as_deref());
        if f.line(category).is_some() {
            findings.push(Finding::at(
                cat_cell.clone(),
                FindingKind::DuplicateLine {
                    line: c.to_string(),
                    forvaltning: forv,
                },
            ));
            continue;
        }
        let label = if c == category.label() { "" } else { c };
        let line = f.line_mut(category, label);
        // A blank year cell on a line is nothing: zero.
        for &(_, year) in &header.years {
            let v = values
                .iter()
                .find(|v| v.year == year)
                .map_or(Decimal::ZERO, |v| v.amount);
            line.decide(year, Money(v));
        }
    }
    walk.settle(&mut table);
    // Headings with nothing under them (notes below a table) are not nämnder.
    table
        .namnder
        .retain(|n| !n.forvaltningar.is_empty() || !n.stated.is_empty());
    table
}

/// One year's amount on a row, with its cell.
struct YearValue {
    year: i32,
    amount: Decimal,
    cell: String,
}

fn stated(values: &[YearValue]) -> Vec<StatedSum> {
    values
        .iter()
        .map(|v| StatedSum {
            year: v.year,
            amount: Money(v.amount),
            cell: v.cell.clone(),
        })
        .collect()
}

/// What a Summa row closes.
#[derive(Debug, PartialEq, Eq)]
enum Closes {
    /// The pending name: a frame given only as a sum.
    Pending(String),
    Forvaltning(String),
    Group(String),
    /// The open nämnd.
    Namnd,
    /// Every block opened since the last nämnd closed, as one nämnd named
    /// by the Summa.
    Blocks,
    /// A nämnd or förvaltning read before, named exactly (a layout that
    /// gives the nämnder's Summa rows at the end).
    EarlierNamnd,
    EarlierForvaltning,
    Region,
}

impl Walk {
    /// The innermost open level, or nothing.
    fn innermost(&self) -> Option<(Closes, String)> {
        if let Some(p) = &self.pending {
            Some((Closes::Pending(p.clone()), p.clone()))
        } else if let Some(f) = &self.forvaltning {
            Some((Closes::Forvaltning(f.clone()), f.clone()))
        } else if let Some(g) = &self.group {
            Some((Closes::Group(g.clone()), g.clone()))
        } else if self.opened == Opened::Block {
            Some((Closes::Blocks, String::new()))
        } else {
            self.namnd.clone().map(|n| (Closes::Namnd, n))
        }
    }

    /// The open level named `name`, innermost first.
    fn named(&self, name: &str) -> Option<Closes> {
        let is = |open: &Option<String>| open.as_deref().is_some_and(|o| same(o, name));
        if is(&self.pending) {
            self.pending.clone().map(Closes::Pending)
        } else if is(&self.forvaltning) {
            self.forvaltning.clone().map(Closes::Forvaltning)
        } else if is(&self.group) {
            self.group.clone().map(Closes::Group)
        } else if is(&self.namnd) {
            Some(Closes::Namnd)
        } else {
            None
        }
    }
}

/// A Summa row: what it closes is the open level it names, a nämnd or
/// förvaltning named before, the region, or else by position the innermost
/// open level (a name that differs is a note) or, with a nämnd's Summa
/// over blocks that had no heading, every block since the last nämnd
/// closed.
#[allow(clippy::too_many_arguments)]
fn summa(
    table: &mut FrameTable,
    walk: &mut Walk,
    name: &str,
    label: &str,
    values: &[YearValue],
    grid: &Grid,
    row: usize,
    findings: &mut Vec<Finding>,
) {
    let sums = stated(values);
    let earlier = |table: &FrameTable| {
        if table.namnder.iter().any(|n| same(&n.name, name)) {
            Some(Closes::EarlierNamnd)
        } else if table.forvaltningar().any(|(_, f)| same(&f.name, name)) {
            Some(Closes::EarlierForvaltning)
        } else {
            None
        }
    };
    let label_cell = Position::in_grid(
        grid,
        row,
        (0..grid.width())
            .find(|&c| grid.get(row, c).text().trim() == label)
            .unwrap_or(0),
    );
    let closes = if name.is_empty() {
        // `Summa` alone sums the innermost open level, or the region.
        Some(match walk.innermost() {
            None => Closes::Region,
            Some((Closes::Blocks, _)) => Closes::Namnd,
            Some((c, _)) => c,
        })
    } else {
        walk.named(name)
            .or_else(|| earlier(table))
            .or_else(|| is_region(name).then_some(Closes::Region))
            .or_else(|| {
                let (closes, open) = walk.innermost()?;
                if !open.is_empty() {
                    findings.push(Finding::at(
                        label_cell.clone(),
                        FindingKind::SummaNameDiffers {
                            label: label.to_string(),
                            closes: open,
                        },
                    ));
                }
                Some(closes)
            })
    };
    let Some(closes) = closes else {
        findings.push(Finding::at(
            label_cell,
            FindingKind::SummaUnmatched {
                label: label.to_string(),
            },
        ));
        return;
    };
    if !matches!(closes, Closes::Pending(_)) {
        walk.settle(table);
    }
    match closes {
        Closes::Pending(frame) => {
            walk.pending = None;
            let namnd = walk.namnd();
            let line = table
                .namnd_mut(&namnd)
                .forvaltning_mut(&frame, walk.group.as_deref())
                .line_mut(Category::Frame, "");
            for s in sums {
                line.decide(s.year, s.amount);
            }
        }
        Closes::Forvaltning(forv) => {
            let namnd = walk.namnd();
            table
                .namnd_mut(&namnd)
                .forvaltning_mut(&forv, walk.group.as_deref())
                .stated = sums;
            walk.forvaltning = None;
        }
        Closes::Group(group) => {
            let namnd = walk.namnd();
            table.namnd_mut(&namnd).group_mut(&group).stated = sums;
            walk.group = None;
            walk.forvaltning = None;
        }
        Closes::Namnd => {
            let namnd = walk.namnd();
            table.namnd_mut(&namnd).stated = sums;
            walk.close_namnd(table);
        }
        Closes::Blocks => {
            let blocks = std::mem::take(&mut walk.blocks);
            let mut namnd = Namnd::new(name);
            for block in blocks {
                let Some(i) = table
                    .namnder
                    .iter()
                    .position(|n| n.name == block && n.stated.is_empty())
                else {
                    continue;
                };
                let taken = table.namnder.remove(i);
                namnd.groups.extend(taken.groups);
                namnd.forvaltningar.extend(taken.forvaltningar);
            }
            namnd.stated = sums;
            table.namnder.push(namnd);
            *walk = Walk::default();
        }
        Closes::EarlierNamnd => {
            if let Some(n) = table.namnder.iter_mut().find(|n| same(&n.name, name)) {
                n.stated = sums;
            }
        }
        Closes::EarlierForvaltning => {
            let earlier = table
                .namnder
                .iter_mut()
                .flat_map(|n| n.forvaltningar.iter_mut())
                .find(|f| same(&f.name, name));
            if let Some(f) = earlier {
                f.stated = sums;
            }
        }
        Closes::Region => {
            table.stated = sums;
            *walk = Walk::default();
        }
    }
}

/// A nämnd opened by a heading inside another's, and where: after how
/// many of the outer nämnd's own förvaltningar.
struct Inside {
    name: String,
    at: usize,
}

/// The nämnder `inside` nämnd `outer`, each closed by its own Summa before
/// `outer`'s, become its groups where they stood: their Summa the group's,
/// their förvaltningar in it (one group level: a group inside them is
/// dropped). A heading closed by no Summa of its own stays a nämnd.
fn fold(table: &mut FrameTable, outer: &str, inside: &[Inside]) {
    // The last first, so that the places of the earlier ones still hold.
    for Inside { name, at } in inside.iter().rev() {
        let Some(i) = table
            .namnder
            .iter()
            .position(|n| n.name == *name && !n.stated.is_empty() && n.name != outer)
        else {
            continue;
        };
        let n = table.namnder.remove(i);
        let into = table.namnd_mut(outer);
        let at = (*at).min(into.forvaltningar.len());
        into.groups.push(super::model::Group {
            name: n.name.clone(),
            stated: n.stated,
        });
        let moved = n.forvaltningar.into_iter().map(|mut f| {
            f.group = Some(n.name.clone());
            f
        });
        into.forvaltningar.splice(at..at, moved);
    }
}

/// Adds a later sheet's years to the table: lines are matched by
/// förvaltning and category; a year the table already has keeps its
/// amount (a different one is a warning); new förvaltningar join their
/// nämnd at the end.
fn merge(table: &mut FrameTable, other: FrameTable, sheet: &str, findings: &mut Vec<Finding>) {
    let other = if other.unit == table.unit {
        other
    } else {
        findings.push(Finding::whole(FindingKind::OtherUnit {
            sheet: sheet.to_string(),
            from: other.unit,
            to: table.unit,
        }));
        other.in_unit(table.unit)
    };
    for y in &other.years {
        table.add_year(*y);
    }
    for on in other.namnder {
        for of in on.forvaltningar {
            let home = table
                .namnder
                .iter()
                .position(|n| n.forvaltningar.iter().any(|f| same(&f.name, &of.name)));
            let namnd: &mut Namnd = match home {
                Some(i) => &mut table.namnder[i],
                None => table.namnd_mut(&on.name),
            };
            let existing = namnd
                .forvaltningar
                .iter()
                .find(|f| same(&f.name, &of.name))
                .map(|f| f.name.clone())
                .unwrap_or_else(|| of.name.clone());
            let f = namnd.forvaltning_mut(&existing, of.group.as_deref());
            for s in of.stated {
                if amount_in_stated(&f.stated, s.year).is_none() {
                    f.stated.push(s);
                }
            }
            for ol in of.lines {
                let line = f.line_mut(ol.category, &ol.label);
                for a in ol.decided {
                    match amount_in(&line.decided, a.year) {
                        None => line.decide(a.year, a.amount),
                        Some(kept) if kept != a.amount => {
                            findings.push(Finding::whole(FindingKind::YearConflict {
                                line: format!("{} {}", existing, ol.category.label()),
                                year: a.year,
                                kept: kept.0,
                                other: a.amount.0,
                                sheet: sheet.to_string(),
                            }))
                        }
                        Some(_) => {}
                    }
                }
            }
        }
    }
}

fn amount_in_stated(list: &[StatedSum], year: i32) -> Option<Money> {
    list.iter().find(|s| s.year == year).map(|s| s.amount)
}

/// Why FR1 budgets could not become a base year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fr1BaseError {
    NoReports,
    NoBudget {
        file: String,
    },
    NoPeriod {
        file: String,
    },
    MixedYears {
        file: String,
        year: i32,
        base: i32,
    },
    DuplicateUnit {
        file: String,
        unit: String,
        other: String,
    },
}

impl Fr1BaseError {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Fr1BaseError::NoReports => Msg::RefBaseNoReports.text(lang).to_string(),
            Fr1BaseError::NoBudget { file } => Msg::RefBaseNoBudget.fill(lang, &[("file", file)]),
            Fr1BaseError::NoPeriod { file } => Msg::RefBaseNoPeriod.fill(lang, &[("file", file)]),
            Fr1BaseError::MixedYears { file, year, base } => Msg::RefBaseMixedYears.fill(
                lang,
                &[
                    ("file", file),
                    ("year", &year.to_string()),
                    ("base", &base.to_string()),
                ],
            ),
            Fr1BaseError::DuplicateUnit { file, unit, other } => Msg::RefBaseDuplicateUnit
                .fill(lang, &[("file", file), ("unit", unit), ("other", other)]),
        }
    }
}

impl std::fmt::Display for Fr1BaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for Fr1BaseError {}

/// The nämnd förvaltningar from FR1 budgets are placed in when the user has
/// not grouped them; FR1 does not name the nämnd.
pub const UNASSIGNED_NAMND: &str = "Utan nämnd";

/// The year's full-year budget of each report (Prognos report, Budget helår,
/// Totalt) as a table with that one decided year: Intäkter, Personal, Drift
/// and Kapitalkostnad, in `unit`, each förvaltning in the nämnd `grouping`
/// puts it in.
pub fn from_fr1_budget(
    reports: &[Fr1Report],
    unit: Unit,
    grouping: Option<&Grouping>,
) -> Result<FrameTable, Fr1BaseError> {
    let mut base_year = None;
    let mut table = FrameTable::new(unit);
    let mut sources: Vec<(String, String)> = Vec::new();
    for r in reports {
        let file = r.source.clone();
        let budget = r
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
        if let Some((_, other)) = sources.iter().find(|(n, _)| *n == name) {
            return Err(Fr1BaseError::DuplicateUnit {
                file,
                unit: name,
                other: other.clone(),
            });
        }
        let namnd = r
            .meta
            .unit_id
            .as_ref()
            .and_then(|u| grouping?.namnd_of(&u.code))
            .map_or(UNASSIGNED_NAMND, |n| n.name.as_str());
        let f = table.namnd_mut(namnd).forvaltning_mut(&name, None);
        for (row, category) in Row::MAIN.into_iter().zip(Category::IPDK) {
            let amount = r
                .unit()
                .convert(budget.value(row, Group::Budget, Part::Totalt), unit);
            f.line_mut(category, "").decide(year, amount);
        }
        sources.push((name, file));
    }
    let year = base_year.ok_or(Fr1BaseError::NoReports)?;
    table.add_year(year);
    Ok(table)
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
        assert_eq!(summa_name("(summa)"), None);
    }

    #[test]
    fn header_years_as_numbers_or_text() {
        assert_eq!(header_year(&Cell::Number(dec!(2026))), Some(2026));
        assert_eq!(header_year(&Cell::Number(dec!(2026.0))), Some(2026));
        assert_eq!(header_year(&Cell::Text("År 2027".into())), Some(2027));
        assert_eq!(header_year(&Cell::Text("Budget 2025".into())), Some(2025));
        assert_eq!(header_year(&Cell::Text("Budget 2025 2026".into())), None);
        assert_eq!(header_year(&Cell::Text("Utfall 2025".into())), None);
        assert_eq!(header_year(&Cell::Number(dec!(-72000))), None);
    }
}
