//! Helpers shared by the native integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use outage_charts::chart::{Chart, Size};
use outage_charts::input::Value;
use outage_charts::layout::Layout;
use outage_charts::locale::Locale;
use outage_charts::text::EstimatedText;

pub fn parse(json: &str) -> Value {
    serde_json::from_str(json).expect("test JSON parses")
}

pub fn fixtures(kind: &str) -> Vec<(String, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind);
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .expect("fixtures folder")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().into_owned(), p))
        .collect();
    files.sort();
    files
}

pub fn read(path: &Path) -> Value {
    parse(&std::fs::read_to_string(path).expect("fixture readable"))
}

/// The field of a JSON object, for fixtures shaped `{ "error": …, "dataset": … }`.
pub fn field<'a>(value: &'a Value, name: &str) -> &'a Value {
    match value {
        Value::Object(fields) => &fields.iter().find(|(k, _)| k == name).expect("field").1,
        _ => panic!("not an object"),
    }
}

pub fn chart(json: &str, locale: Locale) -> Chart {
    let options = Value::object(vec![("locale", Value::str(locale.code()))]);
    Chart::new(&parse(json), &options, locale).expect("valid test dataset")
}

pub fn layout(chart: &Chart, width: f64, height: f64, scale: f64) -> Layout {
    chart.layout(
        Size {
            width,
            height,
            scale,
        },
        &EstimatedText,
    )
}

pub fn texts(layout: &Layout) -> Vec<&str> {
    layout.texts.iter().map(|t| t.text.as_str()).collect()
}
pub mod recorder;

/// A one-series dataset of `kind` over x = 0, 1, 2, … with `values` written as JSON.
pub fn line_json(kind: &str, values: &[String]) -> String {
    let xs: Vec<String> = (0..values.len()).map(|i| i.to_string()).collect();
    format!(
        r#"{{"title":"t","kind":"{kind}","x":[{}],"series":[{{"name":"s","values":[{}]}}]}}"#,
        xs.join(","),
        values.join(",")
    )
}
