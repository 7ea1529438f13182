//! A chart drawn in the page as live SVG elements, from the same laid-out
//! marks that `budgetkoll::charts::svg::render` writes as text for a file.
//!
//! Why not that text: a click on a setting (tkr/mnkr, Externt/Totalt, a
//! period) redraws every chart on the page, and markup set as `innerHTML`
//! is parsed, laid out and painted anew, every bar and label, even where
//! only the figures in its labels changed. As elements, a redraw whose marks
//! come in the same order updates the attributes and texts that differ, in
//! place. Its ids are named for the chart box (unique on the page, the same
//! across redraws), so they do not change with the heading as the file's do.

use budgetkoll::charts::svg::{hatch_fill, num, polyline_points, Chart, Mark, Shape, HATCHES};
use leptos::prelude::*;
use leptos::svg;
use leptos::tachys::html::attribute::custom::custom_attribute;

/// The chart as an `<svg>` whose title, description and hatch patterns are
/// named `{prefix}-t`, `{prefix}-d` and `{prefix}-hatch…`.
pub fn chart_svg(chart: &Chart, prefix: &'static str) -> impl IntoView {
    let (w, h) = (num(chart.width), num(chart.height));
    let view_box = format!("0 0 {w} {h}");
    let (bg_w, bg_h) = (w.clone(), h.clone());
    let hatches = HATCHES
        .iter()
        .map(|&(_, name, colour, width)| {
            view! {
                <pattern id=format!("{prefix}-hatch{name}") patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
                    <rect width="5" height="5" fill="#fff" />
                    <line x1="0" y1="0" x2="0" y2="5" stroke=colour stroke-width=width />
                </pattern>
            }
        })
        .collect_view();
    // `<title>` is HTML's too: built as SVG's, so it names the chart.
    let title = svg::title()
        .id(format!("{prefix}-t"))
        .child(chart.title.clone());
    let desc = svg::desc()
        .id(format!("{prefix}-d"))
        .child(chart.desc.clone());
    let marks = chart.marks.iter().map(|m| mark(m, prefix)).collect_view();
    view! {
        <svg
            viewBox=view_box
            width=w
            height=h
            role="img"
            aria-labelledby=format!("{prefix}-t {prefix}-d")
            class="bk-chart"
        >
            {title}
            {desc}
            <defs>{hatches}</defs>
            <rect width=bg_w height=bg_h fill="#fff" />
            {marks}
        </svg>
    }
}

/// One mark. A mark with a tip (its exact figures in words) is focusable
/// and named by it, as in the file.
fn mark(m: &Mark, prefix: &str) -> AnyView {
    let tip = m.tip.clone();
    let focus = tip.as_ref().map(|_| ("0", "img"));
    // What every mark carries, whatever its shape.
    let common = (
        custom_attribute("fill", hatch_fill(m.class, prefix)),
        view! {
        <{..}
            class=m.class.as_str()
            tabindex=focus.map(|f| f.0)
            role=focus.map(|f| f.1)
            data-tip=tip.clone()
            aria-label=tip
            data-id=m.id.clone()
        />
        },
    );
    match &m.shape {
        Shape::Rect(r) => view! {
            <rect x=num(r.x) y=num(r.y) width=num(r.w) height=num(r.h) {..common} />
        }
        .into_any(),
        Shape::Line { x1, y1, x2, y2 } => view! {
            <line x1=num(*x1) y1=num(*y1) x2=num(*x2) y2=num(*y2) {..common} />
        }
        .into_any(),
        Shape::Polyline(points) => view! {
            <polyline points=polyline_points(points) {..common} />
        }
        .into_any(),
        Shape::Circle { cx, cy, r } => view! {
            <circle cx=num(*cx) cy=num(*cy) r=num(*r) {..common} />
        }
        .into_any(),
        Shape::Text {
            x,
            y,
            text,
            anchor,
            font_px,
        } => view! {
            <text x=num(*x) y=num(*y) text-anchor=anchor.as_str() font-size=num(*font_px) {..common}>
                {text.clone()}
            </text>
        }
        .into_any(),
    }
}
