//! The FR1 result report: its [`schema`] (defined once), the imported
//! [`model`], and the importer's stages that turn grids of cells into a model:
//! [`locate`] finds the tables by their labels, [`meta`] reads the form's
//! metadata, [`import`] reads the figures and [`validate`] checks the form's
//! identities.

pub mod import;
pub mod locate;
pub mod meta;
pub mod model;
pub mod schema;
pub mod validate;
