//! Which view is open, as a short text that travels in share links and the
//! saved state: `overview`, `unit/42`, `reports`, `frames`, optionally with
//! `@2024-06` for the period. Parsing is lenient and safe: a link's route is
//! untrusted input, so anything unexpected opens the overview.

use crate::fr1::model::Period;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Page {
    #[default]
    Overview,
    /// The unit view of the förvaltning with this code.
    Unit(String),
    Reports,
    Frames,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    pub page: Page,
    pub period: Option<Period>,
}

impl Route {
    /// The route as text.
    pub fn text(&self) -> String {
        let page = match &self.page {
            Page::Overview => "overview".to_string(),
            Page::Unit(code) => format!("unit/{code}"),
            Page::Reports => "reports".to_string(),
            Page::Frames => "frames".to_string(),
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
        let page = match page.split_once('/') {
            Some(("unit", code)) if valid_code(code) => Page::Unit(code.to_string()),
            None if page == "reports" => Page::Reports,
            None if page == "frames" => Page::Frames,
            _ => Page::Overview,
        };
        Route { page, period }
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
            page: Page::Unit("42".into()),
            period: Period::new(2024, 6),
        };
        assert_eq!(r.text(), "unit/42@2024-06");
        assert_eq!(Route::parse(&r.text()), r);
        assert_eq!(Route::parse("frames").page, Page::Frames);
        assert_eq!(Route::parse("unit/<script>").page, Page::Overview);
        assert_eq!(Route::parse("reports@2024-13").period, None);
        assert_eq!(Route::parse("").page, Page::Overview);
    }
}
