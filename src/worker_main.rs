//! The spreadsheet worker (`budgetkoll-sheets`): a Web Worker the app starts
//! on first use, which reads workbooks and writes the Excel export off the
//! main thread. Each message is a postcard request (a `Uint8Array`); the
//! answer goes back as postcard bytes with the buffer transferred. All the
//! work is `budgetkoll::sheets_protocol::serve`, tested on the host.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        // Anything but bytes decodes as an invalid request and is answered so.
        let bytes = ev
            .data()
            .dyn_into::<Uint8Array>()
            .map(|a| a.to_vec())
            .unwrap_or_default();
        let answer = Uint8Array::from(budgetkoll::sheets_protocol::serve(&bytes).as_slice());
        let transfer = Array::of1(&answer.buffer());
        // Posting fails only when the app has gone; nothing is left to tell.
        let _ = reply.post_message_with_transfer(&answer, &transfer);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point found no handler: the app waits for
    // this word before it sends anything.
    let _ = scope.post_message(&JsValue::from_str(READY));
}

/// The worker's first message, once it listens.
const READY: &str = "budgetkoll-sheets:ready";
