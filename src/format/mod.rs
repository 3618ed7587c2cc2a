//! Compact numbers, exactly as the browser writes them.
//!
//! Every function here reproduces, character for character, what
//! `Intl.NumberFormat` writes for `fr-FR` and `en-US`, so the chart's text
//! matches the numbers the rest of the page shows. The expected values in the
//! tests (`tests/intl.rs`) are generated from node's `Intl` by
//! `tests/tools/intl-cases.mjs` (run it with `--write` to refresh them).
//!
//! How Intl (ICU) works, and so how this module works:
//! - It rounds the *shortest* decimal that reads back as the `f64` (ryu's
//!   digits, which are `{:e}`'s), not the exact binary value: `1.15` → `1.2`,
//!   `8.345` with 3 digits → `8.35`. So we never round with float arithmetic.
//!   When two shortest decimals are equally close it takes the even one, as
//!   ryu does (Rust's `{:e}` takes the upper one; see `Decimal::from_abs`).
//! - Rounding is half-expand (ties away from zero) on that decimal.
//! - Compact notation picks a scale from the magnitude (K, M, B, T; fr `k`,
//!   `M`, `Md`, `Bn`, after a no-break space U+00A0), with nothing past T/Bn
//!   (`1000T`, then digit grouping). If rounding carries into the next scale
//!   (`999_999` → `1000K`) it rescales (`1M`).
//! - By default, compact keeps integers but at least 2 significant digits
//!   (`12K`, `1.2K`, `0.0012`); trailing zeros are dropped.
//! - Compact groups thousands only from 5 integer digits (`1000T`,
//!   `10,000T`); percent groups from 4 (`1,000%`). The fr group separator is
//!   U+202F, the fr percent sign follows a U+00A0.
//! - The minus sign is U+002D in both locales; NaN is `NaN`, infinity `∞`.
//!
//! Two deliberate differences, both so that a chart never shows a wrong number:
//! - Intl writes `-0` for -0 (and for a negative percentage that rounds to
//!   zero); we write `0`: a chart axis must never show "-0".
//! - With 17 or more significant digits, for values a few units in the last
//!   place below a power of ten, Intl writes a number 1000 times off
//!   (`999.9999999999999` → `0.9999999999999999`); we write the number
//!   (`999.9999999999999`). See `compact_scale_and_round`.
//!
//! This file holds the writers the rest of the crate calls. What they share is one job a file:
//! `decimal` (the shortest decimal and Intl's rounding of it), `compact` (scales, and ICU's
//! choice of them), `symbols` (what each locale writes around the digits), `honest` (how many
//! digits a value needs so it reads neither rounder nor like its neighbour).

use crate::locale::Locale;

mod compact;
mod decimal;
mod honest;
mod js;
mod symbols;
#[cfg(test)]
mod tests;

use compact::compact_with;
use decimal::{Decimal, Precision};
#[cfg(test)]
pub use honest::fraction_digits_apart_before;
pub use honest::{
    fraction_digits_apart, honest_fraction_digits, honest_percent_digits, percent_digits_apart,
    same_to_15_digits, MAX_FRACTION_DIGITS,
};
pub use js::JsNumber;
use symbols::{
    around_sign, non_finite, signed, Symbols, COMPACT_MIN_GROUPING, PERCENT_MIN_GROUPING,
    STANDARD_MIN_GROUPING,
};

/// Exactly `Intl.NumberFormat(fr-FR|en-US, { notation: "compact" }).format(value)`,
/// except `0` for -0 (where Intl writes `-0`).
pub fn compact(value: f64, locale: Locale) -> String {
    compact_with(value, locale, Precision::CompactDefault)
}

/// Same, with `{ notation: "compact", maximumSignificantDigits: digits }`.
///
/// `digits` is clamped to Intl's range 1..=21 (where Intl would throw). Like
/// [`compact()`], `0` for -0; and with 17+ digits, never Intl's 1000-times-off
/// output just below a power of ten (see the module documentation).
pub fn compact_with_digits(value: f64, locale: Locale, digits: u8) -> String {
    compact_with(value, locale, Precision::Significant(digits.clamp(1, 21)))
}

/// A value with the dataset's unit around it; the sign goes before the prefix.
///
/// fr: `70 M`, `-7 Md $` (suffix `" $"`), `-5 %`; en: `70M`, `-$7B` (prefix
/// `"$"`), `-5%`. Prefix and suffix are written as given: a French dataset
/// brings its own space in the suffix.
pub fn with_unit(value: f64, locale: Locale, prefix: &str, suffix: &str) -> String {
    around_sign(&compact(value, locale), prefix, suffix)
}

/// Same as [`with_unit`], using [`compact_with_digits`].
pub fn with_unit_digits(
    value: f64,
    locale: Locale,
    prefix: &str,
    suffix: &str,
    digits: u8,
) -> String {
    around_sign(&compact_with_digits(value, locale, digits), prefix, suffix)
}

/// An x value as a numeric x axis writes it, every significant digit kept: in full below
/// 10,000 (`2015`, `0,25`), compact from there (`20K`, `166.65K`). Compact's default rounding
/// would write every year of a decade `2K`. Exactly
/// `Intl.NumberFormat(tag, { maximumSignificantDigits: 21, useGrouping: "min2" })` below 10,000,
/// and `{ notation: "compact", maximumSignificantDigits: n }` with `n` the digits of the value's
/// shortest decimal from there (except `0` for -0).
pub fn x_value(value: f64, locale: Locale) -> String {
    let Some(number) = Decimal::from_abs(value) else {
        return non_finite(value, "");
    };
    if value.abs() < 10_000.0 {
        let text = number.to_text(Symbols::of(locale), COMPACT_MIN_GROUPING);
        return signed(value, number.is_zero(), text);
    }
    let digits = u8::try_from(number.digits.len()).unwrap_or(21).clamp(1, 21);
    compact_with(value, locale, Precision::Significant(digits))
}

/// A percentage as `Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 })`
/// writes it (fr `12,5 %`, en `12.5%`), except `0 %` rather than `-0 %`.
pub fn percent(fraction: f64, locale: Locale) -> String {
    let symbols = Symbols::of(locale);
    let Some(number) = Decimal::from_abs(fraction) else {
        return non_finite(fraction, symbols.percent);
    };
    // ×100 is a decimal shift, exact: 0.0145 is 1.45 %, which rounds to 1.5 %.
    let shown = number.shifted(2).rounded(Precision::Fraction(1));
    let text = format!(
        "{}{}",
        shown.to_text(symbols, PERCENT_MIN_GROUPING),
        symbols.percent
    );
    signed(fraction, shown.is_zero(), text)
}

/// A percentage as `Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits })`
/// writes it, except `0 %` rather than `-0 %`.
pub fn percent_with(fraction: f64, locale: Locale, max_fraction: u8) -> String {
    let symbols = Symbols::of(locale);
    let Some(number) = Decimal::from_abs(fraction) else {
        return non_finite(fraction, symbols.percent);
    };
    let shown = number.shifted(2).rounded(Precision::Fraction(max_fraction));
    let text = format!(
        "{}{}",
        shown.to_text(symbols, PERCENT_MIN_GROUPING),
        symbols.percent
    );
    signed(fraction, shown.is_zero(), text)
}

/// Standard notation, exactly `Intl.NumberFormat(tag, { maximumFractionDigits })` (`1,098.87`,
/// fr `1 098,87`); Intl's default is 3. `0` for -0.
pub fn standard(value: f64, locale: Locale, max_fraction: u8) -> String {
    standard_with(value, locale, Precision::Fraction(max_fraction))
}

/// Standard notation with exactly `digits` fraction digits:
/// `Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits })`.
pub fn standard_fixed(value: f64, locale: Locale, digits: u8) -> String {
    standard_with(value, locale, Precision::FixedFraction(digits))
}

/// Compact notation with exactly `digits` fraction digits (`1.10K`, fr `1,10 k`):
/// `{ notation: "compact", minimumFractionDigits: digits, maximumFractionDigits: digits }`.
pub fn compact_fixed(value: f64, locale: Locale, digits: u8) -> String {
    compact_with(value, locale, Precision::FixedFraction(digits))
}

/// Compact notation with every significant digit of the value kept (`1.09887K`, `99.95`,
/// `70M`): never rounder than the value. Values are read to 15 significant digits (what a
/// double holds reliably: `0.1 + 0.2` is `0.3`), or to all of them with `all_digits`.
pub fn compact_exact(value: f64, locale: Locale, all_digits: bool) -> String {
    let digits = Decimal::from_abs(value).map_or(1, |d| d.meaningful(all_digits).digits.len());
    compact_with(
        value,
        locale,
        Precision::Significant(u8::try_from(digits).unwrap_or(21).clamp(1, 21)),
    )
}

/// Writes `number` (a formatted value, maybe with a leading minus) with a unit around it, the
/// sign first: `-$7B`.
pub fn around_unit(number: &str, prefix: &str, suffix: &str) -> String {
    around_sign(number, prefix, suffix)
}

fn standard_with(value: f64, locale: Locale, precision: Precision) -> String {
    let symbols = Symbols::of(locale);
    let Some(number) = Decimal::from_abs(value) else {
        return non_finite(value, "");
    };
    let shown = number.rounded(precision);
    let text = shown.to_text_padded(symbols, STANDARD_MIN_GROUPING, precision.min_fraction());
    signed(value, shown.is_zero(), text)
}
