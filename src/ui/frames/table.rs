//! The frame table in the published order (nämnd, group, förvaltning,
//! lines, Summa rows), each year decided, computed or both side by side;
//! how the rules reproduce the decided years; the efficiency requirement
//! and the wage pot per nämnd; and the scenario comparison.

use super::{shown, Computed};
use crate::ui::store::Store;
use budgetkoll::frames::session::FramesSession;
use budgetkoll::frames::table::RowKind;
use budgetkoll::i18n::Msg;
use budgetkoll::view::frames::{
    efficiency, export, reproduction, table, wage_pot, ColumnKind, PerNamnd as PerNamndView,
};
use leptos::prelude::*;
use std::collections::BTreeSet;

#[component]
pub fn FramesTable(result: Computed) -> impl IntoView {
    let store = expect_context::<Store>();
    let open = RwSignal::new(BTreeSet::<String>::new());
    let all_open = RwSignal::new(false);
    let body = move || {
        let Some(Ok(r)) = result.get() else {
            return None;
        };
        let lang = store.lang.get();
        let view = table(&r.frames, lang);
        let width = 1 + view
            .columns
            .iter()
            .map(|c| if c.kind == ColumnKind::Both { 2 } else { 1 })
            .sum::<usize>();
        let expanded = open.get();
        let show_lines = all_open.get();
        let mut rows: Vec<AnyView> = Vec::new();
        for row in view.rows {
            let cells = row
                .cells
                .iter()
                .map(|c| view! { <td class=format!("num {}", c.class) title=c.title.clone()>{c.text.clone()}</td> })
                .collect::<Vec<_>>();
            let key = row.forvaltning.clone();
            let is_open = show_lines || expanded.contains(&key);
            match row.kind {
                RowKind::NamndHeading | RowKind::GroupHeading => rows.push(
                    view! { <tr class=row.class><th scope="rowgroup" colspan=width.to_string()>{row.label}</th></tr> }.into_any(),
                ),
                RowKind::Line(_) | RowKind::Deduction if !is_open => {}
                RowKind::Line(_) | RowKind::Deduction => rows.push(
                    view! { <tr class=row.class data-line-of=key><th scope="row">{row.label}</th>{cells}</tr> }.into_any(),
                ),
                RowKind::ForvaltningSumma => {
                    let toggle = key.clone();
                    rows.push(
                        view! {
                            <tr class=row.class data-forvaltning=key>
                                <th scope="row">
                                    <button
                                        class="link"
                                        aria-expanded=is_open.to_string()
                                        on:click=move |_| open.update(|o| {
                                            if !o.remove(&toggle) {
                                                o.insert(toggle.clone());
                                            }
                                        })
                                    >
                                        {if is_open { "▾ " } else { "▸ " }}
                                        {row.label}
                                    </button>
                                </th>
                                {cells}
                            </tr>
                        }
                        .into_any(),
                    );
                }
                RowKind::RegionSumma => rows.push(
                    view! { <tr class=row.class id="frames-region"><th scope="row">{row.label}</th>{cells}</tr> }.into_any(),
                ),
                _ => rows.push(
                    view! { <tr class=row.class data-forvaltning=key><th scope="row">{row.label}</th>{cells}</tr> }.into_any(),
                ),
            }
        }
        let years = view
            .columns
            .iter()
            .map(|c| {
                let span = if c.kind == ColumnKind::Both { 2 } else { 1 };
                view! { <th scope="colgroup" class="num year" colspan=span.to_string() data-year=c.year.to_string()>{c.year}</th> }
            })
            .collect::<Vec<_>>();
        let kinds = view
            .columns
            .iter()
            .flat_map(|c| {
                let classes: &[&'static str] = match c.kind {
                    ColumnKind::Decided => &["num decided"],
                    ColumnKind::Computed => &["num computed"],
                    ColumnKind::Both => &["num decided", "num computed"],
                };
                c.headings(lang).into_iter().zip(classes.iter().copied())
            })
            .map(|(h, class)| view! { <th scope="col" class=class>{h}</th> })
            .collect::<Vec<_>>();
        let frames = r.frames.clone();
        let export =
            Signal::derive(move || export(store.t(Msg::TabFrames), &frames, store.lang.get()));
        let repro = reproduction(&r.frames, lang).map(|rv| {
            let class = if rv.exact { "notice ok" } else { "notice warn" };
            let count = rv.differences.len();
            let items = rv.differences.into_iter().map(|d| view! { <li>{d}</li> }).collect::<Vec<_>>();
            view! {
                <div class=class id="frames-reproduction" role="status">
                    <p>{rv.sentence}</p>
                    {(count > 0).then(|| view! {
                        <details>
                            <summary>{format!("{} ({count})", store.t(Msg::FrDifferences))}</summary>
                            <ul>{items}</ul>
                        </details>
                    })}
                </div>
            }
        });
        Some(view! {
            {repro}
            <div class="table-tools">
                <button class="btn btn-quiet" id="frames-expand-all" aria-pressed=show_lines.to_string() on:click=move |_| all_open.update(|a| *a = !*a)>
                    {move || store.t(if all_open.get() { Msg::FrHideLines } else { Msg::FrShowLines })}
                </button>
                <crate::ui::export::ExportButtons table=export />
            </div>
            <div class="table-wrap">
                <table class="figures pinned frames" id="frames-table">
                    <caption>{format!("{} · {}", store.t(Msg::FrTableCaption), view.unit.short())}</caption>
                    <thead>
                        <tr><th scope="col" rowspan="2"></th>{years}</tr>
                        <tr class="kinds">{kinds}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        })
    };
    view! {
        <section class="card" id="frames">
            <h2>{move || store.t(Msg::FrTableTitle)}</h2>
            {body}
        </section>
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
    move || {
        let Some(Ok(r)) = result.get() else {
            return None;
        };
        let lang = store.lang.get();
        let rules = store.frames.with(|s| {
            s.as_ref()
                .and_then(FramesSession::scenario)
                .map(|sc| sc.rules.clone())
        })?;
        let unit = r.frames.unit.short();
        let eff = efficiency(&r.frames, &rules.efficiency, lang).map(|t| {
            per_namnd_table(
                "efficiency-table",
                format!("{} · {unit}", store.t(Msg::FrEfficiencyPerNamnd)),
                t,
            )
        });
        let pot = wage_pot(&r.frames, &rules.wage, lang).map(|t| {
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
            .frames
            .with(|s| s.as_ref().and_then(FramesSession::comparison))
    });
    move || match cmp.get() {
        None => None,
        Some(Err(e)) => Some(
            view! { <p class="notice warn" role="alert">{e.text(store.lang.get())}</p> }.into_any(),
        ),
        Some(Ok(c)) => {
            let unit = c.unit;
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
                .map(|r| {
                    let label = if !r.forvaltning.is_empty() {
                        r.forvaltning.clone()
                    } else if !r.namnd.is_empty() {
                        format!("Summa {}", r.namnd)
                    } else {
                        store.t(Msg::FrRegionTotal).to_string()
                    };
                    let class = if r.forvaltning.is_empty() { "total" } else { "" };
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
                })
                .collect::<Vec<_>>();
            Some(
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
                .into_any(),
            )
        }
    }
}
