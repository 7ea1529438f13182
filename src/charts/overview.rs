//! The region at a glance: one horizontal variance bar per förvaltning and
//! the total, so the board sees in seconds which unit deviates and by how
//! much.
//!
//! Order: by variance ascending — the largest unfavourable (most negative)
//! first, the largest favourable last; equal variances by name. The total
//! comes last, under a separator, in bold. Every unit's bar carries its
//! `data-id` so a click can open that unit.

use super::labels::{text_width, variance_number, variance_text};
use super::scale::{Extent, Scale};
use super::svg::{self, Anchor, Chart, Class, Mark};
use super::{
    heading_marks, label_column, row_label, tip, variance_classes, Heading, Layout, MARGIN,
};
use crate::i18n::Msg;
use rust_decimal::Decimal;

/// One unit's variance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OverviewBar {
    /// The unit's id, written as `data-id` for the app to open it.
    pub id: String,
    pub label: String,
    /// Its variance (positive favourable).
    pub value: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overview {
    pub heading: Heading,
    pub bars: Vec<OverviewBar>,
    /// The variance of the whole (region or nämnd).
    pub total: Decimal,
}

impl Overview {
    /// The bars in display order: most unfavourable first, ties by label.
    pub fn sorted_bars(&self) -> Vec<&OverviewBar> {
        let mut bars: Vec<&OverviewBar> = self.bars.iter().collect();
        bars.sort_by(|a, b| a.value.cmp(&b.value).then_with(|| a.label.cmp(&b.label)));
        bars
    }

    /// Every bar, the total and zero, for [`Scale::shared`].
    pub fn extent(&self) -> Extent {
        Extent::of(self.bars.iter().map(|b| b.value).chain([self.total]))
    }
}

const ROW: f64 = 26.0;
const BAR: f64 = 16.0;
/// Extra space between the last unit and the total.
const TOTAL_GAP: f64 = 10.0;

/// Lays the overview out for `layout.width`.
pub fn geometry(overview: &Overview, layout: &Layout) -> Chart {
    let lang = layout.lang;
    let unit = overview.heading.unit;
    let width = layout.width();
    let font = layout.font();
    let (mut marks, title, top) = heading_marks(&overview.heading, layout);
    let top = top + 6.0;
    let total_label = Msg::ChartTotal.text(lang);

    let bars = overview.sorted_bars();
    let rows: Vec<(&str, Decimal, Option<&str>)> = bars
        .iter()
        .map(|b| (b.label.as_str(), b.value, Some(b.id.as_str())))
        .chain(std::iter::once((total_label, overview.total, None)))
        .collect();

    // Figures sit outside each bar's end: room on both sides for the widest.
    let widest = |negative: bool| {
        rows.iter()
            .filter(|(_, v, _)| v.is_sign_negative() == negative && !v.is_zero())
            .map(|(_, v, _)| text_width(&variance_number(*v, unit), font) + 14.0)
            .fold(0.0, f64::max)
    };
    let column = label_column(layout, rows.iter().map(|(l, _, _)| *l));
    let plot_left = MARGIN + column + 8.0 + widest(true);
    let plot_right = width - MARGIN - widest(false).max(text_width("0", font) + 8.0);
    let scale = match &layout.scale {
        Some(shared) => shared.covering(overview.extent()),
        None => Scale::new(overview.extent()),
    }
    .with_range(plot_left, plot_right);
    let zero = scale.zero_px();

    let mut y = top;
    for (label, value, id) in &rows {
        let is_total = id.is_none();
        if is_total {
            y += TOTAL_GAP;
            marks.push(Mark::line(
                MARGIN,
                y - TOTAL_GAP / 2.0,
                width - MARGIN,
                y - TOTAL_GAP / 2.0,
                Class::Separator,
            ));
        }
        let mid = y + ROW / 2.0;
        let x = scale.px(*value);
        let (bar_class, value_class) = variance_classes(*value);
        let mut bar =
            Mark::rect(zero, mid - BAR / 2.0, x, mid + BAR / 2.0, bar_class).with_tip(tip(
                label,
                Msg::ChartVariance.text(lang),
                &variance_text(*value, unit),
            ));
        if let Some(id) = id {
            bar = bar.with_id(*id);
        }
        marks.push(bar);
        let label_class = if is_total {
            Class::LabelTotal
        } else {
            Class::Label
        };
        marks.extend(row_label(label, mid, label_class, layout, column));
        let (fx, anchor) = if value.is_sign_negative() && !value.is_zero() {
            (x - 5.0, Anchor::End)
        } else {
            (x + 5.0, Anchor::Start)
        };
        marks.push(Mark::text(
            fx,
            mid + font * 0.35,
            variance_number(*value, unit),
            anchor,
            font,
            value_class,
        ));
        y += ROW;
    }
    marks.push(Mark::line(zero, top, zero, y, Class::ZeroLine));

    Chart {
        width,
        height: y + 10.0,
        title,
        desc: describe(overview, layout),
        marks,
    }
}

/// The overview as an SVG string.
pub fn render(overview: &Overview, layout: &Layout) -> String {
    svg::render(&geometry(overview, layout))
}

fn describe(overview: &Overview, layout: &Layout) -> String {
    let unit = overview.heading.unit;
    let parts: Vec<String> = overview
        .sorted_bars()
        .iter()
        .map(|b| format!("{} {}", b.label.trim(), variance_text(b.value, unit)))
        .chain(std::iter::once(format!(
            "{} {}",
            Msg::ChartTotal.text(layout.lang),
            variance_text(overview.total, unit)
        )))
        .collect();
    format!(
        "{} {}.",
        Msg::ChartDescOverview.text(layout.lang),
        parts.join("; ")
    )
}
