//! What writing a chart's values needs to know about all of them at once ([`Facts`]): the
//! reading view's fraction digits and whether labels need every digit. Only neighbours in
//! sorted order can read alike (rounding keeps the order), so the values are sorted once and
//! each pair of distinct neighbours looked at.
//!
//! A 166,650-point line has ~135,000 pairs closer than 0.001, so this is a long task of a long
//! series' first idle time (`src/web/readers.rs`) and of its `setData`: the values are radix
//! sorted (`crate::sort`), the close pairs collected into room taken once, and most pairs
//! decided in floating point (`format::fraction_digits_apart`, which settles a pair more than a
//! unit apart before looking at ties); only near-ties are read digit by digit.

use crate::format;
use crate::model::{Dataset, Facts};

/// Intl's default `maximumFractionDigits` in standard notation.
const READING_FRACTION: u8 = 3;

impl Facts {
    pub fn of(data: &Dataset) -> Facts {
        let known = data.series.iter().map(|s| s.values.len()).sum();
        let mut values = Vec::with_capacity(known);
        for series in &data.series {
            values.extend(series.values.iter().flatten());
        }
        Facts::of_values(values)
    }

    fn of_values(mut values: Vec<f64>) -> Facts {
        crate::sort::numbers(&mut values);
        values.dedup_by(|a, b| a == b);
        let close = close_neighbours(&values);
        let all_digits = close.iter().any(|&(a, b)| {
            b - a <= 1e-13 * a.abs().max(b.abs()) && format::same_to_15_digits(a, b)
        });
        Facts {
            reading_fraction: format::fraction_digits_apart(&close, READING_FRACTION),
            all_digits,
        }
    }
}

/// The pairs of neighbours of `distinct` (sorted) that might read alike at 3 fraction digits or
/// more. A pair further apart than 1.1 units of the third digit, with the unit well above float
/// error at their magnitude, stays apart with more digits.
fn close_neighbours(distinct: &[f64]) -> Vec<(f64, f64)> {
    let unit = 10f64.powi(-i32::from(READING_FRACTION));
    let mut close = Vec::with_capacity(distinct.len().saturating_sub(1));
    close.extend(
        distinct
            .windows(2)
            .map(|pair| (pair[0], pair[1]))
            .filter(|&(a, b)| !(b - a > 1.1 * unit && a.abs().max(b.abs()) < unit * 1e13)),
    );
    close
}

#[cfg(test)]
mod tests;
