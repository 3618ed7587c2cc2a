//! Zoom and pan of line and area charts: the wheel (and a trackpad pinch, which browsers send
//! as a wheel with Ctrl) zooms around the pointer, one finger or a mouse drag pans, two fingers
//! pinch, a double click or the `0` key returns to all the data, `+` and `-` zoom from the
//! keyboard. The maths lives in [`crate::view`]; here are only the events.

use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlCanvasElement, PointerEvent, WheelEvent};

use super::interact::Outgoing;
use super::Live;

/// Pointers down on the canvas: id and position in CSS pixels from the canvas corner.
#[derive(Default)]
pub(super) struct Gesture {
    pointers: Vec<(i32, f64, f64)>,
    /// How far the pointers travelled since the first went down: a click after a drag is no click.
    pub travelled: f64,
}

impl Live {
    fn zoomable(&self) -> bool {
        self.layout.as_ref().is_some_and(|l| l.x_scale.is_some())
    }

    pub(super) fn on_wheel(&mut self, event: &Event) -> Vec<Outgoing> {
        let Some(wheel) = event.dyn_ref::<WheelEvent>() else {
            return Vec::new();
        };
        if !self.zoomable() {
            return Vec::new(); // the page scrolls as usual
        }
        event.prevent_default();
        // Lines and pages are turned into pixels the way browsers roughly scroll them.
        let pixels = match wheel.delta_mode() {
            1 => wheel.delta_y() * 16.0,
            2 => wheel.delta_y() * 400.0,
            _ => wheel.delta_y(),
        };
        let factor = crate::math::exp(-pixels * 0.002);
        self.zoom_at(f64::from(wheel.offset_x()), factor);
        Vec::new()
    }

    pub(super) fn zoom_at(&mut self, css_x: f64, factor: f64) {
        let Some(layout) = self.layout.take() else {
            return;
        };
        let changed = self.chart.zoom(&layout, css_x, factor);
        self.layout = Some(layout);
        if changed {
            let _ = self.redraw(false);
        }
    }

    /// Zooms around the middle of the plot (keyboard `+` and `-`).
    pub(super) fn zoom_middle(&mut self, factor: f64) {
        let Some(plot) = self.layout.as_ref().map(|l| l.plot) else {
            return;
        };
        self.zoom_at((plot.x0 + plot.x1) / 2.0 / self.size.scale, factor);
    }

    pub(super) fn reset_zoom(&mut self) {
        if self.chart.reset_view() {
            let _ = self.redraw(false);
        }
    }

    pub(super) fn on_double_click(&mut self, _: &Event) -> Vec<Outgoing> {
        self.reset_zoom();
        Vec::new()
    }

    pub(super) fn on_pointer_down(&mut self, event: &Event) -> Vec<Outgoing> {
        let Some(p) = event.dyn_ref::<PointerEvent>() else {
            return Vec::new();
        };
        if self.zoomable() && p.button() == 0 {
            let _ = self.canvas.set_pointer_capture(p.pointer_id());
            self.gesture
                .pointers
                .retain(|(id, _, _)| *id != p.pointer_id());
            self.gesture.pointers.push((
                p.pointer_id(),
                f64::from(p.offset_x()),
                f64::from(p.offset_y()),
            ));
            if self.gesture.pointers.len() == 1 {
                self.gesture.travelled = 0.0;
            }
        }
        self.follow_pointer(event)
    }

    pub(super) fn on_pointer_up(&mut self, event: &Event) -> Vec<Outgoing> {
        if let Some(p) = event.dyn_ref::<PointerEvent>() {
            self.gesture
                .pointers
                .retain(|(id, _, _)| *id != p.pointer_id());
        }
        Vec::new()
    }

    /// Pans (one pointer down) or pinches (two); returns whether the move was taken.
    pub(super) fn drag(&mut self, event: &Event) -> bool {
        // With no pointer pressed on the chart, a move is a hover: nothing more is read of it.
        if self.gesture.pointers.is_empty() {
            return false;
        }
        let Some(p) = event.dyn_ref::<PointerEvent>() else {
            return false;
        };
        let (id, x, y) = (
            p.pointer_id(),
            f64::from(p.offset_x()),
            f64::from(p.offset_y()),
        );
        let Some(slot) = self.gesture.pointers.iter().position(|(i, _, _)| *i == id) else {
            return false;
        };
        let before = self.gesture.pointers.clone();
        self.gesture.pointers[slot] = (id, x, y);
        self.gesture.travelled += crate::math::hypot(x - before[slot].1, y - before[slot].2);
        let Some(layout) = self.layout.take() else {
            return true;
        };
        let changed = match (before.as_slice(), self.gesture.pointers.as_slice()) {
            ([a], [b]) => self.chart.pan(&layout, b.1 - a.1),
            ([a0, a1], [b0, b1]) => {
                let (old, new) = ((a0.1 - a1.1).abs(), (b0.1 - b1.1).abs());
                old > 4.0 && self.chart.zoom(&layout, (b0.1 + b1.1) / 2.0, new / old)
            }
            _ => false,
        };
        self.layout = Some(layout);
        if changed {
            let _ = self.redraw(false);
        }
        true
    }
}

/// Browsers may scroll or zoom the page under a touch; a zoomable chart takes touches itself.
pub(super) fn claim_touches(canvas: &HtmlCanvasElement, zoomable: bool) {
    let _ = canvas
        .style()
        .set_property("touch-action", if zoomable { "none" } else { "" });
}
