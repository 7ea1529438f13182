//! The browser's own yes-or-no question (`window.confirm`), for a change
//! that would drop the person's work.

use leptos::prelude::window;

/// Asks the user; `false` when the browser cannot ask.
pub fn confirm(question: &str) -> bool {
    window().confirm_with_message(question).unwrap_or(false)
}
