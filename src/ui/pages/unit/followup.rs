//! The follow-up sections of the unit view: forecast plausibility, forecast
//! development and accuracy, movement between reports, budget
//! periodisation and measures. A section the shown report has nothing for
//! (no forecast in a year-end or Utfall-only report) is left out.

use super::accuracy::Accuracy;
use super::measures::Measures;
use crate::ui::state::store::Store;
use crate::ui::widgets::chart::{chart_signals, ChartBox};
use crate::ui::widgets::development::DevelopmentSection;
use crate::ui::widgets::tables::{head, row};
use budgetkoll::charts::trend;
use budgetkoll::engine::periodisation::Profile;
use budgetkoll::fr1::model::Fr1Report;
use budgetkoll::fr1::schema::Row;
use budgetkoll::i18n::Msg;
use budgetkoll::view::charts::{trend_table, unit_trend};
use budgetkoll::view::followup::{
    forecast_lines, parse_profile, periodisation_lines, series_lines, ProfileInputError,
};
use leptos::prelude::*;

/// The seasonal profile typed for the förvaltning, read (`None` when none
/// is typed).
type ProfileMemo = Memo<Option<Result<Profile, ProfileInputError>>>;

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
                .work
                .profiles
                .with(|p| p.get(&code).cloned().unwrap_or_default())
        })
    };
    let profile: ProfileMemo = Memo::new(move |_| {
        let text = profile_text.get();
        (!text.trim().is_empty()).then(|| parse_profile(&text))
    });
    let has_forecast = report.prognos.is_some();
    let profile_code = code.clone();
    view! {
        <ForecastCheck report=report.clone() profile=profile />
        <DevelopmentSection unit=code.clone() />
        <Accuracy series=series.clone() />
        <Movements series=series.clone() />
        <Trend series=series profile=profile />
        <Show when=move || has_forecast>
            <ProfileInput code=profile_code.clone() text=profile_text />
        </Show>
        <Periodisation report=report.clone() profile=profile />
        {has_forecast.then(|| view! { <Measures report=report.clone() code=code.clone() /> })}
    }
}

/// Is the forecast plausible: the reported forecast against the run-rate
/// and the seasonal projection (nothing without a forecast).
#[component]
fn ForecastCheck(report: Fr1Report, profile: ProfileMemo) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let p = profile.get().and_then(Result::ok);
        let lines = forecast_lines(
            &report,
            store.shown.part.get(),
            store.shown.unit.get(),
            p.as_ref(),
        );
        if lines.is_empty() {
            return ().into_any();
        }
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
            <h3>{move || store.t(Msg::ForecastTitle)}</h3>
            <p class="hint">{move || store.t(Msg::ForecastHint)}</p>
            <div class="table-wrap">
                <table class="figures" id="forecast-table">
                    {head(store, &[Msg::ColActualYtd, Msg::ColReported, Msg::ColRunRate, Msg::ColDiff, Msg::ColSeasonal, Msg::ColDiff])}
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
        .into_any()
    }
}

/// The net result's movement between the reports of the series.
#[component]
fn Movements(series: Vec<Fr1Report>) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        // Movements come from the accumulated Utfall: a Prognos-only
        // report has none.
        let refs: Vec<&Fr1Report> = series.iter().filter(|r| r.utfall.is_some()).collect();
        if refs.is_empty() {
            return ().into_any();
        }
        let lang = store.lang.get();
        let lines = series_lines(
            &refs,
            Row::Nettoresultat,
            store.shown.part.get(),
            store.shown.unit.get(),
            lang,
        );
        let table = match lines {
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
            Err(e) => view! { <p class="notice warn">{e.text(lang)}</p> }.into_any(),
        };
        view! {
            <h3>{move || store.t(Msg::SeriesTitle)}</h3>
            <div class="table-wrap">{table}</div>
        }
        .into_any()
    }
}

/// The year's accumulated actual per month against budget, as a chart.
#[component]
fn Trend(series: Vec<Fr1Report>, profile: ProfileMemo) -> impl IntoView {
    let store = expect_context::<Store>();
    let model = Memo::new(move |_| {
        let refs: Vec<&Fr1Report> = series.iter().collect();
        let p = profile.get().and_then(Result::ok);
        unit_trend(
            &refs,
            store.shown.part.get(),
            store.shown.unit.get(),
            p.as_ref(),
            store.lang.get(),
        )
    });
    let (laid_out, rows) = chart_signals(model, trend::geometry, trend_table);
    view! {
        <Show when=move || model.with(Option::is_some)>
            <ChartBox id="chart-trend" chart=laid_out table=rows />
        </Show>
    }
}

/// The seasonal profile's twelve monthly weights, typed per förvaltning.
#[component]
fn ProfileInput(code: String, text: Memo<String>) -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <h3>{move || store.t(Msg::ProfileTitle)}</h3>
        <label class="stacked">
            {move || store.t(Msg::ProfileLabel)}
            <input
                id="profile-input"
                class="edit-only"
                inputmode="decimal"
                prop:value=move || text.get()
                on:change:target=move |ev| {
                    let typed = ev.target().value();
                    store.work.profiles.update(|p| {
                        p.insert(code.clone(), typed);
                    });
                }
            />
        </label>
    }
}

/// The budget spread evenly and by the seasonal profile, against the
/// actual (or why the profile cannot be used).
#[component]
fn Periodisation(report: Fr1Report, profile: ProfileMemo) -> impl IntoView {
    let store = expect_context::<Store>();
    move || match profile.get() {
        Some(Ok(p)) => {
            let lines =
                periodisation_lines(&report, store.shown.part.get(), store.shown.unit.get(), &p);
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
        Some(Err(e)) => {
            view! { <p class="notice warn" role="alert">{e.text(store.lang.get())}</p> }.into_any()
        }
        None => ().into_any(),
    }
}
