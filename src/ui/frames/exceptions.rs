//! Exceptions from the general indexation as plans state them: own rates
//! for a förvaltning, group or nämnd (for one category or all; none means
//! not indexed at all), and parts of a förvaltning's category left out of
//! indexation.

use super::form::{year_fields, FormAlert, FormError};
use super::{computed_years, read, read_scenario, remove_button, update_scenario};
use crate::ui::store::Store;
use budgetkoll::frames::model::Category;
use budgetkoll::frames::rules::{
    IndexException, NonIndexed, NonIndexedPortion, Percent, Scope, YearPercent,
};
use budgetkoll::i18n::Msg;
use budgetkoll::import::number::parse_sv_number;
use budgetkoll::view::exceptions::{exception_text, non_indexed_text};
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

/// A labelled select of the IPDK categories, `first` chosen at first.
pub(super) fn category_select(
    store: Store,
    category: RwSignal<Option<Category>>,
    with_all: bool,
) -> impl IntoView {
    view! {
        <label>{move || store.t(Msg::FrCategory)}
            <select name="category" on:change:target=move |ev| {
                let v = ev.target().value();
                category.set(Category::ALL.into_iter().find(|c| c.label() == v));
            }>
                {with_all.then(|| view! { <option value="" selected=move || category.get().is_none()>{move || store.t(Msg::FrAllCategories)}</option> })}
                {Category::ALL.into_iter().map(|c| view! { <option value=c.label() selected=move || category.get() == Some(c)>{c.label()}</option> }).collect_view()}
            </select>
        </label>
    }
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

/// The förvaltningar of the table, in table order.
pub(super) fn unit_names(store: Store) -> Memo<Vec<String>> {
    Memo::new(move |_| {
        read(store, |s| {
            s.table
                .forvaltningar()
                .map(|(_, f)| f.name.clone())
                .collect()
        })
    })
}

/// The förvaltning chosen in a form: the first one until another is picked.
pub(super) fn chosen_unit(units: Memo<Vec<String>>, unit: RwSignal<String>) -> String {
    let picked = unit.get();
    if picked.is_empty() {
        units.get().first().cloned().unwrap_or_default()
    } else {
        picked
    }
}

/// A labelled select of the förvaltningar.
pub(super) fn unit_select(
    store: Store,
    units: Memo<Vec<String>>,
    unit: RwSignal<String>,
) -> impl IntoView {
    view! {
        <label>{move || store.t(Msg::ColUnit)}
            <select name="unit" on:change:target=move |ev| unit.set(ev.target().value())>
                {move || units.get().into_iter().map(|u| view! { <option value=u.clone()>{u.clone()}</option> }).collect::<Vec<_>>()}
            </select>
        </label>
    }
}

/// Parts of a förvaltning's category left out of indexation (purchased
/// specialist care, outpatient drugs), as a share of the base amount.
#[component]
fn NonIndexedShares() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <h3>{move || store.t(Msg::FrNonIndexed)}</h3>
        <NonIndexedList />
        <NonIndexedForm />
    }
}

/// The parts left out of indexation, per förvaltning and category.
#[component]
fn NonIndexedList() -> impl IntoView {
    let store = expect_context::<Store>();
    let non_indexed = Memo::new(move |_| read_scenario(store, |sc| sc.rules.non_indexed.clone()));
    let list = move || {
        non_indexed.with(|list| {
            list.iter()
                .enumerate()
                .map(|(i, x)| {
                    view! {
                        <li>
                            {non_indexed_text(x)}
                            " "
                            {remove_button(store, i, |sc| Some(&mut sc.rules.non_indexed))}
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! { <ul id="non-indexed">{list}</ul> }
}

/// The form that sets a förvaltning's share of a category not indexed.
#[component]
fn NonIndexedForm() -> impl IntoView {
    let store = expect_context::<Store>();
    let units = unit_names(store);
    let unit = RwSignal::new(String::new());
    let category = RwSignal::new(Some(Category::Drift));
    let share = RwSignal::new(String::new());
    let error = RwSignal::new(None::<FormError>);
    let add = move || match parse_sv_number(&share.get()) {
        Ok(p) => {
            error.set(None);
            let (who, cat) = (
                chosen_unit(units, unit),
                category.get().unwrap_or(Category::Drift),
            );
            update_scenario(store, |sc| {
                let list = &mut sc.rules.non_indexed;
                list.retain(|x| {
                    !(x.forvaltning == who
                        && x.category == cat
                        && matches!(x.portion, NonIndexedPortion::Share(_)))
                });
                list.push(NonIndexed {
                    forvaltning: who,
                    category: cat,
                    portion: NonIndexedPortion::Share(Percent(p)),
                });
            });
            share.set(String::new());
        }
        Err(e) => error.set(Some(FormError::Field {
            field: Msg::FrNonIndexedShare,
            error: e,
        })),
    };
    view! {
        <form class="measure-form" id="non-indexed-form" on:submit=move |ev| { ev.prevent_default(); add() }>
            {unit_select(store, units, unit)}
            {category_select(store, category, false)}
            <label>{move || store.t(Msg::FrNonIndexedShare)}
                <input
                    name="share"
                    type="number"
                    step="0.1"
                    min="0"
                    max="100"
                    prop:value=move || share.get()
                    on:input:target=move |ev| share.set(ev.target().value())
                />
            </label>
            <button class="btn btn-primary" type="submit">{move || store.t(Msg::FrAddNonIndexed)}</button>
            <FormAlert error=error />
        </form>
    }
}
