//! Forecast development (prognosutveckling): one column per report, the
//! full-year forecast's deviation from budget as that report stated it,
//! and — once the year is closed — the outcome's deviation beside them.
//!
//! IBCS: the columns are variances, so they grow from a zero line, green
//! when favourable and red when not; a forecast's variance is hatched, the
//! outcome's solid, so the eye tells what was expected from what happened.
//! Each column carries its figure and, between columns, the change since
//! the previous report is printed small, because that is what a board reads
//! first.

use super::labels::{abbreviate, text_width, variance_number, variance_text};
use super::scale::{Extent, Scale};
use super::svg::{self, Anchor, Chart, Class, Mark};
use super::{heading_marks, label_baseline, legend, tip, Heading, Layout, Swatch, MARGIN};
use crate::i18n::Msg;
use rust_decimal::Decimal;

/// One column: a report's forecast deviation, or the year's outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DevelopmentPoint {
    /// The month (`mars`) or `Utfall`.
    pub label: String,
    /// Deviation from budget; positive is favourable.
    pub value: Decimal,
    /// True for the year-end outcome (drawn solid).
    pub outcome: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DevelopmentChart {
    pub heading: Heading,
    /// In report order, the outcome last.
    pub points: Vec<DevelopmentPoint>,
}

impl DevelopmentChart {
    /// Every column and zero.
    pub fn extent(&self) -> Extent {
        Extent::of(self.points.iter().map(|p| p.value))
    }
}

/// Room above and below the plot for the figures at column ends.
const LABEL_PAD: f64 = 20.0;

/// Lays the chart out for `layout.width`.
pub fn geometry(chart: &DevelopmentChart, layout: &Layout) -> Chart {
    let lang = layout.lang;
    let unit = chart.heading.unit;
    let width = layout.width();
    let font = layout.font();
    let (mut marks, title, top) = heading_marks(&chart.heading, layout);

    let mut items = vec![(
        Swatch::Box(Class::VarNegFc),
        Msg::ChartForecastDeviation.text(lang),
    )];
    if chart.points.iter().any(|p| p.outcome) {
        items.push((
            Swatch::Box(Class::VarNeg),
            Msg::ChartOutcomeDeviation.text(lang),
        ));
    }
    let (legend_marks, legend_bottom) = legend(&items, top, layout);
    marks.extend(legend_marks);

    let plot_h = if layout.narrow() { 150.0 } else { 190.0 };
    let plot_top = legend_bottom + 8.0 + LABEL_PAD;
    let plot_bottom = plot_top + plot_h;
    let scale = match &layout.scale {
        Some(shared) => shared.covering(chart.extent()),
        None => Scale::new(chart.extent()),
    }
    .with_range(plot_bottom, plot_top);
    let zero = scale.zero_px();

    let n = chart.points.len().max(1) as f64;
    let slot = (width - 2.0 * MARGIN) / n;
    let col_w = (slot * 0.55).min(64.0);
    let center = |i: usize| MARGIN + slot * (i as f64 + 0.5);
    marks.push(Mark::line(
        MARGIN,
        zero,
        width - MARGIN,
        zero,
        Class::ZeroLine,
    ));

    let name = |p: &DevelopmentPoint| {
        if p.outcome {
            Msg::ChartOutcomeDeviation
        } else {
            Msg::ChartForecastDeviation
        }
        .text(lang)
    };
    for (i, p) in chart.points.iter().enumerate() {
        let x = center(i);
        let y = scale.px(p.value);
        let class = match (p.value.cmp(&Decimal::ZERO), p.outcome) {
            (std::cmp::Ordering::Less, false) => Class::VarNegFc,
            (std::cmp::Ordering::Less, true) => Class::VarNeg,
            (std::cmp::Ordering::Greater, false) => Class::VarPosFc,
            (std::cmp::Ordering::Greater, true) => Class::VarPos,
            (std::cmp::Ordering::Equal, _) => Class::VarZero,
        };
        // A zero deviation still shows as a hairline.
        let y = if (y - zero).abs() < 1.0 {
            zero - 1.0
        } else {
            y
        };
        marks.push(
            Mark::rect(x - col_w / 2.0, zero, x + col_w / 2.0, y, class).with_tip(tip(
                &p.label,
                name(p),
                &variance_text(p.value, unit),
            )),
        );
        let (_, value_class) = super::variance_classes(p.value);
        let grows_up = p.value >= Decimal::ZERO;
        marks.push(Mark::text(
            x,
            label_baseline(y, grows_up, font),
            variance_number(p.value, unit),
            Anchor::Middle,
            font,
            value_class,
        ));
    }

    // The change since the previous report, between the columns.
    let changes = chart
        .points
        .windows(2)
        .enumerate()
        .filter(|(_, w)| !w[1].outcome);
    for (i, pair) in changes {
        let change = pair[1].value - pair[0].value;
        let text = format!("Δ {}", variance_number(change, unit));
        let x = (center(i) + center(i + 1)) / 2.0;
        if text_width(&text, font - 1.0) + 4.0 > slot - col_w {
            continue;
        }
        let (_, class) = super::variance_classes(change);
        marks.push(Mark::text(
            x,
            plot_top - LABEL_PAD + font,
            text,
            Anchor::Middle,
            font - 1.0,
            class,
        ));
    }

    let label_y = plot_bottom + LABEL_PAD + font;
    for (i, p) in chart.points.iter().enumerate() {
        let class = if p.outcome {
            Class::LabelTotal
        } else {
            Class::Label
        };
        marks.push(Mark::text(
            center(i),
            label_y,
            abbreviate(&p.label, slot - 4.0, font),
            Anchor::Middle,
            font,
            class,
        ));
    }

    Chart {
        width,
        height: label_y + 10.0,
        title,
        desc: describe(chart, layout),
        marks,
    }
}

/// The chart as an SVG string.
pub fn render(chart: &DevelopmentChart, layout: &Layout) -> String {
    svg::render(&geometry(chart, layout))
}

fn describe(chart: &DevelopmentChart, layout: &Layout) -> String {
    let unit = chart.heading.unit;
    let parts: Vec<String> = chart
        .points
        .iter()
        .map(|p| format!("{} {}", p.label, variance_text(p.value, unit)))
        .collect();
    format!(
        "{} {}.",
        Msg::ChartDescDevelopment.text(layout.lang),
        parts.join("; ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::money::AmountScale;
    use rust_decimal_macros::dec;

    fn chart() -> DevelopmentChart {
        DevelopmentChart {
            heading: Heading {
                title: "51 Exempelsjukhuset".into(),
                subtitle: "prognos jmf budget".into(),
                unit: AmountScale::Mnkr,
            },
            points: vec![
                DevelopmentPoint {
                    label: "mars".into(),
                    value: dec!(-138.7),
                    outcome: false,
                },
                DevelopmentPoint {
                    label: "april".into(),
                    value: dec!(-108.5),
                    outcome: false,
                },
                DevelopmentPoint {
                    label: "Utfall".into(),
                    value: dec!(-101.3),
                    outcome: true,
                },
            ],
        }
    }

    #[test]
    fn forecasts_are_hatched_and_the_outcome_solid() {
        let c = geometry(&chart(), &Layout::new(800.0, Lang::Sv));
        let bars: Vec<&Mark> = c.marks.iter().filter(|m| m.tip.is_some()).collect();
        assert_eq!(bars.len(), 3);
        assert_eq!(bars[0].class, Class::VarNegFc);
        assert_eq!(bars[2].class, Class::VarNeg);
        // Both columns grow down from the zero line, the first the longest.
        let height = |m: &Mark| match m.shape {
            svg::Shape::Rect(r) => r.h,
            _ => 0.0,
        };
        assert!(height(bars[0]) > height(bars[1]));
        // The change since March, +30,2, is printed between the columns.
        assert!(c.marks.iter().any(|m| matches!(
            &m.shape,
            svg::Shape::Text { text, .. } if text == "Δ +30,2"
        )));
    }

    #[test]
    fn labels_do_not_overlap_on_a_phone() {
        let c = geometry(&chart(), &Layout::new(320.0, Lang::Sv));
        let boxes = c.text_boxes();
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
            }
        }
    }
}
