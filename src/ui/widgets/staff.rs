//! The staff as the pages show them, from [`budgetkoll::view::staff`]: the
//! key figures beside the money (årsarbetare and their change, sick leave
//! against the previous year per förvaltning, övertid + mertid, inhyrd
//! personal flagged above the national goal of 2 %) and each HR table as
//! printed, its stated figures with the app's rounding notes and warnings
//! at their cells.

use crate::ui::state::store::Store;
use budgetkoll::i18n::{Lang, Msg};
use budgetkoll::view::staff::{
    KeyFigure, StaffCell, StaffKeyFigures, StaffRowView, StaffTableView,
};
use leptos::prelude::*;

/// One key figure: label, the figure, then the earlier period's and the
/// change; marked when the app computed it.
fn key(label: String, f: &KeyFigure, lang: Lang) -> impl IntoView {
    let detail = Msg::StaffKeyDetail.fill(
        lang,
        &[
            ("earlier", &f.earlier),
            ("period", &f.periods[0]),
            ("change", &f.change),
        ],
    );
    view! {
        <div class="key-figure">
            <dt>{label}</dt>
            <dd>
                <span class="key-value">{f.value.clone()}</span>
                {(!f.periods[1].is_empty()).then(|| view! { <span class="key-period">" "{f.periods[1].clone()}</span> })}
                <span class="key-detail">{detail}</span>
                {f.computed.then(|| view! { <span class="by-app">{Msg::StaffComputed.text(lang)}</span> })}
            </dd>
        </div>
    }
}

/// The key figures of a förvaltning, a nämnd or the region.
#[component]
pub fn StaffFigures(model: StaffKeyFigures) -> impl IntoView {
    let lang = expect_context::<Store>().lang.get_untracked();
    let sick = model
        .sick_leave
        .iter()
        .map(|u| {
            let label = if model.sick_leave_per_unit {
                format!("{} · {}", Msg::StaffKeySick.text(lang), u.unit)
            } else {
                Msg::StaffKeySick.text(lang).to_string()
            };
            key(label, &u.figure, lang)
        })
        .collect_view();
    let agency = model.agency.as_ref().map(|a| {
        let (flag, class) = if a.above_goal {
            (format!("▲ {}", Msg::StaffAgencyGoal.text(lang)), "key-flag neg")
        } else {
            (Msg::StaffAgencyWithinGoal.text(lang).to_string(), "key-flag")
        };
        view! {
            <div class="key-figure" id="staff-agency">
                <dt>{Msg::StaffKeyAgency.text(lang)}</dt>
                <dd>
                    <span class="key-value">{a.share.clone()}</span>
                    <span class="key-detail">
                        {Msg::StaffAgencyDetail.fill(lang, &[("agency", &a.agency), ("own", &a.own)])}
                        {a.previous.clone().map(|p| format!(" · {}", Msg::StaffAgencyPrevious.fill(lang, &[("share", &p)])))}
                    </span>
                    <span class=class>{flag}</span>
                </dd>
            </div>
        }
    });
    view! {
        <dl class="key-figures">
            {model.worked.as_ref().map(|f| key(Msg::StaffKeyWorked.text(lang).to_string(), f, lang))}
            {model.employees.as_ref().map(|f| key(Msg::StaffKeyEmployees.text(lang).to_string(), f, lang))}
            {sick}
            {model.overtime_and_extra.as_ref().map(|f| key(Msg::StaffKeyOvertime.text(lang).to_string(), f, lang))}
            {agency}
        </dl>
        {model.sick_leave_per_unit.then(|| view! { <p class="note">{Msg::StaffSickLeavePerUnit.text(lang)}</p> })}
    }
}

/// A cell: the stated figure, and the app's derivation where it differs,
/// as a rounding note or a warning.
fn cell(c: &StaffCell, lang: Lang) -> impl IntoView {
    match &c.note {
        None => view! { <td class="num">{c.text.clone()}</td> }.into_any(),
        Some(n) => {
            let (msg, class) = if n.rounding {
                (Msg::StatedRounding, "num stated rounding")
            } else {
                (Msg::StatedDiffers, "num stated differs")
            };
            let note = msg.fill(lang, &[("d", &n.derived)]);
            view! {
                <td class=class title=note.clone()>
                    {c.text.clone()}
                    <span class="cell-note">{note.clone()}</span>
                </td>
            }
            .into_any()
        }
    }
}

fn row(r: &StaffRowView, lang: Lang, total: bool) -> impl IntoView {
    view! {
        <tr class:total=total>
            <th scope="row">{r.label.clone()}</th>
            {r.cells.iter().map(|c| cell(c, lang)).collect_view()}
        </tr>
    }
}

/// One HR table as printed: two periods and the change, each as Kvinna,
/// Man, Total.
#[component]
pub fn StaffTable(model: StaffTableView) -> impl IntoView {
    let lang = expect_context::<Store>().lang.get_untracked();
    let blocks = model
        .blocks
        .iter()
        .map(|b| view! { <th scope="colgroup" colspan="3" class="num">{b.clone()}</th> })
        .collect_view();
    let sexes = (0..3)
        .flat_map(|_| model.sexes.clone())
        .map(|s| view! { <th scope="col" class="num">{s}</th> })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="figures staff-table" data-kind=format!("{:?}", model.kind)>
                <caption>{model.title.clone()}</caption>
                <thead>
                    <tr><td></td>{blocks}</tr>
                    <tr><td></td>{sexes}</tr>
                </thead>
                <tbody>
                    {model.rows.iter().map(|r| row(r, lang, false)).collect_view()}
                    {model.total.as_ref().map(|r| row(r, lang, true))}
                </tbody>
            </table>
            {model.no_total.clone().map(|n| view! { <p class="note">{n}</p> })}
        </div>
    }
}
