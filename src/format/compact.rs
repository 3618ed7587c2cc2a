//! Compact notation: which scale (K, M, B, T) a number takes and where it is rounded, following
//! ICU's own float arithmetic where that decides otherwise than the exact value.

use super::decimal::{Decimal, Precision};
use super::symbols::{non_finite, signed, Symbols, COMPACT_MIN_GROUPING};
use crate::locale::Locale;

/// Which scale (index into `Symbols::scales`) a number of this magnitude uses.
fn scale_for(magnitude: i32) -> usize {
    // Both locales have a suffix for every power of 1000 up to 10^12 and none beyond.
    (magnitude.clamp(0, 12) / 3) as usize
}

/// Powers of ten a scale divides by.
fn scale_power(scale: usize) -> i32 {
    3 * scale as i32
}

pub(super) fn compact_with(value: f64, locale: Locale, precision: Precision) -> String {
    let symbols = Symbols::of(locale);
    let Some(number) = Decimal::from_abs(value) else {
        return non_finite(value, "");
    };
    let (shown, scale) = compact_scale_and_round(number, value.abs(), precision);
    let text = format!(
        "{}{}",
        shown.to_text_padded(symbols, COMPACT_MIN_GROUPING, precision.min_fraction()),
        symbols.scales[scale]
    );
    signed(value, shown.is_zero(), text)
}

/// The rounded, scaled number and its scale, as Intl picks them.
///
/// ICU takes the magnitude from its fast approximation of the double (see
/// [`icu_first_magnitude`]), which can be one too high for 16+ significant
/// digits just below a power of ten; we follow it, since it only moves the
/// rounding place (`99.99999999999996` with 16 digits is Intl's `100`). But
/// when that makes ICU write another number (with 17 digits,
/// `999.9999999999999` becomes `0.9999999999999999`, 1000 times too small,
/// because ICU takes the suffix from a magnitude the number no longer has),
/// we deliberately use the true magnitude instead: a chart must not lie.
fn compact_scale_and_round(number: Decimal, abs: f64, precision: Precision) -> (Decimal, usize) {
    let true_magnitude = number.magnitude;
    let icu_magnitude = icu_first_magnitude(abs).unwrap_or(true_magnitude);
    let (shown, scale) = scale_and_round(number.clone(), icu_magnitude, precision);
    let suffix_fits = shown.is_zero() || scale_for(shown.magnitude + scale_power(scale)) == scale;
    if suffix_fits {
        (shown, scale)
    } else {
        scale_and_round(number, true_magnitude, precision)
    }
}

/// ICU's `chooseMultiplierAndApply`, from a number whose first digit ICU
/// believes is at 10^`magnitude`: scale by that magnitude, round, and if
/// rounding carried into the next magnitude (999.9K → 1000K) and that
/// magnitude has its own scale, rescale and round again (→ 1M).
fn scale_and_round(number: Decimal, magnitude: i32, precision: Precision) -> (Decimal, usize) {
    if number.is_zero() {
        return (number, 0);
    }
    let scale = scale_for(magnitude);
    let scaled_magnitude = magnitude - scale_power(scale);
    let last_kept = precision.last_kept_power(scaled_magnitude);
    let rounded = number.shifted(-scale_power(scale)).rounded_at(last_kept);
    if rounded.is_zero() || rounded.magnitude == scaled_magnitude {
        return (rounded, scale);
    }
    let next = scale_for(magnitude + 1);
    if next == scale {
        return (rounded, scale);
    }
    let rescaled = rounded.shifted(scale_power(scale) - scale_power(next));
    (rescaled.rounded(precision), next)
}

/// Where ICU believes the first digit of `abs` is when it picks the scale
/// and the rounding place, or `None` when it reads the double exactly.
///
/// ICU (`DecimalQuantity::_setToDoubleFast`) first approximates a double by
/// an integer of about 16 digits, computed in floating point, and takes the
/// magnitude from it; it switches to the exact shortest digits only to round.
/// When that integer rounds up to a power of ten (99.99999999999996 × 10^13
/// → 10^15), the magnitude is one too high. This mirrors its arithmetic.
fn icu_first_magnitude(abs: f64) -> Option<i32> {
    let exponent = ((abs.to_bits() >> 52) & 0x7ff) as i32 - 0x3ff;
    let is_small_integer = exponent <= 52 && abs.fract() == 0.0;
    // Integers, zero, subnormals and non-finite values are read exactly.
    if is_small_integer || exponent == -1023 || exponent == 1024 {
        return None;
    }
    // ICU divides by log2(10) written out to the same double.
    let fraction_digits = (f64::from(52 - exponent) / std::f64::consts::LOG2_10) as i32;
    let approximation = times_power_of_ten(abs, fraction_digits).round();
    if !(1.0..1e19).contains(&approximation) {
        return None;
    }
    let digits = (approximation as u64).checked_ilog10()? as i32 + 1;
    Some(digits - 1 - fraction_digits)
}

/// `value` × 10^`power`, with ICU's exact sequence of float operations.
pub(super) fn times_power_of_ten(mut value: f64, power: i32) -> f64 {
    // Powers of ten up to 10^22 are exact doubles.
    const POWERS: [f64; 22] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21,
    ];
    let mut left = power;
    if power >= 0 {
        while left >= 22 {
            value *= 1e22;
            left -= 22;
        }
        value * POWERS[left as usize]
    } else {
        while left <= -22 {
            value /= 1e22;
            left += 22;
        }
        value / POWERS[(-left) as usize]
    }
}
