//! Naming the nämnder: which förvaltning belongs to which nämnd, and the
//! region's name. The grouping is part of the saved and shared state; the
//! overview sums per nämnd from it.

use crate::ui::state::store::Store;
use budgetkoll::engine::consolidation::{Grouping, Namnd};
use budgetkoll::i18n::Msg;
use budgetkoll::view::overview::forvaltningar;
use leptos::prelude::*;

/// `grouping` with förvaltning `code` moved to the nämnd named `namnd`
/// (created when new); nämnder left empty are dropped.
fn moved(mut grouping: Grouping, code: &str, namnd: &str) -> Grouping {
    for n in &mut grouping.namnder {
        n.units.retain(|u| u != code);
    }
    let name = namnd.trim();
    if !name.is_empty() {
        match grouping.namnder.iter_mut().find(|n| n.name == name) {
            Some(n) => n.units.push(code.to_string()),
            None => grouping.namnder.push(Namnd {
                name: name.to_string(),
                units: vec![code.to_string()],
            }),
        }
    }
    grouping.namnder.retain(|n| !n.units.is_empty());
    grouping
}

#[component]
pub fn GroupingEditor() -> impl IntoView {
    let store = expect_context::<Store>();
    let units = Memo::new(move |_| store.work.reports.with(|r| forvaltningar(r)));
    let grouping = Memo::new(move |_| store.grouping_in_force());
    let rows = move || {
        units
            .get()
            .into_iter()
            .map(|u| {
                let code = u.code.clone();
                let current = {
                    let code = code.clone();
                    move || grouping.with(|g| g.namnd_of(&code).map(|n| n.name.clone()).unwrap_or_default())
                };
                let id = format!("namnd-{}", u.code);
                let for_id = id.clone();
                view! {
                    <label class="namnd-row" for=for_id>
                        <span>{u.label()}</span>
                        <input
                            id=id
                            list="namnd-names"
                            data-unit=u.code.clone()
                            prop:value=current
                            on:change:target=move |ev| {
                                let name = ev.target().value();
                                store.work.grouping.set(Some(moved(grouping.get_untracked(), &code, &name)));
                            }
                        />
                    </label>
                }
            })
            .collect_view()
    };
    let names = move || {
        grouping
            .get()
            .namnder
            .into_iter()
            .map(|n| view! { <option value=n.name></option> })
            .collect_view()
    };
    view! {
        <details class="card grouping edit-only" id="grouping">
            <summary><h2>{move || store.t(Msg::GroupingTitle)}</h2></summary>
            <p class="hint">{move || store.t(Msg::GroupingHint)}</p>
            <label class="namnd-row" for="region-name">
                <span>{move || store.t(Msg::RegionName)}</span>
                <input
                    id="region-name"
                    prop:value=move || grouping.get().region
                    on:change:target=move |ev| {
                        let mut g = grouping.get_untracked();
                        g.region = ev.target().value().trim().to_string();
                        store.work.grouping.set(Some(g));
                    }
                />
            </label>
            {rows}
            <datalist id="namnd-names">{names}</datalist>
        </details>
    }
}
