//! Multi-year budget frames (budgetramar) as a region decides them, their
//! rules and the balance requirement (balanskrav).
//!
//! A [`model::FrameTable`] holds every decided year per nämnd, group,
//! förvaltning and line, read from a published frame table with
//! [`import::import_frames`] (what it found on the way as
//! [`crate::finding::Finding`]s) or from FR1 budgets with
//! [`import::from_fr1_budget`]. A [`rules::Plan`] (plan years and the base
//! year) and [`rules::Rules`] give [`compute::Frames`] through
//! [`compute::compute`]: decided and computed figures side by side, shown
//! row by row with [`compute::Frames::table`]. [`balance::balance`] turns
//! the frames and the region's revenues, finance items, earlier deficits
//! and restructuring into results, equity and the restoration obligation;
//! [`scenario`] compares named rule sets; [`session::FramesSession`] is the
//! whole work as the page saves and shares it.

pub mod balance;
pub mod compute;
pub mod findings;
pub mod import;
pub mod model;
pub mod rules;
pub mod scenario;
pub mod session;
pub mod summa;
pub mod table;
