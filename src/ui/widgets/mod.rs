//! The pieces several pages share: the chart box and its figure table, the
//! tables of figures, the export buttons, the settings bar and tabs, form
//! alerts, the board summary's head figures, the forecast development, the
//! drop zone, the share dialog, the goals and staff ([`quarterly`]), the
//! notices about saved work, keeping the app offline on request, and a
//! part of the page loaded on first use ([`part`]).

pub mod chart;
pub mod chart_svg;
pub mod controls;
pub mod development;
pub mod dropzone;
pub mod export;
pub mod form;
pub mod goal_edit;
pub mod goals;
pub mod headline;
pub mod keep;
pub mod offline;
pub mod part;
pub mod qr;
pub mod quarterly;
pub mod share;
pub mod staff;
pub mod tables;
pub mod why;
