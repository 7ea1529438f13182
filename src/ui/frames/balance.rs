//! The balance requirement per year: revenues, frames, wage pot and finance
//! give the result; a negative balance result must be restored within three
//! years; a restructuring plan shows its effect and payback year.

use super::{shown, update_scenario};
use crate::ui::chart::{chart_width, ChartBox};
use crate::ui::store::Store;
use budgetkoll::charts::{balance::render, Layout};
use budgetkoll::frames::balance::{BalanceInputs, NamedLine, RestructuringPlan, YearAmount};
use budgetkoll::frames::scenario::{ScenarioError, ScenarioResult};
use budgetkoll::frames::session::{FramesSession, REVENUE_LINE};
use budgetkoll::i18n::Msg;
use budgetkoll::import::number::parse_sv_number;
use budgetkoll::money::Money;
use budgetkoll::view::charts::{balance_chart, balance_table};
use leptos::prelude::*;

type Result = Option<std::result::Result<ScenarioResult, ScenarioError>>;

/// Sets `year`'s amount of the line named `name` in `lines` (created when
/// missing).
fn set_line(lines: &mut Vec<NamedLine>, name: &str, year: i32, amount: Money) {
    let line = match lines.iter().position(|l| l.name == name) {
        Some(i) => &mut lines[i],
        None => {
            lines.push(NamedLine {
                name: name.to_string(),
                amounts: Vec::new(),
            });
            let last = lines.len() - 1;
            &mut lines[last]
        }
    };
    line.amounts.retain(|a| a.year != year);
    line.amounts.push(YearAmount { year, amount });
}

const FINANCE_LINE: &str = "Finansnetto";

fn edit_inputs(store: Store, change: impl FnOnce(&mut BalanceInputs)) {
    update_scenario(store, |sc| {
        if let Some(b) = sc.balance.as_mut() {
            change(b);
        }
    });
}

fn amount_input(
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
            prop:value=move || value.get().0.normalize().to_string().replace('.', ",")
            on:change:target=move |ev| {
                if let Ok(v) = parse_sv_number(&ev.target().value()) {
                    set(Money(v));
                }
            }
        />
    }
}

#[component]
pub fn BalanceView(result: Memo<Result>) -> impl IntoView {
    let store = expect_context::<Store>();
    let inputs = Memo::new(move |_| {
        store.frames.with(|s| {
            s.as_ref()
                .and_then(FramesSession::scenario)
                .and_then(|sc| sc.balance.clone())
        })
    });
    let table = move || {
        let Some(Ok(r)) = result.get() else {
            return None;
        };
        let b = r.balance?;
        let unit = b.unit;
        let years: Vec<i32> = b.years.iter().map(|y| y.year).collect();
        let head = years
            .iter()
            .map(|y| view! { <th scope="col" class="num">{*y}</th> })
            .collect_view();
        let input_row = |label: Msg, id: &'static str, name: &'static str, revenue: bool| {
            let cells = years
                .iter()
                .map(|&year| {
                    let value = Signal::derive(move || {
                        inputs
                            .get()
                            .map(|i| {
                                let lines = if revenue { &i.revenues } else { &i.finance };
                                lines.iter().find(|l| l.name == name).map_or(Money::ZERO, |l| l.in_year(year))
                            })
                            .unwrap_or_default()
                    });
                    let set = move |m: Money| {
                        edit_inputs(store, |i| {
                            let lines = if revenue { &mut i.revenues } else { &mut i.finance };
                            set_line(lines, name, year, m);
                        })
                    };
                    view! { <td class="num">{amount_input(format!("{id}-{year}"), format!("{} {year}", store.t(label)), value, set)}</td> }
                })
                .collect_view();
            view! { <tr class="input-row"><th scope="row">{move || store.t(label)}</th>{cells}</tr> }
        };
        let row = |label: Msg, values: Vec<Money>, class: &'static str| {
            let cells = values
                .into_iter()
                .map(|m| {
                    let sign = if class == "result" {
                        if m.0.is_sign_negative() && !m.is_zero() {
                            "num neg"
                        } else {
                            "num pos"
                        }
                    } else {
                        "num"
                    };
                    view! { <td class=sign>{shown(m, unit)}</td> }
                })
                .collect_view();
            view! { <tr class=class><th scope="row">{move || store.t(label)}</th>{cells}</tr> }
        };
        let pick = |f: fn(&budgetkoll::frames::balance::BalanceYear) -> Money| {
            b.years.iter().map(f).collect::<Vec<_>>()
        };
        let obligations = b
            .obligations
            .iter()
            .map(|o| view! { <li>{o.describe(unit)}</li> })
            .collect_view();
        Some(view! {
            <div class="table-wrap">
                <table class="figures" id="balance-table">
                    <thead><tr><th scope="col"></th>{head}</tr></thead>
                    <tbody>
                        {input_row(Msg::FrRevenues, "revenue", REVENUE_LINE, true)}
                        {row(Msg::FrNetFrames, pick(|y| y.net_frames), "")}
                        {row(Msg::FrWagePot, pick(|y| y.wage_pot), "")}
                        {input_row(Msg::FrFinance, "finance", FINANCE_LINE, false)}
                        {row(Msg::FrPlanCost, pick(|y| y.plan_cost), "")}
                        {row(Msg::FrPlanSavings, pick(|y| y.plan_savings), "")}
                        {row(Msg::FrResult, pick(|y| y.result), "result total")}
                        {row(Msg::FrBalanceResult, pick(|y| y.balance_result), "result")}
                        {row(Msg::FrEquity, pick(|y| y.closing_equity), "")}
                        {row(Msg::FrRemaining, pick(|y| y.remaining_obligation), "")}
                        {row(Msg::FrOverdue, pick(|y| y.overdue), "")}
                    </tbody>
                </table>
            </div>
            <ul class="obligations" id="obligations">{obligations}</ul>
            {b.payback_year.map(|y| view! { <p id="payback">{move || store.t(Msg::FrPayback)}" "{y}</p> })}
        })
    };
    let chart = Memo::new(move |_| match result.get() {
        Some(Ok(r)) => balance_chart(&r, store.lang.get()),
        _ => None,
    });
    let width = chart_width();
    let svg = Signal::derive(move || {
        chart
            .get()
            .map(|c| render(&c, &Layout::new(width.get(), store.lang.get())))
            .unwrap_or_default()
    });
    let chart_table = Signal::derive(move || {
        chart
            .get()
            .map(|c| balance_table(&c, store.lang.get()))
            .unwrap_or_default()
    });
    view! {
        <section class="card" id="balance">
            <h2>{move || store.t(Msg::FrBalanceTitle)}</h2>
            <p class="hint">{move || store.t(Msg::FrBalanceHint)}</p>
            <Show when=move || chart.with(Option::is_some)>
                <ChartBox id="chart-balance" svg=svg table=chart_table />
            </Show>
            {table}
            <Plan />
        </section>
    }
}

/// The restructuring plan's inputs: cost per year, savings from a year on.
#[component]
fn Plan() -> impl IntoView {
    let store = expect_context::<Store>();
    let plan = Memo::new(move |_| {
        store.frames.with(|s| {
            s.as_ref()
                .and_then(FramesSession::scenario)
                .and_then(|sc| sc.balance.as_ref().and_then(|b| b.plan.clone()))
        })
    });
    let years = Memo::new(move |_| {
        store.frames.with(|s| {
            s.as_ref()
                .and_then(FramesSession::scenario)
                .map(|sc| sc.rules.horizon().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let edit_plan = move |change: Box<dyn FnOnce(&mut RestructuringPlan)>| {
        edit_inputs(store, |i| {
            let first = years.get_untracked().first().copied().unwrap_or_default();
            let p = i.plan.get_or_insert_with(|| RestructuringPlan {
                name: "Omställning".to_string(),
                costs: Vec::new(),
                savings_per_year: Money::ZERO,
                savings_from: first + 1,
            });
            change(p);
        })
    };
    let cost_inputs = move || {
        years
            .get()
            .into_iter()
            .map(|year| {
                let value = Signal::derive(move || plan.get().map_or(Money::ZERO, |p| p.cost_in(year)));
                let set = move |m: Money| {
                    edit_plan(Box::new(move |p| {
                        p.costs.retain(|c| c.year != year);
                        p.costs.push(YearAmount { year, amount: m });
                    }))
                };
                view! {
                    <label>{format!("{} {year}", store.t(Msg::FrPlanCost))}
                        {amount_input(format!("plan-cost-{year}"), format!("{} {year}", store.t(Msg::FrPlanCost)), value, set)}
                    </label>
                }
            })
            .collect_view()
    };
    let savings = Signal::derive(move || plan.get().map_or(Money::ZERO, |p| p.savings_per_year));
    view! {
        <h3>{move || store.t(Msg::FrPlanTitle)}</h3>
        <div class="measure-form edit-only">
            {cost_inputs}
            <label>{move || store.t(Msg::FrPlanSavingsPerYear)}
                {amount_input("plan-savings".into(), store.t(Msg::FrPlanSavingsPerYear).into(), savings, move |m| edit_plan(Box::new(move |p| p.savings_per_year = m)))}
            </label>
            <label>{move || store.t(Msg::FrPlanFrom)}
                <select id="plan-from" on:change:target=move |ev| {
                    if let Ok(y) = ev.target().value().parse::<i32>() {
                        edit_plan(Box::new(move |p| p.savings_from = y));
                    }
                }>
                    {move || {
                        let from = plan.get().map(|p| p.savings_from);
                        years.get().into_iter().map(|y| view! { <option value=y.to_string() selected=from == Some(y)>{y}</option> }).collect_view()
                    }}
                </select>
            </label>
        </div>
    }
}
