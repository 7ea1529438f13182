//! The share link as a QR code, so a link shown on the projector opens on
//! the phones in the room. The `qrcode` crate encodes; its SVG renderer
//! draws the modules as one path (no script, no external reference), which
//! the page inserts like the charts.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The most a QR code holds as bytes at the lowest error correction
/// (version 40-L); longer links are sent as text or a file instead.
pub const QR_MAX_BYTES: usize = 2953;

/// `text` as an SVG QR code drawn at least `size` px square (with the quiet
/// zone readers need), labelled `label` for screen readers, or `None` when
/// it does not fit in a QR code.
pub fn qr_svg(text: &str, size: u32, label: &str) -> Option<String> {
    if text.len() > QR_MAX_BYTES {
        return None;
    }
    // Level L fits the most: a screen or a printed page is not a dirty label.
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    let svg = code
        .render::<svg::Color>()
        .min_dimensions(size, size)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    // From the <svg> element on (no XML declaration inside HTML), as an image
    // with a name.
    let start = svg.find("<svg")?;
    Some(svg[start..].replacen(
        "<svg",
        &format!(
            "<svg role=\"img\" aria-label=\"{}\"",
            crate::charts::svg::escape(label)
        ),
        1,
    ))
}

/// The number of modules per side of `text`'s QR code, for tests and the
/// page's hint; `None` when it does not fit.
pub fn qr_modules(text: &str) -> Option<usize> {
    QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L)
        .ok()
        .map(|c| c.width())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_link_is_a_small_code_and_a_long_one_none() {
        // "https://example.org/#bk.AAAA" is 28 bytes: version 2 (25 modules)
        // holds 32 bytes at level L, version 1 (21) only 17.
        let link = "https://example.org/#bk.AAAA";
        assert_eq!(qr_modules(link), Some(25));
        let svg = qr_svg(link, 200, "QR \"link\"").expect("fits");
        assert!(
            svg.starts_with("<svg role=\"img\" aria-label=\"QR &quot;link&quot;\""),
            "{}",
            &svg[..60]
        );
        assert!(svg.contains("<path"));
        assert!(!svg.contains("<script"));
        assert_eq!(qr_svg(&"a".repeat(QR_MAX_BYTES + 1), 200, ""), None);
        // The longest that fits is version 40: 177 modules.
        assert_eq!(qr_modules(&"a".repeat(QR_MAX_BYTES)), Some(177));
    }
}
