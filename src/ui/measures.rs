//! The measures (åtgärder) of one förvaltning, entered and shown as the
//! board decides them: effects and the target as deviations from budget, in
//! the page's unit (tkr or mnkr), kept exactly in tkr.

use super::followup::{head, row};
use super::store::Store;
use budgetkoll::engine::measures::Measure;
use budgetkoll::format;
use budgetkoll::fr1::model::{month_name, Fr1Report};
use budgetkoll::i18n::Msg;
use budgetkoll::import::number::NumberError;
use budgetkoll::money::Unit;
use budgetkoll::view::decimals;
use budgetkoll::view::followup::{measure_view, parse_in_unit};
use leptos::prelude::*;

/// `tkr` shown in the page's unit as a signed figure: `+30,2`.
fn shown(tkr: budgetkoll::money::Money, unit: Unit) -> String {
    format::signed_amount(Unit::Tkr.convert(tkr, unit).0, decimals(unit))
}

/// The measures of one förvaltning and their effect on the forecast.
#[component]
pub fn Measures(report: Fr1Report, code: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let text = RwSignal::new(String::new());
    let decision = RwSignal::new(String::new());
    let effect = RwSignal::new(String::new());
    let start = RwSignal::new(0u8);
    // What was wrong with the form: the field (or the whole message) and,
    // for a figure, why it is not one; told in the page's language.
    let error = RwSignal::new(None::<(Msg, Option<NumberError>)>);
    let plan = {
        let code = code.clone();
        Memo::new(move |_| store.plan(&code))
    };
    let unit_label = move |msg: Msg| msg.fill(store.lang.get(), &[("u", store.unit.get().short())]);
    let add_code = code.clone();
    let add = move || {
        if text.get().trim().is_empty() {
            error.set(Some((Msg::MeasureNeedsText, None)));
            return;
        }
        match parse_in_unit(&effect.get(), store.unit.get()) {
            Ok(amount) => {
                error.set(None);
                let measure = Measure {
                    text: text.get().trim().to_string(),
                    decision: decision.get().trim().to_string(),
                    effect: amount,
                    start_month: (start.get() > 0).then_some(start.get()),
                };
                store.update_plan(&add_code, |p| p.measures.push(measure));
                text.set(String::new());
                decision.set(String::new());
                effect.set(String::new());
            }
            Err(e) => error.set(Some((Msg::MeasureEffectShort, Some(e)))),
        }
    };
    let outcome = move || {
        let v = measure_view(
            &report,
            &plan.get(),
            store.part.get(),
            store.unit.get(),
            store.lang.get(),
        );
        match v {
            Ok(m) => view! {
                <div class="table-wrap">
                    <table class="figures" id="measures-outcome">
                        {head(store, &[Msg::ColVarYear, Msg::ColEffects, Msg::ColForecastAfter, Msg::ColTarget, Msg::ColGapTarget])}
                        <tbody>{row("NETTORESULTAT".into(), &[&m.forecast, &m.effects, &m.after, &m.target, &m.gap])}</tbody>
                    </table>
                </div>
                <p class="verdict" id="measures-verdict">{m.sentence}</p>
            }
            .into_any(),
            Err(e) => view! { <p class="notice warn">{e.text(store.lang.get())}</p> }.into_any(),
        }
    };
    let list_code = code.clone();
    let list = move || {
        let unit = store.unit.get();
        plan.get()
            .measures
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let code = list_code.clone();
                let month = m.start_month.map(|s| {
                    let lang = store.lang.get();
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
    let target_code = code.clone();
    let target_text = move || {
        let unit = store.unit.get();
        format::amount(Unit::Tkr.convert(plan.get().target, unit).0, decimals(unit))
            .replace('\u{a0}', " ")
    };
    let months = move || {
        (1..=12u8)
            .map(|m| view! { <option value=m.to_string()>{month_name(m, store.lang.get())}</option> })
            .collect_view()
    };
    view! {
        <h3>{move || store.t(Msg::MeasuresTitle)}</h3>
        <p class="hint">{move || store.t(Msg::MeasuresHint)}</p>
        <ul class="measures" id="measures-list">{list}</ul>
        <form class="measure-form edit-only" on:submit=move |ev| { ev.prevent_default(); add() }>
            <label>{move || store.t(Msg::MeasureText)}
                <input name="text" prop:value=move || text.get() on:input:target=move |ev| text.set(ev.target().value()) />
            </label>
            <label>{move || store.t(Msg::MeasureDecision)}
                <input name="decision" prop:value=move || decision.get() on:input:target=move |ev| decision.set(ev.target().value()) />
            </label>
            <label>{move || unit_label(Msg::MeasureEffect)}
                <input name="effect" inputmode="decimal" prop:value=move || effect.get() on:input:target=move |ev| effect.set(ev.target().value()) />
            </label>
            <label>{move || store.t(Msg::MeasureStart)}
                <select name="start" on:change:target=move |ev| start.set(ev.target().value().parse().unwrap_or(0))>
                    <option value="0">"–"</option>
                    {months}
                </select>
            </label>
            <button class="btn btn-primary" type="submit">{move || store.t(Msg::AddMeasure)}</button>
            {move || error.get().map(|(label, problem)| {
                let lang = store.lang.get();
                let text = match problem {
                    Some(p) => format!("{}: {}", label.text(lang), p.text(lang)),
                    None => label.text(lang).to_string(),
                };
                view! { <p class="notice warn" role="alert">{text}</p> }
            })}
        </form>
        <label class="stacked edit-only">
            {move || unit_label(Msg::TargetDeviation)}
            <input
                name="target"
                inputmode="decimal"
                prop:value=target_text
                on:change:target=move |ev| {
                    let value = ev.target().value();
                    let target = if value.trim().is_empty() {
                        Ok(budgetkoll::money::Money::ZERO)
                    } else {
                        parse_in_unit(&value, store.unit.get())
                    };
                    match target {
                        Ok(t) => {
                            error.set(None);
                            store.update_plan(&target_code, |p| p.target = t);
                        }
                        Err(e) => error.set(Some((Msg::ColTarget, Some(e)))),
                    }
                }
            />
        </label>
        {outcome}
    }
}
