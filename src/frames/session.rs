//! The budget-frame work a user does in the page, as one value: the base
//! year, named scenarios (each a set of rules and balance inputs), which
//! one is shown and which it is compared with. It is what autosave and
//! share links carry, and every figure on the frames page is recomputed
//! from it — nothing derived is ever stored or edited.

use super::balance::{BalanceInputs, NamedLine, YearAmount};
use super::model::{FrameBase, Frames};
use super::rules::Rules;
use super::scenario::{compare, Scenario, ScenarioComparison, ScenarioError, ScenarioResult};
use crate::money::Money;
use serde::{Deserialize, Serialize};

/// Name of the scenario a session starts with.
pub const FIRST_SCENARIO: &str = "Planeringsdirektiv";

/// Name of the revenue line a session starts with.
pub const REVENUE_LINE: &str = "Skatteintäkter och generella statsbidrag";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FramesSession {
    /// Where the base came from (a file name, or the FR1 budgets).
    pub source: String,
    pub base: FrameBase,
    /// At least one; the first is the reference in comparisons.
    pub scenarios: Vec<Scenario>,
    /// Index of the scenario shown.
    pub active: usize,
}

impl FramesSession {
    /// A session over `years` years from `base`, with no indexation yet
    /// and revenues equal to the base year's net frames (an unchanged
    /// revenue level, so every rule's cost shows as a deficit).
    pub fn new(source: &str, base: FrameBase, years: u8) -> FramesSession {
        let rules = Rules::new(base.year, years);
        let horizon: Vec<i32> = rules.horizon().collect();
        let base_total: Money = base
            .forvaltningar()
            .flat_map(|(_, f)| f.amounts.iter().map(|a| a.amount))
            .sum();
        let balance = BalanceInputs {
            unit: base.unit,
            revenues: vec![NamedLine {
                name: REVENUE_LINE.to_string(),
                amounts: horizon
                    .iter()
                    .map(|&year| YearAmount {
                        year,
                        amount: base_total,
                    })
                    .collect(),
            }],
            finance: Vec::new(),
            adjustments: Vec::new(),
            opening_equity: Money::ZERO,
            earlier_deficits: Vec::new(),
            plan: None,
        };
        FramesSession {
            source: source.to_string(),
            base,
            scenarios: vec![Scenario {
                name: FIRST_SCENARIO.to_string(),
                rules,
                balance: Some(balance),
            }],
            active: 0,
        }
    }

    /// A session from an imported frame table: its first year is the base,
    /// its years the horizon.
    pub fn from_table(source: &str, frames: &Frames) -> Option<FramesSession> {
        let first = *frames.years.iter().min()?;
        let base = frames.base_at(first)?;
        let years = u8::try_from(frames.years.len()).ok()?;
        Some(FramesSession::new(source, base, years))
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
        self.scenario().map(|s| s.evaluate(&self.base))
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
            &self.base,
            self.scenarios.first()?,
            self.scenario()?,
        ))
    }
}
