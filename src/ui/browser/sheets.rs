//! The spreadsheet worker as seen from the app: workbooks are read and Excel
//! files written by `budgetkoll-sheets`, a second wasm module in a Web
//! Worker that is only downloaded the first time a workbook or an Excel
//! export is needed. Text files and `.budgetkoll` files never wait for it.
//!
//! One worker for the page, started lazily. Each request gets an id and a
//! oneshot channel; the worker's answers are matched by id, so several files
//! can be read at once. Requests made before the worker says it is ready
//! wait in a queue. If the worker fails to start or stops, every waiting
//! request is answered with an error and the next request starts a new one.
//!
//! The served site starts the worker from `budgetkoll-sheets-loader.js`;
//! the single-file build (`budgetkoll.html`) defines the global
//! `budgetkollSheetsUrl`, a `data:` URL of the inlined worker, and that is
//! used instead (see scripts/postbuild.mjs).

use budgetkoll::export::ExportTable;
use budgetkoll::import::error::{ImportError, ImportErrorKind, WorkerFault};
use budgetkoll::import::format_by_name;
use budgetkoll::import::grid::Grid;
use budgetkoll::intake::{intake_grids, intake_start, Intake, Reason, Refusal, Step};
use budgetkoll::sheets_protocol::{decode, encode, Envelope, Request, Response};
use futures_channel::oneshot;
use js_sys::{Array, Uint8Array};
use std::cell::RefCell;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ErrorEvent, Event, MessageEvent, Worker};

/// The worker script of the served site, next to index.html
/// (static/budgetkoll-sheets-loader.js).
const WORKER_URL: &str = "./budgetkoll-sheets-loader.js";
/// The global the single-file build sets to its inlined worker's URL.
const INLINE_URL_GLOBAL: &str = "budgetkollSheetsUrl";
/// The worker's first message, once it listens (src/worker_main.rs).
const READY: &str = "budgetkoll-sheets:ready";
/// How the worker's loader says its module could not be started.
const FAILED: &str = "budgetkoll-sheets:failed";

/// The worker's answer to a request, or why there is none.
type Answer = Result<Response, WorkerFault>;

struct Client {
    worker: Worker,
    ready: bool,
    /// Encoded requests waiting for the worker to be ready.
    queue: Vec<Vec<u8>>,
    waiting: HashMap<u32, oneshot::Sender<Answer>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(Event)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
    static NEXT_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(1) };
}

fn worker_url() -> String {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(INLINE_URL_GLOBAL))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| WORKER_URL.to_string())
}

fn post(worker: &Worker, message: &[u8]) -> Result<(), JsValue> {
    let bytes = Uint8Array::from(message);
    worker.post_message_with_transfer(&bytes, &Array::of1(&bytes.buffer()))
}

/// Answers every waiting request with `fault` and forgets the worker, so
/// the next request starts a new one.
fn fail_all(fault: WorkerFault) {
    let client = CLIENT.with(|c| c.borrow_mut().take());
    if let Some(client) = client {
        client.worker.set_onmessage(None);
        client.worker.set_onerror(None);
        client.worker.terminate();
        // This may run inside one of these closures: they must outlive it.
        std::mem::forget(client._on_message);
        std::mem::forget(client._on_error);
        for (_, tx) in client.waiting {
            let _ = tx.send(Err(fault));
        }
    }
}

fn on_message(ev: MessageEvent) {
    let data = ev.data();
    if data.as_string().as_deref() == Some(READY) {
        let failed = CLIENT.with(|c| {
            let mut c = c.borrow_mut();
            let client = c.as_mut()?;
            client.ready = true;
            std::mem::take(&mut client.queue)
                .iter()
                .find_map(|m| post(&client.worker, m).err())
        });
        if let Some(e) = failed {
            leptos::logging::warn!("budgetkoll-sheets: {e:?}");
            fail_all(WorkerFault::NoAnswer);
        }
        return;
    }
    if let Some(failed) = data
        .as_string()
        .and_then(|s| s.strip_prefix(FAILED).map(str::to_string))
    {
        leptos::logging::warn!("budgetkoll-sheets: {}", failed.trim());
        fail_all(WorkerFault::NotStarted);
        return;
    }
    let bytes = data
        .dyn_into::<Uint8Array>()
        .map(|a| a.to_vec())
        .unwrap_or_default();
    let Ok(Envelope { id, body }) = decode::<Response>(&bytes) else {
        return;
    };
    let tx = CLIENT.with(|c| c.borrow_mut().as_mut()?.waiting.remove(&id));
    if let Some(tx) = tx {
        let _ = tx.send(Ok(body));
    }
}

fn start() -> Result<Client, JsValue> {
    let worker = Worker::new(&worker_url())?;
    let on_msg = Closure::<dyn FnMut(MessageEvent)>::new(on_message);
    // A script error (the module aborted: "RuntimeError: unreachable")
    // comes as an ErrorEvent and is handled here, so the page names the file
    // in Swedish and the browser logs no uncaught error; a worker that could
    // not be loaded at all comes as a plain Event.
    let on_err = Closure::<dyn FnMut(Event)>::new(|ev: Event| {
        ev.prevent_default();
        if ev.dyn_ref::<ErrorEvent>().is_some() {
            fail_all(WorkerFault::Stopped);
        } else {
            fail_all(WorkerFault::NotStarted);
        }
    });
    worker.set_onmessage(Some(on_msg.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_err.as_ref().unchecked_ref()));
    Ok(Client {
        worker,
        ready: false,
        queue: Vec::new(),
        waiting: HashMap::new(),
        _on_message: on_msg,
        _on_error: on_err,
    })
}

/// Sends `request` to the worker now (starting it if need be); the future
/// is its answer, or why there is none.
fn ask(request: Request) -> impl Future<Output = Answer> {
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.checked_add(1).unwrap_or(1));
        id
    });
    let message = encode(id, request);
    let (tx, rx) = oneshot::channel();
    let sent = CLIENT.with(|c| -> Result<(), JsValue> {
        let mut c = c.borrow_mut();
        let client = match c.as_mut() {
            Some(client) => client,
            None => c.insert(start()?),
        };
        client.waiting.insert(id, tx);
        if client.ready {
            post(&client.worker, &message)
        } else {
            client.queue.push(message);
            Ok(())
        }
    });
    let failed = sent.err().map(|e| {
        leptos::logging::warn!("budgetkoll-sheets: {e:?}");
        fail_all(WorkerFault::NotStarted);
    });
    async move {
        match failed {
            Some(()) => Err(WorkerFault::NotStarted),
            None => rx.await.unwrap_or(Err(WorkerFault::NoAnswer)),
        }
    }
}

/// The worker's answer, unless it says it could not read the request (its
/// reason goes to the console).
fn answered(response: Response) -> Answer {
    match response {
        Response::Invalid(why) => {
            leptos::logging::warn!("budgetkoll-sheets: {why}");
            Err(WorkerFault::Misunderstood)
        }
        other => Ok(other),
    }
}

/// Every sheet of the workbook `name` as grids, read in the worker (the
/// request is sent at once; the future is the answer).
pub fn read_grids(
    name: String,
    bytes: Vec<u8>,
) -> impl Future<Output = Result<Vec<Grid>, ImportError>> {
    let answer = ask(Request::ReadGrids {
        name: name.clone(),
        bytes,
    });
    async move {
        let format = format_by_name(&name);
        let kind = match answer.await.and_then(answered) {
            Ok(Response::Grids(grids)) => return grids,
            Ok(_) => ImportErrorKind::NoAnswer {
                format,
                fault: WorkerFault::Unexpected,
            },
            Err(WorkerFault::Stopped) => ImportErrorKind::ReaderStopped { format },
            Err(fault) => ImportErrorKind::NoAnswer { format, fault },
        };
        Err(ImportError::new(&name, kind))
    }
}

/// A file being read: its intake once read.
pub type Reading = Pin<Box<dyn Future<Output = Result<Intake, Refusal>>>>;

/// Reads a file, in the part that holds the importers (`ui/state/reading.rs`):
/// `.budgetkoll` and text at once, workbooks through the worker.
pub fn read_file(name: String, bytes: Vec<u8>) -> Reading {
    let read = match intake_start(&name, &bytes) {
        Step::Done(result) => Err(result),
        Step::Workbook => Ok(read_grids(name.clone(), bytes)),
    };
    Box::pin(async move {
        match read {
            Err(done) => done,
            Ok(grids) => intake_grids(&name, grids.await),
        }
    })
}

/// The table as the bytes of an `.xlsx` file, written in the worker.
pub async fn write_xlsx(table: ExportTable, sheet: String) -> Result<Vec<u8>, Reason> {
    match ask(Request::WriteXlsx { table, sheet })
        .await
        .and_then(answered)
    {
        Ok(Response::Xlsx(result)) => result.map_err(|detail| Reason::XlsxFailed { detail }),
        Ok(_) => Err(Reason::XlsxNoAnswer(WorkerFault::Unexpected)),
        Err(WorkerFault::Stopped) => Err(Reason::XlsxStopped),
        Err(fault) => Err(Reason::XlsxNoAnswer(fault)),
    }
}
