//! The frame table in the published order (nämnd, group, förvaltning,
//! lines, Summa rows), each year decided, computed or both side by side;
//! how the rules reproduce the decided years; the efficiency requirement
//! and the wage pot per nämnd; and the scenario comparison.
//!
//! The table is written out once per change (a memo every row reads) and
//! its rows are keyed: a changed rate changes the text of the cells whose
//! figures changed, and no row is built again. Only opening a
//! förvaltning's lines or changing the plan's columns adds or removes rows.

use super::{shown, Computed};
use crate::ui::state::store::Store;
use budgetkoll::frames::scenario::{ComparisonRow, ScenarioComparison};
use budgetkoll::frames::session::FramesSession;
use budgetkoll::frames::table::RowKind;
use budgetkoll::i18n::Msg;
use budgetkoll::money::Unit;
use budgetkoll::view::frames::{
    efficiency, export, reproduction, table_with_lines, wage_pot, Cell, Column, ColumnKind,
    PerNamnd as PerNamndView, Row, RowKey, TableView,
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

/// How the rules reproduce the decided years: a sentence, and what differs
/// in a list written out only when opened.
#[component]
fn Reproduction(result: Computed) -> impl IntoView {
    let store = expect_context::<Store>();
    let view = Memo::new(move |_| {
        let lang = store.lang.get();
        result.with(|r| match r {
            Some(Ok(r)) => reproduction(&r.frames, lang),
            _ => None,
        })
    });
    let list_open = RwSignal::new(false);
    // The frame around the sentence changes only with its kind (exact or
    // not, differences or none); the sentence and the count are text.
    let kind = Memo::new(move |_| {
        view.with(|rv| rv.as_ref().map(|rv| (rv.exact, !rv.differences.is_empty())))
    });
    move || {
        kind.get().map(|(exact, differs)| {
            let class = if exact { "notice ok" } else { "notice warn" };
            let items = move || {
                list_open.get().then(|| {
                    view.with(|rv| {
                        rv.iter()
                            .flat_map(|rv| &rv.differences)
                            .map(|d| view! { <li>{d.clone()}</li> })
                            .collect::<Vec<_>>()
                    })
                })
            };
            let count = move || view.with(|rv| rv.as_ref().map_or(0, |rv| rv.differences.len()));
            view! {
                <div class=class id="frames-reproduction" role="status">
                    <p>{move || view.with(|rv| rv.as_ref().map(|rv| rv.sentence.clone()))}</p>
                    {differs.then(|| view! {
                        <details on:toggle:target=move |ev| list_open.set(ev.target().has_attribute("open"))>
                            <summary>{move || format!("{} ({})", store.t(Msg::FrDifferences), count())}</summary>
                            <ul>{items}</ul>
                        </details>
                    })}
                </div>
            }
        })
    }
}

/// A table of amounts per nämnd and year, with its note.
fn per_namnd_table(id: &'static str, title: String, t: PerNamndView) -> impl IntoView {
    let head = t
        .years
        .iter()
        .map(|y| view! { <th scope="col" class="num">{*y}</th> })
        .collect::<Vec<_>>();
    let last = t.rows.len().saturating_sub(1);
    let rows = t
        .rows
        .into_iter()
        .enumerate()
        .map(|(i, (name, amounts))| {
            let class = if i == last { "total" } else { "" };
            let cells = amounts
                .into_iter()
                .map(|a| view! { <td class="num">{a}</td> })
                .collect::<Vec<_>>();
            let key = name.clone();
            view! { <tr class=class data-namnd=key><th scope="row">{name}</th>{cells}</tr> }
        })
        .collect::<Vec<_>>();
    view! {
        <h3>{title}</h3>
        <p class="hint">{t.note}</p>
        <div class="table-wrap">
            <table class="figures pinned" id=id>
                <thead><tr><th scope="col"></th>{head}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The efficiency requirement and the wage pot per nämnd, when set.
#[component]
pub fn PerNamnd(result: Computed) -> impl IntoView {
    let store = expect_context::<Store>();
    let tables = Memo::new(move |_| {
        let lang = store.lang.get();
        store.work.frames.with(|s| {
            let rules = &s.as_ref().and_then(FramesSession::scenario)?.rules;
            result.with(|r| match r {
                Some(Ok(r)) => Some((
                    efficiency(&r.frames, &rules.efficiency, lang),
                    wage_pot(&r.frames, &rules.wage, lang),
                    r.frames.unit.short(),
                )),
                _ => None,
            })
        })
    });
    move || {
        let (eff, pot, unit) = tables.get()?;
        let eff = eff.map(|t| {
            per_namnd_table(
                "efficiency-table",
                format!("{} · {unit}", store.t(Msg::FrEfficiencyPerNamnd)),
                t,
            )
        });
        let pot = pot.map(|t| {
            per_namnd_table(
                "wage-pot-table",
                format!("{} · {unit}", store.t(Msg::FrWagePot)),
                t,
            )
        });
        (eff.is_some() || pot.is_some()).then(|| {
            view! {
                <section class="card" id="frames-per-namnd">
                    <h2>{store.t(Msg::FrPerNamndTitle)}</h2>
                    {eff}
                    {pot}
                </section>
            }
        })
    }
}

/// The first scenario against the one shown, per förvaltning and year.
#[component]
pub fn Comparison() -> impl IntoView {
    let store = expect_context::<Store>();
    let cmp = Memo::new(move |_| {
        store
            .work
            .frames
            .with(|s| s.as_ref().and_then(FramesSession::comparison))
    });
    move || match cmp.get() {
        None => None,
        Some(Err(e)) => Some(
            view! { <p class="notice warn" role="alert">{e.text(store.lang.get())}</p> }.into_any(),
        ),
        Some(Ok(c)) => Some(comparison_table(store, c).into_any()),
    }
}

/// The scenarios side by side: per year the reference, the other and the
/// difference, per förvaltning, nämnd and the region.
fn comparison_table(store: Store, c: ScenarioComparison) -> impl IntoView {
    let head = c
        .years
        .iter()
        .map(|y| {
            view! {
                <th scope="col" class="num">{format!("{y} {}", c.reference)}</th>
                <th scope="col" class="num">{format!("{y} {}", c.other)}</th>
                <th scope="col" class="num">{format!("{y} {}", store.t(Msg::FrDiffShort))}</th>
            }
        })
        .collect::<Vec<_>>();
    let rows = c
        .rows
        .iter()
        .chain(std::iter::once(&c.region))
        .map(|r| comparison_row(store, r, c.unit))
        .collect::<Vec<_>>();
    view! {
        <section class="card">
            <h2>{move || store.t(Msg::FrComparison)}</h2>
            <div class="table-wrap">
                <table class="figures pinned" id="scenario-comparison">
                    <thead><tr><th scope="col"></th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// One förvaltning's, nämnd's or the region's row of the comparison.
fn comparison_row(store: Store, r: &ComparisonRow, unit: Unit) -> impl IntoView {
    let label = if !r.forvaltning.is_empty() {
        r.forvaltning.clone()
    } else if !r.namnd.is_empty() {
        format!("Summa {}", r.namnd)
    } else {
        store.t(Msg::FrRegionTotal).to_string()
    };
    let class = if r.forvaltning.is_empty() {
        "total"
    } else {
        ""
    };
    let cells = (0..r.reference.len())
        .map(|i| {
            let d = r.difference.get(i).copied().unwrap_or_default();
            // A lower frame is a saving: shown green, as a favourable variance.
            let fig = budgetkoll::view::Fig::signed(Some(-d.0), unit);
            view! {
                <td class="num">{shown(r.reference.get(i).copied().unwrap_or_default(), unit)}</td>
                <td class="num">{shown(r.other.get(i).copied().unwrap_or_default(), unit)}</td>
                <td class=format!("num {}", fig.class)>{budgetkoll::format::signed_amount(d.0, budgetkoll::view::decimals(unit))}</td>
            }
        })
        .collect::<Vec<_>>();
    view! { <tr class=class><th scope="row">{label}</th>{cells}</tr> }
}
