//! The goals as the pages show them, from [`budgetkoll::view::goals`]: the
//! counts sentence with the unsatisfactory indicators named, the counts of
//! one förvaltning as symbols and words (a reader's card), and the table
//! grouped by målområde and inriktningsmål. A grade is always its symbol
//! and word, never colour alone; the app's own grades say so, and its
//! disagreement with a stated grade is shown only in the officer's view.

use super::goal_edit::GoalEdit;
use crate::ui::state::store::Store;
use budgetkoll::goals::count::Counts;
use budgetkoll::goals::model::Grade;
use budgetkoll::i18n::{Lang, Msg};
use budgetkoll::view::goals::{GoalsView, IndicatorRow};
use leptos::prelude::*;

/// The counts sentence, then the unsatisfactory indicators named.
#[component]
pub fn GoalsLine(model: GoalsView, id: &'static str) -> impl IntoView {
    let lang = expect_context::<Store>().lang.get_untracked();
    let named = (!model.unsatisfactory.is_empty()).then(|| {
        Msg::GoalsUnsatisfactoryNamed.fill(lang, &[("names", &model.unsatisfactory.join("; "))])
    });
    view! {
        <p class="goals-line" id=id>
            {model.sentence.clone()}
            {named.map(|n| view! { " "<span class="goals-unsat">{n}</span> })}
        </p>
    }
}

/// A förvaltning's counts: each grade it has, symbol, number and word (in
/// spans: a card is a button).
#[component]
pub fn GoalCounts(counts: Counts) -> impl IntoView {
    let lang = expect_context::<Store>().lang.get_untracked();
    let items = Grade::ALL
        .into_iter()
        .filter(|g| counts.get(*g) > 0)
        .map(|g| {
            view! {
                <span class=format!("grade {}", g.class())>
                    <span aria-hidden="true">{g.symbol()}" "</span>
                    {counts.get(g)}" "{g.word(lang)}
                </span>
            }
        })
        .collect_view();
    view! {
        <span class="card-goals">
            <span class="card-figure-label">{Msg::GoalsTitle.text(lang)}</span>
            <span class="grade-counts">{items}</span>
        </span>
    }
}

/// A grade: symbol and word, marked when the app made it, with how; the
/// disagreement note and the entry only for the officer.
fn grade_cell(r: &IndicatorRow, officer: bool, lang: Lang) -> impl IntoView {
    let g = &r.assessment;
    view! {
        <td class=format!("grade {}", g.class)>
            <span class="grade-word"><span aria-hidden="true">{g.symbol}" "</span>{g.word}</span>
            {g.by_app.then(|| view! { <span class="by-app">" ("{Msg::GoalsByApp.text(lang)}")"</span> })}
            {g.basis.clone().map(|b| view! { <span class="grade-basis">{b}</span> })}
            {g.disagreement.clone().filter(|_| officer).map(|d| view! {
                <span class="grade-disagree" role="note">{d}</span>
            })}
            {officer.then(|| view! { <GoalEdit row=r.clone() /> })}
        </td>
    }
}

/// An indicator's row; `place` names its målområde and inriktningsmål
/// where no group row above does, and then the grade comes first, beside
/// the name (a reader on a phone sees both without scrolling).
fn row_view(r: &IndicatorRow, place: Option<String>, officer: bool, lang: Lang) -> impl IntoView {
    let first = place.is_some();
    let measure = (!r.measure.is_empty()).then(|| format!(" ({})", r.measure));
    view! {
        <tr class="indicator">
            <th scope="row">
                {r.name.clone()}<span class="measure">{measure}</span>
                {place.map(|p| view! { <span class="goal-place">{p}</span> })}
            </th>
            {first.then(|| grade_cell(r, officer, lang))}
            <td>{r.baseline.clone()}</td>
            <td>{r.target.clone()}</td>
            <td>{r.outcome.clone()}</td>
            <td class="goal-comment">{r.comment.clone()}</td>
            {(!first).then(|| grade_cell(r, officer, lang))}
        </tr>
    }
}

/// The table. The officer reads it grouped by målområde and
/// inriktningsmål, as the export is; a shared link's reader reads the
/// unsatisfactory first, each row naming its målområde and inriktningsmål.
/// `officer`: the officer's own view (not a shared link's reader), with
/// the notes and the entry; `grouped`: as the officer or the printed
/// report reads it.
#[component]
pub fn GoalsTable(model: GoalsView, grouped: bool, officer: bool) -> impl IntoView {
    let lang = expect_context::<Store>().lang.get_untracked();
    let groups = if grouped {
        model
            .areas
            .iter()
            .map(|area| {
                let aims = area
                    .aims
                    .iter()
                    .map(|aim| {
                        view! {
                            <tr class="goal-aim"><th colspan="6" scope="rowgroup">{aim.aim.clone()}</th></tr>
                            {aim.rows.iter().map(|r| row_view(r, None, officer, lang)).collect_view()}
                        }
                    })
                    .collect_view();
                view! {
                    <tbody>
                        <tr class="goal-area"><th colspan="6" scope="rowgroup">{area.area.clone()}</th></tr>
                        {aims}
                    </tbody>
                }
            })
            .collect_view()
            .into_any()
    } else {
        let rows = model
            .reader
            .iter()
            .map(|r| row_view(r, Some(format!("{} · {}", r.area, r.aim)), officer, lang))
            .collect_view();
        view! { <tbody>{rows}</tbody> }.into_any()
    };
    // The export's own headers ("Målvärde 2024") in Swedish.
    let (target, outcome) = match lang {
        Lang::Sv => (model.target_label.clone(), model.outcome_label.clone()),
        Lang::En => (
            Msg::GoalColTarget.text(lang).to_string(),
            Msg::GoalColOutcome.text(lang).to_string(),
        ),
    };
    view! {
        <div class="table-wrap">
            <table class="figures goals-table">
                <thead><tr>
                    <th scope="col">{Msg::GoalColIndicator.text(lang)}</th>
                    {(!grouped).then(|| view! { <th scope="col">{Msg::GoalColAssessment.text(lang)}</th> })}
                    <th scope="col">{Msg::GoalColBaseline.text(lang)}</th>
                    <th scope="col">{target}</th>
                    <th scope="col">{outcome}</th>
                    <th scope="col">{Msg::GoalColComment.text(lang)}</th>
                    {grouped.then(|| view! { <th scope="col">{Msg::GoalColAssessment.text(lang)}</th> })}
                </tr></thead>
                {groups}
            </table>
        </div>
    }
}
