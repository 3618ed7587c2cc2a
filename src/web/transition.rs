//! Transitions: after a dataset swap or a series toggle, marks glide to their new places over
//! about 300 ms, eased, unless the chart's `animate` option is off or the reader prefers reduced
//! motion. A swap during a transition starts from what is on screen.

use std::cell::RefCell;
use std::rc::Weak;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{media_matches, with_live, Live};
use crate::layout::{ease, tween, Layout};

const DURATION_MS: f64 = 300.0;

pub(super) struct Transition {
    from: Layout,
    started: f64,
}

impl Transition {
    fn progress(&self) -> f64 {
        ease((js_sys::Date::now() - self.started) / DURATION_MS)
    }
}

/// The frame callback that paints the next step of a transition.
pub(super) fn frame_callback(me: &Weak<RefCell<Live>>) -> Closure<dyn FnMut()> {
    let me = me.clone();
    Closure::<dyn FnMut()>::new(move || {
        with_live(&me, Live::transition_frame);
    })
}

impl Live {
    /// What the canvas shows right now: mid-transition, the in-between layout.
    fn on_screen(&self) -> Option<Layout> {
        let to = self.layout.as_ref()?;
        Some(match &self.transition {
            Some(t) => tween(&t.from, to, t.progress()),
            None => to.clone(),
        })
    }

    /// Redraws for a change of data or of visible series, gliding from what was on screen.
    pub(super) fn redraw_moving(&mut self) -> Result<(), JsError> {
        let from = self.on_screen();
        self.redraw(false)?;
        let Some(from) = from.filter(|_| {
            self.chart.options().animate && !media_matches("(prefers-reduced-motion: reduce)")
        }) else {
            self.transition = None;
            return Ok(());
        };
        self.transition = Some(Transition {
            from,
            started: js_sys::Date::now(),
        });
        self.transition_frame();
        Ok(())
    }

    /// Paints one step and asks for the next until the end.
    pub(super) fn transition_frame(&mut self) {
        self.transition_pending = None;
        let (Some(transition), Some(to)) = (&self.transition, &self.layout) else {
            return;
        };
        let t = transition.progress();
        let step = tween(&transition.from, to, t);
        let _ = self.paint(&step);
        if t >= 1.0 {
            self.transition = None;
            return;
        }
        let callback = self
            .on_transition_frame
            .as_ref()
            .map(|c| c.as_ref().unchecked_ref::<js_sys::Function>().clone());
        if let (Some(window), Some(callback)) = (web_sys::window(), callback) {
            self.transition_pending = window.request_animation_frame(&callback).ok();
        }
    }

    pub(super) fn stop_transition(&mut self) {
        self.transition = None;
        if let (Some(id), Some(window)) = (self.transition_pending.take(), web_sys::window()) {
            let _ = window.cancel_animation_frame(id);
        }
    }
}
