//! The year so far as lines: accumulated actual per month against the
//! evenly spread budget (dashed), the seasonally spread budget (dotted) and
//! the previous year (light), with the full-year forecast as a hatched end
//! point at December.
//!
//! Only this chart has a value axis (ticks and light grid lines): lines have
//! no bar ends to print figures at. Each month's actual point is focusable
//! and its tooltip lists every series' figure for that month.

use super::labels::{abbreviate, text_width, tick_number, value_number, value_text, variance_text};
use super::scale::{Extent, Scale};
use super::svg::{self, Anchor, Chart, Class, Mark, Shape};
use super::{heading_marks, legend, AcOrFc, Heading, Layout, Swatch, MARGIN};
use crate::i18n::{Lang, Msg};
use rust_decimal::Decimal;

/// Months on the axis; longer series are cut there.
pub const MONTHS: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trend {
    pub heading: Heading,
    /// Accumulated actual per month, January first; `None` for months not
    /// yet reported.
    pub actual: Vec<Option<Decimal>>,
    /// Accumulated budget spread evenly (one twelfth a month).
    pub budget_even: Vec<Decimal>,
    /// Accumulated budget spread by the seasonal profile.
    pub budget_seasonal: Option<Vec<Decimal>>,
    /// Accumulated previous-year actual.
    pub prev_year: Option<Vec<Option<Decimal>>>,
    /// Full-year forecast, drawn at December.
    pub forecast: Option<Decimal>,
}

impl Trend {
    /// Every drawn value and zero, for [`Scale::shared`].
    pub fn extent(&self) -> Extent {
        let seasonal = self.budget_seasonal.iter().flatten().copied();
        let py = self.prev_year.iter().flatten().flatten().copied();
        Extent::of(
            self.actual
                .iter()
                .take(MONTHS)
                .flatten()
                .copied()
                .chain(self.budget_even.iter().take(MONTHS).copied())
                .chain(seasonal.take(MONTHS))
                .chain(py.take(MONTHS))
                .chain(self.forecast),
        )
    }
}

/// Lays the trend out for `layout.width`.
pub fn geometry(trend: &Trend, layout: &Layout) -> Chart {
    let lang = layout.lang;
    let unit = trend.heading.unit;
    let width = layout.width();
    let font = layout.font();
    let (mut marks, title, top) = heading_marks(&trend.heading, layout);

    let mut items = vec![(Swatch::Line(Class::AcLine), Msg::ChartActual.text(lang))];
    items.push((
        Swatch::Line(Class::BudgetEven),
        Msg::ChartBudgetEven.text(lang),
    ));
    if trend.budget_seasonal.is_some() {
        items.push((
            Swatch::Line(Class::BudgetSeasonal),
            Msg::ChartBudgetSeasonal.text(lang),
        ));
    }
    if trend.prev_year.is_some() {
        items.push((Swatch::Line(Class::PyLine), Msg::ChartPrevYear.text(lang)));
    }
    if trend.forecast.is_some() {
        items.push((Swatch::Box(Class::Fc), Msg::ChartForecast.text(lang)));
    }
    let (legend_marks, legend_bottom) = legend(&items, top, layout);
    marks.extend(legend_marks);

    let plot_top = legend_bottom + 14.0;
    let plot_h = if layout.narrow() { 190.0 } else { 240.0 };
    let plot_bottom = plot_top + plot_h;
    let base = match &layout.scale {
        Some(shared) => shared.covering(trend.extent()),
        None => Scale::new(trend.extent()),
    };
    let scale = base.niced().with_range(plot_bottom, plot_top);
    let ticks: Vec<(Decimal, String)> = scale
        .ticks()
        .into_iter()
        .map(|t| (t, tick_number(t, scale.step())))
        .collect();
    let axis_w = ticks
        .iter()
        .map(|(_, text)| text_width(text, font))
        .fold(0.0, f64::max)
        + 8.0;
    let plot_left = MARGIN + axis_w;
    let plot_right = width - MARGIN - 8.0;
    for (value, text) in &ticks {
        let y = scale.px(*value);
        let class = if value.is_zero() {
            Class::ZeroLine
        } else {
            Class::Grid
        };
        marks.push(Mark::line(plot_left, y, plot_right, y, class));
        marks.push(Mark::text(
            plot_left - 6.0,
            y + font * 0.35,
            text.as_str(),
            Anchor::End,
            font,
            Class::Label,
        ));
    }

    let step = (plot_right - plot_left) / MONTHS as f64;
    let month_x = |i: usize| plot_left + step * (i as f64 + 0.5);
    let months = month_names(lang);
    let every = [1, 2, 3, 6]
        .into_iter()
        .find(|k| {
            months
                .iter()
                .all(|m| text_width(m, font) + 4.0 <= step * *k as f64)
        })
        .unwrap_or(MONTHS);
    for (i, name) in months.iter().enumerate() {
        if (i + 1) % every == 0 {
            marks.push(Mark::text(
                month_x(i),
                plot_bottom + font + 6.0,
                abbreviate(name, step * every as f64 - 4.0, font),
                Anchor::Middle,
                font,
                Class::Label,
            ));
        }
    }

    let point = |i: usize, v: Decimal| (month_x(i), scale.px(v));
    let even: Vec<Option<Decimal>> = trend.budget_even.iter().map(|v| Some(*v)).collect();
    let seasonal: Option<Vec<Option<Decimal>>> = trend
        .budget_seasonal
        .as_ref()
        .map(|s| s.iter().map(|v| Some(*v)).collect());
    let mut lines = vec![(even.as_slice(), Class::BudgetEven)];
    if let Some(s) = &seasonal {
        lines.push((s.as_slice(), Class::BudgetSeasonal));
    }
    if let Some(py) = &trend.prev_year {
        lines.insert(0, (py.as_slice(), Class::PyLine));
    }
    lines.push((trend.actual.as_slice(), Class::AcLine));
    for (values, class) in lines {
        for run in runs(values) {
            let pts: Vec<(f64, f64)> = run.into_iter().map(|(i, v)| point(i, v)).collect();
            marks.push(Mark::new(Shape::Polyline(pts), class));
        }
    }

    let last_actual = trend
        .actual
        .iter()
        .take(MONTHS)
        .enumerate()
        .rev()
        .find_map(|(i, v)| v.map(|v| (i, v)));
    if let Some(fc) = trend.forecast {
        let (x, y) = point(MONTHS - 1, fc);
        if let Some((i, v)) = last_actual.filter(|(i, _)| *i < MONTHS - 1) {
            let (x0, y0) = point(i, v);
            marks.push(Mark::new(
                Shape::Polyline(vec![(x0, y0), (x, y)]),
                Class::FcLine,
            ));
        }
        let name = AcOrFc::Fc.name(lang);
        marks.push(
            Mark::rect(x - 6.0, y - 6.0, x + 6.0, y + 6.0, Class::Fc)
                .with_tip(format!("{name}: {}", value_text(fc, unit))),
        );
    }
    marks.extend(end_labels(
        trend,
        last_actual,
        &point,
        (plot_left, plot_right),
        font,
    ));
    for (i, value) in trend.actual.iter().take(MONTHS).enumerate() {
        let Some(value) = value else { continue };
        let (x, y) = point(i, *value);
        let name = months.get(i).copied().unwrap_or_default();
        marks.push(
            Mark::new(
                Shape::Circle {
                    cx: x,
                    cy: y,
                    r: 3.5,
                },
                Class::Ac,
            )
            .with_tip(month_tip(trend, i, name, lang)),
        );
    }

    Chart {
        width,
        height: plot_bottom + font + 16.0,
        title,
        desc: describe(trend, layout),
        marks,
    }
}

/// The trend as an SVG string.
pub fn render(trend: &Trend, layout: &Layout) -> String {
    svg::render(&geometry(trend, layout))
}

/// The figures IBCS wants at a line's end: the forecast above its marker
/// and the latest actual above its point (left out if the two would
/// collide), each kept inside the plot.
fn end_labels(
    trend: &Trend,
    last_actual: Option<(usize, Decimal)>,
    point: &dyn Fn(usize, Decimal) -> (f64, f64),
    (left, right): (f64, f64),
    font: f64,
) -> Vec<Mark> {
    let unit = trend.heading.unit;
    let label = |i: usize, value: Decimal, class: Class| {
        let (x, y) = point(i, value);
        let text = value_number(value, unit);
        let half = text_width(&text, font) / 2.0;
        let x = x.clamp(left + half, (right - half).max(left + half));
        Mark::text(x, y - 9.0, text, Anchor::Middle, font, class)
    };
    let mut marks = Vec::new();
    if let Some(fc) = trend.forecast {
        marks.push(label(MONTHS - 1, fc, Class::Value));
    }
    if let Some((i, value)) = last_actual {
        let mark = label(i, value, Class::Value);
        let collides = match (
            mark.shape.text_box(),
            marks.first().and_then(|m| m.shape.text_box()),
        ) {
            (Some(a), Some(b)) => a.overlaps(&b),
            _ => false,
        };
        if !collides {
            marks.push(mark);
        }
    }
    marks
}

/// Short month names in `lang`, January first.
fn month_names(lang: Lang) -> Vec<&'static str> {
    Msg::ChartMonths.text(lang).split(' ').collect()
}

/// Unbroken stretches of a series (a `None` month splits the line).
fn runs(values: &[Option<Decimal>]) -> Vec<Vec<(usize, Decimal)>> {
    let mut out: Vec<Vec<(usize, Decimal)>> = Vec::new();
    let mut current = Vec::new();
    for (i, value) in values.iter().take(MONTHS).enumerate() {
        match value {
            Some(v) => current.push((i, *v)),
            None if !current.is_empty() => out.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Every series' figure for month `i`: `mar · Utfall: 11 200 tkr · …`.
fn month_tip(trend: &Trend, i: usize, month: &str, lang: Lang) -> String {
    let unit = trend.heading.unit;
    let mut parts = vec![month.to_string()];
    let actual = trend.actual.get(i).copied().flatten();
    let even = trend.budget_even.get(i).copied();
    let mut add = |name: Msg, value: Option<Decimal>| {
        if let Some(v) = value {
            parts.push(format!("{}: {}", name.text(lang), value_text(v, unit)));
        }
    };
    add(Msg::ChartActual, actual);
    add(Msg::ChartBudgetEven, even);
    add(
        Msg::ChartBudgetSeasonal,
        trend
            .budget_seasonal
            .as_ref()
            .and_then(|s| s.get(i).copied()),
    );
    add(
        Msg::ChartPrevYear,
        trend
            .prev_year
            .as_ref()
            .and_then(|s| s.get(i).copied().flatten()),
    );
    if let (Some(a), Some(b)) = (actual, even) {
        parts.push(format!(
            "{}: {}",
            Msg::ChartVariance.text(lang),
            variance_text(b - a, unit)
        ));
    }
    parts.join(" · ")
}

fn describe(trend: &Trend, layout: &Layout) -> String {
    let lang = layout.lang;
    let months = month_names(lang);
    let mut desc = Msg::ChartDescTrend.text(lang).to_string();
    for (i, value) in trend.actual.iter().take(MONTHS).enumerate() {
        if value.is_some() {
            let name = months.get(i).copied().unwrap_or_default();
            desc.push_str(&format!(" {}.", month_tip(trend, i, name, lang)));
        }
    }
    if let Some(fc) = trend.forecast {
        desc.push_str(&format!(
            " {}: {}.",
            Msg::ChartForecast.text(lang),
            value_text(fc, trend.heading.unit)
        ));
    }
    desc
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn gaps_split_lines() {
        let r = runs(&[Some(dec!(1)), None, Some(dec!(3)), Some(dec!(4)), None]);
        assert_eq!(
            r,
            vec![vec![(0, dec!(1))], vec![(2, dec!(3)), (3, dec!(4))]]
        );
        assert!(runs(&[None, None]).is_empty());
    }

    #[test]
    fn twelve_month_names_in_both_languages() {
        assert_eq!(month_names(Lang::Sv).len(), MONTHS);
        assert_eq!(month_names(Lang::En).len(), MONTHS);
        assert_eq!(month_names(Lang::Sv)[4], "maj");
    }
}
