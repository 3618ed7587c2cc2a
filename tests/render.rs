//! Static charts in plain Rust (`render::render_svg`, shared by `renderSvg` and the command
//! line): what the SVG says besides its pixels, and `height: "auto"`.

mod common;

use outage_charts::input::Value;
use outage_charts::render::{render_svg, Height, StaticOptions};

fn options(json: &str) -> StaticOptions {
    StaticOptions::parse(&common::parse(json)).expect("valid options")
}

#[test]
fn the_svg_has_a_title_a_description_and_the_data_as_text() {
    let json = r#"{"title": "A <b>&</b> B", "kind": "bar", "categories": ["Telegram", "Signal"],
        "series": [{"name": "Users", "values": [70000000, null]}],
        "notes": [{"at": "Signal", "text": "No figure."}], "source": "Durov"}"#;
    let svg = render_svg(&common::parse(json), &StaticOptions::default())
        .expect("renders")
        .svg;
    assert!(svg.starts_with("<svg role=\"img\" width=\"640\" height=\"360\""));
    assert!(
        svg.contains("<title>A &lt;b&gt;&amp;&lt;/b&gt; B</title>"),
        "{svg}"
    );
    for line in [
        " | Users",
        "Telegram | 70",
        "Signal | not disclosed",
        "(1) No figure.",
        "Source: Durov",
    ] {
        assert!(svg.contains(line), "{line} missing");
    }
    // The hatching of the unknown value and the note are drawn, not only described.
    assert!(svg.contains("opacity=\"0.45\""));
    assert_eq!(
        svg.matches(">\n(1) No figure.\n</text>").count(),
        1,
        "{svg}"
    );
}

#[test]
fn every_valid_fixture_renders_the_same_twice_at_any_option() {
    for (name, path) in common::fixtures("valid") {
        let data = common::read(&path);
        for json in [
            "null",
            r#"{"height": "auto", "locale": "fr", "theme": "dark", "width": 320}"#,
        ] {
            let first = render_svg(&data, &options(json)).expect(&name);
            assert_eq!(
                first,
                render_svg(&data, &options(json)).expect(&name),
                "{name}"
            );
            assert!(first.svg.contains("<desc>"), "{name}");
        }
    }
}

#[test]
fn auto_height_fits_the_content_and_keeps_every_note() {
    let notes: Vec<String> = (0..12)
        .map(|k| format!(r#"{{"at": "C{}", "text": "Note number {k} says something long enough to wrap on a narrow chart."}}"#, k % 3))
        .collect();
    let json = format!(
        r#"{{"title": "T", "kind": "hbar", "categories": ["C0", "C1", "C2"],
            "series": [{{"name": "S", "values": [1, 2, 3]}}], "notes": [{}]}}"#,
        notes.join(",")
    );
    let data = common::parse(&json);
    let drawn =
        render_svg(&data, &options(r#"{"height": "auto", "width": 400}"#)).expect("renders");
    assert!(drawn.height > 360.0, "{}", drawn.height);
    assert!(!drawn.svg.contains("more note"), "a note was left out");
    assert!(drawn.svg.contains("Note number 11"));
    let short = render_svg(&data, &options(r#"{"height": 360, "width": 400}"#)).expect("renders");
    assert!(
        short.svg.contains("more note"),
        "the fixed height should need the count line"
    );
    assert_eq!(options(r#"{"height": "auto"}"#).height, Height::Auto);
}

#[test]
fn a_missing_dataset_is_an_error_not_the_built_in_one() {
    let error = render_svg(&Value::Undefined, &StaticOptions::default()).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("dataset: expected an object, got "),
        "{error}"
    );
    let error = render_svg(&Value::Null, &StaticOptions::default()).unwrap_err();
    assert_eq!(error.to_string(), "dataset: expected an object, got null");
}
