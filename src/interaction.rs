//! What the reader's pointer, wheel and keyboard do to a chart, as a plain state machine: an
//! input goes in, the state changes, and the effects come out for the page to carry out
//! (highlight, tooltip, events, zoom). No DOM here, so every rule is tested natively; `web`
//! only turns browser events into [`Input`]s and [`Effect`]s into calls.
//!
//! What lies where on the chart is asked of a [`Scene`], which the page answers from the layout
//! it drew and tests answer from a table.

use crate::navigate::Move;

/// A datum: (series, index).
pub type Datum = (usize, usize);

/// How far (CSS pixels) pointers may travel between press and release for a click to count: a
/// click that ends a drag is no click.
const CLICK_SLOP: f64 = 4.0;

/// Below this distance (CSS pixels) between two fingers, a pinch is too noisy to zoom by.
const MIN_PINCH: f64 = 4.0;

/// What the interaction needs to know about the chart on screen.
pub trait Scene {
    /// A datum described for the page (the `Hit` of `hitTest`).
    type Hit: Clone;
    /// The datum under `(x, y)` (CSS pixels from the canvas corner), not yet described.
    fn datum_at(&self, x: f64, y: f64) -> Option<Datum>;
    /// The datum under `(x, y)`, described: what a click selects.
    fn hit_at(&self, x: f64, y: f64) -> Option<Self::Hit>;
    fn describe(&self, datum: Datum) -> Option<Self::Hit>;
    /// The legend item (a series) under `(x, y)`.
    fn legend_at(&self, x: f64, y: f64) -> Option<usize>;
    /// Whether the x axis zooms and pans (line and area charts).
    fn zoomable(&self) -> bool;
    /// Where the keyboard focus goes from `from`.
    fn step(&self, from: Option<Datum>, movement: Move) -> Option<Datum>;
}

/// A pointer position: `offset` from the canvas corner and `client` in the viewport, both in
/// CSS pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pointer {
    pub offset: (f64, f64),
    pub client: (f64, f64),
}

/// The browser events a chart listens to, reduced to what the rules read.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// `id` is the pointer id of a pointer event (`None` for a plain mouse event).
    PointerMove {
        id: Option<i32>,
        at: Pointer,
    },
    PointerDown {
        id: Option<i32>,
        button: i16,
        at: Pointer,
    },
    /// Up or cancel.
    PointerUp {
        id: i32,
    },
    PointerLeave,
    /// The animation frame asked for by [`Effect::RequestFrame`].
    Frame,
    Click {
        at: (f64, f64),
    },
    DoubleClick,
    /// `delta_mode`: 0 pixels, 1 lines, 2 pages (`WheelEvent.deltaMode`).
    Wheel {
        delta_y: f64,
        delta_mode: u32,
        x: f64,
    },
    Key(String),
    Focus,
    Blur,
}

/// Where a tooltip goes: beside the pointer (viewport pixels) or beside the datum.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Place {
    Pointer(f64, f64),
    Datum,
}

/// What the page does after an input, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect<H> {
    /// Ask for one animation frame, then send [`Input::Frame`]: pointer moves are coalesced.
    RequestFrame,
    /// Highlight `datum` and put the tooltip at `place`; `repaint` (with its description) when
    /// the layer shows another datum, else only the place moves.
    Highlight {
        datum: Datum,
        repaint: Option<H>,
        place: Place,
    },
    /// Hide the highlight and the tooltip.
    Unhighlight,
    /// `chart-hover`, with the datum or `null`.
    Hover(Option<H>),
    /// `chart-select`.
    Select(H),
    /// Say this datum in the live region; `None` empties it.
    Announce(Option<H>),
    /// Put the live region on the page (it must be there before it speaks).
    PrepareLiveRegion,
    /// The event is the chart's: the page must not scroll or activate.
    PreventDefault,
    CapturePointer(i32),
    /// Show or hide a series (a legend click), then redraw.
    ToggleSeries(usize),
    /// Zoom by `factor` around `x` (CSS pixels from the canvas corner); `None`: the middle of
    /// the plot.
    Zoom {
        x: Option<f64>,
        factor: f64,
    },
    /// Move the x axis as if the drawing moved `dx` CSS pixels right.
    Pan {
        dx: f64,
    },
    ResetZoom,
}

/// The interaction state of one chart.
#[derive(Debug, Default)]
pub struct Interaction {
    /// The last pointer position over the canvas.
    pointer: Option<Pointer>,
    /// The datum last reported by `chart-hover`.
    hovered: Option<Datum>,
    /// The datum the keyboard is on.
    focus: Option<Datum>,
    /// The datum drawn on the highlight layer, so an unchanged hover repaints nothing.
    highlighted: Option<Datum>,
    /// Pointers pressed on a zoomable chart: id and offset position.
    pressed: Vec<(i32, f64, f64)>,
    /// How far the pressed pointers travelled since the first went down.
    travelled: f64,
}

impl Interaction {
    /// Applies `input`; returns what the page must do.
    pub fn handle<S: Scene>(&mut self, scene: &S, input: Input) -> Vec<Effect<S::Hit>> {
        match input {
            Input::PointerMove { id, at } => self.pointer_move(id, at),
            Input::PointerDown { id, button, at } => self.pointer_down(scene, id, button, at),
            Input::PointerUp { id } => {
                self.pressed.retain(|p| p.0 != id);
                Vec::new()
            }
            Input::PointerLeave => self.pointer_leave(),
            Input::Frame => self.frame(scene),
            Input::Click { at } => self.click(scene, at),
            Input::DoubleClick => vec![Effect::ResetZoom],
            Input::Wheel {
                delta_y,
                delta_mode,
                x,
            } => wheel(scene, delta_y, delta_mode, x),
            Input::Key(key) => self.key(scene, &key),
            Input::Focus => vec![Effect::PrepareLiveRegion],
            Input::Blur if self.pointer.is_none() => self.unhighlight(),
            Input::Blur => Vec::new(),
        }
    }

    /// The chart was drawn afresh: the highlight was placed for the old drawing.
    pub fn redrawn(&mut self) {
        self.highlighted = None;
    }

    /// New data: the hovered and focused datums may not exist any more.
    pub fn new_data(&mut self) {
        (self.focus, self.hovered) = (None, None);
    }

    pub fn pointer(&self) -> Option<Pointer> {
        self.pointer
    }

    fn unhighlight<H>(&mut self) -> Vec<Effect<H>> {
        self.highlighted = None;
        vec![Effect::Unhighlight]
    }

    fn pointer_move<H>(&mut self, id: Option<i32>, at: Pointer) -> Vec<Effect<H>> {
        match id.and_then(|id| self.drag(id, at.offset)) {
            Some(mut effects) => {
                effects.extend(self.unhighlight());
                effects
            }
            None => self.follow(at),
        }
    }

    /// Remembers where the pointer is and asks for a frame to show what lies under it.
    fn follow<H>(&mut self, at: Pointer) -> Vec<Effect<H>> {
        self.pointer = Some(at);
        vec![Effect::RequestFrame]
    }

    /// Pans (one pointer pressed) or pinches (two); `None` when the move is no drag (no pointer
    /// pressed, or not this one).
    fn drag<H>(&mut self, id: i32, (x, y): (f64, f64)) -> Option<Vec<Effect<H>>> {
        let slot = self.pressed.iter().position(|p| p.0 == id)?;
        let before = self.pressed.clone();
        self.pressed[slot] = (id, x, y);
        self.travelled += crate::math::hypot(x - before[slot].1, y - before[slot].2);
        Some(match (before.as_slice(), self.pressed.as_slice()) {
            ([a], [b]) => vec![Effect::Pan { dx: b.1 - a.1 }],
            ([a0, a1], [b0, b1]) => {
                let (old, new) = ((a0.1 - a1.1).abs(), (b0.1 - b1.1).abs());
                if old > MIN_PINCH {
                    let x = Some((b0.1 + b1.1) / 2.0);
                    vec![Effect::Zoom {
                        x,
                        factor: new / old,
                    }]
                } else {
                    Vec::new()
                }
            }
            _ => Vec::new(),
        })
    }

    fn pointer_down<S: Scene>(
        &mut self,
        scene: &S,
        id: Option<i32>,
        button: i16,
        at: Pointer,
    ) -> Vec<Effect<S::Hit>> {
        let mut effects = Vec::new();
        if let Some(id) = id.filter(|_| button == 0 && scene.zoomable()) {
            effects.push(Effect::CapturePointer(id));
            self.pressed.retain(|p| p.0 != id);
            self.pressed.push((id, at.offset.0, at.offset.1));
            if self.pressed.len() == 1 {
                self.travelled = 0.0;
            }
        }
        effects.extend(self.follow(at));
        effects
    }

    fn pointer_leave<H>(&mut self) -> Vec<Effect<H>> {
        self.pointer = None;
        let mut effects = self.unhighlight();
        if self.hovered.take().is_some() {
            effects.push(Effect::Hover(None));
        }
        effects
    }

    /// One pointer update per frame: the datum under the pointer is highlighted and described.
    fn frame<S: Scene>(&mut self, scene: &S) -> Vec<Effect<S::Hit>> {
        let Some(Pointer { offset, client }) = self.pointer else {
            return Vec::new();
        };
        let found = scene.datum_at(offset.0, offset.1);
        // Described only if new to the layer or to the page: a pointer moving over the datum
        // already shown moves the tooltip and nothing more.
        let new = found != self.highlighted || found != self.hovered;
        let hit = found.filter(|_| new).and_then(|d| scene.describe(d));
        let target = found.filter(|_| !new || hit.is_some());
        let mut effects = match target {
            Some(datum) => {
                vec![self.highlight(datum, hit.clone(), Place::Pointer(client.0, client.1))]
            }
            None => self.unhighlight(),
        };
        if target != self.hovered {
            self.hovered = target;
            effects.push(Effect::Hover(hit));
        }
        effects
    }

    /// Highlights `datum`; `hit` describes it, and may be left out only when it is shown.
    fn highlight<H>(&mut self, datum: Datum, hit: Option<H>, place: Place) -> Effect<H> {
        let repaint = hit.filter(|_| self.highlighted != Some(datum));
        self.highlighted = Some(datum);
        Effect::Highlight {
            datum,
            repaint,
            place,
        }
    }

    fn click<S: Scene>(&mut self, scene: &S, (x, y): (f64, f64)) -> Vec<Effect<S::Hit>> {
        if self.travelled > CLICK_SLOP {
            return Vec::new(); // the end of a drag, not a click
        }
        if let Some(series) = scene.legend_at(x, y) {
            let mut effects = self.unhighlight();
            effects.push(Effect::ToggleSeries(series));
            return effects;
        }
        scene.hit_at(x, y).map(Effect::Select).into_iter().collect()
    }

    fn key<S: Scene>(&mut self, scene: &S, key: &str) -> Vec<Effect<S::Hit>> {
        let zoom = |factor| vec![Effect::Zoom { x: None, factor }];
        match key {
            "Enter" | " " => match self.focus.and_then(|d| scene.describe(d)) {
                Some(hit) => vec![Effect::PreventDefault, Effect::Select(hit)],
                None => Vec::new(),
            },
            "+" | "=" => zoom(1.5),
            "-" => zoom(1.0 / 1.5),
            "0" => vec![Effect::ResetZoom],
            "Escape" => {
                self.focus = None;
                let mut effects = self.unhighlight();
                effects.push(Effect::Announce(None));
                effects
            }
            name => match Move::from_key(name) {
                Some(movement) => self.step(scene, movement),
                None => Vec::new(),
            },
        }
    }

    /// Moves the keyboard focus: the new datum is said, highlighted and reported as hovered.
    fn step<S: Scene>(&mut self, scene: &S, movement: Move) -> Vec<Effect<S::Hit>> {
        let mut effects = vec![Effect::PreventDefault];
        self.focus = scene.step(self.focus, movement);
        let Some((datum, hit)) = self.focus.and_then(|d| Some((d, scene.describe(d)?))) else {
            return effects;
        };
        effects.push(Effect::Announce(Some(hit.clone())));
        effects.push(self.highlight(datum, Some(hit.clone()), Place::Datum));
        self.hovered = Some(datum);
        effects.push(Effect::Hover(Some(hit)));
        effects
    }
}

/// The wheel (and a trackpad pinch, which browsers send as a wheel with Ctrl) zooms around the
/// pointer; on a chart that does not zoom the page scrolls as usual.
fn wheel<S: Scene>(scene: &S, delta_y: f64, delta_mode: u32, x: f64) -> Vec<Effect<S::Hit>> {
    if !scene.zoomable() {
        return Vec::new();
    }
    // Lines and pages are turned into pixels the way browsers roughly scroll them.
    let pixels = match delta_mode {
        1 => delta_y * 16.0,
        2 => delta_y * 400.0,
        _ => delta_y,
    };
    let factor = crate::math::exp(-pixels * 0.002);
    vec![Effect::PreventDefault, Effect::Zoom { x: Some(x), factor }]
}

#[cfg(test)]
mod tests;
