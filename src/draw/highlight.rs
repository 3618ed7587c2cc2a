//! The hover and keyboard highlight: drawn on its own small layer above the chart, from the
//! one mark query every kind answers.

use super::primitives::{line, Batching};
use super::style::{pt, stroke};
use super::{DrawResult, Paint};
use crate::kinds::{sector_outline, Mark};
use crate::layout::{BarMark, Layout, PointMark, Rect, UnknownMark};
use crate::model::Dataset;

/// Marks datum `(series, index)` on a transparent layer above the chart: an outline around its
/// bar, slice or "not disclosed" mark, or a ring on its point with a vertical crosshair.
pub fn draw_highlight<DB: Batching>(
    layout: &Layout,
    paint: &Paint,
    (series, index): (usize, usize),
    backend: &mut DB,
) -> DrawResult<DB::ErrorType> {
    let outline = stroke(paint.palette.text, 2.0 * layout.scale);
    match paint
        .data
        .kind
        .spec()
        .mark(layout, paint.data, series, index)
    {
        Some(Mark::Bar(BarMark { rect: r, .. }) | Mark::Unknown(UnknownMark { rect: r, .. })) => {
            backend.draw_rect(pt(r.x0, r.y0), pt(r.x1, r.y1), &outline, false)?;
        }
        Some(Mark::Slice(slice)) => {
            let mut points = sector_outline(
                slice.center,
                slice.inner,
                slice.outer,
                slice.start,
                slice.end,
            );
            points.push(points[0]);
            backend.draw_path(points.iter().map(|p| pt(p.0, p.1)), &outline)?;
        }
        Some(Mark::Point(p)) => point_highlight(layout, paint, p, backend)?,
        None => {}
    }
    backend.present()
}

/// A ring on a point, over a dashed vertical crosshair through the plot.
fn point_highlight<DB: Batching>(
    layout: &Layout,
    paint: &Paint,
    p: PointMark,
    backend: &mut DB,
) -> DrawResult<DB::ErrorType> {
    let plot = layout.plot;
    let cross = stroke(paint.palette.muted, layout.scale);
    line(
        backend,
        (p.x, plot.y0),
        (p.x, plot.y1),
        &cross,
        true,
        layout.scale,
    )?;
    let radius = (5.0 * layout.scale).round() as u32;
    backend.draw_circle(
        pt(p.x, p.y),
        radius + 2,
        &stroke(paint.palette.background, 1.0),
        true,
    )?;
    backend.draw_circle(
        pt(p.x, p.y),
        radius,
        &stroke(paint.series(p.series), 1.0),
        true,
    )
}

/// The part of the canvas [`draw_highlight`] can touch for a datum, in whole device pixels.
/// The hover layer is only this big: a small layer costs the page far less to redraw and
/// composite on every pointer move than one the size of the chart.
pub fn highlight_bounds(layout: &Layout, data: &Dataset, (series, index): (usize, usize)) -> Rect {
    let pad = 2.0 * layout.scale + 2.0;
    let whole = Rect::spanning(0.0, 0.0, layout.width, layout.height);
    let Some(mark) = data.kind.spec().mark(layout, data, series, index) else {
        return whole;
    };
    let r = match mark {
        // The ring, and the crosshair from the top of the plot to its bottom.
        Mark::Point(p) => {
            let reach = (5.0 * layout.scale).round() + 2.0 + pad;
            Rect::spanning(
                p.x - reach,
                (p.y - reach).min(layout.plot.y0 - pad),
                p.x + reach,
                (p.y + reach).max(layout.plot.y1 + pad),
            )
        }
        mark => mark.bounds(),
    };
    Rect::spanning(
        (r.x0 - pad).floor().max(0.0),
        (r.y0 - pad).floor().max(0.0),
        (r.x1 + pad).ceil().min(layout.width),
        (r.y1 + pad).ceil().min(layout.height),
    )
}
