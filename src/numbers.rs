//! How a chart writes its values: the rule "a written number never says more or less than the
//! data" applied to one dataset.
//!
//! Three ways of writing a value, each exactly as `Intl.NumberFormat` would (see
//! [`crate::format`]):
//! - axis ticks: compact (`70M`, `-$7B`), written by the axes themselves (`layout/axis.rs`);
//! - labels on marks: compact with every significant digit the value has (`12.4 ms`, `99.95%`,
//!   `1.09887K`), so no label reads rounder than its value and no two values read alike;
//! - the reading view (tooltip, readers' table, announcements, `hitTest().text`): standard
//!   notation as Intl writes it by default, at most 3 fraction digits (`1,098.87`,
//!   `70,000,000`), more where two values of the chart would otherwise read alike or a value
//!   would round onto a rounder number (`99.9999` is never `100`).
//!
//! A dataset's `format` overrides both: `digits` fixes the fraction digits, `notation` the
//! notation. Values are read to 15 significant digits, so float noise (`0.1 + 0.2`) is
//! written `0.3` unless another value of the chart needs the difference told.

use crate::format;
use crate::locale::Locale;
pub use crate::model::Facts;
use crate::model::{Dataset, Notation, Unit};

/// Shares are written with one fraction digit unless that would hide a difference.
const SHARE_FRACTION: u8 = 1;

/// The value writer of one dataset in one language.
pub struct Numbers<'a> {
    data: &'a Dataset,
    locale: Locale,
    unit: Unit,
}

impl<'a> Numbers<'a> {
    pub fn new(data: &'a Dataset, locale: Locale) -> Numbers<'a> {
        Numbers {
            data,
            locale,
            unit: data.unit(),
        }
    }

    /// A label on a mark.
    pub fn label(&self, value: f64) -> String {
        let format = self.data.format.unwrap_or_default();
        let number = match (format.digits, format.notation) {
            (Some(d), Some(Notation::Standard)) => format::standard_fixed(value, self.locale, d),
            (Some(d), _) => format::compact_fixed(value, self.locale, d),
            (None, Some(Notation::Standard)) => self.standard(value),
            (None, _) => format::compact_exact(value, self.locale, self.facts().all_digits),
        };
        self.with_unit(&number)
    }

    /// A value in the reading view: tooltip, table, announcement, `hitTest().text`.
    pub fn reading(&self, value: f64) -> String {
        let format = self.data.format.unwrap_or_default();
        let number = match (format.digits, format.notation) {
            (Some(d), Some(Notation::Compact)) => format::compact_fixed(value, self.locale, d),
            (Some(d), _) => format::standard_fixed(value, self.locale, d),
            (None, Some(Notation::Compact)) => {
                format::compact_exact(value, self.locale, self.facts().all_digits)
            }
            (None, _) => self.standard(value),
        };
        self.with_unit(&number)
    }

    fn standard(&self, value: f64) -> String {
        let fraction = format::honest_fraction_digits(value, self.facts().reading_fraction);
        format::standard(value, self.locale, fraction)
    }

    fn with_unit(&self, number: &str) -> String {
        format::around_unit(number, self.unit.prefix(), self.unit.suffix())
    }

    fn facts(&self) -> Facts {
        *self.data.facts.0.get_or_init(|| Facts::of(self.data))
    }
}

/// Shares (fractions of a whole) as percentages: one fraction digit, more where two different
/// shares would read alike or one would round onto a rounder number (99.95 % is never 100 %).
pub fn shares(fractions: &[f64], locale: Locale) -> Vec<String> {
    let mut sorted: Vec<f64> = fractions.to_vec();
    crate::sort::numbers(&mut sorted);
    sorted.dedup_by(|a, b| a == b);
    let pairs: Vec<(f64, f64)> = sorted.windows(2).map(|pair| (pair[0], pair[1])).collect();
    let apart = format::percent_digits_apart(&pairs, SHARE_FRACTION);
    fractions
        .iter()
        .map(|&f| format::percent_with(f, locale, format::honest_percent_digits(f, apart)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Value;
    use crate::validate::validate;

    fn dataset(json: &str) -> Dataset {
        validate(&serde_json::from_str::<Value>(json).expect("json")).expect("valid")
    }

    fn bars(values: &str, extra: &str) -> Dataset {
        let n = values.split(',').count();
        let categories: Vec<String> = (0..n).map(|i| format!("\"c{i}\"")).collect();
        dataset(&format!(
            r#"{{"title": "t", "kind": "bar", "categories": [{}],
                "series": [{{"name": "s", "values": [{values}]}}] {extra}}}"#,
            categories.join(",")
        ))
    }

    #[test]
    fn uptime_never_reads_100_percent() {
        let data = bars("99.95, 99.9, 99.2, 98.7", r#", "unit": {"suffix": "%"}"#);
        let en = Numbers::new(&data, Locale::En);
        let labels: Vec<String> = [99.95, 99.9, 99.2, 98.7].map(|v| en.label(v)).to_vec();
        assert_eq!(labels, ["99.95%", "99.9%", "99.2%", "98.7%"]);
        assert_eq!(en.reading(99.95), "99.95%");
    }

    #[test]
    fn close_prices_read_apart() {
        let data = bars("1098.87, 1131.42", "");
        let en = Numbers::new(&data, Locale::En);
        assert_eq!(en.reading(1098.87), "1,098.87");
        assert_eq!(en.reading(1131.42), "1,131.42");
        assert_eq!(en.label(1098.87), "1.09887K");
        let fr = Numbers::new(&data, Locale::Fr);
        assert_eq!(fr.reading(1098.87), "1\u{202f}098,87");
    }

    #[test]
    fn reading_view_takes_more_digits_only_where_needed() {
        let data = bars("1.0001, 1.0002, 12.4, 70000000", "");
        let en = Numbers::new(&data, Locale::En);
        assert_eq!(en.reading(1.0001), "1.0001");
        assert_eq!(en.reading(12.4), "12.4");
        assert_eq!(en.reading(70e6), "70,000,000");
        let data = bars("99.9999, 3.3", r#", "unit": {"suffix": " °C"}"#);
        let en = Numbers::new(&data, Locale::En);
        assert_eq!(en.reading(99.9999), "99.9999 °C");
        assert_eq!(en.reading(3.3), "3.3 °C");
    }

    #[test]
    fn format_digits_and_notation_win() {
        let data = bars(
            "12.4, 1098.87",
            r#", "unit": {"suffix": " ms"}, "format": {"digits": 2}"#,
        );
        let en = Numbers::new(&data, Locale::En);
        assert_eq!(en.reading(12.4), "12.40 ms");
        assert_eq!(en.label(12.4), "12.40 ms");
        assert_eq!(en.label(1098.87), "1.10K ms");
        let data = bars("1098.87", r#", "format": {"notation": "standard"}"#);
        assert_eq!(Numbers::new(&data, Locale::En).label(1098.87), "1,098.87");
        let data = bars("1098.87", r#", "format": {"notation": "compact"}"#);
        assert_eq!(Numbers::new(&data, Locale::En).reading(1098.87), "1.09887K");
    }

    #[test]
    fn float_noise_is_not_written_unless_it_tells_values_apart() {
        let data = bars("0.30000000000000004, 1", "");
        assert_eq!(Numbers::new(&data, Locale::En).label(0.1 + 0.2), "0.3");
        let data = bars("0.30000000000000004, 0.3", "");
        let en = Numbers::new(&data, Locale::En);
        assert_ne!(en.label(0.1 + 0.2), en.label(0.3));
        assert_ne!(en.reading(0.1 + 0.2), en.reading(0.3));
    }

    #[test]
    fn shares_are_honest_and_apart() {
        assert_eq!(
            shares(&[0.674097, 0.325903], Locale::En),
            ["67.4%", "32.6%"]
        );
        assert_eq!(shares(&[0.9995, 0.0005], Locale::En), ["99.95%", "0.1%"]);
        assert_eq!(shares(&[0.1234, 0.1229], Locale::En), ["12.34%", "12.29%"]);
        assert_eq!(shares(&[0.5, 0.5], Locale::Fr), ["50\u{a0}%", "50\u{a0}%"]);
    }
}
