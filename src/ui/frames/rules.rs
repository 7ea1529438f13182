//! The rule controls: indexation per category and year, the wage increase
//! held in the central pot, the efficiency requirement, the shares of a
//! förvaltning's category left out of indexation, and frame changes per
//! förvaltning. Each percentage has a number field and a slider bound to
//! the same value, both labelled and keyboard-operable.

use super::update_scenario;
use crate::ui::store::Store;
use budgetkoll::format;
use budgetkoll::frames::model::Category;
use budgetkoll::frames::rules::{
    ChangeKind, FrameChange, NonIndexed, NonIndexedPortion, Percent, Rules, YearPercent,
};
use budgetkoll::frames::session::FramesSession;
use budgetkoll::i18n::Msg;
use budgetkoll::import::number::parse_sv_number;
use budgetkoll::money::Money;
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
        let of = |list: &[YearPercent]| {
            list.iter()
                .find(|y| y.year == year)
                .map(|y| y.percent.0)
                .unwrap_or_default()
        };
        match self {
            Knob::Index(c) => rules
                .indexation
                .iter()
                .find(|i| i.category == c && i.year == year)
                .map(|i| i.percent.0)
                .unwrap_or_default(),
            Knob::Wage => of(&rules.wage_increase),
            Knob::Efficiency => of(&rules.efficiency),
        }
    }

    fn set(self, rules: &mut Rules, year: i32, percent: Decimal) {
        match self {
            Knob::Index(c) => rules.set_indexation(c, year, percent),
            Knob::Wage => rules.set_wage_increase(year, percent),
            Knob::Efficiency => rules.set_efficiency(year, percent),
        }
    }

    fn id(self) -> String {
        match self {
            Knob::Index(c) => format!("idx-{c:?}").to_lowercase(),
            Knob::Wage => "wage".to_string(),
            Knob::Efficiency => "eff".to_string(),
        }
    }
}

/// The years after the base year: the ones rules apply to.
fn rule_years(store: Store) -> Vec<i32> {
    store.frames.with(|s| {
        s.as_ref()
            .and_then(FramesSession::scenario)
            .map(|sc| sc.rules.horizon().skip(1).collect())
            .unwrap_or_default()
    })
}

fn percent_cell(store: Store, knob: Knob, year: i32, label: String) -> impl IntoView {
    let value = Memo::new(move |_| {
        store.frames.with(|s| {
            s.as_ref()
                .and_then(FramesSession::scenario)
                .map(|sc| knob.get(&sc.rules, year))
                .unwrap_or_default()
        })
    });
    let set = move |text: String| {
        if let Ok(p) = parse_sv_number(&text) {
            update_scenario(store, |sc| knob.set(&mut sc.rules, year, p));
        }
    };
    let id = format!("{}-{year}", knob.id());
    let (num_id, range_id) = (id.clone(), format!("{id}-slider"));
    let (l1, l2) = (label.clone(), format!("{label} (reglage)"));
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

#[component]
pub fn RulesPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let years = Memo::new(move |_| rule_years(store));
    let knob_row = move |knob: Knob, label: String| {
        let cells = years
            .get()
            .into_iter()
            .map(|y| percent_cell(store, knob, y, format!("{label} {y}, %")))
            .collect_view();
        view! { <tr><th scope="row">{label}</th>{cells}</tr> }
    };
    let body = move || {
        let mut rows = Vec::new();
        for c in [
            Category::Intakter,
            Category::Drift,
            Category::Kapitalkostnader,
        ] {
            rows.push(knob_row(
                Knob::Index(c),
                format!(
                    "{} {}",
                    store.t(Msg::FrIndexation),
                    c.label().to_lowercase()
                ),
            ));
        }
        rows.push(knob_row(Knob::Wage, store.t(Msg::FrWage).to_string()));
        rows.push(knob_row(
            Knob::Efficiency,
            store.t(Msg::FrEfficiency).to_string(),
        ));
        rows.collect_view()
    };
    view! {
        <section class="card edit-only" id="frames-rules">
            <h2>{move || store.t(Msg::FrRules)}</h2>
            <p class="hint">{move || store.t(Msg::FrRulesHint)}</p>
            <div class="table-wrap">
                <table class="figures rules">
                    <thead>
                        <tr>
                            <th scope="col">"%"</th>
                            {move || years.get().into_iter().map(|y| view! { <th scope="col" class="num">{y}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            <NonIndexedShares />
            <Changes />
        </section>
    }
}

/// The förvaltningar of the base, in table order.
fn unit_names(store: Store) -> Memo<Vec<String>> {
    Memo::new(move |_| {
        store.frames.with(|s| {
            s.as_ref()
                .map(|s| {
                    s.base
                        .forvaltningar()
                        .map(|(_, f)| f.name.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    })
}

/// The förvaltning chosen in a form: the first one until another is picked.
fn chosen_unit(units: Memo<Vec<String>>, unit: RwSignal<String>) -> String {
    let picked = unit.get();
    if picked.is_empty() {
        units.get().first().cloned().unwrap_or_default()
    } else {
        picked
    }
}

/// A labelled select of the förvaltningar.
fn unit_select(store: Store, units: Memo<Vec<String>>, unit: RwSignal<String>) -> impl IntoView {
    view! {
        <label>{move || store.t(Msg::ColUnit)}
            <select name="unit" on:change:target=move |ev| unit.set(ev.target().value())>
                {move || units.get().into_iter().map(|u| view! { <option value=u.clone()>{u.clone()}</option> }).collect_view()}
            </select>
        </label>
    }
}

/// A labelled select of the IPDK categories, Drift first chosen.
fn category_select(store: Store, category: RwSignal<Category>) -> impl IntoView {
    view! {
        <label>{move || store.t(Msg::FrCategory)}
            <select name="category" on:change:target=move |ev| {
                if let Some(c) = Category::ALL.into_iter().find(|c| c.label() == ev.target().value()) {
                    category.set(c);
                }
            }>
                {Category::ALL.map(|c| view! { <option value=c.label() selected=c == Category::Drift>{c.label()}</option> }).collect_view()}
            </select>
        </label>
    }
}

/// Parts of a förvaltning's category left out of indexation (purchased
/// specialist care, outpatient drugs), as a share of the base amount.
#[component]
fn NonIndexedShares() -> impl IntoView {
    let store = expect_context::<Store>();
    let units = unit_names(store);
    let unit = RwSignal::new(String::new());
    let category = RwSignal::new(Category::Drift);
    let share = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move || match parse_sv_number(&share.get()) {
        Ok(p) => {
            error.set(None);
            let (who, cat) = (chosen_unit(units, unit), category.get());
            update_scenario(store, |sc| {
                let list = &mut sc.rules.non_indexed;
                list.retain(|x| {
                    !(x.forvaltning == who
                        && x.category == cat
                        && matches!(x.portion, NonIndexedPortion::Share(_)))
                });
                list.push(NonIndexed {
                    forvaltning: who,
                    category: cat,
                    portion: NonIndexedPortion::Share(Percent(p)),
                });
            });
            share.set(String::new());
        }
        Err(e) => error.set(Some(format!("{}: {e}", store.t(Msg::FrNonIndexedShare)))),
    };
    let list = move || {
        store.frames.with(|s| {
            s.as_ref().and_then(FramesSession::scenario).map(|sc| {
                sc.rules
                    .non_indexed
                    .iter()
                    .enumerate()
                    .map(|(i, x)| {
                        let portion = match &x.portion {
                            NonIndexedPortion::Share(p) => format::percent(p.fraction(), false),
                            NonIndexedPortion::Named { name, amount } => {
                                format!("{name}, {} tkr", format::amount(amount.0, 0))
                            }
                        };
                        view! {
                            <li>
                                {format!("{}: {portion} {}", x.forvaltning, x.category.label().to_lowercase())}
                                " "
                                <button class="btn btn-quiet" on:click=move |_| update_scenario(store, |sc| {
                                    if i < sc.rules.non_indexed.len() {
                                        sc.rules.non_indexed.remove(i);
                                    }
                                })>{move || store.t(Msg::Remove)}</button>
                            </li>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <h3>{move || store.t(Msg::FrNonIndexed)}</h3>
        <ul id="non-indexed">{list}</ul>
        <form class="measure-form" id="non-indexed-form" on:submit=move |ev| { ev.prevent_default(); add() }>
            {unit_select(store, units, unit)}
            {category_select(store, category)}
            <label>{move || store.t(Msg::FrNonIndexedShare)}
                <input
                    name="share"
                    type="number"
                    step="0.1"
                    min="0"
                    max="100"
                    prop:value=move || share.get()
                    on:input:target=move |ev| share.set(ev.target().value())
                />
            </label>
            <button class="btn btn-primary" type="submit">{move || store.t(Msg::FrAddNonIndexed)}</button>
            {move || error.get().map(|e| view! { <p class="notice warn" role="alert">{e}</p> })}
        </form>
    }
}

/// Frame changes per förvaltning and year.
#[component]
fn Changes() -> impl IntoView {
    let store = expect_context::<Store>();
    let units = unit_names(store);
    let unit = RwSignal::new(String::new());
    let year = RwSignal::new(0i32);
    let kind = RwSignal::new(ChangeKind::Reduction);
    let category = RwSignal::new(Category::Drift);
    let amount = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move || {
        let who = chosen_unit(units, unit);
        let when = if year.get() == 0 {
            rule_years(store).first().copied().unwrap_or_default()
        } else {
            year.get()
        };
        match parse_sv_number(&amount.get()) {
            Ok(a) => {
                error.set(None);
                let change = FrameChange {
                    forvaltning: who,
                    category: category.get(),
                    year: when,
                    kind: kind.get(),
                    amount: Money(a),
                    note: note.get().trim().to_string(),
                };
                update_scenario(store, |sc| sc.rules.changes.push(change));
                amount.set(String::new());
                note.set(String::new());
            }
            Err(e) => error.set(Some(format!("Beloppet: {e}"))),
        }
    };
    let list = move || {
        store.frames.with(|s| {
            s.as_ref()
                .and_then(FramesSession::scenario)
                .map(|sc| {
                    sc.rules
                        .changes
                        .iter()
                        .enumerate()
                        .map(|(i, c)| {
                            view! {
                                <li>
                                    {format!(
                                        "{} {}: {} {} {} tkr{}",
                                        c.year,
                                        c.forvaltning,
                                        c.kind.label(),
                                        c.category.label().to_lowercase(),
                                        format::signed_amount(c.effect().0, 0),
                                        if c.note.is_empty() { String::new() } else { format!(" ({})", c.note) },
                                    )}
                                    " "
                                    <button class="btn btn-quiet" on:click=move |_| update_scenario(store, |sc| {
                                        if i < sc.rules.changes.len() {
                                            sc.rules.changes.remove(i);
                                        }
                                    })>{move || store.t(Msg::Remove)}</button>
                                </li>
                            }
                        })
                        .collect_view()
                })
        })
    };
    let kinds = [
        ChangeKind::Reduction,
        ChangeKind::Reinforcement,
        ChangeKind::OneOff,
    ];
    view! {
        <h3>{move || store.t(Msg::FrChanges)}</h3>
        <ul id="frame-changes">{list}</ul>
        <form class="measure-form" on:submit=move |ev| { ev.prevent_default(); add() }>
            {unit_select(store, units, unit)}
            {category_select(store, category)}
            <label>{move || store.t(Msg::Year)}
                <select name="year" on:change:target=move |ev| year.set(ev.target().value().parse().unwrap_or(0))>
                    {move || rule_years(store).into_iter().map(|y| view! { <option value=y.to_string()>{y}</option> }).collect_view()}
                </select>
            </label>
            <label>{move || store.t(Msg::FrKind)}
                <select name="kind" on:change:target=move |ev| {
                    if let Some(k) = kinds.into_iter().find(|k| k.label() == ev.target().value()) {
                        kind.set(k);
                    }
                }>
                    {kinds.map(|k| view! { <option value=k.label()>{k.label()}</option> }).collect_view()}
                </select>
            </label>
            <label>{move || store.t(Msg::FrAmount)}
                <input name="amount" inputmode="decimal" prop:value=move || amount.get() on:input:target=move |ev| amount.set(ev.target().value()) />
            </label>
            <label>{move || store.t(Msg::FrNote)}
                <input name="note" prop:value=move || note.get() on:input:target=move |ev| note.set(ev.target().value()) />
            </label>
            <button class="btn btn-primary" type="submit">{move || store.t(Msg::FrAddChange)}</button>
            {move || error.get().map(|e| view! { <p class="notice warn" role="alert">{e}</p> })}
        </form>
    }
}
