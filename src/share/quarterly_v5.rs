//! Format 5: format 4 plus the quarterly report's parts beside the money —
//! the goal exports and the HR extracts ([`Quarterly`]). Kept apart from the
//! earlier formats' types in [`super::state`] so another addition to format
//! 5 can sit beside it. The goals' and staff's own serde types are the wire
//! ([`crate::goals::model`], [`crate::staff::model`]), so `tests/share.rs`
//! keeps a frozen format-5 link: a change to those types that breaks it
//! needs format 6.

use super::state::{SharedState, SharedStateV4};
use super::Fault;
use crate::goals::model::GoalSet;
use crate::quarterly::Quarterly;
use crate::staff::model::StaffReport;
use serde::{Deserialize, Serialize};

/// Format 5 on the wire. Frozen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedStateV5 {
    pub base: SharedStateV4,
    pub quarterly: QuarterlyV5,
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
        }
    }
}

impl TryFrom<SharedStateV5> for SharedState {
    type Error = Fault;

    fn try_from(wire: SharedStateV5) -> Result<Self, Fault> {
        Ok(SharedState {
            quarterly: Quarterly {
                goals: wire.quarterly.goals,
                staff: wire.quarterly.staff,
            },
            ..SharedState::try_from(wire.base)?
        })
    }
}
