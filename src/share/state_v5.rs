//! Format 5: format 4 plus the quarterly report's parts beside the money —
//! the goal exports and the HR extracts ([`Quarterly`]) — and the officer's
//! explanations of the deviations ([`Explanation`]). Kept apart from the
//! earlier formats' types in [`super::state`]. Their own serde types are the
//! wire ([`crate::goals::model`], [`crate::staff::model`],
//! [`crate::explain::model`]), so `tests/share.rs` and `tests/quarterly.rs`
//! keep frozen format-5 links: a change to those types that breaks them
//! needs format 6.

use super::state::{SharedState, SharedStateV4};
use super::validate::Check;
use super::Fault;
use crate::explain::model::Explanation;
use crate::goals::model::GoalSet;
use crate::i18n::Msg;
use crate::import::limits::MAX_EXPLANATIONS;
use crate::quarterly::Quarterly;
use crate::staff::model::StaffReport;
use serde::{Deserialize, Serialize};

/// Format 5 on the wire. Frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedStateV5 {
    pub base: SharedStateV4,
    pub quarterly: QuarterlyV5,
    pub explanations: Vec<Explanation>,
}

/// Goals and staff as format 5 carries them. Frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuarterlyV5 {
    pub goals: Vec<GoalSet>,
    pub staff: Vec<StaffReport>,
}

impl From<&SharedState> for SharedStateV5 {
    fn from(state: &SharedState) -> Self {
        SharedStateV5 {
            base: SharedStateV4::from(state),
            quarterly: QuarterlyV5 {
                goals: state.quarterly.goals.clone(),
                staff: state.quarterly.staff.clone(),
            },
            explanations: state.explanations.clone(),
        }
    }
}

impl TryFrom<SharedStateV5> for SharedState {
    type Error = Fault;

    fn try_from(wire: SharedStateV5) -> Result<Self, Fault> {
        Check::root().count(
            Msg::AtExplanations,
            wire.explanations.len(),
            MAX_EXPLANATIONS,
        )?;
        Ok(SharedState {
            explanations: wire.explanations,
            quarterly: Quarterly {
                goals: wire.quarterly.goals,
                staff: wire.quarterly.staff,
            },
            ..SharedState::try_from(wire.base)?
        })
    }
}
