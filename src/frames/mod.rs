//! Multi-year budget frames (budgetramar), their rules and the balance
//! requirement (balanskrav).
//!
//! A [`model::FrameBase`] (one year per förvaltning and IPDK category, read
//! from a frame table with [`import::import_frames`] or from FR1 budgets with
//! [`import::from_fr1_budget`]) and a set of [`rules::Rules`] give
//! [`model::Frames`] through [`compute::compute`], shown row by row with
//! [`model::Frames::table`]. [`balance::balance`] turns
//! the frames and the region's revenues and finance items into results, equity
//! and the restoration obligation; [`scenario`] compares named rule sets.

pub mod balance;
pub mod compute;
pub mod import;
pub mod model;
pub mod rules;
pub mod scenario;
pub mod session;
pub mod table;
