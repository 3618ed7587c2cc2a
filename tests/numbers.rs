//! "A written number never says more or less than the data", as a property: random datasets,
//! every value of a chart written as a label and in the reading view, each compared with every
//! other and with the value itself.

mod common;

use outage_charts::input::{NumberArray, Value};
use outage_charts::locale::Locale;
use outage_charts::numbers::{shares, Facts, Numbers};
use outage_charts::validate::validate;
use proptest::prelude::*;

/// Values people chart, and the ones that trip formatting up: round figures, prices with cents,
/// percentages near 100, float noise, close neighbours, tiny and huge magnitudes.
fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-1_000_000i64..1_000_000).prop_map(|n| n as f64),
        (0i64..10_000_000).prop_map(|n| n as f64 / 100.0),
        (9_000i64..10_000).prop_map(|n| n as f64 / 100.0),
        (99_990i64..100_000).prop_map(|n| n as f64 / 1000.0),
        (0i64..1000).prop_map(|n| 0.1 * n as f64 + 0.2),
        (1i64..1000, -30i32..30).prop_map(|(m, e)| m as f64 * 10f64.powi(e)),
        -1e15f64..1e15,
    ]
}

/// A set of values with some near neighbours: each value may bring a twin a few units of its
/// last digit away.
fn values() -> impl Strategy<Value = Vec<f64>> {
    prop::collection::vec((value(), prop::option::of(1u32..50)), 1..24).prop_map(|pairs| {
        let mut out = Vec::new();
        for (v, twin) in pairs {
            out.push(v);
            if let Some(k) = twin {
                out.push(v + v.abs().max(1e-9) * 1e-12 * f64::from(k));
            }
        }
        out
    })
}

fn bar_chart(values: &[f64]) -> Value {
    let categories = (0..values.len())
        .map(|i| Value::String(format!("c{i}")))
        .collect();
    let numbers = Value::Numbers(NumberArray {
        numbers: values.to_vec(),
        ..NumberArray::default()
    });
    Value::object(vec![
        ("title", Value::str("t")),
        ("kind", Value::str("bar")),
        ("categories", Value::Array(categories)),
        ("unit", Value::object(vec![("suffix", Value::str("%"))])),
        (
            "series",
            Value::Array(vec![Value::object(vec![
                ("name", Value::str("s")),
                ("values", numbers),
            ])]),
        ),
    ])
}

/// The number an English text stands for: standard (`1,098.87%`) or compact (`1.09887K%`).
fn read_back(text: &str) -> f64 {
    let body = text.trim_end_matches('%').replace(',', "");
    let (digits, scale) = match body.chars().last() {
        Some('K') => (&body[..body.len() - 1], 1e3),
        Some('M') => (&body[..body.len() - 1], 1e6),
        Some('B') => (&body[..body.len() - 1], 1e9),
        Some('T') => (&body[..body.len() - 1], 1e12),
        _ => (body.as_str(), 1.0),
    };
    digits.parse::<f64>().expect("a number") * scale
}

/// Equal as a chart reads values: to 15 significant digits (a double's reliable ones).
fn same(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-14 * a.abs().max(b.abs()) * 10.0
}

fn fraction_digits(text: &str) -> usize {
    let body = text.trim_end_matches('%');
    body.split_once('.').map_or(0, |(_, f)| f.len())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn no_two_values_read_alike_and_none_reads_rounder(values in values()) {
        let data = validate(&bar_chart(&values)).expect("valid");
        let en = Numbers::new(&data, Locale::En);
        let fr = Numbers::new(&data, Locale::Fr);
        let minimum = Facts::of(&data).reading_fraction as usize;
        for (i, &a) in values.iter().enumerate() {
            let (label, reading) = (en.label(a), en.reading(a));
            // A label keeps every digit: it reads back as the value.
            prop_assert!(same(read_back(&label), a), "label {label} for {a:e}");
            // The reading view may round, but not onto a rounder number or zero.
            let shown = read_back(&reading);
            if !same(shown, a) {
                prop_assert!(shown != 0.0, "{reading} for {a:e}");
                prop_assert!(fraction_digits(&reading) >= minimum, "{reading} for {a:e}");
            }
            for &b in &values[..i] {
                if a == b {
                    continue;
                }
                prop_assert_ne!(&label, &en.label(b), "{:e} and {:e}", a, b);
                prop_assert_ne!(&reading, &en.reading(b), "{:e} and {:e}", a, b);
                prop_assert_ne!(fr.label(a), fr.label(b), "{:e} and {:e}", a, b);
                prop_assert_ne!(fr.reading(a), fr.reading(b), "{:e} and {:e}", a, b);
            }
        }
    }

    #[test]
    fn shares_read_apart_and_never_round_to_a_whole(parts in prop::collection::vec(0.0f64..1000.0, 1..12)) {
        let total: f64 = parts.iter().sum();
        prop_assume!(total > 0.0);
        let fractions: Vec<f64> = parts.iter().map(|p| p / total).collect();
        let written = shares(&fractions, Locale::En);
        for (i, &a) in fractions.iter().enumerate() {
            let shown = read_back(&written[i]) / 100.0;
            if a > 0.0 && a < 1.0 {
                prop_assert!(shown != 0.0 && shown != 1.0, "{} for {a:e}", written[i]);
            }
            for (j, &b) in fractions[..i].iter().enumerate() {
                if a != b {
                    prop_assert_ne!(&written[i], &written[j], "{:e} and {:e}", a, b);
                }
            }
        }
    }
}
