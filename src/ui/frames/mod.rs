//! The budget-frames page: where the base comes from, the rules that move
//! the frames, the frames table, the balance requirement and scenarios. All
//! figures are recomputed from the [`FramesSession`] on every change.

mod balance;
mod rules;
mod source;
mod table;

use super::store::Store;
use budgetkoll::format;
use budgetkoll::frames::scenario::Scenario;
use budgetkoll::frames::session::FramesSession;
use budgetkoll::i18n::Msg;
use budgetkoll::money::{Money, Unit};
use budgetkoll::view::decimals;
use leptos::prelude::*;

/// Applies `change` to the scenario shown.
pub(super) fn update_scenario(store: Store, change: impl FnOnce(&mut Scenario)) {
    store.frames.update(|s| {
        if let Some(sc) = s.as_mut().and_then(FramesSession::scenario_mut) {
            change(sc);
        }
    });
}

/// An amount in the frames' unit, for a table cell.
pub(super) fn shown(m: Money, unit: Unit) -> String {
    format::amount(m.0, decimals(unit))
}

#[component]
pub fn FramesPage() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <Show when=move || store.frames.with(Option::is_some) fallback=|| view! { <source::FramesSource /> }>
            <FramesWork />
        </Show>
    }
}

#[component]
fn FramesWork() -> impl IntoView {
    let store = expect_context::<Store>();
    let result = Memo::new(move |_| {
        store
            .frames
            .with(|s| s.as_ref().and_then(FramesSession::result))
    });
    let new_name = RwSignal::new(String::new());
    let scenarios = move || {
        store.frames.with(|s| {
            s.as_ref().map(|s| {
                s.scenarios
                    .iter()
                    .enumerate()
                    .map(|(i, sc)| {
                        let active = s.active == i;
                        view! {
                            <button
                                class="seg scenario"
                                aria-pressed=active.to_string()
                                on:click=move |_| store.frames.update(|s| {
                                    if let Some(s) = s.as_mut() {
                                        s.active = i;
                                    }
                                })
                            >
                                {sc.name.clone()}
                            </button>
                        }
                    })
                    .collect_view()
            })
        })
    };
    let add = move || {
        let name = new_name.get().trim().to_string();
        if !name.is_empty() {
            store.frames.update(|s| {
                if let Some(s) = s.as_mut() {
                    s.add_scenario(&name);
                }
            });
            new_name.set(String::new());
        }
    };
    view! {
        <section class="card">
            <div class="card-head">
                <h2>
                    {move || store.t(Msg::TabFrames)}
                    " · "
                    {move || store.frames.with(|s| s.as_ref().map(|s| s.source.clone()))}
                </h2>
                <button
                    class="btn btn-quiet edit-only"
                    on:click=move |_| {
                        if super::persist::confirm(store.t(Msg::FrRestartQuestion)) {
                            store.frames.set(None);
                        }
                    }
                >
                    {move || store.t(Msg::FrRestart)}
                </button>
            </div>
            <div class="scenario-bar" role="group" aria-label=move || store.t(Msg::FrScenarios)>
                {scenarios}
                <form class="inline-form edit-only" on:submit=move |ev| { ev.prevent_default(); add() }>
                    <input
                        id="scenario-name"
                        aria-label=move || store.t(Msg::FrScenarioName)
                        placeholder=move || store.t(Msg::FrScenarioName)
                        prop:value=move || new_name.get()
                        on:input:target=move |ev| new_name.set(ev.target().value())
                    />
                    <button class="btn" type="submit">{move || store.t(Msg::FrAddScenario)}</button>
                </form>
            </div>
        </section>
        {move || match result.get() {
            Some(Err(e)) => Some(view! { <p class="notice warn" role="alert">{e.to_string()}</p> }.into_any()),
            _ => None,
        }}
        <rules::RulesPanel />
        <table::FramesTable result=result />
        <table::Comparison />
        <balance::BalanceView result=result />
    }
}
