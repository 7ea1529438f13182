//! What the page says about the person's saved work, and the question a
//! dropped `.budgetkoll` file asks before it replaces anything: the notices
//! of the keeping protocol ([`budgetkoll::keeping`]), each with what can be
//! done about it. Both are in the keeping part (`#[wasm_split(keep)]`),
//! shown only when there is something to say.

use crate::ui::browser::part::Unavailable;
use crate::ui::state::keep_part::keep_soon;
use crate::ui::state::persist::Job;
use crate::ui::state::store::{SavedAnswer, Store};
use crate::ui::widgets::part::{build, when, Build};
use budgetkoll::i18n::Msg;
use budgetkoll::keeping::Keep;
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// The notices, in the keeping part (which raises them).
#[wasm_split(keep, fallible)]
fn notices_part() -> Result<Build, Unavailable> {
    build(|| view! { <Notices /> }.into_any())
}

/// The question about a dropped file, in the keeping part.
#[wasm_split(keep, fallible)]
fn question_part() -> Result<Build, Unavailable> {
    build(|| view! { <Question /> }.into_any())
}

/// Every notice about the saved work, when there is one.
#[component]
pub fn KeepNotices() -> impl IntoView {
    let store = expect_context::<Store>();
    when(
        move || store.keeping.keep.with(|k| !k.is_empty()),
        notices_part,
    )
}

/// The question about a dropped `.budgetkoll` file, while it waits.
#[component]
pub fn SavedQuestion() -> impl IntoView {
    let store = expect_context::<Store>();
    when(
        move || store.keeping.pending_state.with(Option::is_some),
        question_part,
    )
}

/// Every notice about the saved work, newest last.
#[component]
fn Notices() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        store
            .keeping
            .keep
            .get()
            .into_iter()
            .map(|notice| view! { <KeepNotice notice=notice /> })
            .collect_view()
    }
}

/// One notice, with its buttons.
#[component]
fn KeepNotice(notice: Keep) -> impl IntoView {
    let store = expect_context::<Store>();
    let id = match notice {
        Keep::RestoredOlder { .. } => "restored-older",
        Keep::Aside { .. } => "kept-aside",
        Keep::Stuck { .. } => "not-kept-aside",
        Keep::OtherTab => "other-tab",
    };
    let buttons = notice_buttons(store, notice.clone());
    view! {
        <section class="card notice warn keep" id=id role="alert">
            <p>{move || notice.text(store.lang.get())}</p>
            <div class="actions">{buttons}</div>
        </section>
    }
}

/// What can be done about a notice.
fn notice_buttons(store: Store, notice: Keep) -> AnyView {
    match notice {
        Keep::RestoredOlder { .. } => view! {
            <button class="btn" on:click=move |_| keep_soon(store, Job::Dismiss(notice.clone()))>
                {move || store.t(Msg::Dismiss)}
            </button>
        }
        .into_any(),
        // Unread work kept aside under its key, or left under the save key.
        Keep::Aside { key, .. } => unread_buttons(store, Some(key)),
        Keep::Stuck { .. } => unread_buttons(store, None),
        Keep::OtherTab => view! {
            <button class="btn btn-primary" id="load-other-tab" on:click=move |_| keep_soon(store, Job::LoadOtherTab)>
                {move || store.t(Msg::LoadOtherTab)}
            </button>
            <button class="btn" id="keep-mine" on:click=move |_| keep_soon(store, Job::SaveNow)>
                {move || store.t(Msg::KeepMine)}
            </button>
        }
        .into_any(),
    }
}

/// Download or remove unread work (under `key`, or the save key).
fn unread_buttons(store: Store, key: Option<String>) -> AnyView {
    let k2 = key.clone();
    view! {
        <button class="btn btn-primary download-unread" on:click=move |_| keep_soon(store, Job::DownloadUnread(key.clone()))>
            {move || store.t(Msg::DownloadKeptAside)}
        </button>
        <button class="btn remove-unread" on:click=move |_| keep_soon(store, Job::RemoveUnread(k2.clone()))>
            {move || store.t(Msg::RemoveKeptAside)}
        </button>
    }
    .into_any()
}

/// A dropped `.budgetkoll` file over the person's work: replace it, open
/// the file as a presentation (the work comes back after), or cancel.
#[component]
fn Question() -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        store.keeping.pending_state.get().map(|(file, _)| {
            let question = move || Msg::DropStateQuestion.fill(store.lang.get(), &[("file", &file)]);
            view! {
                <section class="card notice warn pending" id="saved-question" role="alertdialog">
                    <p>{question}</p>
                    <div class="actions">
                        <button class="btn btn-primary" id="saved-replace" on:click=move |_| store.resolve_saved(SavedAnswer::Replace)>
                            {move || store.t(Msg::ReplaceMyWork)}
                        </button>
                        <button class="btn" id="saved-present" on:click=move |_| store.resolve_saved(SavedAnswer::Present)>
                            {move || store.t(Msg::OpenAsPresentation)}
                        </button>
                        <button class="btn btn-quiet" id="saved-cancel" on:click=move |_| store.resolve_saved(SavedAnswer::Cancel)>
                            {move || store.t(Msg::Cancel)}
                        </button>
                    </div>
                </section>
            }
        })
    }
}
