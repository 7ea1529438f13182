//! The budget-frame work a user does in the page, as one value: the decided
//! table, what reading it found, the plan period and base year, named
//! scenarios (each a set of rules and balance inputs), which one is shown
//! and which it is compared with. It is what autosave and share links
//! carry, and every figure on the frames page is recomputed from it —
//! nothing derived is ever stored or edited.

use super::balance::{BalanceInputs, NamedLine};
use super::findings::Finding;
use super::import::{import_frames, FrameImport, FrameImportError};
use super::model::{FrameTable, YearAmount};
use super::rules::{Plan, Rules, MAX_HORIZON, MIN_HORIZON};
use super::scenario::{compare, Scenario, ScenarioComparison, ScenarioError, ScenarioResult};
use crate::import::grid::Grid;
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// Name of the scenario a session starts with.
pub const FIRST_SCENARIO: &str = "Planeringsdirektiv";

/// Name of the revenue line a session starts with.
pub const REVENUE_LINE: &str = "Skatteintäkter och generella statsbidrag";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FramesSession {
    /// Where the table came from (a file name, or the FR1 budgets).
    pub source: String,
    pub table: FrameTable,
    /// What reading the table found, cell by cell.
    pub findings: Vec<Finding>,
    pub plan: Plan,
    /// At least one; the first is the reference in comparisons.
    pub scenarios: Vec<Scenario>,
    /// Index of the scenario shown.
    pub active: usize,
}

impl FramesSession {
    /// A session over `plan` with no rules yet and, until the user enters
    /// the budget's revenues, revenues equal to each decided year's net
    /// frames (the base year's in the years computed): a balanced start, so
    /// every rule's cost shows in the balance. A year whose lines add up
    /// past `Decimal`'s range counts as having none; computing the frames
    /// then says which Summa is too large.
    pub fn new(source: &str, table: FrameTable, findings: Vec<Finding>, plan: Plan) -> Self {
        let total_in = |year: i32| -> Option<Money> {
            let mut decided = table
                .forvaltningar()
                .flat_map(|(_, f)| f.lines.iter())
                .filter_map(|l| l.decided_in(year))
                .peekable();
            decided.peek()?;
            Money::checked_sum(decided)
        };
        let base_total = total_in(plan.base).unwrap_or(Money::ZERO);
        let mut balance = BalanceInputs::new(table.unit);
        balance.revenues.push(NamedLine {
            name: REVENUE_LINE.to_string(),
            amounts: plan
                .horizon()
                .map(|year| YearAmount {
                    year,
                    amount: total_in(year).unwrap_or(base_total),
                })
                .collect(),
        });
        FramesSession {
            source: source.to_string(),
            table,
            findings,
            plan,
            scenarios: vec![Scenario {
                name: FIRST_SCENARIO.to_string(),
                rules: Rules::default(),
                balance: Some(balance),
            }],
            active: 0,
        }
    }

    /// A session from a read frame table: the first sheet's years are the
    /// plan period (at least three, at most five), every year in the table
    /// is decided, and rules apply after the last decided plan year.
    pub fn from_import(source: &str, import: FrameImport) -> Option<Self> {
        let first = *import.primary_years.first()?;
        let years = u8::try_from(import.primary_years.len())
            .unwrap_or(MAX_HORIZON)
            .clamp(MIN_HORIZON, MAX_HORIZON);
        let last = first + i32::from(years) - 1;
        let base = *import.table.years.iter().filter(|&&y| y <= last).max()?;
        let plan = Plan { first, years, base };
        Some(FramesSession::new(
            source,
            import.table,
            import.findings,
            plan,
        ))
    }

    /// A session from one decided year (e.g. the FR1 reports' budgets):
    /// the three years after it, computed from it.
    pub fn from_base(source: &str, table: FrameTable) -> Option<Self> {
        let base = *table.years.last()?;
        let plan = Plan {
            first: base + 1,
            years: MIN_HORIZON,
            base,
        };
        Some(FramesSession::new(source, table, Vec::new(), plan))
    }

    /// Reads a frame table from the sheets of `file_name`.
    pub fn read(file_name: &str, grids: &[Grid]) -> Result<Self, FrameImportError> {
        let import = import_frames(grids)?;
        FramesSession::from_import(file_name, import).ok_or_else(|| FrameImportError::NoRows {
            sheet: grids
                .iter()
                .map(|g| g.sheet.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        })
    }

    /// The scenario shown.
    pub fn scenario(&self) -> Option<&Scenario> {
        self.scenarios.get(self.active)
    }

    /// Changes the scenario shown.
    pub fn scenario_mut(&mut self) -> Option<&mut Scenario> {
        self.scenarios.get_mut(self.active)
    }

    /// Frames and balance of the scenario shown.
    pub fn result(&self) -> Option<Result<ScenarioResult, ScenarioError>> {
        self.scenario().map(|s| s.evaluate(&self.table, &self.plan))
    }

    /// Adds a copy of the scenario shown under `name` and shows it.
    pub fn add_scenario(&mut self, name: &str) {
        if let Some(current) = self.scenario().cloned() {
            self.scenarios.push(Scenario {
                name: name.to_string(),
                ..current
            });
            self.active = self.scenarios.len() - 1;
        }
    }

    /// The first scenario against the one shown, when they differ.
    pub fn comparison(&self) -> Option<Result<ScenarioComparison, ScenarioError>> {
        if self.active == 0 {
            return None;
        }
        Some(compare(
            &self.table,
            &self.plan,
            self.scenarios.first()?,
            self.scenario()?,
        ))
    }

    /// Years the page may take as the base: every decided year.
    pub fn base_choices(&self) -> &[i32] {
        &self.table.years
    }
}
