//! Sorting numbers: an LSD radix sort on the bits of each `f64`, in the browser and natively.
//!
//! Numbers' facts sort every value of a chart (166,650 for the benchmark's big line) and a
//! scatter's readers' table sorts its x (a million): the engine's `Float64Array.prototype.sort`
//! took 12–40 ms of a big line's first idle task (instrumented, a cold page), and std's sort
//! would add ~2 KB to the module. A radix sort is a few hundred bytes and linear: one pass to
//! count the digits, then at most six passes, whatever the values are.

/// Sorts numbers ascending in `f64::total_cmp`'s order (-0 before 0; NaNs never come here).
pub fn numbers(values: &mut [f64]) {
    if values.len() < SMALL {
        insertion(values);
    } else {
        radix(values);
    }
}

/// Below this many values, sorting by insertion costs less than the radix sort's counts.
const SMALL: usize = 64;

/// Bits per pass: six passes of 2,048 counts each. Chosen, not timed against the others: 8 bits
/// would move every value 8 times, 16 bits would sweep 1 MB of counts for a few thousand values.
const DIGIT_BITS: u32 = 11;
const PASSES: usize = 64usize.div_ceil(DIGIT_BITS as usize);
const BUCKETS: usize = 1 << DIGIT_BITS;

/// The bits of `v` as an unsigned key in `total_cmp`'s order: a positive number's bits with the
/// sign bit set, a negative number's bits inverted (larger magnitudes come first).
fn key(v: f64) -> u64 {
    let bits = v.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | 1 << 63
    }
}

fn digit(k: u64, pass: usize) -> usize {
    ((k >> (pass as u32 * DIGIT_BITS)) as usize) & (BUCKETS - 1)
}

/// Stable counting sorts from the lowest digit of each value's key up, between `values` and
/// one buffer as long; a digit every key shares is skipped (a line of values of one sign and a
/// few magnitudes shares most of its top bits). The values themselves are moved, their keys
/// made again where needed: no third buffer.
fn radix(values: &mut [f64]) {
    // Every pass's counts, taken in one read of the values.
    let mut counts = vec![0usize; PASSES * BUCKETS];
    for &v in values.iter() {
        let k = key(v);
        for pass in 0..PASSES {
            counts[pass * BUCKETS + digit(k, pass)] += 1;
        }
    }
    let mut buffer = vec![0.0; values.len()];
    let (mut from, mut to) = (&mut *values, &mut buffer[..]);
    let mut in_buffer = false;
    for (pass, count) in counts.chunks_exact_mut(BUCKETS).enumerate() {
        if count[digit(key(from[0]), pass)] == from.len() {
            continue;
        }
        let mut start = 0;
        for c in count.iter_mut() {
            (*c, start) = (start, start + *c);
        }
        for &v in from.iter() {
            let at = &mut count[digit(key(v), pass)];
            to[*at] = v;
            *at += 1;
        }
        (from, to) = (to, from);
        in_buffer = !in_buffer;
    }
    if in_buffer {
        values.copy_from_slice(&buffer);
    }
}

fn insertion(values: &mut [f64]) {
    for i in 1..values.len() {
        let mut j = i;
        while j > 0 && values[j - 1].total_cmp(&values[j]).is_gt() {
            values.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(mut values: Vec<f64>) {
        let mut expected = values.clone();
        expected.sort_by(f64::total_cmp);
        numbers(&mut values);
        let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&values), bits(&expected));
    }

    #[test]
    fn sorts_as_total_cmp_does() {
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for n in [0, 1, 2, 63, 64, 65, 1_000, 20_000] {
            // Any bits but NaN's: every sign, magnitude, subnormal and infinity.
            let any: Vec<f64> = (0..n)
                .map(|_| f64::from_bits(next()))
                .map(|v| if v.is_nan() { -0.0 } else { v })
                .collect();
            check(any);
            // Close values of one sign and magnitude, repeats, both zeros.
            let close: Vec<f64> = (0..n)
                .map(|i| match next() % 8 {
                    0 => 0.0,
                    1 => -0.0,
                    2 => 60.0,
                    _ => 60.0 + (next() % 1000) as f64 * 1e-9 - (i % 3) as f64,
                })
                .collect();
            check(close);
        }
        check(vec![
            f64::MAX,
            f64::MIN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            5e-324,
            -5e-324,
        ]);
    }
}
