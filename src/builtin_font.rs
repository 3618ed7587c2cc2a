//! Text widths from the font built into the module, DejaVu Sans (assets/fonts/): what static
//! charts (`renderSvg`, the command line) are laid out with, so that the same call gives the same
//! bytes on every machine, in wasm and natively alike. The command line draws its PNGs with the
//! same font, so what is measured is what is drawn there.
//!
//! Widths are sums of whole font units, scaled once: no platform's float rounding can move a
//! line break.

use crate::font_metrics::{BOLD, MISSING, NOTDEF, RANGES, REGULAR, UNITS_PER_EM};
use crate::text::{Font, TextMeasure};

/// The font's family name, as static SVGs name it (with `sans-serif` after it).
pub const FAMILY: &str = "DejaVu Sans";

/// Measures text with the built-in DejaVu Sans metrics.
pub struct BuiltinFont;

impl TextMeasure for BuiltinFont {
    fn width(&self, text: &str, font: Font) -> f64 {
        let units: u64 = text.chars().map(|c| u64::from(advance(c, font.bold))).sum();
        units as f64 * font.size / f64::from(UNITS_PER_EM)
    }
}

/// The advance of `c` in font units (2048 an em).
pub fn advance(c: char, bold: bool) -> u16 {
    let code = u32::from(c);
    let mut offset = 0usize;
    for &(first, count) in RANGES.iter() {
        if code < first {
            break;
        }
        if code < first + count {
            let index = offset + (code - first) as usize;
            let table: &[u16] = if bold { &BOLD } else { &REGULAR };
            match table.get(index) {
                Some(&units) if units != MISSING => return units,
                _ => break,
            }
        }
        offset += count as usize;
    }
    fallback(code, bold)
}

/// Characters the font lacks: invisible ones take no room, East Asian wide ones and emoji an em,
/// the rest the missing-glyph box (what the command line's PNG draws for them).
fn fallback(code: u32, bold: bool) -> u16 {
    let zero_width = matches!(code, 0x200B..=0x200F | 0x2060..=0x2064 | 0xFE00..=0xFE0F | 0xFEFF)
        || (0xE0000..=0xE01EF).contains(&code);
    let wide = matches!(code,
        0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F000..=0x1FAFF | 0x20000..=0x3FFFD);
    if zero_width {
        0
    } else if wide {
        UNITS_PER_EM as u16
    } else {
        NOTDEF[usize::from(bold)]
    }
}
