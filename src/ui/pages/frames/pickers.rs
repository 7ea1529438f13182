//! The choices the frames forms share: a category, and a förvaltning among
//! the frame table's, as selects.

use super::read;
use crate::ui::state::store::Store;
use budgetkoll::frames::model::Category;
use budgetkoll::i18n::Msg;
use leptos::prelude::*;

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
