//! Parts of a förvaltning's category left out of indexation (a share not
//! indexed), as plans state them: the list and the form.

use super::pickers::{category_select, chosen_unit, unit_names, unit_select};
use super::{read_scenario, remove_button, update_scenario};
use crate::ui::state::store::Store;
use crate::ui::widgets::form::{FormAlert, FormError};
use budgetkoll::frames::model::Category;
use budgetkoll::frames::rules::{NonIndexed, NonIndexedPortion, Percent};
use budgetkoll::i18n::Msg;
use budgetkoll::import::number::parse_sv_number;
use budgetkoll::view::exceptions::non_indexed_text;
use leptos::prelude::*;

/// Parts of a förvaltning's category left out of indexation (purchased
/// specialist care, outpatient drugs), as a share of the base amount.
#[component]
pub(super) fn NonIndexedShares() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <h3>{move || store.t(Msg::FrNonIndexed)}</h3>
        <NonIndexedList />
        <NonIndexedForm />
    }
}

/// The parts left out of indexation, per förvaltning and category.
#[component]
pub(super) fn NonIndexedList() -> impl IntoView {
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
pub(super) fn NonIndexedForm() -> impl IntoView {
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
