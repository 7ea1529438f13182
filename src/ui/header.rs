//! The top bar: product name, tagline and the language switch, and the
//! notice when the English texts could not be fetched.

use crate::ui::state::store::Store;
use budgetkoll::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <header class="topbar">
            <div class="brand">
                <span class="logo" aria-hidden="true">"▦"</span>
                <div>
                    <h1>{move || store.t(Msg::AppTitle)}</h1>
                    <p class="tagline">{move || store.t(Msg::Tagline)}</p>
                </div>
            </div>
            <div class="topbar-actions">
            <Show when=move || !store.work.reports.with(Vec::is_empty)>
                <crate::ui::pages::print::PrintButton />
            </Show>
            <Show when=move || !store.is_empty()>
                <crate::ui::widgets::share::ShareButton />
            </Show>
            <button
                class="btn btn-quiet"
                id="lang-switch"
                lang=move || store.lang.get().other().code()
                title=move || store.t(Msg::LanguageSwitchLabel)
                on:click=move |_| store.choose_lang(store.lang.get_untracked().other())
            >
                {move || store.t(Msg::LanguageSwitch)}
            </button>
            </div>
        </header>
    }
}

/// English was chosen and its texts could not be fetched: the page stays
/// in Swedish and says why (the switch tries again).
#[component]
pub fn EnglishUnavailable() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <Show when=move || store.english_unavailable.get()>
            <p class="notice warn" role="alert" id="english-unavailable">
                {move || store.t(Msg::PartUnavailable)}
            </p>
        </Show>
    }
}
