//! The charts' style in the page, once: a style element in the document's
//! head that the first chart drawn adds (a chart box, the printed report).
//! Not in the app's root view, which is the first paint: a page that draws
//! no chart (a link's board summary) does not download it.

use budgetkoll::charts::svg::STYLE;
use leptos::prelude::document;

const ID: &str = "bk-chart-style";

/// Adds the charts' style to the document unless it is there.
pub fn ensure() {
    let doc = document();
    if doc.get_element_by_id(ID).is_some() {
        return;
    }
    let (Ok(style), Some(head)) = (doc.create_element("style"), doc.head()) else {
        return;
    };
    style.set_id(ID);
    style.set_text_content(Some(STYLE));
    let _ = head.append_child(&style);
}
