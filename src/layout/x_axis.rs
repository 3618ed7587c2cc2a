//! The continuous x axis of lines, areas and scatters: its rule, its ticks (calendar
//! boundaries for dates, round numbers otherwise) fitted so labels never touch, and the notes
//! attached at an x value.

use super::axis::LABEL_SIZE;
use super::{rule, text, Align, Frame, Ink, Layout, Rule};
use crate::format;
use crate::i18n;
use crate::model::{Dataset, NoteAt};
use crate::scale::{nice_ticks, Linear};
use crate::text::Font;
use crate::time_ticks::time_ticks;

/// The x axis line, ticks and labels: round numbers, or for dates the dates of the data
/// (every few, so labels do not collide).
pub(crate) fn x_axis(
    data: &Dataset,
    frame: &Frame,
    x: &Linear,
    domain: (f64, f64),
    bottom: f64,
    out: &mut Layout,
) {
    let font = Font::regular(frame.px(LABEL_SIZE));
    let (left, right) = x.range;
    out.rules.push(rule(
        (left, bottom),
        (right, bottom),
        frame.px(1.0),
        Ink::Axis,
    ));
    for (centre, value, label) in fitted_x_ticks(data, frame, x, domain, font) {
        let at = x.map(value);
        out.rules.push(rule(
            (at, bottom),
            (at, bottom + frame.px(4.0)),
            frame.px(1.0),
            Ink::Axis,
        ));
        out.texts.push(text(
            label,
            centre,
            bottom + frame.px(6.0),
            font,
            Ink::Muted,
            Align::Center,
            Align::Start,
        ));
    }
}

/// The x ticks to label: `(label centre, value, label)`. Of the tick sets the axis could take
/// (calendar boundaries for dates, round numbers otherwise), the densest whose labels sit
/// side by side without touching, preferring any with at least three labels: fewer ticks
/// rather than overlapping ones, and never a lone label on an axis that has room for three.
/// Where no set fits whole, every other label of the sparsest set is dropped until they do.
pub(crate) fn fitted_x_ticks(
    data: &Dataset,
    frame: &Frame,
    x: &Linear,
    domain: (f64, f64),
    font: Font,
) -> Vec<(f64, f64, String)> {
    let (left, right) = x.range;
    let gap = frame.px(10.0);
    let candidates = (2..=12).rev().map(|target| {
        // Calendar ticks: hours, days, months or years, as the visible range asks.
        let ticks: Vec<(f64, String)> = if data.x_is_dates() {
            time_ticks(domain.0, domain.1, target, frame.locale)
        } else {
            nice_ticks(domain.0, domain.1, target)
                .values
                .into_iter()
                .filter(|v| *v >= domain.0 && *v <= domain.1)
                .map(|v| (v, format::x_value(v, frame.locale)))
                .collect()
        };
        // Labels stay within the axis (plus the right margin); one wider than that is left out.
        let placed: Vec<(f64, f64, f64, String)> = ticks
            .into_iter()
            .filter_map(|(value, label)| {
                let width = frame.measure.width(&label, font);
                let (low, high) = (left + width / 2.0, right + frame.px(12.0) - width / 2.0);
                // Not `clamp`: its check of its bounds would print them with std's float printing.
                (low <= high).then(|| (x.map(value).max(low).min(high), width, value, label))
            })
            .collect();
        placed
    });
    let apart = |ticks: &[(f64, f64, f64, String)]| {
        ticks
            .windows(2)
            .all(|p| p[1].0 - p[1].1 / 2.0 - (p[0].0 + p[0].1 / 2.0) >= gap)
    };
    let mut fitting_fewer = None;
    let mut sparsest = Vec::new();
    for ticks in candidates {
        if apart(&ticks) && ticks.len() >= 3 {
            return ticks.into_iter().map(|t| (t.0, t.2, t.3)).collect();
        }
        if apart(&ticks) && fitting_fewer.is_none() && !ticks.is_empty() {
            fitting_fewer = Some(ticks.clone());
        }
        sparsest = ticks;
    }
    let mut ticks = fitting_fewer.unwrap_or(sparsest);
    while !apart(&ticks) && ticks.len() > 1 {
        ticks = ticks.into_iter().step_by(2).collect();
    }
    ticks.into_iter().map(|t| (t.0, t.2, t.3)).collect()
}

/// A dotted line at each note's x with its marker at the top.
pub(crate) fn notes(
    data: &Dataset,
    frame: &Frame,
    x: &Linear,
    (top, bottom): (f64, f64),
    out: &mut Layout,
) {
    let font = Font::bold(frame.px(LABEL_SIZE));
    for (number, note) in data.notes.iter().enumerate() {
        if let NoteAt::X { position, .. } = note.at {
            if position < x.domain.0 || position > x.domain.1 {
                continue;
            }
            let at = x.map(position);
            // Beside or inside a "not disclosed" band the band's dashed edge already marks the
            // place: a second dashed line a few pixels off would read as a double rule.
            let near = frame.px(4.0);
            let on_band = (out.unknowns.iter())
                .any(|u| !u.edge && at >= u.rect.x0 - near && at <= u.rect.x1 + near);
            if !on_band {
                out.rules.push(Rule {
                    from: (at, top),
                    to: (at, bottom),
                    width: frame.px(1.0),
                    ink: Ink::Muted,
                    dashed: true,
                });
            }
            out.texts.push(text(
                i18n::note_marker(number + 1),
                at,
                top - frame.px(2.0),
                font,
                Ink::Muted,
                Align::Center,
                Align::End,
            ));
        }
    }
}
