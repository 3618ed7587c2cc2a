//! The transcendental functions the charts use (trigonometry for the donut, powers and logs for
//! scales and colours). Natively they are std's. In the browser they are the JS engine's `Math`:
//! std would link a software libm into the module for them (~9 KB), while every engine already
//! has one. Callers only place pixels and pick ticks with them, where a last-bit difference
//! between the two changes nothing drawn.

#[cfg(target_arch = "wasm32")]
pub use js_sys::Math::{atan2, cos, exp, hypot, log10, pow, sin};

#[cfg(not(target_arch = "wasm32"))]
mod std_math {
    pub fn atan2(y: f64, x: f64) -> f64 {
        y.atan2(x)
    }
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
    pub fn exp(x: f64) -> f64 {
        x.exp()
    }
    pub fn hypot(x: f64, y: f64) -> f64 {
        x.hypot(y)
    }
    pub fn log10(x: f64) -> f64 {
        x.log10()
    }
    pub fn pow(base: f64, exponent: f64) -> f64 {
        base.powf(exponent)
    }
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use std_math::*;

/// `f64` as CSS and canvas strings take it (colours, fonts, sizes): at most six decimals,
/// trailing zeros dropped (`0.35`, `12`, `-4.5`), anything not finite as `0`. Written with
/// integer arithmetic: `{}` of an `f64` would link std's float printers (~20 KB of the module),
/// and a canvas or a style sheet reads six decimals as well as seventeen.
pub struct Num(pub f64);

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let x = self.0;
        if !x.is_finite() {
            return f.write_str("0");
        }
        let sign = if x < 0.0 { "-" } else { "" };
        let millionths = (x.abs() * 1e6).round();
        // Past 2^53 millionths (~9e9) only whole numbers are exact anyway.
        if millionths >= 9.0e15 {
            return write!(f, "{sign}{}", x.abs().round() as u64);
        }
        let millionths = millionths as u64;
        let (whole, mut fraction) = (millionths / 1_000_000, millionths % 1_000_000);
        let sign = if millionths == 0 { "" } else { sign };
        write!(f, "{sign}{whole}")?;
        if fraction != 0 {
            let mut width = 6;
            while fraction % 10 == 0 {
                fraction /= 10;
                width -= 1;
            }
            write!(f, ".{fraction:0width$}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Num;

    #[test]
    fn num_writes_what_css_reads() {
        let cases = [
            (0.0, "0"),
            (-0.0, "0"),
            (12.0, "12"),
            (0.35, "0.35"),
            (1.0 / 3.0, "0.333333"),
            (-4.5, "-4.5"),
            (0.1 + 0.2, "0.3"),
            (0.000_000_4, "0"),
            (-0.000_000_4, "0"),
            (0.000_001, "0.000001"),
            (1234.05, "1234.05"),
            (2.0e10, "20000000000"),
            (f64::NAN, "0"),
            (f64::INFINITY, "0"),
        ];
        for (x, text) in cases {
            assert_eq!(Num(x).to_string(), text, "{x}");
        }
        // What std writes, wherever std writes six decimals or fewer.
        for i in -3000..3000 {
            let x = f64::from(i) / 8.0;
            assert_eq!(Num(x).to_string(), x.to_string());
        }
    }
}
