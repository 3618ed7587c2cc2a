//! Events in, state and effects out: each test plays what a reader does and checks what the
//! page is told to do, against a scene of two bars and a legend.

use super::*;
use Effect::*;

/// Series 0 has bars at x 0–10 (index 0) and 10–20 (index 1), y 0–10; series 1 the same at y
/// 10–20. The legend item of series 1 is at y 30–40. Hits are written "series:index".
struct Bars {
    zoomable: bool,
}

impl Scene for Bars {
    type Hit = String;
    fn datum_at(&self, x: f64, y: f64) -> Option<Datum> {
        let inside = (0.0..20.0).contains(&x) && (0.0..20.0).contains(&y);
        inside.then_some(((y / 10.0) as usize, (x / 10.0) as usize))
    }
    fn hit_at(&self, x: f64, y: f64) -> Option<String> {
        self.describe(self.datum_at(x, y)?)
    }
    fn describe(&self, (s, i): Datum) -> Option<String> {
        Some(format!("{s}:{i}"))
    }
    fn legend_at(&self, _: f64, y: f64) -> Option<usize> {
        (30.0..40.0).contains(&y).then_some(1)
    }
    fn zoomable(&self) -> bool {
        self.zoomable
    }
    fn step(&self, from: Option<Datum>, movement: Move) -> Option<Datum> {
        Some(match (from, movement) {
            (None, _) => (0, 0),
            (Some((s, i)), Move::Next) => (s, (i + 1).min(1)),
            (Some((s, i)), Move::SeriesDown) => ((s + 1).min(1), i),
            (Some(d), _) => d,
        })
    }
}

const BARS: Bars = Bars { zoomable: false };
const LINE: Bars = Bars { zoomable: true };

fn at(x: f64, y: f64) -> Pointer {
    Pointer {
        offset: (x, y),
        client: (x + 100.0, y + 200.0),
    }
}

fn hover_over(state: &mut Interaction, x: f64, y: f64) -> Vec<Effect<String>> {
    let moved = state.handle(
        &BARS,
        Input::PointerMove {
            id: None,
            at: at(x, y),
        },
    );
    assert_eq!(moved, vec![RequestFrame], "a move only asks for a frame");
    state.handle(&BARS, Input::Frame)
}

#[test]
fn pointer_moved_to_a_datum_highlights_it_and_reports_the_hover() {
    let mut state = Interaction::default();
    assert_eq!(
        hover_over(&mut state, 5.0, 5.0),
        vec![
            Highlight {
                datum: (0, 0),
                repaint: Some("0:0".into()),
                place: Place::Pointer(105.0, 205.0),
            },
            Hover(Some("0:0".into())),
        ]
    );
    // Over the same datum the tooltip follows the pointer: no repaint, no event.
    assert_eq!(
        hover_over(&mut state, 6.0, 7.0),
        vec![Highlight {
            datum: (0, 0),
            repaint: None,
            place: Place::Pointer(106.0, 207.0),
        }]
    );
    assert_eq!(
        hover_over(&mut state, 15.0, 5.0)[1],
        Hover(Some("0:1".into()))
    );
}

#[test]
fn leaving_the_data_or_the_canvas_clears_the_hover_once() {
    let mut state = Interaction::default();
    hover_over(&mut state, 5.0, 5.0);
    assert_eq!(
        hover_over(&mut state, 50.0, 50.0),
        vec![Unhighlight, Hover(None)]
    );
    assert_eq!(hover_over(&mut state, 50.0, 50.0), vec![Unhighlight]);
    hover_over(&mut state, 5.0, 5.0);
    assert_eq!(
        state.handle(&BARS, Input::PointerLeave),
        vec![Unhighlight, Hover(None)]
    );
    assert_eq!(state.handle(&BARS, Input::PointerLeave), vec![Unhighlight]);
    assert_eq!(state.pointer(), None);
    assert_eq!(
        state.handle(&BARS, Input::Frame),
        vec![],
        "no pointer, no work"
    );
}

#[test]
fn a_redraw_repaints_the_highlight_on_the_next_frame() {
    let mut state = Interaction::default();
    hover_over(&mut state, 5.0, 5.0);
    state.redrawn();
    assert_eq!(
        state.handle(&BARS, Input::Frame),
        vec![Highlight {
            datum: (0, 0),
            repaint: Some("0:0".into()),
            place: Place::Pointer(105.0, 205.0),
        }],
        "repainted, but the page already knows the hover"
    );
}

#[test]
fn arrow_keys_move_the_focus_say_it_and_report_it_as_hovered() {
    let mut state = Interaction::default();
    let key = |state: &mut Interaction, k: &str| state.handle(&BARS, Input::Key(k.into()));
    assert_eq!(
        key(&mut state, "ArrowRight"),
        vec![
            PreventDefault,
            Announce(Some("0:0".into())),
            Highlight {
                datum: (0, 0),
                repaint: Some("0:0".into()),
                place: Place::Datum,
            },
            Hover(Some("0:0".into())),
        ]
    );
    assert_eq!(
        key(&mut state, "ArrowDown")[1],
        Announce(Some("1:0".into()))
    );
    assert_eq!(
        key(&mut state, "Enter"),
        vec![PreventDefault, Select("1:0".into())]
    );
    assert_eq!(key(&mut state, "Escape"), vec![Unhighlight, Announce(None)]);
    assert_eq!(
        key(&mut state, "Enter"),
        vec![],
        "no focus, nothing to select"
    );
    assert_eq!(key(&mut state, "a"), vec![]);
}

#[test]
fn new_data_forgets_the_focus() {
    let mut state = Interaction::default();
    state.handle(&BARS, Input::Key("ArrowRight".into()));
    state.new_data();
    assert_eq!(state.handle(&BARS, Input::Key("Enter".into())), vec![]);
}

#[test]
fn clicks_select_a_datum_or_toggle_a_legend_item() {
    let mut state = Interaction::default();
    let click = |state: &mut Interaction, x, y| state.handle(&BARS, Input::Click { at: (x, y) });
    assert_eq!(click(&mut state, 15.0, 15.0), vec![Select("1:1".into())]);
    assert_eq!(
        click(&mut state, 5.0, 35.0),
        vec![Unhighlight, ToggleSeries(1)]
    );
    assert_eq!(click(&mut state, 50.0, 15.0), vec![]);
}

#[test]
fn a_drag_pans_a_zoomable_chart_and_is_no_click() {
    let mut state = Interaction::default();
    let down = Input::PointerDown {
        id: Some(7),
        button: 0,
        at: at(5.0, 5.0),
    };
    assert_eq!(
        state.handle(&LINE, down),
        vec![CapturePointer(7), RequestFrame]
    );
    let moved = Input::PointerMove {
        id: Some(7),
        at: at(25.0, 5.0),
    };
    assert_eq!(
        state.handle(&LINE, moved),
        vec![Pan { dx: 20.0 }, Unhighlight]
    );
    state.handle(&LINE, Input::PointerUp { id: 7 });
    assert_eq!(
        state.handle(&LINE, Input::Click { at: (25.0, 5.0) }),
        vec![]
    );
    // Released, the pointer hovers again.
    let moved = Input::PointerMove {
        id: Some(7),
        at: at(5.0, 5.0),
    };
    assert_eq!(state.handle(&LINE, moved), vec![RequestFrame]);
}

#[test]
fn two_pointers_pinch_around_their_middle() {
    let mut state = Interaction::default();
    for (id, x) in [(1, 10.0), (2, 30.0)] {
        state.handle(
            &LINE,
            Input::PointerDown {
                id: Some(id),
                button: 0,
                at: at(x, 5.0),
            },
        );
    }
    let apart = Input::PointerMove {
        id: Some(2),
        at: at(50.0, 5.0),
    };
    assert_eq!(
        state.handle(&LINE, apart),
        vec![
            Zoom {
                x: Some(30.0),
                factor: 2.0
            },
            Unhighlight
        ]
    );
}

#[test]
fn a_chart_that_does_not_zoom_leaves_the_wheel_and_presses_to_the_page() {
    let mut state = Interaction::default();
    let wheel = Input::Wheel {
        delta_y: 100.0,
        delta_mode: 0,
        x: 12.0,
    };
    assert_eq!(state.handle(&BARS, wheel.clone()), vec![]);
    let effects = state.handle(&LINE, wheel);
    assert_eq!(effects[0], PreventDefault);
    assert!(
        matches!(effects[1], Zoom { x: Some(12.0), factor } if factor < 1.0),
        "scrolling down zooms out: {effects:?}"
    );
    let down = Input::PointerDown {
        id: Some(1),
        button: 0,
        at: at(5.0, 5.0),
    };
    assert_eq!(state.handle(&BARS, down), vec![RequestFrame]);
    assert_eq!(state.handle(&BARS, Input::Key("0".into())), vec![ResetZoom]);
}

#[test]
fn blur_hides_a_keyboard_highlight_but_not_a_pointer_one() {
    let mut state = Interaction::default();
    state.handle(&BARS, Input::Key("ArrowRight".into()));
    assert_eq!(state.handle(&BARS, Input::Blur), vec![Unhighlight]);
    hover_over(&mut state, 5.0, 5.0);
    assert_eq!(state.handle(&BARS, Input::Blur), vec![]);
    assert_eq!(state.handle(&BARS, Input::Focus), vec![PrepareLiveRegion]);
}
