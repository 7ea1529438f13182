//! The measures (åtgärder) of one förvaltning, entered and shown as the
//! board decides them: effects and the target as deviations from budget, in
//! the page's unit (tkr or mnkr), kept exactly in tkr.

use crate::ui::state::store::Store;
use crate::ui::widgets::form::{FormAlert, FormError};
use crate::ui::widgets::tables::{head, row};
use budgetkoll::engine::measures::{Measure, MeasurePlan};
use budgetkoll::format;
use budgetkoll::fr1::model::{month_name, Fr1Report};
use budgetkoll::fr1::schema::Row;
use budgetkoll::i18n::Msg;
use budgetkoll::money::{AmountScale, Money};
use budgetkoll::view::decimals;
use budgetkoll::view::followup::{measure_view, parse_in_unit};
use leptos::prelude::*;

/// `tkr` shown in the page's unit as a signed figure: `+30,2`.
fn shown(tkr: Money, unit: AmountScale) -> String {
    format::signed_amount(AmountScale::Tkr.convert(tkr, unit).0, decimals(unit))
}

/// The measures of one förvaltning and their effect on the forecast.
#[component]
pub fn Measures(report: Fr1Report, code: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let plan = {
        let code = code.clone();
        Memo::new(move |_| store.plan(&code))
    };
    // What was wrong with the form or the target, told in the page's language.
    let error = RwSignal::new(None::<FormError>);
    view! {
        <h3>{move || store.t(Msg::MeasuresTitle)}</h3>
        <p class="hint">{move || store.t(Msg::MeasuresHint)}</p>
        <MeasureList code=code.clone() plan=plan />
        <MeasureForm code=code.clone() error=error />
        <TargetInput code=code plan=plan error=error />
        <Outcome report=report plan=plan />
    }
}

/// `Effekt, tkr`: a label with the page's unit.
fn unit_label(store: Store, msg: Msg) -> String {
    msg.fill(store.lang.get(), &[("u", store.shown.unit.get().short())])
}

/// The measures entered, each with its effect and a remove button.
#[component]
fn MeasureList(code: String, plan: Memo<MeasurePlan>) -> impl IntoView {
    let store = expect_context::<Store>();
    let list = move || {
        let unit = store.shown.unit.get();
        let lang = store.lang.get();
        plan.get()
            .measures
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let code = code.clone();
                let month = m.start_month.map(|s| {
                    format!(" · {} {}", store.t(Msg::MeasureFromShort), month_name(s, lang))
                }).unwrap_or_default();
                view! {
                    <li>
                        <strong>{m.text.clone()}</strong>
                        {(!m.decision.is_empty()).then(|| format!(" ({})", m.decision))}
                        " · "{shown(m.effect, unit)}" "{unit.short()}{month}" "
                        <button class="btn btn-quiet edit-only" on:click=move |_| store.update_plan(&code, |p| {
                            if i < p.measures.len() {
                                p.measures.remove(i);
                            }
                        })>{move || store.t(Msg::Remove)}</button>
                    </li>
                }
            })
            .collect_view()
    };
    view! { <ul class="measures" id="measures-list">{list}</ul> }
}

/// The form that adds a measure: what, the decision, the effect in the
/// page's unit and the month it starts.
#[component]
fn MeasureForm(code: String, error: RwSignal<Option<FormError>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let text = RwSignal::new(String::new());
    let decision = RwSignal::new(String::new());
    let effect = RwSignal::new(String::new());
    let start = RwSignal::new(0u8);
    let add = move || {
        if text.get().trim().is_empty() {
            return error.set(Some(FormError::Missing(Msg::MeasureNeedsText)));
        }
        match parse_in_unit(&effect.get(), store.shown.unit.get()) {
            Ok(amount) => {
                error.set(None);
                let measure = Measure {
                    text: text.get().trim().to_string(),
                    decision: decision.get().trim().to_string(),
                    effect: amount,
                    start_month: (start.get() > 0).then_some(start.get()),
                };
                store.update_plan(&code, |p| p.measures.push(measure));
                for s in [text, decision, effect] {
                    s.set(String::new());
                }
            }
            Err(e) => error.set(Some(FormError::Field {
                field: Msg::MeasureEffectShort,
                error: e,
            })),
        }
    };
    let months = move || {
        (1..=12u8)
            .map(|m| view! { <option value=m.to_string()>{month_name(m, store.lang.get())}</option> })
            .collect_view()
    };
    view! {
        <form class="measure-form edit-only" on:submit=move |ev| { ev.prevent_default(); add() }>
            <label>{move || store.t(Msg::MeasureText)}
                <input name="text" prop:value=move || text.get() on:input:target=move |ev| text.set(ev.target().value()) />
            </label>
            <label>{move || store.t(Msg::MeasureDecision)}
                <input name="decision" prop:value=move || decision.get() on:input:target=move |ev| decision.set(ev.target().value()) />
            </label>
            <label>{move || unit_label(store, Msg::MeasureEffect)}
                <input name="effect" inputmode="decimal" prop:value=move || effect.get() on:input:target=move |ev| effect.set(ev.target().value()) />
            </label>
            <label>{move || store.t(Msg::MeasureStart)}
                <select name="start" on:change:target=move |ev| start.set(ev.target().value().parse().unwrap_or(0))>
                    <option value="0">"–"</option>
                    {months}
                </select>
            </label>
            <button class="btn btn-primary" type="submit">{move || store.t(Msg::AddMeasure)}</button>
            <FormAlert error=error />
        </form>
    }
}

/// The forecast deviation from budget the board asks for, in the page's unit.
#[component]
fn TargetInput(
    code: String,
    plan: Memo<MeasurePlan>,
    error: RwSignal<Option<FormError>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let target_text = move || {
        let unit = store.shown.unit.get();
        format::amount(
            AmountScale::Tkr.convert(plan.get().target, unit).0,
            decimals(unit),
        )
        .replace('\u{a0}', " ")
    };
    view! {
        <label class="stacked edit-only">
            {move || unit_label(store, Msg::TargetDeviation)}
            <input
                name="target"
                inputmode="decimal"
                prop:value=target_text
                on:change:target=move |ev| {
                    let value = ev.target().value();
                    let target = if value.trim().is_empty() {
                        Ok(Money::ZERO)
                    } else {
                        parse_in_unit(&value, store.shown.unit.get())
                    };
                    match target {
                        Ok(t) => {
                            error.set(None);
                            store.update_plan(&code, |p| p.target = t);
                        }
                        Err(e) => error.set(Some(FormError::Field {
                            field: Msg::ColTarget,
                            error: e,
                        })),
                    }
                }
            />
        </label>
    }
}

/// The forecast after the measures against the target, and the verdict.
#[component]
fn Outcome(report: Fr1Report, plan: Memo<MeasurePlan>) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let lang = store.lang.get();
        let v = measure_view(
            &report,
            &plan.get(),
            store.shown.part.get(),
            store.shown.unit.get(),
            lang,
        );
        match v {
            Ok(m) => view! {
                <div class="table-wrap">
                    <table class="figures" id="measures-outcome">
                        {head(store, &[Msg::ColVarYear, Msg::ColEffects, Msg::ColForecastAfter, Msg::ColTarget, Msg::ColGapTarget])}
                        <tbody>{row(Row::Nettoresultat.label().into(), &[&m.forecast, &m.effects, &m.after, &m.target, &m.gap])}</tbody>
                    </table>
                </div>
                <p class="verdict" id="measures-verdict">{m.sentence}</p>
            }
            .into_any(),
            Err(e) => view! { <p class="notice warn">{e.text(lang)}</p> }.into_any(),
        }
    }
}
