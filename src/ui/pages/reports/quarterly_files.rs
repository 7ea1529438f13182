//! The goal exports and HR extracts among the loaded files: what each
//! holds, what reading it found, and — for a table that names no
//! förvaltning — the question which one it is for, asked as for an FR1's
//! missing details (never guessed).

use super::finding_items;
use crate::ui::state::store::{QuarterlyFile, Store};
use budgetkoll::finding::Severity;
use budgetkoll::fr1::meta_field::MetaField;
use budgetkoll::fr1::model::UnitId;
use budgetkoll::i18n::Msg;
use leptos::prelude::*;

/// Every goal export and HR extract, as list items of the file list.
#[component]
pub(super) fn QuarterlyFiles() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        store.work.quarterly.with(|q| {
            let goals = q.goals.iter().map(|g| {
                let units = {
                    let mut u: Vec<String> = g
                        .indicators
                        .iter()
                        .filter_map(|i| i.unit.as_ref().map(|u| u.label()))
                        .collect();
                    u.dedup();
                    u.join(", ")
                };
                let count = Msg::QuarterlyIndicators
                    .fill(store.lang.get(), &[("n", &g.indicators.len().to_string())]);
                view! {
                    <QuarterlyFileItem
                        file=QuarterlyFile::Goals(g.source.clone())
                        kind=Msg::QuarterlyGoalsFile
                        units
                        count
                        missing=g.missing()
                    />
                }
            });
            let staff = q.staff.iter().map(|r| {
                let count = Msg::QuarterlyTables
                    .fill(store.lang.get(), &[("n", &r.tables.len().to_string())]);
                view! {
                    <QuarterlyFileItem
                        file=QuarterlyFile::Staff(r.source.clone())
                        kind=Msg::QuarterlyStaffFile
                        units=r.unit.as_ref().map(|u| u.label()).unwrap_or_default()
                        count
                        missing=r.missing()
                    />
                }
            });
            goals.chain(staff).collect_view()
        })
    }
}

/// One goal export or HR extract: its kind, förvaltningar, size, status and
/// findings, and the question for its förvaltning when it names none.
#[component]
fn QuarterlyFileItem(
    file: QuarterlyFile,
    kind: Msg,
    units: String,
    count: String,
    missing: Vec<MetaField>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let source = match &file {
        QuarterlyFile::Goals(s) | QuarterlyFile::Staff(s) => s.clone(),
    };
    let findings = store.findings_of(&file);
    let worst = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let (errors, warnings) = (worst(Severity::Error), worst(Severity::Warning));
    let (status, class) = match (errors, warnings) {
        (0, 0) => (Msg::StatusOk, "badge ok"),
        (0, _) => (Msg::StatusWarnings, "badge warn"),
        _ => (Msg::StatusErrors, "badge bad"),
    };
    let n = findings.len();
    let items = finding_items(store, &findings);
    let ask = (!missing.is_empty()).then(|| view! { <UnitForm file=file.clone() /> });
    view! {
        <li class="file quarterly-file" data-source=source>
            <div class="file-head">
                <strong class="file-unit">{move || store.t(kind)}</strong>
                <span>{if units.is_empty() { "?".to_string() } else { units }}</span>
                <span>{count}</span>
                <span class=class>{move || store.t(status)}" "{(errors + warnings > 0).then(|| format!("({})", errors + warnings))}</span>
                <span class="file-name">{source.clone()}</span>
                <button class="btn btn-quiet edit-only" on:click=move |_| store.remove_quarterly(&file)>
                    {move || store.t(Msg::Remove)}
                </button>
            </div>
            {ask}
            {(n > 0).then(|| view! {
                <details open={errors + warnings > 0}>
                    <summary>{move || store.t(Msg::Findings)}" (" {n} ")"</summary>
                    <ul class="findings">{items}</ul>
                </details>
            })}
        </li>
    }
}

/// Asks which förvaltning a goal table or an HR extract is for.
#[component]
fn UnitForm(file: QuarterlyFile) -> impl IntoView {
    let store = expect_context::<Store>();
    let code = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let save = move || {
        let code = code.get().trim().to_string();
        if code.is_empty() {
            return;
        }
        store.set_quarterly_unit(
            &file,
            UnitId {
                code,
                name: name.get().trim().to_string(),
            },
        );
    };
    view! {
        <form class="meta-form unit-form" on:submit=move |ev| { ev.prevent_default(); save() }>
            <p><strong>{move || store.t(Msg::MissingMeta)}</strong>" "{move || MetaField::UnitId.name(store.lang.get())}</p>
            <label>
                {move || store.t(Msg::UnitCode)}
                <input name="code" required prop:value=move || code.get() on:input:target=move |ev| code.set(ev.target().value()) />
            </label>
            <label>
                {move || store.t(Msg::UnitName)}
                <input name="name" prop:value=move || name.get() on:input:target=move |ev| name.set(ev.target().value()) />
            </label>
            <button class="btn btn-primary" type="submit">{move || store.t(Msg::Save)}</button>
        </form>
    }
}
