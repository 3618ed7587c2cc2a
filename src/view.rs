//! The visible window of a continuous x axis, zoomed and panned by the reader. Pure maths: the
//! window always stays inside the data's range and never becomes empty or inverted.

/// A window `[lo, hi]` on the x axis, with `lo < hi`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct XView {
    pub lo: f64,
    pub hi: f64,
}

impl XView {
    /// The whole range of the data; a single x gets a window of ±1 around it.
    pub fn full(first: f64, last: f64) -> XView {
        if last > first {
            XView {
                lo: first,
                hi: last,
            }
        } else {
            XView {
                lo: first - 1.0,
                hi: first + 1.0,
            }
        }
    }

    pub fn width(self) -> f64 {
        self.hi - self.lo
    }

    /// The narrowest window allowed inside `full`: a millionth of it, and always wide enough
    /// that its ends are distinct floating-point numbers.
    fn min_width(full: XView) -> f64 {
        let precision = full.lo.abs().max(full.hi.abs()) * f64::EPSILON * 64.0;
        (full.width() * 1e-6).max(precision).max(f64::MIN_POSITIVE)
    }

    /// Zooms by `factor` (above 1 zooms in) keeping `anchor` at the same place on screen.
    pub fn zoom(self, full: XView, anchor: f64, factor: f64) -> XView {
        // A range too wide for f64 (past ±8.9e307 each way) is left as it is: still valid.
        if !(factor.is_finite() && factor > 0.0 && anchor.is_finite() && full.width().is_finite()) {
            return self;
        }
        let anchor = within(anchor, self.lo, self.hi);
        let width = within(self.width() / factor, XView::min_width(full), full.width());
        let share = if self.width() > 0.0 {
            (anchor - self.lo) / self.width()
        } else {
            0.5
        };
        let lo = anchor - width * share;
        XView { lo, hi: lo + width }.inside(full)
    }

    /// Moves the window by `delta` in data units, stopping at the data's ends.
    pub fn pan(self, full: XView, delta: f64) -> XView {
        if !(delta.is_finite() && full.width().is_finite()) {
            return self;
        }
        XView {
            lo: self.lo + delta,
            hi: self.hi + delta,
        }
        .inside(full)
    }

    /// Slides (and if need be shrinks) the window to lie within `full`.
    fn inside(self, full: XView) -> XView {
        let width = self.width().min(full.width());
        let lo = within(self.lo, full.lo, full.hi - width);
        let hi = (lo + width).min(full.hi);
        if hi > lo {
            XView { lo, hi }
        } else {
            full
        }
    }
}

/// `value` kept between `lo` and `hi`; unlike `f64::clamp` it cannot panic (bounds that cross
/// give `hi`).
fn within(value: f64, lo: f64, hi: f64) -> f64 {
    value.max(lo).min(hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FULL: XView = XView { lo: 0.0, hi: 100.0 };

    #[test]
    fn zoom_keeps_the_anchor_in_place() {
        let v = FULL.zoom(FULL, 25.0, 2.0);
        assert_eq!(v, XView { lo: 12.5, hi: 62.5 });
        // The anchor is a quarter of the way across before and after.
        assert_eq!((25.0 - v.lo) / v.width(), 0.25);
        assert_eq!(
            v.zoom(FULL, 25.0, 0.5),
            FULL,
            "zooming back out returns to the whole range"
        );
    }

    #[test]
    fn zoom_never_leaves_the_data_or_collapses() {
        let mut v = FULL;
        for _ in 0..2000 {
            v = v.zoom(FULL, 99.0, 10.0);
            assert!(v.lo < v.hi && v.lo >= 0.0 && v.hi <= 100.0, "{v:?}");
        }
        assert!(v.width() >= 100.0 * 1e-6 * 0.999);
        for _ in 0..50 {
            v = v.zoom(FULL, 1.0, 0.01);
        }
        assert_eq!(v, FULL, "cannot zoom out past the data");
        assert_eq!(FULL.zoom(FULL, f64::NAN, 2.0), FULL);
        assert_eq!(FULL.zoom(FULL, 50.0, 0.0), FULL);
    }

    #[test]
    fn zoom_works_at_extreme_magnitudes() {
        let full = XView {
            lo: 1.6e12,
            hi: 1.7e12,
        };
        let mut v = full;
        for _ in 0..500 {
            v = v.zoom(full, 1.65e12, 4.0);
        }
        assert!(v.lo < v.hi, "{v:?}");
        let huge = XView {
            lo: -1e308,
            hi: 1e308,
        };
        let w = huge.zoom(huge, 0.0, 1e300).pan(huge, 1e307);
        assert_eq!(w, huge, "too wide to measure: left as it is, and valid");
    }

    #[test]
    fn pan_stops_at_the_ends() {
        let v = XView { lo: 10.0, hi: 30.0 };
        assert_eq!(v.pan(FULL, 5.0), XView { lo: 15.0, hi: 35.0 });
        assert_eq!(v.pan(FULL, -50.0), XView { lo: 0.0, hi: 20.0 });
        assert_eq!(
            v.pan(FULL, 500.0),
            XView {
                lo: 80.0,
                hi: 100.0
            }
        );
        assert_eq!(v.pan(FULL, f64::INFINITY), v);
    }

    #[test]
    fn a_single_point_gets_a_window() {
        assert_eq!(XView::full(5.0, 5.0), XView { lo: 4.0, hi: 6.0 });
    }
}
