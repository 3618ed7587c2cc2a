//! SVG → PNG with resvg, in the font built into the program: the layout measured the text with
//! this font's advance widths (outage_charts::builtin_font), so the pixels match the layout.

use std::sync::Arc;

use resvg::{tiny_skia, usvg};

static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// `svg`, `width` × `height` CSS pixels, drawn at `scale` device pixels per CSS pixel.
pub fn rasterise(svg: &str, width: f64, height: f64, scale: f64) -> Result<Vec<u8>, String> {
    let mut options = usvg::Options::default();
    let fonts = options.fontdb_mut();
    // No system font is ever looked up: the same PNG on every machine.
    fonts.load_font_source(usvg::fontdb::Source::Binary(Arc::new(REGULAR)));
    fonts.load_font_source(usvg::fontdb::Source::Binary(Arc::new(BOLD)));
    fonts.set_sans_serif_family(outage_charts::builtin_font::FAMILY);
    options.font_family = outage_charts::builtin_font::FAMILY.to_string();
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("svg: {e}"))?;
    let (w, h) = ((width * scale).round(), (height * scale).round());
    let mut pixmap = tiny_skia::Pixmap::new(w as u32, h as u32)
        .ok_or_else(|| format!("scale: cannot make a {w}x{h} image"))?;
    let scale = scale as f32;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| format!("png: {e}"))
}
