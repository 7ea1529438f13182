//! Personnel statistics (personalstatistik), the quarterly report's third
//! part: the HR system's extract read table by table ([`import`]) into its
//! printed figures ([`model`]), checked against what they add up to
//! ([`check`]), summed over förvaltningar where figures add up
//! ([`combine`]), and inhyrd personal from the FR1 ([`agency`]). The key
//! figures beside the money are built in [`crate::view::staff`].

pub mod agency;
pub mod check;
pub mod combine;
pub mod finding;
pub mod import;
pub mod model;
