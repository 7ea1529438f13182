//! The balance requirement at a glance: one column per year of the
//! balanskravsresultat, green when the year meets the requirement and red
//! when it leaves a deficit, with what is still to be restored written
//! under the year. Politicians moving a rate see at once which year tips.

use super::labels::{abbreviate, text_width, value_number, variance_number, variance_text};
use super::scale::{Extent, Scale};
use super::svg::{self, Anchor, Chart, Class, Mark};
use super::{
    heading_marks, label_baseline, tip, variance_classes, zero_line, Heading, Layout, MARGIN,
};
use crate::i18n::Msg;
use crate::money::{Money, Unit};
use rust_decimal::Decimal;

/// One year of the balance requirement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BalanceBar {
    pub year: i32,
    /// Balanskravsresultat: negative is a deficit to restore.
    pub result: Decimal,
    /// Deficits of this and earlier years not yet restored at year end.
    pub remaining: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BalanceChart {
    pub heading: Heading,
    pub years: Vec<BalanceBar>,
}

impl BalanceChart {
    /// The chart with its figures in `to` (converted exactly), as the
    /// printed report shows every amount in one unit.
    pub fn in_unit(mut self, to: Unit) -> BalanceChart {
        let from = self.heading.unit;
        let convert = |d: Decimal| from.convert(Money(d), to).0;
        for y in &mut self.years {
            y.result = convert(y.result);
            y.remaining = convert(y.remaining);
        }
        self.heading.unit = to;
        self
    }
}

const PLOT: f64 = 180.0;
const PLOT_NARROW: f64 = 150.0;
/// Room at the column ends for their figures.
const LABEL_PAD: f64 = 17.0;

/// Lays the chart out for `layout.width`.
pub fn geometry(chart: &BalanceChart, layout: &Layout) -> Chart {
    let lang = layout.lang;
    let unit = chart.heading.unit;
    let width = layout.width();
    let font = layout.font();
    let (mut marks, title, top) = heading_marks(&chart.heading, layout);
    let top = top + 8.0;
    let plot_h = if layout.narrow() { PLOT_NARROW } else { PLOT };
    let scale = Scale::new(Extent::of(chart.years.iter().map(|y| y.result)))
        .with_range(top + plot_h - LABEL_PAD, top + LABEL_PAD);
    let n = chart.years.len().max(1) as f64;
    let slot = (width - 2.0 * MARGIN) / n;
    let col_w = (slot * 0.5).min(90.0);
    let result_name = Msg::FrBalanceResult.text(lang);
    let bottom = top + plot_h;
    // Under the years, a captioned row of what is left to restore.
    let owing = chart.years.iter().any(|y| y.remaining > Decimal::ZERO);
    let caption_y = bottom + 2.0 * font + 14.0;
    let owed_y = caption_y + font + 6.0;
    if owing {
        marks.push(Mark::text(
            MARGIN,
            caption_y,
            abbreviate(Msg::FrRemaining.text(lang), width - 2.0 * MARGIN, font),
            Anchor::Start,
            font,
            Class::Label,
        ));
    }
    for (i, year) in chart.years.iter().enumerate() {
        let x = MARGIN + slot * (i as f64 + 0.5);
        let label = year.year.to_string();
        let (bar_class, value_class) = variance_classes(year.result);
        let (y0, y1) = (scale.zero_px(), scale.px(year.result));
        marks.push(
            Mark::rect(x - col_w / 2.0, y0, x + col_w / 2.0, y1, bar_class).with_tip(tip(
                &label,
                result_name,
                &variance_text(year.result, unit),
            )),
        );
        let figure = variance_number(year.result, unit);
        if text_width(&figure, font) <= slot - 4.0 {
            marks.push(Mark::text(
                x,
                label_baseline(y1, year.result >= Decimal::ZERO, font),
                figure,
                Anchor::Middle,
                font,
                value_class,
            ));
        }
        marks.push(Mark::text(
            x,
            bottom + font + 6.0,
            label,
            Anchor::Middle,
            font,
            Class::Label,
        ));
        if year.remaining > Decimal::ZERO {
            marks.push(Mark::text(
                x,
                owed_y,
                value_number(year.remaining, unit),
                Anchor::Middle,
                font,
                Class::ValueNeg,
            ));
        }
    }
    marks.push(zero_line(&scale, width));
    Chart {
        width,
        height: if owing {
            owed_y + 10.0
        } else {
            bottom + font + 16.0
        },
        title,
        desc: describe(chart, layout),
        marks,
    }
}

/// The chart as an SVG string.
pub fn render(chart: &BalanceChart, layout: &Layout) -> String {
    svg::render(&geometry(chart, layout))
}

/// The `<desc>`: what the chart shows, then every year's figures.
fn describe(chart: &BalanceChart, layout: &Layout) -> String {
    let lang = layout.lang;
    let unit = chart.heading.unit;
    let mut desc = Msg::ChartDescBalance.text(lang).to_string();
    for y in &chart.years {
        desc.push_str(&format!(
            " {}: {} {}",
            y.year,
            Msg::FrBalanceResult.text(lang),
            variance_text(y.result, unit)
        ));
        if y.remaining > Decimal::ZERO {
            desc.push_str(&format!(
                ", {} {}",
                Msg::FrRemaining.text(lang),
                super::labels::value_text(y.remaining, unit)
            ));
        }
        desc.push('.');
    }
    desc
}
