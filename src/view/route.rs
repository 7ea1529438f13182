//! Which view is open, as a short text that travels in share links and the
//! saved state: `overview`, `unit/42`, `reports`, `frames`, optionally with
//! `@2024-06` for the period. Parsing is lenient and safe: a link's route is
//! untrusted input, so anything unexpected opens the overview.

use crate::fr1::model::Period;

/// The page's main views, one per tab.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tab {
    #[default]
    Overview,
    Unit,
    Reports,
    Frames,
}

impl Tab {
    pub const ALL: [Tab; 4] = [Tab::Overview, Tab::Unit, Tab::Reports, Tab::Frames];
}

/// The open view: the tab, the förvaltning the unit view shows (only with
/// [`Tab::Unit`]; the link names it there) and the period looked at.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    pub tab: Tab,
    pub unit: Option<String>,
    pub period: Option<Period>,
}

impl Route {
    /// The route as text; the unit view without a förvaltning is the
    /// overview.
    pub fn text(&self) -> String {
        let page = match (self.tab, &self.unit) {
            (Tab::Unit, Some(code)) => format!("unit/{code}"),
            (Tab::Reports, _) => "reports".to_string(),
            (Tab::Frames, _) => "frames".to_string(),
            (Tab::Overview | Tab::Unit, _) => "overview".to_string(),
        };
        match self.period {
            Some(p) => format!("{page}@{}", p.iso()),
            None => page,
        }
    }

    /// Reads a route; never fails (unknown parts are dropped).
    pub fn parse(text: &str) -> Route {
        let (page, period) = match text.split_once('@') {
            Some((page, period)) => (page, parse_period(period)),
            None => (text, None),
        };
        let (tab, unit) = match page.split_once('/') {
            Some(("unit", code)) if valid_code(code) => (Tab::Unit, Some(code.to_string())),
            None if page == "reports" => (Tab::Reports, None),
            None if page == "frames" => (Tab::Frames, None),
            _ => (Tab::Overview, None),
        };
        Route { tab, unit, period }
    }
}

fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.chars().count() <= 32
        && code
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '.'))
}

fn parse_period(text: &str) -> Option<Period> {
    let (y, m) = text.split_once('-')?;
    Period::new(y.parse().ok()?, m.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_refuses_junk() {
        let r = Route {
            tab: Tab::Unit,
            unit: Some("42".into()),
            period: Period::new(2024, 6),
        };
        assert_eq!(r.text(), "unit/42@2024-06");
        assert_eq!(Route::parse(&r.text()), r);
        assert_eq!(Route::parse("frames").tab, Tab::Frames);
        assert_eq!(Route::parse("unit/<script>"), Route::default());
        assert_eq!(Route::parse("reports@2024-13").period, None);
        assert_eq!(Route::parse(""), Route::default());
        // The unit view with no förvaltning chosen travels as the overview.
        let none = Route {
            tab: Tab::Unit,
            ..Route::default()
        };
        assert_eq!(none.text(), "overview");
    }
}
