//! The page's language. Swedish is in the app; English is a file of its
//! own (`budgetkoll::i18n::english`), fetched and checked the first time
//! it is chosen, and the page switches once it is there. Until then, and
//! when it cannot be fetched, the page stays as it is and says so.

use super::store::Store;
use crate::ui::browser::english;
use budgetkoll::i18n::english::{install, installed, English};
use budgetkoll::i18n::Lang;
use leptos::prelude::*;

impl Store {
    /// Shows the page in `lang`, fetching the English texts first when
    /// they are not yet in the app.
    pub fn choose_lang(&self, lang: Lang) {
        self.in_lang(lang, Box::new(|| {}));
    }

    /// Shows the page in `lang`, then runs `then`: at once when the texts
    /// are in the app, else once the English texts are fetched and
    /// checked. When they cannot be, the page stays as it is and says so,
    /// and `then` runs all the same. (`then` is boxed so that the fetch
    /// below is compiled once, not once per caller.)
    pub fn in_lang(&self, lang: Lang, then: Box<dyn FnOnce()>) {
        let store = *self;
        if lang == Lang::Sv || installed() {
            store.english_unavailable.set(false);
            store.lang.set(lang);
            then();
            return;
        }
        leptos::task::spawn_local(async move {
            match english::fetch()
                .await
                .ok()
                .and_then(|text| English::parse(text).ok())
            {
                Some(texts) => {
                    install(texts);
                    store.english_unavailable.set(false);
                    store.lang.set(Lang::En);
                }
                None => store.english_unavailable.set(true),
            }
            then();
        });
    }
}
