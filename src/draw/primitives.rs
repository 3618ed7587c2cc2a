//! The shapes every mark is painted with: filled rectangles, rules, solid or dashed lines,
//! hatched "not disclosed" regions and text.

use plotters::backend::DrawingBackend;
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::BackendStyle;

use super::style::{pt, stroke, Stroke, TextStyle};
use super::{DrawResult, Paint};
use crate::layout::Align;
use crate::layout::{Rect, Rule, TextMark};
use crate::math;
use crate::model::Rgb;

pub(super) fn fill_rect<DB: Batching>(
    backend: &mut DB,
    r: Rect,
    color: Rgb,
) -> DrawResult<DB::ErrorType> {
    backend.draw_rect(pt(r.x0, r.y0), pt(r.x1, r.y1), &stroke(color, 1.0), true)
}

pub(super) fn draw_rule<DB: Batching>(
    backend: &mut DB,
    rule: &Rule,
    paint: &Paint,
    scale: f64,
) -> DrawResult<DB::ErrorType> {
    let style = stroke(paint.rgb(rule.ink), rule.width);
    line(backend, rule.from, rule.to, &style, rule.dashed, scale)
}

/// A straight line, solid or dashed.
pub(super) fn line<DB: Batching>(
    backend: &mut DB,
    from: (f64, f64),
    to: (f64, f64),
    style: &Stroke,
    dashed: bool,
    scale: f64,
) -> DrawResult<DB::ErrorType> {
    if dashed {
        backend.draw_dashed_line(from, to, style, (4.0 * scale, 3.0 * scale))
    } else {
        backend.draw_line(pt(from.0, from.1), pt(to.0, to.1), style)
    }
}

/// A backend that may draw some shapes in fewer calls than plotters' primitives. The defaults
/// draw them with those primitives, so any backend takes it as it is (`impl Batching for B {}`);
/// the browser's canvas strokes a dashed line once with a line dash (a "not disclosed" outline
/// is some two hundred dashes) and fills a scatter's dots as one path (thousands of them).
pub trait Batching: DrawingBackend {
    /// `dash.0` drawn, `dash.1` left, and so on from `from` to `to`.
    fn draw_dashed_line<S: BackendStyle>(
        &mut self,
        from: (f64, f64),
        to: (f64, f64),
        style: &S,
        dash: (f64, f64),
    ) -> DrawResult<Self::ErrorType> {
        let (dx, dy) = (to.0 - from.0, to.1 - from.1);
        let length = math::hypot(dx, dy);
        let period = dash.0 + dash.1;
        if !(length.is_finite() && length > 0.0 && period > 0.0) {
            return Ok(());
        }
        let count = ((length / period).ceil() as usize).min(10_000);
        for k in 0..count {
            let t0 = k as f64 * period / length;
            let t1 = ((k as f64 * period + dash.0) / length).min(1.0);
            let a = pt(from.0 + dx * t0, from.1 + dy * t0);
            let b = pt(from.0 + dx * t1, from.1 + dy * t1);
            self.draw_line(a, b, style)?;
        }
        Ok(())
    }

    /// Filled circles of `radius` at `dots` (`(x, y, _)`, device pixels), all of `style`'s colour.
    fn fill_dots<S: BackendStyle>(
        &mut self,
        dots: &[(f64, f64, usize)],
        radius: u32,
        style: &S,
    ) -> DrawResult<Self::ErrorType> {
        for &(x, y, _) in dots {
            self.draw_circle(pt(x, y), radius, style, true)?;
        }
        Ok(())
    }
}

/// A "not disclosed" region: light diagonal hatching inside a dashed outline.
pub(super) fn unknown<DB: Batching>(
    backend: &mut DB,
    r: Rect,
    color: Rgb,
    scale: f64,
) -> DrawResult<DB::ErrorType> {
    let hatch = Stroke {
        color,
        alpha: 0.45,
        width: 1,
    };
    // On whole pixels, like the outline's corners: each end of a line rounded on its own
    // would tilt some lines off 45° and blur them.
    let r = Rect {
        x0: r.x0.round(),
        y0: r.y0.round(),
        x1: r.x1.round(),
        y1: r.y1.round(),
    };
    let spacing = 7.0 * scale;
    let (w, h) = (r.width(), r.height());
    let count = (((w + h) / spacing).ceil() as usize).min(20_000);
    for k in 1..count {
        // The line x + y = c, clipped to the rectangle.
        let c = k as f64 * spacing;
        let (ax, ay) = (r.x0 + c.min(w), r.y0 + (c - w).max(0.0));
        let (bx, by) = (r.x0 + (c - h).max(0.0), r.y0 + c.min(h));
        backend.draw_line(pt(ax, ay), pt(bx, by), &hatch)?;
    }
    let edge = stroke(color, scale);
    let corners = [
        (r.x0, r.y0),
        (r.x1, r.y0),
        (r.x1, r.y1),
        (r.x0, r.y1),
        (r.x0, r.y0),
    ];
    for pair in corners.windows(2) {
        line(backend, pair[0], pair[1], &edge, true, scale)?;
    }
    Ok(())
}

pub(super) fn text<DB: Batching>(
    backend: &mut DB,
    mark: &TextMark,
    paint: &Paint,
) -> DrawResult<DB::ErrorType> {
    let h = match mark.h_align {
        Align::Start => HPos::Left,
        Align::Center => HPos::Center,
        Align::End => HPos::Right,
    };
    let v = match mark.v_align {
        Align::Start => VPos::Top,
        Align::Center => VPos::Center,
        Align::End => VPos::Bottom,
    };
    let style = TextStyle {
        font: mark.font,
        family: paint.family,
        color: paint.rgb(mark.ink),
        anchor: Pos::new(h, v),
    };
    backend.draw_text(&mark.text, &style, pt(mark.x, mark.y))
}
