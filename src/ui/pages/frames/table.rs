//! The frame table in the published order (nämnd, group, förvaltning,
//! lines, Summa rows), each year decided, computed or both side by side,
//! with how the rules reproduce the decided years below it
//! ([`super::summaries`], with the per-nämnd tables and the scenario
//! comparison).
//!
//! The table is written out once per change (a memo every row reads) and
//! its rows are keyed: a changed rate changes the text of the cells whose
//! figures changed, and no row is built again. Only opening a
//! förvaltning's lines or changing the plan's columns adds or removes rows.

use super::summaries::Reproduction;
use super::Computed;
use crate::ui::state::store::Store;
use budgetkoll::frames::table::RowKind;
use budgetkoll::i18n::Msg;
use budgetkoll::view::frames::{
    export, table_with_lines, Cell, Column, ColumnKind, Row, RowKey, TableView,
};
use leptos::prelude::*;
use std::collections::{BTreeSet, HashMap};

/// The table as shown, written out once per change.
type Shown = Memo<Option<TableView>>;

#[component]
pub fn FramesTable(result: Computed) -> impl IntoView {
    let store = expect_context::<Store>();
    let open = RwSignal::new(BTreeSet::<String>::new());
    let all_open = RwSignal::new(false);
    let view: Shown = Memo::new(move |_| {
        let lang = store.lang.get();
        let all = all_open.get();
        open.with(|open| {
            result.with(|r| match r {
                Some(Ok(r)) => Some(table_with_lines(&r.frames, lang, |f| {
                    all || open.contains(f)
                })),
                _ => None,
            })
        })
    });
    let export = Signal::derive(move || {
        result.with(|r| match r {
            Some(Ok(r)) => export(store.t(Msg::TabFrames), &r.frames, store.lang.get()),
            _ => Default::default(),
        })
    });
    view! {
        <section class="card" id="frames">
            <h2>{move || store.t(Msg::FrTableTitle)}</h2>
            <Show when=move || view.with(Option::is_some)>
                <Reproduction result=result />
                <div class="table-tools">
                    <button class="btn btn-quiet" id="frames-expand-all" aria-pressed=move || all_open.get().to_string() on:click=move |_| all_open.update(|a| *a = !*a)>
                        {move || store.t(if all_open.get() { Msg::FrHideLines } else { Msg::FrShowLines })}
                    </button>
                    <crate::ui::widgets::export::ExportButtons table=export />
                </div>
                <FramesGrid view=view open=open all_open=all_open />
            </Show>
        </section>
    }
}

/// The table itself: a head of years and their kinds, and a keyed row per
/// line of the view.
#[component]
fn FramesGrid(
    view: Shown,
    open: RwSignal<BTreeSet<String>>,
    all_open: RwSignal<bool>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let columns = Memo::new(move |_| {
        view.with(|v| v.as_ref().map(|v| v.columns.clone()).unwrap_or_default())
    });
    // The label column and a cell per decided or computed figure.
    let width = Memo::new(move |_| {
        1 + columns.with(|c| {
            c.iter()
                .map(|c| if c.kind == ColumnKind::Both { 2 } else { 1 })
                .sum::<usize>()
        })
    });
    // A row is rebuilt only when its cells change in number.
    let keys = Memo::new(move |_| {
        view.with(|v| {
            v.iter()
                .flat_map(|v| &v.rows)
                .map(|r| (r.key(), r.cells.len()))
                .collect::<Vec<_>>()
        })
    });
    // Where each row is, for the row's own memo: changes only with `keys`.
    let positions = Memo::new(move |_| {
        keys.with(|k| {
            k.iter()
                .enumerate()
                .map(|(i, (key, _))| (key.clone(), i))
                .collect::<HashMap<_, _>>()
        })
    });
    let unit = move || view.with(|v| v.as_ref().map(|v| v.unit.short()).unwrap_or_default());
    view! {
        <div class="table-wrap">
            <table class="figures pinned frames" id="frames-table">
                <caption>{move || format!("{} · {}", store.t(Msg::FrTableCaption), unit())}</caption>
                <FramesHead columns=columns />
                <tbody>
                    <For
                        each=move || keys.get()
                        key=|k| k.clone()
                        children=move |(key, cells)| frame_row(view, positions, key, cells, width, open, all_open)
                    />
                </tbody>
            </table>
        </div>
    }
}

/// The table's head: each year over its columns, then whether each column
/// is decided or computed.
#[component]
fn FramesHead(columns: Memo<Vec<Column>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let years = move || {
        columns
            .get()
            .into_iter()
            .map(|c| {
                let span = if c.kind == ColumnKind::Both { 2 } else { 1 };
                view! { <th scope="colgroup" class="num year" colspan=span.to_string() data-year=c.year.to_string()>{c.year}</th> }
            })
            .collect::<Vec<_>>()
    };
    let kinds = move || {
        let lang = store.lang.get();
        columns
            .get()
            .into_iter()
            .flat_map(|c| {
                let classes: &[&'static str] = match c.kind {
                    ColumnKind::Decided => &["num decided"],
                    ColumnKind::Computed => &["num computed"],
                    ColumnKind::Both => &["num decided", "num computed"],
                };
                c.headings(lang).into_iter().zip(classes.iter().copied())
            })
            .map(|(h, class)| view! { <th scope="col" class=class>{h}</th> })
            .collect::<Vec<_>>()
    };
    view! {
        <thead>
            <tr><th scope="col" rowspan="2"></th>{years}</tr>
            <tr class="kinds">{kinds}</tr>
        </thead>
    }
}

/// The row `key` names, at its place in the table shown.
fn row_at<'a>(
    view: &'a Option<TableView>,
    positions: Memo<HashMap<RowKey, usize>>,
    key: &RowKey,
) -> Option<&'a Row> {
    let i = positions.with(|p| p.get(key).copied())?;
    view.as_ref()?.rows.get(i)
}

/// One row of the table, kept while its key is shown: its cells read their
/// figures from the row's memo, which changes only when they do.
fn frame_row(
    view: Shown,
    positions: Memo<HashMap<RowKey, usize>>,
    key: RowKey,
    cells: usize,
    width: Memo<usize>,
    open: RwSignal<BTreeSet<String>>,
    all_open: RwSignal<bool>,
) -> AnyView {
    let Some((class, label)) = view.with_untracked(|v| {
        untrack(|| row_at(v, positions, &key)).map(|r| (r.class, r.label.clone()))
    }) else {
        return ().into_any();
    };
    let figures = {
        let key = key.clone();
        Memo::new(move |_| {
            view.with(|v| {
                row_at(v, positions, &key)
                    .map(|r| r.cells.clone())
                    .unwrap_or_default()
            })
        })
    };
    let cell = move |i: usize| {
        let read = move |f: fn(&Cell) -> String| {
            move || figures.with(|c| c.get(i).map(f).unwrap_or_default())
        };
        view! {
            <td class=read(|c| format!("num {}", c.class)) title=move || figures.with(|c| c.get(i).and_then(|c| c.title.clone()))>
                {read(|c| c.text.clone())}
            </td>
        }
    };
    let tds = move || (0..cells).map(cell).collect::<Vec<_>>();
    let of = key.forvaltning;
    match key.kind {
        RowKind::NamndHeading | RowKind::GroupHeading => view! {
            <tr class=class><th scope="rowgroup" colspan=move || width.get().to_string()>{label}</th></tr>
        }
        .into_any(),
        RowKind::Line(_) | RowKind::Deduction => view! {
            <tr class=class data-line-of=of><th scope="row">{label}</th>{tds()}</tr>
        }
        .into_any(),
        RowKind::ForvaltningSumma => {
            summa_row(class, of, label, tds(), open, all_open).into_any()
        }
        RowKind::RegionSumma => view! {
            <tr class=class id="frames-region"><th scope="row">{label}</th>{tds()}</tr>
        }
        .into_any(),
        _ => view! {
            <tr class=class data-forvaltning=of><th scope="row">{label}</th>{tds()}</tr>
        }
        .into_any(),
    }
}

/// A förvaltning's Summa row, whose label opens or closes its lines.
fn summa_row(
    class: &'static str,
    of: String,
    label: String,
    tds: impl IntoView,
    open: RwSignal<BTreeSet<String>>,
    all_open: RwSignal<bool>,
) -> impl IntoView {
    let toggle = of.clone();
    let is_open = {
        let of = of.clone();
        move || all_open.get() || open.with(|o| o.contains(&of))
    };
    let marker = is_open.clone();
    view! {
        <tr class=class data-forvaltning=of>
            <th scope="row">
                <button
                    class="link"
                    aria-expanded=move || is_open().to_string()
                    on:click=move |_| open.update(|o| {
                        if !o.remove(&toggle) {
                            o.insert(toggle.clone());
                        }
                    })
                >
                    {move || if marker() { "▾ " } else { "▸ " }}
                    {label}
                </button>
            </th>
            {tds}
        </tr>
    }
}
