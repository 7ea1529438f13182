//! The "Dela" button and its dialog, and the presentation-mode banner.

use super::persist::{download_state, make_editable, share_link, LINK_LIMIT};
use super::store::Store;
use budgetkoll::i18n::Msg;
use leptos::prelude::*;

/// "Dela": shows the link of the current view, with copy and file options.
#[component]
pub fn ShareButton() -> impl IntoView {
    let store = expect_context::<Store>();
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(false);
    let copy = move |_| {
        if let Some(text) = link.get_untracked() {
            let _ = window().navigator().clipboard().write_text(&text);
            copied.set(true);
        }
    };
    view! {
        <button
            class="btn"
            id="share"
            on:click=move |_| {
                copied.set(false);
                link.set(Some(share_link(store)));
            }
        >
            {move || store.t(Msg::Share)}
        </button>
        {move || {
            link.get()
                .map(|text| {
                    let chars = text.chars().count();
                    let too_long = chars > LINK_LIMIT;
                    view! {
                        <div class="dialog-backdrop">
                            <section class="dialog card" role="dialog" aria-modal="true" aria-labelledby="share-title" id="share-dialog">
                                <h2 id="share-title">{move || store.t(Msg::ShareTitle)}</h2>
                                <p class="hint">{move || store.t(Msg::ShareExplain)}</p>
                                <input id="share-link" readonly prop:value=text.clone() aria-labelledby="share-title" />
                                <p class="hint" id="share-length">{chars}" "{move || store.t(Msg::LinkChars)}</p>
                                {too_long.then(|| view! { <p class="notice warn">{move || store.t(Msg::LinkTooLong)}</p> })}
                                <div class="actions">
                                    <button class="btn btn-primary" on:click=copy disabled=too_long>
                                        {move || if copied.get() { "✓" } else { "" }}
                                        {move || store.t(Msg::CopyLink)}
                                    </button>
                                    <button class="btn" id="save-file" on:click=move |_| download_state(store)>
                                        {move || store.t(Msg::SaveAsFile)}
                                    </button>
                                    <button class="btn btn-quiet" on:click=move |_| link.set(None)>
                                        {move || store.t(Msg::Close)}
                                    </button>
                                </div>
                            </section>
                        </div>
                    }
                })
        }}
    }
}

/// Shown over every view while a shared link is open, and when autosave
/// fails.
#[component]
pub fn Banners() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <Show when=move || store.read_only.get()>
            <p class="notice info banner" id="presentation">
                {move || store.t(Msg::Presentation)}" "
                <Show when=move || store.stash.with(Option::is_some)>
                    <button class="btn btn-primary" id="back-to-own" on:click=move |_| store.back_to_own()>
                        {move || store.t(Msg::BackToMyWork)}
                    </button>" "
                </Show>
                <button class="btn" id="make-editable" on:click=move |_| make_editable(store)>
                    {move || store.t(Msg::MakeEditable)}
                </button>
            </p>
        </Show>
        {move || store.storage_warning.get().map(|w| view! { <p class="notice warn banner" role="alert">{w}</p> })}
    }
}
