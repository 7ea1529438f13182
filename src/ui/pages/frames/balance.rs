//! The balance requirement per year: revenues, net frames, the wage pot,
//! finance and restructuring give the result; balance-requirement
//! adjustments give the balanskravsresultat; a deficit must be restored
//! within three years (earlier deficits by their own due year), except the
//! part charged to equity for synnerliga skäl.

use super::{amount_input, edit_inputs, read_scenario, shown, Computed};
use crate::ui::state::store::Store;
use crate::ui::widgets::chart::{chart_signals, ChartBox};
use budgetkoll::charts::balance::geometry;
use budgetkoll::frames::balance::{
    checked_total, BalanceInputs, BalanceYear, NamedLine, YearAmount,
};
use budgetkoll::frames::session::REVENUE_LINE;
use budgetkoll::i18n::Msg;
use budgetkoll::money::Money;
use budgetkoll::view::charts::{balance_chart, balance_table};
use leptos::prelude::*;

/// Sets `year`'s amount of the line named `name` in `lines` (created when
/// missing).
fn set_line(lines: &mut Vec<NamedLine>, name: &str, year: i32, amount: Money) {
    let i = match lines.iter().position(|l| l.name == name) {
        Some(i) => i,
        None => {
            lines.push(NamedLine {
                name: name.to_string(),
                amounts: Vec::new(),
            });
            lines.len() - 1
        }
    };
    lines[i].amounts.retain(|a| a.year != year);
    lines[i].amounts.push(YearAmount { year, amount });
}

const FINANCE_LINE: &str = "Finansnetto";
const ADJUSTMENT_LINE: &str = "Balanskravsjusteringar";

/// Which input line a row edits.
#[derive(Clone, Copy)]
enum Line {
    Revenue,
    Finance,
    Adjustment,
}

impl Line {
    fn name(self) -> &'static str {
        match self {
            Line::Revenue => REVENUE_LINE,
            Line::Finance => FINANCE_LINE,
            Line::Adjustment => ADJUSTMENT_LINE,
        }
    }

    fn of(self, i: &mut BalanceInputs) -> &mut Vec<NamedLine> {
        match self {
            Line::Revenue => &mut i.revenues,
            Line::Finance => &mut i.finance,
            Line::Adjustment => &mut i.adjustments,
        }
    }

    /// The amount entered for `year`: zero for one past `Decimal`'s range
    /// (only a crafted link has one), which the balance names as too large.
    fn read(self, i: &BalanceInputs, year: i32) -> Money {
        let lines = match self {
            Line::Revenue => &i.revenues,
            Line::Finance => &i.finance,
            Line::Adjustment => &i.adjustments,
        };
        checked_total(lines.iter().map(|l| l.in_year(year))).unwrap_or_default()
    }
}

/// The balance of the scenario shown, when it has balance inputs.
type Shown = Memo<Option<budgetkoll::frames::balance::BalanceView>>;

#[component]
pub fn BalanceView(result: Computed) -> impl IntoView {
    let store = expect_context::<Store>();
    let view: Shown = Memo::new(move |_| {
        result.with(|r| match r {
            Some(Ok(r)) => r.balance.clone(),
            _ => None,
        })
    });
    view! {
        <section class="card" id="balance">
            <h2>{move || store.t(Msg::FrBalanceTitle)}</h2>
            <p class="hint">{move || store.t(Msg::FrBalanceHint)}</p>
            <BalanceChart result=result />
            <BalanceTable view=view />
            <Show when=move || view.with(Option::is_some)>
                <BalanceNotes view=view />
            </Show>
            <super::balance_inputs::BalanceInputsForm />
        </section>
    }
}

/// The balance result per year as a chart.
#[component]
fn BalanceChart(result: Computed) -> impl IntoView {
    let store = expect_context::<Store>();
    let chart = Memo::new(move |_| {
        let lang = store.lang.get();
        result.with(|r| match r {
            Some(Ok(r)) => balance_chart(r, lang),
            _ => None,
        })
    });
    let (laid_out, table) = chart_signals(chart, geometry, balance_table);
    view! {
        <Show when=move || chart.with(Option::is_some)>
            <ChartBox id="chart-balance" chart=laid_out table=table />
        </Show>
    }
}

/// The balance table: the inputs to type per year and the figures they
/// give. Built when its years change; a new result only changes the
/// figures in its cells.
#[component]
fn BalanceTable(view: Shown) -> impl IntoView {
    let store = expect_context::<Store>();
    let years = Memo::new(move |_| {
        view.with(|b| {
            b.as_ref()
                .map(|b| b.years.iter().map(|y| y.year).collect::<Vec<_>>())
        })
    });
    move || {
        let years = years.get()?;
        let unit = move || view.with(|b| b.as_ref().map(|b| b.unit).unwrap_or_default());
        let head = years
            .iter()
            .map(|y| view! { <th scope="col" class="num">{*y}</th> })
            .collect::<Vec<_>>();
        let input = |label, id, line| input_row(store, &years, label, id, line);
        let row = |label, pick, class| figure_row(store, view, years.len(), label, pick, class);
        Some(view! {
            <div class="table-wrap">
                <table class="figures pinned" id="balance-table">
                    <caption>{move || format!("{} · {}", store.t(Msg::FrBalanceTitle), unit().short())}</caption>
                    <thead><tr><th scope="col"></th>{head}</tr></thead>
                    <tbody>
                        {input(Msg::FrRevenues, "revenue", Line::Revenue)}
                        {row(Msg::FrNetFrames, |y| y.net_frames, "")}
                        {row(Msg::FrWagePot, |y| y.wage_pot, "")}
                        {input(Msg::FrFinance, "finance", Line::Finance)}
                        {row(Msg::FrPlanCost, |y| y.restructuring_cost, "")}
                        {row(Msg::FrPlanSavings, |y| y.restructuring_savings, "")}
                        {row(Msg::FrResult, |y| y.result, "result total")}
                        {input(Msg::FrAdjustments, "adjustment", Line::Adjustment)}
                        {row(Msg::FrBalanceResult, |y| y.balance_result, "result")}
                        {row(Msg::FrChargedToEquity, |y| y.charged_to_equity, "")}
                        {row(Msg::FrRestored, |y| y.restored, "")}
                        {row(Msg::FrRemaining, |y| y.remaining_obligation, "")}
                        {row(Msg::FrOverdue, |y| y.overdue, "")}
                        {row(Msg::FrEquity, |y| y.closing_equity, "")}
                    </tbody>
                </table>
            </div>
        })
    }
}

/// A row of the balance table typed per year (`line`'s amounts).
fn input_row(
    store: Store,
    years: &[i32],
    label: Msg,
    id: &'static str,
    line: Line,
) -> impl IntoView {
    let cells = years
        .iter()
        .map(|&year| {
            let value = Signal::derive(move || {
                read_scenario(store, |sc| sc.balance.as_ref().map(|i| line.read(i, year)).unwrap_or_default())
            });
            let set = move |m: Money| edit_inputs(store, |i| set_line(line.of(i), line.name(), year, m));
            view! { <td class="num">{amount_input(format!("{id}-{year}"), format!("{} {year}", store.t(label)), value, set)}</td> }
        })
        .collect::<Vec<_>>();
    view! { <tr class="input-row"><th scope="row">{move || store.t(label)}</th>{cells}</tr> }
}

/// A row of figures the balance gives per year (`pick`); a `result` row
/// is signed in colour.
fn figure_row(
    store: Store,
    view: Shown,
    years: usize,
    label: Msg,
    pick: fn(&BalanceYear) -> Money,
    class: &'static str,
) -> impl IntoView {
    let unit = move || view.with(|b| b.as_ref().map(|b| b.unit).unwrap_or_default());
    let cells = (0..years)
        .map(|i| {
            let figure = move || view.with(|b| b.as_ref().and_then(|b| b.years.get(i)).map(pick));
            let sign = move || match (class.starts_with("result"), figure() < Some(Money::ZERO)) {
                (false, _) => "num",
                (true, true) => "num neg",
                (true, false) => "num pos",
            };
            view! { <td class=sign>{move || figure().map(|m| shown(m, unit()))}</td> }
        })
        .collect::<Vec<_>>();
    view! { <tr class=class><th scope="row">{move || store.t(label)}</th>{cells}</tr> }
}

/// What is left to restore and when, and when each restructuring pays back.
#[component]
fn BalanceNotes(view: Shown) -> impl IntoView {
    let store = expect_context::<Store>();
    let obligations = Memo::new(move |_| {
        let lang = store.lang.get();
        view.with(|b| {
            b.iter()
                .flat_map(|b| b.obligations.iter().map(move |o| (o, b.unit)))
                .filter(|(o, _)| !o.remaining.is_zero())
                .map(|(o, unit)| o.describe(unit, lang))
                .collect::<Vec<_>>()
        })
    });
    let paybacks = Memo::new(move |_| {
        let lang = store.lang.get();
        view.with(|b| {
            b.iter()
                .flat_map(|b| &b.paybacks)
                .map(|p| match p.year {
                    Some(y) => {
                        Msg::FrPaybackIn.fill(lang, &[("name", &p.name), ("year", &y.to_string())])
                    }
                    None => Msg::FrPaybackNever.fill(lang, &[("name", &p.name)]),
                })
                .collect::<Vec<_>>()
        })
    });
    let items = move |list: Memo<Vec<String>>| {
        move || {
            list.with(|l| {
                l.iter()
                    .map(|t| view! { <li>{t.clone()}</li> })
                    .collect::<Vec<_>>()
            })
        }
    };
    view! {
        <ul class="obligations" id="obligations">{items(obligations)}</ul>
        <ul class="paybacks" id="paybacks">{items(paybacks)}</ul>
    }
}
