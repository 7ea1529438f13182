//! The chart's drawing vocabulary and the one place it becomes SVG text.
//!
//! Every chart module lays out plain [`Mark`]s (rectangles, lines, text with
//! f64 pixel coordinates and a semantic [`Class`]); [`render`] writes a
//! [`Chart`] as SVG text (the printed report; with [`standalone`], a file of
//! its own), and the page draws the same marks as live elements with the
//! same values ([`num`], [`hatch_fill`], [`polyline_points`], [`HATCHES`]).
//! Keeping them here means number printing, accessibility attributes and
//! the colour style ([`STYLE`]) are decided once: a label can never inject
//! markup, and a downloaded SVG looks the same as the one in the page.

use super::labels::text_width;

/// The semantic role of a mark; it becomes the `class` attribute, and
/// [`STYLE`] gives each class its IBCS look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Class {
    /// Actual (utfall): solid dark grey.
    Ac,
    /// Previous year: solid light grey.
    Py,
    /// Budget: outlined, no fill.
    Bu,
    /// Forecast: hatched.
    Fc,
    /// Favourable absolute variance.
    VarPos,
    /// Unfavourable absolute variance.
    VarNeg,
    /// A variance of exactly zero.
    VarZero,
    /// Favourable variance of a forecast (hatched green).
    VarPosFc,
    /// Unfavourable variance of a forecast (hatched red).
    VarNegFc,
    /// Favourable relative variance (pin).
    PinPos,
    /// Unfavourable relative variance (pin).
    PinNeg,
    /// A relative variance of exactly zero.
    PinZero,
    /// The actual as a line (trend).
    AcLine,
    /// The previous year as a line (trend).
    PyLine,
    /// The evenly spread budget as a dashed line (trend).
    BudgetEven,
    /// The seasonally spread budget as a dotted line (trend).
    BudgetSeasonal,
    /// The dashed path from the last actual to the forecast (trend).
    FcLine,
    /// The zero line a bar grows from.
    ZeroLine,
    /// A light value grid line.
    Grid,
    /// Thin line joining running totals in a bridge.
    Connector,
    /// Separator between the units and the total.
    Separator,
    /// White gap of the break symbol on a broken value axis.
    Break,
    /// Thin dark edges of the break symbol.
    BreakEdge,
    /// Chart title (what, whose).
    Title,
    /// Second heading line (when, unit, scale note).
    Subtitle,
    /// Category, tier, legend and axis text.
    Label,
    /// Category text of a total row.
    LabelTotal,
    /// Figure printed next to a mark.
    Value,
    /// Favourable variance figure.
    ValuePos,
    /// Unfavourable variance figure.
    ValueNeg,
}

impl Class {
    /// The CSS class name(s) written to the SVG.
    pub fn as_str(self) -> &'static str {
        match self {
            Class::Ac => "ac",
            Class::Py => "py",
            Class::Bu => "bu",
            Class::Fc => "fc",
            Class::VarPos => "var-pos",
            Class::VarNeg => "var-neg",
            Class::VarZero => "var-zero",
            Class::VarPosFc => "var-pos-fc",
            Class::VarNegFc => "var-neg-fc",
            Class::PinPos => "pin-pos",
            Class::PinNeg => "pin-neg",
            Class::PinZero => "pin-zero",
            Class::AcLine => "ac line",
            Class::PyLine => "py line",
            Class::BudgetEven => "bu line even",
            Class::BudgetSeasonal => "bu line seasonal",
            Class::FcLine => "fc line",
            Class::ZeroLine => "zero-line",
            Class::Grid => "grid",
            Class::Connector => "connector",
            Class::Separator => "separator",
            Class::Break => "break",
            Class::BreakEdge => "break-edge",
            Class::Title => "title",
            Class::Subtitle => "subtitle",
            Class::Label => "label",
            Class::LabelTotal => "label total",
            Class::Value => "value",
            Class::ValuePos => "value pos",
            Class::ValueNeg => "value neg",
        }
    }
}

/// Horizontal alignment of a text mark relative to its `x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The `text-anchor` value.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// An axis-aligned box in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    /// Whether two boxes share any area (touching edges do not count).
    pub fn overlaps(&self, other: &Rect) -> bool {
        const EPS: f64 = 0.01;
        self.x + self.w > other.x + EPS
            && other.x + other.w > self.x + EPS
            && self.y + self.h > other.y + EPS
            && other.y + other.h > self.y + EPS
    }
}

/// What a mark draws.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Rect(Rect),
    Line {
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
    },
    Polyline(Vec<(f64, f64)>),
    Circle {
        cx: f64,
        cy: f64,
        r: f64,
    },
    /// `y` is the baseline.
    Text {
        x: f64,
        y: f64,
        text: String,
        anchor: Anchor,
        font_px: f64,
    },
}

impl Shape {
    /// The estimated box a text occupies (by [`text_width`]); `None` for
    /// other shapes.
    pub fn text_box(&self) -> Option<Rect> {
        match self {
            Shape::Text {
                x,
                y,
                text,
                anchor,
                font_px,
            } => {
                let w = text_width(text, *font_px);
                let left = match anchor {
                    Anchor::Start => *x,
                    Anchor::Middle => x - w / 2.0,
                    Anchor::End => x - w,
                };
                Some(Rect {
                    x: left,
                    y: y - font_px * 0.8,
                    w,
                    h: *font_px,
                })
            }
            _ => None,
        }
    }
}

/// One drawn element. Data marks carry `tip` (the exact figures in words);
/// they become focusable with `data-tip` and `aria-label`.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub shape: Shape,
    pub class: Class,
    pub tip: Option<String>,
    /// The unit a click on this mark opens (`data-id`).
    pub id: Option<String>,
}

impl Mark {
    pub fn new(shape: Shape, class: Class) -> Mark {
        Mark {
            shape,
            class,
            tip: None,
            id: None,
        }
    }

    /// A bar from two corners in any order.
    pub fn rect(x0: f64, y0: f64, x1: f64, y1: f64, class: Class) -> Mark {
        Mark::new(
            Shape::Rect(Rect {
                x: x0.min(x1),
                y: y0.min(y1),
                w: (x1 - x0).abs(),
                h: (y1 - y0).abs(),
            }),
            class,
        )
    }

    pub fn line(x1: f64, y1: f64, x2: f64, y2: f64, class: Class) -> Mark {
        Mark::new(Shape::Line { x1, y1, x2, y2 }, class)
    }

    pub fn text(
        x: f64,
        y: f64,
        text: impl Into<String>,
        anchor: Anchor,
        font_px: f64,
        class: Class,
    ) -> Mark {
        Mark::new(
            Shape::Text {
                x,
                y,
                text: text.into(),
                anchor,
                font_px,
            },
            class,
        )
    }

    pub fn with_tip(mut self, tip: impl Into<String>) -> Mark {
        self.tip = Some(tip.into());
        self
    }

    pub fn with_id(mut self, id: impl Into<String>) -> Mark {
        self.id = Some(id.into());
        self
    }
}

/// A laid-out chart: what [`render`] writes.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    pub width: f64,
    pub height: f64,
    /// The SVG `<title>`: the heading in one line.
    pub title: String,
    /// The SVG `<desc>`: what the chart shows, with its figures, in words.
    pub desc: String,
    pub marks: Vec<Mark>,
}

impl Chart {
    /// Marks with the given class, in drawing order.
    pub fn marks_of(&self, class: Class) -> impl Iterator<Item = &Mark> {
        self.marks.iter().filter(move |m| m.class == class)
    }

    /// Boxes of every text mark, for overlap checks.
    pub fn text_boxes(&self) -> Vec<Rect> {
        self.marks
            .iter()
            .filter_map(|m| m.shape.text_box())
            .collect()
    }
}

/// Escapes text or an attribute value: `& < > " '`.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// A coordinate with at most two decimals, no trailing zeros, never `-0`;
/// a non-finite value (never produced by the layouts) prints as `0`.
pub fn num(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    let text = format!("{:.2}", value);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    match text {
        "-0" | "" => "0".to_string(),
        t => t.to_string(),
    }
}

/// The charts' IBCS look, scoped to `.bk-chart` (the class of every
/// chart's root). The page holds it once, in a style element the first
/// chart adds (`ui/browser/chart_style.rs`), instead of each chart
/// bringing its own: every redraw would add a style sheet to the document
/// and restyle all of it.
/// [`standalone`] embeds it in an SVG that leaves the page, where it is XML
/// text, so the file has no comments, angle brackets or ampersands.
pub const STYLE: &str = include_str!("../../style/chart.css");

/// Writes the chart as SVG text, styled by the page's [`STYLE`];
/// [`standalone`] makes it a file of its own. Its hatch
/// patterns are its own (ids prefixed per chart), referenced from each
/// hatched mark's `fill`.
pub fn render(chart: &Chart) -> String {
    let id = format!(
        "bk{:08x}",
        fnv(&format!("{}\u{0}{}", chart.title, chart.desc))
    );
    let mut out = String::with_capacity(2048 + chart.marks.len() * 160);
    let (w, h) = (num(chart.width), num(chart.height));
    out.push_str(&format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" \
         role=\"img\" aria-labelledby=\"{id}-t {id}-d\" class=\"bk-chart\">"
    ));
    out.push_str(&format!(
        "<title id=\"{id}-t\">{}</title>",
        escape(&chart.title)
    ));
    out.push_str(&format!(
        "<desc id=\"{id}-d\">{}</desc>",
        escape(&chart.desc)
    ));
    out.push_str("<defs>");
    for (_, name, colour, width) in HATCHES {
        out.push_str(&hatch(&id, name, colour, width));
    }
    out.push_str("</defs>");
    out.push_str(&format!(
        "<rect width=\"{w}\" height=\"{h}\" fill=\"#fff\"/>"
    ));
    for mark in &chart.marks {
        write_mark(&mut out, mark, &id);
    }
    out.push_str("</svg>");
    out
}

/// A chart's SVG from [`render`] as a file of its own (a download, a
/// PNG): with [`STYLE`] inside, right after the opening tag.
pub fn standalone(svg: &str) -> String {
    let at = svg.find('>').map_or(0, |i| i + 1);
    format!("{}<style>{STYLE}</style>{}", &svg[..at], &svg[at..])
}

/// A polyline's `points`: `x,y` pairs separated by spaces.
pub fn polyline_points(points: &[(f64, f64)]) -> String {
    let pairs: Vec<String> = points
        .iter()
        .map(|(x, y)| format!("{},{}", num(*x), num(*y)))
        .collect();
    pairs.join(" ")
}

/// The hatch patterns every chart defines, as `{prefix}-hatch{name}`:
/// the class of mark filled with it, name, line colour and line width.
/// White with diagonal lines, for a forecast (grey) and a forecast's
/// favourable (green) and unfavourable (red) variance.
pub const HATCHES: [(Class, &str, &str, &str); 3] = [
    (Class::Fc, "", "#333", "2.2"),
    (Class::VarPosFc, "-pos", "#1a7f37", "2.6"),
    (Class::VarNegFc, "-neg", "#c62828", "2.6"),
];

/// One of [`HATCHES`] as SVG text.
fn hatch(id: &str, name: &str, colour: &str, stroke: &str) -> String {
    format!(
        "<pattern id=\"{id}-hatch{name}\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\" \
         patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#fff\"/>\
         <line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"{colour}\" stroke-width=\"{stroke}\"/></pattern>"
    )
}

/// The `fill` of a mark of `class` in the chart whose ids start with
/// `prefix`: one of its [`HATCHES`] for a forecast, else none (its class
/// gives the colour).
pub fn hatch_fill(class: Class, prefix: &str) -> Option<String> {
    HATCHES
        .iter()
        .find(|hatch| hatch.0 == class)
        .map(|(_, name, ..)| format!("url(#{prefix}-hatch{name})"))
}

fn write_mark(out: &mut String, mark: &Mark, chart_id: &str) {
    let mut attrs = format!(" class=\"{}\"", mark.class.as_str());
    if let Some(fill) = hatch_fill(mark.class, chart_id) {
        attrs.push_str(&format!(" fill=\"{fill}\""));
    }
    if let Some(tip) = &mark.tip {
        let tip = escape(tip);
        attrs.push_str(&format!(
            " tabindex=\"0\" role=\"img\" data-tip=\"{tip}\" aria-label=\"{tip}\""
        ));
    }
    if let Some(id) = &mark.id {
        attrs.push_str(&format!(" data-id=\"{}\"", escape(id)));
    }
    match &mark.shape {
        Shape::Rect(r) => out.push_str(&format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{attrs}/>",
            num(r.x),
            num(r.y),
            num(r.w),
            num(r.h)
        )),
        Shape::Line { x1, y1, x2, y2 } => out.push_str(&format!(
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"{attrs}/>",
            num(*x1),
            num(*y1),
            num(*x2),
            num(*y2)
        )),
        Shape::Polyline(points) => out.push_str(&format!(
            "<polyline points=\"{}\"{attrs}/>",
            polyline_points(points)
        )),
        Shape::Circle { cx, cy, r } => out.push_str(&format!(
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\"{attrs}/>",
            num(*cx),
            num(*cy),
            num(*r)
        )),
        Shape::Text {
            x,
            y,
            text,
            anchor,
            font_px,
        } => out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"{}\"{attrs}>{}</text>",
            num(*x),
            num(*y),
            anchor.as_str(),
            num(*font_px),
            escape(text)
        )),
    }
}

/// FNV-1a: a stable id prefix so several inline charts on one page do not
/// share pattern or title ids.
fn fnv(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_all_five() {
        assert_eq!(
            escape("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
    }

    #[test]
    fn numbers_have_at_most_two_decimals() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.345), "12.35");
        assert_eq!(num(0.1), "0.1");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(-3.5), "-3.5");
        assert_eq!(num(f64::NAN), "0");
    }

    #[test]
    fn data_marks_are_focusable_with_tip() {
        let chart = Chart {
            width: 100.0,
            height: 50.0,
            title: "T".into(),
            desc: "D".into(),
            marks: vec![Mark::rect(0.0, 0.0, 10.0, 20.0, Class::Ac)
                .with_tip("Intäkter · Utfall: 5 tkr")
                .with_id("42")],
        };
        let svg = render(&chart);
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains(
            "<rect x=\"0\" y=\"0\" width=\"10\" height=\"20\" class=\"ac\" tabindex=\"0\" role=\"img\" \
             data-tip=\"Intäkter · Utfall: 5 tkr\" aria-label=\"Intäkter · Utfall: 5 tkr\" data-id=\"42\"/>"
        ));
    }

    #[test]
    fn a_hatched_mark_is_filled_with_its_charts_own_pattern() {
        let chart = Chart {
            width: 100.0,
            height: 50.0,
            title: "T".into(),
            desc: "D".into(),
            marks: vec![
                Mark::rect(0.0, 0.0, 10.0, 20.0, Class::VarNegFc),
                Mark::line(0.0, 0.0, 10.0, 0.0, Class::FcLine),
            ],
        };
        let svg = render(&chart);
        // The chart's prefix, as its title's id gives it.
        let id = svg
            .split("<title id=\"")
            .nth(1)
            .and_then(|t| t.split("-t\"").next())
            .expect("a title id");
        assert!(svg.contains(&format!("<pattern id=\"{id}-hatch-neg\"")));
        assert!(svg.contains(&format!(
            "<rect x=\"0\" y=\"0\" width=\"10\" height=\"20\" class=\"var-neg-fc\" fill=\"url(#{id}-hatch-neg)\"/>"
        )));
        // A forecast's line is dashed, not filled.
        assert!(svg.contains("<line x1=\"0\" y1=\"0\" x2=\"10\" y2=\"0\" class=\"fc line\"/>"));
        // On the page the style is the page's; nothing here adds to it.
        assert!(!svg.contains("<style>"));
    }

    #[test]
    fn a_standalone_svg_carries_the_style_inside_its_root() {
        let svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bk-chart\"><title>T</title></svg>";
        let file = standalone(svg);
        assert!(file.starts_with(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bk-chart\"><style>.bk-chart text{"
        ));
        assert!(file.ends_with(&format!("{STYLE}</style><title>T</title></svg>")));
        // It is XML text in a file: nothing in it may open a tag or an entity.
        assert!(!STYLE.contains('<') && !STYLE.contains('&'));
    }

    #[test]
    fn text_boxes_follow_anchor() {
        let t = |anchor| Shape::Text {
            x: 100.0,
            y: 20.0,
            text: "abcd".into(),
            anchor,
            font_px: 10.0,
        };
        let w = text_width("abcd", 10.0);
        assert_eq!(t(Anchor::Start).text_box().map(|r| r.x), Some(100.0));
        assert_eq!(t(Anchor::End).text_box().map(|r| r.x), Some(100.0 - w));
        assert_eq!(t(Anchor::Middle).text_box().map(|r| r.y), Some(12.0));
    }
}
