//! Transitions: after a dataset swap or a series toggle, marks glide to their new places over
//! about 300 ms, eased, unless the chart's `animate` option is off or the reader prefers reduced
//! motion. A swap during a transition starts from what is on screen.

use wasm_bindgen::prelude::*;

use super::live::Live;
use super::surface::media_matches;
use crate::layout::{ease, Layout};

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

impl Live {
    /// What the canvas shows right now: mid-transition, the in-between layout.
    fn on_screen(&self) -> Option<Layout> {
        let to = self.layout.as_ref()?;
        Some(match &self.transition {
            // The kind decides how its marks move.
            Some(t) => (self.chart.data().kind.spec()).tween(&t.from, to, t.progress()),
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
        self.transition_frame()
    }

    /// Paints one step and asks for the next until the end. A step that fails to paint ends
    /// the transition: the error is reported once, not once a frame.
    pub(super) fn transition_frame(&mut self) -> Result<(), JsError> {
        let (Some(transition), Some(to)) = (&self.transition, &self.layout) else {
            return Ok(());
        };
        let t = transition.progress();
        let step = (self.chart.data().kind.spec()).tween(&transition.from, to, t);
        let painted = self.paint(&step);
        if t >= 1.0 || painted.is_err() {
            self.transition = None;
            return painted;
        }
        self.tasks.transition_frame.next_frame();
        Ok(())
    }

    pub(super) fn stop_transition(&mut self) {
        self.transition = None;
        self.tasks.transition_frame.cancel();
    }
}
