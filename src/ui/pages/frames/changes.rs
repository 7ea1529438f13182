//! Decided frame changes per förvaltning and year, each with its effect in
//! every plan year written out, so "20 mnkr 2026 and a further 20 mnkr
//! 2027" reads as −20 / −40 / −40.

use super::pickers::{category_select, chosen_unit, unit_names, unit_select};
use super::{computed_years, plan_years, read_scenario, remove_button, unit, update_scenario};
use crate::ui::state::store::Store;
use crate::ui::widgets::form::{FormAlert, FormError};
use budgetkoll::frames::model::Category;
use budgetkoll::frames::rules::{ChangeKind, FrameChange};
use budgetkoll::i18n::Msg;
use budgetkoll::import::number::parse_sv_number;
use budgetkoll::money::Money;
use budgetkoll::view::frames::changes;
use leptos::prelude::*;

#[component]
pub fn Changes() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <h3>{move || store.t(Msg::FrChanges)}</h3>
        <ChangesTable />
        <ChangeForm />
    }
}

/// Each change's effect per plan year, and their total.
#[component]
fn ChangesTable() -> impl IntoView {
    let store = expect_context::<Store>();
    let years = Memo::new(move |_| plan_years(store));
    let table = Memo::new(move |_| {
        let lang = store.lang.get();
        super::read(store, |s| match s.scenario() {
            Some(sc) => changes(&sc.rules, &s.plan, s.table.unit, lang),
            None => Vec::new(),
        })
    });
    let rows = move || {
        table
            .get()
            .into_iter()
                .map(|row| {
                    let class = if row.index.is_none() { "total" } else { "" };
                    let cells = row
                        .cells
                        .into_iter()
                        .map(|c| view! { <td class="num">{c}</td> })
                        .collect::<Vec<_>>();
                    view! {
                        <tr class=class>
                            <th scope="row">
                                {row.label}
                                " "
                                {row.index.map(|i| remove_button(store, i, |sc| Some(&mut sc.rules.changes)))}
                            </th>
                            {cells}
                        </tr>
                    }
                })
                .collect::<Vec<_>>()
    };
    let has_changes = move || read_scenario(store, |sc| !sc.rules.changes.is_empty());
    view! {
        <Show when=has_changes>
            <div class="table-wrap">
                <table class="figures pinned" id="frame-changes">
                    <caption>{move || format!("{} · {}", store.t(Msg::FrChangesCaption), unit(store).short())}</caption>
                    <thead><tr><th scope="col"></th>{move || years.get().into_iter().map(|y| view! { <th scope="col" class="num">{y}</th> }).collect::<Vec<_>>()}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </Show>
    }
}

/// The form that adds a frame change: förvaltning, category, year, kind,
/// amount and a note.
#[component]
fn ChangeForm() -> impl IntoView {
    let store = expect_context::<Store>();
    let units = unit_names(store);
    let who = RwSignal::new(String::new());
    let year = RwSignal::new(0i32);
    let kind = RwSignal::new(ChangeKind::Reduction);
    let category = RwSignal::new(Some(Category::Drift));
    let amount = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<FormError>);
    let computed = Memo::new(move |_| computed_years(store));
    let add = move || {
        let when = if year.get() == 0 {
            computed.get().first().copied().unwrap_or_default()
        } else {
            year.get()
        };
        match parse_sv_number(&amount.get()) {
            Ok(a) => {
                error.set(None);
                let change = FrameChange {
                    forvaltning: chosen_unit(units, who),
                    category: category.get().unwrap_or(Category::Drift),
                    year: when,
                    kind: kind.get(),
                    amount: Money(a),
                    note: note.get().trim().to_string(),
                };
                update_scenario(store, |sc| sc.rules.changes.push(change));
                amount.set(String::new());
                note.set(String::new());
            }
            Err(e) => error.set(Some(FormError::Field {
                field: Msg::FrAmount,
                error: e,
            })),
        }
    };
    view! {
        <form class="measure-form" id="change-form" on:submit=move |ev| { ev.prevent_default(); add() }>
            {unit_select(store, units, who)}
            {category_select(store, category, false)}
            <label>{move || store.t(Msg::Year)}
                <select name="year" on:change:target=move |ev| year.set(ev.target().value().parse().unwrap_or(0))>
                    {move || computed.get().into_iter().map(|y| view! { <option value=y.to_string()>{y}</option> }).collect::<Vec<_>>()}
                </select>
            </label>
            <label>{move || store.t(Msg::FrKind)}
                <select name="kind" on:change:target=move |ev| {
                    if let Some(k) = ChangeKind::ALL.into_iter().find(|k| k.key() == ev.target().value()) {
                        kind.set(k);
                    }
                }>
                    {ChangeKind::ALL.into_iter().map(|k| view! { <option value=k.key()>{move || k.msg().text(store.lang.get())}</option> }).collect_view()}
                </select>
            </label>
            <label>{move || format!("{} ({})", store.t(Msg::FrAmount), unit(store).short())}
                <input name="amount" inputmode="decimal" prop:value=move || amount.get() on:input:target=move |ev| amount.set(ev.target().value()) />
            </label>
            <label>{move || store.t(Msg::FrNote)}
                <input name="note" prop:value=move || note.get() on:input:target=move |ev| note.set(ev.target().value()) />
            </label>
            <button class="btn btn-primary" type="submit">{move || store.t(Msg::FrAddChange)}</button>
            <FormAlert error=error />
        </form>
    }
}
