//! What the page holds: the [`store::Store`] context (the work, what is
//! shown, keeping it) and keeping the work in the browser ([`persist`]).
//! Above the browser's services, below every widget and page.

pub mod persist;
pub mod store;
