//! The officer's entry of an indicator's outcome and assessment in the
//! page: the outcome as written ("5,4", "Fastställd") and the grade on the
//! region's scale, or none for the app to assess. Saved into
//! `work.quarterly`, which autosave keeps and a link carries.

use crate::ui::state::store::Store;
use budgetkoll::goals::model::Grade;
use budgetkoll::i18n::Msg;
use budgetkoll::view::goals::IndicatorRow;
use leptos::prelude::*;

/// "Ändra" under an indicator's grade: its outcome and assessment.
#[component]
pub fn GoalEdit(row: IndicatorRow) -> impl IntoView {
    let store = expect_context::<Store>();
    let outcome = RwSignal::new(row.outcome.clone());
    // The stated grade: a grade with no basis of the app's (derived, from
    // the FR1, no outcome, a text) is the officer's own.
    let stated = RwSignal::new(
        row.assessment
            .basis
            .is_none()
            .then_some(row.assessment.grade),
    );
    let open = RwSignal::new(false);
    let (unit, name) = (row.unit.clone(), row.name.clone());
    let save = move || {
        store.set_indicator(&unit, &name, &outcome.get(), stated.get());
        open.set(false);
    };
    let options = move || {
        let lang = store.lang.get();
        Grade::ALL
            .into_iter()
            .map(|g| {
                view! {
                    <option value=g.class() selected=move || stated.get() == Some(g)>
                        {g.symbol()}" "{g.word(lang)}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <details class="goal-edit edit-only" prop:open=move || open.get() on:toggle:target=move |ev| open.set(ev.target().open())>
            <summary>{move || store.t(Msg::GoalEdit)}</summary>
            <form on:submit=move |ev| { ev.prevent_default(); save() }>
                <label>
                    {move || store.t(Msg::GoalColOutcome)}
                    <input name="outcome" prop:value=move || outcome.get() on:input:target=move |ev| outcome.set(ev.target().value()) />
                </label>
                <label>
                    {move || store.t(Msg::GoalColAssessment)}
                    <select name="grade" on:change:target=move |ev| {
                        let v = ev.target().value();
                        stated.set(Grade::ALL.into_iter().find(|g| g.class() == v));
                    }>
                        <option value="" selected=move || stated.get().is_none()>{move || store.t(Msg::GoalEditByApp)}</option>
                        {options}
                    </select>
                </label>
                <button class="btn btn-primary" type="submit">{move || store.t(Msg::Save)}</button>
            </form>
        </details>
    }
}
