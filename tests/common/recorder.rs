//! A plotters backend that records what is drawn, so tests can check the drawing itself.

use std::convert::Infallible;

use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Rect {
        from: BackendCoord,
        to: BackendCoord,
        rgb: (u8, u8, u8),
        fill: bool,
    },
    Line {
        from: BackendCoord,
        to: BackendCoord,
    },
    Path {
        points: Vec<BackendCoord>,
        rgb: (u8, u8, u8),
    },
    Polygon {
        points: Vec<BackendCoord>,
    },
    Circle {
        center: BackendCoord,
        radius: u32,
    },
    Text {
        text: String,
        at: BackendCoord,
        size: f64,
    },
}

pub struct Recorder {
    pub size: (u32, u32),
    pub ops: Vec<Op>,
}

impl Recorder {
    /// The coordinates an operation names (a circle's centre, a text's anchor).
    pub fn op_points(op: &Op) -> Vec<BackendCoord> {
        match op {
            Op::Rect { from, to, .. } | Op::Line { from, to } => vec![*from, *to],
            Op::Path { points, .. } | Op::Polygon { points } => points.clone(),
            Op::Circle { center, .. } => vec![*center],
            Op::Text { at, .. } => vec![*at],
        }
    }

    pub fn new(width: u32, height: u32) -> Recorder {
        Recorder {
            size: (width, height),
            ops: Vec::new(),
        }
    }

    /// Every point anything was drawn at.
    pub fn points(&self) -> Vec<BackendCoord> {
        self.ops.iter().flat_map(Recorder::op_points).collect()
    }

    pub fn texts(&self) -> Vec<&str> {
        self.ops
            .iter()
            .filter_map(|op| match op {
                Op::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }
}

impl outage_charts::draw::Batching for Recorder {}

impl DrawingBackend for Recorder {
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        _: BackendColor,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Rect {
            from: point,
            to: point,
            rgb: (0, 0, 0),
            fill: true,
        });
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        _: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Line { from, to });
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Rect {
            from,
            to,
            rgb: style.color().rgb,
            fill,
        });
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Path {
            points: path.into_iter().collect(),
            rgb: style.color().rgb,
        });
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        _: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Polygon {
            points: path.into_iter().collect(),
        });
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        _: &S,
        _: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Circle { center, radius });
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        at: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.ops.push(Op::Text {
            text: text.to_string(),
            at,
            size: style.size(),
        });
        Ok(())
    }
}
