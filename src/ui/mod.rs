//! Leptos components. Small, each taking view models or the [`store::Store`]
//! context, never raw files: bytes go through [`files`] into the engine first.

mod dropzone;
mod files;
mod header;
mod store;

use budgetkoll::i18n::Msg;
use leptos::prelude::*;
use store::Store;

/// The whole page: header, then the drop zone that holds every view.
#[component]
pub fn App() -> impl IntoView {
    let store = Store::new();
    provide_context(store);
    Effect::new(move || {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", store.lang.get().code());
        }
    });
    view! {
        <header::Header />
        <dropzone::DropZone>
            <main class="content">
                <Show when=move || store.is_empty() fallback=|| view! { <p>{"…"}</p> }>
                    <dropzone::EmptyState />
                </Show>
            </main>
        </dropzone::DropZone>
        <footer class="footer">{move || store.t(Msg::Privacy)}</footer>
    }
}
