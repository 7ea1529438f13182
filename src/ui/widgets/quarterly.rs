//! The quarterly report beside the money — the goals and the staff — where
//! the pages show it: the board summary's goals and staff lines, a card's
//! goal counts, and a förvaltning's Mål and Personal sections. The board
//! summary is in a shared link's first paint, so it mounts these through
//! the `#[wasm_split(quarterly)]` split points here ([`BoardPart`],
//! [`CardGoalsPart`]); the Förvaltning tab and the printed report, parts
//! themselves, use the sections directly.

use super::goals::{GoalCounts, GoalsLine, GoalsTable};
use super::part::{build, later, Build};
use super::staff::{StaffFigures, StaffTable};
use crate::ui::browser::part::Unavailable;
use crate::ui::state::store::Store;
use budgetkoll::i18n::Msg;
use budgetkoll::view::goals::{goal_counts, goals_view};
use budgetkoll::view::staff::{staff_key_figures, staff_tables};
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// True when a goal export or an HR extract is loaded (reactive): only
/// then is there a part to fetch.
fn loaded(store: Store) -> bool {
    store.work.quarterly.with(|q| !q.is_empty())
}

/// The region's goals line and staff line (the board summary, the printed
/// summary page).
#[component]
pub fn BoardLines() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let lang = store.lang.get();
        let reports = store.work.reports.get();
        store.work.quarterly.with(|q| {
            // Without a goal export or an HR extract, the FR1's inhyrd
            // share alone is no staff line.
            if q.is_empty() {
                return None;
            }
            let goals = goals_view(q, &reports, None, lang);
            let staff = staff_key_figures(q, &reports, None, lang).filter(|s| !s.line.is_empty());
            (goals.is_some() || staff.is_some()).then(|| {
                view! {
                    <div class="quarterly-lines">
                        {goals.map(|g| view! {
                            <h3>{Msg::GoalsTitle.text(lang)}</h3>
                            <GoalsLine model=g id="goals-line" />
                        })}
                        {staff.map(|s| view! {
                            <h3>{Msg::StaffTitle.text(lang)}</h3>
                            <p class="staff-line" id="staff-line">{s.line}"."</p>
                        })}
                    </div>
                }
            })
        })
    }
}

#[wasm_split(quarterly, fallible)]
fn board_view() -> Result<Build, Unavailable> {
    build(|| view! { <BoardLines /> }.into_any())
}

/// The board summary's goals and staff, loaded on first use when loaded.
#[component]
pub fn BoardPart() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        loaded(store).then(|| {
            view! {
                <section class="card reader-quarterly" id="reader-quarterly" aria-labelledby="reader-quarterly-title">
                    <h2 id="reader-quarterly-title">{move || store.t(Msg::QuarterlyTitle)}</h2>
                    {later(board_view)}
                </section>
            }
        })
    }
}

/// A förvaltning's goal counts on its card.
#[component]
fn CardGoals(code: String) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let codes = [code.clone()];
        let counts = store
            .work
            .quarterly
            .with(|q| goal_counts(q, &store.work.reports.get(), Some(&codes)));
        (counts.total() > 0).then(|| view! { <GoalCounts counts /> })
    }
}

#[wasm_split(quarterly, fallible)]
fn card_goals_view(code: String) -> Result<Build, Unavailable> {
    build(move || view! { <CardGoals code=code.clone() /> }.into_any())
}

/// A card's goal counts, loaded on first use when goals are loaded.
#[component]
pub fn CardGoalsPart(code: String) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let code = code.clone();
        store
            .work
            .quarterly
            .with(|q| !q.goals.is_empty())
            .then(|| later(move || card_goals_view(code.clone())))
    }
}

/// A förvaltning's Mål and Personal sections in a `<section class=class>`
/// under `title`; nothing when neither is loaded for it. `print`: as the
/// printed report shows them (the key figures without the HR tables, the
/// grouped goal table).
#[component]
pub fn UnitQuarterly(
    code: String,
    print: bool,
    class: &'static str,
    #[prop(optional)] title: Option<String>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let lang = store.lang.get();
        let officer = !print && !store.shown.read_only.get();
        let reports = store.work.reports.get();
        let codes = [code.clone()];
        let (goals, staff, tables) = store.work.quarterly.with(|q| {
            let extracts = q.staff_of(Some(&codes));
            let tables: Vec<_> = extracts
                .iter()
                .flat_map(|r| staff_tables(r, lang))
                .collect();
            // The inhyrd share alone (from the FR1) is no page of its own
            // in print.
            let staff = staff_key_figures(q, &reports, Some(&codes), lang)
                .filter(|_| !print || !extracts.is_empty());
            (goals_view(q, &reports, Some(&codes), lang), staff, tables)
        });
        let goals = goals.map(|g| {
            view! {
                <section class="unit-goals" id="unit-goals" aria-labelledby="unit-goals-title">
                    <h3 id="unit-goals-title">{Msg::GoalsTitle.text(lang)}</h3>
                    <GoalsLine model=g.clone() id="unit-goals-line" />
                    <GoalsTable model=g grouped=print || officer officer />
                </section>
            }
        });
        let count = tables.len();
        let staff = staff.map(|s| {
            view! {
                <section class="unit-staff" id="unit-staff" aria-labelledby="unit-staff-title">
                    <h3 id="unit-staff-title">{Msg::StaffTitle.text(lang)}</h3>
                    <StaffFigures model=s />
                    {(!print && count > 0).then(|| view! {
                        <details class="staff-tables" open=officer>
                            <summary>{Msg::StaffTablesTitle.fill(lang, &[("n", &count.to_string())])}</summary>
                            {tables.into_iter().map(|t| view! { <StaffTable model=t /> }).collect_view()}
                        </details>
                    })}
                </section>
            }
        });
        (goals.is_some() || staff.is_some()).then(|| {
            view! {
                <section class=class data-unit=code.clone()>
                    {title.clone().map(|t| view! { <h2>{t}</h2> })}
                    {goals}
                    {staff}
                </section>
            }
        })
    }
}
