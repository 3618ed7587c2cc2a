//! Reads a JS value into a [`Value`] tree, as bounded as `input`'s serde reading, but with
//! arrays of numbers taken in one call: a JS helper writes a 166,650-point series straight into
//! our memory, instead of 166,650 trips across the boundary with four type checks each.
//!
//! `null` and `undefined` stay `Value::Null` (unknown), never 0: the helper hands back their
//! indices beside the numbers. Any array holding something else (strings, objects) is read item
//! by item, so validation sees exactly what the page gave.

use js_sys::{Array, ArrayBuffer, Float64Array, Object};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::error::{group_thousands, DataError};
use crate::input::{NumberArray, Value, MAX_ARRAY, MAX_DEPTH};
use crate::validate::MAX_NOTES;

#[wasm_bindgen(module = "/src/web/helpers.js")]
extern "C" {
    /// Writes the numbers of an array (or typed array) of numbers and nulls into `into` (as
    /// long as it) and returns the indices of its null/undefined items, or `None` if any item
    /// is anything else.
    #[wasm_bindgen(js_name = fillNumbers)]
    fn fill_numbers(array: &JsValue, into: &Float64Array) -> Option<Vec<u32>>;
}

/// What one dataset may take to read: no more than the largest valid one (a million dates, ten
/// thousand notes) and some room. An object referenced twice is read twice, so without a bound
/// a few kilobytes of shared references could read as billions of values.
struct Budget {
    /// Values of any kind (an array of numbers read in bulk counts once).
    values: usize,
    /// Objects and arrays read item by item: about one per note.
    containers: usize,
}

impl Budget {
    const VALUES: usize = MAX_ARRAY + 4 * MAX_NOTES;
    const CONTAINERS: usize = 2 * MAX_NOTES;

    fn spend(&mut self, container: bool) -> Result<(), Unreadable> {
        let (left, limit, what) = if container {
            (
                &mut self.containers,
                Budget::CONTAINERS,
                "objects and arrays",
            )
        } else {
            (&mut self.values, Budget::VALUES, "values")
        };
        *left = left.checked_sub(1).ok_or_else(|| Unreadable {
            path: String::new(),
            found: format!("structure of more than {} {what}", group_thousands(limit)),
        })?;
        Ok(())
    }
}

/// A JS value as a [`Value`]; `undefined` and `null` are [`Value::Null`]. Functions, symbols
/// and BigInts are refused with the path where they were found, and so is a structure of more
/// than a valid dataset could hold (see [`Budget`]).
pub fn read(js: &JsValue) -> Result<Value, DataError> {
    let mut budget = Budget {
        values: Budget::VALUES,
        containers: Budget::CONTAINERS,
    };
    value(js, 0, &mut budget).map_err(|e| {
        let path = if e.path.is_empty() {
            "dataset".to_string()
        } else {
            e.path
        };
        DataError::new(
            path,
            format!(
                "could not be read: expected JSON-like data, got a {}",
                e.found
            ),
        )
    })
}

/// Where reading stopped: the path is built on the way back up, so the happy path builds none.
struct Unreadable {
    path: String,
    found: String,
}

impl Unreadable {
    fn under(mut self, segment: String) -> Unreadable {
        self.path = if self.path.is_empty() || self.path.starts_with('[') {
            segment + &self.path
        } else {
            segment + "." + &self.path
        };
        self
    }
}

fn value(js: &JsValue, depth: usize, budget: &mut Budget) -> Result<Value, Unreadable> {
    if depth > MAX_DEPTH {
        return Ok(Value::TooDeep);
    }
    budget.spend(false)?;
    if js.is_undefined() || js.is_null() {
        return Ok(Value::Null);
    }
    if let Some(b) = js.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = js.as_f64() {
        return Ok(Value::Number(n));
    }
    if let Some(s) = js.as_string() {
        return Ok(Value::String(s));
    }
    // Typed arrays are taken like arrays: a page holding its data in a Float64Array can hand
    // it over as it is.
    if Array::is_array(js) || ArrayBuffer::is_view(js) {
        return array(js, depth, budget);
    }
    if js.is_object() {
        return object(js.unchecked_ref(), depth, budget);
    }
    Err(Unreadable {
        path: String::new(),
        found: js.js_typeof().as_string().unwrap_or_default(),
    })
}

fn array(js: &JsValue, depth: usize, budget: &mut Budget) -> Result<Value, Unreadable> {
    let length = js_sys::Reflect::get(js, &"length".into())
        .ok()
        .and_then(|l| l.as_f64())
        .unwrap_or(0.0) as usize;
    if length > MAX_ARRAY {
        return Ok(Value::TooLong);
    }
    // Items deeper than the bound are skipped, as `input` does; only then can the bulk read not
    // be used.
    if let Some((numbers, nulls)) = (depth < MAX_DEPTH).then(|| numbers(js, length)).flatten() {
        // The helper leaves 0 where it found a null, and lists the nulls in order.
        return Ok(Value::Numbers(NumberArray { numbers, nulls }));
    }
    budget.spend(true)?;
    let array: &Array = js.unchecked_ref();
    let mut items = Vec::with_capacity(length);
    for i in 0..length {
        let item = value(&array.get(i as u32), depth + 1, budget)
            .map_err(|e| e.under(format!("[{i}]")))?;
        items.push(item);
    }
    Ok(Value::Array(items))
}

/// The numbers of an array of numbers and nulls, written by JS straight into our memory, and
/// the indices of its nulls; `None` if it holds anything else.
fn numbers(js: &JsValue, length: usize) -> Option<(Vec<f64>, Vec<u32>)> {
    let mut values = vec![0.0; length];
    // SAFETY: the view lives for this one call only. `fillNumbers` only writes numbers into it
    // and calls nothing of ours; the memory may grow afterwards (as the list of nulls is
    // handed back), which detaches the view but moves nothing.
    let view = unsafe { Float64Array::view_mut_raw(values.as_mut_ptr(), length) };
    let nulls = fill_numbers(js, &view)?;
    Some((values, nulls))
}

fn object(js: &Object, depth: usize, budget: &mut Budget) -> Result<Value, Unreadable> {
    budget.spend(true)?;
    let entries = Object::entries(js);
    let mut fields = Vec::with_capacity(entries.length() as usize);
    for entry in entries.iter() {
        let entry: Array = entry.unchecked_into();
        let key = entry.get(0).as_string().unwrap_or_default();
        let item = value(&entry.get(1), depth + 1, budget).map_err(|e| e.under(key.clone()))?;
        fields.push((key, item));
    }
    Ok(Value::Object(fields))
}
