//! The charts a page has made and not destroyed. A page may draw a chart and let go of the
//! object (`new OutageChart(canvas, data)` alone, as with most chart libraries); the chart must
//! stay interactive, follow its canvas and build its readers' table all the same. Without this
//! list, the object's finalizer would stop it at the next garbage collection, which a large
//! dataset's allocations bring within a few hundred milliseconds.
//!
//! A chart leaves the list when it is destroyed, or once the page has let go of its object and
//! its canvas has left the document (it can no longer be seen, nor reached to be destroyed).

use std::cell::RefCell;
use std::rc::Rc;

use super::live::Live;

thread_local! {
    static ON_PAGE: RefCell<Vec<Rc<RefCell<Live>>>> = const { RefCell::new(Vec::new()) };
}

/// Keeps `live` until [`release`].
pub(super) fn keep(live: &Rc<RefCell<Live>>) {
    let _ = ON_PAGE.try_with(|charts| {
        if let Ok(mut charts) = charts.try_borrow_mut() {
            charts.push(Rc::clone(live));
        }
    });
}

/// Lets `live` go: it stops once nothing else holds it (`Live` stops on drop).
pub(super) fn release(live: &Rc<RefCell<Live>>) {
    // Taken out before it is dropped: a chart's drop may reach this list again.
    let released = ON_PAGE.try_with(|charts| {
        let mut charts = charts.try_borrow_mut().ok()?;
        let at = charts.iter().position(|kept| Rc::ptr_eq(kept, live))?;
        Some(charts.swap_remove(at))
    });
    drop(released);
}

/// Releases `live` if the page has let go of its object and its canvas is out of the document.
pub(super) fn release_if_unreachable(live: &Rc<RefCell<Live>>) {
    let unreachable = live
        .try_borrow()
        .is_ok_and(|state| state.let_go && !state.surface.canvas.is_connected());
    if unreachable {
        release(live);
    }
}
