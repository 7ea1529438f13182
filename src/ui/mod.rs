//! Leptos components. Small, each taking view models or the [`state::store::Store`]
//! context, never raw files: bytes go through [`files`] and
//! `budgetkoll::intake` into the engine first.

mod browser;
mod header;
mod pages;
mod state;
mod widgets;

use budgetkoll::i18n::Msg;
use leptos::prelude::*;
use state::store::{Store, Tab};
use wasm_bindgen::JsCast;

/// The whole page: header, then the drop zone that holds every view.
#[component]
pub fn App() -> impl IntoView {
    let store = Store::new();
    provide_context(store);
    let mode = state::mode::ReaderMode::new();
    provide_context(mode);
    state::keep_part::start_keeping(store);
    state::convert_ahead::convert_ahead(store);
    read_pasted_ranges(store);
    Effect::new(move || {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", store.lang.get().code());
        }
    });
    view! {
        <header::Header />
        <widgets::dropzone::DropZone>
            <main
                class="content"
                class:read-only=move || store.shown.read_only.get()
                class:details=move || mode.details.get()
            >
                <widgets::controls::Tabs />
                <widgets::share::Banners />
                <header::EnglishUnavailable />
                <widgets::keep::KeepNotices />
                <widgets::keep::SavedQuestion />
                <pages::reports::Failures />
                <pages::reports::part::PendingPart />
                {move || {
                    (store.work.reading.get() > 0 || store.keeping.is_opening())
                        .then(|| {
                            view! {
                                <p class="notice reading" role="status" aria-live="polite">
                                    {move || store.t(Msg::Loading)}
                                </p>
                            }
                        })
                }}
                <Views />
            </main>
        </widgets::dropzone::DropZone>
        <footer class="footer">
            {move || store.t(Msg::Privacy)}
            " · "
            <widgets::offline::KeepOffline />
        </footer>
        <Show when=move || mode.printing.get()>
            <pages::print::part::PrintPart />
        </Show>
    }
}

/// A range copied in Excel and pasted anywhere on the page (outside a text
/// field) is read like a dropped file.
fn read_pasted_ranges(store: Store) {
    let paste = window_event_listener(leptos::ev::paste, move |ev| {
        let in_field = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some();
        if in_field || store.shown.read_only.get_untracked() {
            return;
        }
        if let Some(text) = ev
            .clipboard_data()
            .and_then(|d| d.get_data("text/plain").ok())
        {
            if !text.trim().is_empty() {
                ev.prevent_default();
                state::reading::take_pasted(store, text);
            }
        }
    });
    on_cleanup(move || paste.remove());
}

/// The view of the chosen tab.
#[component]
fn Views() -> impl IntoView {
    let store = expect_context::<Store>();
    let mode = expect_context::<state::mode::ReaderMode>();
    let no_reports = move || {
        store.work.imports.with(Vec::is_empty)
            && store.work.pending.with(Vec::is_empty)
            && store.work.finance.with(Vec::is_empty)
    };
    move || match store.shown.tab.get() {
        Tab::Frames => view! { <pages::frames::part::FramesPart /> }.into_any(),
        _ if store.keeping.is_opening() => ().into_any(),
        _ if no_reports() => view! { <widgets::dropzone::EmptyState /> }.into_any(),
        // A shared link opens on the board summary; its details (the
        // workbench's overview) follow only when asked for.
        Tab::Overview if store.shown.read_only.get() => view! {
            <pages::reader::part::ReaderPart />
            <Show when=move || mode.details.get()>
                <pages::overview::part::OverviewPart />
            </Show>
        }
        .into_any(),
        Tab::Overview => view! {
            <pages::overview::part::OverviewPart />
            <pages::overview::part::GroupingPart />
        }
        .into_any(),
        Tab::Unit => view! { <pages::unit::part::UnitPart /> }.into_any(),
        Tab::Reports => view! { <pages::reports::part::ReportsPart /> }.into_any(),
    }
}
