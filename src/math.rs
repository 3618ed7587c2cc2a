//! The transcendental functions the charts use (trigonometry for the donut, powers and logs for
//! scales and colours). Natively they are std's. In the browser they are the JS engine's `Math`:
//! std would link a software libm into the module for them (~9 KB), while every engine already
//! has one. Callers only place pixels and pick ticks with them, where a last-bit difference
//! between the two changes nothing drawn.
//!
//! Sorting numbers is here for the same reason: std's sort would add ~2 KB of code to the
//! module, while a typed array's `sort` is numeric and built into every engine.

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

/// Sorts finite numbers ascending (-0 and 0 in either order).
#[cfg(not(target_arch = "wasm32"))]
pub fn sort_numbers(values: &mut [f64]) {
    values.sort_unstable_by(f64::total_cmp);
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// A `Float64Array` seen only for its `sort`, which js-sys does not bind.
    type SortableNumbers;
    /// `Float64Array.prototype.sort`: numeric, in place.
    #[wasm_bindgen(method)]
    fn sort(this: &SortableNumbers);
}

/// Sorts finite numbers ascending (-0 and 0 in either order), with the engine's numeric sort.
#[cfg(target_arch = "wasm32")]
pub fn sort_numbers(values: &mut [f64]) {
    use wasm_bindgen::JsCast;
    let array = js_sys::Float64Array::from(&*values);
    array.unchecked_ref::<SortableNumbers>().sort();
    array.copy_to(values);
}
