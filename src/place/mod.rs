//! Model + size + text measure → [`Layout`]: the frame (title, legend, notes, source), then the
//! dataset's kind places its marks in the plot left over, then every mark is kept on the canvas.

mod height;

pub use height::{content_height, MAX_CONTENT_HEIGHT};

use crate::layout::{place_frame, within, Frame, Layout, Rect, MIN_SIZE};
use crate::model::Dataset;

/// Lays out `data` on a canvas of `frame`'s size.
pub fn layout(data: &Dataset, frame: &Frame) -> Layout {
    let scale = if frame.scale.is_finite() && frame.scale > 0.0 {
        frame.scale
    } else {
        1.0
    };
    let frame = Frame { scale, ..*frame };
    let width = (frame.width.max(0.0) * scale).round();
    let height = (frame.height.max(0.0) * scale).round();
    let mut out = Layout::empty(width, height, scale);
    // Below this size no chart can be read; drawing only the background beats a scramble.
    if frame.width < MIN_SIZE || frame.height < MIN_SIZE {
        return out;
    }
    let kind = data.kind.spec();
    let plot = place_frame(data, &frame, kind.legend_by(), &mut out);
    kind.place(data, &frame, plot, &mut out);
    keep_on_canvas(&mut out);
    out
}

/// The last guard of "everything drawn stays on the canvas": marks are cut to the canvas, so no
/// extreme value can send a drawing call thousands of pixels away.
fn keep_on_canvas(out: &mut Layout) {
    let (w, h) = (out.width, out.height);
    let x = |v: f64| within(v, w);
    let y = |v: f64| within(v, h);
    let cut = |r: Rect| Rect {
        x0: x(r.x0),
        y0: y(r.y0),
        x1: x(r.x1),
        y1: y(r.y1),
    };
    for bar in &mut out.bars {
        bar.rect = cut(bar.rect);
    }
    for mark in &mut out.unknowns {
        mark.rect = cut(mark.rect);
    }
    for entry in &mut out.legend {
        entry.swatch = cut(entry.swatch);
        entry.area = cut(entry.area);
    }
    for p in out
        .lines
        .iter_mut()
        .flat_map(|l| l.runs.iter_mut())
        .flatten()
    {
        *p = (x(p.0), y(p.1));
    }
    for line in &mut out.lines {
        line.fill_to = line.fill_to.map(y);
    }
    for p in out.dots.iter_mut().flat_map(|d| d.points.iter_mut()) {
        (p.0, p.1) = (x(p.0), y(p.1));
    }
    for t in &mut out.texts {
        (t.x, t.y) = (x(t.x), y(t.y));
    }
    for r in &mut out.rules {
        r.from = (x(r.from.0), y(r.from.1));
        r.to = (x(r.to.0), y(r.to.1));
    }
}
