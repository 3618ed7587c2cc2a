//! Zoom and pan of line and area charts, as the interaction asks for them: the maths lives in
//! [`crate::view`], the gestures in [`crate::interaction`]. Each change redraws; an error goes
//! to the page as `chart-error`.

use web_sys::HtmlCanvasElement;

use super::live::Live;
use crate::layout::Layout;

impl Live {
    /// Zooms by `factor` around `x` (CSS pixels from the canvas corner), or around the middle
    /// of the plot (keyboard `+` and `-`).
    pub(super) fn zoom(&mut self, x: Option<f64>, factor: f64) {
        let scale = self.surface.size.scale;
        self.change_view(|chart, layout| {
            let x = x.unwrap_or((layout.plot.x0 + layout.plot.x1) / 2.0 / scale);
            chart.zoom(layout, x, factor)
        });
    }

    /// Moves the x axis as if the drawing moved `dx` CSS pixels right.
    pub(super) fn pan(&mut self, dx: f64) {
        self.change_view(|chart, layout| chart.pan(layout, dx));
    }

    pub(super) fn reset_zoom(&mut self) {
        self.change_view(|chart, _| chart.reset_view());
    }

    /// Applies `change` to the chart as drawn, and redraws if it changed anything.
    fn change_view(&mut self, change: impl FnOnce(&mut crate::chart::Chart, &Layout) -> bool) {
        let Some(layout) = self.layout.take() else {
            return;
        };
        let changed = change(&mut self.chart, &layout);
        self.layout = Some(layout);
        if changed {
            let drawn = self.redraw(false);
            self.report(drawn);
        }
    }
}

/// Browsers may scroll or zoom the page under a touch; a zoomable chart takes touches itself.
pub(super) fn claim_touches(canvas: &HtmlCanvasElement, zoomable: bool) {
    let _ = canvas
        .style()
        .set_property("touch-action", if zoomable { "none" } else { "" });
}
