//! What the page holds: the [`store::Store`] context (the work, what is
//! shown, keeping it, and what the page says about saved work,
//! [`keeping`]; what comes into it, [`taking`]; it as a state and back,
//! [`snapshot`]; the goal and staff files, [`quarterly`]), view models
//! kept per setting ([`per_setting`]), the reports converted to the unit not
//! shown while the page is idle ([`convert_ahead`]), the page's language
//! ([`language`]), how the page is read ([`mode`]), keeping the work in the
//! browser ([`persist`], behind its split point in [`keep_part`]) and
//! reading files ([`reading`], the importers' split points). Above the browser's services, below every
//! widget and page.

pub mod convert_ahead;
pub mod keep_part;
pub mod language;
pub mod mode;
pub mod per_setting;
pub mod persist;
pub mod quarterly;
pub mod reading;
pub mod snapshot;
pub mod store;
pub mod taking;
