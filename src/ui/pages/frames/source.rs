//! Where a frames session starts: the published sample, a frame table
//! picked here, or the full-year budgets of the loaded FR1 reports (each
//! förvaltning in the nämnd the overview groups it in). A picked file goes
//! through the one intake, as a dropped one does: a frame table opens here,
//! any other kind is taken as a drop takes it, a refusal is said here.

use crate::ui::browser::files::read_file_list;
use crate::ui::state::reading::intake;
use crate::ui::state::store::Store;
use budgetkoll::frames::import::from_fr1_budget;
use budgetkoll::frames::session::FramesSession;
use budgetkoll::i18n::Msg;
use budgetkoll::intake::{Reason, Refusal};
use budgetkoll::money::AmountScale;
use leptos::prelude::*;
use leptos::task::spawn_local;

const SAMPLE: (&str, &[u8]) = (
    "budgetramar_plan_2026_2028.xlsx",
    include_bytes!("../../../../tests/fixtures/frames/budgetramar_plan_2026_2028.xlsx"),
);

/// Frames from the full-year budget of the loaded FR1 reports, grouped as
/// the overview groups them.
fn from_reports(store: Store) -> Result<FramesSession, Refusal> {
    let reports = store.work.reports.get();
    let grouping = store.grouping_in_force();
    let source = store.t(Msg::FrFr1Source);
    from_fr1_budget(&reports, AmountScale::Tkr, Some(&grouping))
        .map_err(|e| Refusal::new(source, e))
        .and_then(|table| {
            FramesSession::from_base(source, table)
                .ok_or_else(|| Refusal::new(source, Reason::NoBaseYears))
        })
}

#[component]
pub fn FramesSource() -> impl IntoView {
    let store = expect_context::<Store>();
    let error = RwSignal::new(None::<Refusal>);
    let take = move |r: Result<FramesSession, Refusal>| match r {
        Ok(s) => {
            error.set(None);
            store.work.frames.set(Some(s));
        }
        Err(e) => error.set(Some(e)),
    };
    // A workbook waits for the spreadsheet worker: "Läser in…" meanwhile.
    let read = move |name: String, bytes: Vec<u8>| {
        store.work.reading.update(|n| *n += 1);
        spawn_local(async move {
            let result = intake(name.clone(), bytes).await;
            store.work.reading.update(|n| *n = n.saturating_sub(1));
            match result {
                Ok(intake) => {
                    error.set(None);
                    store.take(name, intake);
                }
                Err(refusal) => error.set(Some(refusal)),
            }
        });
    };
    view! {
        <section class="empty-state card">
            <h2>{move || store.t(Msg::FrEmptyTitle)}</h2>
            <p>{move || store.t(Msg::FrEmptyBody)}</p>
            <div class="actions">
                <label class="btn btn-primary">
                    {move || store.t(Msg::FrPickTable)}
                    <input
                        type="file"
                        id="frames-file-input"
                        class="visually-hidden"
                        accept=".xlsx,.xls,.ods,.csv,.tsv,.txt"
                        on:change:target=move |ev| {
                            if let Some(list) = ev.target().files() {
                                spawn_local(async move {
                                    if let Some((name, bytes)) = read_file_list(list).await.into_iter().next() {
                                        read(name, bytes);
                                    }
                                });
                            }
                        }
                    />
                </label>
                <button class="btn" id="frames-sample" on:click=move |_| read(SAMPLE.0.to_string(), SAMPLE.1.to_vec())>
                    {move || store.t(Msg::FrSample)}
                </button>
                <button
                    class="btn"
                    id="frames-from-fr1"
                    disabled=move || store.work.reports.with(Vec::is_empty)
                    on:click=move |_| take(from_reports(store))
                >
                    {move || store.t(Msg::FrFromFr1)}
                </button>
            </div>
            {move || error.get().map(|e| view! {
                <p class="notice warn" role="alert">
                    <strong>{e.file.clone()}</strong>": "{move || e.text(store.lang.get())}
                </p>
            })}
        </section>
    }
}
