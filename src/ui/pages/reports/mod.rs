//! What has been loaded and what the importer found: files that could not be
//! read (with the reason), replacements waiting for an answer, metadata the
//! file lacked (asked for, never guessed), and every finding per file —
//! the goal exports and HR extracts too ([`quarterly_files`]).

mod meta_form;
pub mod part;
mod quarterly_files;

use crate::ui::state::store::Store;
use crate::ui::widgets::dropzone::PickFiles;
use budgetkoll::finance::import::FinanceImport;
use budgetkoll::finance::model::Signs;
use budgetkoll::finding::{Finding, Severity};
use budgetkoll::fr1::import::Fr1Import;
use budgetkoll::fr1::schema::Report;
use budgetkoll::i18n::Msg;
use leptos::prelude::*;
use meta_form::MetaForm;
use quarterly_files::QuarterlyFiles;

#[component]
pub fn ReportsView() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <section class="card">
            <div class="card-head">
                <h2>{move || store.t(Msg::LoadedReports)}</h2>
                <PickFiles />
                <button
                    class="btn edit-only"
                    id="clear-all"
                    on:click=move |_| {
                        if crate::ui::browser::confirm::confirm(store.t(Msg::ClearQuestion)) {
                            store.clear();
                        }
                    }
                >
                    {move || store.t(Msg::ClearAll)}
                </button>
            </div>
            <ul class="file-list" id="file-list">
                {move || {
                    store
                        .work.imports
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, import)| view! { <LoadedFile index=i import=import /> })
                        .collect_view()
                }}
                {move || {
                    store
                        .work.finance
                        .get()
                        .into_iter()
                        .enumerate()
                        .map(|(i, f)| view! { <FinanceFile index=i import=f /> })
                        .collect_view()
                }}
                {move || {
                    store.work.explanation_files.get().into_iter().enumerate().map(|(i, f)| {
                        let rows = f.rows.to_string();
                        view! {
                            <DataFile
                                class="explanations-file"
                                name=Msg::ExplFileName
                                detail=Signal::derive(move || Msg::ExplFileRows.fill(store.lang.get(), &[("n", &rows)]))
                                source=f.source
                                findings=f.findings
                                remove=Msg::Dismiss
                                on_remove=Callback::new(move |()| store.dismiss_explanation_file(i))
                            />
                        }
                    }).collect_view()
                }}
                {move || {
                    store.work.ledgers.get().into_iter().enumerate().map(|(i, l)| {
                        let (unit, period) = (l.ledger.unit_id.clone(), l.ledger.period);
                        view! {
                            <DataFile
                                class="ledger-file"
                                name=Msg::LedgerFileName
                                detail=Signal::derive(move || format!(
                                    "{} · {}",
                                    unit.as_ref().map(|u| u.label()).unwrap_or_else(|| "?".into()),
                                    period.map(|p| p.title(store.lang.get())).unwrap_or_else(|| "?".into()),
                                ))
                                source=l.ledger.source
                                findings=l.findings
                                remove=Msg::Remove
                                on_remove=Callback::new(move |()| store.remove_ledger(i))
                            />
                        }
                    }).collect_view()
                }}
                {move || {
                    store.work.treasury.get().into_iter().enumerate().map(|(i, t)| {
                        let organisation = t.treasury.organisation.clone().unwrap_or_default();
                        view! {
                            <DataFile
                                class="treasury-file"
                                name=Msg::TreasuryFileName
                                detail=Signal::derive(move || organisation.clone())
                                source=t.treasury.source
                                findings=t.findings
                                remove=Msg::Remove
                                on_remove=Callback::new(move |()| store.remove_treasury(i))
                            />
                        }
                    }).collect_view()
                }}
                <QuarterlyFiles />
            </ul>
        </section>
    }
}

/// Files that could not be used; shown on every view, above it.
#[component]
pub fn Failures() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <Show when=move || store.work.failures.with(|f| !f.is_empty())>
            <section class="card failures" role="alert" id="failures">
                <div class="card-head">
                    <h2>{move || store.t(Msg::FailedFiles)}</h2>
                    <button class="btn btn-quiet" on:click=move |_| store.work.failures.set(Vec::new())>
                        {move || store.t(Msg::Dismiss)}
                    </button>
                </div>
                <ul>
                    {move || {
                        store
                            .work.failures
                            .get()
                            .into_iter()
                            .map(|f| view! { <li><strong>{f.file.clone()}</strong>": "{move || f.text(store.lang.get())}</li> })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}

/// Reports that would replace a loaded one: replace or keep
/// (`part::PendingPart` shows this above every view while there are some).
#[component]
pub fn Pending() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        {move || {
            store
                .work.pending
                .get()
                .into_iter()
                .enumerate()
                .map(|(i, p)| {
                    let who = format!(
                        "{} ({}, {})",
                        p.report.meta.unit_id.as_ref().map(|u| u.label()).unwrap_or_default(),
                        p.report.meta.period.map(|p| p.label(store.lang.get_untracked())).unwrap_or_default(),
                        p.report.source,
                    );
                    view! {
                        <section class="card notice warn pending" role="alertdialog">
                            <p>{who}" "{move || store.t(Msg::ReplaceQuestion)}</p>
                            <button class="btn btn-primary replace" on:click=move |_| store.resolve_pending(i, true)>
                                {move || store.t(Msg::Replace)}
                            </button>
                            <button class="btn keep" on:click=move |_| store.resolve_pending(i, false)>
                                {move || store.t(Msg::KeepExisting)}
                            </button>
                        </section>
                    }
                })
                .collect_view()
        }}
    }
}

#[component]
fn LoadedFile(index: usize, import: Fr1Import) -> impl IntoView {
    let store = expect_context::<Store>();
    let meta = &import.report.meta;
    let errors = import
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = import
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    let (status, class) = match (errors, warnings) {
        (0, 0) => (Msg::StatusOk, "badge ok"),
        (0, _) => (Msg::StatusWarnings, "badge warn"),
        _ => (Msg::StatusErrors, "badge bad"),
    };
    let needs_meta = import.missing.iter().any(|m| m.required());
    // A report read from one of its two exports says which half it has; a
    // December summary is the year's outcome, complete as it is.
    let contents = match (
        import.report.only(),
        meta.period.is_some_and(|p| p.is_year_end()),
    ) {
        (Some(Report::Utfall), true) => Some(Msg::ContentsYearEnd),
        (Some(Report::Utfall), false) => Some(Msg::ContentsUtfallOnly),
        (Some(Report::Prognos), _) => Some(Msg::ContentsPrognosOnly),
        (None, _) => None,
    };
    let findings = finding_items(store, &import.findings);
    let no_findings = import.findings.is_empty();
    let open_findings = errors > 0;
    view! {
        <li class="file" data-source=import.report.source.clone()>
            <div class="file-head">
                <strong class="file-unit">
                    {meta.unit_id.as_ref().map(|u| u.label()).unwrap_or_else(|| "?".into())}
                </strong>
                <span>{let period = meta.period; move || period.map(|p| p.title(store.lang.get())).unwrap_or_else(|| "?".into())}</span>
                <span>{import.report.unit().short()}</span>
                {contents.map(|m| view! { <span class="badge half">{move || store.t(m)}</span> })}
                <span class=class>{move || store.t(status)}" "{(errors + warnings > 0).then(|| format!("({})", errors + warnings))}</span>
                <span class="file-name">{import.report.source.clone()}</span>
                <button class="btn btn-quiet edit-only" on:click=move |_| store.remove(index)>
                    {move || store.t(Msg::Remove)}
                </button>
            </div>
            {needs_meta.then(|| view! { <MetaForm index=index import=import.clone() /> })}
            {if no_findings {
                view! { <p class="hint no-findings">{move || store.t(Msg::NoFindings)}</p> }.into_any()
            } else {
                view! {
                    <details open=open_findings>
                        <summary>{move || store.t(Msg::Findings)}" (" {import.findings.len()} ")"</summary>
                        <ul class="findings">{findings}</ul>
                    </details>
                }
                    .into_any()
            }}
        </li>
    }
}

/// Findings as list items: the cell they are about, then the sentence in
/// the page's language.
fn finding_items(store: Store, findings: &[Finding]) -> impl IntoView {
    findings
        .iter()
        .map(|f| {
            let class = match f.severity {
                Severity::Error => "finding error",
                Severity::Warning => "finding warning",
                Severity::Info => "finding info",
            };
            view! {
                <li class=class>
                    {f.cell_name().map(|c| view! { <code>{c}</code>" " })}
                    {let f = f.clone(); move || f.text(store.lang.get())}
                </li>
            }
        })
        .collect_view()
}

/// A finance administration's table: period, unit, sign rule and findings.
#[component]
fn FinanceFile(index: usize, import: FinanceImport) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = &import.table;
    let errors = import
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let (status, class) = if errors > 0 {
        (Msg::StatusErrors, "badge bad")
    } else {
        (Msg::StatusOk, "badge ok")
    };
    let signs = match t.signs {
        Signs::Result => Msg::SignsResult,
        Signs::Fr1 => Msg::SignsFr1,
    };
    let findings = finding_items(store, &import.findings);
    let count = import.findings.len();
    let period = t.period;
    view! {
        <li class="file finance-file" data-source=t.source.clone()>
            <div class="file-head">
                <strong class="file-unit">{move || store.t(Msg::FinanceTableName)}</strong>
                <span>{move || period.map(|p| p.title(store.lang.get())).unwrap_or_else(|| "?".into())}</span>
                <span>{t.unit.short()}</span>
                <span class="badge half">{move || store.t(signs)}</span>
                <span class=class>{move || store.t(status)}</span>
                <span class="file-name">{t.source.clone()}</span>
                <button class="btn btn-quiet edit-only" on:click=move |_| store.remove_finance(index)>
                    {move || store.t(Msg::Remove)}
                </button>
            </div>
            {(count > 0).then(|| view! {
                <details open={errors > 0}>
                    <summary>{move || store.t(Msg::Findings)}" (" {count} ")"</summary>
                    <ul class="findings">{findings}</ul>
                </details>
            })}
        </li>
    }
}

/// A table beside the reports (explanations, a ledger pivot, treasury
/// tables): what it is, its name, its status and findings, and a button.
#[component]
fn DataFile(
    class: &'static str,
    name: Msg,
    #[prop(into)] detail: Signal<String>,
    source: String,
    findings: Vec<Finding>,
    remove: Msg,
    on_remove: Callback<()>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let (status, badge) = match (errors, warnings) {
        (0, 0) => (Msg::StatusOk, "badge ok"),
        (0, _) => (Msg::StatusWarnings, "badge warn"),
        _ => (Msg::StatusErrors, "badge bad"),
    };
    let items = finding_items(store, &findings);
    let total = findings.len();
    let name_shown = source.clone();
    view! {
        <li class=format!("file {class}") data-source=source>
            <div class="file-head">
                <strong class="file-unit">{move || store.t(name)}</strong>
                <span>{detail}</span>
                <span class=badge>{move || store.t(status)}" "{(total > 0).then(|| format!("({total})"))}</span>
                <span class="file-name">{name_shown}</span>
                <button class="btn btn-quiet edit-only" on:click=move |_| on_remove.run(())>
                    {move || store.t(remove)}
                </button>
            </div>
            {(total > 0).then(|| view! {
                <details open=errors > 0>
                    <summary>{move || store.t(Msg::Findings)}" (" {total} ")"</summary>
                    <ul class="findings">{items}</ul>
                </details>
            })}
        </li>
    }
}
