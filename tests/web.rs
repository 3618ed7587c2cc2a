//! The JS binding in a real browser (headless Chromium through wasm-bindgen-test):
//! drawing on a canvas, atomic `setData`, errors as `Error`s with paths, `destroy`.
#![cfg(target_arch = "wasm32")]

use outage_charts::web::{builtin_datasets, OutageChart};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

fn canvas(width: u32, height: u32) -> HtmlCanvasElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    canvas
        .style()
        .set_property("width", &format!("{width}px"))
        .unwrap();
    canvas
        .style()
        .set_property("height", &format!("{height}px"))
        .unwrap();
    document.body().unwrap().append_child(&canvas).unwrap();
    canvas
}

fn pixels(canvas: &HtmlCanvasElement) -> Vec<u8> {
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    let (w, h) = (canvas.width() as f64, canvas.height() as f64);
    context.get_image_data(0.0, 0.0, w, h).unwrap().data().0
}

/// Share of pixels that are not the background (the first pixel's colour).
fn ink_share(pixels: &[u8]) -> f64 {
    let background = &pixels[0..4];
    let inked = pixels.chunks(4).filter(|p| *p != background).count();
    inked as f64 / (pixels.len() / 4) as f64
}

fn message(error: wasm_bindgen::JsError) -> String {
    let value: JsValue = error.into();
    let error: js_sys::Error = value.dyn_into().expect("a real Error");
    String::from(error.message())
}

fn json(text: &str) -> JsValue {
    js_sys::JSON::parse(text).unwrap()
}

const VALID: &str = r#"{"title":"Swap","kind":"bar","categories":["a","b"],"series":[{"name":"s","values":[3,-1]}]}"#;

#[wasm_bindgen_test]
fn draws_the_default_chart_at_the_css_size() {
    let c = canvas(480, 300);
    let _chart =
        OutageChart::new(c.clone().into(), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    let ratio = web_sys::window().unwrap().device_pixel_ratio();
    assert_eq!(c.width(), (480.0 * ratio).round() as u32);
    assert_eq!(c.height(), (300.0 * ratio).round() as u32);
    let share = ink_share(&pixels(&c));
    assert!(share > 0.03, "the chart is drawn: {share}");
}

#[wasm_bindgen_test]
fn a_rejected_dataset_changes_nothing() {
    let c = canvas(400, 260);
    let chart = OutageChart::new(c.clone().into(), json(VALID), JsValue::UNDEFINED).unwrap();
    let before = pixels(&c);
    let data_before = js_sys::JSON::stringify(&chart.data().unwrap()).unwrap();
    let bad = json(
        r#"{"title":"Swap","kind":"bar","categories":["a","b"],"series":[{"name":"s","values":[3,"abc"]}]}"#,
    );
    let err = message(chart.set_data(bad).unwrap_err());
    assert_eq!(
        err,
        r#"series[0].values[1]: expected a finite number or null, got "abc""#
    );
    assert!(pixels(&c) == before, "pixels unchanged");
    assert_eq!(
        js_sys::JSON::stringify(&chart.data().unwrap()).unwrap(),
        data_before
    );
    assert!(message(chart.set_data(JsValue::from(42)).unwrap_err()).starts_with("dataset: "));
}

#[wasm_bindgen_test]
fn set_data_redraws_and_data_round_trips() {
    let c = canvas(400, 260);
    // Without transitions the canvas holds the finished chart when each call returns.
    let still = json(r#"{"animate":false}"#);
    let chart = OutageChart::new(c.clone().into(), JsValue::UNDEFINED, still).unwrap();
    let before = pixels(&c);
    chart.set_data(json(VALID)).unwrap();
    assert!(pixels(&c) != before, "the new dataset is drawn");
    let after = pixels(&c);
    chart.set_data(chart.data().unwrap()).unwrap();
    assert!(pixels(&c) == after, "setData(chart.data) changes nothing");
    let text = js_sys::JSON::stringify(&chart.data().unwrap()).unwrap();
    assert_eq!(String::from(text), VALID);
}

#[wasm_bindgen_test]
fn options_are_checked_and_change_the_numbers() {
    let c = canvas(400, 260);
    let chart = OutageChart::new(
        c.clone().into(),
        JsValue::UNDEFINED,
        json(r#"{"locale":"en"}"#),
    )
    .unwrap();
    let has_text = |text: &str| chart.to_svg().unwrap().lines().any(|l| l.trim() == text);
    assert!(has_text("70M"));
    chart.set_options(json(r#"{"locale":"fr"}"#)).unwrap();
    assert!(has_text("70\u{a0}M"));
    let err = message(chart.set_options(json(r#"{"locale":"de"}"#)).unwrap_err());
    assert_eq!(err, r#"locale: expected "fr" or "en", got "de""#);
}

#[wasm_bindgen_test]
fn constructor_errors_are_errors() {
    let not_canvas = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .create_element("div")
        .unwrap();
    let err = OutageChart::new(not_canvas.into(), JsValue::UNDEFINED, JsValue::UNDEFINED)
        .err()
        .unwrap();
    assert!(message(err).starts_with("canvas: "));
    let err = OutageChart::new(
        canvas(10, 10).into(),
        json(r#"{"title":"t"}"#),
        JsValue::UNDEFINED,
    )
    .err()
    .unwrap();
    assert!(message(err).starts_with("kind: "));
    let err = OutageChart::new(
        canvas(10, 10).into(),
        JsValue::UNDEFINED,
        json(r#"{"theme":"blue"}"#),
    )
    .err()
    .unwrap();
    assert!(message(err).starts_with("theme: "));
}

#[wasm_bindgen_test]
fn destroy_ends_the_chart() {
    let mut chart = OutageChart::new(
        canvas(200, 120).into(),
        JsValue::UNDEFINED,
        JsValue::UNDEFINED,
    )
    .unwrap();
    chart.destroy();
    chart.destroy();
    assert!(message(chart.data().unwrap_err()).contains("destroyed"));
    assert!(chart.set_data(json(VALID)).is_err());
    assert!(chart.resize().is_err());
    assert!(chart.to_svg().is_err());
}

#[wasm_bindgen_test]
fn builtin_datasets_in_both_languages() {
    for locale in ["fr", "en"] {
        let all = builtin_datasets(JsValue::from(locale)).unwrap();
        for name in ["user-gains", "market-cap-loss"] {
            let data = js_sys::Reflect::get(&all, &JsValue::from(name)).unwrap();
            let source = js_sys::Reflect::get(&data, &JsValue::from("source")).unwrap();
            assert!(
                source.as_string().is_some_and(|s| !s.is_empty()),
                "{name} names its source"
            );
        }
    }
    let err = message(builtin_datasets(JsValue::from("de")).unwrap_err());
    assert!(err.starts_with("locale: "));
}

#[wasm_bindgen_test]
fn hit_test_finds_the_telegram_bar_and_the_unknown_signal() {
    let c = canvas(600, 360);
    let chart = OutageChart::new(c.into(), JsValue::UNDEFINED, json(r#"{"locale":"en"}"#)).unwrap();
    let field =
        |hit: &JsValue, name: &str| js_sys::Reflect::get(hit, &JsValue::from(name)).unwrap();
    let mut found = Vec::new();
    // Sweep a column through the plot: the bar (Telegram) and the hatched row (Signal) are both hit.
    for y in (0..360).step_by(4) {
        let hit = chart.hit_test(300.0, y as f64).unwrap();
        if !hit.is_undefined() {
            let label = field(&hit, "label").as_string().unwrap();
            let text = field(&hit, "text").as_string().unwrap();
            if found.last() != Some(&(label.clone(), text.clone())) {
                found.push((label, text));
            }
        }
    }
    let expected = vec![
        ("Telegram".to_string(), "70,000,000".to_string()),
        ("Signal".to_string(), "not disclosed".to_string()),
    ];
    assert_eq!(found, expected);
    assert!(chart.hit_test(1.0, 1.0).unwrap().is_undefined());
}

/// `undefined` and holes are errors with their path, never `null`: read in bulk (an array of
/// numbers) and item by item (an array of strings) alike. JSON cannot hold them, so the arrays
/// are built here.
#[wasm_bindgen_test]
fn undefined_and_holes_are_refused_with_their_path() {
    let c = canvas(400, 260);
    let chart =
        OutageChart::new(c.clone().into(), json(VALID), json(r#"{"animate":false}"#)).unwrap();
    let before = pixels(&c);
    let with = |path: &[&str], array: &js_sys::Array| {
        let data = json(VALID);
        let mut parent = data.clone();
        for key in &path[..path.len() - 1] {
            parent = js_sys::Reflect::get(&parent, &JsValue::from_str(key)).unwrap();
        }
        let last = JsValue::from_str(path[path.len() - 1]);
        js_sys::Reflect::set(&parent, &last, array).unwrap();
        message(chart.set_data(data).unwrap_err())
    };
    let undefined = js_sys::Array::of2(&JsValue::from(1), &JsValue::UNDEFINED);
    assert_eq!(
        with(&["series", "0", "values"], &undefined),
        "series[0].values[1]: expected a finite number or null, got undefined"
    );
    // `new Array(2)` with only its first slot set: a hole at 1.
    let hole = js_sys::Array::new_with_length(2);
    hole.set(0, JsValue::from(1));
    assert_eq!(
        with(&["series", "0", "values"], &hole),
        "series[0].values[1]: expected a finite number or null, got undefined"
    );
    let categories = js_sys::Array::new_with_length(2);
    categories.set(0, JsValue::from_str("a"));
    assert_eq!(
        with(&["categories"], &categories),
        "categories[1]: expected a string, got undefined"
    );
    assert!(pixels(&c) == before, "pixels unchanged");
}

/// Only a left-out `data` means the built-in: `null` (a failed fetch) throws like `setData(null)`.
#[wasm_bindgen_test]
fn the_constructor_refuses_null_like_set_data() {
    let c = canvas(200, 120);
    let err = OutageChart::new(c.clone().into(), JsValue::NULL, JsValue::UNDEFINED)
        .err()
        .unwrap();
    assert_eq!(message(err), "dataset: expected an object, got null");
    assert_eq!(ink_share(&pixels(&c)), 0.0, "nothing drawn");
    let chart = OutageChart::new(c.into(), JsValue::UNDEFINED, JsValue::UNDEFINED).unwrap();
    let err = message(chart.set_data(JsValue::NULL).unwrap_err());
    assert_eq!(err, "dataset: expected an object, got null");
}

/// A redraw that fails is never dropped: a call throws it, and a redraw no call asked for (here
/// a keyboard zoom) dispatches it on the canvas as `chart-error` with `detail.message`. The
/// canvas is made to refuse a 2D context after the chart is made: nothing else makes drawing
/// fail.
#[wasm_bindgen_test]
fn redraw_errors_reach_the_page() {
    let c = canvas(400, 260);
    let line = json(
        r#"{"title":"Zoom","kind":"line","x":[1,2,3,4,5,6,7,8],"series":[{"name":"s","values":[1,2,3,4,5,6,7,8]}]}"#,
    );
    let chart = OutageChart::new(c.clone().into(), line, json(r#"{"animate":false}"#)).unwrap();
    let run = |body: &str| {
        js_sys::Function::new_with_args("c", body)
            .call1(&JsValue::NULL, &c)
            .unwrap()
    };
    run(
        "c.errors = []; c.addEventListener('chart-error', (e) => c.errors.push(e.detail.message));",
    );
    run("c.getContext = () => null;");
    assert_eq!(
        message(chart.resize().unwrap_err()),
        "canvas: could not get a 2D context"
    );
    assert_eq!(
        run("return c.errors.length").as_f64(),
        Some(0.0),
        "thrown, not dispatched"
    );
    run("c.dispatchEvent(new KeyboardEvent('keydown', { key: '+' }));");
    assert_eq!(
        run("return c.errors.join('|')").as_string().unwrap(),
        "canvas: could not get a 2D context"
    );
}
