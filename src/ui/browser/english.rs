//! The English texts' file (`budgetkoll::i18n::english`), fetched through
//! the page's `budgetkollEnglish`: index.html's fetches the file the build
//! named, the single file's inflates the copy inlined in it.

use super::part::Unavailable;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

const FETCH: &str = "budgetkollEnglish";

/// The file's text; [`Unavailable`] when the page has no way to fetch it
/// or the fetch failed (offline before the service worker kept it).
pub async fn fetch() -> Result<String, Unavailable> {
    let promise = Reflect::get(&js_sys::global(), &JsValue::from_str(FETCH))
        .ok()
        .and_then(|f| f.dyn_into::<Function>().ok())
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|p| p.dyn_into::<Promise>().ok())
        .ok_or(Unavailable)?;
    let text = JsFuture::from(promise).await.map_err(|_| Unavailable)?;
    text.as_string().ok_or(Unavailable)
}
