//! Columns per category with the variance tiers above them (IBCS "chart
//! with integrated variances"): relative variances as pins on top, absolute
//! variances as bars in the middle, and the main tier with actual (or
//! forecast) in front of the outlined budget and the grey previous year.
//!
//! Each tier has its own zero line; the main tier's scale is the one shared
//! with neighbouring charts. When columns get narrow, figures that would not
//! fit their slot are left out (the tooltip still has them) and category
//! names are abbreviated.

use super::labels::{
    abbreviate, percent_text, text_width, value_number, value_text, variance_number, variance_text,
};
use super::scale::{Extent, Scale};
use super::svg::{self, Anchor, Chart, Class, Mark};
use super::{
    heading_marks, label_baseline, legend, tip, variance_classes, zero_line, AcOrFc, Heading,
    Layout, Swatch, MARGIN,
};
use crate::i18n::Msg;
use rust_decimal::Decimal;

/// One category (a row such as Personal, or a month) and its figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnCategory {
    pub label: String,
    /// The actual, or the forecast when the chart's kind is [`AcOrFc::Fc`].
    pub ac: Option<Decimal>,
    pub bu: Option<Decimal>,
    pub py: Option<Decimal>,
    /// Variance to budget (budget − actual; positive favourable).
    pub var_abs: Option<Decimal>,
    /// Variance to budget as a ratio (0.012 = 1,2 %).
    pub var_pct: Option<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnChart {
    pub heading: Heading,
    pub categories: Vec<ColumnCategory>,
    pub kind: AcOrFc,
}

impl ColumnChart {
    /// The range of the main tier's values, for [`Scale::shared`].
    pub fn extent(&self) -> Extent {
        Extent::of(
            self.categories
                .iter()
                .flat_map(|c| [c.ac, c.bu, c.py])
                .flatten(),
        )
    }
}

/// Space inside a tier kept free for the figures at bar ends.
const LABEL_PAD: f64 = 17.0;
/// Height of a tier's caption strip.
const CAPTION: f64 = 18.0;

/// Lays the chart out for `layout.width`.
pub fn geometry(chart: &ColumnChart, layout: &Layout) -> Chart {
    let lang = layout.lang;
    let unit = chart.heading.unit;
    let width = layout.width();
    let font = layout.font();
    let (mut marks, title, mut y) = heading_marks(&chart.heading, layout);
    let cats = &chart.categories;

    let has_py = cats.iter().any(|c| c.py.is_some());
    let has_bu = cats.iter().any(|c| c.bu.is_some());
    let mut items = vec![(Swatch::Box(chart.kind.class()), chart.kind.name(lang))];
    if has_bu {
        items.push((Swatch::Box(Class::Bu), Msg::ChartBudget.text(lang)));
    }
    if has_py {
        items.push((Swatch::Box(Class::Py), Msg::ChartPrevYear.text(lang)));
    }
    let (legend_marks, legend_bottom) = legend(&items, y, layout);
    marks.extend(legend_marks);
    y = legend_bottom + 4.0;

    let n = cats.len().max(1) as f64;
    let slot = (width - 2.0 * MARGIN) / n;
    let col_w = (slot * 0.5).min(56.0);
    let center = |i: usize| MARGIN + slot * (i as f64 + 0.5);
    let fits = |text: &str| text_width(text, font) <= slot - 4.0;
    let narrow = layout.narrow();

    // Tier 1: relative variances as pins.
    let pcts: Vec<Decimal> = cats.iter().filter_map(|c| c.var_pct).collect();
    if !pcts.is_empty() {
        let plot_h = if narrow { 64.0 } else { 76.0 };
        let (caption, top) = caption(Msg::ChartVariancePct.text(lang), y, layout);
        marks.push(caption);
        let scale = Scale::new(Extent::of(pcts.iter().copied()))
            .with_range(top + plot_h - LABEL_PAD, top + LABEL_PAD);
        marks.push(zero_line(&scale, width));
        for (i, cat) in cats.iter().enumerate() {
            let Some(pct) = cat.var_pct else { continue };
            let (x, y0, y1) = (center(i), scale.zero_px(), scale.px(pct));
            let (bar_class, value_class) = variance_classes(pct);
            let class = match bar_class {
                Class::VarPos => Class::PinPos,
                Class::VarNeg => Class::PinNeg,
                _ => Class::PinZero,
            };
            let text = percent_text(pct);
            marks.push(Mark::line(x, y0, x, y1, class));
            marks.push(
                Mark::new(
                    svg::Shape::Circle {
                        cx: x,
                        cy: y1,
                        r: 4.0,
                    },
                    class,
                )
                .with_tip(tip(&cat.label, Msg::ChartVariance.text(lang), &text)),
            );
            if fits(&text) {
                let baseline = label_baseline(
                    y1 + if pct >= Decimal::ZERO { -3.0 } else { 3.0 },
                    pct >= Decimal::ZERO,
                    font,
                );
                marks.push(Mark::text(
                    x,
                    baseline,
                    text,
                    Anchor::Middle,
                    font,
                    value_class,
                ));
            }
        }
        y = top + plot_h + 6.0;
    }

    // Tier 2: absolute variances as bars.
    let vars: Vec<Decimal> = cats.iter().filter_map(|c| c.var_abs).collect();
    if !vars.is_empty() {
        let plot_h = if narrow { 72.0 } else { 88.0 };
        let (caption, top) = caption(Msg::ChartVariance.text(lang), y, layout);
        marks.push(caption);
        let scale = Scale::new(Extent::of(vars.iter().copied()))
            .with_range(top + plot_h - LABEL_PAD, top + LABEL_PAD);
        for (i, cat) in cats.iter().enumerate() {
            let Some(var) = cat.var_abs else { continue };
            let (x, y0, y1) = (center(i), scale.zero_px(), scale.px(var));
            let (bar_class, value_class) = variance_classes(var);
            let text = variance_number(var, unit);
            marks.push(
                Mark::rect(x - col_w / 2.0, y0, x + col_w / 2.0, y1, bar_class).with_tip(tip(
                    &cat.label,
                    Msg::ChartVariance.text(lang),
                    &variance_text(var, unit),
                )),
            );
            if fits(&text) {
                let baseline = label_baseline(y1, var >= Decimal::ZERO, font);
                marks.push(Mark::text(
                    x,
                    baseline,
                    text,
                    Anchor::Middle,
                    font,
                    value_class,
                ));
            }
        }
        marks.push(zero_line(&scale, width));
        y = top + plot_h + 6.0;
    }

    // Tier 3: the figures themselves.
    let plot_h = if narrow { 170.0 } else { 210.0 };
    let top = y + 4.0;
    let own = chart.extent();
    let base = match &layout.scale {
        Some(shared) => shared.covering(own),
        None => Scale::new(own),
    };
    let scale = base.with_range(top + plot_h - LABEL_PAD, top + LABEL_PAD);
    let zero = scale.zero_px();
    let offset = col_w * 0.28;
    for (i, cat) in cats.iter().enumerate() {
        let x = center(i);
        let series = [
            (cat.py, Class::Py, -offset, Msg::ChartPrevYear.text(lang)),
            (cat.bu, Class::Bu, offset, Msg::ChartBudget.text(lang)),
            (cat.ac, chart.kind.class(), 0.0, chart.kind.name(lang)),
        ];
        for (value, class, dx, name) in series {
            let Some(value) = value else { continue };
            let left = x + dx - col_w / 2.0;
            marks.push(
                Mark::rect(left, zero, left + col_w, scale.px(value), class).with_tip(tip(
                    &cat.label,
                    name,
                    &value_text(value, unit),
                )),
            );
        }
        if let Some(ac) = cat.ac {
            let text = value_number(ac, unit);
            if fits(&text) {
                let baseline = label_baseline(scale.px(ac), ac >= Decimal::ZERO, font);
                marks.push(Mark::text(
                    x,
                    baseline,
                    text,
                    Anchor::Middle,
                    font,
                    Class::Value,
                ));
            }
        }
        marks.push(Mark::text(
            x,
            top + plot_h + font + 2.0,
            abbreviate(&cat.label, slot - 4.0, font),
            Anchor::Middle,
            font,
            Class::Label,
        ));
    }
    marks.push(zero_line(&scale, width));
    let height = top + plot_h + font + 12.0;

    Chart {
        width,
        height,
        title,
        desc: describe(chart, layout),
        marks,
    }
}

/// The chart as an SVG string.
pub fn render(chart: &ColumnChart, layout: &Layout) -> String {
    svg::render(&geometry(chart, layout))
}

/// A tier's caption at `y`; returns it and the y where the tier's plot starts.
fn caption(text: &str, y: f64, layout: &Layout) -> (Mark, f64) {
    let font = layout.font();
    let mark = Mark::text(
        MARGIN,
        y + font + 2.0,
        abbreviate(text, layout.width() - 2.0 * MARGIN, font),
        Anchor::Start,
        font,
        Class::Label,
    );
    (mark, y + CAPTION)
}

/// The `<desc>`: what the chart shows, then every category's figures.
fn describe(chart: &ColumnChart, layout: &Layout) -> String {
    let lang = layout.lang;
    let unit = chart.heading.unit;
    let mut desc = Msg::ChartDescColumns.text(lang).to_string();
    for cat in &chart.categories {
        let mut parts = Vec::new();
        if let Some(v) = cat.ac {
            parts.push(format!("{} {}", chart.kind.name(lang), value_text(v, unit)));
        }
        if let Some(v) = cat.bu {
            parts.push(format!(
                "{} {}",
                Msg::ChartBudget.text(lang),
                value_text(v, unit)
            ));
        }
        if let Some(v) = cat.py {
            parts.push(format!(
                "{} {}",
                Msg::ChartPrevYear.text(lang),
                value_text(v, unit)
            ));
        }
        if let Some(v) = cat.var_abs {
            let mut var = format!(
                "{} {}",
                Msg::ChartVariance.text(lang),
                variance_text(v, unit)
            );
            if let Some(p) = cat.var_pct {
                var.push_str(&format!(" ({})", percent_text(p)));
            }
            parts.push(var);
        }
        desc.push_str(&format!(" {}: {}.", cat.label.trim(), parts.join(", ")));
    }
    desc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::money::AmountScale;
    use rust_decimal_macros::dec;

    fn chart() -> ColumnChart {
        let cat = |label: &str, ac, bu, var| ColumnCategory {
            label: label.into(),
            ac: Some(ac),
            bu: Some(bu),
            py: None,
            var_abs: Some(var),
            var_pct: None,
        };
        ColumnChart {
            heading: Heading {
                title: "Förvaltning 42".into(),
                subtitle: "Utfall juni 2024".into(),
                unit: AmountScale::Tkr,
            },
            categories: vec![
                cat("Personal", dec!(100), dec!(80), dec!(-20)),
                cat("Drift", dec!(50), dec!(60), dec!(10)),
            ],
            kind: AcOrFc::Ac,
        }
    }

    #[test]
    fn columns_grow_from_one_zero_line_in_proportion() {
        let g = geometry(&chart(), &Layout::new(800.0, Lang::Sv));
        let ac: Vec<_> = g
            .marks_of(Class::Ac)
            .filter_map(|m| match &m.shape {
                svg::Shape::Rect(r) if m.tip.is_some() => Some(*r),
                _ => None,
            })
            .collect();
        assert_eq!(ac.len(), 2);
        // Same bottom (the zero line), heights 100 : 50.
        assert!((ac[0].y + ac[0].h - (ac[1].y + ac[1].h)).abs() < 1e-9);
        assert!((ac[0].h / ac[1].h - 2.0).abs() < 1e-9);
        assert_eq!(g.marks_of(Class::VarNeg).count(), 1);
        assert_eq!(g.marks_of(Class::VarPos).count(), 1);
    }

    #[test]
    fn shared_scale_is_named_in_heading_and_keeps_px_per_unit() {
        let small = chart();
        let mut big = chart();
        big.categories[0].ac = Some(dec!(400));
        let scale = Scale::shared(&[small.extent(), big.extent()]);
        let layout = Layout::new(800.0, Lang::Sv).with_scale(scale);
        let h = |c: &ColumnChart| {
            geometry(c, &layout)
                .marks_of(Class::Ac)
                .filter_map(|m| match &m.shape {
                    svg::Shape::Rect(r) if m.tip.is_some() => Some(r.h),
                    _ => None,
                })
                .nth(1)
        };
        assert_eq!(h(&small), h(&big));
        assert!(geometry(&small, &layout).title.ends_with("gemensam skala"));
    }
}
