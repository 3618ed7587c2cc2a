//! Pointer, keyboard and legend interaction for a chart on the page.
//!
//! Pointer moves are coalesced to one update per animation frame, and an update only repaints
//! the highlight layer and the tooltip, never the chart. Events for the page (`chart-hover`,
//! `chart-select`) are dispatched after the chart's state is released, so a listener may call
//! back into the chart, even destroy it.

use std::cell::RefCell;
use std::rc::Weak;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlCanvasElement, KeyboardEvent, MouseEvent};

use super::{with_live, Live};
use crate::describe::announcement;
use crate::draw::highlight_bounds;
use crate::hit::{anchor, datum_at, describe, hit_test, legend_at, Hit};
use crate::navigate::{step, Move};

/// A page event to dispatch once the chart is no longer borrowed.
pub(super) struct Outgoing {
    canvas: HtmlCanvasElement,
    name: &'static str,
    detail: JsValue,
}

impl Outgoing {
    fn dispatch(self) {
        emit(&self.canvas, self.name, &self.detail);
    }
}

#[wasm_bindgen(module = "/src/web/helpers.js")]
extern "C" {
    /// Dispatches a bubbling, composed CustomEvent in one call (six from Rust through web-sys).
    fn emit(target: &HtmlCanvasElement, name: &str, detail: &JsValue);

    /// The `Hit` object in one call (serde makes one per field and more).
    #[wasm_bindgen(js_name = hitObject)]
    fn hit_object(series: &str, index: u32, label: &str, value: Option<f64>, text: &str)
        -> JsValue;
}

/// What a chart does with an event of its canvas: the events it then dispatches to the page.
type Handler = fn(&mut Live, &Event) -> Vec<Outgoing>;

/// The canvas's events and their handlers.
const HANDLERS: [(&str, Handler); 11] = [
    ("pointermove", Live::on_pointer_move),
    ("pointerdown", Live::on_pointer_down),
    ("pointerup", Live::on_pointer_up),
    ("pointercancel", Live::on_pointer_up),
    ("pointerleave", Live::on_pointer_leave),
    ("dblclick", Live::on_double_click),
    ("wheel", Live::on_wheel),
    ("click", Live::on_click),
    ("keydown", Live::on_key),
    ("focus", Live::on_focus),
    ("blur", Live::on_blur),
];

/// The listeners a chart adds to its canvas: one Rust closure behind all of them, and the JS
/// function that removes them again (`destroy`).
pub(super) struct Listeners {
    handler: Closure<dyn FnMut(u32, Event)>,
    remove: js_sys::Function,
}

#[wasm_bindgen(module = "/src/web/helpers.js")]
extern "C" {
    /// Adds a listener for each of the comma-separated `names`, calling `handler` with the
    /// name's index and the event; returns a function that removes them all.
    #[wasm_bindgen(js_name = listenAll)]
    fn listen_all(
        target: &HtmlCanvasElement,
        names: &str,
        handler: &Closure<dyn FnMut(u32, Event)>,
    ) -> js_sys::Function;
}

/// Adds pointer, click and keyboard listeners to the canvas, in one call: ten closures and
/// option objects made from Rust were a sixth of a small chart's construction.
pub(super) fn listen(canvas: &HtmlCanvasElement, me: &Weak<RefCell<Live>>) -> Listeners {
    let me = me.clone();
    let handler = Closure::<dyn FnMut(u32, Event)>::new(move |index: u32, event: Event| {
        let Some(&(_, handle)) = HANDLERS.get(index as usize) else {
            return;
        };
        let outgoing = with_live(&me, |state| handle(state, &event)).unwrap_or_default();
        outgoing.into_iter().for_each(Outgoing::dispatch);
    });
    let names: Vec<&str> = HANDLERS.iter().map(|(name, _)| *name).collect();
    let remove = listen_all(canvas, &names.join(","), &handler);
    Listeners { handler, remove }
}

/// Removes the listeners; returns their closure, to be dropped once no event can be running it.
pub(super) fn unlisten(listeners: Listeners) -> Closure<dyn FnMut(u32, Event)> {
    let _ = listeners.remove.call0(&JsValue::NULL);
    listeners.handler
}

/// The frame callback that applies the latest pointer position.
pub(super) fn frame_callback(me: &Weak<RefCell<Live>>) -> Closure<dyn FnMut()> {
    let me = me.clone();
    Closure::<dyn FnMut()>::new(move || {
        let outgoing = with_live(&me, Live::on_frame).unwrap_or_default();
        outgoing.into_iter().for_each(Outgoing::dispatch);
    })
}

impl Live {
    fn event(&self, name: &'static str, detail: JsValue) -> Outgoing {
        Outgoing {
            canvas: self.canvas.clone(),
            name,
            detail,
        }
    }

    pub(super) fn hit_value(&self, hit: &Hit) -> JsValue {
        let data = self.chart.data();
        let name = data.series.get(hit.series).map_or("", |s| s.name.as_str());
        let index = u32::try_from(hit.index).unwrap_or(u32::MAX);
        hit_object(name, index, &hit.label, hit.value, &hit.text)
    }

    pub(super) fn hit_at(&self, x: f64, y: f64) -> Option<Hit> {
        let layout = self.layout.as_ref()?;
        hit_test(layout, self.chart.data(), self.chart.options().locale, x, y)
    }

    pub(super) fn on_pointer_move(&mut self, event: &Event) -> Vec<Outgoing> {
        if self.drag(event) {
            self.clear_highlight();
            return Vec::new();
        }
        self.follow_pointer(event)
    }

    /// Remembers where the pointer is and asks for a frame to show what lies under it.
    pub(super) fn follow_pointer(&mut self, event: &Event) -> Vec<Outgoing> {
        let Some(mouse) = event.dyn_ref::<MouseEvent>() else {
            return Vec::new();
        };
        self.pointer = Some((
            f64::from(mouse.offset_x()),
            f64::from(mouse.offset_y()),
            f64::from(mouse.client_x()),
            f64::from(mouse.client_y()),
        ));
        if self.frame_pending.is_none() {
            let callback = self
                .on_frame
                .as_ref()
                .map(|c| c.as_ref().unchecked_ref::<js_sys::Function>().clone());
            if let (Some(window), Some(callback)) = (web_sys::window(), callback) {
                self.frame_pending = window.request_animation_frame(&callback).ok();
            }
        }
        Vec::new()
    }

    /// One pointer update per frame: the datum under the pointer is highlighted and described.
    fn on_frame(&mut self) -> Vec<Outgoing> {
        self.frame_pending = None;
        let Some((x, y, client_x, client_y)) = self.pointer else {
            return Vec::new();
        };
        let data = self.chart.data();
        let found = self.layout.as_ref().and_then(|l| datum_at(l, data, x, y));
        // Described only if new to the layer or to the page: a pointer moving over the datum
        // already shown moves the tooltip and nothing more.
        let new = found != self.highlighted || found != self.hovered;
        let locale = self.chart.options().locale;
        let hit = found
            .filter(|_| new)
            .and_then(|(s, i)| describe(data, locale, s, i));
        let target = found.filter(|_| !new || hit.is_some());
        match target {
            Some(target) => self.show(target, hit.as_ref(), (client_x, client_y)),
            None => self.clear_highlight(),
        }
        if target == self.hovered {
            return Vec::new();
        }
        self.hovered = target;
        let detail = hit.as_ref().map_or(JsValue::NULL, |h| self.hit_value(h));
        vec![self.event("chart-hover", detail)]
    }

    fn on_pointer_leave(&mut self, _: &Event) -> Vec<Outgoing> {
        self.pointer = None;
        self.clear_highlight();
        if self.hovered.take().is_none() {
            return Vec::new();
        }
        vec![self.event("chart-hover", JsValue::NULL)]
    }

    fn on_click(&mut self, event: &Event) -> Vec<Outgoing> {
        let Some(mouse) = event.dyn_ref::<MouseEvent>() else {
            return Vec::new();
        };
        let (x, y) = (f64::from(mouse.offset_x()), f64::from(mouse.offset_y()));
        if self.gesture.travelled > 4.0 {
            return Vec::new(); // the end of a drag, not a click
        }
        if let Some(series) = self.layout.as_ref().and_then(|l| legend_at(l, x, y)) {
            self.chart.toggle_legend_item(series);
            self.clear_highlight();
            let _ = self.redraw_moving();
            return Vec::new();
        }
        match self.hit_at(x, y) {
            Some(hit) => vec![self.event("chart-select", self.hit_value(&hit))],
            None => Vec::new(),
        }
    }

    fn on_key(&mut self, event: &Event) -> Vec<Outgoing> {
        let Some(key) = event.dyn_ref::<KeyboardEvent>() else {
            return Vec::new();
        };
        let data = self.chart.data();
        let locale = self.chart.options().locale;
        match key.key().as_str() {
            "Enter" | " " => {
                let Some(hit) = self.focus.and_then(|(s, i)| describe(data, locale, s, i)) else {
                    return Vec::new();
                };
                event.prevent_default();
                vec![self.event("chart-select", self.hit_value(&hit))]
            }
            "+" | "=" => {
                self.zoom_middle(1.5);
                Vec::new()
            }
            "-" => {
                self.zoom_middle(1.0 / 1.5);
                Vec::new()
            }
            "0" => {
                self.reset_zoom();
                Vec::new()
            }
            "Escape" => {
                self.focus = None;
                self.clear_highlight();
                self.announce("");
                Vec::new()
            }
            name => {
                let Some(movement) = Move::from_key(name) else {
                    return Vec::new();
                };
                event.prevent_default();
                self.focus = step(data, &self.chart.hidden_series(), self.focus, movement);
                let Some(hit) = self.focus.and_then(|(s, i)| describe(data, locale, s, i)) else {
                    return Vec::new();
                };
                let text = announcement(data, &hit);
                self.announce(&text);
                let place = self.viewport_anchor(hit.series, hit.index);
                self.show((hit.series, hit.index), Some(&hit), place);
                self.hovered = Some((hit.series, hit.index));
                vec![self.event("chart-hover", self.hit_value(&hit))]
            }
        }
    }

    /// Puts the live region on the page before any key can make it speak.
    fn on_focus(&mut self, _: &Event) -> Vec<Outgoing> {
        if let Some(parts) = &self.parts {
            parts.live_region(&self.canvas);
        }
        Vec::new()
    }

    fn on_blur(&mut self, _: &Event) -> Vec<Outgoing> {
        if self.pointer.is_none() {
            self.clear_highlight();
        }
        Vec::new()
    }

    /// Where a datum is drawn, in viewport pixels.
    fn viewport_anchor(&self, series: usize, index: usize) -> (f64, f64) {
        let rect = self.canvas.get_bounding_client_rect();
        let scale = self.size.scale;
        let at = self
            .layout
            .as_ref()
            .and_then(|l| anchor(l, self.chart.data(), series, index))
            .unwrap_or((0.0, 0.0));
        (rect.left() + at.0 / scale, rect.top() + at.1 / scale)
    }

    /// Highlight on the layer above the chart, and the tooltip beside `place`. `hit` describes
    /// `target`; it may be left out only when `target` is already shown.
    fn show(&mut self, target: (usize, usize), hit: Option<&Hit>, place: (f64, f64)) {
        let (Some(overlay), Some(layout)) =
            (self.parts.as_ref().and_then(|p| p.overlay()), &self.layout)
        else {
            return;
        };
        // The layer already shows this datum: only its place (the page may have scrolled) and the
        // tooltip follow the pointer.
        let repaint = self.highlighted != Some(target);
        let dark = self.prefers_dark();
        let region = highlight_bounds(layout, self.chart.data(), target);
        overlay.place_layer(&self.canvas, region, self.size.scale);
        if repaint {
            overlay.paint_layer(region, |backend| {
                let _ = self.chart.paint_highlight(layout, dark, target, backend);
            });
        }
        if let Some(hit) = hit.filter(|_| repaint) {
            let palette = self.chart.palette(dark);
            let name = self
                .chart
                .data()
                .series
                .get(hit.series)
                .map_or("", |s| s.name.as_str());
            let body = format!("{}: {}", hit.label, hit.text);
            overlay.fill_tooltip(
                (name, &body),
                (&palette.text.hex(), &palette.background.hex()),
                self.size.scale,
            );
        }
        overlay.move_tooltip(place);
        self.highlighted = Some(target);
    }

    fn announce(&self, text: &str) {
        if let Some(parts) = &self.parts {
            parts.announce(&self.canvas, text);
        }
    }

    pub(super) fn clear_highlight(&mut self) {
        self.highlighted = None;
        if let Some(parts) = &self.parts {
            parts.hide_overlay();
        }
    }
}
