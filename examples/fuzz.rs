//! A mutation fuzzer on stable Rust: JSON → validate → layout → draw (SVG), looking for panics.
//!
//! Seeds are the fixtures in `tests/fixtures/`; each round mutates one (flip, insert, delete or
//! repeat bytes, splice two seeds, swap in extreme numbers), parses it, and pushes it through the
//! whole pipeline at a few canvas sizes. A panic is reported with its input, saved under
//! `target/fuzz-crashes/`.
//!
//!     cargo run --profile fuzz --example fuzz -- 600     # seconds to run (default 60)

use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::time::{Duration, Instant};

use outage_charts::chart::Chart;
use outage_charts::input::Value;
use outage_charts::locale::Locale;
use outage_charts::text::EstimatedText;

/// xorshift64*: tiny, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "1e308",
    "-1e308",
    "5e-324",
    "0",
    "-0",
    "null",
    "true",
    "\"\"",
    "[]",
    "{}",
    "\"2021-02-29\"",
    "\"bar\"",
    "\"donut\"",
    "\"line\"",
    "\"area\"",
    "\"stacked\"",
    "\"hbar\"",
    "\"</text><script>\"",
    "\"🚀\"",
    "\"مرحبا\"",
    "-1",
    "1e-7",
    "123456789012345678901234567890",
];

fn seeds() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for kind in ["valid", "invalid"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(kind);
        for entry in std::fs::read_dir(dir).expect("fixtures").flatten() {
            let text = std::fs::read(entry.path()).expect("fixture");
            // Invalid fixtures wrap the dataset; the fuzzer starts from the dataset itself.
            let value: serde_json::Value = serde_json::from_slice(&text).expect("fixture JSON");
            let data = if kind == "invalid" {
                value["dataset"].clone()
            } else {
                value
            };
            out.push(serde_json::to_vec(&data).expect("serialises"));
        }
    }
    out
}

fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut data = seeds[rng.below(seeds.len())].clone();
    for _ in 0..=rng.below(4) {
        let at = rng.below(data.len() + 1);
        match rng.below(6) {
            0 if !data.is_empty() => {
                let i = at.min(data.len() - 1);
                data[i] ^= 1 << rng.below(8);
            }
            1 => data.insert(at, b"{}[]:,\"0-e.9 "[rng.below(13)]),
            2 if at < data.len() => {
                let end = (at + rng.below(16)).min(data.len());
                data.drain(at..end);
            }
            3 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                data.splice(at..at, token.iter().copied());
            }
            4 => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len());
                let take = rng.below(64).min(other.len() - from);
                data.splice(at..at, other[from..from + take].iter().copied());
            }
            _ if at < data.len() => {
                // Repeat a slice: long arrays and deep nesting.
                let end = (at + 1 + rng.below(8)).min(data.len());
                let piece = data[at..end].to_vec();
                for _ in 0..rng.below(200) {
                    data.splice(at..at, piece.iter().copied());
                }
            }
            _ => {}
        }
    }
    data
}

/// The pipeline a page's data goes through, at sizes that stress layout.
fn run(value: &Value) {
    let Ok(mut chart) = Chart::new(value, &Value::Null, Locale::Fr) else {
        return;
    };
    for (w, h) in [(640.0, 360.0), (120.0, 60.0), (1.0, 1.0), (2400.0, 90.0)] {
        let _ = chart.to_svg(w, h, &EstimatedText, false);
    }
    chart.toggle_legend_item(0);
    let _ = chart.to_svg(500.0, 300.0, &EstimatedText, true);
}

fn main() {
    let seconds: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let seeds = seeds();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ seconds);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let (mut runs, mut parsed, mut accepted, mut crashes) = (0u64, 0u64, 0u64, 0u64);
    panic::set_hook(Box::new(|_| {}));
    while Instant::now() < deadline {
        let input = mutate(&mut rng, &seeds);
        runs += 1;
        let Ok(value) = serde_json::from_slice::<Value>(&input) else {
            continue;
        };
        parsed += 1;
        if outage_charts::validate::validate(&value).is_ok() {
            accepted += 1;
        }
        if panic::catch_unwind(AssertUnwindSafe(|| run(&value))).is_err() {
            crashes += 1;
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/fuzz-crashes");
            let _ = std::fs::create_dir_all(&dir);
            let _ = std::fs::write(dir.join(format!("crash-{runs}.json")), &input);
            eprintln!("panic on input saved as target/fuzz-crashes/crash-{runs}.json");
        }
    }
    println!("{runs} inputs, {parsed} parsed as JSON, {accepted} valid datasets, {crashes} panics in {seconds} s");
    if crashes > 0 {
        std::process::exit(1);
    }
}
