//! What a form (the frames' forms, the measures) says when what was typed
//! into it is not a figure. Typed, so it is told in the page's language
//! when shown (and follows a switch of language); one alert for every form.

use crate::ui::state::store::Store;
use budgetkoll::i18n::{Lang, Msg};
use budgetkoll::import::number::NumberError;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// Why a form's entry was not added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FormError {
    /// A figure the entry needs is missing; the message says which.
    Missing(Msg),
    /// The field (named by its label) does not hold an amount.
    Field { field: Msg, error: NumberError },
    /// A year's field does not hold an amount.
    Year { year: i32, error: NumberError },
}

impl FormError {
    pub(crate) fn text(&self, lang: Lang) -> String {
        let at = |field: &str, error: &NumberError| {
            Msg::FrFieldError.fill(lang, &[("field", field), ("error", &error.text(lang))])
        };
        match self {
            FormError::Missing(m) => m.text(lang).to_string(),
            FormError::Field { field, error } => at(field.text(lang), error),
            FormError::Year { year, error } => at(&year.to_string(), error),
        }
    }
}

/// The form's error, when it has one, as an alert.
#[component]
pub(crate) fn FormAlert(error: RwSignal<Option<FormError>>) -> impl IntoView {
    let store = expect_context::<Store>();
    move || {
        let lang = store.lang.get();
        error
            .with(|e| e.as_ref().map(|e| e.text(lang)))
            .map(|text| view! { <p class="notice warn" role="alert">{text}</p> })
    }
}

/// A field per year (`{name}-{year}`), labelled by `label`, holding what is
/// typed in `values` by year.
pub fn year_fields(
    years: Vec<i32>,
    label: impl Fn(i32) -> String,
    name: &'static str,
    size: &'static str,
    values: RwSignal<BTreeMap<i32, String>>,
) -> impl IntoView {
    years
        .into_iter()
        .map(|y| {
            view! {
                <label>{label(y)}
                    <input
                        name=format!("{name}-{y}")
                        inputmode="decimal"
                        size=size
                        prop:value=move || values.with(|v| v.get(&y).cloned().unwrap_or_default())
                        on:input:target=move |ev| {
                            let typed = ev.target().value();
                            values.update(|v| {
                                v.insert(y, typed);
                            });
                        }
                    />
                </label>
            }
        })
        .collect::<Vec<_>>()
}
