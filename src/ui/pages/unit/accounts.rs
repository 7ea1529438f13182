//! The accounts behind the förvaltning's Personal row, from a loaded ledger
//! pivot of its period (largest deviation from budget first, against budget
//! and the previous year; an empty budget shows empty), and its
//! fokusområden (konsulter, resor, utbildning, inhyrd personal) across the
//! loaded periods. Opened from a button, so the page stays short.

use crate::ui::state::store::Store;
use crate::ui::widgets::tables::{head, row};
use budgetkoll::fr1::model::Period;
use budgetkoll::fr1::schema::Row;
use budgetkoll::i18n::Msg;
use budgetkoll::view::accounts::{accounts_view, focus_view};
use leptos::prelude::*;

/// The FR1 row whose accounts the page opens.
const OPENED: Row = Row::Personal;

/// "Visa konton bakom Personal" and, opened, the accounts and fokusområden.
#[component]
pub fn UnitAccounts(code: String, period: Period) -> impl IntoView {
    let store = expect_context::<Store>();
    let open = RwSignal::new(false);
    let ledger = {
        let code = code.clone();
        Memo::new(move |_| {
            store.work.ledger_list.with(|v| {
                v.iter()
                    .find(|l| {
                        l.period == Some(period)
                            && l.unit_id
                                .as_ref()
                                .is_some_and(|u| u.code.trim() == code.trim())
                    })
                    .cloned()
            })
        })
    };
    let accounts = move || {
        let ledger = ledger.get()?;
        let lang = store.lang.get();
        let v = accounts_view(&ledger, OPENED, store.shown.unit.get(), lang)?;
        let rows = v
            .lines
            .iter()
            .map(|l| {
                row(
                    l.label.clone(),
                    &[
                        &l.actual,
                        &l.budget,
                        &l.vs_budget,
                        &l.previous,
                        &l.vs_previous,
                    ],
                )
            })
            .collect_view();
        Some(view! {
            <div class="table-wrap">
                <table class="figures accounts-table" id="accounts-table">
                    <caption>{v.title.clone()}" · "{v.unit.short()}</caption>
                    {head(store, &[
                        Msg::ChartActual,
                        Msg::ChartBudget,
                        Msg::AccountsVsBudget,
                        Msg::ChartPrevYearYtd,
                        Msg::AccountsVsPrevious,
                    ])}
                    <tbody>{rows}</tbody>
                </table>
            </div>
        })
    };
    let focus = move || {
        let lang = store.lang.get();
        let lines = store
            .work
            .ledger_list
            .with(|v| focus_view(v, &code, store.shown.unit.get()));
        (!lines.is_empty()).then(|| {
            let rows = lines
                .iter()
                .flat_map(|f| {
                    f.points.iter().map(move |p| {
                        row(
                            format!("{}: {} · {}", f.focus.label(lang), f.label, p.period.label(lang)),
                            &[&p.actual, &p.vs_budget, &p.vs_previous],
                        )
                    })
                })
                .collect_view();
            view! {
                <div class="table-wrap">
                    <table class="figures focus-table" id="focus-table">
                        <caption>{move || store.t(Msg::FocusTitle)}" · "{store.shown.unit.get().short()}</caption>
                        {head(store, &[Msg::ChartActual, Msg::AccountsVsBudget, Msg::AccountsVsPrevious])}
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            }
        })
    };
    let label = move || {
        let lang = store.lang.get();
        if open.get() {
            Msg::AccountsHide.text(lang).to_string()
        } else {
            Msg::AccountsOpen.fill(lang, &[("row", &OPENED.full_label())])
        }
    };
    view! {
        <div class="unit-accounts">
            <button
                class="btn"
                id="accounts-open"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {label}
            </button>
            <Show when=move || open.get()>
                {move || match accounts() {
                    Some(v) => v.into_any(),
                    None => view! { <p class="notice info">{move || store.t(Msg::AccountsNoLedger)}</p> }.into_any(),
                }}
                {focus.clone()}
            </Show>
        </div>
    }
}
