//! Text widths from the canvas's own `measureText`, so labels are laid out in the font they are
//! drawn in. Widths are kept per chart between redraws: a swap or a resize measures only the
//! labels it has not seen, where each `measureText` is a trip into the browser's text shaper.

use std::cell::RefCell;
use std::collections::HashMap;

use web_sys::CanvasRenderingContext2d;

use crate::text::{EstimatedText, Font, TextMeasure};

/// Beyond this many remembered widths the cache starts over: a page streaming ever new labels
/// must not grow it without end.
const MAX_WIDTHS: usize = 4096;

/// Widths by text, font size (its bits) and weight.
#[derive(Default)]
pub struct Widths(RefCell<HashMap<(String, u64, bool), f64>>);

pub struct CanvasMeasure<'a> {
    context: &'a CanvasRenderingContext2d,
    widths: &'a Widths,
    /// The font last set on the context.
    current: RefCell<Option<Font>>,
}

impl<'a> CanvasMeasure<'a> {
    pub fn new(context: &'a CanvasRenderingContext2d, widths: &'a Widths) -> Self {
        CanvasMeasure {
            context,
            widths,
            current: RefCell::new(None),
        }
    }

    fn measure(&self, text: &str, font: Font) -> f64 {
        if let Ok(mut current) = self.current.try_borrow_mut() {
            if *current != Some(font) {
                let weight = if font.bold { "bold" } else { "normal" };
                self.context
                    .set_font(&format!("{weight} {}px sans-serif", font.size));
                *current = Some(font);
            }
        }
        match self.context.measure_text(text) {
            Ok(metrics) => metrics.width(),
            Err(_) => EstimatedText.width(text, font),
        }
    }
}

impl TextMeasure for CanvasMeasure<'_> {
    fn width(&self, text: &str, font: Font) -> f64 {
        let key = (text.to_string(), font.size.to_bits(), font.bold);
        if let Some(width) = self
            .widths
            .0
            .try_borrow()
            .ok()
            .and_then(|w| w.get(&key).copied())
        {
            return width;
        }
        let width = self.measure(text, font);
        if let Ok(mut widths) = self.widths.0.try_borrow_mut() {
            if widths.len() >= MAX_WIDTHS {
                widths.clear();
            }
            widths.insert(key, width);
        }
        width
    }
}
