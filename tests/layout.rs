//! Layout and drawing of the kinds the widget draws, checked on geometry and recorded drawing.

mod common;

use common::recorder::{Op, Recorder};
use common::{chart, layout, line_json, texts};
use outage_charts::chart::Size;
use outage_charts::datasets::builtin;
use outage_charts::draw::highlight_bounds;
use outage_charts::input::Value;
use outage_charts::layout::{Layout, PointMark};
use outage_charts::locale::Locale;
use outage_charts::model::Dataset;
use outage_charts::text::EstimatedText;

fn builtin_chart(name: &str, locale: Locale) -> outage_charts::chart::Chart {
    let data = builtin(locale)
        .into_iter()
        .find(|(n, _)| *n == name)
        .expect("builtin")
        .1;
    let options = Value::object(vec![("locale", Value::str(locale.code()))]);
    outage_charts::chart::Chart::new(&data.to_value(), &options, locale).expect("builtin is valid")
}

/// Every line point of `l` (made from `data`) lies on the canvas.
fn assert_points_inside(l: &Layout, data: &Dataset) {
    for p in l.points(data) {
        assert!(
            p.x >= 0.0 && p.y >= 0.0 && p.x <= l.width && p.y <= l.height,
            "point {p:?}"
        );
    }
}

fn assert_inside(l: &Layout) {
    let inside =
        |x: f64, y: f64| x >= -0.5 && y >= -0.5 && x <= l.width + 0.5 && y <= l.height + 0.5;
    for b in &l.bars {
        assert!(
            inside(b.rect.x0, b.rect.y0) && inside(b.rect.x1, b.rect.y1),
            "bar {b:?}"
        );
    }
    for u in &l.unknowns {
        assert!(
            inside(u.rect.x0, u.rect.y0) && inside(u.rect.x1, u.rect.y1),
            "unknown {u:?}"
        );
    }
    for t in &l.texts {
        assert!(inside(t.x, t.y), "text {t:?}");
    }
}

#[test]
fn user_gains_draws_telegram_and_an_unknown_signal() {
    let l = layout(&builtin_chart("user-gains", Locale::En), 800.0, 400.0, 1.0);
    assert_eq!(l.bars.len(), 1, "Telegram only: Signal has no figure");
    assert_eq!((l.bars[0].index, l.bars[0].value), (0, 70e6));
    assert_eq!(l.unknowns.len(), 1);
    assert_eq!(l.unknowns[0].index, 1);
    let t = texts(&l);
    assert!(t.contains(&"70M"), "{t:?}");
    assert!(t.iter().any(|s| s.contains("not disclosed")), "{t:?}");
    assert!(
        t.contains(&"Signal (1)"),
        "the note marker is on Signal: {t:?}"
    );
    assert!(
        t.iter().any(|s| s.starts_with("(1) Signal announced")),
        "{t:?}"
    );
    assert!(t.iter().any(|s| s.starts_with("Source: ")), "{t:?}");
    assert_inside(&l);
}

#[test]
fn french_numbers_and_words() {
    let l = layout(&builtin_chart("user-gains", Locale::Fr), 800.0, 400.0, 1.0);
    let t = texts(&l);
    assert!(t.contains(&"70\u{a0}M"), "{t:?}");
    assert!(t.iter().any(|s| s.contains("non communiqué")), "{t:?}");
    assert!(t.iter().any(|s| s.starts_with("Source : ")), "{t:?}");
    let l = layout(
        &builtin_chart("market-cap-loss", Locale::Fr),
        800.0,
        400.0,
        1.0,
    );
    assert!(texts(&l).contains(&"-7\u{a0}Md $"), "{:?}", texts(&l));
}

#[test]
fn a_loss_hangs_below_a_drawn_zero_line() {
    let l = layout(
        &builtin_chart("market-cap-loss", Locale::En),
        800.0,
        400.0,
        1.0,
    );
    assert_eq!(l.bars.len(), 1);
    let bar = l.bars[0].rect;
    let zero = l
        .rules
        .iter()
        .find(|r| r.ink == outage_charts::layout::Ink::Axis)
        .expect("zero line");
    assert_eq!(zero.from.1, zero.to.1, "horizontal");
    assert!((bar.y0 - zero.from.1).abs() < 0.5, "the bar starts at zero");
    assert!(bar.y1 > bar.y0 + 100.0, "and hangs well below it");
    let t = texts(&l);
    assert!(
        t.contains(&"-$7B") && t.contains(&"$0") && t.contains(&"-$8B"),
        "{t:?}"
    );
    assert_inside(&l);
}

#[test]
fn the_layout_scales_with_the_pixel_ratio() {
    let chart = builtin_chart("user-gains", Locale::En);
    let one = layout(&chart, 640.0, 360.0, 1.0);
    let two = layout(&chart, 640.0, 360.0, 2.0);
    assert_eq!((two.width, two.height), (1280.0, 720.0));
    let (a, b) = (one.bars[0].rect, two.bars[0].rect);
    assert!(
        (b.x1 - 2.0 * a.x1).abs() < 2.0 && (b.y0 - 2.0 * a.y0).abs() < 2.0,
        "{a:?} {b:?}"
    );
    assert_eq!(two.texts[0].font.size, 2.0 * one.texts[0].font.size);
}

const GROUPED: &str = r#"{"title":"Grouped","kind":"bar","categories":["Q1","Q2","Q3"],
  "unit":{"suffix":"%"},
  "series":[{"name":"A","values":[5,-3.5,null]},{"name":"B","values":[-8,2,0]}]}"#;

#[test]
fn grouped_bars_with_negatives_zero_and_unknown() {
    let l = layout(&chart(GROUPED, Locale::En), 800.0, 400.0, 1.0);
    assert_eq!(l.bars.len(), 5);
    assert_eq!(l.unknowns.len(), 1);
    assert_eq!(l.legend.len(), 2, "two series get a legend");
    let zero_bar = l
        .bars
        .iter()
        .find(|b| b.value == 0.0)
        .expect("the zero is drawn");
    assert!(
        zero_bar.rect.height() >= 1.0 && zero_bar.rect.height() < 2.0,
        "as a hairline"
    );
    let t = texts(&l);
    assert!(
        t.contains(&"-3.5%") && t.contains(&"-10%") && t.contains(&"0%"),
        "{t:?}"
    );
    // Within a category, series keep their order left to right.
    let q1: Vec<_> = l.bars.iter().filter(|b| b.index == 0).collect();
    assert!(q1[0].series == 0 && q1[1].series == 1 && q1[0].rect.x1 <= q1[1].rect.x0);
    assert_inside(&l);
}

#[test]
fn hiding_a_series_rescales_the_axis() {
    let mut c = chart(GROUPED, Locale::En);
    let before = layout(&c, 800.0, 400.0, 1.0);
    c.set_series_hidden(1, true);
    let after = layout(&c, 800.0, 400.0, 1.0);
    assert!(after.bars.iter().all(|b| b.series == 0));
    assert!(
        !texts(&after).contains(&"-10%"),
        "B's -8 no longer sets the axis"
    );
    assert!(texts(&before).contains(&"-10%"));
    assert_eq!(
        after.legend.len(),
        2,
        "a hidden series keeps its legend entry"
    );
}

const LINE: &str = r#"{"title":"Line","kind":"line","x":[1,2,3,4,5],
  "series":[{"name":"A","values":[1,3,null,4,2]}],"notes":[{"at":3,"text":"gap"}]}"#;

#[test]
fn a_line_breaks_at_an_unknown_value() {
    let c = chart(LINE, Locale::En);
    let l = layout(&c, 800.0, 400.0, 1.0);
    assert_eq!(l.lines.len(), 1);
    assert_eq!(l.lines[0].runs.len(), 2, "two runs around the gap");
    let points: Vec<PointMark> = l.points(c.data()).collect();
    assert_eq!(
        points.iter().map(|p| p.index).collect::<Vec<_>>(),
        [0, 1, 3, 4]
    );
    assert_eq!(l.unknowns.len(), 1);
    // x is ascending on screen.
    assert!(points.windows(2).all(|p| p[0].x < p[1].x));
    assert!(texts(&l).contains(&"(1) gap"));
    assert_inside(&l);
    assert_points_inside(&l, c.data());
}

#[test]
fn a_numeric_x_axis_writes_years_in_full() {
    let json = r#"{"title":"t","kind":"line","x":[2015,2016,2017,2018,2019,2020,2021],
      "series":[{"name":"s","values":[1,2,3,4,5,6,7]}]}"#;
    for locale in [Locale::En, Locale::Fr] {
        let c = chart(json, locale);
        let l = layout(&c, 800.0, 400.0, 1.0);
        let labels = texts(&l);
        for year in ["2015", "2018", "2021"] {
            assert!(labels.contains(&year), "{year} in {labels:?}");
        }
        assert!(!labels.iter().any(|t| t.contains('K') || t.contains('k')));
    }
}

#[test]
fn unknown_blocks_piled_on_a_stack_stay_inside_the_plot() {
    let json = r#"{"title":"t","kind":"stacked","categories":["a","b"],"series":[
      {"name":"s1","values":[10,4]},{"name":"s2","values":[null,3]},{"name":"s3","values":[null,2]},
      {"name":"s4","values":[null,1]},{"name":"s5","values":[null,null]}]}"#;
    for (height, scale) in [(400.0, 1.0), (400.0, 2.0), (180.0, 1.0)] {
        let c = chart(json, Locale::En);
        let l = layout(&c, 600.0, height, scale);
        assert_eq!(l.unknowns.len(), 5);
        for u in &l.unknowns {
            assert!(
                u.rect.y0 >= l.plot.y0 - 0.5 && u.rect.height() > 0.0,
                "{:?} inside {:?} at {height} px",
                u.rect,
                l.plot
            );
        }
    }
}

#[test]
fn many_notes_take_a_third_of_the_height_and_count_the_rest() {
    let notes: Vec<String> = (0..40)
        .map(|i| format!(r#"{{"at":{i},"text":"Event {i} happened"}}"#))
        .collect();
    let values: Vec<String> = (0..40).map(|i| i.to_string()).collect();
    let json = line_json("line", &values).replace(
        r#"}]}"#,
        &format!(r#"}}],"notes":[{}],"source":"S"}}"#, notes.join(",")),
    );
    let c = chart(&json, Locale::En);
    let l = layout(&c, 800.0, 400.0, 1.0);
    let labels = texts(&l);
    let shown = labels.iter().filter(|t| t.contains(" happened")).count();
    assert!(shown > 3 && shown < 40, "{shown} notes shown");
    let more = format!("… and {} more notes", 40 - shown);
    assert!(labels.contains(&more.as_str()), "{labels:?}");
    assert!(labels.contains(&"Source: S"), "the source stays");
    assert!(
        l.plot.height() > 400.0 / 3.0,
        "the plot keeps its room: {:?}",
        l.plot
    );

    // Seven one-line notes fill a 360 px chart's third exactly: the last one takes the line
    // the count would have taken.
    let seven = line_json("line", &values[..7]).replace(
        r#"}]}"#,
        &format!(r#"}}],"notes":[{}]}}"#, notes[..7].join(",")),
    );
    let l = layout(&chart(&seven, Locale::En), 800.0, 360.0, 1.0);
    let labels = texts(&l);
    assert_eq!(
        labels.iter().filter(|t| t.contains(" happened")).count(),
        7,
        "{labels:?}"
    );
    assert!(!labels.iter().any(|t| t.contains("more note")));
}

#[test]
fn drawing_stays_on_the_canvas_for_every_kind_and_size() {
    let datasets = [
        GROUPED,
        LINE,
        include_str!("fixtures/valid/stacked-negatives.json"),
        include_str!("fixtures/valid/area-dates.json"),
        include_str!("fixtures/valid/hbar-notes-unit.json"),
        include_str!("fixtures/valid/sixteen-series.json"),
        include_str!("fixtures/valid/emoji-rtl-cjk.json"),
    ];
    for json in datasets {
        let c = chart(json, Locale::Fr);
        for (w, h, s) in [
            (800.0, 400.0, 1.0),
            (320.0, 200.0, 2.0),
            (1.0, 1.0, 1.0),
            (0.0, 0.0, 1.0),
            (50.0, 3000.0, 3.0),
        ] {
            let l = layout(&c, w, h, s);
            let mut recorder = Recorder::new(l.width as u32, l.height as u32);
            c.paint(&l, false, &mut recorder).expect("draws");
            for (x, y) in recorder.points() {
                assert!(
                    x >= -1 && y >= -1 && x as f64 <= l.width + 1.0 && y as f64 <= l.height + 1.0,
                    "({x}, {y}) outside {}x{} for {json:.40}",
                    l.width,
                    l.height
                );
            }
        }
    }
}

#[test]
fn the_recording_shows_background_first_then_marks_and_text() {
    let c = builtin_chart("user-gains", Locale::En);
    let l = layout(&c, 800.0, 400.0, 1.0);
    let mut recorder = Recorder::new(800, 400);
    c.paint(&l, false, &mut recorder).expect("draws");
    assert_eq!(
        recorder.ops[0],
        Op::Rect {
            from: (0, 0),
            to: (800, 400),
            rgb: (255, 255, 255),
            fill: true
        }
    );
    let blue = recorder.ops.iter().any(|op| {
        matches!(
            op,
            Op::Rect {
                rgb: (0x00, 0x72, 0xb2),
                fill: true,
                ..
            }
        )
    });
    assert!(blue, "Telegram's bar in the first palette colour");
    assert!(recorder.texts().contains(&"70M"));
    let mut dark = Recorder::new(800, 400);
    let mut dark_chart = c.clone();
    dark_chart
        .set_options(&Value::object(vec![("theme", Value::str("dark"))]))
        .expect("valid");
    dark_chart.paint(&l, false, &mut dark).expect("draws");
    assert_ne!(
        dark.ops[0], recorder.ops[0],
        "the dark theme has its own background"
    );
}

#[test]
fn svg_export_is_a_document_with_the_same_text() {
    let c = builtin_chart("market-cap-loss", Locale::En);
    let svg = c.to_svg(640.0, 360.0, &EstimatedText, false).expect("svg");
    assert!(
        svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"),
        "{svg:.80}"
    );
    assert!(svg.lines().any(|l| l.trim() == "-$7B"), "{svg}");
    assert!(svg.contains("Source: the article"));
    let size = Size {
        width: 640.0,
        height: 360.0,
        scale: 1.0,
    };
    assert_eq!(c.layout(size, &EstimatedText).width, 640.0);
}

#[test]
fn svg_export_escapes_text_from_the_dataset() {
    let json = r#"{"title":"</text><script>alert(1)</script>","kind":"bar","categories":["<b>&"],
      "series":[{"name":"s","values":[1]}]}"#;
    let svg = chart(json, Locale::En)
        .to_svg(640.0, 360.0, &EstimatedText, false)
        .expect("svg");
    assert!(!svg.contains("<script>") && !svg.contains("<b>"), "{svg}");
    assert!(svg.contains("&lt;script&gt;"));
}

#[test]
fn a_donut_slices_known_values_and_names_the_unknown_one() {
    let json = r#"{"title":"Shares","kind":"donut","categories":["a","b","c","d"],
      "series":[{"name":"s","values":[30,null,10,0]}]}"#;
    let l = layout(&chart(json, Locale::En), 600.0, 400.0, 1.0);
    let slices: Vec<_> = l.slices.iter().map(|s| (s.index, s.share)).collect();
    assert_eq!(
        slices,
        vec![(0, 0.75), (2, 0.25), (3, 0.0)],
        "b is unknown: no slice"
    );
    let last = l.slices.last().expect("slices");
    assert!(
        (last.end - std::f64::consts::TAU).abs() < 1e-9,
        "the known slices close the ring"
    );
    let t = texts(&l);
    assert!(t.contains(&"75%") && t.contains(&"25%"), "{t:?}");
    assert!(t.contains(&"b (not disclosed)"), "{t:?}");
    assert_eq!(l.legend.len(), 4, "the legend lists every category");
    assert_inside(&l);
}

#[test]
fn set_data_with_its_own_data_changes_nothing_the_reader_did() {
    let json = r#"{"title":"t","kind":"line","x":[0,1,2,3,4,5,6,7,8,9],
      "series":[{"name":"a","values":[1,2,3,4,5,6,7,8,9,10]},
                {"name":"b","values":[5,5,5,5,5,5,5,5,5,5]}]}"#;
    let mut c = chart(json, Locale::En);
    let full = layout(&c, 800.0, 400.0, 1.0);
    c.toggle_legend_item(0);
    assert!(c.zoom(&full, 400.0, 3.0));
    let before = layout(&c, 800.0, 400.0, 1.0);
    c.set_data(&c.data().to_value())
        .expect("its own data is valid");
    assert_eq!(c.hidden_series(), [true, false]);
    assert_eq!(layout(&c, 800.0, 400.0, 1.0), before);

    // New data keeps a hidden entry by name, and drops a window it no longer contains.
    let renamed = r#"{"title":"t","kind":"line","x":[0,1,2],
      "series":[{"name":"b","values":[1,2,3]},{"name":"a","values":[3,2,1]}]}"#;
    c.set_data(&common::parse(renamed)).expect("valid");
    assert_eq!(c.hidden_series(), [false, true]);
    assert!(!c.reset_view(), "the old window lay outside x = 0..2");
}

#[test]
fn zooming_a_line_shows_fewer_points_and_stays_inside_the_plot() {
    let values: Vec<String> = (0..100)
        .map(|i| ((i as f64 / 7.0).sin() * 10.0).to_string())
        .collect();
    let mut c = chart(&line_json("area", &values), Locale::En);
    let full = layout(&c, 800.0, 400.0, 2.0);
    assert_eq!(full.points(c.data()).count(), 100);
    let middle = (full.plot.x0 + full.plot.x1) / 2.0 / 2.0;
    assert!(c.zoom(&full, middle, 4.0));
    let zoomed = layout(&c, 800.0, 400.0, 2.0);
    let shown = zoomed.points(c.data()).count();
    assert!(shown < 30 && shown > 20, "{shown}");
    assert_points_inside(&zoomed, c.data());
    let (lo, hi) = zoomed.x_scale.expect("x scale").domain;
    assert!(
        lo < 50.0 && hi > 50.0 && hi - lo < 26.0,
        "zoomed around the middle: {lo}..{hi}"
    );
    for run in zoomed.lines.iter().flat_map(|l| &l.runs) {
        for (x, _) in run {
            assert!(
                *x >= zoomed.plot.x0 - 0.5 && *x <= zoomed.plot.x1 + 0.5,
                "clipped to the plot: {x}"
            );
        }
    }
    assert!(c.pan(&zoomed, 10_000.0), "pans");
    let panned = layout(&c, 800.0, 400.0, 2.0);
    assert_eq!(
        panned.x_scale.expect("x").domain.0,
        0.0,
        "stops at the first x"
    );
    assert!(c.reset_view());
    assert_eq!(layout(&c, 800.0, 400.0, 2.0), full);
    let mut bars = chart(GROUPED, Locale::En);
    let l = layout(&bars, 800.0, 400.0, 1.0);
    assert!(!bars.zoom(&l, 100.0, 2.0), "bar charts do not zoom");
}

#[test]
fn transitions_move_matching_marks_and_land_exactly() {
    use outage_charts::layout::{ease, tween};
    let mut c = chart(GROUPED, Locale::En);
    let from = layout(&c, 800.0, 400.0, 1.0);
    c.set_series_hidden(1, true);
    let to = layout(&c, 800.0, 400.0, 1.0);
    assert_eq!(tween(&from, &to, 1.0), to);
    let start = tween(&from, &to, 0.0);
    let first = |l: &Layout| {
        l.bars
            .iter()
            .find(|b| b.series == 0 && b.index == 0)
            .expect("bar")
            .rect
    };
    assert_eq!(
        first(&start),
        first(&from),
        "at the start the bar is where it was"
    );
    let half = first(&tween(&from, &to, 0.5));
    assert!((half.y0 - (first(&from).y0 + first(&to).y0) / 2.0).abs() < 1e-9);
    assert_eq!(
        start.texts, to.texts,
        "labels are final from the first frame"
    );
    assert_eq!((ease(0.0), ease(1.0), ease(2.0)), (0.0, 1.0, 1.0));
    assert!(ease(0.5) > 0.5, "eases out");
}

#[test]
fn a_donut_legend_click_hides_a_slice_and_the_rest_fill_the_ring() {
    let json = r#"{"title":"Shares","kind":"donut","categories":["a","b","c"],
      "series":[{"name":"s","values":[2,1,1]}]}"#;
    let mut c = chart(json, Locale::En);
    c.toggle_legend_item(0);
    let l = layout(&c, 600.0, 400.0, 1.0);
    let shares: Vec<_> = l.slices.iter().map(|s| (s.index, s.share)).collect();
    assert_eq!(shares, vec![(1, 0.5), (2, 0.5)]);
    assert_eq!(l.legend.len(), 3, "the hidden slice keeps its legend entry");
    assert_eq!(c.hidden_series(), vec![false], "rings are never hidden");
}

#[test]
fn a_million_points_and_ten_thousand_categories_draw() {
    let n = 1_000_000;
    let xs: Vec<Value> = (0..n).map(|i| Value::Number(i as f64)).collect();
    let ys: Vec<Value> = (0..n)
        .map(|i| {
            if i % 1000 == 7 {
                Value::Null
            } else {
                Value::Number((i as f64 / 5000.0).sin())
            }
        })
        .collect();
    let line = Value::object(vec![
        ("title", Value::str("A million points")),
        ("kind", Value::str("line")),
        ("x", Value::Array(xs)),
        (
            "series",
            Value::Array(vec![Value::object(vec![
                ("name", Value::str("s")),
                ("values", Value::Array(ys)),
            ])]),
        ),
    ]);
    let big = outage_charts::chart::Chart::new(&line, &Value::Null, Locale::En)
        .expect("within the limits");
    let l = layout(&big, 800.0, 400.0, 1.0);
    let mut recorder = Recorder::new(800, 400);
    big.paint(&l, false, &mut recorder).expect("draws");
    assert!(!recorder.ops.is_empty());

    let cats: Vec<Value> = (0..10_000)
        .map(|i| Value::String(format!("c{i}")))
        .collect();
    let vals: Vec<Value> = (0..10_000)
        .map(|i| Value::Number(f64::from(i % 97)))
        .collect();
    let bars = Value::object(vec![
        ("title", Value::str("Ten thousand categories")),
        ("kind", Value::str("bar")),
        ("categories", Value::Array(cats)),
        (
            "series",
            Value::Array(vec![Value::object(vec![
                ("name", Value::str("s")),
                ("values", Value::Array(vals)),
            ])]),
        ),
    ]);
    let many = outage_charts::chart::Chart::new(&bars, &Value::Null, Locale::Fr)
        .expect("within the limits");
    let l = layout(&many, 800.0, 400.0, 2.0);
    assert_eq!(l.bars.len(), 10_000);
    assert!(
        l.texts.len() < 200,
        "category labels are thinned out: {}",
        l.texts.len()
    );
}

#[test]
fn every_highlight_stays_inside_its_bounds() {
    let (mut checked, mut circles) = (0, 0);
    for (name, path) in common::fixtures("valid") {
        let json = std::fs::read_to_string(&path).expect("fixture");
        let c = chart(&json, Locale::En);
        for scale in [1.0, 2.0] {
            let l = layout(&c, 640.0, 360.0, scale);
            let data = c.data();
            for series in 0..data.series.len() {
                for index in 0..data.domain.len().min(50) {
                    let b = highlight_bounds(&l, data, (series, index));
                    let mut recorder = Recorder::new(l.width as u32, l.height as u32);
                    c.paint_highlight(&l, false, (series, index), &mut recorder)
                        .expect("draws");
                    for op in &recorder.ops {
                        checked += 1;
                        let (points, reach) = match op {
                            Op::Circle { center, radius } => {
                                circles += 1;
                                (vec![*center], *radius as f64)
                            }
                            _ => (Recorder::op_points(op), 1.0),
                        };
                        for (x, y) in points {
                            let (x, y) = (x as f64, y as f64);
                            assert!(
                                x - reach >= b.x0 - 1.0
                                    && x + reach <= b.x1 + 1.0
                                    && y - reach >= b.y0 - 1.0
                                    && y + reach <= b.y1 + 1.0,
                                "{name} x{scale}: ({x}, {y}) r{reach} outside {b:?} for datum ({series}, {index})"
                            );
                        }
                    }
                }
            }
        }
    }
    assert!(
        checked > 500 && circles > 20,
        "{checked} operations, {circles} circles"
    );
}

#[test]
fn hatching_lines_are_all_at_forty_five_degrees() {
    // Endpoints rounded on their own would tilt some lines by a pixel, and those look blurred
    // next to the others (seen at the right end of Signal's row).
    let c = builtin_chart("user-gains", Locale::En);
    for (w, h, s) in [
        (800.0, 400.0, 1.0),
        (733.0, 381.0, 1.5),
        (517.0, 297.0, 2.0),
    ] {
        let l = layout(&c, w, h, s);
        let mut recorder = Recorder::new(l.width as u32, l.height as u32);
        c.paint(&l, false, &mut recorder).expect("draws");
        let diagonals: Vec<_> = recorder
            .ops
            .iter()
            .filter_map(|op| match op {
                Op::Line { from, to } if from.0 != to.0 && from.1 != to.1 => Some((*from, *to)),
                _ => None,
            })
            .collect();
        assert!(diagonals.len() > 20, "{w}x{h}@{s}: {}", diagonals.len());
        for (from, to) in diagonals {
            assert_eq!(
                (to.0 - from.0).abs(),
                (to.1 - from.1).abs(),
                "{from:?} → {to:?} at {w}x{h}@{s}"
            );
        }
    }
}

#[test]
fn a_note_on_a_not_disclosed_band_draws_no_second_dashed_line() {
    let json = r#"{"title": "t", "kind": "line", "x": [1, 2, 3, 4, 5],
        "series": [{"name": "s", "values": [1, 2, null, 4, 5]}],
        "notes": [{"at": 3, "text": "on the gap"}, {"at": 4.5, "text": "elsewhere"}]}"#;
    let chart = chart(json, Locale::En);
    let l = layout(&chart, 640.0, 360.0, 1.0);
    let band = l.unknowns.iter().find(|u| !u.edge).expect("a band").rect;
    let dashed: Vec<f64> = l
        .rules
        .iter()
        .filter(|r| r.dashed)
        .map(|r| r.from.0)
        .collect();
    assert_eq!(dashed.len(), 1, "{dashed:?}");
    assert!(dashed[0] > band.x1 + 4.0);
    assert!(l.texts.iter().any(|t| t.text == "(1)"), "the marker stays");
}
