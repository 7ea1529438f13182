//! The share link as a QR code beside "Dela", for a link on the projector.

use crate::ui::state::store::Store;
use budgetkoll::i18n::Msg;
use budgetkoll::view::qr::qr_svg;
use leptos::prelude::*;

/// The QR code of `link`, or why there is none.
#[component]
pub fn ShareQr(link: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let svg = qr_svg(&link, 240, store.t(Msg::ShareQr));
    view! {
        <figure class="share-qr" id="share-qr">
            {match svg {
                Some(svg) => view! {
                    <div class="qr" inner_html=svg></div>
                    <figcaption class="hint">{move || store.t(Msg::ShareQr)}</figcaption>
                }
                .into_any(),
                None => view! { <figcaption class="hint">{move || store.t(Msg::ShareQrTooLong)}</figcaption> }.into_any(),
            }}
        </figure>
    }
}
