//! The shortest decimal that reads back as a double, and Intl's rounding of it: on digits, never
//! in float arithmetic, so `1.15` rounds to `1.2` as the browser writes it.

use super::symbols::{digit_char, grouped, Symbols};

/// How a number is rounded, as an Intl option set.
#[derive(Debug, Clone, Copy)]
pub(super) enum Precision {
    /// Compact's default: round to an integer, but keep at least 2
    /// significant digits (`12`, `1.2`, `0.0012`).
    CompactDefault,
    /// `maximumSignificantDigits`.
    Significant(u8),
    /// `maximumFractionDigits`.
    Fraction(u8),
    /// `minimumFractionDigits` and `maximumFractionDigits` both.
    FixedFraction(u8),
}

impl Precision {
    /// The power of ten of the last digit kept, for a number whose first
    /// digit has the place value 10^`magnitude`.
    pub(super) fn last_kept_power(self, magnitude: i32) -> i32 {
        match self {
            Precision::CompactDefault => (magnitude - 1).min(0),
            Precision::Significant(digits) => magnitude - i32::from(digits) + 1,
            Precision::Fraction(digits) | Precision::FixedFraction(digits) => -i32::from(digits),
        }
    }

    /// The fraction digits always written, trailing zeros included.
    pub(super) fn min_fraction(self) -> u8 {
        match self {
            Precision::FixedFraction(digits) => digits,
            _ => 0,
        }
    }
}

/// A non-negative decimal: `digits` (each 0..=9, no leading or trailing
/// zeros, empty for zero), the first of which has the place value
/// 10^`magnitude`. 1.25 is `[1, 2, 5]` at magnitude 0; 1200 is `[1, 2]` at 3.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Decimal {
    pub(super) digits: Vec<u8>,
    pub(super) magnitude: i32,
}

impl Decimal {
    fn zero() -> Decimal {
        Decimal {
            digits: Vec::new(),
            magnitude: 0,
        }
    }

    pub(super) fn is_zero(&self) -> bool {
        self.digits.is_empty()
    }

    /// The shortest decimal that reads back as `|value|` — the digits Intl
    /// rounds — or `None` for NaN and the infinities.
    pub(super) fn from_abs(value: f64) -> Option<Decimal> {
        if !value.is_finite() {
            return None;
        }
        // ryu, not std's `{:e}`: without std's float printing (~18 KB of the module), and with
        // Intl's digits where std's differ. When the double lies exactly halfway between two
        // shortest decimals that both read back, ICU (double-conversion, like JavaScript) and
        // ryu take the even one, std the upper one: 922000000000000.25 is "…0.2" for Intl and
        // ryu, "…0.3" for `{:e}`.
        Some(Decimal::parse(
            ryu::Buffer::new().format_finite(value.abs()),
        ))
    }

    /// Reads a plain or exponent decimal: ryu's "1234.5", "0.001", "1.5e-7", "5e-324", or
    /// std's `{:e}` "1.005e0", "0e0".
    pub(super) fn parse(text: &str) -> Decimal {
        let (mantissa, exponent) = text.split_once('e').unwrap_or((text, "0"));
        let exponent = exponent.parse::<i32>().unwrap_or(0);
        let integer_digits = mantissa.split('.').next().unwrap_or("").len() as i32;
        let digits = mantissa
            .bytes()
            .filter(u8::is_ascii_digit)
            .map(|b| b - b'0')
            .collect();
        Decimal::normalized(digits, exponent + integer_digits - 1)
    }

    /// The power of ten of the last digit.
    pub(super) fn last_place(&self) -> i32 {
        self.magnitude - self.digits.len() as i32 + 1
    }

    /// Drops leading zeros (moving the magnitude) and trailing zeros.
    pub(super) fn normalized(mut digits: Vec<u8>, mut magnitude: i32) -> Decimal {
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let leading = digits.iter().take_while(|&&d| d == 0).count();
        if leading == digits.len() {
            return Decimal::zero();
        }
        digits.drain(..leading);
        magnitude -= leading as i32;
        Decimal { digits, magnitude }
    }

    /// The number times 10^`powers`.
    pub(super) fn shifted(mut self, powers: i32) -> Decimal {
        if !self.is_zero() {
            self.magnitude += powers;
        }
        self
    }

    /// Rounded half-expand (ties away from zero) as `precision` says.
    pub(super) fn rounded(&self, precision: Precision) -> Decimal {
        self.rounded_at(precision.last_kept_power(self.magnitude))
    }

    /// Rounded half-expand (ties away from zero) to a multiple of 10^`last_kept`.
    pub(super) fn rounded_at(&self, last_kept: i32) -> Decimal {
        if self.is_zero() {
            return Decimal::zero();
        }
        // How many of our digits sit at or above the last kept place.
        let keep = i64::from(self.magnitude) - i64::from(last_kept) + 1;
        if keep >= self.digits.len() as i64 {
            return self.clone();
        }
        if keep < 0 {
            // Less than a tenth of the last kept unit: below half of it.
            return Decimal::zero();
        }
        let keep = keep as usize;
        let mut digits = self.digits[..keep].to_vec();
        let first_dropped = self.digits.get(keep).copied().unwrap_or(0);
        if first_dropped < 5 {
            return Decimal::normalized(digits, self.magnitude);
        }
        // Round up: 9s become (dropped) trailing zeros and carry.
        while digits.last() == Some(&9) {
            digits.pop();
        }
        match digits.last_mut() {
            Some(last) => {
                *last += 1;
                Decimal::normalized(digits, self.magnitude)
            }
            // All nines (or nothing kept): 999.5 → 1000, one place higher.
            None => Decimal {
                digits: vec![1],
                magnitude: self.magnitude + 1,
            },
        }
    }

    /// The digit at place value 10^`power` (0 outside the digits).
    fn digit_at(&self, power: i32) -> u8 {
        let index = i64::from(self.magnitude) - i64::from(power);
        usize::try_from(index)
            .ok()
            .and_then(|i| self.digits.get(i))
            .copied()
            .unwrap_or(0)
    }

    /// The digits with the locale's decimal and group separators.
    pub(super) fn to_text(&self, symbols: &Symbols, min_grouping: usize) -> String {
        self.to_text_padded(symbols, min_grouping, 0)
    }

    /// Read to 15 significant digits (a double's reliable ones), or as it is with `all_digits`.
    pub(super) fn meaningful(self, all_digits: bool) -> Decimal {
        if all_digits {
            self
        } else {
            self.rounded(Precision::Significant(15))
        }
    }

    /// Same as [`Decimal::to_text`], with at least `min_fraction` fraction digits (zeros).
    pub(super) fn to_text_padded(
        &self,
        symbols: &Symbols,
        min_grouping: usize,
        min_fraction: u8,
    ) -> String {
        let integer: Vec<u8> = (0..=self.magnitude.max(0))
            .rev()
            .map(|p| self.digit_at(p))
            .collect();
        let mut text = grouped(&integer, symbols.group, min_grouping);
        let last_power = if self.is_zero() {
            0
        } else {
            self.magnitude - self.digits.len() as i32 + 1
        };
        let last_power = last_power.min(-i32::from(min_fraction));
        if last_power < 0 {
            text.push(symbols.decimal);
            text.extend((last_power..0).rev().map(|p| digit_char(self.digit_at(p))));
        }
        text
    }
}
