//! Donuts: one ring per visible series (the first outermost), one slice per category, sized by
//! its share of the ring's known total. An unknown value takes no slice; the legend says so, and
//! a caption under the ring says that its percentages are shares of the disclosed total.

use std::f64::consts::TAU;

use super::{ChartKind, LegendBy, Positions};
use crate::i18n;
use crate::layout::axis::LABEL_SIZE;
use crate::layout::text;
use crate::layout::{Align, Frame, Ink, Layout, Rect, RingMark, SliceMark};
use crate::locale::Locale;
use crate::math;
use crate::model::{Dataset, Domain};
use crate::numbers;
use crate::text::Font;

/// `donut`: a ring per series, a slice per category.
pub(super) struct Donut;

impl ChartKind for Donut {
    fn words(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::Fr => "Graphique en anneau",
            Locale::En => "Donut chart",
        }
    }

    fn positions(&self) -> Positions {
        Positions::Categories
    }

    /// Slices are told apart by category, so the legend lists (and hides) categories.
    fn legend_by(&self) -> LegendBy {
        LegendBy::Category
    }

    /// A share of a whole cannot be negative.
    fn allows_negative(&self) -> bool {
        false
    }

    fn place(&self, data: &Dataset, frame: &Frame, plot: Rect, out: &mut Layout) {
        place(data, frame, plot, out);
    }

    fn plot_height(&self, _data: &Dataset, width: f64) -> f64 {
        (width * 0.5).clamp(180.0, 360.0)
    }
}

fn place(data: &Dataset, frame: &Frame, plot: Rect, out: &mut Layout) {
    let Domain::Categories(_) = &data.domain else {
        return;
    };
    let plot = disclosed_total_caption(data, frame, plot, out);
    out.plot = plot;
    // Every series is a ring: a donut's legend hides categories (slices), not rings.
    let visible: Vec<usize> = (0..data.series.len()).collect();
    let center = ((plot.x0 + plot.x1) / 2.0, (plot.y0 + plot.y1) / 2.0);
    let outer = (plot.width().min(plot.height()) / 2.0 - frame.px(4.0)).max(0.0);
    // The hole takes 45 % of the radius; the rings share the rest with a small gap between.
    let hole = outer * 0.45;
    let ring_width = (outer - hole) / visible.len().max(1) as f64;
    let gap = if visible.len() > 1 {
        frame.px(3.0).min(ring_width * 0.2)
    } else {
        0.0
    };
    let font = Font::bold(frame.px(LABEL_SIZE));

    for (ring, &series) in visible.iter().enumerate() {
        let outer_r = outer - ring_width * ring as f64;
        let inner_r = (outer_r - ring_width + gap).max(0.0);
        out.rings.push(RingMark {
            center,
            inner: inner_r,
            outer: outer_r,
        });
        let values = &data.series[series].values;
        let shown = |index: usize| frame.visible(index);
        let total: f64 = values
            .iter()
            .enumerate()
            .filter(|(i, _)| shown(*i))
            .filter_map(|(_, v)| *v)
            .sum();
        if !(total > 0.0 && total.is_finite()) {
            continue;
        }
        let slices: Vec<(usize, f64, f64)> = (values.iter().enumerate())
            .filter_map(|(index, v)| v.filter(|_| shown(index)).map(|v| (index, v, v / total)))
            .collect();
        let fractions: Vec<f64> = slices.iter().map(|s| s.2).collect();
        let labels = numbers::shares(&fractions, frame.locale);
        let mut start = 0.0;
        for ((index, value, share), label) in slices.into_iter().zip(labels) {
            let end = start + share * TAU;
            out.slices.push(SliceMark {
                series,
                index,
                center,
                inner: inner_r,
                outer: outer_r,
                start,
                end,
                value,
                share,
            });
            label_slice(
                center,
                (inner_r + outer_r) / 2.0,
                start,
                end,
                label,
                index,
                font,
                frame,
                out,
            );
            start = end;
        }
    }
    if let (1, Some(&only)) = (visible.len(), visible.first()) {
        centre_name(&data.series[only].name, center, hole, frame, out);
    }
}

/// A lone ring's series name in its hole, on up to three lines.
fn centre_name(name: &str, center: (f64, f64), hole: f64, frame: &Frame, out: &mut Layout) {
    let font = Font::regular(frame.px(13.0));
    let line = font.size * 1.25;
    let lines = crate::text::wrap(name, font, hole * 1.7, 3, frame.measure);
    let first = center.1 - line * (lines.len() as f64 - 1.0) / 2.0;
    for (k, text_line) in lines.into_iter().enumerate() {
        out.texts.push(text(
            text_line,
            center.0,
            first + line * k as f64,
            font,
            Ink::Muted,
            Align::Center,
            Align::Center,
        ));
    }
}

/// The slice's percentage at its middle, when the slice is wide enough to hold it.
#[allow(clippy::too_many_arguments)]
fn label_slice(
    center: (f64, f64),
    radius: f64,
    start: f64,
    end: f64,
    label: String,
    index: usize,
    font: Font,
    frame: &Frame,
    out: &mut Layout,
) {
    let arc = (end - start) * radius;
    if arc < frame.measure.width(&label, font) + frame.px(6.0) || radius < font.size {
        return;
    }
    let middle = (start + end) / 2.0;
    let (x, y) = (
        center.0 + radius * math::sin(middle),
        center.1 - radius * math::cos(middle),
    );
    out.texts.push(text(
        label,
        x,
        y,
        font,
        Ink::OnCategory(index),
        Align::Center,
        Align::Center,
    ));
}

/// Where a shown category of some ring is unknown, the percentages are shares of what was
/// disclosed, not of the whole: a caption under the plot says so. Returns the plot left above it.
fn disclosed_total_caption(data: &Dataset, frame: &Frame, plot: Rect, out: &mut Layout) -> Rect {
    let unknown_shown = data.series.iter().any(|s| {
        (s.values.iter().enumerate()).any(|(index, v)| v.is_none() && frame.visible(index))
    });
    if !unknown_shown {
        return plot;
    }
    let font = Font::regular(frame.px(12.0));
    let line = font.size * 1.4;
    out.texts.push(text(
        i18n::shares_of_disclosed_total(frame.locale).to_string(),
        (plot.x0 + plot.x1) / 2.0,
        plot.y1,
        font,
        Ink::Muted,
        Align::Center,
        Align::End,
    ));
    Rect::spanning(plot.x0, plot.y0, plot.x1, (plot.y1 - line).max(plot.y0))
}

/// Points around a ring sector, outer arc then inner arc back, for filling as a polygon.
pub fn sector_outline(
    center: (f64, f64),
    inner: f64,
    outer: f64,
    start: f64,
    end: f64,
) -> Vec<(f64, f64)> {
    // About one point every 2 degrees keeps arcs smooth at any size.
    let steps = (((end - start).abs() / TAU * 180.0).ceil() as usize).clamp(1, 720);
    let at = |r: f64, a: f64| (center.0 + r * math::sin(a), center.1 - r * math::cos(a));
    let angle = |k: usize| start + (end - start) * k as f64 / steps as f64;
    let mut points: Vec<(f64, f64)> = (0..=steps).map(|k| at(outer, angle(k))).collect();
    points.extend((0..=steps).rev().map(|k| at(inner, angle(k))));
    points
}
