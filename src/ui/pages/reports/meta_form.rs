//! The form for the details a report's file lacked (förvaltning, period,
//! amount unit): asked for, never guessed; what the file name suggests is
//! offered, and the report is validated again once they are given.

use crate::ui::state::store::Store;
use budgetkoll::fr1::import::Fr1Import;
use budgetkoll::fr1::meta_field::MetaField;
use budgetkoll::fr1::model::{month_name, Fr1Meta, Period, UnitId};
use budgetkoll::i18n::Msg;
use budgetkoll::money::AmountScale;
use leptos::prelude::*;

/// Asks for the metadata the file lacked, suggesting what the file name says.
#[component]
pub(super) fn MetaForm(index: usize, import: Fr1Import) -> impl IntoView {
    let store = expect_context::<Store>();
    let meta = import.report.meta.clone();
    let hint = import.hint.clone();
    let pick = |own: Option<UnitId>, hinted: Option<UnitId>| own.or(hinted).unwrap_or_default();
    let id = pick(meta.unit_id.clone(), hint.unit_id.clone());
    let code = RwSignal::new(id.code);
    let name = RwSignal::new(id.name);
    let period = meta.period.or(hint.period);
    let month = RwSignal::new(period.map_or(0, |p| p.month));
    let year = RwSignal::new(period.map_or(String::new(), |p| p.year.to_string()));
    let unit = RwSignal::new(
        meta.amount_unit
            .or(hint.amount_unit)
            .unwrap_or(AmountScale::Tkr),
    );
    let missing: Vec<MetaField> = import
        .missing
        .iter()
        .copied()
        .filter(|m| m.required())
        .collect();
    let missing = move || {
        let lang = store.lang.get();
        missing
            .iter()
            .map(|m| m.name(lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let save = move |_| {
        let period = year
            .get()
            .trim()
            .parse::<i32>()
            .ok()
            .and_then(|y| Period::new(y, month.get()));
        let code_text = code.get().trim().to_string();
        let unit_id = (!code_text.is_empty() || !name.get().trim().is_empty()).then(|| UnitId {
            code: code_text,
            name: name.get().trim().to_string(),
        });
        store.set_meta(
            index,
            Fr1Meta {
                unit_id,
                period,
                amount_unit: Some(unit.get()),
                ..meta.clone()
            },
        );
    };
    let suggested = (hint != Fr1Meta::default())
        .then(|| view! { <p class="hint">{move || store.t(Msg::SuggestedFromName)}</p> });
    view! {
        <form class="meta-form" on:submit=move |ev| { ev.prevent_default(); save(()) }>
            <p><strong>{move || store.t(Msg::MissingMeta)}</strong>" "{missing}</p>
            {suggested}
            <MetaFields code name month year unit />
            <button class="btn btn-primary" type="submit">{move || store.t(Msg::Save)}</button>
        </form>
    }
}

/// The fields of [`MetaForm`]: förvaltning, month, year and amount unit.
#[component]
pub(super) fn MetaFields(
    code: RwSignal<String>,
    name: RwSignal<String>,
    month: RwSignal<u8>,
    year: RwSignal<String>,
    unit: RwSignal<AmountScale>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let months = move || {
        (1..=12u8)
            .map(|n| {
                view! { <option value=n.to_string() selected=move || month.get() == n>{month_name(n, store.lang.get())}</option> }
            })
            .collect_view()
    };
    view! {
        <label>
            {move || store.t(Msg::UnitCode)}
            <input name="code" prop:value=move || code.get() on:input:target=move |ev| code.set(ev.target().value()) />
        </label>
        <label>
            {move || store.t(Msg::UnitName)}
            <input name="name" prop:value=move || name.get() on:input:target=move |ev| name.set(ev.target().value()) />
        </label>
        <label>
            {move || store.t(Msg::Month)}
            <select name="month" on:change:target=move |ev| month.set(ev.target().value().parse().unwrap_or(0))>
                <option value="0">"–"</option>
                {months}
            </select>
        </label>
        <label>
            {move || store.t(Msg::Year)}
            <input name="year" inputmode="numeric" prop:value=move || year.get() on:input:target=move |ev| year.set(ev.target().value()) />
        </label>
        <label>
            {move || store.t(Msg::ColAmountUnit)}
            <select name="unit" on:change:target=move |ev| unit.set(AmountScale::parse(&ev.target().value()).unwrap_or(AmountScale::Tkr))>
                {AmountScale::ALL.map(|u| view! { <option value=u.short() selected=move || unit.get() == u>{u.short()}</option> }).collect_view()}
            </select>
        </label>
    }
}
