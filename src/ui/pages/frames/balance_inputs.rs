//! What the balance requirement needs beside the frames: the opening
//! equity, earlier years' deficits with the year each must be restored by,
//! and restructuring items with their costs, savings and whether the
//! council charged them to equity (synnerliga skäl, [`super::restructuring`]).

use super::restructuring::RestructuringItems;
use super::{amount_input, edit_inputs, memo, read_scenario, remove_button, shown};
use crate::ui::state::store::Store;
use crate::ui::widgets::form::{FormAlert, FormError};
use budgetkoll::frames::balance::{EarlierDeficit, RESTORATION_YEARS};
use budgetkoll::i18n::Msg;
use budgetkoll::import::number::parse_sv_number;
use budgetkoll::money::Money;
use leptos::prelude::*;

#[component]
pub fn BalanceInputsForm() -> impl IntoView {
    let store = expect_context::<Store>();
    let equity = Signal::derive(move || {
        read_scenario(store, |sc| {
            sc.balance
                .as_ref()
                .map(|b| b.opening_equity)
                .unwrap_or_default()
        })
    });
    view! {
        <div class="measure-form edit-only">
            <label>{move || store.t(Msg::FrOpeningEquity)}
                {amount_input("opening-equity".into(), store.t(Msg::FrOpeningEquity).into(), equity, move |m| edit_inputs(store, |b| b.opening_equity = m))}
            </label>
        </div>
        <EarlierDeficits />
        <RestructuringItems />
    }
}

/// Deficits from before the plan with their due year (61,8 mnkr from
/// 2017, due 2020).
#[component]
fn EarlierDeficits() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <h3>{move || store.t(Msg::FrEarlierDeficits)}</h3>
        <DeficitList />
        <DeficitForm />
    }
}

/// The earlier deficits entered, each with its amount and due year.
#[component]
fn DeficitList() -> impl IntoView {
    let store = expect_context::<Store>();
    let deficits = Memo::new(move |_| {
        read_scenario(store, |sc| {
            let deficits = sc.balance.as_ref().map(|b| &b.earlier_deficits);
            deficits.cloned().unwrap_or_default()
        })
    });
    let u = memo(store, |s| s.table.unit);
    let list = move || {
        let u = u.get();
        let lang = store.lang.get();
        deficits.with(|list| {
            list.iter()
                .enumerate()
                .map(|(i, d)| {
                    let text = Msg::FrDeficitItem.fill(
                        lang,
                        &[
                            ("amount", &shown(d.amount, u)),
                            ("unit", u.short()),
                            ("arose", &d.arose.to_string()),
                            ("due", &d.due.to_string()),
                        ],
                    );
                    view! {
                        <li>
                            {text}
                            " "
                            {remove_button(store, i, |sc| sc.balance.as_mut().map(|b| &mut b.earlier_deficits))}
                        </li>
                    }
                })
                .collect::<Vec<_>>()
        })
    };
    view! { <ul id="earlier-deficits">{list}</ul> }
}

/// The form that adds an earlier deficit: the year it arose, its amount
/// and the year it must be restored by (three years on when left empty).
#[component]
fn DeficitForm() -> impl IntoView {
    let store = expect_context::<Store>();
    let arose = RwSignal::new(String::new());
    let amount = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let error = RwSignal::new(None::<FormError>);
    let add = move || {
        let year = |s: &str| s.trim().parse::<i32>().ok();
        let Some(from) = year(&arose.get()) else {
            error.set(Some(FormError::Missing(Msg::FrDeficitYearNeeded)));
            return;
        };
        let due_year = year(&due.get()).unwrap_or(from + RESTORATION_YEARS);
        match parse_sv_number(&amount.get()) {
            Ok(a) => {
                error.set(None);
                edit_inputs(store, |b| {
                    b.earlier_deficits.push(EarlierDeficit {
                        arose: from,
                        amount: Money(a).abs(),
                        due: due_year,
                    })
                });
                for s in [arose, amount, due] {
                    s.set(String::new());
                }
            }
            Err(e) => error.set(Some(FormError::Field {
                field: Msg::FrAmount,
                error: e,
            })),
        }
    };
    let field = move |label: Msg, name: &'static str, value: RwSignal<String>| {
        view! {
            <label>{move || store.t(label)}
                <input name=name inputmode="decimal" size="8" prop:value=move || value.get() on:input:target=move |ev| value.set(ev.target().value()) />
            </label>
        }
    };
    view! {
        <form class="measure-form" id="deficit-form" on:submit=move |ev| { ev.prevent_default(); add() }>
            {field(Msg::FrDeficitArose, "arose", arose)}
            {field(Msg::FrAmount, "amount", amount)}
            {field(Msg::FrDeficitDue, "due", due)}
            <button class="btn btn-primary" type="submit">{move || store.t(Msg::FrAddDeficit)}</button>
            <FormAlert error=error />
        </form>
    }
}
