//! What datum lies under a point: read straight from the [`Layout`] that was drawn, so what a
//! pointer finds is exactly what the reader sees.

use crate::layout::Layout;
use crate::locale::Locale;
use crate::model::Dataset;

pub use crate::datum::{describe, Hit};
pub use crate::kinds::POINT_RADIUS;

/// The datum under `(x, y)`, in CSS pixels from the canvas's top-left corner.
pub fn hit_test(layout: &Layout, data: &Dataset, locale: Locale, x: f64, y: f64) -> Option<Hit> {
    let (series, index) = datum_at(layout, data, x, y)?;
    describe(data, locale, series, index)
}

/// Which datum [`hit_test`] finds (series, index), without describing it: hover asks on every
/// frame, and describes only a datum it did not show already.
pub fn datum_at(layout: &Layout, data: &Dataset, x: f64, y: f64) -> Option<(usize, usize)> {
    if !(x.is_finite() && y.is_finite()) {
        return None;
    }
    data.kind
        .spec()
        .datum_at(layout, data, x * layout.scale, y * layout.scale)
}

/// The legend entry under `(x, y)` in CSS pixels: the series it switches (for a donut, the
/// category it names).
pub fn legend_at(layout: &Layout, x: f64, y: f64) -> Option<usize> {
    let (px, py) = (x * layout.scale, y * layout.scale);
    layout
        .legend
        .iter()
        .find(|e| e.area.contains(px, py))
        .map(|e| e.item)
}

/// Where a datum is drawn, in device pixels (see [`crate::kinds::Mark::anchor`]). Tooltips for the keyboard
/// are placed there.
pub fn anchor(layout: &Layout, data: &Dataset, series: usize, index: usize) -> Option<(f64, f64)> {
    let mark = data.kind.spec().mark(layout, data, series, index)?;
    Some(mark.anchor())
}
