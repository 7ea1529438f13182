//! Parts of the page that the first screen does not need, loaded on first
//! use (issue 15): each `#[wasm_split]` function here is a split point. The
//! release build cuts what only it reaches out of the app's wasm into a
//! module of its own (`scripts/split/wasm-bindgen`, run by Trunk in place
//! of wasm-bindgen), which the browser fetches the first time the function
//! is called; on the host and in `cargo check` the call is a plain call.
//!
//! A part that cannot be fetched (offline, before the service worker cached
//! it) shows a message with a retry button instead of stopping the app; a
//! file read without the importers' part is refused with that message.

use super::persist::Job;
use super::sheets::Reading;
use super::store::Store;
use budgetkoll::i18n::Msg;
use budgetkoll::intake::{Intake, Reason, Refusal};
use leptos::prelude::*;
use std::future::Future;
use std::sync::Arc;
use wasm_split_helpers::{wasm_split, SplitLoaderError};

/// A part's view, built by code in the part.
type Build = Arc<dyn Fn() -> AnyView + Send + Sync>;

/// A part's view function, as a split point hands it back.
fn build(view: impl Fn() -> AnyView + Send + Sync + 'static) -> Result<Build, Unavailable> {
    Ok(Arc::new(view))
}

/// A part: not there yet, there (its view), or not fetched.
type Part = Option<Result<Build, ()>>;

/// A part of the page whose module could not be fetched.
pub struct Unavailable;

impl Unavailable {
    /// The refusal of a file that could not be read because the importers'
    /// part could not be fetched.
    pub fn refusal(&self, file: &str) -> Refusal {
        Refusal::new(file, Reason::PartUnavailable)
    }
}

impl From<SplitLoaderError> for Unavailable {
    fn from(_: SplitLoaderError) -> Self {
        Unavailable
    }
}

/// The budget-frames page and the frames engine it computes with.
#[wasm_split(frames, fallible)]
fn frames_page() -> Result<Build, Unavailable> {
    build(|| view! { <super::frames::FramesPage /> }.into_any())
}

/// The budget-frames page, loaded on first use.
#[component]
pub fn FramesPage() -> impl IntoView {
    later(frames_page)
}

/// The Förvaltning tab: one administration's follow-up, forecast
/// development, measures and forecast accuracy.
#[wasm_split(unit, fallible)]
fn unit_view() -> Result<Build, Unavailable> {
    build(|| {
        view! {
            <super::controls::Settings />
            <super::unit::UnitView />
        }
        .into_any()
    })
}

/// The Förvaltning tab with the settings bar, loaded on first use.
#[component]
pub fn UnitView() -> impl IntoView {
    later(unit_view)
}

/// The Rapporter tab: the loaded files, what was found in them, and the
/// form for a file's missing details.
#[wasm_split(reports, fallible)]
fn reports_view() -> Result<Build, Unavailable> {
    build(|| view! { <super::reports::ReportsView /> }.into_any())
}

/// The Rapporter tab, loaded on first use.
#[component]
pub fn ReportsView() -> impl IntoView {
    later(reports_view)
}

/// The workbench's overview of the region: its chart, table, forecast
/// development and result, with the charts they draw; the first screen
/// (the empty page, a shared link's board summary) needs none of it.
#[wasm_split(overview, fallible)]
fn overview_view() -> Result<Build, Unavailable> {
    build(|| {
        view! {
            <super::controls::Settings />
            <super::overview::OverviewView />
        }
        .into_any()
    })
}

/// The workbench's overview with the settings bar, loaded on first use.
#[component]
pub fn OverviewView() -> impl IntoView {
    later(overview_view)
}

/// The grouping editor (nämnder and the region's name), shown with the
/// overview while editing: in the overview's module.
#[wasm_split(overview, fallible)]
fn grouping_editor() -> Result<Build, Unavailable> {
    build(|| view! { <super::grouping::GroupingEditor /> }.into_any())
}

/// The grouping editor, loaded on first use.
#[component]
pub fn GroupingEditor() -> impl IntoView {
    later(grouping_editor)
}

/// The printed report ("Skriv ut rapport") and the charts it draws for A4.
#[wasm_split(print, fallible, preload(preload_print))]
fn print_report() -> Result<Build, Unavailable> {
    build(|| view! { <super::report::PrintReport /> }.into_any())
}

/// The printed report; mounted once [`print_ready`] said its module is
/// there, so it is in the page when the browser prints.
#[component]
pub fn PrintReport() -> impl IntoView {
    later(print_report)
}

/// Fetches the printed report's module (at once when fetched before);
/// false when it cannot be fetched.
pub async fn print_ready() -> bool {
    preload_print().await.is_ok()
}

/// The share link's QR code and its encoder.
#[wasm_split(qr, fallible)]
fn share_qr(link: String) -> Result<Build, Unavailable> {
    build(move || view! { <super::qr::ShareQr link=link.clone() /> }.into_any())
}

/// The share link's QR code, loaded on first use.
#[component]
pub fn ShareQr(link: String) -> impl IntoView {
    later(move || share_qr(link.clone()))
}

/// The importers (FR1, the finance table, text and `.budgetkoll` files,
/// the spreadsheet worker's client): needed once a file is dropped, picked
/// or pasted, or the example shown, not for the first screen.
#[wasm_split(intake, fallible)]
fn read_file_part(name: String, bytes: Vec<u8>) -> Result<Reading, Unavailable> {
    Ok(super::sheets::read_file(name, bytes))
}

/// Reads a file (see `sheets::intake`) once the importers are loaded.
pub async fn read_file(name: String, bytes: Vec<u8>) -> Result<Reading, Unavailable> {
    read_file_part(name, bytes).await
}

/// The example's files ("Visa exempel"), read by the importers.
#[wasm_split(intake, fallible)]
fn example_part() -> Result<Vec<Result<Intake, Refusal>>, Unavailable> {
    Ok(budgetkoll::demo::intakes())
}

/// A range pasted from a spreadsheet, read by the importers.
#[wasm_split(intake, fallible)]
fn pasted_part(text: String) -> Result<Result<Intake, Refusal>, Unavailable> {
    Ok(budgetkoll::intake::intake_pasted(&text))
}

/// Shows the example once the importers are loaded.
pub fn show_example(store: Store) {
    leptos::task::spawn_local(async move {
        match example_part().await {
            Ok(results) => results
                .into_iter()
                .for_each(|r| store.take(String::new(), r)),
            Err(unavailable) => store.take(String::new(), Err(unavailable.refusal(""))),
        }
    });
}

/// Takes a pasted range once the importers are loaded.
pub fn take_pasted(store: Store, text: String) {
    leptos::task::spawn_local(async move {
        let result = match pasted_part(text).await {
            Ok(result) => result,
            Err(unavailable) => Err(unavailable.refusal("")),
        };
        store.take(String::new(), result);
    });
}

/// Keeping and sharing work (`persist.rs`): the share codec, deflate and
/// the bounds every decoded state is checked against. A first visit's
/// first screen needs none of it; a link or saved work fetches it at once.
#[wasm_split(keep, fallible)]
fn keep_part(store: Store, owner: Owner, job: Job) -> Result<Option<String>, Unavailable> {
    Ok(owner.with(|| super::persist::run(store, job)))
}

/// Does `job` once the keeping part is loaded; the link for
/// [`Job::ShareLink`]. A part that cannot be fetched is said in the page.
pub async fn keep(store: Store, job: Job) -> Option<String> {
    keep_under(store, Owner::current().unwrap_or_default(), job).await
}

/// [`keep`], with what the job creates (autosave's effect and listeners)
/// owned by `owner`.
async fn keep_under(store: Store, owner: Owner, job: Job) -> Option<String> {
    keep_part(store, owner, job)
        .await
        .unwrap_or_else(|Unavailable| {
            store
                .keeping
                .storage_warning
                .set(Some(store.t(Msg::PartUnavailable).to_string()));
            None
        })
}

/// Does `job` in the background (see [`keep`]).
pub fn keep_soon(store: Store, job: Job) {
    leptos::task::spawn_local(async move {
        keep(store, job).await;
    });
}

/// Starts keeping the work: a link or saved work is opened at once (the
/// page says "Läser in…" instead of its empty state meanwhile); a page
/// that opens with nothing starts at its first change.
pub fn start_keeping(store: Store) {
    // The page's owner: autosave lives as long as the page.
    let owner = Owner::current().unwrap_or_default();
    if super::persist::something_to_open() {
        store.keeping.opening.set(true);
        leptos::task::spawn_local(async move {
            keep_under(store, owner, Job::Start).await;
            store.keeping.opening.set(false);
        });
        return;
    }
    let started = StoredValue::new(false);
    Effect::new(move |first: Option<()>| {
        // Once started, this runs once more and tracks nothing after.
        if started.get_value() {
            return;
        }
        store.track_work();
        if first.is_some() {
            started.set_value(true);
            let owner = owner.clone();
            leptos::task::spawn_local(async move {
                keep_under(store, owner, Job::StartChanged).await;
            });
        }
    });
}

/// What `load` renders once its module is there; "Läser in…" until then.
///
/// The module is fetched in a task, which hands back the part's view
/// function; the view itself is built here, under this component's owner
/// and outside any future, so that it lives and is disposed like every
/// other view (built inside a `Suspend`, a part's view stopped the wasm
/// when the work it showed was swapped, e.g. back from a presentation).
fn later<F, Fut>(load: F) -> impl IntoView
where
    F: Fn() -> Fut + Clone + 'static,
    Fut: Future<Output = Result<Build, Unavailable>> + 'static,
{
    let store = expect_context::<Store>();
    let attempt = RwSignal::new(0u32);
    let part = RwSignal::new(None::<Result<Build, ()>>);
    Effect::new(move || {
        attempt.track();
        let load = load.clone();
        leptos::task::spawn_local(async move {
            let loaded = load().await.map_err(|Unavailable| ());
            part.try_set(Some(loaded));
        });
    });
    let loading = move || {
        view! { <p class="notice part-loading" role="status" aria-live="polite">{move || store.t(Msg::Loading)}</p> }.into_any()
    };
    move || match part.get() {
        None => loading(),
        Some(Ok(build)) => untrack(|| build()),
        Some(Err(())) => unavailable(store, attempt, part),
    }
}

/// The module could not be fetched: say so, and offer to try again.
fn unavailable(store: Store, attempt: RwSignal<u32>, part: RwSignal<Part>) -> AnyView {
    view! {
        <p class="notice warn" role="alert" id="part-unavailable">
            {move || store.t(Msg::PartUnavailable)}" "
            <button class="btn" on:click=move |_| {
                part.set(None);
                attempt.update(|n| *n += 1);
            }>
                {move || store.t(Msg::TryAgain)}
            </button>
        </p>
    }
    .into_any()
}
