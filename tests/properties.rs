//! Property tests: random datasets of every kind, valid and nearly valid, pushed through
//! validate → layout → draw on a recording backend. Nothing may panic, and for a valid dataset
//! everything drawn stays on the canvas.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::recorder::Recorder;
use outage_charts::chart::{Chart, Size};
use outage_charts::input::Value;
use outage_charts::kinds::Positions;
use outage_charts::layout::decimate::decimate;
use outage_charts::locale::Locale;
use outage_charts::text::EstimatedText;
use outage_charts::Kind;
use proptest::prelude::*;

/// Numbers as data brings them: ordinary, huge, tiny, subnormal, zero, negative.
fn number() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => -1e6f64..1e6,
        1 => Just(1e308),
        1 => Just(-1e308),
        1 => Just(5e-324),
        1 => Just(0.0),
        1 => Just(-0.0),
        1 => any::<f64>().prop_filter("finite", |v| v.is_finite()),
    ]
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![4 => number().prop_map(Value::Number), 1 => Just(Value::Null)]
}

/// Labels with the scripts and shapes that break layouts: RTL, CJK, emoji, markup, long text.
fn label() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z ]{1,12}",
        Just("مرحبا بالعالم".to_string()),
        Just("中文标签".repeat(30)),
        Just("🚀📈".repeat(50)),
        Just("</text><script>alert(1)</script>".to_string()),
        Just("x".repeat(1000)),
    ]
}

/// Every kind, from the table of kinds: a new kind is generated here without an edit.
fn kinds() -> Vec<&'static str> {
    Kind::ALL.iter().map(|k| k.name()).collect()
}

/// A dataset that is valid by construction for its kind (donut values made non-negative).
fn dataset() -> impl Strategy<Value = Value> {
    (0usize..Kind::ALL.len(), 1usize..40, 1usize..5, label())
        .prop_flat_map(|(kind, points, series, title)| {
            let labels = proptest::collection::vec(label(), points);
            let all = proptest::collection::vec(proptest::collection::vec(value(), points), series);
            let xs = proptest::collection::vec(0.001f64..1e6, points);
            (Just(kind), Just(title), labels, all, xs)
        })
        .prop_map(|(kind, title, labels, all, xs)| {
            let kind_name = kinds()[kind];
            let positions = Kind::ALL[kind].spec().positions();
            let mut fields = vec![
                ("title", Value::String(title.chars().take(200).collect())),
                ("kind", Value::str(kind_name)),
            ];
            if positions == Positions::OwnX {
                // Each series' own x below; nothing shared.
            } else if positions == Positions::SharedX {
                let mut x = 0.0;
                let xs: Vec<Value> = xs
                    .iter()
                    .map(|d| {
                        x += d;
                        Value::Number(x)
                    })
                    .collect();
                fields.push(("x", Value::Array(xs)));
            } else {
                let unique: Vec<Value> = labels
                    .iter()
                    .enumerate()
                    .map(|(i, l)| Value::String(format!("{i}{l}").chars().take(1000).collect()))
                    .collect();
                fields.push(("categories", Value::Array(unique)));
            }
            let series = all
                .into_iter()
                .enumerate()
                .map(|(i, values)| {
                    let values = values
                        .into_iter()
                        .map(|v| match v {
                            Value::Number(n) if !Kind::ALL[kind].spec().allows_negative() => {
                                Value::Number(n.abs())
                            }
                            other => other,
                        })
                        .collect();
                    let mut series = vec![
                        ("name", Value::String(format!("s{i}"))),
                        ("values", Value::Array(values)),
                    ];
                    if positions == Positions::OwnX {
                        // Any order, repeats allowed: the x steps are taken as they came, and
                        // every third one repeats its neighbour.
                        let own = (xs.iter().enumerate())
                            .map(|(k, x)| {
                                Value::Number(if k % 3 == 2 { xs[k - 1] } else { *x } - 5e5)
                            })
                            .collect();
                        series.push(("x", Value::Array(own)));
                    }
                    Value::object(series)
                })
                .collect();
            fields.push(("series", Value::Array(series)));
            Value::object(fields)
        })
}

/// A valid dataset with one thing broken at random.
fn nearly_valid() -> impl Strategy<Value = Value> {
    (dataset(), 0usize..6, any::<u8>()).prop_map(|(data, damage, seed)| {
        let Value::Object(mut fields) = data else {
            return data;
        };
        match damage {
            0 => fields.push(("colour".into(), Value::Null)),
            1 => fields.retain(|(k, _)| k != "title"),
            2 => {
                for (k, v) in &mut fields {
                    if k == "series" {
                        if let Value::Array(items) = v {
                            items.push(Value::Bool(true));
                        }
                    }
                }
            }
            3 => fields.push(("kind".into(), Value::Number(f64::from(seed)))),
            4 => fields.push((
                "notes".into(),
                Value::Array(vec![Value::object(vec![
                    ("at", Value::Number(1e300)),
                    ("text", Value::str("n")),
                ])]),
            )),
            _ => fields.push(("unit".into(), Value::String("$".into()))),
        }
        Value::Object(fields)
    })
}

fn draw_everywhere(chart: &Chart) -> Result<(), TestCaseError> {
    for (w, h, s) in [
        (640.0, 360.0, 1.0),
        (300.0, 200.0, 2.0),
        (1.0, 1.0, 1.0),
        (0.0, 0.0, 3.0),
        (2000.0, 120.0, 1.5),
    ] {
        let size = Size {
            width: w,
            height: h,
            scale: s,
        };
        let layout = chart.layout(size, &EstimatedText);
        let mut recorder = Recorder::new(layout.width as u32, layout.height as u32);
        chart
            .paint(&layout, false, &mut recorder)
            .map_err(TestCaseError::fail)?;
        for (x, y) in recorder.points() {
            let inside = x >= -1
                && y >= -1
                && f64::from(x) <= layout.width + 1.0
                && f64::from(y) <= layout.height + 1.0;
            prop_assert!(
                inside,
                "({x}, {y}) outside {}x{}",
                layout.width,
                layout.height
            );
        }
        let _ = chart
            .to_svg(w, h, &EstimatedText, true)
            .map_err(TestCaseError::fail)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn valid_datasets_draw_inside_the_canvas(data in dataset(), fr in any::<bool>()) {
        let locale = if fr { Locale::Fr } else { Locale::En };
        let mut chart = Chart::new(&data, &Value::Null, locale).map_err(|e| TestCaseError::fail(e.to_string()))?;
        draw_everywhere(&chart)?;
        chart.toggle_legend_item(0);
        draw_everywhere(&chart)?;
    }

    #[test]
    fn nearly_valid_datasets_are_refused_without_panic(data in nearly_valid()) {
        match Chart::new(&data, &Value::Null, Locale::En) {
            Ok(chart) => draw_everywhere(&chart)?,
            Err(e) => prop_assert!(e.to_string().contains(": "), "{e}"),
        }
    }
}

/// Runs of points in ascending x (device pixels), a few columns crowded, some sparse.
fn run() -> impl Strategy<Value = Vec<(f64, f64)>> {
    prop::collection::vec((0.0f64..3.0, -1e4f64..1e4), 0..400).prop_map(|steps| {
        let mut x = 0.0;
        steps
            .into_iter()
            .map(|(dx, y)| {
                x += dx * dx * dx / 9.0;
                (x, y)
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, failure_persistence: None, ..ProptestConfig::default() })]

    /// Decimation must not lie: every column keeps its lowest and highest point, the ends stay,
    /// and nothing is invented or reordered.
    #[test]
    fn decimation_keeps_every_columns_extremes(run in run()) {
        let kept = decimate(&run);
        prop_assert_eq!(kept.first(), run.first());
        prop_assert_eq!(kept.last(), run.last());
        let mut rest = run.iter();
        for p in &kept {
            prop_assert!(rest.any(|q| q == p), "{:?} is not in the run, in order", p);
        }
        for column in run.chunk_by(|a, b| a.0.floor() == b.0.floor()) {
            let low = column.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
            let high = column.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
            let shown: Vec<f64> = kept.iter().filter(|p| p.0.floor() == column[0].0.floor()).map(|p| p.1).collect();
            prop_assert!(shown.contains(&low) && shown.contains(&high));
            prop_assert!(shown.len() <= 4);
        }
    }
}

/// Lines of 1 to 3 series with few distinct values, so that ties between points are common.
fn tied_lines() -> impl Strategy<Value = String> {
    (1usize..=3, 2usize..300).prop_flat_map(|(series, points)| {
        proptest::collection::vec(proptest::collection::vec(0u8..6, points), series).prop_map(
            move |all| {
                let xs: Vec<String> = (0..points).map(|i| i.to_string()).collect();
                let series: Vec<String> = all
                    .iter()
                    .enumerate()
                    .map(|(s, values)| {
                        let values: Vec<String> = values.iter().map(u8::to_string).collect();
                        format!(r#"{{"name":"s{s}","values":[{}]}}"#, values.join(","))
                    })
                    .collect();
                format!(
                    r#"{{"title":"t","kind":"line","x":[{}],"series":[{}]}}"#,
                    xs.join(","),
                    series.join(",")
                )
            },
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() })]

    /// Hover's pruned search finds what looking at every point finds: the nearest point within
    /// the radius, ties to the first series, then to the first point.
    #[test]
    fn hover_finds_the_nearest_point_as_a_full_scan_does(json in tied_lines(), px in 0.0f64..600.0, py in 0.0f64..400.0) {
        let chart = common::chart(&json, Locale::En);
        let layout = common::layout(&chart, 600.0, 400.0, 1.0);
        let radius = outage_charts::hit::POINT_RADIUS;
        let expected = layout
            .points(chart.data())
            .map(|p| ((p.x - px).hypot(p.y - py), p))
            .filter(|(d, _)| *d <= radius)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, p)| (p.series, p.index));
        let found = outage_charts::hit::hit_test(&layout, chart.data(), Locale::En, px, py)
            .map(|h| (h.series, h.index));
        if let Some(expected) = expected {
            prop_assert_eq!(found, Some(expected));
        }
    }
}
