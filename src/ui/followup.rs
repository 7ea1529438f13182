//! The follow-up sections of the unit view: forecast plausibility, forecast
//! accuracy, movement between reports, budget periodisation and measures.

use super::chart::{chart_width, ChartBox};
use super::store::Store;
use super::tables::fig_cell;
use budgetkoll::charts::{trend, Layout};
use budgetkoll::engine::measures::Measure;
use budgetkoll::fr1::model::{month_name, Fr1Report};
use budgetkoll::fr1::schema::Row;
use budgetkoll::i18n::Msg;
use budgetkoll::import::number::parse_sv_number;
use budgetkoll::money::Money;
use budgetkoll::view::charts::{trend_table, unit_trend};
use budgetkoll::view::followup::{
    accuracy_lines, forecast_lines, measure_view, parse_profile, periodisation_lines, series_lines,
};
use budgetkoll::view::Fig;
use leptos::prelude::*;

fn head(store: Store, cols: &[Msg]) -> impl IntoView {
    let cells = cols
        .iter()
        .map(|&m| view! { <th scope="col" class="num">{move || store.t(m)}</th> })
        .collect_view();
    view! { <thead><tr><th scope="col"></th>{cells}</tr></thead> }
}

fn row(label: String, figs: &[&Fig]) -> impl IntoView {
    let cells = figs.iter().map(|f| fig_cell(f)).collect_view();
    view! { <tr><th scope="row">{label}</th>{cells}</tr> }
}

/// Every follow-up section for `report` (the one shown) and all reports of
/// the same förvaltning and year (`series`).
#[component]
pub fn FollowUp(report: Fr1Report, series: Vec<Fr1Report>) -> impl IntoView {
    let store = expect_context::<Store>();
    let code = report
        .meta
        .unit_id
        .as_ref()
        .map(|u| u.code.clone())
        .unwrap_or_default();
    let profile_text = {
        let code = code.clone();
        Memo::new(move |_| {
            store
                .profiles
                .with(|p| p.get(&code).cloned().unwrap_or_default())
        })
    };
    let profile = Memo::new(move |_| {
        let text = profile_text.get();
        (!text.trim().is_empty()).then(|| parse_profile(&text))
    });
    let forecast = {
        let report = report.clone();
        move || {
            let p = profile.get().and_then(Result::ok);
            let lines = forecast_lines(&report, store.part.get(), store.unit.get(), p.as_ref());
            let rows = lines
                .iter()
                .map(|l| {
                    row(
                        l.label.to_string(),
                        &[
                            &l.actual_ytd,
                            &l.reported,
                            &l.run_rate,
                            &l.diff_run_rate,
                            &l.seasonal,
                            &l.diff_seasonal,
                        ],
                    )
                })
                .collect_view();
            view! {
                <table class="figures" id="forecast-table">
                    {head(store, &[Msg::ColActualYtd, Msg::ColReported, Msg::ColRunRate, Msg::ColDiff, Msg::ColSeasonal, Msg::ColDiff])}
                    <tbody>{rows}</tbody>
                </table>
            }
        }
    };
    let series_view = {
        let series = series.clone();
        move || {
            let refs: Vec<&Fr1Report> = series.iter().collect();
            match series_lines(
                &refs,
                Row::Nettoresultat,
                store.part.get(),
                store.unit.get(),
                store.lang.get(),
            ) {
                Ok(lines) => {
                    let rows = lines
                        .iter()
                        .map(|l| {
                            row(
                                format!("{} ({})", l.period, l.span),
                                &[&l.movement, &l.budget, &l.accumulated],
                            )
                        })
                        .collect_view();
                    view! {
                        <table class="figures" id="series-table">
                            {head(store, &[Msg::ColMovement, Msg::ColBudgetPeriod, Msg::ColAccumulated])}
                            <tbody>{rows}</tbody>
                        </table>
                    }
                    .into_any()
                }
                Err(e) => view! { <p class="notice warn">{e}</p> }.into_any(),
            }
        }
    };
    let accuracy = {
        let series = series.clone();
        move || {
            let refs: Vec<&Fr1Report> = series.iter().collect();
            let lines = accuracy_lines(&refs, store.part.get(), store.unit.get(), store.lang.get());
            (!lines.is_empty()).then(|| {
                let rows = lines
                    .iter()
                    .map(|l| row(l.period.clone(), &[&l.forecast, &l.outcome, &l.diff, &l.pct]))
                    .collect_view();
                view! {
                    <h3>{move || store.t(Msg::AccuracyTitle)}</h3>
                    <div class="table-wrap">
                        <table class="figures" id="accuracy-table">
                            {head(store, &[Msg::ColForecast, Msg::ColOutcome, Msg::ColDiff, Msg::ColPct])}
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
            })
        }
    };
    let periodisation = {
        let report = report.clone();
        move || match profile.get() {
            Some(Ok(p)) => {
                let lines = periodisation_lines(&report, store.part.get(), store.unit.get(), &p);
                let rows = lines
                    .iter()
                    .map(|l| {
                        row(
                            l.label.to_string(),
                            &[
                                &l.actual,
                                &l.even_budget,
                                &l.even_variance,
                                &l.seasonal_budget,
                                &l.seasonal_variance,
                            ],
                        )
                    })
                    .collect_view();
                view! {
                    <div class="table-wrap">
                        <table class="figures" id="periodisation-table">
                            {head(store, &[Msg::ColActualYtd, Msg::ColEven, Msg::ColEvenVar, Msg::ColSeasonalBudget, Msg::ColSeasonalVar])}
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }
            Some(Err(e)) => view! { <p class="notice warn" role="alert">{e}</p> }.into_any(),
            None => ().into_any(),
        }
    };
    let width = chart_width();
    let trend_model = {
        let series = series.clone();
        Memo::new(move |_| {
            let refs: Vec<&Fr1Report> = series.iter().collect();
            let p = profile.get().and_then(Result::ok);
            unit_trend(
                &refs,
                store.part.get(),
                store.unit.get(),
                p.as_ref(),
                store.lang.get(),
            )
        })
    };
    let trend_svg = Signal::derive(move || {
        trend_model
            .get()
            .map(|t| trend::render(&t, &Layout::new(width.get(), store.lang.get())))
            .unwrap_or_default()
    });
    let trend_rows = Signal::derive(move || {
        trend_model
            .get()
            .map(|t| trend_table(&t, store.lang.get()))
            .unwrap_or_default()
    });
    let profile_code = code.clone();
    view! {
        <h3>{move || store.t(Msg::ForecastTitle)}</h3>
        <p class="hint">{move || store.t(Msg::ForecastHint)}</p>
        <div class="table-wrap">{forecast}</div>
        {accuracy}
        <h3>{move || store.t(Msg::SeriesTitle)}</h3>
        <div class="table-wrap">{series_view}</div>
        <Show when=move || trend_model.with(Option::is_some)>
            <ChartBox id="chart-trend" svg=trend_svg table=trend_rows />
        </Show>
        <h3>{move || store.t(Msg::ProfileTitle)}</h3>
        <label class="stacked">
            {move || store.t(Msg::ProfileLabel)}
            <input
                id="profile-input"
                class="edit-only"
                inputmode="decimal"
                prop:value=move || profile_text.get()
                on:change:target=move |ev| {
                    let text = ev.target().value();
                    store.profiles.update(|p| {
                        p.insert(profile_code.clone(), text);
                    });
                }
            />
        </label>
        {periodisation}
        <Measures report=report code=code />
    }
}

/// The measures of one förvaltning and their effect on the forecast.
#[component]
fn Measures(report: Fr1Report, code: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let text = RwSignal::new(String::new());
    let decision = RwSignal::new(String::new());
    let effect = RwSignal::new(String::new());
    let start = RwSignal::new(0u8);
    let error = RwSignal::new(None::<String>);
    let plan = {
        let code = code.clone();
        Memo::new(move |_| store.plan(&code))
    };
    let add_code = code.clone();
    let add = move || match parse_sv_number(&effect.get()) {
        Ok(amount) if !text.get().trim().is_empty() => {
            error.set(None);
            let measure = Measure {
                text: text.get().trim().to_string(),
                decision: decision.get().trim().to_string(),
                effect: Money(amount),
                start_month: (start.get() > 0).then_some(start.get()),
            };
            store.update_plan(&add_code, |p| p.measures.push(measure));
            text.set(String::new());
            decision.set(String::new());
            effect.set(String::new());
        }
        Ok(_) => error.set(Some("Skriv vad åtgärden är.".into())),
        Err(e) => error.set(Some(format!("Effekten: {e}"))),
    };
    let outcome = move || {
        let v = measure_view(&report, &plan.get(), store.part.get(), store.unit.get());
        match v {
            Ok(m) => {
                let mut figs = vec![
                    &m.forecast,
                    &m.effects,
                    &m.after,
                    &m.budget,
                    &m.gap_to_budget,
                ];
                let mut cols = vec![
                    Msg::ColForecast,
                    Msg::ColEffects,
                    Msg::ColForecastAfter,
                    Msg::ColBudgetYear,
                    Msg::ColGapBudget,
                ];
                if let Some(g) = &m.gap_to_target {
                    figs.push(g);
                    cols.push(Msg::ColGapTarget);
                }
                view! {
                    <div class="table-wrap">
                        <table class="figures" id="measures-outcome">
                            {head(store, &cols)}
                            <tbody>{row("NETTORESULTAT".into(), &figs)}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }
            Err(e) => view! { <p class="notice warn">{e}</p> }.into_any(),
        }
    };
    let list_code = code.clone();
    let list = move || {
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
                        " · "{budgetkoll::format::signed_amount(m.effect.0, 0)}" tkr"{month}" "
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
    let months = move || {
        (1..=12u8)
            .map(|m| view! { <option value=m.to_string()>{month_name(m, store.lang.get())}</option> })
            .collect_view()
    };
    view! {
        <h3>{move || store.t(Msg::MeasuresTitle)}</h3>
        <ul class="measures" id="measures-list">{list}</ul>
        <form class="measure-form edit-only" on:submit=move |ev| { ev.prevent_default(); add() }>
            <label>{move || store.t(Msg::MeasureText)}
                <input name="text" prop:value=move || text.get() on:input:target=move |ev| text.set(ev.target().value()) />
            </label>
            <label>{move || store.t(Msg::MeasureDecision)}
                <input name="decision" prop:value=move || decision.get() on:input:target=move |ev| decision.set(ev.target().value()) />
            </label>
            <label>{move || store.t(Msg::MeasureEffect)}
                <input name="effect" inputmode="decimal" prop:value=move || effect.get() on:input:target=move |ev| effect.set(ev.target().value()) />
            </label>
            <label>{move || store.t(Msg::MeasureStart)}
                <select name="start" on:change:target=move |ev| start.set(ev.target().value().parse().unwrap_or(0))>
                    <option value="0">"–"</option>
                    {months}
                </select>
            </label>
            <button class="btn btn-primary" type="submit">{move || store.t(Msg::AddMeasure)}</button>
            {move || error.get().map(|e| view! { <p class="notice warn" role="alert">{e}</p> })}
        </form>
        <label class="stacked edit-only">
            {move || store.t(Msg::TargetForecast)}
            <input
                name="target"
                inputmode="decimal"
                prop:value=move || plan.get().target_forecast.map(|t| t.0.to_string().replace('.', ",")).unwrap_or_default()
                on:change:target=move |ev| {
                    let value = ev.target().value();
                    let target = parse_sv_number(&value).ok().map(Money);
                    store.update_plan(&target_code, |p| p.target_forecast = target);
                }
            />
        </label>
        {outcome}
    }
}
