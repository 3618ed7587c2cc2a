//! Layout → any plotters [`DrawingBackend`]: the canvas in the browser, SVG for `toSvg()`, a
//! recorder in tests. Nothing here decides where things go; it only paints a [`Layout`].

use std::convert::Infallible;

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontFamily, FontStyle,
};

use crate::kinds::{sector_outline, Mark};
use crate::layout::{Align, BarMark, Ink, Layout, PointMark, Rect, Rule, TextMark, UnknownMark};
use crate::math;
use crate::model::{Dataset, Rgb};
use crate::text::Font;
use crate::theme::Palette;

/// Colours resolved for one dataset.
pub struct Paint<'a> {
    pub palette: &'a Palette,
    pub data: &'a Dataset,
    /// Each series' colour, resolved once: see [`Palette::series`].
    pub series_colors: Vec<Rgb>,
    /// Font sizes are multiplied by this: plotters' SVG backend writes `size / 1.24`, and the
    /// export must match the canvas.
    pub text_scale: f64,
    /// The CSS font-family text is drawn in.
    pub family: &'a str,
}

impl Paint<'_> {
    fn rgb(&self, ink: Ink) -> Rgb {
        match ink {
            Ink::Text => self.palette.text,
            Ink::Muted => self.palette.muted,
            Ink::Grid => self.palette.grid,
            Ink::Axis => self.palette.axis,
            Ink::Unknown => self.palette.unknown,
            Ink::Series(i) => self.series(i),
            Ink::Category(i) => self.palette.category(i),
            Ink::OnCategory(i) => readable_on(self.palette.category(i)),
        }
    }

    fn series(&self, index: usize) -> Rgb {
        (self.series_colors.get(index).copied()).unwrap_or_else(|| self.palette.category(index))
    }
}

/// Black or white text for a background colour, by its relative luminance (WCAG).
fn readable_on(background: Rgb) -> Rgb {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            math::pow((c + 0.055) / 1.055, 2.4)
        }
    };
    let luminance = 0.2126 * linear(background.0)
        + 0.7152 * linear(background.1)
        + 0.0722 * linear(background.2);
    // The luminance where black and white text have equal contrast.
    if luminance > 0.179 {
        Rgb(0, 0, 0)
    } else {
        Rgb(255, 255, 255)
    }
}

/// A solid colour with a stroke width, as plotters backends take it.
struct Stroke {
    color: Rgb,
    alpha: f64,
    width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        backend_color(self.color, self.alpha)
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

fn backend_color(c: Rgb, alpha: f64) -> BackendColor {
    BackendColor {
        alpha,
        rgb: (c.0, c.1, c.2),
    }
}

fn stroke(color: Rgb, width: f64) -> Stroke {
    Stroke {
        color,
        alpha: 1.0,
        // Backends take whole pixels; a hairline stays visible.
        width: width.round().max(1.0) as u32,
    }
}

/// Text in the page's sans-serif. Canvas and SVG render text themselves, so the glyph
/// rasterising half of plotters' text trait is never used.
struct TextStyle<'a> {
    font: Font,
    family: &'a str,
    color: Rgb,
    anchor: Pos,
}

impl BackendTextStyle for TextStyle<'_> {
    type FontError = Infallible;

    fn color(&self) -> BackendColor {
        backend_color(self.color, 1.0)
    }

    fn size(&self) -> f64 {
        self.font.size
    }

    fn style(&self) -> FontStyle {
        if self.font.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }

    fn anchor(&self) -> Pos {
        self.anchor
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(self.family)
    }

    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Infallible> {
        let width = crate::text::TextMeasure::width(&crate::text::EstimatedText, text, self.font);
        Ok((
            (0, 0),
            (width.round() as i32, self.font.size.round() as i32),
        ))
    }

    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, Infallible> {
        Ok(Ok(()))
    }
}

/// Device pixels → backend coordinates; `as` saturates, so nothing overflows.
pub(crate) fn pt(x: f64, y: f64) -> BackendCoord {
    (x.round() as i32, y.round() as i32)
}

type DrawResult<E> = Result<(), DrawingErrorKind<E>>;

/// Paints `layout` onto `backend`, background first.
pub fn draw<DB: DashedLines>(
    layout: &Layout,
    paint: &Paint,
    backend: &mut DB,
) -> DrawResult<DB::ErrorType> {
    let background = Stroke {
        color: paint.palette.background,
        alpha: 1.0,
        width: 1,
    };
    backend.draw_rect((0, 0), pt(layout.width, layout.height), &background, true)?;
    // Grid under the marks, axes and zero lines over them.
    for rule in layout.rules.iter().filter(|r| r.ink != Ink::Axis) {
        draw_rule(backend, rule, paint, layout.scale)?;
    }
    for mark in &layout.unknowns {
        let color = if mark.edge {
            paint.series(mark.series)
        } else {
            paint.palette.unknown
        };
        unknown(backend, mark.rect, color, layout.scale)?;
    }
    for bar in &layout.bars {
        fill_rect(backend, bar.rect, paint.series(bar.series))?;
    }
    draw_lines(layout, paint, backend)?;
    draw_donut(layout, paint, backend)?;
    for dots in &layout.dots {
        let color = stroke(paint.series(dots.series), 1.0);
        let radius = dots.radius.round().max(1.0) as u32;
        for &(x, y, _) in &dots.points {
            backend.draw_circle(pt(x, y), radius, &color, true)?;
        }
    }
    for rule in layout.rules.iter().filter(|r| r.ink == Ink::Axis) {
        draw_rule(backend, rule, paint, layout.scale)?;
    }
    // An area chart's swatch looks like one of its areas, a light fill under a solid edge, so
    // the legend shows what is drawn rather than a solid block found nowhere on the plot.
    let areas = layout.lines.iter().any(|l| l.fill_to.is_some());
    for entry in &layout.legend {
        let color = paint.rgb(entry.ink);
        if areas {
            let r = entry.swatch;
            backend.draw_rect(pt(r.x0, r.y0), pt(r.x1, r.y1), &area_fill(color), true)?;
            let edge = Rect {
                y1: r.y0 + 2.0 * layout.scale,
                ..r
            };
            fill_rect(backend, edge, color)?;
        } else {
            fill_rect(backend, entry.swatch, color)?;
        }
    }
    for mark in &layout.texts {
        text(backend, mark, paint)?;
    }
    backend.present()
}

/// Marks datum `(series, index)` on a transparent layer above the chart: an outline around its
/// bar, slice or "not disclosed" mark, or a ring on its point with a vertical crosshair.
pub fn draw_highlight<DB: DashedLines>(
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
fn point_highlight<DB: DashedLines>(
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

fn draw_lines<DB: DashedLines>(
    layout: &Layout,
    paint: &Paint,
    backend: &mut DB,
) -> DrawResult<DB::ErrorType> {
    // Every fill before any line: a later area's fill would tint an earlier area's edge into a
    // colour found nowhere in the legend.
    for mark in &layout.lines {
        let color = paint.series(mark.series);
        if let Some(base) = mark.fill_to {
            let fill = area_fill(color);
            for run in &mark.runs {
                let (Some(first), Some(last)) = (run.first(), run.last()) else {
                    continue;
                };
                let outline = run
                    .iter()
                    .map(|p| pt(p.0, p.1))
                    .chain([pt(last.0, base), pt(first.0, base)]);
                backend.fill_polygon(outline, &fill)?;
            }
        }
    }
    for mark in &layout.lines {
        let color = paint.series(mark.series);
        let style = stroke(color, mark.width);
        for run in &mark.runs {
            if run.len() == 1 {
                // A lone point between unknowns has no segment: show it as a dot.
                backend.draw_circle(pt(run[0].0, run[0].1), style.width * 2, &style, true)?;
            } else {
                backend.draw_path(run.iter().map(|p| pt(p.0, p.1)), &style)?;
            }
        }
        if mark.dots {
            let radius = (3.0 * layout.scale).round() as u32;
            for p in mark.runs.iter().flatten() {
                backend.draw_circle(pt(p.0, p.1), radius, &style, true)?;
            }
        }
    }
    Ok(())
}

fn draw_donut<DB: DashedLines>(
    layout: &Layout,
    paint: &Paint,
    backend: &mut DB,
) -> DrawResult<DB::ErrorType> {
    let track = stroke(paint.palette.grid, 1.0);
    for ring in &layout.rings {
        let outline = sector_outline(
            ring.center,
            ring.inner,
            ring.outer,
            0.0,
            std::f64::consts::TAU,
        );
        backend.fill_polygon(outline.iter().map(|p| pt(p.0, p.1)), &track)?;
    }
    // A thin line of background between slices keeps neighbours apart.
    let separator = stroke(paint.palette.background, layout.scale);
    for slice in &layout.slices {
        let outline = sector_outline(
            slice.center,
            slice.inner,
            slice.outer,
            slice.start,
            slice.end,
        );
        let fill = stroke(paint.rgb(Ink::Category(slice.index)), 1.0);
        backend.fill_polygon(outline.iter().map(|p| pt(p.0, p.1)), &fill)?;
        if slice.share < 1.0 {
            let (a, b) = (outline[0], outline[outline.len() - 1]);
            backend.draw_line(pt(a.0, a.1), pt(b.0, b.1), &separator)?;
        }
    }
    Ok(())
}

/// The translucent fill of an area (and of its legend swatch).
fn area_fill(color: Rgb) -> Stroke {
    Stroke {
        color,
        alpha: 0.25,
        width: 1,
    }
}

fn fill_rect<DB: DashedLines>(backend: &mut DB, r: Rect, color: Rgb) -> DrawResult<DB::ErrorType> {
    backend.draw_rect(pt(r.x0, r.y0), pt(r.x1, r.y1), &stroke(color, 1.0), true)
}

fn draw_rule<DB: DashedLines>(
    backend: &mut DB,
    rule: &Rule,
    paint: &Paint,
    scale: f64,
) -> DrawResult<DB::ErrorType> {
    let style = stroke(paint.rgb(rule.ink), rule.width);
    line(backend, rule.from, rule.to, &style, rule.dashed, scale)
}

/// A straight line, solid or dashed.
fn line<DB: DashedLines>(
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

/// A backend that may dash a straight line better than one plotters line per dash. The
/// default draws exactly that, so any backend takes it as it is (`impl DashedLines for B {}`);
/// the browser's canvas strokes the whole line once with a line dash instead (a "not
/// disclosed" outline is some two hundred dashes).
pub trait DashedLines: DrawingBackend {
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
}

impl DashedLines for plotters::backend::SVGBackend<'_> {}

/// A "not disclosed" region: light diagonal hatching inside a dashed outline.
fn unknown<DB: DashedLines>(
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

fn text<DB: DashedLines>(
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
    let font = Font {
        size: mark.font.size * paint.text_scale,
        ..mark.font
    };
    let style = TextStyle {
        font,
        family: paint.family,
        color: paint.rgb(mark.ink),
        anchor: Pos::new(h, v),
    };
    backend.draw_text(&mark.text, &style, pt(mark.x, mark.y))
}
