//! How many fraction digits a value (or a set of close pairs) needs, so that nothing a chart
//! writes reads rounder than it is, or the same as a different value.

use super::compact::times_power_of_ten;
use super::decimal::{Decimal, Precision};

/// The fewest fraction digits, at least `min`, with which standard notation writes `value`
/// without reading rounder than it is: rounding may drop digits, but never to land on a
/// rounder number (`99.9999` at 3 digits is `100`: it takes 4) or on zero (`0.0004`). The
/// value is read to 15 significant digits, so float noise (`0.1 + 0.2`) asks for nothing.
pub fn honest_fraction_digits(value: f64, min: u8) -> u8 {
    Decimal::from_abs(value).map_or(min, |d| honest_fraction(d, min))
}

/// Same as [`honest_fraction_digits`] for a share written as a percentage.
pub fn honest_percent_digits(fraction: f64, min: u8) -> u8 {
    Decimal::from_abs(fraction).map_or(min, |d| honest_fraction(d.shifted(2), min))
}

/// The fewest fraction digits, at least `min` and at most [`MAX_FRACTION_DIGITS`], at which
/// standard notation writes the two values of every pair differently. Not simply the most any
/// one pair needs: whether two roundings differ is not monotone in the digits (3.65000000000365
/// and 3.6499999999999996 differ at 1 digit, 3.7 and 3.6, but not at 2: 3.65 and 3.65).
pub fn fraction_digits_apart(pairs: &[(f64, f64)], min: u8) -> u8 {
    digits_apart(pairs, min, 0)
}

/// Same as [`fraction_digits_apart`] for shares written as percentages.
pub fn percent_digits_apart(pairs: &[(f64, f64)], min: u8) -> u8 {
    digits_apart(pairs, min, 2)
}

fn digits_apart(pairs: &[(f64, f64)], min: u8, shift: i32) -> u8 {
    (min..=MAX_FRACTION_DIGITS)
        .find(|&f| {
            let unit = times_power_of_ten(1.0, i32::from(f) + shift);
            pairs
                .iter()
                .all(|&(a, b)| differ_at(a, b, (f, shift, unit)))
        })
        .unwrap_or(MAX_FRACTION_DIGITS)
}

/// Whether `a` and `b` (times 10^`shift`) are written differently with `f` fraction digits;
/// `unit` is 10^(`f` + `shift`).
///
/// Charts hand over long runs of close values (a 166,650-point line has some hundred thousand
/// pairs closer than 0.001), so most pairs are settled in floating point: scaled to whole units
/// of the last digit, each rounds half away from zero. That is Intl's rounding of the shortest
/// decimal wherever the scaled value lies farther from a tie than the float error of the value
/// and of the scaling (a few units in the last place of the scaled value); near-ties, and values
/// too large for whole units to be exact, are decided on the exact shortest decimals.
pub(super) fn differ_at(a: f64, b: f64, (f, shift, unit): (u8, i32, f64)) -> bool {
    let (sa, sb) = (a * unit, b * unit);
    // Most pairs: more than a unit apart, so they round to different whole units (one of them
    // not to zero). Below 10^13 units the float error of each is under 0.01 unit.
    if (sb - sa).abs() > 1.1 && sa.abs().max(sb.abs()) < 1e13 {
        return true;
    }
    differ_by_rounding(a, b, (f, shift, unit))
}

/// [`differ_at`] for a pair not already settled: each value rounded.
fn differ_by_rounding(a: f64, b: f64, (f, shift, unit): (u8, i32, f64)) -> bool {
    const WHOLE_UNITS: f64 = 1e15;
    let (sa, sb) = (a * unit, b * unit);
    let near_tie = |x: f64| {
        let x = x.abs();
        (x - x.floor() - 0.5).abs() <= (x * 1e-15).max(1e-9)
    };
    if sa.abs() < WHOLE_UNITS && sb.abs() < WHOLE_UNITS && !near_tie(sa) && !near_tie(sb) {
        let round = |x: f64| (x.abs() + 0.5).floor();
        let (ra, rb) = (round(sa), round(sb));
        // Signs show only on numbers that do not round to zero.
        let signs_differ = (a < 0.0) != (b < 0.0) && !(ra == 0.0 && rb == 0.0);
        return signs_differ || ra != rb;
    }
    let read =
        |v: f64| Decimal::from_abs(v).map(|d| d.shifted(shift).rounded(Precision::Fraction(f)));
    let (Some(ra), Some(rb)) = (read(a), read(b)) else {
        return true;
    };
    let signs_differ = (a < 0.0) != (b < 0.0) && !(ra.is_zero() && rb.is_zero());
    signs_differ || ra != rb
}

/// [`fraction_digits_apart`] as it was before [`differ_at`] settled pairs more than a unit
/// apart first: the "before" of `facts`' timing test.
#[cfg(test)]
pub fn fraction_digits_apart_before(pairs: &[(f64, f64)], min: u8) -> u8 {
    (min..=MAX_FRACTION_DIGITS)
        .find(|&f| {
            let unit = times_power_of_ten(1.0, i32::from(f));
            pairs
                .iter()
                .all(|&(a, b)| differ_by_rounding(a, b, (f, 0, unit)))
        })
        .unwrap_or(MAX_FRACTION_DIGITS)
}

/// Whether `a` and `b` agree in their first 15 significant digits (so
/// [`super::compact_exact`] needs `all_digits` to write them apart).
pub fn same_to_15_digits(a: f64, b: f64) -> bool {
    let read = |v: f64| Decimal::from_abs(v).map(|d| (v < 0.0, d.meaningful(false)));
    read(a) == read(b)
}

/// Intl's largest `maximumFractionDigits`.
pub const MAX_FRACTION_DIGITS: u8 = 100;

/// `value` is what gets rounded (all its digits, as Intl rounds them); it counts as written
/// exactly when the rounding gives its first 15 significant digits.
fn honest_fraction(value: Decimal, min: u8) -> u8 {
    let meaningful = value.clone().meaningful(false);
    let rounder = |f: u8| {
        let shown = value.rounded(Precision::Fraction(f));
        shown != meaningful && (shown.is_zero() || shown.last_place() > -i32::from(f))
    };
    (min..=MAX_FRACTION_DIGITS)
        .find(|&f| !rounder(f))
        .unwrap_or(MAX_FRACTION_DIGITS)
}
