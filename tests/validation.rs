//! Dataset v1 validation against the fixtures and the limits of the contract.

mod common;

use std::time::Instant;

use common::{field, fixtures, parse, read};
use outage_charts::input::Value;
use outage_charts::validate::validate;

#[test]
fn every_valid_fixture_passes_and_round_trips() {
    let all = fixtures("valid");
    assert!(all.len() >= 10);
    for (name, path) in all {
        let data = validate(&read(&path)).unwrap_or_else(|e| panic!("{name}: {e}"));
        let again = validate(&data.to_value()).unwrap_or_else(|e| panic!("{name} round trip: {e}"));
        assert_eq!(
            again, data,
            "{name}: chart.data must give the same dataset back"
        );
    }
}

#[test]
fn every_invalid_fixture_fails_with_its_path_and_message() {
    let all = fixtures("invalid");
    assert!(all.len() >= 50);
    for (name, path) in all {
        let fixture = read(&path);
        let Value::String(expected) = field(&fixture, "error") else {
            panic!("{name}: error")
        };
        let err = validate(field(&fixture, "dataset"))
            .expect_err(&name)
            .to_string();
        assert!(
            err.starts_with(expected.as_str()),
            "{name}:\n  got      {err}\n  expected {expected}…"
        );
    }
}

#[test]
fn null_values_stay_unknown_never_zero() {
    let data = validate(&parse(
        r#"{"title":"t","kind":"bar","categories":["a","b"],"series":[{"name":"s","values":[0,null]}]}"#,
    ))
    .expect("valid");
    assert_eq!(data.series[0].values, vec![Some(0.0), None]);
}

/// `[{ name: "s", values }]`.
fn one_series(values: Value) -> Value {
    Value::Array(vec![Value::object(vec![
        ("name", Value::str("s")),
        ("values", values),
    ])])
}

fn note(at: &str) -> Value {
    Value::object(vec![("at", Value::str(at)), ("text", Value::str("n"))])
}

fn numbers(count: usize) -> Value {
    Value::Array((0..count).map(|i| Value::Number(i as f64)).collect())
}

/// Time bounds here catch a hang or a quadratic blow-up, not speed: they are ten times what a
/// loaded debug build needs. Speed is for the benchmarks.
#[test]
fn limits_are_named_and_checked_promptly() {
    let strings =
        |count: usize| Value::Array((0..count).map(|i| Value::String(format!("c{i}"))).collect());
    let cases = [
        (
            Value::object(vec![
                ("title", Value::str("t")),
                ("kind", Value::str("bar")),
                ("categories", strings(10_001)),
                ("series", Value::Array(vec![])),
            ]),
            "categories: too many categories, the limit is 10,000",
        ),
        (
            Value::object(vec![
                ("title", Value::str("t")),
                ("kind", Value::str("line")),
                ("x", numbers(3)),
                ("series", one_series(Value::TooLong)),
            ]),
            "series[0].values: too many values, the limit is 1,000,000",
        ),
        (
            Value::object(vec![
                ("title", Value::str("t")),
                ("kind", Value::str("line")),
                ("x", Value::TooLong),
                ("series", Value::Array(vec![])),
            ]),
            "x: too many x values, the limit is 1,000,000",
        ),
        (
            Value::object(vec![
                ("title", Value::str("t")),
                ("kind", Value::str("line")),
                ("x", numbers(3)),
                ("series", one_series(numbers(3))),
                ("notes", Value::Array(vec![note("1"); 10_001])),
            ]),
            "notes: too many notes, the limit is 10,000",
        ),
        (
            // Ten thousand notes on ten thousand categories, the last one wrong: each note's
            // category is looked up, not searched for.
            Value::object(vec![
                ("title", Value::str("t")),
                ("kind", Value::str("bar")),
                ("categories", strings(10_000)),
                ("series", one_series(numbers(10_000))),
                (
                    "notes",
                    Value::Array(
                        (0..10_000)
                            .map(|i| note(if i < 9_999 { "c9998" } else { "nope" }))
                            .collect(),
                    ),
                ),
            ]),
            "notes[9999].at: expected the name of one of the categories",
        ),
    ];
    for (value, expected) in cases {
        let start = Instant::now();
        let err = validate(&value).expect_err(expected).to_string();
        assert!(err.starts_with(expected), "{err}");
        assert!(
            start.elapsed().as_secs_f64() < 10.0,
            "{expected} took {:?}",
            start.elapsed()
        );
    }
}

#[test]
fn a_million_values_are_accepted() {
    let value = Value::object(vec![
        ("title", Value::str("t")),
        ("kind", Value::str("line")),
        ("x", numbers(1_000_000)),
        ("series", one_series(numbers(1_000_000))),
    ]);
    let data = validate(&value).expect("a million values is within the limit");
    assert_eq!(data.series[0].values.len(), 1_000_000);
}

#[test]
fn a_million_and_one_values_in_json_is_refused_by_name() {
    let json = format!(
        r#"{{"title":"t","kind":"line","x":[1,2],"series":[{{"name":"s","values":[{}0]}}]}}"#,
        "0,".repeat(1_000_000)
    );
    let start = Instant::now();
    let err = validate(&parse(&json))
        .expect_err("over the limit")
        .to_string();
    assert!(
        err.starts_with("series[0].values: too many values, the limit is 1,000,000"),
        "{err}"
    );
    assert!(
        start.elapsed().as_secs_f64() < 10.0,
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn non_finite_numbers_are_refused() {
    for (bad, shown) in [
        (f64::NAN, "NaN"),
        (f64::INFINITY, "Infinity"),
        (f64::NEG_INFINITY, "-Infinity"),
    ] {
        let value = Value::object(vec![
            ("title", Value::str("t")),
            ("kind", Value::str("bar")),
            ("categories", Value::Array(vec![Value::str("a")])),
            ("series", one_series(Value::Array(vec![Value::Number(bad)]))),
        ]);
        let err = validate(&value).expect_err("not finite").to_string();
        assert_eq!(
            err,
            format!("series[0].values[0]: expected a finite number or null, got {shown}")
        );
    }
}

/// `value` as the browser reads it: every array of numbers and nulls in bulk.
fn bulk(value: &Value) -> Value {
    match value {
        Value::Array(items)
            if items
                .iter()
                .all(|v| matches!(v, Value::Number(_) | Value::Null)) =>
        {
            Value::Numbers(
                items
                    .iter()
                    .map(|v| match v {
                        Value::Number(n) => Some(*n),
                        _ => None,
                    })
                    .collect(),
            )
        }
        Value::Array(items) => Value::Array(items.iter().map(bulk).collect()),
        Value::Object(fields) => {
            Value::Object(fields.iter().map(|(k, v)| (k.clone(), bulk(v))).collect())
        }
        other => other.clone(),
    }
}

/// The bulk read of number arrays (the browser's path) gives every fixture the same verdict,
/// to the letter of the error, as item-by-item reading.
#[test]
fn numbers_read_in_bulk_get_the_same_verdict() {
    let mut converted = 0;
    let valid = fixtures("valid").into_iter().map(|(n, p)| (n, read(&p)));
    let invalid = fixtures("invalid")
        .into_iter()
        .map(|(n, p)| (n, field(&read(&p), "dataset").clone()));
    for (name, dataset) in valid.chain(invalid) {
        let dataset = &dataset;
        let fast = bulk(dataset);
        converted += usize::from(fast != *dataset);
        assert_eq!(
            validate(&fast).map_err(|e| e.to_string()),
            validate(dataset).map_err(|e| e.to_string()),
            "{name}"
        );
    }
    assert!(
        converted >= 50,
        "only {converted} fixtures had number arrays"
    );
}

/// `undefined` and holes (read from JS as [`Value::Undefined`]; JSON has neither, so no fixture
/// can hold them) are errors with their path, never unknowns: a misspelt field in a page's code
/// must not become a claim that a figure was withheld.
#[test]
fn undefined_items_are_errors_with_their_path_never_null() {
    use outage_charts::input::NumberArray;
    let bar = |values: Value| {
        Value::object(vec![
            ("title", Value::str("t")),
            ("kind", Value::str("bar")),
            (
                "categories",
                Value::Array(vec![Value::str("a"), Value::str("b"), Value::str("c")]),
            ),
            ("series", one_series(values)),
        ])
    };
    let error = |data: &Value| validate(data).expect_err("refused").to_string();
    // Read item by item, and read in bulk (the slot of an undefined item holds NaN).
    let items = Value::Array(vec![
        Value::Number(1.0),
        Value::Undefined,
        Value::Number(3.0),
    ]);
    let bulk = Value::Numbers(NumberArray {
        numbers: vec![1.0, f64::NAN, 0.0],
        nulls: vec![2],
        undefined: vec![1],
    });
    for values in [items, bulk] {
        assert_eq!(
            error(&bar(values)),
            "series[0].values[1]: expected a finite number or null, got undefined"
        );
    }
    // The first of several is named, after a null before it.
    let all_undefined = Value::Numbers(NumberArray {
        numbers: vec![0.0, f64::NAN, f64::NAN],
        nulls: vec![0],
        undefined: vec![1, 2],
    });
    assert!(error(&bar(all_undefined)).starts_with("series[0].values[1]: "));

    let mut categories = bar(Value::Array(vec![Value::Number(1.0); 3]));
    if let Value::Object(fields) = &mut categories {
        fields[2].1 = Value::Array(vec![Value::str("a"), Value::Undefined, Value::str("c")]);
    }
    assert_eq!(
        error(&categories),
        "categories[1]: expected a string, got undefined"
    );

    let line = Value::object(vec![
        ("title", Value::str("t")),
        ("kind", Value::str("line")),
        (
            "x",
            Value::Numbers(NumberArray {
                numbers: vec![1.0, f64::NAN],
                nulls: Vec::new(),
                undefined: vec![1],
            }),
        ),
        ("series", one_series(numbers(2))),
    ]);
    assert_eq!(
        error(&line),
        "x[1]: expected a finite number, got undefined"
    );

    let mut with_notes = bar(Value::Array(vec![Value::Number(1.0); 3]));
    if let Value::Object(fields) = &mut with_notes {
        fields.push((
            "notes".into(),
            Value::Array(vec![note("a"), Value::Undefined]),
        ));
    }
    assert_eq!(
        error(&with_notes),
        "notes[1]: expected an object, got undefined"
    );
    if let Value::Object(fields) = &mut with_notes {
        if let Value::Array(series) = &mut fields[3].1 {
            series.push(Value::Undefined);
        }
    }
    assert_eq!(
        error(&with_notes),
        "series[1]: expected an object, got undefined"
    );
}

/// `undefined` as the whole dataset is refused too (the constructor takes a left-out argument
/// for the built-in before validation ever sees it), and so is `null`.
#[test]
fn undefined_or_null_as_the_dataset_is_refused() {
    for (value, got) in [(Value::Undefined, "undefined"), (Value::Null, "null")] {
        assert_eq!(
            validate(&value).expect_err("refused").to_string(),
            format!("dataset: expected an object, got {got}")
        );
    }
}

/// `new OutageChart(canvas, null)` (a failed fetch) throws like `setData(null)`; only a left-out
/// dataset, read as [`Value::Undefined`], means the built-in "user-gains".
#[test]
fn only_a_left_out_dataset_means_the_builtin() {
    use outage_charts::chart::Chart;
    use outage_charts::locale::Locale;
    let err = Chart::new(&Value::Null, &Value::Undefined, Locale::En)
        .expect_err("null is refused")
        .to_string();
    assert_eq!(err, "dataset: expected an object, got null");
    let chart = Chart::new(&Value::Undefined, &Value::Undefined, Locale::En).expect("the built-in");
    let (_, user_gains) = outage_charts::datasets::builtin(Locale::En)
        .into_iter()
        .find(|(name, _)| *name == "user-gains")
        .expect("a built-in user-gains");
    assert_eq!(chart.data(), &user_gains);
}
