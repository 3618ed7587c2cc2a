//! Listeners and observers a chart installs on the page, each owned by a guard that takes it
//! away when dropped: a chart's subscriptions end with it, whether the page calls `destroy` or
//! only lets the chart go.

use std::any::Any;
use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, ResizeObserver};

/// One listener or observer and the Rust closure behind it.
pub(super) struct Subscription {
    undo: Undo,
    /// Kept alive while subscribed; retired (dropped later) once unsubscribed.
    closure: Option<Box<dyn Any>>,
}

/// How a subscription is taken away.
enum Undo {
    Listener {
        target: EventTarget,
        name: &'static str,
        callback: js_sys::Function,
    },
    Observer {
        observer: ResizeObserver,
        element: Element,
    },
    /// A JS function that removes what it was returned with (`listenAll`).
    Call(js_sys::Function),
}

impl Subscription {
    /// `callback` on each `name` event of `target`; `None` if the page refused the listener.
    pub fn listen(
        target: &EventTarget,
        name: &'static str,
        callback: Closure<dyn FnMut()>,
    ) -> Option<Subscription> {
        let function: &js_sys::Function = callback.as_ref().unchecked_ref();
        target
            .add_event_listener_with_callback(name, function)
            .ok()?;
        Some(Subscription {
            undo: Undo::Listener {
                target: target.clone(),
                name,
                callback: function.clone(),
            },
            closure: Some(Box::new(callback)),
        })
    }

    /// `callback` whenever `element` changes size; `None` without `ResizeObserver`.
    pub fn observe_size(element: &Element, callback: Closure<dyn FnMut()>) -> Option<Subscription> {
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(element);
        Some(Subscription {
            undo: Undo::Observer {
                observer,
                element: element.clone(),
            },
            closure: Some(Box::new(callback)),
        })
    }

    /// Listeners that JS added for `closure`; `remove` takes them away.
    pub fn removed_by<T: ?Sized + 'static>(
        remove: js_sys::Function,
        closure: Closure<T>,
    ) -> Subscription {
        Subscription {
            undo: Undo::Call(remove),
            closure: Some(Box::new(closure)),
        }
    }

    /// Has an observer report afresh from now on: sizes read without it never reached it, and
    /// a return to the size it last reported would go unnoticed.
    pub fn renew(&self) {
        if let Undo::Observer { observer, element } = &self.undo {
            observer.unobserve(element);
            observer.observe(element);
        }
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        match &self.undo {
            Undo::Listener {
                target,
                name,
                callback,
            } => {
                let _ = target.remove_event_listener_with_callback(name, callback);
            }
            Undo::Observer { observer, .. } => observer.disconnect(),
            Undo::Call(remove) => {
                let _ = remove.call0(&JsValue::NULL);
            }
        }
        if let Some(closure) = self.closure.take() {
            retire(closure);
        }
    }
}

thread_local! {
    /// Closures no longer subscribed. One may be running right now (a listener destroying the
    /// chart it listens to, a pixel-ratio change subscribing anew), so they are dropped later,
    /// from a timer.
    static RETIRED: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// Drops `item` from a timer; one timer drops everything retired before it runs (a destroyed
/// chart retires seven closures: seven timers were seven tasks in the page's next turn).
pub(super) fn retire(item: Box<dyn Any>) {
    // `try_with`, not `with` (see web/measure.rs): it fails only once the thread is torn down.
    let first = RETIRED.try_with(|r| {
        let Ok(mut retired) = r.try_borrow_mut() else {
            // Never borrowed across a drop (see below), so this does not happen; if it did,
            // leaking the closure is safe where dropping a running one is not.
            std::mem::forget(item);
            return false;
        };
        retired.push(item);
        retired.len() == 1
    });
    if first != Ok(true) {
        return;
    }
    // Taken out before they are dropped: a drop may retire something in turn.
    let drop_all = Closure::once_into_js(|| {
        let items = RETIRED.try_with(|r| r.try_borrow_mut().map(|mut r| std::mem::take(&mut *r)));
        drop(items);
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback(drop_all.unchecked_ref());
    }
}
