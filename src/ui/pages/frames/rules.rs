//! The percentages of the planning directive: general indexation per
//! category for the years the rules compute, and over the whole plan the
//! wage increase held in the central pot and the efficiency requirement
//! (with whether it compounds, whether it is taken off the frames, and who
//! is exempt). Each percentage has a number field and a slider bound to the
//! same value, both labelled and keyboard-operable.

use super::pickers::unit_names;
use super::{computed_years, plan_years, read_scenario, update_scenario};
use crate::ui::state::store::Store;
use budgetkoll::frames::model::Category;
use budgetkoll::frames::rules::{percent_in, set_percent, Rules};
use budgetkoll::i18n::Msg;
use budgetkoll::import::number::parse_sv_number;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// What a percent control changes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Knob {
    Index(Category),
    Wage,
    Efficiency,
}

impl Knob {
    fn get(self, rules: &Rules, year: i32) -> Decimal {
        match self {
            Knob::Index(c) => rules.general_rate(c, year).0,
            Knob::Wage => percent_in(&rules.wage.rates, year).0,
            Knob::Efficiency => percent_in(&rules.efficiency.rates, year).0,
        }
    }

    fn set(self, rules: &mut Rules, year: i32, percent: Decimal) {
        match self {
            Knob::Index(c) => rules.set_indexation(c, year, percent),
            Knob::Wage => set_percent(&mut rules.wage.rates, year, percent),
            Knob::Efficiency => set_percent(&mut rules.efficiency.rates, year, percent),
        }
    }

    fn id(self) -> String {
        match self {
            Knob::Index(c) => format!("idx-{}", c.key()),
            Knob::Wage => "wage".to_string(),
            Knob::Efficiency => "eff".to_string(),
        }
    }
}

fn percent_cell(store: Store, knob: Knob, year: i32, label: String) -> impl IntoView {
    let value = Memo::new(move |_| read_scenario(store, |sc| knob.get(&sc.rules, year)));
    let set = move |text: String| {
        if let Ok(p) = parse_sv_number(&text) {
            update_scenario(store, |sc| knob.set(&mut sc.rules, year, p));
        }
    };
    let id = format!("{}-{year}", knob.id());
    let (num_id, range_id) = (id.clone(), format!("{id}-slider"));
    let l1 = label.clone();
    let l2 = move || Msg::FrSliderLabel.fill(store.lang.get(), &[("label", &label)]);
    view! {
        <td class="rule-cell">
            <input
                id=num_id
                type="number"
                step="0.1"
                min="-20"
                max="20"
                aria-label=l1
                prop:value=move || value.get().normalize().to_string()
                on:change:target=move |ev| set(ev.target().value())
            />
            <input
                id=range_id
                type="range"
                step="0.1"
                min="-5"
                max="10"
                aria-label=l2
                prop:value=move || value.get().normalize().to_string()
                on:input:target=move |ev| set(ev.target().value())
            />
        </td>
    }
}

/// A table of percent rows over `years`.
fn percent_table(
    store: Store,
    id: &'static str,
    years: Memo<Vec<i32>>,
    knobs: impl Fn() -> Vec<(Knob, String)> + Send + Sync + 'static,
) -> impl IntoView {
    let body = move || {
        knobs()
            .into_iter()
            .map(|(knob, label)| {
                let cells = years
                    .get()
                    .into_iter()
                    .map(|y| percent_cell(store, knob, y, format!("{label} {y}, %")))
                    .collect::<Vec<_>>();
                view! { <tr><th scope="row">{label}</th>{cells}</tr> }
            })
            .collect::<Vec<_>>()
    };
    view! {
        <div class="table-wrap">
            <table class="figures pinned rules" id=id>
                <thead>
                    <tr>
                        <th scope="col">"%"</th>
                        {move || years.get().into_iter().map(|y| view! { <th scope="col" class="num">{y}</th> }).collect::<Vec<_>>()}
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}

#[component]
pub fn RulesPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let computed = Memo::new(move |_| computed_years(store));
    let all = Memo::new(move |_| plan_years(store));
    let index_rows = move || {
        Category::IPDK
            .into_iter()
            .chain([Category::Finansen])
            .map(|c| {
                let label = format!(
                    "{} {}",
                    store.t(Msg::FrIndexation),
                    c.label().to_lowercase()
                );
                (Knob::Index(c), label)
            })
            .collect()
    };
    let plan_rows = move || {
        vec![
            (Knob::Wage, store.t(Msg::FrWage).to_string()),
            (Knob::Efficiency, store.t(Msg::FrEfficiency).to_string()),
        ]
    };
    view! {
        <section class="card edit-only" id="frames-rules">
            <h2>{move || store.t(Msg::FrRules)}</h2>
            <h3>{move || store.t(Msg::FrIndexationTitle)}</h3>
            <Show
                when=move || !computed.get().is_empty()
                fallback=move || view! { <p class="hint">{move || store.t(Msg::FrNothingComputed)}</p> }
            >
                <p class="hint">{move || store.t(Msg::FrRulesHint)}</p>
                {percent_table(store, "index-rates", computed, index_rows)}
                <super::exceptions::Exceptions />
                <super::changes::Changes />
            </Show>
            <h3>{move || store.t(Msg::FrPlanRulesTitle)}</h3>
            <p class="hint">{move || store.t(Msg::FrPlanRulesHint)}</p>
            {percent_table(store, "plan-rates", all, plan_rows)}
            <EfficiencyOptions />
        </section>
    }
}

/// Whether the efficiency requirement compounds and is taken off, and who
/// is exempt from it and from the wage pot.
#[component]
fn EfficiencyOptions() -> impl IntoView {
    let store = expect_context::<Store>();
    let check =
        |id: &'static str, label: Msg, get: fn(&Rules) -> bool, set: fn(&mut Rules, bool)| {
            view! {
                <label class="check">
                    <input
                        type="checkbox"
                        id=id
                        prop:checked=move || read_scenario(store, |sc| get(&sc.rules))
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            update_scenario(store, |sc| set(&mut sc.rules, on));
                        }
                    />
                    {move || store.t(label)}
                </label>
            }
        };
    view! {
        <div class="options">
            {check("eff-compound", Msg::FrEfficiencyCompound, |r| r.efficiency.compound, |r, on| r.efficiency.compound = on)}
            {check("eff-deduct", Msg::FrEfficiencyDeduct, |r| r.efficiency.deduct, |r, on| r.efficiency.deduct = on)}
        </div>
        {exempt_list(store, "eff-exempt", Msg::FrEfficiencyExempt, |r| &mut r.efficiency.exempt, |r| r.efficiency.exempt.clone())}
        {exempt_list(store, "wage-exempt", Msg::FrWageExempt, |r| &mut r.wage.exempt, |r| r.wage.exempt.clone())}
    }
}

/// The förvaltningar exempt from a rule, each removable, and a select to
/// add one.
fn exempt_list(
    store: Store,
    id: &'static str,
    label: Msg,
    list: fn(&mut Rules) -> &mut Vec<String>,
    names: fn(&Rules) -> Vec<String>,
) -> impl IntoView {
    let units = unit_names(store);
    let current = Memo::new(move |_| read_scenario(store, |sc| names(&sc.rules)));
    view! {
        <div class="exempt" id=id>
            <label>{move || store.t(label)}
                <select on:change:target=move |ev| {
                    let name = ev.target().value();
                    if !name.is_empty() {
                        update_scenario(store, |sc| {
                            let l = list(&mut sc.rules);
                            if !l.contains(&name) {
                                l.push(name);
                            }
                        });
                    }
                    ev.target().set_value("");
                }>
                    <option value="">{move || store.t(Msg::FrAddExempt)}</option>
                    {move || current.with(|current| units.get().into_iter().filter(|u| !current.contains(u)).map(|u| view! { <option value=u.clone()>{u.clone()}</option> }).collect::<Vec<_>>())}
                </select>
            </label>
            <ul class="chips">
                {move || current.get().into_iter().map(|name| {
                    let remove = name.clone();
                    view! {
                        <li>
                            {name.clone()}
                            " "
                            <button
                                class="btn btn-quiet"
                                aria-label=format!("{} {name}", store.t(Msg::Remove))
                                on:click=move |_| update_scenario(store, |sc| list(&mut sc.rules).retain(|n| *n != remove))
                            >"×"</button>
                        </li>
                    }
                }).collect::<Vec<_>>()}
            </ul>
        </div>
    }
}
