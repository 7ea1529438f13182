//! Budget-variance charts in IBCS notation, as SVG strings.
//!
//! The app inserts these strings into the page and adds hover/focus tooltips
//! by reading each mark's `data-tip`; everything else — layout for a target
//! width, labels, colours, accessibility text — happens here, without a DOM,
//! so it is tested on the host.
//!
//! Notation (International Business Communication Standards): actual (AC)
//! solid dark grey, previous year (PY) light grey, budget (BU) outlined,
//! forecast (FC) hatched; variances green when favourable and red when
//! unfavourable, absolute variances as bars and relative ones as pins. Inputs
//! are already signed as variances (reference − actual, positive =
//! favourable, see DOMAIN.md), so a chart colours by sign and nothing else.
//!
//! Each chart module has a `geometry` function returning a plain
//! [`svg::Chart`] (marks with pixel coordinates and a semantic class, what the
//! tests check) and a `render` function writing it with [`svg::render`].
//! Charts of the same unit shown side by side share a [`scale::Scale`]
//! built from their extents ([`Layout::with_scale`]); the heading then says so.

pub mod balance;
pub mod columns;
pub mod development;
pub mod labels;
pub mod overview;
pub mod scale;
pub mod svg;
pub mod trend;
pub mod waterfall;

use crate::i18n::{Lang, Msg};
use crate::money::AmountScale;
use labels::{abbreviate, text_width, wrap_two};
use scale::Scale;
use svg::{Anchor, Class, Mark};

/// The heading every chart carries: what and whose (`title`), when
/// (`subtitle`), and the unit the figures are in. Rendered as two lines,
/// the second being `subtitle · unit` (plus a shared-scale note).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// E.g. `Landstingsdir. Ledningsstab`.
    pub title: String,
    /// E.g. `Utfall mars 2018 jmf budget`.
    pub subtitle: String,
    pub unit: AmountScale,
}

impl Heading {
    /// Title and subtitle on one line, for a file or a table caption.
    pub fn caption(&self) -> String {
        if self.subtitle.is_empty() {
            self.title.clone()
        } else {
            format!("{}, {}", self.title, self.subtitle)
        }
    }
}

/// Whether the main figure is an actual or a forecast (drawn hatched).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AcOrFc {
    #[default]
    Ac,
    Fc,
}

impl AcOrFc {
    fn class(self) -> Class {
        match self {
            AcOrFc::Ac => Class::Ac,
            AcOrFc::Fc => Class::Fc,
        }
    }

    fn name(self, lang: Lang) -> &'static str {
        match self {
            AcOrFc::Ac => Msg::ChartActual.text(lang),
            AcOrFc::Fc => Msg::ChartForecast.text(lang),
        }
    }
}

/// How to lay a chart out: the container's width in px, the language of the
/// fixed words, and optionally a scale shared with neighbouring charts.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub lang: Lang,
    pub scale: Option<Scale>,
}

/// Narrowest width laid out; a smaller container gets a scaled-down chart.
const MIN_WIDTH: f64 = 280.0;
/// Widest width laid out.
const MAX_WIDTH: f64 = 2400.0;
/// Below this width labels get smaller and sparser.
const NARROW: f64 = 560.0;
/// Outer margin left and right.
const MARGIN: f64 = 12.0;

impl Layout {
    pub fn new(width: f64, lang: Lang) -> Layout {
        Layout {
            width,
            lang,
            scale: None,
        }
    }

    /// Use `scale` (see [`Scale::shared`]) for the main values.
    pub fn with_scale(self, scale: Scale) -> Layout {
        Layout {
            scale: Some(scale),
            ..self
        }
    }

    /// The width actually laid out (NaN and extremes clamped).
    fn width(&self) -> f64 {
        if self.width.is_nan() {
            MIN_WIDTH
        } else {
            self.width.clamp(MIN_WIDTH, MAX_WIDTH)
        }
    }

    fn narrow(&self) -> bool {
        self.width() < NARROW
    }

    /// Font size of labels and figures.
    fn font(&self) -> f64 {
        if self.narrow() {
            11.0
        } else {
            12.0
        }
    }

    fn shared(&self) -> bool {
        self.scale.as_ref().is_some_and(Scale::is_shared)
    }
}

/// The heading as marks, the one-line `<title>` text, and the y below it.
fn heading_marks(heading: &Heading, layout: &Layout) -> (Vec<Mark>, String, f64) {
    let width = layout.width() - 2.0 * MARGIN;
    let title_font = if layout.narrow() { 14.0 } else { 16.0 };
    let mut second = format!("{} · {}", heading.subtitle.trim(), heading.unit.short());
    if heading.subtitle.trim().is_empty() {
        second = heading.unit.short().to_string();
    }
    if layout.shared() {
        second.push_str(" · ");
        second.push_str(Msg::ChartSharedScale.text(layout.lang));
    }
    // Bold runs wider than the estimate for regular text.
    let title_lines = wrap_two(&heading.title, width / 1.1, title_font);
    let line = title_font + 4.0;
    let below = line * (title_lines.len() as f64 - 1.0);
    let mut marks: Vec<Mark> = title_lines
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            Mark::text(
                MARGIN,
                20.0 + line * i as f64,
                text,
                Anchor::Start,
                title_font,
                Class::Title,
            )
        })
        .collect();
    marks.push(Mark::text(
        MARGIN,
        39.0 + below,
        abbreviate(&second, width, layout.font()),
        Anchor::Start,
        layout.font(),
        Class::Subtitle,
    ));
    let title = format!("{} · {}", heading.title.trim(), second);
    (marks, title, 52.0 + below)
}

/// What a legend entry shows before its text.
#[derive(Debug, Clone, Copy)]
enum Swatch {
    Box(Class),
    Line(Class),
}

/// A legend row starting at `top`, wrapping within the width; returns the
/// marks and the y below it.
fn legend(items: &[(Swatch, &str)], top: f64, layout: &Layout) -> (Vec<Mark>, f64) {
    const ROW: f64 = 18.0;
    let font = layout.font();
    let right = layout.width() - MARGIN;
    let mut marks = Vec::new();
    let (mut x, mut y) = (MARGIN, top);
    for (swatch, text) in items {
        let swatch_w = match swatch {
            Swatch::Box(_) => 11.0,
            Swatch::Line(_) => 22.0,
        };
        let item_w = swatch_w + 5.0 + text_width(text, font);
        if x > MARGIN && x + item_w > right {
            x = MARGIN;
            y += ROW;
        }
        match swatch {
            Swatch::Box(class) => marks.push(Mark::rect(x, y + 3.0, x + 11.0, y + 14.0, *class)),
            Swatch::Line(class) => marks.push(Mark::new(
                svg::Shape::Polyline(vec![(x, y + 9.0), (x + 22.0, y + 9.0)]),
                *class,
            )),
        }
        let text_x = x + swatch_w + 5.0;
        marks.push(Mark::text(
            text_x,
            y + 13.0,
            abbreviate(text, right - text_x, font),
            Anchor::Start,
            font,
            Class::Label,
        ));
        x += item_w + 16.0;
    }
    let bottom = if items.is_empty() { top } else { y + ROW };
    (marks, bottom)
}

/// Tooltip text: `Intäkter · Utfall: −4 858 tkr`.
fn tip(label: &str, series: &str, figure: &str) -> String {
    format!("{} · {series}: {figure}", label.trim())
}

/// Vertical placement of a figure next to the end of a vertical bar at
/// `end_y`: above it for a bar growing up, below for one growing down.
fn label_baseline(end_y: f64, grows_up: bool, font: f64) -> f64 {
    if grows_up {
        end_y - 4.0
    } else {
        end_y + 3.0 + font * 0.8
    }
}

/// The variance classes for a sign: bar and figure.
fn variance_classes(value: rust_decimal::Decimal) -> (Class, Class) {
    use core::cmp::Ordering;
    match value.cmp(&rust_decimal::Decimal::ZERO) {
        Ordering::Greater => (Class::VarPos, Class::ValuePos),
        Ordering::Less => (Class::VarNeg, Class::ValueNeg),
        Ordering::Equal => (Class::VarZero, Class::Value),
    }
}

/// The horizontal zero line a column tier grows from, across the plot.
fn zero_line(scale: &Scale, width: f64) -> Mark {
    let y = scale.zero_px();
    Mark::line(MARGIN, y, width - MARGIN, y, Class::ZeroLine)
}

/// Width of the category column of a horizontal bar chart: about a third
/// of the chart, widened (up to 45 %) so that the longest word of any of
/// `labels` fits on a line of its own — names wrap rather than get cut.
fn label_column<'a>(layout: &Layout, labels: impl IntoIterator<Item = &'a str>) -> f64 {
    let width = layout.width();
    let default = (width * 0.32).clamp(90.0, 280.0);
    let longest_word = labels
        .into_iter()
        .flat_map(str::split_whitespace)
        .map(|w| text_width(w, layout.font()) + 4.0)
        .fold(0.0, f64::max);
    default.max(longest_word.min(width * 0.45))
}

/// A right-aligned category name in the label column, for a row whose bar
/// is centred at `center_y`: on one line when it fits, else wrapped onto
/// two lines (a row has room for two), abbreviated only when even two
/// lines are too short — a phone shows `42 Exempelförvaltningen` whole.
fn row_label(text: &str, center_y: f64, class: Class, layout: &Layout, column: f64) -> Vec<Mark> {
    let font = layout.font();
    let lines = wrap_two(text, column - 4.0, font);
    let line_height = font * 1.1;
    let first = center_y + font * 0.35 - line_height / 2.0 * (lines.len() as f64 - 1.0);
    lines
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            Mark::text(
                MARGIN + column,
                first + line_height * i as f64,
                line,
                Anchor::End,
                font,
                class,
            )
        })
        .collect()
}
