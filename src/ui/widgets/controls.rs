//! The bar under the header: the view tabs and the settings every view
//! shares (period, Externt/Internt/Totalt, tkr/mnkr).

use crate::ui::state::store::{Store, Tab, OFFERED_UNITS};
use budgetkoll::fr1::schema::Part;
use budgetkoll::i18n::Msg;
use budgetkoll::money::AmountScale;
use budgetkoll::view::overview::periods;
use leptos::prelude::*;

/// The view tabs.
#[component]
pub fn Tabs() -> impl IntoView {
    let store = expect_context::<Store>();
    let tab = move |id: &'static str, which: Tab, msg: Msg| {
        view! {
            <button
                id=id
                role="tab"
                class="tab"
                aria-selected=move || (store.shown.tab.get() == which).to_string()
                on:click=move |_| store.shown.tab.set(which)
            >
                {move || store.t(msg)}
            </button>
        }
    };
    // A reader of a shared link does not need the list of loaded files,
    // nor an empty Budgetramar page.
    let mode = expect_context::<crate::ui::state::mode::ReaderMode>();
    let reading = move || store.shown.read_only.get() && !mode.details.get();
    view! {
        <nav class="tabs" role="tablist" aria-label=move || store.t(Msg::MainNav)>
            {tab("tab-overview", Tab::Overview, Msg::TabOverview)}
            {tab("tab-unit", Tab::Unit, Msg::TabUnit)}
            <Show when=move || !reading()>{tab("tab-reports", Tab::Reports, Msg::TabReports)}</Show>
            <Show when=move || !(reading() && store.work.frames.with(Option::is_none))>
                {tab("tab-frames", Tab::Frames, Msg::TabFrames)}
            </Show>
        </nav>
    }
}

/// Period, part and unit choosers.
#[component]
pub fn Settings() -> impl IntoView {
    let store = expect_context::<Store>();
    let choices = Memo::new(move |_| store.work.reports.with(|r| periods(r)));
    let part_button = move |part: Part, msg: Msg| {
        view! {
            <button
                class="seg"
                data-part=part.label()
                aria-pressed=move || (store.shown.part.get() == part).to_string()
                on:click=move |_| store.shown.part.set(part)
            >
                {move || store.t(msg)}
            </button>
        }
    };
    let unit_button = move |unit: AmountScale| {
        view! {
            <button
                class="seg"
                data-unit=unit.short()
                aria-pressed=move || (store.shown.unit.get() == unit).to_string()
                on:click=move |_| store.shown.unit.set(unit)
            >
                {unit.short()}
            </button>
        }
    };
    view! {
        <div class="settings">
            <label class="setting">
                <span>{move || store.t(Msg::ColPeriod)}</span>
                <select
                    id="period-select"
                    on:change:target=move |ev| {
                        let value = ev.target().value();
                        store.shown.period.set(choices.get().into_iter().find(|p| p.iso() == value));
                    }
                >
                    <For
                        each=move || choices.get()
                        key=|p| p.iso()
                        children=move |p| {
                            let selected = move || {
                                store.shown.period.get().or_else(|| choices.get().first().copied())
                                    == Some(p)
                            };
                            view! {
                                <option value=p.iso() selected=selected>{move || p.title(store.lang.get())}</option>
                            }
                        }
                    />
                </select>
            </label>
            <div class="setting" role="group" aria-label=move || store.t(Msg::PartLabel)>
                {part_button(Part::Externt, Msg::PartExternt)}
                {part_button(Part::Internt, Msg::PartInternt)}
                {part_button(Part::Totalt, Msg::PartTotalt)}
            </div>
            <div class="setting" role="group" aria-label=move || store.t(Msg::AmountUnitLabel)>
                {OFFERED_UNITS.into_iter().map(unit_button).collect_view()}
            </div>
        </div>
    }
}
