//! Restructuring items for the balance requirement: their costs per year,
//! their savings, and whether the council charged them to equity
//! (synnerliga skäl); the list and the form.

use super::{edit_inputs, memo, plan_years, read_scenario, remove_button, shown};
use crate::ui::state::store::Store;
use crate::ui::widgets::form::{year_fields, FormAlert, FormError};
use budgetkoll::frames::balance::{Restructuring, YearAmount};
use budgetkoll::i18n::Msg;
use budgetkoll::import::number::{parse_sv_number, NumberError};
use budgetkoll::money::Money;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Restructuring items: each with its costs per year, savings from a year
/// on, its payback, and whether its cost is charged to equity.
#[component]
pub(super) fn RestructuringItems() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <h3>{move || store.t(Msg::FrPlanTitle)}</h3>
        <p class="hint">{move || store.t(Msg::FrRestructuringHint)}</p>
        <RestructuringList />
        <RestructuringForm />
    }
}

/// The restructuring items entered, each with its costs, savings, the
/// choice to charge equity and a remove button.
#[component]
pub(super) fn RestructuringList() -> impl IntoView {
    let store = expect_context::<Store>();
    let items = Memo::new(move |_| {
        read_scenario(store, |sc| {
            let items = sc.balance.as_ref().map(|b| &b.restructuring);
            items.cloned().unwrap_or_default()
        })
    });
    let u = memo(store, |s| s.table.unit);
    let list = move || {
        let u = u.get();
        let lang = store.lang.get();
        items.with(|list| {
            list.iter()
                .enumerate()
                .map(|(i, r)| {
                    let costs = r
                        .costs
                        .iter()
                        .map(|c| format!("{} {}", c.year, shown(c.amount, u)))
                        .collect::<Vec<_>>()
                        .join(", ");
                    let text = Msg::FrRestructuringItem.fill(
                        lang,
                        &[
                            ("name", &r.name),
                            ("costs", &costs),
                            ("savings", &shown(r.savings_per_year, u)),
                            ("unit", u.short()),
                            ("from", &r.savings_from.to_string()),
                        ],
                    );
                    let charged = r.charged_to_equity;
                    view! {
                        <li>
                            {text}
                            " "
                            <label class="check">
                                <input
                                    type="checkbox"
                                    prop:checked=charged
                                    on:change:target=move |ev| {
                                        let on = ev.target().checked();
                                        edit_inputs(store, |b| {
                                            if let Some(r) = b.restructuring.get_mut(i) {
                                                r.charged_to_equity = on;
                                            }
                                        });
                                    }
                                />
                                {move || store.t(Msg::FrChargedToEquityChoice)}
                            </label>
                            " "
                            {remove_button(store, i, |sc| sc.balance.as_mut().map(|b| &mut b.restructuring))}
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! { <ul id="restructuring">{list}</ul> }
}

/// An amount typed into the restructuring form; empty is zero.
pub(super) fn typed(text: &str) -> Result<Money, NumberError> {
    if text.trim().is_empty() {
        Ok(Money::ZERO)
    } else {
        parse_sv_number(text).map(Money)
    }
}

/// The costs typed per plan year, the zero ones left out.
pub(super) fn typed_costs(
    years: &[i32],
    costs: &BTreeMap<i32, String>,
) -> Result<Vec<YearAmount>, FormError> {
    let mut out = Vec::new();
    for &year in years {
        match typed(costs.get(&year).map_or("", String::as_str)) {
            Ok(amount) if !amount.is_zero() => out.push(YearAmount { year, amount }),
            Ok(_) => {}
            Err(error) => return Err(FormError::Year { year, error }),
        }
    }
    Ok(out)
}

/// The form that adds a restructuring item: its name, costs per plan
/// year, savings per year from a year, and whether equity bears it.
#[component]
pub(super) fn RestructuringForm() -> impl IntoView {
    let store = expect_context::<Store>();
    let name = RwSignal::new(String::new());
    let costs = RwSignal::new(BTreeMap::<i32, String>::new());
    let savings = RwSignal::new(String::new());
    let from = RwSignal::new(0i32);
    let equity = RwSignal::new(false);
    let error = RwSignal::new(None::<FormError>);
    let years = Memo::new(move |_| plan_years(store));
    let add = move || {
        let item_costs = match costs.with(|c| typed_costs(&years.get(), c)) {
            Ok(c) => c,
            Err(e) => return error.set(Some(e)),
        };
        let per_year = match typed(&savings.get()) {
            Ok(m) => m,
            Err(e) => {
                return error.set(Some(FormError::Field {
                    field: Msg::FrPlanSavingsPerYear,
                    error: e,
                }))
            }
        };
        error.set(None);
        let first = years.get().first().copied().unwrap_or_default();
        let item = Restructuring {
            name: Some(name.get().trim().to_string())
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| store.t(Msg::FrPlanTitle).to_string()),
            costs: item_costs,
            savings_per_year: per_year,
            savings_from: if from.get() == 0 {
                first + 1
            } else {
                from.get()
            },
            charged_to_equity: equity.get(),
        };
        edit_inputs(store, |b| b.restructuring.push(item));
        name.set(String::new());
        costs.set(BTreeMap::new());
        savings.set(String::new());
    };
    let cost_label = move |y: i32| format!("{} {y}", store.t(Msg::FrPlanCost));
    view! {
        <form class="measure-form" id="restructuring-form" on:submit=move |ev| { ev.prevent_default(); add() }>
            <label>{move || store.t(Msg::FrRestructuringName)}
                <input name="name" prop:value=move || name.get() on:input:target=move |ev| name.set(ev.target().value()) />
            </label>
            {move || year_fields(years.get(), cost_label, "cost", "8", costs)}
            <label>{move || store.t(Msg::FrPlanSavingsPerYear)}
                <input name="savings" inputmode="decimal" size="8" prop:value=move || savings.get() on:input:target=move |ev| savings.set(ev.target().value()) />
            </label>
            <label>{move || store.t(Msg::FrPlanFrom)}
                <select name="savings-from" on:change:target=move |ev| from.set(ev.target().value().parse().unwrap_or(0))>
                    {move || {
                        let ys = years.get();
                        let last = ys.last().copied().unwrap_or_default();
                        ys.into_iter().skip(1).chain([last + 1]).map(|y| view! { <option value=y.to_string()>{y}</option> }).collect::<Vec<_>>()
                    }}
                </select>
            </label>
            <label class="check">
                <input type="checkbox" name="equity" prop:checked=move || equity.get() on:change:target=move |ev| equity.set(ev.target().checked()) />
                {move || store.t(Msg::FrChargedToEquityChoice)}
            </label>
            <button class="btn btn-primary" type="submit">{move || store.t(Msg::FrAddRestructuring)}</button>
            <FormAlert error=error />
        </form>
    }
}
