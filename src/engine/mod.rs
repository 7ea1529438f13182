//! Variances, consolidation, periods, forecasts and measures: the numbers a
//! board member asks for, computed exactly from imported FR1 reports.
