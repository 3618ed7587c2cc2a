//! Colours, strokes and text styles as plotters backends take them.

use std::convert::Infallible;

use plotters_backend::text_anchor::Pos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, FontFamily, FontStyle,
};

use crate::math;
use crate::model::Rgb;
use crate::text::Font;

/// Black or white text for a background colour, by its relative luminance (WCAG).
pub(super) fn readable_on(background: Rgb) -> Rgb {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            math::pow((c + 0.055) / 1.055, 2.4)
        }
    };
    let luminance = 0.2126 * linear(background.0)
        + 0.7152 * linear(background.1)
        + 0.0722 * linear(background.2);
    // The luminance where black and white text have equal contrast.
    if luminance > 0.179 {
        Rgb(0, 0, 0)
    } else {
        Rgb(255, 255, 255)
    }
}

/// A solid colour with a stroke width, as plotters backends take it.
pub(super) struct Stroke {
    pub(super) color: Rgb,
    pub(super) alpha: f64,
    pub(super) width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        backend_color(self.color, self.alpha)
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

pub(super) fn backend_color(c: Rgb, alpha: f64) -> BackendColor {
    BackendColor {
        alpha,
        rgb: (c.0, c.1, c.2),
    }
}

pub(super) fn stroke(color: Rgb, width: f64) -> Stroke {
    Stroke {
        color,
        alpha: 1.0,
        // Backends take whole pixels; a hairline stays visible.
        width: width.round().max(1.0) as u32,
    }
}

/// Text in the page's sans-serif. Canvas and SVG render text themselves, so the glyph
/// rasterising half of plotters' text trait is never used.
pub(super) struct TextStyle<'a> {
    pub(super) font: Font,
    pub(super) family: &'a str,
    pub(super) color: Rgb,
    pub(super) anchor: Pos,
}

impl BackendTextStyle for TextStyle<'_> {
    type FontError = Infallible;

    fn color(&self) -> BackendColor {
        backend_color(self.color, 1.0)
    }

    fn size(&self) -> f64 {
        self.font.size
    }

    fn style(&self) -> FontStyle {
        if self.font.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }

    fn anchor(&self) -> Pos {
        self.anchor
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(self.family)
    }

    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Infallible> {
        let width = crate::text::TextMeasure::width(&crate::text::EstimatedText, text, self.font);
        Ok((
            (0, 0),
            (width.round() as i32, self.font.size.round() as i32),
        ))
    }

    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, Infallible> {
        Ok(Ok(()))
    }
}

/// Device pixels → backend coordinates; `as` saturates, so nothing overflows.
pub(crate) fn pt(x: f64, y: f64) -> BackendCoord {
    (x.round() as i32, y.round() as i32)
}
