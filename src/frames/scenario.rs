//! Named scenarios ("Planeringsdirektiv", "Med 1,5 % effektivisering"): each
//! a set of rules and balance inputs, saved with the state and compared per
//! förvaltning and year against another scenario.

use super::balance::{balance, BalanceError, BalanceInputs, BalanceView};
use super::compute::{compute, Frames, SumFigure};
use super::model::FrameTable;
use super::rules::{Plan, Rules, RulesError};
use crate::i18n::{Lang, Msg};
use crate::money::{AmountScale, Money};
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScenarioError {
    Rules {
        scenario: String,
        source: RulesError,
    },
    Balance {
        scenario: String,
        source: BalanceError,
    },
}

impl ScenarioError {
    pub fn text(&self, lang: Lang) -> String {
        let (scenario, detail) = match self {
            ScenarioError::Rules { scenario, source } => (scenario, source.text(lang)),
            ScenarioError::Balance { scenario, source } => (scenario, source.text(lang)),
        };
        Msg::FrScenarioProblem.fill(lang, &[("scenario", scenario), ("detail", &detail)])
    }
}

impl std::fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::Sv))
    }
}

impl std::error::Error for ScenarioError {}

/// A scenario's frames and, when it has balance inputs, its balance view.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScenarioResult {
    pub name: String,
    pub frames: Frames,
    pub balance: Option<BalanceView>,
}

impl Scenario {
    pub fn evaluate(
        &self,
        table: &FrameTable,
        plan: &Plan,
    ) -> Result<ScenarioResult, ScenarioError> {
        let frames = compute(table, plan, &self.rules).map_err(|source| ScenarioError::Rules {
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

/// One row of a comparison: net frames in force of both scenarios and
/// `other − reference` per year (negative: the other gives a smaller frame).
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
    pub unit: AmountScale,
    pub reference: String,
    pub other: String,
    pub years: Vec<i32>,
    /// Per förvaltning, each nämnd followed by its total row.
    pub rows: Vec<ComparisonRow>,
    pub region: ComparisonRow,
}

fn in_force(sums: &[SumFigure]) -> Vec<Money> {
    sums.iter()
        .map(|s| s.in_force().unwrap_or(Money::ZERO))
        .collect()
}

/// Compares the net frames of `other` against `reference` over the plan.
pub fn compare(
    table: &FrameTable,
    plan: &Plan,
    reference: &Scenario,
    other: &Scenario,
) -> Result<ScenarioComparison, ScenarioError> {
    let a = reference.evaluate(table, plan)?.frames;
    let b = other.evaluate(table, plan)?.frames;
    // Both scenarios index the same decided figures by factors of at least
    // zero, so a row's two figures differ by no more than the larger of
    // them, give or take decided changes within the door bounds: the
    // difference stays within range.
    let row = |namnd: &str, forvaltning: &str, reference: Vec<Money>, other: Vec<Money>| {
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
            rows.push(row(
                &na.name,
                &fa.name,
                in_force(a.forvaltning_totals(fa)),
                in_force(b.forvaltning_totals(fb)),
            ));
        }
        rows.push(row(
            &na.name,
            "",
            in_force(a.namnd_totals(na)),
            in_force(b.namnd_totals(nb)),
        ));
    }
    let region = row("", "", a.net_in_force(), b.net_in_force());
    Ok(ScenarioComparison {
        unit: a.unit,
        reference: reference.name.clone(),
        other: other.name.clone(),
        years: a.years.clone(),
        rows,
        region,
    })
}
