//! Exceptions from the general indexation as plans state them: own rates
//! for a förvaltning, group or nämnd (for one category or all; none means
//! not indexed at all), followed by the parts of a förvaltning's category
//! left out of indexation ([`super::non_indexed`]).

use super::non_indexed::NonIndexedShares;
use super::pickers::category_select;
use super::{computed_years, read, read_scenario, remove_button, update_scenario};
use crate::ui::state::store::Store;
use crate::ui::widgets::form::{year_fields, FormAlert, FormError};
use budgetkoll::frames::model::Category;
use budgetkoll::frames::rules::{IndexException, Percent, Scope, YearPercent};
use budgetkoll::i18n::Msg;
use budgetkoll::import::number::parse_sv_number;
use budgetkoll::view::exceptions::exception_text;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Every scope a rule may name, as (select value, label, scope).
fn scopes(store: Store) -> Vec<(String, String, Scope)> {
    read(store, |s| {
        let mut out = Vec::new();
        for (_, f) in s.table.forvaltningar() {
            out.push((
                format!("f:{}", f.name),
                f.name.clone(),
                Scope::Forvaltning(f.name.clone()),
            ));
        }
        for g in s.table.group_names() {
            out.push((
                format!("g:{g}"),
                format!("{g} ({})", store.t(Msg::FrGroup)),
                Scope::Group(g),
            ));
        }
        for n in &s.table.namnder {
            out.push((
                format!("n:{}", n.name),
                format!("{} ({})", n.name, store.t(Msg::FrNamnd)),
                Scope::Namnd(n.name.clone()),
            ));
        }
        out
    })
}

#[component]
pub fn Exceptions() -> impl IntoView {
    let store = expect_context::<Store>();
    let years = Memo::new(move |_| computed_years(store));
    view! {
        <h3>{move || store.t(Msg::FrExceptions)}</h3>
        <p class="hint">{move || store.t(Msg::FrExceptionsHint)}</p>
        <ExceptionList years=years />
        <ExceptionForm years=years />
        <NonIndexedShares />
    }
}

/// The exceptions entered: whom, which category, the rates per year.
#[component]
fn ExceptionList(years: Memo<Vec<i32>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let exceptions = Memo::new(move |_| read_scenario(store, |sc| sc.rules.exceptions.clone()));
    let list = move || {
        let years = years.get();
        exceptions.with(|list| {
            list.iter()
                .enumerate()
                .map(|(i, e)| {
                    let text = exception_text(e, &years, store.lang.get());
                    view! {
                        <li>
                            {text}
                            " "
                            {remove_button(store, i, |sc| Some(&mut sc.rules.exceptions))}
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! { <ul id="index-exceptions">{list}</ul> }
}

/// The rates typed per computed year, the empty ones left out.
fn typed_rates(
    years: &[i32],
    rates: &BTreeMap<i32, String>,
) -> Result<Vec<YearPercent>, FormError> {
    let mut out = Vec::new();
    for &year in years {
        let text = rates.get(&year).map_or("", String::as_str);
        if text.trim().is_empty() {
            continue;
        }
        match parse_sv_number(text) {
            Ok(p) => out.push(YearPercent {
                year,
                percent: Percent(p),
            }),
            Err(error) => return Err(FormError::Year { year, error }),
        }
    }
    Ok(out)
}

/// The form that adds (or replaces) an exception: whom, which category
/// and its rate per computed year.
#[component]
fn ExceptionForm(years: Memo<Vec<i32>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let scope = RwSignal::new(String::new());
    let category = RwSignal::new(None::<Category>);
    let rates = RwSignal::new(BTreeMap::<i32, String>::new());
    let error = RwSignal::new(None::<FormError>);
    let all_scopes = Memo::new(move |_| scopes(store));
    let add = move || {
        let all = all_scopes.get();
        let chosen = scope.get();
        let Some((_, _, picked)) = all
            .iter()
            .find(|(v, _, _)| *v == chosen)
            .or(all.first())
            .cloned()
        else {
            return;
        };
        let list = match rates.with(|r| typed_rates(&years.get(), r)) {
            Ok(list) => list,
            Err(e) => return error.set(Some(e)),
        };
        error.set(None);
        let cat = category.get();
        update_scenario(store, |sc| {
            sc.rules
                .exceptions
                .retain(|e| !(e.scope == picked && e.category == cat));
            sc.rules.exceptions.push(IndexException {
                scope: picked,
                category: cat,
                rates: list,
            });
        });
        rates.set(BTreeMap::new());
    };
    let rate_label = |y: i32| format!("{y}, %");
    view! {
        <form class="measure-form" id="exception-form" on:submit=move |ev| { ev.prevent_default(); add() }>
            <label>{move || store.t(Msg::FrScope)}
                <select name="scope" on:change:target=move |ev| scope.set(ev.target().value())>
                    {move || all_scopes.get().into_iter().map(|(v, l, _)| view! { <option value=v>{l}</option> }).collect::<Vec<_>>()}
                </select>
            </label>
            {category_select(store, category, true)}
            {move || year_fields(years.get(), rate_label, "rate", "5", rates)}
            <button class="btn btn-primary" type="submit">{move || store.t(Msg::FrAddException)}</button>
            <FormAlert error=error />
        </form>
    }
}
