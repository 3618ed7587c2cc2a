//! The hover tooltip's box and place, in CSS pixels: the series name in bold, then the label and
//! value, each wrapped to the tooltip's widest. The browser draws it on a canvas of its own
//! (`web/dom.rs`), so a hover lays out no text in the page: a DOM tooltip cost a page layout of
//! its new text on every move, the most expensive part of a hover.

use crate::text::{wrap, Font, TextMeasure};

pub const FONT_SIZE: f64 = 13.0;
pub const LINE_HEIGHT: f64 = 17.5;
/// Inside the box, left and right, then top and bottom.
pub const PADDING: (f64, f64) = (9.0, 6.0);
pub const MAX_WIDTH: f64 = 280.0;
/// Lines for the series name, and for the label and value.
const MAX_LINES: (usize, usize) = (2, 3);
/// The tallest box: every line used.
pub const MAX_HEIGHT: f64 = (MAX_LINES.0 + MAX_LINES.1) as f64 * LINE_HEIGHT + 2.0 * PADDING.1;
/// Between the pointer and the box.
const GAP: f64 = 14.0;

#[derive(Debug, Clone, PartialEq)]
pub struct TooltipBox {
    /// Top to bottom; the first `bold_lines` are the series name.
    pub lines: Vec<String>,
    pub bold_lines: usize,
    /// Whole pixels, so the box's edges fall on pixel boundaries.
    pub width: f64,
    pub height: f64,
}

/// The box for a datum of series `name` described by `body` ("label: value").
pub fn tooltip_box(name: &str, body: &str, m: &dyn TextMeasure) -> TooltipBox {
    let room = MAX_WIDTH - 2.0 * PADDING.0;
    let bold = wrap(name, Font::bold(FONT_SIZE), room, MAX_LINES.0, m);
    let regular = wrap(body, Font::regular(FONT_SIZE), room, MAX_LINES.1, m);
    let widest = bold
        .iter()
        .map(|line| m.width(line, Font::bold(FONT_SIZE)))
        .chain(regular.iter().map(|l| m.width(l, Font::regular(FONT_SIZE))))
        .fold(0.0, f64::max);
    let bold_lines = bold.len();
    let lines: Vec<String> = bold.into_iter().chain(regular).collect();
    TooltipBox {
        width: (widest + 2.0 * PADDING.0).ceil().min(MAX_WIDTH),
        height: lines.len() as f64 * LINE_HEIGHT + 2.0 * PADDING.1,
        lines,
        bold_lines,
    }
}

/// The box's top-left corner for a pointer at `pointer` in a `viewport` (both CSS pixels):
/// below and to the right of the pointer, or on the other side where the box would leave the
/// viewport and that side has more room.
pub fn tooltip_place(pointer: (f64, f64), size: (f64, f64), viewport: (f64, f64)) -> (f64, f64) {
    let along = |at: f64, length: f64, room: f64| {
        if at + GAP + length > room && at > room / 2.0 {
            at - GAP - length
        } else {
            at + GAP
        }
    };
    (
        along(pointer.0, size.0, viewport.0),
        along(pointer.1, size.1, viewport.1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::EstimatedText;

    #[test]
    fn a_short_tooltip_fits_its_widest_line() {
        let m = EstimatedText;
        let tip = tooltip_box("Telegram", "New users: 70M", &m);
        assert_eq!(tip.lines, ["Telegram", "New users: 70M"]);
        assert_eq!(tip.bold_lines, 1);
        let widest = m.width("New users: 70M", Font::regular(FONT_SIZE));
        assert_eq!(tip.width, (widest + 2.0 * PADDING.0).ceil());
        assert_eq!(tip.height, 2.0 * LINE_HEIGHT + 2.0 * PADDING.1);
    }

    #[test]
    fn long_text_wraps_within_the_widest_box() {
        let m = EstimatedText;
        let name = "A series with a name far longer than any tooltip should be asked to show";
        let body = "Some label: ".repeat(20) + "1.2M";
        let tip = tooltip_box(name, &body, &m);
        assert_eq!(tip.bold_lines, 2);
        assert_eq!(tip.lines.len(), 5);
        assert!(tip.width <= MAX_WIDTH);
        assert_eq!(tip.height, MAX_HEIGHT);
        assert!(tip.lines.last().is_some_and(|l| l.ends_with('…')));
    }

    #[test]
    fn the_box_flips_only_where_it_would_leave_the_viewport() {
        let (size, viewport) = ((100.0, 40.0), (800.0, 600.0));
        assert_eq!(tooltip_place((10.0, 10.0), size, viewport), (24.0, 24.0));
        // Near the right and bottom edges: left of and above the pointer.
        assert_eq!(
            tooltip_place((750.0, 590.0), size, viewport),
            (750.0 - 14.0 - 100.0, 590.0 - 14.0 - 40.0)
        );
        // A viewport narrower than the box: the side with more room.
        assert_eq!(
            tooltip_place((20.0, 10.0), (300.0, 40.0), (200.0, 600.0)).0,
            34.0
        );
    }
}
