//! The "Dela" button and its dialog, and the presentation-mode banner. The
//! dialog and the banner are in the keeping part (`#[wasm_split(keep)]`),
//! which makes the link and opens one before either shows; the link's QR
//! code and its encoder are a part of their own (`#[wasm_split(qr)]`).

use crate::ui::browser::part::Unavailable;
use crate::ui::state::keep_part::{keep, keep_soon};
use crate::ui::state::persist::{Job, LINK_LIMIT};
use crate::ui::state::store::Store;
use crate::ui::widgets::part::{build, later, when, Build};
use budgetkoll::i18n::Msg;
use leptos::prelude::*;
use wasm_split_helpers::wasm_split;

/// The share link's QR code and its encoder.
#[wasm_split(qr, fallible)]
fn share_qr(link: String) -> Result<Build, Unavailable> {
    build(move || view! { <super::qr::ShareQr link=link.clone() /> }.into_any())
}

/// The share link's QR code, loaded on first use.
#[component]
fn QrPart(link: String) -> impl IntoView {
    later(move || share_qr(link.clone()))
}

/// The share dialog, in the keeping part (loaded by the time there is a
/// link to show).
#[wasm_split(keep, fallible)]
fn share_dialog(text: String, close: Callback<()>) -> Result<Build, Unavailable> {
    build(move || view! { <ShareDialog text=text.clone() close /> }.into_any())
}

/// The presentation banner, in the keeping part (which opened the link).
#[wasm_split(keep, fallible)]
fn presentation_banner() -> Result<Build, Unavailable> {
    build(|| view! { <PresentationBanner /> }.into_any())
}

/// "Dela": shows the link of the current view, with copy and file options.
#[component]
pub fn ShareButton() -> impl IntoView {
    let store = expect_context::<Store>();
    let link = RwSignal::new(None::<String>);
    let button = NodeRef::<leptos::html::Button>::new();
    // A modal dialog gives the focus back to "Dela" when it closes.
    let close = Callback::new(move |()| {
        link.set(None);
        if let Some(b) = button.get_untracked() {
            let _ = b.focus();
        }
    });
    view! {
        <button
            class="btn"
            id="share"
            node_ref=button
            on:click=move |_| {
                leptos::task::spawn_local(async move {
                    if let Some(text) = keep(store, Job::ShareLink).await {
                        link.set(Some(text));
                    }
                });
            }
        >
            {move || store.t(Msg::Share)}
        </button>
        {move || link.get().map(|text| later(move || share_dialog(text.clone(), close)))}
    }
}

/// The link (selected, to copy), its length and QR code, and saving it as
/// a file instead; takes the focus when it opens and closes with Escape.
#[component]
fn ShareDialog(text: String, close: Callback<()>) -> impl IntoView {
    let store = expect_context::<Store>();
    let copied = RwSignal::new(false);
    let field = NodeRef::<leptos::html::Input>::new();
    field.on_load(|f| {
        request_animation_frame(move || {
            let _ = f.focus();
            f.select();
        });
    });
    let chars = text.chars().count();
    let too_long = chars > LINK_LIMIT;
    let copy = {
        let text = text.clone();
        move |_| {
            let _ = window().navigator().clipboard().write_text(&text);
            copied.set(true);
        }
    };
    view! {
        <div
            class="dialog-backdrop"
            on:keydown=move |ev: web_sys::KeyboardEvent| {
                if ev.key() == "Escape" {
                    close.run(());
                }
            }
        >
            <section class="dialog card" role="dialog" aria-modal="true" aria-labelledby="share-title" id="share-dialog">
                <h2 id="share-title">{move || store.t(Msg::ShareTitle)}</h2>
                <p class="hint">{move || store.t(Msg::ShareExplain)}</p>
                <input id="share-link" node_ref=field readonly prop:value=text.clone() aria-labelledby="share-title" />
                <p class="hint" id="share-length">{chars}" "{move || store.t(Msg::LinkChars)}</p>
                <QrPart link=text.clone() />
                {too_long.then(|| view! { <p class="notice warn">{move || store.t(Msg::LinkTooLong)}</p> })}
                <div class="actions">
                    <button class="btn btn-primary" on:click=copy disabled=too_long>
                        {move || if copied.get() { "✓" } else { "" }}
                        {move || store.t(Msg::CopyLink)}
                    </button>
                    <button class="btn" id="save-file" on:click=move |_| keep_soon(store, Job::DownloadState)>
                        {move || store.t(Msg::SaveAsFile)}
                    </button>
                    <button class="btn btn-quiet" on:click=move |_| close.run(())>
                        {move || store.t(Msg::Close)}
                    </button>
                </div>
            </section>
        </div>
    }
}

/// Shown over every view while a shared link is open, and when autosave
/// fails (also when the keeping part could not be fetched, so that line is
/// not in it).
#[component]
pub fn Banners() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        {when(move || store.shown.read_only.get(), presentation_banner)}
        {move || store.keeping.storage_warning.get().map(|w| view! { <p class="notice warn banner" role="alert">{w}</p> })}
    }
}

/// A shared link or a presentation is open: what it is, and going back to
/// one's own work, the details, or editing.
#[component]
fn PresentationBanner() -> impl IntoView {
    let store = expect_context::<Store>();
    let mode = expect_context::<crate::ui::state::mode::ReaderMode>();
    view! {
            <div class="notice info banner" id="presentation">
                <p>
                    <span class="long">{move || store.t(Msg::Presentation)}</span>
                    <span class="short">{move || store.t(Msg::PresentationShort)}</span>
                </p>
                <div class="banner-actions">
                    <Show when=move || store.keeping.stash.with(Option::is_some)>
                        <button class="btn btn-primary" id="back-to-own" on:click=move |_| store.back_to_own()>
                            {move || store.t(Msg::BackToMyWork)}
                        </button>
                    </Show>
                    <button
                        class="btn"
                        id="show-details"
                        aria-pressed=move || mode.details.get().to_string()
                        on:click=move |_| mode.details.update(|d| *d = !*d)
                    >
                        {move || store.t(if mode.details.get() { Msg::HideDetails } else { Msg::ShowDetails })}
                    </button>
                    <button class="btn" id="make-editable" on:click=move |_| keep_soon(store, Job::MakeEditable)>
                        {move || store.t(Msg::MakeEditable)}
                    </button>
                </div>
            </div>
    }
}
