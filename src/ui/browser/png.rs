//! A chart saved as PNG, for slides and Word documents that take no SVG: the
//! chart's own SVG drawn onto a canvas at twice its size (sharp on a
//! projector), on white, and offered as a file. All in the browser; the SVG
//! goes in as a `blob:` URL so the canvas stays readable.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Pixels per SVG unit: the PNG is drawn at this scale.
const SCALE: f64 = 2.0;

/// Renders `svg` to PNG and downloads it as `name`. Errors (a browser that
/// cannot decode the image) leave the page as it was.
pub async fn download_png(svg: &str, name: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&js_sys::JsString::from(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let image = web_sys::HtmlImageElement::new()?;
    image.set_src(&url);
    let decoded = JsFuture::from(image.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded?;

    let document = leptos::prelude::document();
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    let (w, h) = (image.natural_width(), image.natural_height());
    canvas.set_width((f64::from(w) * SCALE) as u32);
    canvas.set_height((f64::from(h) * SCALE) as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .dyn_into()?;
    context.set_fill_style_str("#ffffff");
    context.fill_rect(
        0.0,
        0.0,
        f64::from(canvas.width()),
        f64::from(canvas.height()),
    );
    context.draw_image_with_html_image_element_and_dw_and_dh(
        &image,
        0.0,
        0.0,
        f64::from(canvas.width()),
        f64::from(canvas.height()),
    )?;
    let data_url = canvas.to_data_url_with_type("image/png")?;
    let a: web_sys::HtmlElement = document.create_element("a")?.dyn_into()?;
    a.set_attribute("href", &data_url)?;
    a.set_attribute("download", name)?;
    a.click();
    Ok(())
}
