//! Pointer, keyboard and legend interaction for a chart on the page: browser events become
//! [`Input`]s for the chart's [`Interaction`](crate::interaction::Interaction), and its effects
//! become calls. The rules live in `crate::interaction`; only the DOM is here.
//!
//! Pointer moves are coalesced to one update per animation frame, and an update only repaints
//! the highlight layer and the tooltip, never the chart.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlCanvasElement, KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};

use super::dom;
use super::live::{with_live, Live};
use super::outgoing::hit_value;
use super::subscription::Subscription;
use crate::chart::Chart;
use crate::describe::announcement;
use crate::hit::{datum_at, describe, hit_test, legend_at, Hit};
use crate::interaction::{Datum, Effect, Input, Pointer, Scene};
use crate::layout::Layout;
use crate::navigate::{step, Move};

/// The canvas's events, in the order `input` reads their index.
const EVENTS: [&str; 11] = [
    "pointermove",
    "pointerdown",
    "pointerup",
    "pointercancel",
    "pointerleave",
    "dblclick",
    "wheel",
    "click",
    "keydown",
    "focus",
    "blur",
];

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

/// The event `EVENTS[index]` as an input; `None` for an event of an unexpected type.
fn input(index: u32, event: &Event) -> Option<Input> {
    let mouse = event.dyn_ref::<MouseEvent>();
    let at = || {
        mouse.map(|m| Pointer {
            offset: (f64::from(m.offset_x()), f64::from(m.offset_y())),
            client: (f64::from(m.client_x()), f64::from(m.client_y())),
        })
    };
    let id = event
        .dyn_ref::<PointerEvent>()
        .map(PointerEvent::pointer_id);
    Some(match index {
        0 => Input::PointerMove { id, at: at()? },
        1 => Input::PointerDown {
            id,
            button: mouse?.button(),
            at: at()?,
        },
        2 | 3 => Input::PointerUp { id: id? },
        4 => Input::PointerLeave,
        5 => Input::DoubleClick,
        6 => {
            let wheel = event.dyn_ref::<WheelEvent>()?;
            Input::Wheel {
                delta_y: wheel.delta_y(),
                delta_mode: wheel.delta_mode(),
                x: f64::from(wheel.offset_x()),
            }
        }
        7 => Input::Click { at: at()?.offset },
        8 => Input::Key(event.dyn_ref::<KeyboardEvent>()?.key()),
        9 => Input::Focus,
        10 => Input::Blur,
        _ => return None,
    })
}

/// The chart as drawn, as the interaction asks about it.
pub(super) struct OnScreen<'a> {
    chart: &'a Chart,
    layout: Option<&'a Layout>,
}

impl Scene for OnScreen<'_> {
    type Hit = Hit;

    fn datum_at(&self, x: f64, y: f64) -> Option<Datum> {
        datum_at(self.layout?, self.chart.data(), x, y)
    }

    fn hit_at(&self, x: f64, y: f64) -> Option<Hit> {
        let locale = self.chart.options().locale;
        hit_test(self.layout?, self.chart.data(), locale, x, y)
    }

    fn describe(&self, (series, index): Datum) -> Option<Hit> {
        describe(
            self.chart.data(),
            self.chart.options().locale,
            series,
            index,
        )
    }

    fn legend_at(&self, x: f64, y: f64) -> Option<usize> {
        legend_at(self.layout?, x, y)
    }

    fn zoomable(&self) -> bool {
        self.layout.is_some_and(|l| l.x_scale.is_some())
    }

    fn step(&self, from: Option<Datum>, movement: Move) -> Option<Datum> {
        step(
            self.chart.data(),
            &self.chart.hidden_series(),
            from,
            movement,
        )
    }
}

impl Live {
    /// Adds the pointer, click and keyboard listeners (in one call: ten closures and option
    /// objects made from Rust were a sixth of a small chart's construction) and the readers'
    /// description. The highlight layer and tooltip come with the first hover, the live region
    /// with the first focus.
    pub(super) fn listen(&mut self) {
        self.parts = dom::Parts::add(&self.surface.canvas);
        let me = self.me.clone();
        let handler = Closure::<dyn FnMut(u32, Event)>::new(move |index: u32, event: Event| {
            if let Some(input) = input(index, &event) {
                with_live(&me, |state| state.handle(input, Some(&event)));
            }
        });
        let remove = listen_all(&self.surface.canvas, &EVENTS.join(","), &handler);
        self.subscriptions.input = Some(Subscription::removed_by(remove, handler));
        self.describe_for_readers();
    }

    pub(super) fn scene(&self) -> OnScreen<'_> {
        OnScreen {
            chart: &self.chart,
            layout: self.layout.as_ref(),
        }
    }

    /// Runs `input` through the interaction and carries out its effects; `event` is the
    /// browser's, if the input came from one.
    pub(super) fn handle(&mut self, input: Input, event: Option<&Event>) {
        let scene = OnScreen {
            chart: &self.chart,
            layout: self.layout.as_ref(),
        };
        for effect in self.interaction.handle(&scene, input) {
            self.apply(effect, event);
        }
    }

    fn apply(&mut self, effect: Effect<Hit>, event: Option<&Event>) {
        match effect {
            Effect::RequestFrame => self.tasks.pointer_frame.next_frame(),
            Effect::Highlight {
                datum,
                repaint,
                place,
            } => self.show(datum, repaint.as_ref(), place),
            Effect::Unhighlight => self.hide_highlight(),
            Effect::Hover(hit) => {
                let detail = hit.map_or(JsValue::NULL, |h| hit_value(&self.chart, &h));
                self.post("chart-hover", detail);
            }
            Effect::Select(hit) => self.post("chart-select", hit_value(&self.chart, &hit)),
            Effect::Announce(hit) => {
                let text = hit.map(|h| announcement(self.chart.data(), &h));
                self.announce(text.as_deref().unwrap_or(""));
            }
            Effect::PrepareLiveRegion => {
                if let Some(parts) = &self.parts {
                    parts.live_region(&self.surface.canvas);
                }
            }
            Effect::PreventDefault => event.into_iter().for_each(Event::prevent_default),
            Effect::CapturePointer(id) => {
                let _ = self.surface.canvas.set_pointer_capture(id);
            }
            Effect::ToggleSeries(series) => {
                self.chart.toggle_legend_item(series);
                let drawn = self.redraw_moving();
                self.report(drawn);
            }
            Effect::Zoom { x, factor } => self.zoom(x, factor),
            Effect::Pan { dx } => self.pan(dx),
            Effect::ResetZoom => self.reset_zoom(),
        }
    }
}
