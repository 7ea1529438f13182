//! The förvaltning's "Varför?": every driver of its deviation by FR1 row,
//! the check line (explained, of the deviation, what is left), the
//! officer's notes where the page is not presented, and the form where the
//! officer writes, rewrites and removes an explanation (autosaved with the
//! work: the explanations are in the store's work).

use crate::ui::state::store::Store;
use crate::ui::widgets::why::{WhyBlock, WhyDepth};
use budgetkoll::explain::check::Against;
use budgetkoll::explain::model::{merge, of, Explanation, Owner, Topic};
use budgetkoll::fr1::model::{Period, UnitId};
use budgetkoll::fr1::schema::{Report, Row};
use budgetkoll::i18n::Msg;
use budgetkoll::import::limits::{MAX_ABS_AMOUNT, MAX_TEXT_CHARS};
use budgetkoll::import::number::parse_sv_number;
use budgetkoll::money::{Money, Unit};
use budgetkoll::view::why::why_view;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// "Varför?" of förvaltning `unit` in `period`, and the officer's form.
#[component]
pub fn UnitWhy(unit: UnitId, period: Period) -> impl IntoView {
    let store = expect_context::<Store>();
    let owner = Owner::Unit(unit);
    let model = {
        let owner = owner.clone();
        Memo::new(move |_| {
            let reports = store.work.reports.get();
            let finance = store.work.finance_tables.get();
            let ledgers = store.work.ledger_list.get();
            let against = Against {
                reports: &reports,
                finance: &finance,
                ledgers: &ledgers,
            };
            store
                .work
                .explanations
                .with(|all| why_view(&against, all, &owner, period, store.lang.get()))
        })
    };
    view! {
        <section class="unit-why" id="unit-why">
            {move || model.get().map(|m| view! { <WhyBlock model=m depth=WhyDepth::Full /> })}
            <Show when=move || !store.shown.read_only.get()>
                <WhyEditor owner=owner.clone() period />
            </Show>
        </section>
    }
}

/// `-1,5` (mnkr) as tkr, within the amounts the app computes with.
fn parse_mnkr(text: &str) -> Option<Money> {
    let mnkr = parse_sv_number(text).ok()?;
    let tkr = Unit::Mnkr.convert(Money(mnkr), Unit::Tkr);
    (tkr.0.abs() <= Decimal::from(MAX_ABS_AMOUNT)).then_some(tkr)
}

/// The officer's form: section, område (Övergripande or an FR1 row),
/// amount in mnkr and text; saving one of the same place rewrites it. The
/// explanations written are listed with a button that removes each.
#[component]
fn WhyEditor(owner: Owner, period: Period) -> impl IntoView {
    let store = expect_context::<Store>();
    let section = RwSignal::new(Report::Utfall);
    // `None`: Övergripande.
    let topic = RwSignal::new(Some(Row::Personal));
    let amount = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let save = {
        let owner = owner.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let lang = store.lang.get_untracked();
            let words = text.get_untracked().trim().to_string();
            if words.is_empty() {
                error.set(Some(Msg::WhyEditNoText.text(lang).into()));
                return;
            }
            if words.chars().count() > MAX_TEXT_CHARS {
                error.set(Some(Msg::WhyEditTooLong.text(lang).into()));
                return;
            }
            let typed = amount.get_untracked();
            let amount_tkr = if typed.trim().is_empty() {
                None
            } else {
                match parse_mnkr(&typed) {
                    Some(m) => Some(m),
                    None => {
                        error.set(Some(Msg::WhyEditBadAmount.fill(lang, &[("text", &typed)])));
                        return;
                    }
                }
            };
            let e = Explanation {
                owner: owner.clone(),
                period,
                section: section.get_untracked(),
                topic: topic.get_untracked().map_or(Topic::General, Topic::Row),
                amount: amount_tkr,
                written_in: Unit::Mnkr,
                text: words,
            };
            store.work.explanations.update(|all| merge(all, vec![e]));
            error.set(None);
            amount.set(String::new());
            text.set(String::new());
        }
    };
    let written = {
        let owner = owner.clone();
        move || {
            let lang = store.lang.get();
            store.work.explanations.with(|all| {
                Report::ALL
                    .into_iter()
                    .flat_map(|s| of(all, &owner, period, s).cloned().collect::<Vec<_>>())
                    .map(|e| {
                        let amount = e
                            .amount
                            .map(|m| {
                                budgetkoll::format::signed_amount(
                                    Unit::Tkr.convert(m, Unit::Mnkr).0,
                                    Unit::Mnkr.display_decimals(),
                                )
                            })
                            .unwrap_or_default();
                        let what = format!(
                            "{} · {} {}",
                            section_name(e.section).text(lang),
                            e.topic.label(lang),
                            amount
                        );
                        let gone = e.clone();
                        view! {
                            <li class="why-written">
                                <span><strong>{what}</strong>" "{e.text.clone()}</span>
                                <button class="btn btn-quiet why-remove" on:click=move |_| {
                                    store.work.explanations.update(|all| all.retain(|x| *x != gone));
                                }>
                                    {move || store.t(Msg::Remove)}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()
            })
        }
    };
    view! {
        <details class="why-edit edit-only">
            <summary>{move || store.t(Msg::WhyEditTitle)}</summary>
            <ul class="why-written-list">{written}</ul>
            <form class="why-form" id="why-form" on:submit=save>
                <label class="setting">
                    <span>{move || store.t(Msg::WhyEditSection)}</span>
                    <select id="why-section" on:change:target=move |ev| {
                        section.set(if ev.target().value() == "prognos" { Report::Prognos } else { Report::Utfall });
                    }>
                        {Report::ALL.into_iter().map(|r| view! {
                            <option value=r.keyword() prop:selected=move || section.get() == r>
                                {move || store.t(section_name(r))}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="setting">
                    <span>{move || store.t(Msg::WhyEditTopic)}</span>
                    <select id="why-topic" on:change:target=move |ev| {
                        let v = ev.target().value();
                        topic.set(Row::ALL.into_iter().find(|r| r.index().to_string() == v));
                    }>
                        <option value="general" prop:selected=move || topic.get().is_none()>
                            {move || store.t(Msg::ExplGeneral)}
                        </option>
                        {Row::ALL.into_iter().map(|r| view! {
                            <option value=r.index().to_string() prop:selected=move || topic.get() == Some(r)>
                                {r.full_label()}
                            </option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="setting">
                    <span>{move || store.t(Msg::WhyEditAmount)}</span>
                    <input id="why-amount" type="text" inputmode="decimal" prop:value=amount
                        on:input:target=move |ev| amount.set(ev.target().value()) />
                </label>
                <label class="setting why-text-field">
                    <span>{move || store.t(Msg::WhyEditText)}</span>
                    <textarea id="why-text" rows="3" prop:value=text
                        on:input:target=move |ev| text.set(ev.target().value())></textarea>
                </label>
                {move || error.get().map(|e| view! { <p class="notice warn" role="alert">{e}</p> })}
                <button class="btn btn-primary" type="submit" id="why-save">{move || store.t(Msg::WhyEditAdd)}</button>
            </form>
        </details>
    }
}

/// `Utfall`, `Prognos`.
fn section_name(section: Report) -> Msg {
    match section {
        Report::Utfall => Msg::ChartActual,
        Report::Prognos => Msg::ChartForecast,
    }
}
