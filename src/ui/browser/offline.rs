//! Keeping the whole app in this browser for offline use, when the person
//! asks: index.html's `budgetkollKeepOffline`, which asks the service
//! worker (static/sw.js) to keep the parts and the spreadsheet worker a
//! first visit did not download. Absent where there is no service worker
//! (the single file opened from disk, which is itself the offline copy).

use js_sys::{Function, Promise, Reflect};
use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const KEEP: &str = "budgetkollKeepOffline";

fn keeper() -> Option<Function> {
    Reflect::get(&window(), &JsValue::from_str(KEEP))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

/// True when this page can be kept offline by its service worker.
pub fn can_keep() -> bool {
    keeper().is_some()
}

/// Keeps every file of the app; `Err` with the browser's words when a file
/// could not be fetched or there is no service worker.
pub async fn keep() -> Result<(), String> {
    let promise = keeper()
        .ok_or_else(|| KEEP.to_string())?
        .call0(&JsValue::NULL)
        .map_err(describe)?
        .dyn_into::<Promise>()
        .map_err(describe)?;
    JsFuture::from(promise).await.map(|_| ()).map_err(describe)
}

fn describe(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_default()
}
