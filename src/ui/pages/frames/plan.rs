//! The plan period and the base year the rules compute from, with a line
//! saying which years are decided and which computed, and what reading
//! the table found, folded under a count.

use super::{memo, update_session, Computed};
use crate::ui::state::store::Store;
use budgetkoll::frames::rules::{MAX_HORIZON, MIN_HORIZON};
use budgetkoll::i18n::Msg;
use budgetkoll::view::frames::{findings, legend};
use leptos::prelude::*;

/// A labelled select of years; `pick` gets the chosen one.
fn year_select(
    id: &'static str,
    label: Msg,
    options: Memo<Vec<i32>>,
    current: Memo<i32>,
    pick: impl Fn(i32) + 'static,
) -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <label>{move || store.t(label)}
            <select id=id on:change:target=move |ev| {
                if let Ok(y) = ev.target().value().parse::<i32>() {
                    pick(y);
                }
            }>
                {move || options.get().into_iter().map(|y| view! {
                    <option value=y.to_string() prop:selected=move || y == current.get()>{y}</option>
                }).collect::<Vec<_>>()}
            </select>
        </label>
    }
}

#[component]
pub fn PlanPanel(result: Computed) -> impl IntoView {
    let store = expect_context::<Store>();
    // First plan years to choose from: the decided years and the one after.
    let firsts = memo(store, |s| {
        let (lo, hi) = (
            s.table.years.first().copied(),
            s.table.years.last().copied(),
        );
        match (lo, hi) {
            (Some(lo), Some(hi)) => (lo..=hi + 1).collect(),
            _ => Vec::new(),
        }
    });
    let lengths = Memo::new(|_| {
        (MIN_HORIZON..=MAX_HORIZON)
            .map(i32::from)
            .collect::<Vec<_>>()
    });
    let bases = memo(store, |s| s.base_choices().to_vec());
    let (first, years, base) = (
        memo(store, |s| s.plan.first),
        memo(store, |s| i32::from(s.plan.years)),
        memo(store, |s| s.plan.base),
    );
    let legend = Memo::new(move |_| {
        let lang = store.lang.get();
        result.with(|r| match r {
            Some(Ok(r)) => Some(legend(&r.frames, lang)),
            _ => None,
        })
    });
    let found = Memo::new(move |_| {
        let lang = store.lang.get();
        store
            .work
            .frames
            .with(|s| s.as_ref().and_then(|s| findings(&s.findings, lang)))
    });
    view! {
        <section class="card" id="frames-plan">
            <h2>{move || store.t(Msg::FrPlanPeriod)}</h2>
            <p class="legend" id="frames-legend">{move || legend.get()}</p>
            <div class="measure-form edit-only">
                {year_select("plan-first", Msg::FrPlanFirst, firsts, first, move |y| update_session(store, |s| s.plan.first = y))}
                {year_select("plan-years", Msg::FrPlanYears, lengths, years, move |n| update_session(store, |s| s.plan.years = u8::try_from(n).unwrap_or(MIN_HORIZON)))}
                {year_select("plan-base", Msg::FrPlanBase, bases, base, move |y| update_session(store, |s| s.plan.base = y))}
            </div>
            <p class="hint edit-only">{move || store.t(Msg::FrPlanHint)}</p>
            {move || found.get().map(|f| {
                let items = f.items.into_iter().map(|(cell, text, class)| view! {
                    <li class=format!("finding {class}")>
                        {(!cell.is_empty()).then(|| view! { <span class="cell">{cell}": "</span> })}
                        {text}
                    </li>
                }).collect::<Vec<_>>();
                view! {
                    <details class="frame-findings" id="frame-findings" open=f.open>
                        <summary>{f.summary}</summary>
                        <ul class="findings">{items}</ul>
                    </details>
                }
            })}
        </section>
    }
}
