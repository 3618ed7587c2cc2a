//! Scales (data → device pixels) and nice tick values. Pure maths, no drawing.

/// Maps a numeric domain onto a pixel range (either may be reversed: y grows downward).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Linear {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Linear {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Linear {
        Linear { domain, range }
    }

    // Always inlined: it runs for every point of a line, and the size-optimised build
    // otherwise keeps it a call.
    #[inline(always)]
    pub fn map(&self, v: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        let span = d1 - d0;
        if span == 0.0 || !span.is_finite() {
            // Split the fraction so two huge numbers of opposite sign never overflow.
            let t = (v / 2.0 - d0 / 2.0) / (d1 / 2.0 - d0 / 2.0);
            return r0 + if t.is_finite() { t } else { 0.5 } * (r1 - r0);
        }
        r0 + (v - d0) / span * (r1 - r0)
    }

    pub fn invert(&self, px: f64) -> f64 {
        let inverse = Linear::new(self.range, self.domain);
        inverse.map(px)
    }
}

/// Evenly spaced round values covering a range, for an axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticks {
    /// The axis domain: the outermost ticks, which contain the data.
    pub lo: f64,
    pub hi: f64,
    pub step: f64,
    pub values: Vec<f64>,
}

/// Round ticks (1, 2 or 5 × 10ⁿ apart) covering `[min, max]` with about `target` intervals.
/// Never fails: an empty, flat or non-finite range still gets a usable axis.
pub fn nice_ticks(min: f64, max: f64, target: usize) -> Ticks {
    let target = target.clamp(1, 20) as f64;
    let (mut min, mut max) = if min.is_finite() && max.is_finite() && min <= max {
        (min, max)
    } else {
        (0.0, 1.0)
    };
    // Divide before subtracting so ±1e308 never overflows.
    let mut raw = max / target - min / target;
    if !(1e-300..=f64::MAX).contains(&raw) {
        // Flat (or subnormal-wide) data: centre it in a small range of its own scale.
        let centre = min / 2.0 + max / 2.0;
        let pad = if centre.abs() > 1e-290 {
            centre.abs() * 0.1
        } else {
            1.0
        };
        (min, max) = (centre - pad, centre + pad);
        raw = max / target - min / target;
    }
    let exponent = crate::math::log10(raw).floor();
    let (mantissa, exponent) =
        nice_mantissa(raw / crate::math::pow(10.0, exponent), exponent as i32);
    let step = scaled(1, mantissa, exponent);
    let first = (min / step).floor();
    let last = (max / step).ceil();
    let count = ((last - first) as usize).min(200);
    let values: Vec<f64> = (0..=count)
        .map(|i| scaled(first as i64 + i as i64, mantissa, exponent))
        .map(|v| v.clamp(-f64::MAX, f64::MAX))
        .collect();
    Ticks {
        lo: values[0],
        hi: values[values.len() - 1],
        step,
        values,
    }
}

/// 1, 2, 5 or 10 (as 1 of the next decade) for a step between 1 and 10.
fn nice_mantissa(fraction: f64, exponent: i32) -> (i64, i32) {
    match fraction {
        f if f <= 1.0 => (1, exponent),
        f if f <= 2.0 => (2, exponent),
        f if f <= 5.0 => (5, exponent),
        _ => (1, exponent + 1),
    }
}

/// `k × mantissa × 10^exponent`, exact where possible: dividing an integer by a power of ten
/// rounds once, where repeated adding would drift (0.1 + 0.2 ≠ 0.3).
fn scaled(k: i64, mantissa: i64, exponent: i32) -> f64 {
    let units = (k as f64) * (mantissa as f64);
    if exponent >= 0 {
        units * 10f64.powi(exponent)
    } else {
        units / 10f64.powi(-exponent)
    }
}

/// Equal bands along a pixel range (one per category), with space between them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    start: f64,
    step: f64,
    pub width: f64,
}

impl Band {
    /// `count` bands over `range`; `padding` is the share of each step left empty.
    pub fn new(count: usize, range: (f64, f64), padding: f64) -> Band {
        let count = count.max(1) as f64;
        let step = (range.1 - range.0) / count;
        Band {
            start: range.0 + step * padding / 2.0,
            step,
            width: step * (1.0 - padding),
        }
    }

    /// Where band `index` begins.
    pub fn start(&self, index: usize) -> f64 {
        self.start + self.step * index as f64
    }

    pub fn center(&self, index: usize) -> f64 {
        self.start(index) + self.width / 2.0
    }

    pub fn step(&self) -> f64 {
        self.step
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_data() {
        let t = nice_ticks(0.0, 70e6, 5);
        assert_eq!(t.values, vec![0.0, 20e6, 40e6, 60e6, 80e6]);
        let t = nice_ticks(-7e9, 0.0, 5);
        assert_eq!(t.values, vec![-8e9, -6e9, -4e9, -2e9, 0.0]);
        let t = nice_ticks(0.1, 0.3, 4);
        assert_eq!(t.values, vec![0.1, 0.15, 0.2, 0.25, 0.3]);
    }

    #[test]
    fn ticks_have_no_float_drift() {
        let t = nice_ticks(0.0, 0.9, 9);
        assert_eq!(t.values[3], 0.3);
        assert_eq!(t.values[7], 0.7);
    }

    #[test]
    fn flat_empty_and_extreme_ranges_still_give_an_axis() {
        let flat = nice_ticks(5.0, 5.0, 5);
        assert!(flat.lo < 5.0 && flat.hi > 5.0);
        let zero = nice_ticks(0.0, 0.0, 5);
        assert!(zero.lo <= 0.0 && zero.hi >= 1.0);
        let bad = nice_ticks(f64::NAN, 3.0, 5);
        assert_eq!((bad.lo, bad.hi), (0.0, 1.0));
        let huge = nice_ticks(-1e308, 1e308, 5);
        assert!(huge.values.iter().all(|v| v.is_finite()));
        assert!(huge.lo <= -0.99e308 && huge.hi >= 0.99e308);
        let tiny = nice_ticks(0.0, 5e-324, 5);
        assert!(tiny.values.iter().all(|v| v.is_finite()) && tiny.values.len() >= 2);
    }

    #[test]
    fn linear_maps_both_ways_and_survives_huge_domains() {
        let s = Linear::new((0.0, 100.0), (500.0, 100.0));
        assert_eq!(s.map(0.0), 500.0);
        assert_eq!(s.map(50.0), 300.0);
        assert_eq!(s.invert(300.0), 50.0);
        let huge = Linear::new((-f64::MAX, f64::MAX), (0.0, 100.0));
        assert_eq!(huge.map(0.0), 50.0);
        let flat = Linear::new((3.0, 3.0), (0.0, 100.0));
        assert!(flat.map(3.0).is_finite());
    }

    #[test]
    fn bands_split_the_range() {
        let b = Band::new(4, (0.0, 400.0), 0.2);
        assert_eq!(b.width, 80.0);
        assert_eq!(b.start(0), 10.0);
        assert_eq!(b.center(3), 350.0);
    }
}
