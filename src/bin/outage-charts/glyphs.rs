//! Text on the PNG: glyphs of the built-in DejaVu Sans rasterised by ab_glyph and placed with
//! the very advance widths the layout measured (outage_charts::builtin_font), so every label
//! ends exactly where the layout expected it to. Anchors follow the SVG's: top at 0.76 em above
//! the baseline, middle and bottom half an x-height from it.
//!
//! There is no shaping: kerning is left out as the measure leaves it out, and right-to-left
//! text is reversed as a whole when it holds no left-to-right letter (a Hebrew or Arabic
//! label); mixed runs and Arabic joining are beyond this program (the SVG has them).

use ab_glyph::{Font as _, FontRef, PxScale};
use outage_charts::builtin_font::advance;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendTextStyle, FontStyle};
use tiny_skia::Pixmap;

static REGULAR: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf");

/// DejaVu Sans's x-height, in ems (OS/2 sxHeight 1120 of 2048 units).
const X_HEIGHT: f32 = 1120.0 / 2048.0;

pub struct Glyphs {
    regular: FontRef<'static>,
    bold: FontRef<'static>,
}

impl Glyphs {
    pub fn new() -> Option<Glyphs> {
        Some(Glyphs {
            regular: FontRef::try_from_slice(REGULAR).ok()?,
            bold: FontRef::try_from_slice(BOLD).ok()?,
        })
    }

    pub fn draw<T: BackendTextStyle>(
        &self,
        pixmap: &mut Pixmap,
        text: &str,
        style: &T,
        pos: (i32, i32),
    ) {
        let bold = matches!(style.style(), FontStyle::Bold);
        let font = if bold { &self.bold } else { &self.regular };
        let size = style.size() as f32;
        let chars = visual_order(text);
        let units: u32 = chars.iter().map(|c| u32::from(advance(*c, bold))).sum();
        let width = units as f32 * size / 2048.0;
        let anchor = style.anchor();
        let mut x = pos.0 as f32
            - match anchor.h_pos {
                HPos::Left => 0.0,
                HPos::Center => width / 2.0,
                HPos::Right => width,
            };
        let baseline = pos.1 as f32
            + match anchor.v_pos {
                VPos::Top => 0.76 * size,
                VPos::Center => 0.5 * X_HEIGHT * size,
                VPos::Bottom => -0.5 * X_HEIGHT * size,
            };
        // ab_glyph scales by ascent minus descent; the layout speaks in ems.
        let em = font.units_per_em().unwrap_or(2048.0);
        let scale = PxScale::from(size * font.height_unscaled() / em);
        let color = style.color();
        for c in chars {
            let step = f32::from(advance(c, bold)) * size / 2048.0;
            let id = font.glyph_id(c);
            if id.0 == 0 && step > 0.0 && !c.is_whitespace() {
                missing_box(pixmap, x, baseline, step, size, color.rgb);
            } else if id.0 != 0 {
                let glyph = id.with_scale_and_position(scale, ab_glyph::point(x, baseline));
                if let Some(outline) = font.outline_glyph(glyph) {
                    let bounds = outline.px_bounds();
                    let (left, top) = (bounds.min.x as i32, bounds.min.y as i32);
                    outline.draw(|gx, gy, coverage| {
                        let (px, py) = (left + gx as i32, top + gy as i32);
                        blend(pixmap, px, py, color.rgb, coverage * color.alpha as f32);
                    });
                }
            }
            x += step;
        }
    }
}

/// A hollow box where the font has no glyph (CJK, emoji): the text is visibly there, and the
/// SVG, which a browser draws with its own fonts, shows it whole.
fn missing_box(
    pixmap: &mut Pixmap,
    x: f32,
    baseline: f32,
    step: f32,
    size: f32,
    rgb: (u8, u8, u8),
) {
    let (x0, x1) = ((x + step * 0.12) as i32, (x + step * 0.88) as i32);
    let (y0, y1) = ((baseline - size * 0.72) as i32, baseline as i32);
    let thick = (size / 16.0).max(1.0) as i32;
    for y in y0..y1 {
        for x in x0..x1 {
            let edge = x < x0 + thick || x >= x1 - thick || y < y0 + thick || y >= y1 - thick;
            if edge {
                blend(pixmap, x, y, rgb, 0.8);
            }
        }
    }
}

/// The characters of `text` in the order they are seen: reversed for right-to-left text.
fn visual_order(text: &str) -> Vec<char> {
    let rtl = |c: char| matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
    let mut chars: Vec<char> = text.chars().collect();
    let has_rtl = chars.iter().any(|c| rtl(*c));
    let has_ltr = chars.iter().any(|c| c.is_alphabetic() && !rtl(*c));
    if has_rtl && !has_ltr {
        chars.reverse();
    }
    chars
}

/// Paints `rgb` at `coverage` (0 to 1) over pixel (x, y), outside the pixmap doing nothing.
/// Integer arithmetic: this runs for every pixel of every glyph's box.
fn blend(pixmap: &mut Pixmap, x: i32, y: i32, rgb: (u8, u8, u8), coverage: f32) {
    let (w, h) = (pixmap.width() as i32, pixmap.height() as i32);
    let a = (coverage.min(1.0) * 255.0) as u32;
    if a == 0 || x < 0 || y < 0 || x >= w || y >= h {
        return;
    }
    let index = (y * w + x) as usize * 4;
    let pixel = &mut pixmap.data_mut()[index..index + 4];
    // Premultiplied RGBA: source-over with an opaque colour at alpha `a` / 255.
    for (dst, src) in pixel.iter_mut().zip([rgb.0, rgb.1, rgb.2, 255]) {
        let mixed = u32::from(src) * a + u32::from(*dst) * (255 - a);
        *dst = ((mixed + 127) / 255) as u8;
    }
}
