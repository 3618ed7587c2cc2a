//! Text widths from the canvas's own `measureText`, so labels are laid out in the font they are
//! drawn in. Widths are remembered for the page, shared by its charts (they measure in the same
//! fonts): a swap, a resize or a second chart measures only the labels not seen yet, where each
//! `measureText` is a trip into the browser's text shaper.

use std::cell::RefCell;

use web_sys::CanvasRenderingContext2d;

use crate::hash::Map;
use crate::math::Num;
use crate::text::{EstimatedText, Font, TextMeasure};

/// Beyond this many remembered widths the cache starts over: a page streaming ever new labels
/// must not grow it without end.
const MAX_WIDTHS: usize = 4096;

thread_local! {
    /// Widths by text, font size (its bits) and weight.
    static WIDTHS: RefCell<Map<(String, u64, bool), f64>> = RefCell::new(Map::default());
}

pub struct CanvasMeasure<'a> {
    context: &'a CanvasRenderingContext2d,
    /// The font last set on the context.
    current: RefCell<Option<Font>>,
}

impl<'a> CanvasMeasure<'a> {
    pub fn new(context: &'a CanvasRenderingContext2d) -> Self {
        CanvasMeasure {
            context,
            current: RefCell::new(None),
        }
    }

    fn measure(&self, text: &str, font: Font) -> f64 {
        if let Ok(mut current) = self.current.try_borrow_mut() {
            if *current != Some(font) {
                let weight = if font.bold { "bold" } else { "normal" };
                self.context
                    .set_font(&format!("{weight} {}px sans-serif", Num(font.size)));
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
        // `try_with`, not `with`: `with` panics with the error's `Debug` when the page's thread
        // is torn down, which a page never sees, and the panic's formatting stays in the module.
        let known = WIDTHS
            .try_with(|w| w.try_borrow().ok().and_then(|w| w.get(&key).copied()))
            .ok()
            .flatten();
        if let Some(width) = known {
            return width;
        }
        let width = self.measure(text, font);
        let _ = WIDTHS.try_with(|w| {
            if let Ok(mut widths) = w.try_borrow_mut() {
                if widths.len() >= MAX_WIDTHS {
                    widths.clear();
                }
                widths.insert(key, width);
            }
        });
        width
    }
}
