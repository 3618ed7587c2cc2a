//! Exact questions about a double's value, answered with integers: whether it is a given
//! decimal, and whether a decimal just below it reads back as it. `format` needs both to break
//! ties the way Intl does. Answering them by writing a double's exact digits (up to 767) and
//! parsing decimals back linked ~10 KB of std's exact float formatting and float parsing into
//! the module, for a case that arises only with 16 or more significant digits.

/// A positive number as `odd × 2^twos`: two such are equal exactly when both parts are.
#[derive(Debug, PartialEq)]
struct Dyadic {
    odd: u128,
    twos: i32,
}

impl Dyadic {
    /// `value × 2^twos`, for a `value` above zero.
    fn new(value: u128, twos: i32) -> Dyadic {
        let zeros = value.trailing_zeros();
        Dyadic {
            odd: value >> zeros,
            twos: twos + zeros as i32,
        }
    }
}

/// A finite `value` above zero as `mantissa × 2^exponent`, the mantissa an integer below 2^53.
fn binary(value: f64) -> (u64, i32) {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074) // subnormal
    } else {
        (fraction | 1 << 52, biased - 1075)
    }
}

/// Whether a finite `value` above zero is exactly `digits × 10^power`.
pub fn equals_decimal(value: f64, digits: u64, power: i32) -> bool {
    let (mantissa, exponent) = binary(value);
    if mantissa == 0 || digits == 0 {
        return false;
    }
    // mantissa × 2^exponent = digits × 5^power × 2^power, with 5^|power| moved to the side
    // where it multiplies. Both odd parts are below 2^64, so a factor 5^28 (> 2^64) on either
    // side makes them unequal; below that, the products fit in 128 bits.
    if power.unsigned_abs() >= 28 {
        return false;
    }
    let five = 5u128.pow(power.unsigned_abs());
    let (binary_side, decimal_side) = if power >= 0 {
        (u128::from(mantissa), u128::from(digits) * five)
    } else {
        (u128::from(mantissa) * five, u128::from(digits))
    };
    Dyadic::new(binary_side, exponent) == Dyadic::new(decimal_side, power)
}

/// Whether the decimal half of 10^`place` below `value` (finite, above zero) reads back as
/// `value`, given that the one as far above does.
///
/// What reads back as a double reaches half the gap to each neighbour (a tie going to the even
/// mantissa, the same on both sides), and the two gaps are equal except just below a power of
/// two, where the gap below is half the gap above. There, half of the gap below is
/// 2^(biased exponent - 1077), so the decimal below reads back when 10^`place` / 2 ≤ that.
pub fn reads_back_below(value: f64, place: i32) -> bool {
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    // Above the smallest normal power of two, the gap below it is still the subnormals' gap.
    if fraction != 0 || biased <= 1 {
        return true;
    }
    // 10^place ≤ 2^(biased - 1076): a power of ten equals a power of two only at 10^0, which
    // the comparison gets exactly; elsewhere the two logarithms differ by far more than the
    // rounding of this product (|place| < 400).
    f64::from(place) * std::f64::consts::LOG2_10 <= f64::from(biased - 1076)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Exactly 922000000000000.25 (the gap between doubles there is 0.125), a tie for Intl:
    /// its shortest digits end in 3, the even candidate in 2.
    const TIE: f64 = 922_000_000_000_000.0 + 0.25;

    #[test]
    fn decimals_that_doubles_hold_exactly() {
        assert!(equals_decimal(0.5, 5, -1));
        assert!(equals_decimal(0.5, 50, -2));
        assert!(equals_decimal(1e22, 1, 22));
        assert!(equals_decimal(TIE, 92200000000000025, -2));
        // 2^-24, all 17 of its digits.
        assert!(equals_decimal(2f64.powi(-24), 59604644775390625, -24));
    }

    #[test]
    fn decimals_that_doubles_only_approach() {
        assert!(!equals_decimal(0.1, 1, -1));
        assert!(!equals_decimal(1e23, 1, 23));
        assert!(!equals_decimal(TIE, 9220000000000003, -1));
        assert!(!equals_decimal(5e-324, 5, -324));
    }

    #[test]
    fn below_a_power_of_two_the_gap_is_halved() {
        // 2^-24 lies halfway between 5.960464477539062e-8 and …063e-8 (place -23): the upper
        // one reads back, the lower one is past half of the smaller gap below.
        assert!(!reads_back_below(2f64.powi(-24), -23));
        // Any double that is not a power of two: the same gap both ways.
        assert!(reads_back_below(TIE, -1));
        assert!(reads_back_below(0.75, -30));
    }
}
