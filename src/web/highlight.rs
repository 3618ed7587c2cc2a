//! What hovering and the keyboard show: the datum ringed on the layer above the chart, the
//! tooltip beside it, and the live region's words. Never a repaint of the chart itself.

use wasm_bindgen::prelude::*;

use super::live::Live;
use crate::draw::highlight_bounds;
use crate::hit::{anchor, Hit};
use crate::interaction::{Datum, Place};

impl Live {
    /// Highlights `datum` and puts the tooltip beside `place`; `repaint` (the datum described)
    /// when the layer showed another datum, else only the layer's place and the tooltip move
    /// (the page may have scrolled).
    pub(super) fn show(&mut self, datum: Datum, repaint: Option<&Hit>, place: Place) {
        let at = match place {
            Place::Pointer(x, y) => (x, y),
            Place::Datum => self.viewport_anchor(datum),
        };
        let (Some(overlay), Some(layout)) =
            (self.parts.as_ref().and_then(|p| p.overlay()), &self.layout)
        else {
            return;
        };
        let (dark, scale) = (self.dark, self.surface.size.scale);
        let region = highlight_bounds(layout, self.chart.data(), datum);
        overlay.place_layer(&self.surface.canvas, region, scale);
        let mut painted = Ok(());
        if let Some(hit) = repaint {
            overlay.paint_layer(region, |backend| {
                painted = self.chart.paint_highlight(layout, dark, datum, backend);
            });
            let palette = self.chart.palette(dark);
            let data = self.chart.data();
            let name = data.series.get(hit.series).map_or("", |s| s.name.as_str());
            let body = format!("{}: {}", hit.label, hit.text);
            overlay.fill_tooltip(
                (name, &body),
                (&palette.text.hex(), &palette.background.hex()),
                scale,
            );
        }
        overlay.move_tooltip(at);
        self.report(painted.map_err(|e| JsError::new(&format!("canvas: {e}"))));
    }

    /// Where a datum is drawn, in viewport pixels.
    fn viewport_anchor(&self, (series, index): Datum) -> (f64, f64) {
        let rect = self.surface.canvas.get_bounding_client_rect();
        let scale = self.surface.size.scale;
        let at = self
            .layout
            .as_ref()
            .and_then(|l| anchor(l, self.chart.data(), series, index))
            .unwrap_or((0.0, 0.0));
        (rect.left() + at.0 / scale, rect.top() + at.1 / scale)
    }

    pub(super) fn announce(&self, text: &str) {
        if let Some(parts) = &self.parts {
            parts.announce(&self.surface.canvas, text);
        }
    }

    /// Hides the highlight and the tooltip.
    pub(super) fn hide_highlight(&self) {
        if let Some(parts) = &self.parts {
            parts.hide_overlay();
        }
    }
}
