//! "CSV" and "Excel" buttons for a table: the same rows as shown, with exact
//! figures, saved as a file on the device.

use super::persist::download;
use super::store::Store;
use budgetkoll::export::xlsx::to_xlsx;
use budgetkoll::export::{file_stem, to_csv_sv, ExportTable};
use budgetkoll::i18n::Msg;
use leptos::prelude::*;

#[component]
pub fn ExportButtons(table: Signal<ExportTable>) -> impl IntoView {
    let store = expect_context::<Store>();
    let csv = move |_| {
        let t = table.get_untracked();
        download(
            &format!("{}.csv", file_stem(&t.title)),
            to_csv_sv(&t).as_bytes(),
            "text/csv;charset=utf-8",
        );
    };
    let xlsx = move |_| {
        let t = table.get_untracked();
        match to_xlsx(&t, &t.title) {
            Ok(bytes) => download(
                &format!("{}.xlsx", file_stem(&t.title)),
                &bytes,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ),
            Err(e) => store.failures.update(|f| {
                f.push(budgetkoll::intake::Refusal {
                    file: format!("{}.xlsx", file_stem(&t.title)),
                    reason: e.to_string(),
                })
            }),
        }
    };
    view! {
        <span class="export">
            <button class="btn btn-quiet export-csv" on:click=csv title=move || store.t(Msg::ExportCsvHint)>"CSV"</button>
            <button class="btn btn-quiet export-xlsx" on:click=xlsx title=move || store.t(Msg::ExportXlsxHint)>"Excel"</button>
        </span>
    }
}
