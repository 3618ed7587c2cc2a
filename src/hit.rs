//! What datum lies under a point: read straight from the [`Layout`] that was drawn, so what a
//! pointer finds is exactly what the reader sees.

use crate::layout::Layout;
use crate::locale::Locale;
use crate::model::Dataset;
use crate::numbers::Numbers;

/// How far from a line point (in CSS pixels) a pointer still finds it.
pub const POINT_RADIUS: f64 = 16.0;

/// A datum as `hitTest` and the hover and select events describe it.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub series: usize,
    pub index: usize,
    /// The category, or the x value as the axis writes it.
    pub label: String,
    /// `None` for an unknown value.
    pub value: Option<f64>,
    /// The value as the chart writes it, or "not disclosed".
    pub text: String,
}

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

/// The [`Hit`] for datum `index` of series `series`.
pub fn describe(data: &Dataset, locale: Locale, series: usize, index: usize) -> Option<Hit> {
    let value = *data.series.get(series)?.values.get(index)?;
    let label = data.label(series, index, locale)?;
    let text = match value {
        Some(v) => Numbers::new(data, locale).reading(v),
        None => data.series[series].unknown_words(locale).to_string(),
    };
    Some(Hit {
        series,
        index,
        label,
        value,
        text,
    })
}
