//! The one place a chart asks the page for a later turn: an animation frame (pointer updates,
//! transition steps) or idle time (the readers' table, with a timer where
//! `requestIdleCallback` is missing). A [`Task`] is asked at most once at a time, and a dropped
//! task is cancelled.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::subscription::retire;

/// What a task is waiting for.
#[derive(Clone, Copy)]
enum Pending {
    Frame(i32),
    Idle(u32),
    Timer(i32),
}

/// A callback run in a later turn of the page, at most once per request.
pub(super) struct Task {
    callback: Option<Closure<dyn FnMut()>>,
    /// Shared with the callback, which clears it before running: a callback may ask again.
    pending: Rc<Cell<Option<Pending>>>,
}

impl Task {
    pub fn new(mut run: impl FnMut() + 'static) -> Task {
        let pending = Rc::new(Cell::new(None));
        let callback = Closure::<dyn FnMut()>::new({
            let pending = Rc::clone(&pending);
            move || {
                pending.set(None);
                run();
            }
        });
        Task {
            callback: Some(callback),
            pending,
        }
    }

    pub fn is_pending(&self) -> bool {
        self.pending.get().is_some()
    }

    fn function(&self) -> Option<(web_sys::Window, &js_sys::Function)> {
        let callback = self.callback.as_ref()?;
        Some((web_sys::window()?, callback.as_ref().unchecked_ref()))
    }

    /// Runs the callback before the next paint, unless it is already waiting.
    pub fn next_frame(&self) {
        if self.is_pending() {
            return;
        }
        if let Some((window, function)) = self.function() {
            let id = window.request_animation_frame(function).ok();
            self.pending.set(id.map(Pending::Frame));
        }
    }

    /// Runs the callback when the page is idle, or after `deadline_ms` at the latest, unless it
    /// is already waiting.
    pub fn when_idle(&self, deadline_ms: u32) {
        if self.is_pending() {
            return;
        }
        let Some((window, function)) = self.function() else {
            return;
        };
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(deadline_ms);
        let pending = match window.request_idle_callback_with_options(function, &options) {
            Ok(id) => Some(Pending::Idle(id)),
            Err(_) => window
                .set_timeout_with_callback(function)
                .ok()
                .map(Pending::Timer),
        };
        self.pending.set(pending);
    }

    /// Forgets a request still waiting.
    pub fn cancel(&self) {
        let (Some(pending), Some(window)) = (self.pending.take(), web_sys::window()) else {
            return;
        };
        match pending {
            Pending::Frame(id) => {
                let _ = window.cancel_animation_frame(id);
            }
            Pending::Idle(id) => window.cancel_idle_callback(id),
            Pending::Timer(id) => window.clear_timeout_with_handle(id),
        }
    }
}

impl Drop for Task {
    /// Cancels, and drops the callback later: the task may be dropped from inside it.
    fn drop(&mut self) {
        self.cancel();
        if let Some(callback) = self.callback.take() {
            retire(Box::new(callback));
        }
    }
}
