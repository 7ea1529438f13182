//! "CSV" and "Excel" buttons for a table: the same rows as shown, with exact
//! figures, saved as a file on the device. The Excel file is written by the
//! spreadsheet worker ([`crate::ui::browser::sheets`]).

use crate::ui::browser::download::download;
use crate::ui::browser::sheets::write_xlsx;
use crate::ui::state::store::Store;
use budgetkoll::export::{file_stem, to_csv_sv, ExportTable};
use budgetkoll::i18n::Msg;
use leptos::prelude::*;
use leptos::task::spawn_local;

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
        let name = format!("{}.xlsx", file_stem(&t.title));
        let sheet = t.title.clone();
        spawn_local(async move {
            match write_xlsx(t, sheet).await {
                Ok(bytes) => download(
                    &name,
                    &bytes,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                ),
                Err(reason) => store.refuse(budgetkoll::intake::Refusal::new(name, reason)),
            }
        });
    };
    view! {
        <span class="export">
            <button class="btn btn-quiet export-csv" on:click=csv title=move || store.t(Msg::ExportCsvHint)>"CSV"</button>
            <button class="btn btn-quiet export-xlsx" on:click=xlsx title=move || store.t(Msg::ExportXlsxHint)>"Excel"</button>
        </span>
    }
}
