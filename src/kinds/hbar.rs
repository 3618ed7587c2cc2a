//! Horizontal bars (`hbar`): categories down the left, values along the bottom, unknown values
//! as hatched rows.

use super::bar::{bar_end, value_range};
use super::{ChartKind, Positions};
use crate::layout::axis::label_font;
use crate::layout::axis::{labelled_ticks, tick_target};
use crate::layout::cartesian::{axis_bottom, visible_series};
use crate::layout::{rule, text, with_note_markers};
use crate::layout::{Align, BarMark, Frame, Ink, Layout, Rect, UnknownMark};
use crate::locale::Locale;
use crate::model::{Dataset, Domain};
use crate::numbers::Numbers;
use crate::scale::{Band, Linear};
use crate::text::{wrap, Font};

/// The height of a row per series, plus the row's own air, in CSS pixels (for a page that
/// lets the chart choose its height).
const ROW_PER_SERIES: f64 = 10.0;
const ROW_AIR: f64 = 16.0;
/// A row never lower than two lines of a category name.
const MIN_ROW: f64 = 36.0;

/// `hbar`: horizontal bars, categories down the left, values along the bottom.
pub(super) struct HBar;

impl ChartKind for HBar {
    fn words(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::Fr => "Graphique en barres horizontales",
            Locale::En => "Horizontal bar chart",
        }
    }

    fn positions(&self) -> Positions {
        Positions::Categories
    }

    fn place(&self, data: &Dataset, frame: &Frame, plot: Rect, out: &mut Layout) {
        place(data, frame, plot, out);
    }

    /// A row per category, tall enough for its bars and a two-line name.
    fn plot_height(&self, data: &Dataset, _width: f64) -> f64 {
        let row = (ROW_PER_SERIES * data.series.len() as f64 + ROW_AIR).max(MIN_ROW);
        row * data.domain.len() as f64
    }
}

/// Horizontal bars: categories down the left, values along the bottom.
fn place(data: &Dataset, frame: &Frame, plot: Rect, out: &mut Layout) {
    let Domain::Categories(categories) = &data.domain else {
        return;
    };
    let numbers = Numbers::new(data, frame.locale);
    let (font, line) = label_font(frame);
    let (min, max) = value_range(data, frame);
    let names: Vec<String> = (0..categories.len())
        .map(|i| with_note_markers(data, i, &categories[i]))
        .collect();
    let widest = names
        .iter()
        .map(|n| frame.measure.width(n, font))
        .fold(0.0, f64::max);
    let name_width = widest.min(plot.width() * 0.35);
    let left = (plot.x0 + name_width + frame.px(8.0)).min(plot.x1);
    let axis_bottom = axis_bottom((plot.y0, plot.y1), line, 1.0, frame);
    let visible = visible_series(data, frame);
    // Room at each end of the value axis for the widest value label.
    let widest_value = (visible.iter())
        .flat_map(|&s| data.series[s].values.iter().flatten())
        .map(|v| frame.measure.width(&numbers.label(*v), font))
        .fold(0.0, f64::max)
        + frame.px(6.0);
    let start = left + if min < 0.0 { widest_value } else { 0.0 };
    let end = (plot.x1 - if max > 0.0 { widest_value } else { 0.0 }).max(start);
    let x = value_axis(
        data,
        frame,
        (min, max),
        (start, end),
        (plot.y0, axis_bottom),
        out,
    );
    out.plot = Rect::spanning(left, plot.y0, plot.x1, axis_bottom);

    let band = Band::new(categories.len(), (plot.y0, axis_bottom), 0.3);
    let every = (line / band.step().max(f64::MIN_POSITIVE)).ceil().max(1.0) as usize;
    out.names_thinned = every > 1;
    // A name wraps onto a second line where its row has the height for two.
    let name_lines = if band.step() >= 2.0 * line { 2 } else { 1 };
    let zero = x.map(0.0);
    let rows = Rows {
        numbers,
        slot: band.width / visible.len().max(1) as f64,
        visible,
        x,
        zero,
        // Unknown values' words go on the side of zero where the bars have room.
        words_left: zero > (left + plot.x1) / 2.0,
        span: (start, end),
    };
    for (index, name) in names.into_iter().enumerate() {
        if index % every == 0 {
            let lines = wrap(&name, font, name_width, name_lines, frame.measure);
            let first = band.center(index) - line * (lines.len() as f64 - 1.0) / 2.0;
            for (k, name) in lines.into_iter().enumerate() {
                let y = first + line * k as f64;
                let name = text(
                    name,
                    left - frame.px(8.0),
                    y,
                    font,
                    Ink::Text,
                    Align::End,
                    Align::Center,
                );
                out.texts.push(name);
            }
        }
        row(data, frame, &rows, (index, band.start(index)), out);
    }
    let (from, to) = ((zero, plot.y0), (zero, axis_bottom));
    out.rules.push(rule(from, to, frame.px(1.5), Ink::Axis));
}

/// Ticks for `range` along `[start, end]`, each a vertical gridline from `top` to the axis
/// with its label under it; returns the value → x scale.
fn value_axis(
    data: &Dataset,
    frame: &Frame,
    (min, max): (f64, f64),
    (start, end): (f64, f64),
    (top, axis_bottom): (f64, f64),
    out: &mut Layout,
) -> Linear {
    let (font, _) = label_font(frame);
    let target = tick_target(end - start, frame, 80.0);
    let (ticks, labels) = labelled_ticks(min, max, target, frame, &data.unit());
    let x = Linear::new((ticks.lo, ticks.hi), (start, end));
    for (value, label) in ticks.values.iter().zip(labels) {
        let at = x.map(*value);
        out.rules
            .push(rule((at, top), (at, axis_bottom), frame.px(1.0), Ink::Grid));
        let y = axis_bottom + frame.px(6.0);
        out.texts.push(text(
            label,
            at,
            y,
            font,
            Ink::Muted,
            Align::Center,
            Align::Start,
        ));
    }
    x
}

/// What every row of one hbar chart is placed with.
struct Rows<'a> {
    numbers: Numbers<'a>,
    visible: Vec<usize>,
    /// The height of one series' bar slot in a row.
    slot: f64,
    x: Linear,
    zero: f64,
    words_left: bool,
    /// The value axis's ends: an unknown value's mark spans them.
    span: (f64, f64),
}

/// The bars of category `index` (its row starting at `top`): a bar with its value for each known
/// value, a hatched row with "? not disclosed" for each unknown one.
fn row(data: &Dataset, frame: &Frame, rows: &Rows, (index, top): (usize, f64), out: &mut Layout) {
    let (font, _) = label_font(frame);
    let slot = rows.slot;
    for (k, &series) in rows.visible.iter().enumerate() {
        let y0 = top + slot * k as f64 + slot * 0.06;
        let y1 = y0 + slot * 0.88;
        let middle = (y0 + y1) / 2.0;
        let Some(value) = data.series[series].values.get(index).copied().flatten() else {
            let rect = Rect::spanning(rows.span.0, y0, rows.span.1, y1);
            out.unknowns.push(UnknownMark::single(series, index, rect));
            if font.size <= slot {
                let words = format!("? {}", data.series[series].unknown_words(frame.locale));
                let (tx, h_align) = if rows.words_left {
                    (rows.zero - frame.px(8.0), Align::End)
                } else {
                    (rows.zero + frame.px(8.0), Align::Start)
                };
                let bold = Font::bold(font.size);
                let mark = text(
                    words,
                    tx,
                    middle,
                    bold,
                    Ink::Unknown,
                    h_align,
                    Align::Center,
                );
                out.texts.push(mark);
            }
            continue;
        };
        let tip = -bar_end(-rows.zero, -rows.x.map(value), value, frame);
        let rect = Rect::spanning(rows.zero, y0, tip, y1);
        out.bars.push(BarMark {
            series,
            index,
            rect,
            value,
        });
        if font.size <= slot {
            let label = rows.numbers.label(value);
            let (tx, h_align) = if value < 0.0 {
                (rect.x0 - frame.px(4.0), Align::End)
            } else {
                (rect.x1 + frame.px(4.0), Align::Start)
            };
            out.texts.push(text(
                label,
                tx,
                middle,
                font,
                Ink::Text,
                h_align,
                Align::Center,
            ));
        }
    }
}
