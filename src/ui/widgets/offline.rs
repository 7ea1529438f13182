//! "Spara för offline-bruk" in the footer: a first visit keeps only what it
//! showed, so the rest of the app is downloaded for offline use when the
//! person asks (or on a later visit, static/sw.js). Beside it, the whole
//! app as one file to keep anywhere (budgetkoll.html).

use crate::ui::browser::offline;
use crate::ui::state::store::Store;
use budgetkoll::i18n::Msg;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Where keeping the app offline stands.
#[derive(Debug, Clone, PartialEq)]
enum Keeping {
    Idle,
    Busy,
    Done,
    Failed(String),
}

#[component]
pub fn KeepOffline() -> impl IntoView {
    let store = expect_context::<Store>();
    let state = RwSignal::new(Keeping::Idle);
    let keep = move |_| {
        state.set(Keeping::Busy);
        spawn_local(async move {
            state.set(match offline::keep().await {
                Ok(()) => Keeping::Done,
                Err(e) => Keeping::Failed(e),
            });
        });
    };
    let status = move || {
        let lang = store.lang.get();
        match state.get() {
            Keeping::Idle => None,
            Keeping::Busy => Some(Msg::SaveOfflineBusy.text(lang).to_string()),
            Keeping::Done => Some(Msg::SaveOfflineDone.text(lang).to_string()),
            Keeping::Failed(e) => Some(Msg::SaveOfflineFailed.fill(lang, &[("e", &e)])),
        }
    };
    view! {
        {offline::can_keep().then(|| view! {
            <button
                class="btn-link"
                id="keep-offline"
                disabled=move || state.get() == Keeping::Busy
                on:click=keep
            >
                {move || store.t(Msg::SaveOffline)}
            </button>
            " · "
        })}
        <a href="budgetkoll.html" download="budgetkoll.html" id="save-offline">
            {move || store.t(Msg::SaveOfflineFile)}
        </a>
        <span class="keep-offline-status" id="keep-offline-status" role="status" aria-live="polite">
            {move || status().map(|s| format!(" · {s}"))}
        </span>
    }
}
