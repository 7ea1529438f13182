//! A part of the page that the first screen does not need, shown once its
//! module is there (issue 15). Each split point (`#[wasm_split]`, in the
//! `part.rs` of the page it loads, or where the part is used) hands back
//! its view's [`Build`]; [`later`] shows "Läser in…" until then. The
//! release build cuts what only a split point reaches out of the app's
//! wasm into a module of its own (`scripts/split/wasm-bindgen`, run by
//! Trunk in place of wasm-bindgen), which the browser fetches the first
//! time the function is called; on the host and in `cargo check` the call
//! is a plain call.
//!
//! A part that cannot be fetched (offline, before the service worker cached
//! it) shows a message with a retry button instead of stopping the app.

use crate::ui::browser::part::Unavailable;
use crate::ui::state::store::Store;
use budgetkoll::i18n::Msg;
use leptos::prelude::*;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::Arc;

/// A part's view, built by code in the part.
pub type Build = Arc<dyn Fn() -> AnyView + Send + Sync>;

/// A part's view function, as a split point hands it back.
pub fn build(view: impl Fn() -> AnyView + Send + Sync + 'static) -> Result<Build, Unavailable> {
    Ok(Arc::new(view))
}

/// A part: not there yet, there (its view), or not fetched.
type Part = Option<Result<Build, ()>>;

/// A part's module fetch, boxed so that every part shares one [`shown`].
type Load = Rc<dyn Fn() -> Pin<Box<dyn Future<Output = Result<Build, Unavailable>>>>>;

/// What `load` renders once its module is there; "Läser in…" until then.
///
/// The module is fetched in a task, which hands back the part's view
/// function; the view itself is built here, under this component's owner
/// and outside any future, so that it lives and is disposed like every
/// other view (built inside a `Suspend`, a part's view stopped the wasm
/// when the work it showed was swapped, e.g. back from a presentation).
pub fn later<F, Fut>(load: F) -> impl IntoView
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Result<Build, Unavailable>> + 'static,
{
    // Only this boxing is compiled once per part; the rest is shared by
    // all of them (it was a copy per part in the first paint).
    shown(Rc::new(move || Box::pin(load())))
}

/// `load`'s part while `when` holds, and nothing otherwise: for a notice
/// or a dialog most visits never show, whose code is then not in the first
/// paint. The part is fetched the first time `when` holds.
pub fn when<W, F, Fut>(when: W, load: F) -> impl IntoView
where
    W: Fn() -> bool + Send + Sync + 'static,
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<Build, Unavailable>> + 'static,
{
    // Only a change of `when` mounts the part again, not every change of
    // what it reads.
    let holds = Memo::new(move |_| when());
    move || holds.get().then(|| later(load.clone()))
}

fn shown(load: Load) -> AnyView {
    let store = expect_context::<Store>();
    let attempt = RwSignal::new(0u32);
    let part = RwSignal::new(None::<Result<Build, ()>>);
    Effect::new(move || {
        attempt.track();
        // Only a retry fetches again, whatever the split point reads.
        let loading = untrack(|| load());
        leptos::task::spawn_local(async move {
            let loaded = loading.await.map_err(|Unavailable| ());
            part.try_set(Some(loaded));
        });
    });
    let loading = move || {
        view! { <p class="notice part-loading" role="status" aria-live="polite">{move || store.t(Msg::Loading)}</p> }.into_any()
    };
    (move || match part.get() {
        None => loading(),
        Some(Ok(build)) => untrack(|| build()),
        Some(Err(())) => unavailable(store, attempt, part),
    })
    .into_any()
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
