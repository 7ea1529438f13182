//! The tables every view uses, each taking a view model: the summary
//! (utfall/budget/prognos side by side) and the FR1 form with its flagged
//! cells.

use crate::ui::state::store::Store;
use budgetkoll::finding::Severity;
use budgetkoll::fr1::schema::Row;
use budgetkoll::i18n::Msg;
use budgetkoll::view::fr1_grid::Fr1Grid;
use budgetkoll::view::unit_summary::{SummaryColumns, SummaryLine};
use budgetkoll::view::Fig;
use leptos::prelude::*;

/// A förvaltning's name in a table: a button that opens its view.
pub fn unit_link(store: Store, code: String, label: String) -> AnyView {
    view! {
        <button class="link" data-unit=code.clone() on:click=move |_| store.open_unit(code.clone())>
            {label}
        </button>
    }
    .into_any()
}

/// One figure as a table cell, classed by the sign rule. A stated figure
/// whose derivation differs carries that derivation as its note. The note
/// is plain text in the page's language: the table around the cell is
/// built again when the language changes, so the cell needs no effect of
/// its own (a table of a region's size would otherwise make one per cell
/// on every setting change).
pub fn fig_cell(f: &Fig) -> impl IntoView {
    let (class, note) = match &f.check {
        Some(c) => {
            let lang = expect_context::<Store>().lang.get();
            let (class, msg) = if c.rounding {
                (format!("num {} stated", f.class), Msg::StatedRounding)
            } else {
                (
                    format!("num {} stated differs", f.class),
                    Msg::StatedDiffers,
                )
            };
            (class, Some(msg.fill(lang, &[("d", &c.derived)])))
        }
        None => (format!("num {}", f.class), None),
    };
    view! { <td class=class title=note>{f.text.clone()}</td> }
}

/// A table head: an empty corner, then one column per message.
pub fn head(store: Store, cols: &[Msg]) -> impl IntoView {
    let cells = cols
        .iter()
        .map(|&m| view! { <th scope="col" class="num">{move || store.t(m)}</th> })
        .collect_view();
    view! { <thead><tr><th scope="col"></th>{cells}</tr></thead> }
}

/// A table row: its label, then one cell per figure.
pub fn row(label: String, figs: &[&Fig]) -> impl IntoView {
    let cells = figs.iter().map(|f| fig_cell(f)).collect_view();
    view! { <tr><th scope="row">{label}</th>{cells}</tr> }
}

/// The summary's header row for `columns`, after a first column `first`.
pub fn summary_head(store: Store, first: Msg, columns: SummaryColumns) -> impl IntoView {
    let cells = columns
        .columns()
        .into_iter()
        .map(|c| {
            let text = move || {
                if c.pct {
                    store.t(Msg::ColPct)
                } else {
                    store.t(c.header)
                }
            };
            view! { <th scope="col" class="num">{text}</th> }
        })
        .collect_view();
    view! {
        <thead>
            <tr>
                <th scope="col">{move || store.t(first)}</th>
                {cells}
            </tr>
        </thead>
    }
}

/// The figures of one summary line in `columns`, after its label cell.
pub fn summary_figures(l: &SummaryLine, columns: SummaryColumns) -> impl IntoView {
    columns
        .columns()
        .into_iter()
        .map(|c| fig_cell(c.of(l)))
        .collect_view()
}

/// The summary of one förvaltning, nämnd or the region, row by row.
#[component]
pub fn SummaryTable(
    lines: Vec<SummaryLine>,
    /// Title for exported files.
    title: String,
    /// A December report: its year to date is the year's outcome.
    year_end: bool,
    /// Rows the officer has explained: each gets a "Varför?" beside its
    /// name that brings the explanations (`#unit-why`) into view.
    #[prop(optional)]
    explained: Vec<Row>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let columns = SummaryColumns::of(&lines, year_end);
    // Stated variances whose derivation differs are underlined; say why.
    let stated = lines
        .iter()
        .any(|l| l.var_ytd.check.is_some() || l.var_year.check.is_some());
    let export = {
        let lines = lines.clone();
        Signal::derive(move || {
            let labelled: Vec<(String, &SummaryLine)> =
                lines.iter().map(|l| (l.label.clone(), l)).collect();
            let lang = store.lang.get();
            budgetkoll::view::export::summary(
                &title,
                Msg::Kontoslag.text(lang),
                &labelled,
                columns,
                lang,
            )
        })
    };
    let rows = lines
        .iter()
        .map(|l| {
            view! {
                <tr class=l.class() data-row=l.row.key()>
                    <th scope="row">
                        {l.label.clone()}
                        {explained.contains(&l.row).then(|| why_mark(store))}
                    </th>
                    {summary_figures(l, columns)}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-tools"><crate::ui::widgets::export::ExportButtons table=export /></div>
        <div class="table-wrap">
            <table class="figures" id="summary-table">
                {summary_head(store, Msg::Kontoslag, columns)}
                <tbody>{rows}</tbody>
            </table>
        </div>
        {stated.then(|| view! { <p class="hint" id="stated-note">{move || store.t(Msg::StatedLegend)}</p> })}
    }
}

/// "Varför?" beside an explained row: scrolls the förvaltning's
/// explanations into view.
fn why_mark(store: Store) -> impl IntoView {
    let show = |_| {
        if let Some(why) = document().get_element_by_id("unit-why") {
            why.scroll_into_view();
        }
    };
    view! {
        <button type="button" class="link why-mark" title=move || store.t(Msg::WhyMarkTitle) on:click=show>
            {move || store.t(Msg::WhyTitle)}
        </button>
    }
}

/// The FR1 report as the form lays it out, cells with findings marked.
#[component]
pub fn Fr1GridTable(grid: Fr1Grid) -> impl IntoView {
    let store = expect_context::<Store>();
    let export = {
        let grid = grid.clone();
        Signal::derive(move || budgetkoll::view::export::fr1(grid.title, &grid))
    };
    let parts: usize = grid.groups.first().map_or(0, |g| g.parts.len());
    let group_heads = grid
        .groups
        .iter()
        .map(|g| view! { <th scope="colgroup" colspan=parts class="group">{g.header}</th> })
        .collect_view();
    let part_heads = grid
        .groups
        .iter()
        .flat_map(|g| {
            g.parts
                .iter()
                .map(|p| view! { <th scope="col" class="num">{p.label()}</th> })
        })
        .collect_view();
    let rows = grid
        .rows
        .into_iter()
        .map(|r| {
            let class = r.class();
            let cells = r
                .cells
                .into_iter()
                .map(|c| {
                    let flag = match c.severity {
                        Some(Severity::Error) => "num flag-error",
                        Some(Severity::Warning) => "num flag-warning",
                        Some(Severity::Info) => "num flag-info",
                        None => "num",
                    };
                    let note = (!c.note.is_empty()).then_some(c.note);
                    view! { <td class=flag title=note>{c.text}</td> }
                })
                .collect_view();
            view! {
                <tr class=class>
                    <th scope="row">{if r.sub_row { format!("– {}", r.label) } else { r.label.to_string() }}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let id = format!("fr1-{}", grid.report.keyword().to_lowercase());
    view! {
        <div class="table-tools"><crate::ui::widgets::export::ExportButtons table=export /></div>
        <div class="table-wrap">
            <table class="figures fr1" id=id>
                <caption>{grid.title}</caption>
                <thead>
                    <tr>
                        <th scope="col" rowspan="2">{move || store.t(Msg::Kontoslag)}</th>
                        {group_heads}
                    </tr>
                    <tr>{part_heads}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}
