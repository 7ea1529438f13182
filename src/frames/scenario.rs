//! Named scenarios ("Planeringsdirektiv", "Med 1,5 % effektivisering"): each
//! a set of rules and, optionally, balance inputs, saved with the state and
//! compared per förvaltning and year against another scenario.

use super::balance::{balance, BalanceError, BalanceInputs, BalanceView};
use super::compute::compute;
use super::model::{FrameBase, Frames};
use super::rules::{Rules, RulesError};
use crate::money::{Money, Unit};
use serde::{Deserialize, Serialize};

/// A named set of rules, with balance inputs when the scenario has them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub name: String,
    pub rules: Rules,
    #[serde(default)]
    pub balance: Option<BalanceInputs>,
}

/// Why a scenario could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScenarioError {
    #[error("Scenariot ”{scenario}”: {source}")]
    Rules {
        scenario: String,
        source: RulesError,
    },
    #[error("Scenariot ”{scenario}”: {source}")]
    Balance {
        scenario: String,
        source: BalanceError,
    },
}

/// A scenario's frames and, when it has balance inputs, its balance view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioResult {
    pub name: String,
    pub frames: Frames,
    pub balance: Option<BalanceView>,
}

impl Scenario {
    pub fn evaluate(&self, base: &FrameBase) -> Result<ScenarioResult, ScenarioError> {
        let frames = compute(base, &self.rules).map_err(|source| ScenarioError::Rules {
            scenario: self.name.clone(),
            source,
        })?;
        let balance = self
            .balance
            .as_ref()
            .map(|inputs| balance(&frames, inputs))
            .transpose()
            .map_err(|source| ScenarioError::Balance {
                scenario: self.name.clone(),
                source,
            })?;
        Ok(ScenarioResult {
            name: self.name.clone(),
            frames,
            balance,
        })
    }
}

/// One row of a comparison: net frames of both scenarios and `other −
/// reference` per year (negative: the other scenario gives a smaller frame).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ComparisonRow {
    pub namnd: String,
    /// Empty for a nämnd's or the region's total row.
    pub forvaltning: String,
    pub reference: Vec<Money>,
    pub other: Vec<Money>,
    pub difference: Vec<Money>,
}

/// Two scenarios side by side, per förvaltning, nämnd and region.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioComparison {
    pub unit: Unit,
    pub reference: String,
    pub other: String,
    /// The years both scenarios cover.
    pub years: Vec<i32>,
    /// Per förvaltning, each nämnd followed by its total row.
    pub rows: Vec<ComparisonRow>,
    pub region: ComparisonRow,
}

/// Compares the net frames of `other` against `reference`, both computed
/// from `base`, over the years both cover.
pub fn compare(
    base: &FrameBase,
    reference: &Scenario,
    other: &Scenario,
) -> Result<ScenarioComparison, ScenarioError> {
    let a = reference.evaluate(base)?.frames;
    let b = other.evaluate(base)?.frames;
    let years: Vec<i32> = a
        .years
        .iter()
        .copied()
        .filter(|y| b.years.contains(y))
        .collect();
    let pick = |frames: &Frames, totals: Vec<Money>| -> Vec<Money> {
        years
            .iter()
            .map(|&y| {
                frames
                    .year_index(y)
                    .and_then(|i| totals.get(i).copied())
                    .unwrap_or(Money::ZERO)
            })
            .collect()
    };
    let row = |namnd: &str, forvaltning: &str, ra: Vec<Money>, rb: Vec<Money>| {
        let reference = pick(&a, ra);
        let other = pick(&b, rb);
        let difference = reference.iter().zip(&other).map(|(x, y)| *y - *x).collect();
        ComparisonRow {
            namnd: namnd.to_string(),
            forvaltning: forvaltning.to_string(),
            reference,
            other,
            difference,
        }
    };
    let mut rows = Vec::new();
    for (na, nb) in a.namnder.iter().zip(&b.namnder) {
        for (fa, fb) in na.forvaltningar.iter().zip(&nb.forvaltningar) {
            rows.push(row(&na.name, &fa.name, fa.totals(), fb.totals()));
        }
        rows.push(row(&na.name, "", na.totals(), nb.totals()));
    }
    let region = row("", "", a.region_totals(), b.region_totals());
    Ok(ScenarioComparison {
        unit: a.unit,
        reference: reference.name.clone(),
        other: other.name.clone(),
        years,
        rows,
        region,
    })
}
