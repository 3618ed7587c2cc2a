//! The SVG export's drawing backend (`toSvg`, `renderSvg`, the command line). It writes what
//! plotters-svg's `SVGBackend` wrote, element for element and attribute for attribute, except
//! that its numbers go through [`JsNumber`] and font sizes are written as they are.
//!
//! Our own rather than a wrapper around `SVGBackend` (as `BatchingCanvas` wraps
//! plotters-canvas): every drawing call of `SVGBackend` writes the colour's opacity with `{}` of
//! an `f64`, which links std's float printing (~18 KB) into the module, and it keeps the output
//! string borrowed until dropped, so a wrapper could leave it nothing but the `<svg>` tag. It
//! also wrote font sizes divided by 1.24, which the chart had to multiply back
//! (`13.000000000000002`).

use std::convert::Infallible;
use std::fmt::{Display, Write};

use plotters::backend::DrawingBackend;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontStyle,
    FontTransform,
};

use crate::draw::Batching;
use crate::format::JsNumber;

type Result = std::result::Result<(), DrawingErrorKind<Infallible>>;

/// An SVG document being drawn; [`Svg::finish`] closes it.
pub struct Svg {
    out: String,
    size: (u32, u32),
}

impl Svg {
    pub fn new((width, height): (u32, u32)) -> Svg {
        let mut svg = Svg {
            out: String::new(),
            size: (width, height),
        };
        svg.open("svg");
        svg.attr("width", width);
        svg.attr("height", height);
        svg.attr("viewBox", format_args!("0 0 {width} {height}"));
        svg.attr("xmlns", "http://www.w3.org/2000/svg");
        svg.out.push_str(">\n");
        svg
    }

    /// The document, closed.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }

    fn open(&mut self, tag: &str) {
        self.out.push('<');
        self.out.push_str(tag);
    }

    /// ` key="value"`, for values that need no escaping (numbers, colours, keywords).
    fn attr(&mut self, key: &str, value: impl Display) {
        // Writing to a String cannot fail.
        let _ = write!(self.out, " {key}=\"{value}\"");
    }

    fn escaped_attr(&mut self, key: &str, value: &str) {
        let _ = write!(self.out, " {key}=\"");
        escape_into(&mut self.out, value);
        self.out.push('"');
    }

    fn opacity(&mut self, color: BackendColor) {
        self.attr("opacity", JsNumber(color.alpha));
    }

    fn close(&mut self) {
        self.out.push_str("/>\n");
    }

    /// `fill` and `stroke` of a shape: the colour in one, `none` in the other.
    fn fill_or_stroke(&mut self, color: BackendColor, fill: bool) {
        let (fill, stroke) = if fill {
            (hex(color), "none".into())
        } else {
            ("none".into(), hex(color))
        };
        self.attr("fill", fill);
        self.attr("stroke", stroke);
    }

    fn points(&mut self, path: impl IntoIterator<Item = BackendCoord>) {
        self.out.push_str(" points=\"");
        for (x, y) in path {
            let _ = write!(self.out, "{x},{y} ");
        }
        self.out.push('"');
    }
}

/// The colour, or `None` for one fully transparent: plotters-svg drew nothing then.
fn visible(color: BackendColor) -> Option<BackendColor> {
    (color.alpha != 0.0).then_some(color)
}

/// `#RRGGBB`, as plotters-svg writes it.
fn hex(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("#{r:02X}{g:02X}{b:02X}")
}

/// What plotters-svg escapes, in attributes and text alike; and the characters XML 1.0 forbids
/// (a dataset may hold them), dropped so the document stays well-formed.
pub(crate) fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t' | '\r') => {}
            other => out.push(other),
        }
    }
}

impl Batching for Svg {}

impl DrawingBackend for Svg {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    /// Nothing to flush: [`Svg::finish`] closes the document.
    fn present(&mut self) -> Result {
        Ok(())
    }

    fn draw_pixel(&mut self, (x, y): BackendCoord, color: BackendColor) -> Result {
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.open("rect");
        self.attr("x", x);
        self.attr("y", y);
        self.attr("width", 1);
        self.attr("height", 1);
        self.attr("stroke", "none");
        self.opacity(color);
        self.attr("fill", hex(color));
        self.close();
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result {
        let Some(color) = visible(style.color()) else {
            return Ok(());
        };
        self.open("line");
        self.opacity(color);
        self.attr("stroke", hex(color));
        self.attr("stroke-width", style.stroke_width());
        self.attr("x1", from.0);
        self.attr("y1", from.1);
        self.attr("x2", to.0);
        self.attr("y2", to.1);
        self.close();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        let Some(color) = visible(style.color()) else {
            return Ok(());
        };
        self.open("rect");
        self.attr("x", upper_left.0);
        self.attr("y", upper_left.1);
        self.attr("width", bottom_right.0 - upper_left.0);
        self.attr("height", bottom_right.1 - upper_left.1);
        self.opacity(color);
        self.fill_or_stroke(color, fill);
        self.close();
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        let Some(color) = visible(style.color()) else {
            return Ok(());
        };
        self.open("polyline");
        self.attr("fill", "none");
        self.opacity(color);
        self.attr("stroke", hex(color));
        self.attr("stroke-width", style.stroke_width());
        self.points(path);
        self.close();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Result {
        let Some(color) = visible(style.color()) else {
            return Ok(());
        };
        self.open("polygon");
        self.opacity(color);
        self.attr("fill", hex(color));
        self.points(vertices);
        self.close();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result {
        let Some(color) = visible(style.color()) else {
            return Ok(());
        };
        self.open("circle");
        self.attr("cx", center.0);
        self.attr("cy", center.1);
        self.attr("r", radius);
        self.opacity(color);
        self.fill_or_stroke(color, fill);
        self.attr("stroke-width", style.stroke_width());
        self.close();
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        (x, y): BackendCoord,
    ) -> Result {
        let Some(color) = visible(style.color()) else {
            return Ok(());
        };
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "middle",
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => "0.76em",
            VPos::Center => "0.5ex",
            VPos::Bottom => "-0.5ex",
        };
        self.open("text");
        self.attr("x", x);
        self.attr("y", y);
        self.attr("dy", dy);
        self.attr("text-anchor", anchor);
        self.escaped_attr("font-family", style.family().as_str());
        self.attr("font-size", JsNumber(style.size()));
        self.opacity(color);
        self.attr("fill", hex(color));
        match style.style() {
            FontStyle::Normal => {}
            FontStyle::Bold => self.attr("font-weight", "bold"),
            other => self.attr("font-style", other.as_str()),
        }
        let degrees = match style.transform() {
            FontTransform::Rotate90 => Some(90),
            FontTransform::Rotate180 => Some(180),
            FontTransform::Rotate270 => Some(270),
            FontTransform::None => None,
        };
        if let Some(degrees) = degrees {
            self.attr("transform", format_args!("rotate({degrees}, {x}, {y})"));
        }
        self.out.push_str(">\n");
        escape_into(&mut self.out, text);
        self.out.push_str("\n</text>\n");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use plotters_backend::text_anchor::{HPos, Pos, VPos};
    use plotters_backend::{BackendColor, BackendStyle, DrawingBackend, FontFamily};

    use super::Svg;

    struct Ink(f64);

    impl BackendStyle for Ink {
        fn color(&self) -> BackendColor {
            BackendColor {
                alpha: self.0,
                rgb: (0, 114, 178),
            }
        }
    }

    struct Label;

    impl plotters_backend::BackendTextStyle for Label {
        type FontError = std::convert::Infallible;
        fn color(&self) -> BackendColor {
            Ink(1.0).color()
        }
        fn size(&self) -> f64 {
            13.0
        }
        fn anchor(&self) -> Pos {
            Pos::new(HPos::Center, VPos::Top)
        }
        fn family(&self) -> FontFamily<'_> {
            FontFamily::Name("\"Inter\", sans-serif")
        }
        fn layout_box(&self, _: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
            Ok(((0, 0), (0, 0)))
        }
        fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
            &self,
            _: &str,
            _: (i32, i32),
            _: F,
        ) -> Result<Result<(), E>, Self::FontError> {
            Ok(Ok(()))
        }
    }

    /// The same shapes drawn by plotters-svg, the backend this one replaced: the same document.
    #[test]
    fn shapes_as_plotters_svg_draws_them() {
        fn draw<B: DrawingBackend>(backend: &mut B) {
            backend.draw_rect((1, 2), (11, 22), &Ink(1.0), true).ok();
            backend.draw_rect((3, 4), (9, 9), &Ink(0.5), false).ok();
            backend.draw_line((0, 5), (40, 5), &Ink(0.45)).ok();
            backend
                .draw_path([(0, 0), (10, 10), (20, 5)], &Ink(1.0))
                .ok();
            backend
                .fill_polygon([(0, 0), (4, 0), (4, 4)], &Ink(0.25))
                .ok();
            backend.draw_circle((20, 20), 3, &Ink(0.75), true).ok();
            backend.present().ok();
        }
        let mut ours = Svg::new((40, 30));
        draw(&mut ours);
        let mut theirs = String::new();
        draw(&mut plotters::backend::SVGBackend::with_string(
            &mut theirs,
            (40, 30),
        ));
        assert_eq!(ours.finish(), theirs);
    }

    /// A dataset's text may hold characters XML forbids: they are dropped, the rest escaped.
    #[test]
    fn text_stays_well_formed() {
        let mut out = String::new();
        super::escape_into(&mut out, "a\u{1}<b>\t\"c\"\u{1f}");
        assert_eq!(out, "a&lt;b&gt;\t&quot;c&quot;");
    }

    /// What plotters-svg wrote for the same calls, but for the font size (it wrote `size /
    /// 1.24`).
    #[test]
    fn writes_what_plotters_svg_wrote() {
        let mut svg = Svg::new((40, 30));
        svg.draw_rect((1, 2), (11, 22), &Ink(1.0), true).unwrap();
        svg.draw_line((0, 5), (40, 5), &Ink(0.45)).unwrap();
        svg.draw_line((0, 6), (40, 6), &Ink(0.0)).unwrap();
        svg.fill_polygon([(0, 0), (4, 0), (4, 4)], &Ink(0.25))
            .unwrap();
        svg.draw_text("a < b & 'c'", &Label, (20, 3)).unwrap();
        assert_eq!(
            svg.finish(),
            "<svg width=\"40\" height=\"30\" viewBox=\"0 0 40 30\" xmlns=\"http://www.w3.org/2000/svg\">\n\
             <rect x=\"1\" y=\"2\" width=\"10\" height=\"20\" opacity=\"1\" fill=\"#0072B2\" stroke=\"none\"/>\n\
             <line opacity=\"0.45\" stroke=\"#0072B2\" stroke-width=\"1\" x1=\"0\" y1=\"5\" x2=\"40\" y2=\"5\"/>\n\
             <polygon opacity=\"0.25\" fill=\"#0072B2\" points=\"0,0 4,0 4,4 \"/>\n\
             <text x=\"20\" y=\"3\" dy=\"0.76em\" text-anchor=\"middle\" font-family=\"&quot;Inter&quot;, sans-serif\" font-size=\"13\" opacity=\"1\" fill=\"#0072B2\">\n\
             a &lt; b &amp; &apos;c&apos;\n\
             </text>\n\
             </svg>\n"
        );
    }
}
