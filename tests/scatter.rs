//! `scatter`: each series its own x, in any order with repeats; dots thinned per cell of the plot;
//! hover, keyboard, readers' table, zoom and `chart.data` as for lines.

mod common;

use common::{chart, layout};
use outage_charts::chart::Size;
use outage_charts::describe::{announcement, summary, table};
use outage_charts::hit::{anchor, describe, hit_test};
use outage_charts::input::{NumberArray, Value};
use outage_charts::locale::Locale;
use outage_charts::navigate::{step, Move};
use outage_charts::text::EstimatedText;
use outage_charts::validate::validate;

const SMALL: &str = r#"{"title":"t","kind":"scatter","series":[
  {"name":"a","x":[3,1,2,2],"values":[30,10,20,25]},
  {"name":"b","x":[1.5,2.9],"values":[null,5]}]}"#;

#[test]
fn every_known_value_is_a_dot_where_hover_finds_it() {
    let c = chart(SMALL, Locale::En);
    for scale in [1.0, 2.0, 3.0] {
        let l = layout(&c, 600.0, 400.0, scale);
        let dots: Vec<_> = l.dots.iter().flat_map(|d| &d.points).collect();
        assert_eq!(dots.len(), 5, "four of a, one of b (its null is not a dot)");
        for (series, index, value) in [(0, 0, 30.0), (0, 3, 25.0), (1, 1, 5.0)] {
            let (x, y) = anchor(&l, c.data(), series, index).expect("drawn");
            let hit = hit_test(&l, c.data(), Locale::En, x / scale, y / scale).expect("hit");
            assert_eq!(
                (hit.series, hit.index, hit.value),
                (series, index, Some(value))
            );
        }
    }
}

#[test]
fn an_unknown_value_is_a_tick_on_the_x_axis_that_says_so() {
    let c = chart(SMALL, Locale::Fr);
    let l = layout(&c, 600.0, 400.0, 1.0);
    let tick = l.unknowns.iter().find(|u| u.series == 1).expect("tick");
    assert!(tick.edge && tick.rect.y1 <= l.plot.y1 + 0.5 && tick.rect.y1 >= l.plot.y1 - 1.0);
    let (x, y) = ((tick.rect.x0 + tick.rect.x1) / 2.0, tick.rect.y1 - 1.0);
    let hit = hit_test(&l, c.data(), Locale::Fr, x, y).expect("hit");
    assert_eq!(
        (hit.index, hit.value, hit.text.as_str()),
        (0, None, "non communiqué")
    );
    assert_eq!(hit.label, "1,5");
}

#[test]
fn the_keyboard_walks_a_series_in_ascending_x_then_index() {
    let c = chart(SMALL, Locale::En);
    let hidden = [false, false];
    let mut at = step(c.data(), &hidden, None, Move::Next);
    let mut order = vec![];
    for _ in 0..5 {
        order.push(at.unwrap());
        at = step(c.data(), &hidden, at, Move::Next);
    }
    // x 1, 2, 2 (index 2 before 3), 3, then stays at the last.
    assert_eq!(order, [(0, 1), (0, 2), (0, 3), (0, 0), (0, 0)]);
    assert_eq!(
        step(c.data(), &hidden, Some((0, 3)), Move::Previous),
        Some((0, 2))
    );
    assert_eq!(
        step(c.data(), &hidden, Some((0, 1)), Move::Last),
        Some((0, 0))
    );
    // Down: the nearest x in the next series (x 2.9 nearest 3).
    assert_eq!(
        step(c.data(), &hidden, Some((0, 0)), Move::SeriesDown),
        Some((1, 1))
    );
    let hit = describe(c.data(), Locale::En, 0, 3).unwrap();
    assert_eq!(announcement(c.data(), &hit), "2, a: 25 (3 / 4)");
}

#[test]
fn the_readers_table_has_a_row_per_point_in_ascending_x() {
    let c = chart(SMALL, Locale::En);
    let rows = table(c.data(), Locale::En);
    let cells = |r: &[String]| r.join("|");
    let rows: Vec<String> = rows.iter().map(|r| cells(r)).collect();
    assert_eq!(
        rows,
        [
            "Series|x|Value",
            "a|1|10",
            "a|2|20",
            "a|2|25",
            "a|3|30",
            "b|1.5|not disclosed",
            "b|2.9|5"
        ]
    );
    assert!(summary(c.data(), Locale::En).starts_with("Scatter plot: t. 2 series, 6 point(s)"));
}

#[test]
fn chart_data_gives_the_dataset_back_in_the_order_given() {
    let c = chart(SMALL, Locale::En);
    let again = validate(&c.data().to_value()).expect("valid");
    assert_eq!(&again, c.data());
    let dates = chart(
        include_str!("fixtures/valid/scatter-dates.json"),
        Locale::En,
    );
    assert_eq!(&validate(&dates.data().to_value()).unwrap(), dates.data());
}

#[test]
fn zoom_narrows_the_x_axis_to_the_pointer_like_a_line() {
    let mut c = chart(SMALL, Locale::En);
    let l = layout(&c, 600.0, 400.0, 1.0);
    assert!(c.zoom(&l, 300.0, 2.0), "a scatter zooms");
    let zoomed = layout(&c, 600.0, 400.0, 1.0);
    let shown: usize = zoomed.dots.iter().map(|d| d.points.len()).sum();
    assert!(
        shown < 5,
        "points outside the window are not drawn ({shown})"
    );
    assert!(c.reset_view());
}

/// A million points of one series, spread over the plot.
fn million() -> Value {
    let n = 1_000_000;
    let x: Vec<f64> = (0..n)
        .map(|i| ((i as f64) * 0.618_034).fract() * 1e4)
        .collect();
    let v: Vec<f64> = (0..n)
        .map(|i| ((i as f64) * 0.414_214).fract() * 100.0)
        .collect();
    let numbers = |numbers: Vec<f64>| {
        Value::Numbers(NumberArray {
            numbers,
            ..NumberArray::default()
        })
    };
    Value::object(vec![
        ("title", Value::str("A million points")),
        ("kind", Value::str("scatter")),
        (
            "series",
            Value::Array(vec![Value::object(vec![
                ("name", Value::str("s")),
                ("x", numbers(x)),
                ("values", numbers(v)),
            ])]),
        ),
    ])
}

#[test]
fn a_million_points_draw_at_most_one_dot_per_cell_and_every_point_lies_under_one() {
    let c = outage_charts::chart::Chart::new(&million(), &Value::Undefined, Locale::En).unwrap();
    for (width, scale) in [(640.0, 1.0), (360.0, 3.0)] {
        let size = Size {
            width,
            height: 400.0,
            scale,
        };
        let l = c.layout(size, &EstimatedText);
        let dots = l.dots[0].points.len();
        // Cells are 1.4 CSS pixels square: the plot has fewer than (width / 1.4) x (height / 1.4).
        let cells = (width / 1.4 + 1.0) * (400.0 / 1.4 + 1.0);
        assert!(
            dots > 1000 && (dots as f64) <= cells,
            "{dots} dots, {cells} cells"
        );
    }
}

#[test]
fn every_point_in_view_lies_under_a_drawn_dot_of_its_series() {
    let n = 4_000;
    let x: Vec<String> = (0..n)
        .map(|i| format!("{}", ((i as f64) * 0.618_034).fract() * 50.0))
        .collect();
    let v: Vec<String> = (0..n)
        .map(|i| format!("{}", ((i as f64) * 0.414_214).fract().powi(3) * 80.0))
        .collect();
    let json = format!(
        r#"{{"title":"t","kind":"scatter","series":[{{"name":"s","x":[{}],"values":[{}]}}]}}"#,
        x.join(","),
        v.join(",")
    );
    let c = chart(&json, Locale::En);
    for (width, scale) in [(360.0, 3.0), (640.0, 1.0), (800.0, 2.0)] {
        let l = layout(&c, width, 400.0, scale);
        let dots = &l.dots[0];
        assert!(dots.points.len() < n, "thinned: {}", dots.points.len());
        let radius = dots.radius.round();
        for index in 0..n {
            let (px, py) = anchor(&l, c.data(), 0, index).expect("in view");
            let covered = (dots.points.iter())
                .any(|&(x, y, _)| (x - px).powi(2) + (y - py).powi(2) <= radius * radius);
            assert!(covered, "point {index} at ({px}, {py}) has no dot over it");
        }
    }
}
