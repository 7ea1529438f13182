//! The bridge (waterfall) from budget to actual: the budget bar, one floating
//! bar per variance, and the actual bar, with connector lines between the
//! running totals.
//!
//! Variances follow the sign rule (budget − actual, positive favourable), so
//! each step moves the running total by −variance and the last running total
//! *is* the actual, exactly, in decimals. Bars run horizontally because the
//! steps are rows (structure), and a long row name fits beside a bar on a
//! phone.
//!
//! When the variances are small next to the totals (the usual case: a few
//! percent of a net cost), the value axis is broken: the budget and actual
//! bars start at the plot edge with a white break mark, so the steps are
//! wide enough to read. A shared scale is never broken.

use super::labels::{text_width, value_number, value_text, variance_number, variance_text};
use super::scale::{Extent, Scale};
use super::svg::{self, Anchor, Chart, Class, Mark};
use super::{
    heading_marks, label_column, row_label, tip, variance_classes, AcOrFc, Heading, Layout, MARGIN,
};
use crate::i18n::Msg;
use rust_decimal::Decimal;

/// One variance step of the bridge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BridgeStep {
    pub label: String,
    /// Budget − actual for this row; positive is favourable.
    pub variance: Decimal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bridge {
    pub heading: Heading,
    /// The starting budget (e.g. the net result's budget).
    pub budget: Decimal,
    pub steps: Vec<BridgeStep>,
    /// Whether the end bar is the actual or a forecast (labelled and drawn
    /// accordingly).
    pub end_kind: AcOrFc,
}

impl Bridge {
    /// The running total after each step: budget − the variances so far.
    pub fn running_totals(&self) -> Vec<Decimal> {
        self.steps
            .iter()
            .scan(self.budget, |total, step| {
                *total -= step.variance;
                Some(*total)
            })
            .collect()
    }

    /// Where the bridge ends: budget − Σ variances, the actual.
    pub fn end(&self) -> Decimal {
        self.budget - self.steps.iter().map(|s| s.variance).sum::<Decimal>()
    }

    /// Every running total and zero, for [`Scale::shared`].
    pub fn extent(&self) -> Extent {
        Extent::of(std::iter::once(self.budget).chain(self.running_totals()))
    }
}

/// Height of one row and of the bar in it.
const ROW: f64 = 28.0;
const BAR: f64 = 17.0;

/// Lays the bridge out for `layout.width`.
pub fn geometry(bridge: &Bridge, layout: &Layout) -> Chart {
    let lang = layout.lang;
    let unit = bridge.heading.unit;
    let width = layout.width();
    let font = layout.font();
    let (mut marks, title, top) = heading_marks(&bridge.heading, layout);
    let top = top + 6.0;

    let totals = bridge.running_totals();
    let end = bridge.end();
    let start_label = Msg::ChartBudget.text(lang);
    let end_label = bridge.end_kind.name(lang);

    // Figures printed right of each bar; the plot leaves room for the widest.
    let figures: Vec<(String, Class)> =
        std::iter::once((value_number(bridge.budget, unit), Class::Value))
            .chain(bridge.steps.iter().map(|s| {
                (
                    variance_number(s.variance, unit),
                    variance_classes(s.variance).1,
                )
            }))
            .chain(std::iter::once((value_number(end, unit), Class::Value)))
            .collect();
    let reserve = figures
        .iter()
        .map(|(t, _)| text_width(t, font))
        .fold(0.0, f64::max)
        + 8.0;
    let column = label_column(
        layout,
        [start_label, end_label]
            .into_iter()
            .chain(bridge.steps.iter().map(|s| s.label.as_str())),
    );
    let plot_left = MARGIN + column + 8.0;
    let plot_right = width - MARGIN - reserve;

    let broken = layout.scale.is_none() && breaks_axis(bridge.budget, end, &totals);
    let scale = match (&layout.scale, broken) {
        (Some(shared), _) => shared.covering(bridge.extent()),
        (None, true) => zoomed(bridge.budget, &totals),
        (None, false) => Scale::new(bridge.extent()),
    }
    .with_range(plot_left, plot_right);
    // Full bars grow from zero, or from the broken edge on zero's side.
    let base = if !broken {
        scale.zero_px()
    } else if bridge.budget > Decimal::ZERO {
        plot_left
    } else {
        plot_right
    };

    let rows = bridge.steps.len() + 2;
    let row_mid = |i: usize| top + ROW * (i as f64 + 0.5);
    let mut ends = Vec::with_capacity(rows);

    // Budget bar.
    let mid = row_mid(0);
    let x = scale.px(bridge.budget);
    marks.push(
        Mark::rect(base, mid - BAR / 2.0, x, mid + BAR / 2.0, Class::Bu).with_tip(tip(
            start_label,
            start_label,
            &value_text(bridge.budget, unit),
        )),
    );
    marks.extend(row_label(
        start_label,
        mid,
        Class::LabelTotal,
        layout,
        column,
    ));
    ends.push((x, base.max(x)));

    // Steps.
    let mut before = bridge.budget;
    for (i, (step, after)) in bridge.steps.iter().zip(&totals).enumerate() {
        let mid = row_mid(i + 1);
        let (x0, x1) = (scale.px(before), scale.px(*after));
        let (class, _) = variance_classes(step.variance);
        // A zero step still shows as a hairline.
        let x1 = match x1 - x0 {
            d if d.abs() >= 1.0 => x1,
            d if d < 0.0 => x0 - 1.0,
            _ => x0 + 1.0,
        };
        marks.push(
            Mark::rect(x0, mid - BAR / 2.0, x1, mid + BAR / 2.0, class).with_tip(tip(
                &step.label,
                Msg::ChartVariance.text(lang),
                &variance_text(step.variance, unit),
            )),
        );
        marks.extend(row_label(&step.label, mid, Class::Label, layout, column));
        ends.push((scale.px(*after), x0.max(x1)));
        before = *after;
    }

    // End bar.
    let mid = row_mid(rows - 1);
    let x = scale.px(end);
    marks.push(
        Mark::rect(
            base,
            mid - BAR / 2.0,
            x,
            mid + BAR / 2.0,
            bridge.end_kind.class(),
        )
        .with_tip(tip(end_label, end_label, &value_text(end, unit))),
    );
    marks.extend(row_label(end_label, mid, Class::LabelTotal, layout, column));
    ends.push((x, base.max(x)));

    // Connectors from each running total down to the next bar.
    for (i, (x, _)) in ends.iter().enumerate().take(rows - 1) {
        marks.push(Mark::line(
            *x,
            row_mid(i) + BAR / 2.0,
            *x,
            row_mid(i + 1) - BAR / 2.0,
            Class::Connector,
        ));
    }

    // Figures right of each bar.
    for (i, ((text, class), (_, right))) in figures.into_iter().zip(&ends).enumerate() {
        marks.push(Mark::text(
            right + 5.0,
            row_mid(i) + font * 0.35,
            text,
            Anchor::Start,
            font,
            class,
        ));
    }

    if broken {
        for row in [0, rows - 1] {
            marks.extend(break_mark(base, row_mid(row), base < plot_right - 1.0));
        }
    } else {
        let zero = scale.zero_px();
        marks.push(Mark::line(
            zero,
            top,
            zero,
            top + ROW * rows as f64,
            Class::ZeroLine,
        ));
    }

    let height = top + ROW * rows as f64 + 10.0;
    Chart {
        width,
        height,
        title,
        desc: describe(bridge, broken, layout),
        marks,
    }
}

/// The bridge as an SVG string.
pub fn render(bridge: &Bridge, layout: &Layout) -> String {
    svg::render(&geometry(bridge, layout))
}

/// Whether the running totals sit so far from zero that the steps would be
/// slivers: both ends on the same side of zero and the totals' spread under
/// a third of the smaller end.
fn breaks_axis(budget: Decimal, end: Decimal, totals: &[Decimal]) -> bool {
    if budget.is_zero() || budget.is_sign_negative() != end.is_sign_negative() {
        return false;
    }
    let Some(spread) = Extent::tight(std::iter::once(budget).chain(totals.iter().copied())) else {
        return false;
    };
    let smaller = budget.abs().min(end.abs());
    totals
        .iter()
        .all(|t| !t.is_zero() && t.is_sign_negative() == budget.is_sign_negative())
        && spread.span() * Decimal::from(3) < smaller
}

/// A domain around the running totals only, with some air on both sides
/// (more on zero's side, where the full bars come from).
fn zoomed(budget: Decimal, totals: &[Decimal]) -> Scale {
    let spread =
        Extent::tight(std::iter::once(budget).chain(totals.iter().copied())).unwrap_or_default();
    let air = spread.span().max(Decimal::ONE) * Decimal::new(25, 2);
    let (near, far) = (air * Decimal::TWO, air);
    let extent = if budget > Decimal::ZERO {
        Extent {
            min: spread.min - near,
            max: spread.max + far,
        }
    } else {
        Extent {
            min: spread.min - far,
            max: spread.max + near,
        }
    };
    Scale::new(extent)
}

/// The IBCS break symbol across a full bar near its broken start: a white
/// slanted gap between two thin dark strokes.
fn break_mark(base: f64, mid: f64, from_left: bool) -> [Mark; 3] {
    let x = if from_left { base + 14.0 } else { base - 14.0 };
    let (top, bottom) = (mid - BAR / 2.0 - 3.0, mid + BAR / 2.0 + 3.0);
    [
        Mark::line(x - 2.0, bottom, x + 4.0, top, Class::Break),
        Mark::line(x - 5.0, bottom, x + 1.0, top, Class::BreakEdge),
        Mark::line(x + 1.0, bottom, x + 7.0, top, Class::BreakEdge),
    ]
}

/// The `<desc>`: what the chart shows and each step's figure.
fn describe(bridge: &Bridge, broken: bool, layout: &Layout) -> String {
    let lang = layout.lang;
    let unit = bridge.heading.unit;
    let mut parts = vec![format!(
        "{} {}",
        Msg::ChartBudget.text(lang),
        value_text(bridge.budget, unit)
    )];
    parts.extend(
        bridge
            .steps
            .iter()
            .map(|s| format!("{} {}", s.label.trim(), variance_text(s.variance, unit))),
    );
    parts.push(format!(
        "{} {}",
        bridge.end_kind.name(lang),
        value_text(bridge.end(), unit)
    ));
    let mut desc = format!("{} {}.", Msg::ChartDescBridge.text(lang), parts.join("; "));
    if broken {
        desc.push(' ');
        desc.push_str(Msg::ChartAxisBroken.text(lang));
    }
    desc
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn small_steps_break_the_axis_large_do_not() {
        assert!(breaks_axis(
            dec!(57000),
            dec!(58596),
            &[dec!(56942), dec!(58596)]
        ));
        assert!(!breaks_axis(dec!(100), dec!(40), &[dec!(40)]));
        assert!(!breaks_axis(dec!(100), dec!(-10), &[dec!(-10)]));
        assert!(!breaks_axis(dec!(0), dec!(10), &[dec!(10)]));
    }

    #[test]
    fn zoomed_domain_holds_every_total_but_not_zero() {
        let s = zoomed(dec!(57000), &[dec!(56942), dec!(58548), dec!(58596)]);
        let (lo, hi) = s.domain();
        assert!(
            lo > dec!(0) && lo <= dec!(56942) && hi >= dec!(58596),
            "{lo}..{hi}"
        );
    }
}
