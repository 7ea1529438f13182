//! The FR1 result report: its [`schema`] (defined once), the imported
//! [`model`], and the importer's stages that turn grids of cells into a model.

pub mod model;
pub mod schema;
