//! The budget-frames page: where the table comes from, the plan period and
//! base year, the rules that compute the years after it, the frame table
//! with decided and computed years side by side, the efficiency
//! requirement and wage pot per nämnd, scenarios, and the balance
//! requirement. All figures are recomputed from the [`FramesSession`] on
//! every change, once: the scenario's result is a memo every part reads,
//! and each part reads what it shows through a memo, so a change redraws
//! only what it changed.

mod balance;
mod balance_inputs;
mod changes;
mod exceptions;
mod non_indexed;
pub mod part;
mod pickers;
mod plan;
mod restructuring;
mod rules;
mod source;
mod summaries;
mod table;

use crate::ui::state::store::Store;
use budgetkoll::format;
use budgetkoll::frames::balance::BalanceInputs;
use budgetkoll::frames::scenario::{Scenario, ScenarioError, ScenarioResult};
use budgetkoll::frames::session::FramesSession;
use budgetkoll::i18n::Msg;
use budgetkoll::import::number::parse_sv_number;
use budgetkoll::money::{AmountScale, Money};
use budgetkoll::view::decimals;
use leptos::prelude::*;

/// The scenario shown, computed (or why it could not be).
pub(super) type Computed = Memo<Option<Result<ScenarioResult, ScenarioError>>>;

/// Applies `change` to the session.
pub(super) fn update_session(store: Store, change: impl FnOnce(&mut FramesSession)) {
    store.work.frames.update(|s| {
        if let Some(s) = s.as_mut() {
            change(s);
        }
    });
}

/// Applies `change` to the scenario shown.
pub(super) fn update_scenario(store: Store, change: impl FnOnce(&mut Scenario)) {
    update_session(store, |s| {
        if let Some(sc) = s.scenario_mut() {
            change(sc);
        }
    });
}

/// Reads something of the session (reactive); `T::default()` without one.
pub(super) fn read<T: Default>(store: Store, f: impl FnOnce(&FramesSession) -> T) -> T {
    store
        .work
        .frames
        .with(|s| s.as_ref().map(f).unwrap_or_default())
}

/// Something of the session as a memo: read once per change of the
/// session, and its readers rerun only when it differs.
pub(super) fn memo<T>(
    store: Store,
    f: impl Fn(&FramesSession) -> T + Send + Sync + 'static,
) -> Memo<T>
where
    T: Default + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| read(store, &f))
}

/// Reads something of the scenario shown (reactive).
pub(super) fn read_scenario<T: Default>(store: Store, f: impl FnOnce(&Scenario) -> T) -> T {
    read(store, |s| s.scenario().map(f).unwrap_or_default())
}

/// The plan years.
pub(super) fn plan_years(store: Store) -> Vec<i32> {
    read(store, |s| s.plan.horizon().collect())
}

/// The plan years the rules compute (after the base year).
pub(super) fn computed_years(store: Store) -> Vec<i32> {
    read(store, |s| {
        s.plan.horizon().filter(|&y| s.plan.computes(y)).collect()
    })
}

/// Changes the balance inputs of the scenario shown (created when missing).
pub(super) fn edit_inputs(store: Store, change: impl FnOnce(&mut BalanceInputs)) {
    let unit = unit(store);
    update_scenario(store, |sc| {
        change(sc.balance.get_or_insert_with(|| BalanceInputs::new(unit)))
    });
}

/// A text field for an amount, Swedish style; a value that does not parse
/// is ignored.
pub(super) fn amount_input(
    id: String,
    label: String,
    value: Signal<Money>,
    set: impl Fn(Money) + 'static,
) -> impl IntoView {
    view! {
        <input
            id=id
            class="amount-input"
            inputmode="decimal"
            aria-label=label
            prop:value=move || budgetkoll::format::exact(value.get().0)
            on:change:target=move |ev| {
                if let Ok(v) = parse_sv_number(&ev.target().value()) {
                    set(Money(v));
                }
            }
        />
    }
}

/// The table's unit.
pub(super) fn unit(store: Store) -> AmountScale {
    read(store, |s| s.table.unit)
}

/// Removes item `i` of a list of the scenario shown (nothing when the list
/// has changed under the click).
pub(super) fn remove_button<T: 'static>(
    store: Store,
    i: usize,
    list: impl Fn(&mut Scenario) -> Option<&mut Vec<T>> + 'static,
) -> impl IntoView {
    view! {
        <button class="btn btn-quiet edit-only" on:click=move |_| update_scenario(store, |sc| {
            if let Some(l) = list(sc).filter(|l| i < l.len()) {
                l.remove(i);
            }
        })>{move || store.t(Msg::Remove)}</button>
    }
}

/// An amount in the frames' unit, for a table cell.
pub(super) fn shown(m: Money, unit: AmountScale) -> String {
    format::amount(m.0, decimals(unit))
}

#[component]
pub fn FramesPage() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <Show when=move || store.work.frames.with(Option::is_some) fallback=|| view! { <source::FramesSource /> }>
            <FramesWork />
        </Show>
    }
}

#[component]
fn FramesWork() -> impl IntoView {
    let store = expect_context::<Store>();
    let result: Computed = Memo::new(move |_| {
        store
            .work
            .frames
            .with(|s| s.as_ref().and_then(FramesSession::result))
    });
    view! {
        <Scenarios />
        {move || {
            let lang = store.lang.get();
            result
                .with(|r| match r {
                    Some(Err(e)) => Some(e.text(lang)),
                    _ => None,
                })
                .map(|text| view! { <p class="notice warn" role="alert">{text}</p> })
        }}
        <plan::PlanPanel result=result />
        <rules::RulesPanel />
        <table::FramesTable result=result />
        <summaries::PerNamnd result=result />
        <summaries::Comparison />
        <balance::BalanceView result=result />
    }
}

/// The page's title, the scenarios to choose between and a new one.
#[component]
fn Scenarios() -> impl IntoView {
    let store = expect_context::<Store>();
    let source = memo(store, |s| s.source.clone());
    view! {
        <section class="card">
            <div class="card-head">
                <h2>
                    {move || store.t(Msg::TabFrames)}
                    " · "
                    {move || source.get()}
                </h2>
                <button
                    class="btn btn-quiet edit-only"
                    on:click=move |_| {
                        if crate::ui::browser::confirm::confirm(store.t(Msg::FrRestartQuestion)) {
                            store.work.frames.set(None);
                        }
                    }
                >
                    {move || store.t(Msg::FrRestart)}
                </button>
            </div>
            <div class="scenario-bar" role="group" aria-label=move || store.t(Msg::FrScenarios)>
                <ScenarioButtons />
                <NewScenario />
            </div>
        </section>
    }
}

/// A button per scenario; the one pressed is shown.
#[component]
fn ScenarioButtons() -> impl IntoView {
    let store = expect_context::<Store>();
    let names = memo(store, |s| {
        s.scenarios
            .iter()
            .map(|sc| sc.name.clone())
            .collect::<Vec<_>>()
    });
    let active = memo(store, |s| s.active);
    move || {
        names
            .get()
            .into_iter()
            .enumerate()
            .map(|(i, name)| {
                view! {
                    <button
                        class="seg scenario"
                        aria-pressed=move || (active.get() == i).to_string()
                        on:click=move |_| update_session(store, |s| s.active = i)
                    >
                        {name}
                    </button>
                }
            })
            .collect::<Vec<_>>()
    }
}

/// Copies the scenario shown into a new one with the name typed.
#[component]
fn NewScenario() -> impl IntoView {
    let store = expect_context::<Store>();
    let new_name = RwSignal::new(String::new());
    let add = move || {
        let name = new_name.get().trim().to_string();
        if !name.is_empty() {
            update_session(store, |s| s.add_scenario(&name));
            new_name.set(String::new());
        }
    };
    view! {
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
    }
}
