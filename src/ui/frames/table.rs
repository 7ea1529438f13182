//! The frames table (nämnd → förvaltning → IPDK, years as columns; a
//! förvaltning's lines fold out from its Summa row) and the scenario
//! comparison.

use super::shown;
use crate::ui::store::Store;
use budgetkoll::frames::scenario::{ScenarioError, ScenarioResult};
use budgetkoll::frames::session::FramesSession;
use budgetkoll::frames::table::TableRowKind;
use budgetkoll::i18n::Msg;
use budgetkoll::money::Money;
use leptos::prelude::*;
use std::collections::BTreeSet;

type Result = Option<std::result::Result<ScenarioResult, ScenarioError>>;

#[component]
pub fn FramesTable(result: Memo<Result>) -> impl IntoView {
    let store = expect_context::<Store>();
    let open = RwSignal::new(BTreeSet::<String>::new());
    let body = move || {
        let Some(Ok(r)) = result.get() else {
            return None;
        };
        let frames = r.frames;
        let table_rows = frames.table();
        let unit = frames.unit;
        let cells = |amounts: &[Money]| {
            amounts
                .iter()
                .map(|m| view! { <td class="num">{shown(*m, unit)}</td> })
                .collect_view()
        };
        // The efficiency requirement already taken off a förvaltning's or a
        // nämnd's frame, as its own row under that Summa (only when set).
        let efficiency_row = |of: &str, amounts: Vec<Money>| {
            amounts.iter().any(|m| !m.is_zero()).then(|| {
                view! {
                    <tr class="aside efficiency" data-efficiency-of=of.to_string()>
                        <th scope="row">{move || store.t(Msg::FrEfficiencyTaken)}</th>
                        {cells(&amounts)}
                    </tr>
                }
                .into_any()
            })
        };
        let expanded = open.get();
        let mut rows: Vec<AnyView> = Vec::new();
        for row in table_rows {
            let key = row.forvaltning.clone();
            match row.kind {
                TableRowKind::Line(_) if !expanded.contains(&key) => {}
                TableRowKind::Line(_) => rows.push(
                    view! { <tr class="sub"><th scope="row">{row.label}</th>{cells(&row.amounts)}</tr> }.into_any(),
                ),
                TableRowKind::ForvaltningSumma => {
                    let is_open = expanded.contains(&key);
                    let toggle_key = key.clone();
                    rows.push(
                        view! {
                            <tr class="forvaltning" data-forvaltning=key>
                                <th scope="row">
                                    <button
                                        class="link"
                                        aria-expanded=is_open.to_string()
                                        on:click=move |_| open.update(|o| {
                                            if !o.remove(&toggle_key) {
                                                o.insert(toggle_key.clone());
                                            }
                                        })
                                    >
                                        {if is_open { "▾ " } else { "▸ " }}
                                        {row.label}
                                    </button>
                                </th>
                                {cells(&row.amounts)}
                            </tr>
                        }
                        .into_any(),
                    );
                    let efficiency = frames.forvaltning(&row.forvaltning).map(|f| f.efficiency.clone());
                    rows.extend(efficiency.and_then(|e| efficiency_row(&row.forvaltning, e)));
                }
                TableRowKind::NamndSumma => {
                    let efficiency = frames
                        .namnder
                        .iter()
                        .find(|n| n.name == row.namnd)
                        .map(|n| n.efficiency_totals());
                    rows.push(
                        view! { <tr class="total namnd"><th scope="row">{row.label}</th>{cells(&row.amounts)}</tr> }.into_any(),
                    );
                    rows.extend(efficiency.and_then(|e| efficiency_row(&row.namnd, e)));
                }
                TableRowKind::RegionSumma => rows.push(
                    view! { <tr class="total region" id="frames-region"><th scope="row">{row.label}</th>{cells(&row.amounts)}</tr> }.into_any(),
                ),
            }
        }
        let wage = frames.wage_pot_totals();
        let efficiency = frames.efficiency_totals();
        rows.push(view! { <tr class="aside"><th scope="row">{move || store.t(Msg::FrWagePot)}</th>{cells(&wage)}</tr> }.into_any());
        rows.push(view! { <tr class="aside"><th scope="row">{move || store.t(Msg::FrEfficiencyEffect)}</th>{cells(&efficiency)}</tr> }.into_any());
        let head = frames
            .years
            .iter()
            .map(|y| view! { <th scope="col" class="num" data-year=y.to_string()>{*y}</th> })
            .collect_view();
        let export = {
            let frames = frames.clone();
            Signal::derive(move || budgetkoll::view::export::frames("Budgetramar", &frames))
        };
        Some(view! {
            <div class="table-tools"><crate::ui::export::ExportButtons table=export /></div>
            <div class="table-wrap">
                <table class="figures" id="frames-table">
                    <caption>{format!("{} · {}", store.t(Msg::FrTableCaption), unit.short())}</caption>
                    <thead><tr><th scope="col"></th>{head}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        })
    };
    view! {
        <section class="card">
            <h2>{move || store.t(Msg::FrTableTitle)}</h2>
            {body}
        </section>
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
        Some(Err(e)) => {
            Some(view! { <p class="notice warn" role="alert">{e.to_string()}</p> }.into_any())
        }
        Some(Ok(c)) => {
            let unit = c.unit;
            let head = c
                .years
                .iter()
                .map(|y| {
                    view! {
                        <th scope="col" class="num">{format!("{y} {}", c.reference)}</th>
                        <th scope="col" class="num">{format!("{y} {}", c.other)}</th>
                        <th scope="col" class="num">{format!("{y} skillnad")}</th>
                    }
                })
                .collect_view();
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
                        "Summa regionen".to_string()
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
                        .collect_view();
                    view! { <tr class=class><th scope="row">{label}</th>{cells}</tr> }
                })
                .collect_view();
            Some(
                view! {
                    <section class="card">
                        <h2>{move || store.t(Msg::FrComparison)}</h2>
                        <div class="table-wrap">
                            <table class="figures" id="scenario-comparison">
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
