//! A plotters [`DrawingBackend`] on a tiny-skia pixmap: the PNG is the chart's own draw code
//! (outage_charts::draw) painting device pixels, as the canvas does in a browser, with no SVG
//! round trip. Rectangles and axis-aligned lines (bars, grid, axes, dashes) land on whole pixels
//! and stay crisp; diagonal lines, curves, polygons and circles are anti-aliased.

use std::convert::Infallible;

use outage_charts::draw::Batching;
use plotters::backend::DrawingBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};
use tiny_skia::{FillRule, LineCap, LineJoin, Paint, PathBuilder, Pixmap, Rect, Stroke, Transform};

use crate::glyphs::Glyphs;

type Drawn = Result<(), DrawingErrorKind<Infallible>>;

pub struct PixmapBackend {
    pub pixmap: Pixmap,
    glyphs: Glyphs,
}

impl PixmapBackend {
    /// `None` when the size is zero or too large for a pixmap.
    pub fn new(width: u32, height: u32) -> Option<PixmapBackend> {
        Some(PixmapBackend {
            pixmap: Pixmap::new(width, height)?,
            glyphs: Glyphs::new()?,
        })
    }
}

fn paint(color: BackendColor) -> Paint<'static> {
    let (r, g, b) = color.rgb;
    let alpha = (color.alpha.clamp(0.0, 1.0) * 255.0).round() as u8;
    let mut paint = Paint::default();
    paint.set_color_rgba8(r, g, b, alpha);
    paint.anti_alias = true;
    paint
}

impl PixmapBackend {
    fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: BackendColor) {
        if let Some(rect) = Rect::from_xywh(x, y, w.max(1.0), h.max(1.0)) {
            let mut paint = paint(color);
            paint.anti_alias = false;
            self.pixmap
                .fill_rect(rect, &paint, Transform::identity(), None);
        }
    }

    fn fill(&mut self, path: Option<tiny_skia::Path>, color: BackendColor) {
        let Some(path) = path else { return };
        let paint = paint(color);
        let identity = Transform::identity();
        (self.pixmap).fill_path(&path, &paint, FillRule::Winding, identity, None);
    }

    fn stroke(&mut self, path: Option<tiny_skia::Path>, width: u32, color: BackendColor) {
        let Some(path) = path else { return };
        let stroke = Stroke {
            width: width.max(1) as f32,
            line_cap: LineCap::Butt,
            line_join: LineJoin::Round,
            ..Stroke::default()
        };
        self.pixmap
            .stroke_path(&path, &paint(color), &stroke, Transform::identity(), None);
    }
}

fn polyline(
    points: impl IntoIterator<Item = BackendCoord>,
    offset: f32,
) -> Option<tiny_skia::Path> {
    let mut builder = PathBuilder::new();
    for (k, (x, y)) in points.into_iter().enumerate() {
        let (x, y) = (x as f32 + offset, y as f32 + offset);
        if k == 0 {
            builder.move_to(x, y);
        } else {
            builder.line_to(x, y);
        }
    }
    builder.finish()
}

impl DrawingBackend for PixmapBackend {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        (self.pixmap.width(), self.pixmap.height())
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Drawn {
        self.fill_rect(x as f32, y as f32, 1.0, 1.0, color);
        Ok(())
    }

    /// An axis-aligned line covers whole pixels from its start (a 1 px rule at x covers the
    /// column x), as plotters' own bitmap backend draws it; any other is anti-aliased.
    fn draw_line<S: BackendStyle>(&mut self, a: BackendCoord, b: BackendCoord, s: &S) -> Drawn {
        let width = s.stroke_width().max(1) as i32;
        let (x0, x1, y0, y1) = (a.0.min(b.0), a.0.max(b.0), a.1.min(b.1), a.1.max(b.1));
        if a.0 == b.0 {
            let x = (a.0 - width / 2) as f32;
            self.fill_rect(x, y0 as f32, width as f32, (y1 - y0) as f32, s.color());
        } else if a.1 == b.1 {
            let y = (a.1 - width / 2) as f32;
            self.fill_rect(x0 as f32, y, (x1 - x0) as f32, width as f32, s.color());
        } else {
            // Centred on the pixels' centres, like the axis-aligned ones.
            self.stroke(polyline([a, b], 0.5), s.stroke_width(), s.color());
        }
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        s: &S,
        fill: bool,
    ) -> Drawn {
        if fill {
            let (x0, y0) = (a.0.min(b.0) as f32, a.1.min(b.1) as f32);
            let (w, h) = ((a.0 - b.0).abs() as f32, (a.1 - b.1).abs() as f32);
            self.fill_rect(x0, y0, w, h, s.color());
            return Ok(());
        }
        for (from, to) in [
            (a, (b.0, a.1)),
            ((b.0, a.1), b),
            (b, (a.0, b.1)),
            ((a.0, b.1), a),
        ] {
            self.draw_line(from, to, s)?;
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Drawn {
        self.stroke(polyline(path, 0.0), s.stroke_width(), s.color());
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        s: &S,
    ) -> Drawn {
        let mut builder = PathBuilder::new();
        for (k, (x, y)) in vertices.into_iter().enumerate() {
            if k == 0 {
                builder.move_to(x as f32, y as f32);
            } else {
                builder.line_to(x as f32, y as f32);
            }
        }
        builder.close();
        self.fill(builder.finish(), s.color());
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        (x, y): BackendCoord,
        radius: u32,
        s: &S,
        fill: bool,
    ) -> Drawn {
        let circle = PathBuilder::from_circle(x as f32, y as f32, radius.max(1) as f32);
        if fill {
            self.fill(circle, s.color());
        } else {
            self.stroke(circle, s.stroke_width(), s.color());
        }
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Drawn {
        self.glyphs.draw(&mut self.pixmap, text, style, pos);
        Ok(())
    }
}

/// Dashes are drawn one by one: each is an axis-aligned run of whole pixels, which costs less
/// here than stroking one dashed path.
impl Batching for PixmapBackend {}
