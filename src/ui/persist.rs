//! Keeping and sharing work without a server: the state is autosaved to
//! the browser's localStorage after every change (same encoding as share
//! links), restored on reload; a share link in the URL fragment opens as a
//! read-only presentation that never overwrites the user's own saved work
//! unless they ask for an editable copy.

use super::store::Store;
use budgetkoll::intake::Refusal;
use budgetkoll::share::{decode, encode, encode_file};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// localStorage key of the autosaved state.
const SAVE_KEY: &str = "budgetkoll.state";

/// Above this many characters a link is offered as a file instead: long
/// links break in e-mail clients and chat tools.
pub const LINK_LIMIT: usize = 16_000;

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

/// The user's own saved state, if any.
fn saved() -> Option<String> {
    storage()?.get_item(SAVE_KEY).ok().flatten()
}

/// Restores from the link or the saved state, then autosaves every change.
pub fn start(store: Store) {
    let hash = window().location().hash().unwrap_or_default();
    if hash.starts_with("#bk.") {
        match decode(&hash) {
            Ok(state) => {
                store.apply(state);
                store.read_only.set(true);
            }
            Err(e) => store.refuse(Refusal::new(
                store.t(budgetkoll::i18n::Msg::SharedLink),
                e.to_string(),
            )),
        }
    } else if let Some(text) = saved() {
        match decode(&text) {
            Ok(state) => store.apply(state),
            Err(e) => store.storage_warning.set(Some(e.to_string())),
        }
    }
    Effect::new(move |_| {
        let state = store.snapshot();
        if store.read_only.get() {
            return;
        }
        let written = storage()
            .ok_or(())
            .and_then(|s| s.set_item(SAVE_KEY, &encode(&state)).map_err(|_| ()));
        store.storage_warning.set(
            written
                .is_err()
                .then(|| store.t(budgetkoll::i18n::Msg::StorageFailed).to_string()),
        );
    });
}

/// Leaves presentation mode: the shared view becomes the user's own work,
/// after asking when that replaces something they saved.
pub fn make_editable(store: Store) {
    let has_own = saved().is_some_and(|s| decode(&s).is_ok_and(|st| !st.reports.is_empty()));
    if has_own && !confirm(store.t(budgetkoll::i18n::Msg::ReplaceSavedQuestion)) {
        return;
    }
    let _ = window()
        .history()
        .and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path())));
    store.read_only.set(false);
}

/// Asks the user; `false` when the browser cannot ask.
pub fn confirm(question: &str) -> bool {
    window().confirm_with_message(question).unwrap_or(false)
}

fn path() -> String {
    window()
        .location()
        .pathname()
        .unwrap_or_else(|_| "/".into())
}

/// The share link of the current state.
pub fn share_link(store: Store) -> String {
    let mut state = store.snapshot_untracked();
    state.view.read_only = true;
    let loc = window().location();
    format!(
        "{}{}#{}",
        loc.origin().unwrap_or_default(),
        path(),
        encode(&state)
    )
}

/// Offers the current state as a `.budgetkoll` file.
pub fn download_state(store: Store) {
    let bytes = encode_file(&store.snapshot_untracked());
    download("budgetkoll.budgetkoll", &bytes, "application/octet-stream");
}

/// Offers `bytes` as a file download.
pub fn download(name: &str, bytes: &[u8], mime: &str) {
    let array = js_sys::Uint8Array::from(bytes);
    let parts = js_sys::Array::of1(&array);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document().create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
