//! The news-graphic frame around the plot: title, subtitle, legend, notes and source.

use super::{Align, Frame, Ink, Layout, LegendEntry, Rect, TextMark};
use crate::i18n;
use crate::model::{Dataset, Domain, NoteAt};
use crate::text::{wrap, Font};

const PADDING: f64 = 16.0;
const TITLE_SIZE: f64 = 20.0;
const SUBTITLE_SIZE: f64 = 14.0;
const LEGEND_SIZE: f64 = 13.0;
const SMALL_SIZE: f64 = 12.0;
const LINE_HEIGHT: f64 = 1.3;

/// How many lines each text of the frame may take, and how much of the height the notes.
#[derive(Clone, Copy)]
struct Limits {
    title: usize,
    subtitle: usize,
    source: usize,
    note: usize,
    notes_share: f64,
}

/// Whole texts: what a chart that sets its own height, or has room, shows.
const WHOLE: Limits = Limits {
    title: 12,
    subtitle: 16,
    source: 12,
    note: 12,
    notes_share: 0.6,
};

/// Shortened texts, only when whole ones would squeeze the plot below [`MIN_PLOT`].
const SHORTENED: Limits = Limits {
    title: 2,
    subtitle: 3,
    source: 2,
    note: 2,
    notes_share: 1.0 / 3.0,
};

/// The plot height, in CSS pixels, below which the frame's texts give up lines instead: the
/// plot gives up room first, a text is shortened only when nothing else fits.
pub(crate) const MIN_PLOT: f64 = 120.0;

/// Places everything but the plot; returns the rectangle left for the plot.
pub(crate) fn place_frame(data: &Dataset, frame: &Frame, by: LegendBy, out: &mut Layout) -> Rect {
    let (texts, legend) = (out.texts.len(), out.legend.len());
    let plot = place_with(data, frame, (by, out), WHOLE);
    if plot.height() >= frame.px(MIN_PLOT) {
        return plot;
    }
    out.texts.truncate(texts);
    out.legend.truncate(legend);
    place_with(data, frame, (by, out), SHORTENED)
}

/// What a chart's legend entries stand for (its kind says).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegendBy {
    Series,
    /// A donut's slices are told apart by category.
    Category,
}

fn place_with(
    data: &Dataset,
    frame: &Frame,
    (by, out): (LegendBy, &mut Layout),
    limits: Limits,
) -> Rect {
    let pad = frame.px(PADDING);
    let left = pad;
    let right = (out.width - pad).max(left);
    let mut top = pad;
    let mut bottom = (out.height - pad).max(top);
    let max_width = right - left;

    top = paragraph(
        out,
        frame,
        &data.title,
        Font::bold(frame.px(TITLE_SIZE)),
        Ink::Text,
        limits.title,
        left,
        top,
        max_width,
    );
    if let Some(subtitle) = &data.subtitle {
        top += frame.px(2.0);
        let font = Font::regular(frame.px(SUBTITLE_SIZE));
        top = paragraph(
            out,
            frame,
            subtitle,
            font,
            Ink::Muted,
            limits.subtitle,
            left,
            top,
            max_width,
        );
    }
    let entries = legend_entries(data, frame, by);
    if !entries.is_empty() {
        top += frame.px(8.0);
        top = legend(&entries, frame, out, left, top, max_width);
    }
    top += frame.px(12.0);

    // The bottom block: notes, then the source.
    let small = Font::regular(frame.px(SMALL_SIZE));
    let line_height = small.size * LINE_HEIGHT;
    let source = (data.source.as_ref())
        .map(|source| {
            wrap(
                &i18n::source_line(frame.locale, source),
                small,
                max_width,
                limits.source,
                frame.measure,
            )
        })
        .unwrap_or_default();
    let mut lines = note_lines(data, frame, out.height, max_width, limits);
    lines.extend(source);
    if !lines.is_empty() {
        bottom -= lines.len() as f64 * line_height;
        for (k, text) in lines.into_iter().enumerate() {
            let y = bottom + k as f64 * line_height;
            out.texts
                .push(text_mark(text, left, y, small, Ink::Muted, Align::Start));
        }
        bottom -= frame.px(10.0);
    }
    // A frame taller than the canvas leaves an empty plot at its bottom edge, never below it.
    let top = top.min(out.height);
    Rect::spanning(left, top, right, bottom.max(top).min(out.height))
}

/// The notes' lines under the plot, each wrapped to `max_width`. They take at most a share of
/// the height, so that the plot keeps its room; the ones that do not fit are counted in a last
/// line ("… and 3 more notes").
fn note_lines(
    data: &Dataset,
    frame: &Frame,
    height: f64,
    max_width: f64,
    limits: Limits,
) -> Vec<String> {
    let small = Font::regular(frame.px(SMALL_SIZE));
    let line_height = small.size * LINE_HEIGHT;
    let room = height * limits.notes_share - line_height;
    let mut lines: Vec<String> = Vec::new();
    for (number, note) in data.notes.iter().enumerate() {
        let marker = i18n::note_marker(number + 1);
        let text = format!("{marker} {}", note.text);
        let block = wrap(&text, small, max_width, limits.note, frame.measure);
        // The last note may take the line the count would have taken.
        let last = number + 1 == data.notes.len();
        let room = if last { room + line_height } else { room };
        if (lines.len() + block.len()) as f64 * line_height > room {
            lines.push(i18n::more_notes(frame.locale, data.notes.len() - number));
            break;
        }
        lines.extend(block);
    }
    lines
}

/// Wrapped text from `top`; returns the y below it.
#[allow(clippy::too_many_arguments)]
fn paragraph(
    out: &mut Layout,
    frame: &Frame,
    text: &str,
    font: Font,
    ink: Ink,
    max_lines: usize,
    x: f64,
    top: f64,
    max_width: f64,
) -> f64 {
    let line_height = font.size * LINE_HEIGHT;
    let mut y = top;
    for line in wrap(text, font, max_width, max_lines, frame.measure) {
        out.texts
            .push(text_mark(line, x, y, font, ink, Align::Start));
        y += line_height;
    }
    y
}

fn text_mark(text: String, x: f64, y: f64, font: Font, ink: Ink, h_align: Align) -> TextMark {
    TextMark {
        text,
        x,
        y,
        font,
        ink,
        h_align,
        v_align: Align::Start,
    }
}

/// One legend line item: what it names, its label, its colour, and whether it is shown.
struct Entry {
    item: usize,
    label: String,
    ink: Ink,
    shown: bool,
}

/// Series get a legend when there is more than one; a donut's slices always do, and an unknown
/// slice says so there since it has no slice to show.
fn legend_entries(data: &Dataset, frame: &Frame, by: LegendBy) -> Vec<Entry> {
    if by == LegendBy::Category {
        let Domain::Categories(categories) = &data.domain else {
            return Vec::new();
        };
        let Some(first) = data.series.first() else {
            return Vec::new();
        };
        return categories
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let unknown = first.values.get(i).is_some_and(Option::is_none);
                let label = if unknown {
                    format!("{name} ({})", first.unknown_words(frame.locale))
                } else {
                    name.clone()
                };
                let label = with_note_markers(data, i, &label);
                Entry {
                    item: i,
                    label,
                    ink: Ink::Category(i),
                    shown: frame.visible(i),
                }
            })
            .collect();
    }
    if data.series.len() < 2 {
        return Vec::new();
    }
    data.series
        .iter()
        .enumerate()
        .map(|(i, s)| Entry {
            item: i,
            label: s.name.clone(),
            ink: Ink::Series(i),
            shown: frame.visible(i),
        })
        .collect()
}

/// Legend entries flow left to right and wrap; returns the y below them.
fn legend(
    entries: &[Entry],
    frame: &Frame,
    out: &mut Layout,
    left: f64,
    top: f64,
    max_width: f64,
) -> f64 {
    let font = Font::regular(frame.px(LEGEND_SIZE));
    let swatch = frame.px(12.0);
    let gap = frame.px(6.0);
    let spacing = frame.px(18.0);
    let row_height = font.size * 1.6;
    let (mut x, mut y) = (left, top);
    for entry in entries {
        let room = (max_width - swatch - gap).max(0.0);
        let label = crate::text::ellipsize(&entry.label, font, room, frame.measure);
        let entry_width = swatch + gap + frame.measure.width(&label, font);
        if x > left && x + entry_width > left + max_width {
            x = left;
            y += row_height;
        }
        let middle = y + row_height / 2.0;
        let swatch_rect =
            Rect::spanning(x, middle - swatch / 2.0, x + swatch, middle + swatch / 2.0);
        out.texts.push(TextMark {
            text: label,
            x: x + swatch + gap,
            y: middle,
            font,
            ink: if entry.shown { Ink::Text } else { Ink::Muted },
            h_align: Align::Start,
            v_align: Align::Center,
        });
        out.legend.push(LegendEntry {
            item: entry.item,
            ink: entry.ink,
            swatch: swatch_rect,
            area: Rect::spanning(x, y, x + entry_width, y + row_height),
        });
        x += entry_width + spacing;
    }
    y + row_height
}

/// The category label with the markers of the notes attached to it: "Signal (1)".
pub(crate) fn with_note_markers(data: &Dataset, index: usize, label: &str) -> String {
    let mut text = label.to_string();
    for (number, note) in data.notes.iter().enumerate() {
        if note.at == NoteAt::Category(index) {
            text.push(' ');
            text.push_str(&i18n::note_marker(number + 1));
        }
    }
    text
}
