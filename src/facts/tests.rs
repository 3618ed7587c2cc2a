//! Facts against two oracles over generated value sets: the exact definition (every pair of
//! neighbours read as the reading view writes them) and the computation this one replaced.

use super::*;
use crate::locale::Locale;

/// The computation this one replaced, as it was: std's sort (the engine's in the browser), a
/// dedup, the close pairs collected from the windows, and every one of them rounded at each
/// digit count.
fn before(mut values: Vec<f64>) -> Facts {
    values.sort_unstable_by(f64::total_cmp);
    values.dedup_by(|a, b| a == b);
    let unit = 10f64.powi(-i32::from(READING_FRACTION));
    let close: Vec<(f64, f64)> = values
        .windows(2)
        .map(|pair| (pair[0], pair[1]))
        .filter(|&(a, b)| !(b - a > 1.1 * unit && a.abs().max(b.abs()) < unit * 1e13))
        .collect();
    let all_digits = close
        .iter()
        .any(|&(a, b)| b - a <= 1e-13 * a.abs().max(b.abs()) && format::same_to_15_digits(a, b));
    Facts {
        reading_fraction: format::fraction_digits_apart_before(&close, READING_FRACTION),
        all_digits,
    }
}

/// The definition, slow and plain: the fewest fraction digits (3 to 100) at which the reading
/// view writes every two distinct values differently, and whether any two agree in 15
/// significant digits. Pairs are all neighbours, or every pair of a small set (which checks that
/// neighbours are enough).
fn exact(mut values: Vec<f64>) -> Facts {
    values.sort_by(f64::total_cmp);
    values.dedup_by(|a, b| a == b);
    let pairs: Vec<(f64, f64)> = if values.len() <= 12 {
        let v = &values;
        (0..v.len())
            .flat_map(|i| (i + 1..v.len()).map(move |j| (v[i], v[j])))
            .collect()
    } else {
        values.windows(2).map(|pair| (pair[0], pair[1])).collect()
    };
    let alike = |&(a, b): &(f64, f64), f: u8| {
        format::standard(a, Locale::En, f) == format::standard(b, Locale::En, f)
    };
    // The pair alike at one digit count is tried first at the next (only to save time).
    let mut last_alike = 0;
    let reading_fraction = (READING_FRACTION..=format::MAX_FRACTION_DIGITS)
        .find(|&f| {
            if pairs.get(last_alike).is_some_and(|p| alike(p, f)) {
                return false;
            }
            match pairs.iter().position(|p| alike(p, f)) {
                Some(i) => {
                    last_alike = i;
                    false
                }
                None => true,
            }
        })
        .unwrap_or(format::MAX_FRACTION_DIGITS);
    Facts {
        reading_fraction,
        all_digits: pairs.iter().any(|&(a, b)| format::same_to_15_digits(a, b)),
    }
}

struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }
}

/// Values where reading alike is decided near a digit: float noise, rounder numbers, ties,
/// the non-monotone pair of `format`'s tests, both zeros, extremes.
const BASES: [f64; 22] = [
    0.0,
    -0.0,
    0.3,
    0.30000000000000004,
    99.9999,
    100.0,
    1.0005,
    1098.87,
    3.6500000000036495e-9,
    3.65,
    60.0,
    0.7,
    1e-7,
    123_456_789.123,
    922_000_000_000_000.2,
    1e15,
    1e21,
    1e300,
    1e-300,
    5e-324,
    f64::MAX,
    2.5e-3,
];

/// A value near `base`: a step at some digit (ties included), a few doubles away, a repeat, or
/// anything at all.
fn near(random: &mut Random, base: f64) -> f64 {
    let steps = [1e-7, 1e-3, 5e-4, 1e-12, 1e-15, 0.5, 1.0];
    match random.below(6) {
        0 => base + random.pick(&steps) * (random.below(7) as f64 - 3.0),
        1 => base * (1.0 + random.pick(&steps) * (random.below(5) as f64 - 2.0)),
        2 => {
            // A few doubles away in magnitude, sign kept.
            let ulps = random.below(7) as i64 - 3;
            let v = f64::from_bits(base.abs().to_bits().saturating_add_signed(ulps)).copysign(base);
            if v.is_finite() {
                v
            } else {
                base
            }
        }
        3 => base,
        4 => -base,
        _ => {
            let digits = random.below(20) as i32 - 8;
            let v = (random.below(1_000_000_000) as f64) * 10f64.powi(digits - 9);
            base + v * 10f64.powi(-(random.below(15) as i32))
        }
    }
}

fn value_set(random: &mut Random) -> Vec<f64> {
    let n = match random.below(10) {
        0 => 70 + random.below(200) as usize, // long enough for the radix sort
        _ => 1 + random.below(24) as usize,
    };
    let mut bases: Vec<f64> = (0..1 + random.below(3))
        .map(|_| random.pick(&BASES))
        .collect();
    if random.below(4) == 0 {
        bases.push(0.1 + 0.2);
    }
    (0..n)
        .map(|_| {
            let base = random.pick(&bases);
            near(random, base)
        })
        .filter(|v| v.is_finite())
        .collect()
}

#[test]
fn facts_agree_with_the_definition_and_the_computation_before() {
    let mut random = Random(0x2545_f491_4f6c_dd1d);
    for _ in 0..4_000 {
        let values = value_set(&mut random);
        let facts = Facts::of_values(values.clone());
        assert_eq!(facts, before(values.clone()), "before: {values:?}");
        assert_eq!(facts, exact(values.clone()), "exact: {values:?}");
    }
}

#[test]
fn facts_of_known_sets() {
    let of = |v: &[f64]| Facts::of_values(v.to_vec());
    let facts = |reading_fraction, all_digits| Facts {
        reading_fraction,
        all_digits,
    };
    assert_eq!(of(&[]), facts(3, false));
    assert_eq!(of(&[1.0001, 1.0002, 12.4]), facts(4, false));
    assert_eq!(of(&[0.1 + 0.2, 0.3]), facts(17, true));
    assert_eq!(of(&[0.1 + 0.2, 1.0]), facts(3, false));
    assert_eq!(of(&[99.9999, 100.0, 99.9999, -0.0, 0.0]), facts(4, false));
    let next = f64::from_bits(60f64.to_bits() + 1);
    assert!(of(&[60.0, next]).all_digits);
}

/// The benchmark's big line (bench/charts.js `lineData`), natively: Rust's `sin` may differ
/// from the browser's in the last bit, which changes nothing of the timing.
fn big_line() -> Dataset {
    let n = 166_650;
    let xs: Vec<String> = (0..n).map(|i| i.to_string()).collect();
    let ys: Vec<String> = (0..n)
        .map(|i| {
            let i = f64::from(i);
            let y = (i / 1000.0).sin() * 50.0 + (i / 37.0).sin() * 5.0 + 60.0;
            format!("{y:e}")
        })
        .collect();
    let json = format!(
        r#"{{"title": "Big line", "kind": "line", "x": [{}], "series": [{{"name": "s", "values": [{}]}}]}}"#,
        xs.join(","),
        ys.join(",")
    );
    let value = serde_json::from_str(&json).expect("json");
    crate::validate::validate(&value).expect("valid")
}

/// Timing, not a test (the project has no timed assertions): the computation before and now
/// on the big line, alternating, 15 times each; prints medians. Run it optimised:
/// `cargo test --release --lib facts::tests::timing -- --ignored --nocapture`.
#[test]
#[ignore]
fn timing() {
    use std::time::Instant;
    let data = big_line();
    // As the computation before collected them.
    let then_of = |data: &Dataset| {
        before(
            data.series
                .iter()
                .flat_map(|s| s.values.iter().flatten().copied())
                .collect(),
        )
    };
    assert_eq!(Facts::of(&data), then_of(&data));
    let time = |f: &dyn Fn(&Dataset) -> Facts| {
        let start = Instant::now();
        std::hint::black_box(f(std::hint::black_box(&data)));
        start.elapsed().as_secs_f64() * 1e3
    };
    let (mut then, mut now) = (Vec::new(), Vec::new());
    for _ in 0..15 {
        then.push(time(&then_of));
        now.push(time(&Facts::of));
    }
    let median = |mut xs: Vec<f64>| {
        xs.sort_by(f64::total_cmp);
        xs[xs.len() / 2]
    };
    let (then, now) = (median(then), median(now));
    eprintln!(
        "Facts of the big line: before {then:.2} ms, now {now:.2} ms (medians of 15), ratio {:.2}",
        now / then
    );
}
