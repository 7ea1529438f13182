//! The FR1 result report: its [`schema`] (defined once), the imported
//! [`model`], and the importer's stages that turn grids of cells into a model:
//! [`locate`] finds the tables by their labels, [`meta`] reads the form's
//! metadata ([`meta_field`] names its fields), [`import`] reads the figures
//! ([`cells`] keeps where each was read) and [`validate`] checks the form's
//! identities.

pub mod cells;
pub mod import;
pub mod locate;
pub mod meta;
pub mod meta_field;
pub mod model;
pub mod schema;
pub mod validate;
