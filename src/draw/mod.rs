//! Layout → any plotters [`DrawingBackend`](plotters::backend::DrawingBackend): the canvas in
//! the browser, SVG for `toSvg()`, a PNG pixmap, a recorder in tests. Nothing here decides where
//! things go; it only paints a [`Layout`].

use plotters_backend::DrawingErrorKind;

mod highlight;
mod primitives;
mod style;

pub use highlight::{draw_highlight, highlight_bounds};
pub use primitives::Batching;
pub(crate) use style::pt;

use crate::kinds::sector_outline;
use crate::layout::{Ink, Layout, Rect};
use crate::model::{Dataset, Rgb};
use crate::theme::Palette;
use primitives::{draw_rule, fill_rect, text, unknown};
use style::{readable_on, stroke, Stroke};

/// Colours resolved for one dataset.
pub struct Paint<'a> {
    pub palette: &'a Palette,
    pub data: &'a Dataset,
    /// Each series' colour, resolved once: see [`Palette::series`].
    pub series_colors: Vec<Rgb>,
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

pub(crate) type DrawResult<E> = Result<(), DrawingErrorKind<E>>;

/// Paints `layout` onto `backend`, background first.
pub fn draw<DB: Batching>(
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
        backend.fill_dots(&dots.points, radius, &color)?;
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

fn draw_lines<DB: Batching>(
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

fn draw_donut<DB: Batching>(
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
