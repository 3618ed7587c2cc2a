//! Value axes: the range of the visible data, round ticks and their labels.

use super::{rule, text};
use super::{Align, Frame, Ink, Layout};
use crate::format;
use crate::model::Unit;
use crate::scale::{nice_ticks, Linear, Ticks};
use crate::text::Font;

/// Axis labels, value labels and markers, in CSS pixels.
pub(crate) const LABEL_SIZE: f64 = 12.0;

/// The label font at the frame's scale, and the height of one line of it.
pub(crate) fn label_font(frame: &Frame) -> (Font, f64) {
    let font = Font::regular(frame.px(LABEL_SIZE));
    (font, font.size * 1.3)
}

/// A value as the chart writes it everywhere: compact, localised, with the unit.
pub(crate) fn value_text(value: f64, frame: &Frame, unit: &Unit) -> String {
    format::with_unit(value, frame.locale, unit.prefix(), unit.suffix())
}

/// Ticks for `[min, max]` and their labels. Labels use the compact form; where two ticks would
/// read alike ("1.2M", "1.2M") they get just enough significant digits to differ.
pub(crate) fn labelled_ticks(
    min: f64,
    max: f64,
    target: usize,
    frame: &Frame,
    unit: &Unit,
) -> (Ticks, Vec<String>) {
    let ticks = nice_ticks(min, max, target);
    let compact: Vec<String> = ticks
        .values
        .iter()
        .map(|v| value_text(*v, frame, unit))
        .collect();
    if all_distinct(&compact) {
        return (ticks, compact);
    }
    for digits in [3, 4, 5, 6, 8, 12, 17] {
        let labels: Vec<String> = ticks
            .values
            .iter()
            .map(|v| {
                format::with_unit_digits(*v, frame.locale, unit.prefix(), unit.suffix(), digits)
            })
            .collect();
        if all_distinct(&labels) {
            return (ticks, labels);
        }
    }
    (ticks, compact)
}

fn all_distinct(labels: &[String]) -> bool {
    labels.windows(2).all(|pair| pair[0] != pair[1])
}

/// How many tick intervals fit along `length` device pixels with `spacing` CSS pixels each.
pub(crate) fn tick_target(length: f64, frame: &Frame, spacing: f64) -> usize {
    ((length / frame.px(spacing)).floor() as usize).clamp(2, 10)
}

/// Ticks for a vertical value axis `height` pixels tall, their labels, and the widest label.
pub(crate) fn vertical_ticks(
    (min, max): (f64, f64),
    height: f64,
    frame: &Frame,
    unit: &Unit,
    font: Font,
) -> (Ticks, Vec<String>, f64) {
    let (ticks, labels) = labelled_ticks(min, max, tick_target(height, frame, 44.0), frame, unit);
    let widest = labels
        .iter()
        .map(|l| frame.measure.width(l, font))
        .fold(0.0, f64::max);
    (ticks, labels, widest)
}

/// Horizontal gridlines from `left` to `right`, each labelled just left of `left`.
pub(crate) fn horizontal_grid(
    ticks: &Ticks,
    labels: Vec<String>,
    y: &Linear,
    (left, right): (f64, f64),
    frame: &Frame,
    font: Font,
    out: &mut Layout,
) {
    for (value, label) in ticks.values.iter().zip(labels) {
        let at = y.map(*value);
        out.rules
            .push(rule((left, at), (right, at), frame.px(1.0), Ink::Grid));
        let x = left - frame.px(8.0);
        out.texts.push(text(
            label,
            x,
            at,
            font,
            Ink::Muted,
            Align::End,
            Align::Center,
        ));
    }
}
