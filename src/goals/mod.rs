//! Goals and indicators (mål och indikatorer), the quarterly report's second
//! part beside the money: the goal system's export read by its labels
//! ([`import`]), kept as written ([`model`]), assessed on one four-level
//! scale with the officer's word first ([`assess`]) and counted as the
//! year-end report does ([`count`]). The page's tables are built in
//! [`crate::view::goals`].

pub mod assess;
pub mod count;
pub mod finding;
pub mod import;
pub mod model;
