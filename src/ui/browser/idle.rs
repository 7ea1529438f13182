//! Work the page does before the person asks for it, once the browser has
//! nothing else to do: `requestIdleCallback`, or a short timer in a
//! browser without it (Safari).

use leptos::prelude::window;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How long a browser without idle callbacks waits before `work`, in ms.
const WITHOUT_IDLE_MS: i32 = 500;

/// Runs `work` once, when the browser is idle.
pub fn when_idle(work: impl FnOnce() + 'static) {
    let callback = Closure::once_into_js(work);
    let window = window();
    if window
        .request_idle_callback(callback.unchecked_ref())
        .is_err()
    {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            callback.unchecked_ref(),
            WITHOUT_IDLE_MS,
        );
    }
}
