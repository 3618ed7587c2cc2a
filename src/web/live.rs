//! A chart on a page: its surface, its chart and what it has subscribed to and scheduled. Every
//! redraw's error reaches the page: a call from JS returns it (thrown as an `Error`), and a
//! redraw the page did not call for (a resize, a theme change, a zoom) dispatches it on the
//! canvas as `chart-error`.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;

use super::dom;
use super::outgoing::Outgoing;
use super::scheduler::Task;
use super::subscription::Subscription;
use super::surface::Surface;
use super::transition::Transition;
use crate::chart::Chart;
use crate::interaction::{Input, Interaction};
use crate::layout::Layout;

pub(super) struct Live {
    pub surface: Surface,
    pub chart: Chart,
    /// What is on the canvas now: hit testing reads it instead of laying out again.
    pub layout: Option<Layout>,
    /// Whether the reader prefers dark, kept by its query's listener: `matches` costs more than
    /// a hover frame should spend on it.
    pub dark: bool,
    pub interaction: Interaction,
    /// Highlight layer, tooltip, live region: `None` if the page would not take them.
    pub parts: Option<dom::Parts>,
    pub transition: Option<Transition>,
    pub tasks: Tasks,
    pub subscriptions: Subscriptions,
    /// Events for the page, dispatched once the chart is released.
    outbox: Vec<Outgoing>,
    /// This chart, for the callbacks it hands the page: they must not keep it alive.
    pub me: Weak<RefCell<Live>>,
    /// The page has let go of its `OutageChart` without destroying it (see `on_page`).
    pub let_go: bool,
}

/// What a chart schedules.
pub(super) struct Tasks {
    /// Applies the latest pointer position, once per frame.
    pub pointer_frame: Task,
    /// Paints the next step of a transition.
    pub transition_frame: Task,
    /// Builds the readers' table in idle time.
    pub table: Task,
}

impl Tasks {
    fn new(me: &Weak<RefCell<Live>>) -> Tasks {
        let (a, b, c) = (me.clone(), me.clone(), me.clone());
        Tasks {
            pointer_frame: Task::new(move || {
                with_live(&a, |state| state.handle(Input::Frame, None));
            }),
            transition_frame: Task::new(move || {
                with_live(&b, |state| {
                    let painted = state.transition_frame();
                    state.report(painted);
                });
            }),
            table: Task::new(move || {
                with_live(&c, |state| state.build_table());
            }),
        }
    }

    fn cancel(&self) {
        self.pointer_frame.cancel();
        self.transition_frame.cancel();
        self.table.cancel();
    }
}

/// What a chart listens to; each ends when dropped.
#[derive(Default)]
pub(super) struct Subscriptions {
    pub resize: Option<Subscription>,
    pub pixel_ratio: Option<Subscription>,
    pub dark: Option<Subscription>,
    pub input: Option<Subscription>,
}

impl Live {
    /// Draws `chart` on `surface` and starts following the page; the first redraw's error is
    /// the constructor's.
    pub fn start(surface: Surface, chart: Chart) -> Result<Rc<RefCell<Live>>, JsError> {
        let live = Rc::new_cyclic(|me| {
            RefCell::new(Live {
                surface,
                chart,
                layout: None,
                dark: false,
                interaction: Interaction::default(),
                parts: None,
                transition: None,
                tasks: Tasks::new(me),
                subscriptions: Subscriptions::default(),
                outbox: Vec::new(),
                me: me.clone(),
                let_go: false,
            })
        });
        call(&live, |state| {
            state.follow_color_scheme();
            state.redraw(true)?;
            state.follow_size();
            state.listen();
            Ok(())
        })?;
        Ok(live)
    }

    /// Draws the chart; with `measure_size`, first matches the backing store to the canvas's
    /// CSS size × devicePixelRatio.
    pub fn redraw(&mut self, measure_size: bool) -> Result<(), JsError> {
        if measure_size || self.surface.size.width == 0.0 {
            self.surface.sync(&self.chart);
        }
        let layout = self
            .chart
            .layout(self.surface.size, &self.surface.measure());
        // A redraw ends any transition: it shows the finished chart.
        self.stop_transition();
        let painted = self.paint(&layout);
        self.layout = Some(layout);
        // The highlight was placed for the old drawing.
        self.interaction.redrawn();
        self.hide_highlight();
        painted
    }

    pub fn paint(&self, layout: &Layout) -> Result<(), JsError> {
        let mut backend = self.surface.backend()?;
        self.chart
            .paint(layout, self.dark, &mut backend)
            .map_err(|e| JsError::new(&format!("canvas: {e}")))
    }

    /// Sends a failure nobody called for to the page, as `chart-error`.
    pub fn report(&mut self, result: Result<(), JsError>) {
        if let Err(error) = result {
            self.outbox
                .push(Outgoing::error(&self.surface.canvas, error));
        }
    }

    /// Sends an event to the page once the chart is released.
    pub fn post(&mut self, name: &'static str, detail: JsValue) {
        self.outbox
            .push(Outgoing::new(&self.surface.canvas, name, detail));
    }

    /// Ends every subscription and scheduled task and takes away what the chart added to the
    /// page. Idempotent.
    pub fn stop(&mut self) {
        self.subscriptions = Subscriptions::default();
        self.tasks.cancel();
        self.transition = None;
        if let Some(parts) = self.parts.take() {
            parts.remove(&self.surface.canvas);
        }
    }
}

impl Drop for Live {
    /// A chart the page let go of without `destroy` stops all the same.
    fn drop(&mut self) {
        self.stop();
    }
}

/// Runs a call from JS on the chart; its events are dispatched once the chart is released.
pub(super) fn call<R>(
    live: &RefCell<Live>,
    f: impl FnOnce(&mut Live) -> Result<R, JsError>,
) -> Result<R, JsError> {
    let (result, outbox) = {
        let mut state = live
            .try_borrow_mut()
            .map_err(|_| JsError::new("chart: busy in another call on the same chart"))?;
        let result = f(&mut state);
        (result, std::mem::take(&mut state.outbox))
    };
    outbox.into_iter().for_each(Outgoing::dispatch);
    result
}

/// Runs a callback on a chart that still exists and is not in the middle of another call; its
/// events are dispatched once the chart is released.
pub(super) fn with_live<R>(me: &Weak<RefCell<Live>>, f: impl FnOnce(&mut Live) -> R) -> Option<R> {
    let live = me.upgrade()?;
    call(&live, |state| Ok(f(state))).ok()
}
