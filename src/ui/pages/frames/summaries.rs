//! What the frame table adds up to, below it: how the rules reproduce the
//! decided years, the efficiency requirement and wage pot per nämnd, and
//! the scenario comparison.

use super::{shown, Computed};
use crate::ui::state::store::Store;
use budgetkoll::frames::scenario::{ComparisonRow, ScenarioComparison};
use budgetkoll::frames::session::FramesSession;
use budgetkoll::i18n::Msg;
use budgetkoll::money::AmountScale;
use budgetkoll::view::frames::{efficiency, reproduction, wage_pot, PerNamnd as PerNamndView};
use leptos::prelude::*;

/// How the rules reproduce the decided years: a sentence, and what differs
/// in a list written out only when opened.
#[component]
pub(super) fn Reproduction(result: Computed) -> impl IntoView {
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
pub(super) fn per_namnd_table(id: &'static str, title: String, t: PerNamndView) -> impl IntoView {
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
pub(super) fn PerNamnd(result: Computed) -> impl IntoView {
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
pub(super) fn Comparison() -> impl IntoView {
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
pub(super) fn comparison_table(store: Store, c: ScenarioComparison) -> impl IntoView {
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
pub(super) fn comparison_row(store: Store, r: &ComparisonRow, unit: AmountScale) -> impl IntoView {
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
