//! A static chart as a PNG: laid out at `scale` device pixels per CSS pixel with the built-in
//! font's metrics, painted by the chart's own draw code onto a pixmap (pixmap.rs), encoded.

use outage_charts::builtin_font::BuiltinFont;
use outage_charts::chart::Size;
use outage_charts::render::Prepared;

use crate::pixmap::PixmapBackend;

pub fn render(prepared: &Prepared, dark: bool, scale: f64) -> Result<Vec<u8>, String> {
    let size = Size {
        width: prepared.width,
        height: prepared.height,
        scale,
    };
    let layout = prepared.chart.layout(size, &BuiltinFont);
    let (w, h) = (layout.width as u32, layout.height as u32);
    // An auto height is only known now; the arguments checked the rest.
    if f64::from(w.max(h)) > crate::args::MAX_PIXELS {
        return Err(format!(
            "scale: the PNG would be {w}x{h} pixels, more than {} on a side",
            crate::args::MAX_PIXELS
        ));
    }
    let mut backend =
        PixmapBackend::new(w, h).ok_or_else(|| format!("scale: cannot make a {w}x{h} image"))?;
    prepared.chart.paint(&layout, dark, &mut backend)?;
    encode(&backend.pixmap).map_err(|e| format!("png: {e}"))
}

/// An RGB PNG with fast compression: a chart paints an opaque background first, so alpha is
/// always 255 and the premultiplied colours are the colours.
fn encode(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    let mut writer = encoder.write_header()?;
    // Row by row: no second copy of the image in memory.
    let mut stream = writer.stream_writer()?;
    let mut row = vec![0; pixmap.width() as usize * 3];
    for pixels in pixmap.data().chunks_exact(pixmap.width() as usize * 4) {
        for (out, pixel) in row.chunks_exact_mut(3).zip(pixels.chunks_exact(4)) {
            out.copy_from_slice(&pixel[..3]);
        }
        std::io::Write::write_all(&mut stream, &row)?;
    }
    stream.finish()?;
    writer.finish()?;
    Ok(out)
}
