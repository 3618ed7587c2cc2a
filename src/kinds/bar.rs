//! Bar-like kinds: grouped vertical bars (`bar`), stacked bars (`stacked`) and horizontal bars
//! (`hbar`). Unknown values become hatched "not disclosed" regions, never zero-height bars.

use super::{ChartKind, Positions};
use crate::i18n;
use crate::layout::axis::{horizontal_grid, vertical_ticks};
use crate::layout::axis::{label_font, LABEL_SIZE};
use crate::layout::cartesian::visible_series;
use crate::layout::cartesian::{axis_bottom, value_range as visible_range};
use crate::layout::{rule, text, with_note_markers};
use crate::layout::{Align, BarMark, Frame, Ink, Layout, Rect, UnknownMark};
use crate::locale::Locale;
use crate::model::{Dataset, Domain, Kind};
use crate::numbers::Numbers;
use crate::scale::{Band, Linear};
use crate::text::{wrap, Font};

/// Vertical bars: side by side within each category (`bar`), or piled, negatives downwards
/// (`stacked`).
pub(super) struct Vertical {
    stacked: bool,
}

pub(super) const BAR: Vertical = Vertical { stacked: false };
pub(super) const STACKED: Vertical = Vertical { stacked: true };

impl ChartKind for Vertical {
    fn words(&self, locale: Locale) -> &'static str {
        match (self.stacked, locale) {
            (false, Locale::Fr) => "Graphique en barres",
            (false, Locale::En) => "Bar chart",
            (true, Locale::Fr) => "Graphique en barres empilées",
            (true, Locale::En) => "Stacked bar chart",
        }
    }

    fn positions(&self) -> Positions {
        Positions::Categories
    }

    fn place(&self, data: &Dataset, frame: &Frame, plot: Rect, out: &mut Layout) {
        place_vertical(data, frame, plot, out);
    }
}

/// The least a non-zero bar is drawn, in CSS pixels, so that small values stay visible.
const MIN_BAR: f64 = 1.0;
/// The widest a bar is drawn, in CSS pixels.
const MAX_BAR: f64 = 120.0;
/// The height of an unknown part's block on a stack, in CSS pixels, where there is room.
const UNKNOWN_BLOCK: f64 = 18.0;

/// `a + b`, held at ±f64::MAX: two values near 1e308 stack to the largest number, not infinity.
fn saturating_sum(a: f64, b: f64) -> f64 {
    (a + b).clamp(-f64::MAX, f64::MAX)
}

/// Values the value axis must show: every visible value (every stack end for stacked), and zero.
pub(super) fn value_range(data: &Dataset, frame: &Frame) -> (f64, f64) {
    let (lo, hi) = if data.kind == Kind::Stacked {
        stack_range(data, frame)
    } else {
        visible_range(data, frame, None).unwrap_or((0.0, 0.0))
    };
    (lo.min(0.0), hi.max(0.0))
}

/// The lowest and highest ends of the stacks: positives pile up, negatives pile down.
fn stack_range(data: &Dataset, frame: &Frame) -> (f64, f64) {
    let (mut lo, mut hi) = (0.0f64, 0.0f64);
    for index in 0..data.domain.len() {
        let (mut down, mut up) = (0.0, 0.0);
        for (s, series) in data.series.iter().enumerate() {
            match series.values.get(index).copied().flatten() {
                Some(v) if frame.visible(s) && v < 0.0 => down = saturating_sum(down, v),
                Some(v) if frame.visible(s) => up = saturating_sum(up, v),
                _ => {}
            }
        }
        lo = lo.min(down);
        hi = hi.max(up);
    }
    (lo, hi)
}

/// Vertical bars, grouped (`bar`) or stacked (`stacked`).
fn place_vertical(data: &Dataset, frame: &Frame, plot: Rect, out: &mut Layout) {
    let Domain::Categories(categories) = &data.domain else {
        return;
    };
    let unit = data.unit();
    let (font, line) = label_font(frame);
    let (min, max) = value_range(data, frame);

    // Category names wrap onto a second line before they are shortened.
    let name_lines = if names_need_two_lines(data, categories, frame, plot) {
        2
    } else {
        1
    };
    let axis_bottom = axis_bottom((plot.y0, plot.y1), line, name_lines as f64, frame);
    let (ticks, labels, label_width) =
        vertical_ticks((min, max), axis_bottom - plot.y0, frame, &unit, font);
    let left = (plot.x0 + label_width + frame.px(8.0)).min(plot.x1);
    // A stack's unknown parts pile above it in blocks: the tallest pile needs room over the top
    // tick (blocks get thinner rather than take more than a third of the height).
    let piled = if data.kind == Kind::Stacked {
        most_unknowns(data, frame)
    } else {
        0
    };
    let block = frame
        .px(UNKNOWN_BLOCK)
        .min((axis_bottom - plot.y0) / 3.0 / piled.max(1) as f64);
    let above = if ticks.hi > 0.0 { line } else { 0.0 };
    let top = plot.y0 + above.max(block * piled as f64);
    let bottom = (axis_bottom - if ticks.lo < 0.0 { line } else { 0.0 }).max(top);
    let y = Linear::new((ticks.lo, ticks.hi), (bottom, top));
    out.plot = Rect::spanning(left, plot.y0, plot.x1, axis_bottom);

    horizontal_grid(&ticks, labels, &y, (left, plot.x1), frame, font, out);

    let band = Band::new(categories.len(), (left, plot.x1), 0.3);
    let visible = visible_series(data, frame);
    let zero = y.map(0.0);
    for (index, category) in categories.iter().enumerate() {
        if data.kind == Kind::Stacked {
            stack_vertical(data, frame, &visible, index, (&band, block), &y, out);
        } else {
            group_vertical(data, frame, &visible, index, &band, (top, bottom), &y, out);
        }
        category_label(
            data,
            frame,
            (index, category),
            &band,
            (axis_bottom + frame.px(6.0), name_lines),
            out,
        );
    }
    out.rules.push(rule(
        (left, zero),
        (plot.x1, zero),
        frame.px(1.5),
        Ink::Axis,
    ));
}

/// Side-by-side bars of one category, each with its value above (or below, if negative).
#[allow(clippy::too_many_arguments)]
fn group_vertical(
    data: &Dataset,
    frame: &Frame,
    visible: &[usize],
    index: usize,
    band: &Band,
    (top, bottom): (f64, f64),
    y: &Linear,
    out: &mut Layout,
) {
    let font = Font::regular(frame.px(LABEL_SIZE));
    // Bars wider than MAX_BAR only add ink: a lone bar stays a bar, centred in its band.
    let slot = (band.width / visible.len().max(1) as f64).min(frame.px(MAX_BAR));
    let offset = (band.width - slot * visible.len() as f64) / 2.0;
    let zero = y.map(0.0);
    for (k, &series) in visible.iter().enumerate() {
        let x0 = band.start(index) + offset + slot * k as f64 + slot * 0.06;
        let x1 = x0 + slot * 0.88;
        match data.series[series].values.get(index).copied().flatten() {
            Some(value) => {
                let end = bar_end(zero, y.map(value), value, frame);
                let rect = Rect::spanning(x0, zero, x1, end);
                out.bars.push(BarMark {
                    series,
                    index,
                    rect,
                    value,
                });
                let label = Numbers::new(data, frame.locale).label(value);
                if frame.measure.width(&label, font) <= slot {
                    let (ty, v_align) = if value < 0.0 {
                        (rect.y1 + frame.px(3.0), Align::Start)
                    } else {
                        (rect.y0 - frame.px(3.0), Align::End)
                    };
                    out.texts.push(text(
                        label,
                        (x0 + x1) / 2.0,
                        ty,
                        font,
                        Ink::Text,
                        Align::Center,
                        v_align,
                    ));
                }
            }
            None => {
                let rect = Rect::spanning(x0, top, x1, bottom);
                out.unknowns.push(UnknownMark::single(series, index, rect));
                let words = data.series[series].unknown_words(frame.locale);
                unknown_label_vertical(rect, words, frame, out);
            }
        }
    }
}

/// The most unknown values of visible series in one category: the tallest pile of blocks.
fn most_unknowns(data: &Dataset, frame: &Frame) -> usize {
    (0..data.domain.len())
        .map(|index| {
            (data.series.iter().enumerate())
                .filter(|(s, series)| frame.visible(*s) && series.values.get(index) == Some(&None))
                .count()
        })
        .max()
        .unwrap_or(0)
}

/// One stack per category: positives pile up from zero, negatives pile down; unknown parts
/// cannot be stacked, so each is a hatched block `block` pixels tall on top of the stack.
fn stack_vertical(
    data: &Dataset,
    frame: &Frame,
    visible: &[usize],
    index: usize,
    (band, block): (&Band, f64),
    y: &Linear,
    out: &mut Layout,
) {
    let width = band.width.min(frame.px(MAX_BAR));
    let x0 = band.center(index) - width / 2.0;
    let x1 = x0 + width;
    let (mut up, mut down) = (0.0, 0.0);
    let mut unknown = Vec::new();
    for &series in visible {
        match data.series[series].values.get(index).copied().flatten() {
            Some(value) => {
                let base = if value < 0.0 { down } else { up };
                let end = saturating_sum(base, value);
                let rect = Rect::spanning(
                    x0,
                    y.map(base),
                    x1,
                    bar_end(y.map(base), y.map(end), value, frame),
                );
                out.bars.push(BarMark {
                    series,
                    index,
                    rect,
                    value,
                });
                if value < 0.0 {
                    down = end
                } else {
                    up = end
                }
            }
            None => unknown.push(series),
        }
    }
    let mut top = y.map(up);
    for series in unknown {
        let rect = Rect::spanning(x0, top - block, x1, top);
        out.unknowns.push(UnknownMark::single(series, index, rect));
        top -= block;
    }
}

/// Where a bar of `value` ends: at `end`, or at least `MIN_BAR` from zero so it can be seen.
pub(super) fn bar_end(zero: f64, end: f64, value: f64, frame: &Frame) -> f64 {
    let least = frame.px(MIN_BAR);
    if value != 0.0 && (end - zero).abs() < least {
        if value > 0.0 {
            zero - least
        } else {
            zero + least
        }
    } else if value == 0.0 {
        // A zero is a hairline on the axis: drawn, and unlike an unknown.
        zero - least
    } else {
        end
    }
}

/// "?" in the middle of a tall unknown region, with "not disclosed" under it where it fits.
fn unknown_label_vertical(rect: Rect, words: &str, frame: &Frame, out: &mut Layout) {
    let mark = Font::bold(frame.px(20.0));
    let font = Font::regular(frame.px(LABEL_SIZE));
    let middle = (rect.y0 + rect.y1) / 2.0;
    let centre = (rect.x0 + rect.x1) / 2.0;
    if frame.measure.width("?", mark) > rect.width() || mark.size > rect.height() {
        return;
    }
    out.texts.push(text(
        "?".into(),
        centre,
        middle,
        mark,
        Ink::Unknown,
        Align::Center,
        Align::End,
    ));
    // The words go under the "?" only if they fit whole: a cut "not disc…" explains nothing.
    // Where they do not, the short form ("n/d") does, if the words are the default ones.
    let room = rect.width() - frame.px(4.0);
    let line_height = font.size * 1.25;
    let first = middle + frame.px(4.0);
    let fits = |lines: &[String], words: &str| {
        lines.join(" ") == words && first + line_height * lines.len() as f64 <= rect.y1
    };
    let mut lines = wrap(words, font, room, 2, frame.measure);
    if !fits(&lines, words) {
        let short = i18n::not_disclosed_short(frame.locale);
        lines = wrap(short, font, room, 1, frame.measure);
        if words != i18n::not_disclosed(frame.locale) || !fits(&lines, short) {
            return;
        }
    }
    for (k, line) in lines.into_iter().enumerate() {
        let y = first + line_height * k as f64;
        out.texts.push(text(
            line,
            centre,
            y,
            font,
            Ink::Unknown,
            Align::Center,
            Align::Start,
        ));
    }
}

/// A category's name under its band, with its note markers; thinned out when bands are narrow.
fn category_label(
    data: &Dataset,
    frame: &Frame,
    (index, category): (usize, &str),
    band: &Band,
    (y, max_lines): (f64, usize),
    out: &mut Layout,
) {
    let font = Font::regular(frame.px(LABEL_SIZE));
    let every = (frame.px(40.0) / band.step().max(f64::MIN_POSITIVE))
        .ceil()
        .max(1.0) as usize;
    let room = band.step() * every as f64 - frame.px(4.0);
    out.names_thinned |= every > 1 || room <= 0.0;
    if index % every != 0 || room <= 0.0 {
        return;
    }
    let name = with_note_markers(data, index, category);
    let line_height = font.size * 1.3;
    for (k, line) in wrap(&name, font, room, max_lines, frame.measure)
        .into_iter()
        .enumerate()
    {
        out.texts.push(text(
            line,
            band.center(index),
            y + line_height * k as f64,
            font,
            Ink::Text,
            Align::Center,
            Align::Start,
        ));
    }
}

/// Whether some category name is wider than its column would be (the plot's width shared by
/// the categories, as if no axis labels took any): then names get two lines under the axis.
fn names_need_two_lines(data: &Dataset, categories: &[String], frame: &Frame, plot: Rect) -> bool {
    let font = Font::regular(frame.px(LABEL_SIZE));
    let column = plot.width() / categories.len().max(1) as f64 - frame.px(4.0);
    (categories.iter().enumerate())
        .any(|(i, c)| frame.measure.width(&with_note_markers(data, i, c), font) > column)
}
