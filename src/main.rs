//! The browser app: mounts the Leptos UI. All logic lives in the `budgetkoll`
//! library; the modules under `ui/` only render its view models and forward
//! user actions.

mod ui;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(ui::App);
}
