//! The drop zone covering the page, the file picker and the empty state that
//! explains what to drop.

use crate::ui::browser::files::read_file_list;
use crate::ui::state::store::Store;
use budgetkoll::i18n::Msg;
use leptos::ev::DragEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Wraps the page so files can be dropped anywhere on it.
#[component]
pub fn DropZone(children: Children) -> impl IntoView {
    let store = expect_context::<Store>();
    // Counts nested dragenter/dragleave pairs so the overlay doesn't flicker.
    let depth = RwSignal::new(0i32);
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        depth.set(0);
        if let Some(list) = ev.data_transfer().and_then(|dt| dt.files()) {
            spawn_local(async move {
                crate::ui::state::reading::ingest(store, read_file_list(list).await)
            });
        }
    };
    let on_enter = move |ev: DragEvent| {
        ev.prevent_default();
        depth.update(|d| *d += 1);
    };
    let on_over = move |ev: DragEvent| ev.prevent_default();
    let on_leave = move |_: DragEvent| depth.update(|d| *d = (*d - 1).max(0));
    let class = move || {
        if depth.get() > 0 {
            "dropzone dragging"
        } else {
            "dropzone"
        }
    };
    view! {
        <div
            class=class
            on:dragenter=on_enter
            on:dragover=on_over
            on:dragleave=on_leave
            on:drop=on_drop
        >
            {children()}
            <div class="drop-overlay" aria-hidden="true">
                <p>{move || store.t(Msg::DropOverlay)}</p>
            </div>
        </div>
    }
}

/// The file-picker button; accepts the formats the importer reads.
#[component]
pub fn PickFiles() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <label class="btn btn-primary edit-only">
            {move || store.t(Msg::PickFiles)}
            <input
                type="file"
                id="file-input"
                class="visually-hidden"
                multiple
                accept=".xlsx,.xls,.xlsm,.ods,.csv,.tsv,.txt,.budgetkoll"
                on:change:target=move |ev| {
                    let input = ev.target();
                    if let Some(list) = input.files() {
                        spawn_local(async move {
                            crate::ui::state::reading::ingest(store, read_file_list(list).await);
                            input.set_value("");
                        });
                    }
                }
            />
        </label>
    }
}

/// Shown while nothing is loaded: what to drop, and the demo button.
#[component]
pub fn EmptyState() -> impl IntoView {
    let store = expect_context::<Store>();
    view! {
        <section class="empty-state card">
            <div class="empty-icon" aria-hidden="true">"⇩"</div>
            <h2>{move || store.t(Msg::EmptyTitle)}</h2>
            <p>{move || store.t(Msg::EmptyBody)}</p>
            <div class="actions">
                <PickFiles />
                <button class="btn" id="show-example" on:click=move |_| crate::ui::state::reading::show_example(store)>
                    {move || store.t(Msg::ShowExample)}
                </button>
            </div>
        </section>
    }
}
