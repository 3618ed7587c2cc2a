//! A number as JavaScript's `String(x)` writes it: the shortest digits that read back as the
//! double (the ones Intl rounds, from [`Decimal::from_abs`]), plain from 1e-7 up to 1e21 and
//! with an exponent outside (`1e+21`, `1.5e-7`), `NaN`, `Infinity`, and `0` for -0.
//!
//! Error messages quote numbers this way, as a page's script would print them, and the SVG
//! export writes opacities and font sizes with it. std's `{}` of an `f64` would do for most of
//! them, but it links std's float printing (~18 KB) into the module.

use std::fmt;

use super::decimal::Decimal;
use super::symbols::digit_char;

/// `format!("{}", JsNumber(x))` is `String(x)` in JavaScript.
pub struct JsNumber(pub f64);

impl fmt::Display for JsNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let x = self.0;
        if x.is_nan() {
            return f.write_str("NaN");
        }
        if x < 0.0 {
            f.write_str("-")?;
        }
        let Some(decimal) = Decimal::from_abs(x) else {
            return f.write_str("Infinity");
        };
        if decimal.is_zero() {
            return f.write_str("0");
        }
        // Split as digit values, not as a str: a str's `split_at` links the panic that prints
        // a char with `{:?}` (core's char Debug and its tables, tests/module/unlinked.mjs).
        let text = |ds: &[u8]| -> String { ds.iter().map(|&d| digit_char(d)).collect() };
        let digits = text(&decimal.digits);
        // ECMAScript's Number::toString: the value is 0.digits × 10^n, with k digits.
        let k = decimal.digits.len() as i32;
        let n = decimal.magnitude + 1;
        if k <= n && n <= 21 {
            // 1200, 1e20 written out
            write!(f, "{digits}{}", "0".repeat((n - k) as usize))
        } else if 0 < n && n <= 21 {
            // 12.5
            let (integer, fraction) = decimal.digits.split_at(n as usize);
            write!(f, "{}.{}", text(integer), text(fraction))
        } else if -6 < n && n <= 0 {
            // 0.000125
            write!(f, "0.{}{digits}", "0".repeat(-n as usize))
        } else {
            // 1.25e-7, 1e+21
            let (first, rest) = decimal.digits.split_at(1);
            let dot = if rest.is_empty() { "" } else { "." };
            let sign = if n > 0 { "+" } else { "-" };
            let (first, rest) = (text(first), text(rest));
            write!(f, "{first}{dot}{rest}e{sign}{}", (n - 1).unsigned_abs())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::JsNumber;

    #[test]
    fn writes_what_javascript_writes() {
        // Each right-hand side is node's `String(x)`.
        let cases = [
            (0.0, "0"),
            (-0.0, "0"),
            (1.0, "1"),
            (-1.5, "-1.5"),
            (0.1 + 0.2, "0.30000000000000004"),
            (0.45, "0.45"),
            (12.000000000000002, "12.000000000000002"),
            (1200.0, "1200"),
            (123456789012345680000.0, "123456789012345680000"),
            (1e21, "1e+21"),
            (1.5e300, "1.5e+300"),
            (-2.5e-7, "-2.5e-7"),
            (1e-7, "1e-7"),
            (0.000001, "0.000001"),
            (0.000123, "0.000123"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            // Exactly halfway between two shortest decimals: the even one, as in JavaScript.
            (922_000_000_000_000.0 + 0.25, "922000000000000.2"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
        ];
        for (x, text) in cases {
            assert_eq!(JsNumber(x).to_string(), text, "{x:e}");
        }
    }
}
