//! Horizontal bars (`hbar`): categories down the left, values along the bottom, unknown values
//! as hatched rows.

use super::axis::{labelled_ticks, tick_target};
use super::bars::{bar_end, value_range, visible_series, LABEL_SIZE};
use super::frame::with_note_markers;
use super::{rule, text, Align, BarMark, Frame, Ink, Layout, Rect, UnknownMark};
use crate::model::{Dataset, Domain};
use crate::numbers::Numbers;
use crate::scale::{Band, Linear};
use crate::text::{wrap, Font};

/// Horizontal bars: categories down the left, values along the bottom.
pub(super) fn place(data: &Dataset, frame: &Frame, plot: Rect, out: &mut Layout) {
    let Domain::Categories(categories) = &data.domain else {
        return;
    };
    let unit = data.unit();
    let numbers = Numbers::new(data, frame.locale);
    let font = Font::regular(frame.px(LABEL_SIZE));
    let line = font.size * 1.3;
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
    let axis_bottom = (plot.y1 - line - frame.px(6.0)).max(plot.y0);

    let visible = visible_series(data, frame);
    let value_labels: Vec<(usize, usize, f64, String)> = visible
        .iter()
        .flat_map(|&s| {
            data.series[s]
                .values
                .iter()
                .enumerate()
                .map(move |(i, v)| (s, i, *v))
        })
        .filter_map(|(s, i, v)| v.map(|v| (s, i, v, numbers.label(v))))
        .collect();
    let widest_value = value_labels
        .iter()
        .map(|l| frame.measure.width(&l.3, font))
        .fold(0.0, f64::max)
        + frame.px(6.0);
    let start = left + if min < 0.0 { widest_value } else { 0.0 };
    let end = (plot.x1 - if max > 0.0 { widest_value } else { 0.0 }).max(start);
    let (ticks, labels) = labelled_ticks(
        min,
        max,
        tick_target(end - start, frame, 80.0),
        frame,
        &unit,
    );
    let x = Linear::new((ticks.lo, ticks.hi), (start, end));
    out.plot = Rect::spanning(left, plot.y0, plot.x1, axis_bottom);

    for (value, label) in ticks.values.iter().zip(labels) {
        let at = x.map(*value);
        out.rules.push(rule(
            (at, plot.y0),
            (at, axis_bottom),
            frame.px(1.0),
            Ink::Grid,
        ));
        out.texts.push(text(
            label,
            at,
            axis_bottom + frame.px(6.0),
            font,
            Ink::Muted,
            Align::Center,
            Align::Start,
        ));
    }

    let band = Band::new(categories.len(), (plot.y0, axis_bottom), 0.3);
    let slot = band.width / visible.len().max(1) as f64;
    let zero = x.map(0.0);
    let every = (line / band.step().max(f64::MIN_POSITIVE)).ceil().max(1.0) as usize;
    out.names_thinned = every > 1;
    // A name wraps onto a second line where its row has the height for two.
    let name_lines = if band.step() >= 2.0 * line { 2 } else { 1 };
    for (index, name) in names.into_iter().enumerate() {
        if index % every == 0 {
            let lines = wrap(&name, font, name_width, name_lines, frame.measure);
            let first = band.center(index) - line * (lines.len() as f64 - 1.0) / 2.0;
            for (k, name) in lines.into_iter().enumerate() {
                out.texts.push(text(
                    name,
                    left - frame.px(8.0),
                    first + line * k as f64,
                    font,
                    Ink::Text,
                    Align::End,
                    Align::Center,
                ));
            }
        }
        for (k, &series) in visible.iter().enumerate() {
            let y0 = band.start(index) + slot * k as f64 + slot * 0.06;
            let y1 = y0 + slot * 0.88;
            match data.series[series].values.get(index).copied().flatten() {
                Some(value) => {
                    let tip = -bar_end(-zero, -x.map(value), value, frame);
                    let rect = Rect::spanning(zero, y0, tip, y1);
                    out.bars.push(BarMark {
                        series,
                        index,
                        rect,
                        value,
                    });
                    if font.size <= slot {
                        let label = numbers.label(value);
                        let (tx, h_align) = if value < 0.0 {
                            (rect.x0 - frame.px(4.0), Align::End)
                        } else {
                            (rect.x1 + frame.px(4.0), Align::Start)
                        };
                        out.texts.push(text(
                            label,
                            tx,
                            (y0 + y1) / 2.0,
                            font,
                            Ink::Text,
                            h_align,
                            Align::Center,
                        ));
                    }
                }
                None => {
                    let rect = Rect::spanning(start, y0, end, y1);
                    out.unknowns.push(UnknownMark {
                        series,
                        index,
                        last: index,
                        rect,
                        edge: false,
                    });
                    if font.size <= slot {
                        let words =
                            format!("? {}", data.series[series].unknown_words(frame.locale));
                        // Written on the side of zero where the bars have room.
                        let (tx, h_align) = if zero > (left + plot.x1) / 2.0 {
                            (zero - frame.px(8.0), Align::End)
                        } else {
                            (zero + frame.px(8.0), Align::Start)
                        };
                        let bold = Font::bold(font.size);
                        let middle = (y0 + y1) / 2.0;
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
                }
            }
        }
    }
    out.rules.push(rule(
        (zero, plot.y0),
        (zero, axis_bottom),
        frame.px(1.5),
        Ink::Axis,
    ));
}
