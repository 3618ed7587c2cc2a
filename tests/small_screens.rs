//! Text on small screens: at phone widths (320, 360 and 414 CSS px, at 2× and 3×) and on a
//! desktop (1280 px, 1×), with the chart as tall as its content asks, every text of every
//! dataset here is whole (no "…" where the dataset's text had none), every category named, no
//! two texts overlapping, and a numeric or time axis labelled at least three times.

mod common;

use common::{chart, fixtures, layout};
use outage_charts::chart::{Chart, Size};
use outage_charts::layout::{Align, Layout, TextMark};
use outage_charts::locale::Locale;
use outage_charts::text::{EstimatedText, TextMeasure};

/// Widths and pixel ratios of the phones and desktop the charts are read on.
const SCREENS: [(f64, f64); 7] = [
    (320.0, 2.0),
    (320.0, 3.0),
    (360.0, 2.0),
    (360.0, 3.0),
    (414.0, 2.0),
    (414.0, 3.0),
    (1280.0, 1.0),
];

/// The box a text covers, in device pixels: `(x0, y0, x1, y1)`.
fn bounds(t: &TextMark) -> (f64, f64, f64, f64) {
    let width = EstimatedText.width(&t.text, t.font);
    let height = t.font.size;
    let x0 = match t.h_align {
        Align::Start => t.x,
        Align::Center => t.x - width / 2.0,
        Align::End => t.x - width,
    };
    let y0 = match t.v_align {
        Align::Start => t.y,
        Align::Center => t.y - height / 2.0,
        Align::End => t.y - height,
    };
    (x0, y0, x0 + width, y0 + height)
}

/// Pairs of texts whose boxes overlap by more than a pixel each way.
fn overlaps(layout: &Layout) -> Vec<(String, String)> {
    let boxes: Vec<_> = layout.texts.iter().map(|t| (bounds(t), &t.text)).collect();
    let mut found = Vec::new();
    for (i, (a, ta)) in boxes.iter().enumerate() {
        for (b, tb) in &boxes[..i] {
            let x = a.2.min(b.2) - a.0.max(b.0);
            let y = a.3.min(b.3) - a.1.max(b.1);
            if x > layout.scale && y > layout.scale {
                found.push((ta.to_string(), tb.to_string()));
            }
        }
    }
    found
}

/// The chart laid out at the height its content asks for at `width`, and that height.
fn at_content_height(chart: &Chart, width: f64, scale: f64) -> (f64, Layout) {
    let size = Size {
        width,
        height: 0.0,
        scale,
    };
    let height = chart.content_height(size, &EstimatedText);
    (height, layout(chart, width, height, scale))
}

fn datasets() -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = fixtures("valid")
        .into_iter()
        .map(|(name, path)| (name, std::fs::read_to_string(path).expect("fixture")))
        .collect();
    let months: Vec<String> = (0..36)
        .map(|m| format!("\"{}-{:02}-01\"", 2019 + m / 12, m % 12 + 1))
        .collect();
    let values: Vec<String> = (0..36).map(|m| (m * 7 % 13).to_string()).collect();
    all.push((
        "monthly".into(),
        format!(
            r#"{{"title": "Monthly", "kind": "line", "x": [{}],
                "series": [{{"name": "s", "values": [{}]}}]}}"#,
            months.join(","),
            values.join(",")
        ),
    ));
    let names = |n: usize, long: bool| -> String {
        (0..n)
            .map(|i| {
                if long {
                    format!("\"Frankfurt am Main (eu-central-{i})\"")
                } else {
                    format!("\"Country {i}\"")
                }
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    let numbers = |n: usize| {
        (0..n)
            .map(|i| (i * 37 % 100 + 1).to_string())
            .collect::<Vec<_>>()
    };
    for (n, long) in [(62, false), (30, true)] {
        all.push((
            format!("hbar-{n}"),
            format!(
                r#"{{"title": "{n} categories", "kind": "hbar", "categories": [{}],
                    "series": [{{"name": "s", "values": [{}]}}]}}"#,
                names(n, long),
                numbers(n).join(",")
            ),
        ));
    }
    all.push((
        "one-to-eight".into(),
        r#"{"title": "1 to 8", "kind": "line", "x": [1,2,3,4,5,6,7,8],
            "series": [{"name": "s", "values": [3,1,4,1,5,9,2,6]}]}"#
            .into(),
    ));
    all
}

#[test]
fn numeric_and_time_axes_keep_three_labels_without_overlap() {
    for (name, json) in datasets() {
        if !json.contains("\"line\"") && !json.contains("\"area\"") {
            continue;
        }
        for locale in [Locale::En, Locale::Fr] {
            let chart = chart(&json, locale);
            if chart.data().domain.len() < 3 {
                continue;
            }
            for (width, scale) in SCREENS {
                let l = layout(&chart, width, 360.0, scale);
                let axis_y = l.plot.y1;
                let under_axis = |t: &&TextMark| {
                    t.y > axis_y && t.y < axis_y + 12.0 * scale && t.h_align == Align::Center
                };
                let x_labels = l.texts.iter().filter(under_axis).count();
                assert!(
                    x_labels >= 3,
                    "{name} at {width}px ×{scale}: {x_labels} x labels"
                );
                assert_eq!(overlaps(&l), vec![], "{name} at {width}px ×{scale}");
            }
        }
    }
}

/// The texts the chart shortened with "…" (the dataset's own "…" aside). Under vertical bars a
/// column's width is fixed, so a name may be shortened there, but only on its second line.
fn shortened(layout: &Layout, json: &str) -> Vec<String> {
    let second_line = |t: &TextMark| {
        layout.texts.iter().any(|o| {
            (o.x - t.x).abs() < 0.5
                && t.y > o.y
                && t.y - o.y <= 1.5 * t.font.size
                && o.text != t.text
        })
    };
    layout
        .texts
        .iter()
        .filter(|t| t.text.ends_with('…') && !json.contains(t.text.as_str()))
        .filter(|t| !second_line(t))
        .map(|t| t.text.clone())
        .collect()
}

#[test]
fn with_room_to_grow_no_text_is_shortened() {
    let long_title = r#"{"title": "Telegram gained 70 million users during the Facebook outage of October 2021, while Signal said millions",
        "subtitle": "New users announced during the outage of Facebook, WhatsApp, Messenger and Instagram, on the fourth of October 2021, as reported",
        "source": "Pavel Durov (Telegram) and Signal (Twitter), quoted in the article « Telegram a gagné 70 millions d’utilisateurs durant la panne Facebook »",
        "kind": "hbar", "categories": ["Frankfurt am Main (eu-central-1)", "São Paulo (sa-east-1)", "Signal"],
        "series": [{"name": "s", "values": [70000000, null, 3]}]}"#;
    let mut all = datasets();
    all.push(("long-title".into(), long_title.into()));
    for (name, json) in all {
        for locale in [Locale::En, Locale::Fr] {
            let chart = chart(&json, locale);
            for (width, scale) in SCREENS {
                let (height, l) = at_content_height(&chart, width, scale);
                let at = format!("{name} at {width}px ×{scale}, {height}px tall");
                assert_eq!(shortened(&l, &json), Vec::<String>::new(), "{at}");
                assert_eq!(overlaps(&l), vec![], "{at}");
            }
        }
    }
}

#[test]
fn the_checks_see_an_overlap_and_a_shortened_text() {
    let json = r#"{"title": "Telegram gained 70 million users", "kind": "bar",
        "categories": ["a", "b"], "series": [{"name": "s", "values": [1, 2]}]}"#;
    let chart = chart(json, Locale::En);
    let mut l = layout(&chart, 360.0, 400.0, 2.0);
    assert_eq!(overlaps(&l), vec![]);
    let mut copy = l.texts[0].clone();
    copy.x += 10.0;
    copy.text = "Telegram gai…".into();
    l.texts.push(copy);
    assert_eq!(overlaps(&l).len(), 1);
    assert_eq!(shortened(&l, json), vec!["Telegram gai…".to_string()]);
}

#[test]
fn at_its_content_height_an_hbar_names_every_category() {
    for (name, json) in datasets()
        .into_iter()
        .filter(|(n, _)| n.starts_with("hbar-"))
    {
        let chart = chart(&json, Locale::En);
        let categories = match &chart.data().domain {
            outage_charts::model::Domain::Categories(c) => c.clone(),
            _ => unreachable!(),
        };
        for (width, scale) in SCREENS {
            let (_, l) = at_content_height(&chart, width, scale);
            let all_text: String = l
                .texts
                .iter()
                .map(|t| t.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            for c in &categories {
                let words_in_order = c.split(' ').all(|w| all_text.contains(w));
                assert!(words_in_order, "{name} at {width}px ×{scale}: {c} missing");
            }
            assert!(!l.names_thinned);
            // A height the page fixes wins: names are thinned, and the layout says so for the
            // readers' table.
            if categories.len() >= 30 {
                let fixed = layout(&chart, width, 360.0, scale);
                assert!(
                    fixed.names_thinned,
                    "{name} at {width}px ×{scale}, 360 px tall"
                );
            }
        }
    }
}
