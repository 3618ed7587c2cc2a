//! Reads a JS value into a [`Value`] tree, as bounded as `input`'s serde reading, but with
//! arrays of numbers taken in one call: a JS helper writes a 166,650-point series straight into
//! our memory, instead of 166,650 trips across the boundary with four type checks each.
//!
//! `null` stays `Value::Null` (unknown), never 0: the helper hands back the nulls' indices
//! beside the numbers. `undefined` and holes are not `null`: they stay `Value::Undefined`, which
//! validation refuses with its path, except as an object property's value, where they are left
//! out as `JSON.stringify` leaves them out (`{ subtitle: undefined }` has no subtitle). Any array
//! holding something else (strings, objects) is read item by item, so validation sees exactly
//! what the page gave.

use js_sys::{Array, ArrayBuffer, Float64Array, JsString, Object};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::error::{group_thousands, DataError};
use crate::input::{NumberArray, Value, MAX_ARRAY, MAX_DEPTH};
use crate::validate::{MAX_NOTES, MAX_SERIES};

#[wasm_bindgen(module = "/src/web/helpers.js")]
extern "C" {
    /// Writes the numbers of an array (or typed array) of numbers and nulls into `into` (as
    /// long as it) and returns the indices of its null items, and those of its `undefined`
    /// items and holes plus [`UNDEFINED`] (their slots get NaN); `None` if any item is anything
    /// else.
    #[wasm_bindgen(js_name = fillNumbers)]
    fn fill_numbers(array: &JsValue, into: &Float64Array) -> Option<Vec<u32>>;
}

/// Added by `fillNumbers` to the index of an `undefined` item or a hole: one list handed back
/// keeps the common case (no `undefined`) one allocation and one copy. Indices stay below
/// [`MAX_ARRAY`], far under this bit.
const UNDEFINED: u32 = 1 << 31;

/// What one dataset may take to read: no more than the largest valid one (sixteen series and
/// an x of a million values each, ten thousand notes, strings at their longest) and some room.
/// An object referenced twice is read twice, so without a bound a few kilobytes of shared
/// references could read as billions of values, or gigabytes.
struct Budget {
    /// Values read one by one (each item of an array not read in bulk, each field).
    values: usize,
    /// Objects and arrays read item by item: about one per note.
    containers: usize,
    /// Numbers read in bulk.
    numbers: usize,
    /// Characters of all strings (UTF-16 code units, as JS counts them).
    chars: usize,
}

impl Budget {
    const VALUES: usize = MAX_ARRAY + 4 * MAX_NOTES;
    const CONTAINERS: usize = 2 * MAX_NOTES;
    const NUMBERS: usize = (MAX_SERIES + 1) * MAX_ARRAY;
    /// A million 30-character dates, and every category and note at its longest.
    const CHARS: usize = 64 * MAX_ARRAY;

    fn full() -> Budget {
        Budget {
            values: Budget::VALUES,
            containers: Budget::CONTAINERS,
            numbers: Budget::NUMBERS,
            chars: Budget::CHARS,
        }
    }
}

/// Takes `amount` from what is `left` of a budget of `limit` `what`, or says the structure is
/// larger than any dataset.
fn spend(left: &mut usize, amount: usize, limit: usize, what: &str) -> Result<(), Unreadable> {
    *left = left.checked_sub(amount).ok_or_else(|| Unreadable {
        path: String::new(),
        found: format!("structure of more than {} {what}", group_thousands(limit)),
    })?;
    Ok(())
}

/// A JS value as a [`Value`]; `null` is [`Value::Null`] and `undefined` (an array hole too)
/// [`Value::Undefined`], except as an object property's value: such a property is left out.
/// Functions, symbols
/// and BigInts are refused with the path where they were found, and so is a structure of more
/// than a valid dataset could hold (see [`Budget`]).
pub fn read(js: &JsValue) -> Result<Value, DataError> {
    let mut budget = Budget::full();
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
    spend(&mut budget.values, 1, Budget::VALUES, "values")?;
    if js.is_null() {
        return Ok(Value::Null);
    }
    if js.is_undefined() {
        return Ok(Value::Undefined);
    }
    if let Some(b) = js.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = js.as_f64() {
        return Ok(Value::Number(n));
    }
    if js.is_string() {
        let length = js.unchecked_ref::<JsString>().length() as usize;
        spend(&mut budget.chars, length, Budget::CHARS, "characters")?;
        return Ok(Value::String(js.as_string().unwrap_or_default()));
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
    if let Some(numbers) = (depth < MAX_DEPTH).then(|| numbers(js, length)).flatten() {
        spend(&mut budget.numbers, length, Budget::NUMBERS, "numbers")?;
        return Ok(Value::Numbers(numbers));
    }
    spend(
        &mut budget.containers,
        1,
        Budget::CONTAINERS,
        "objects and arrays",
    )?;
    let array: &Array = js.unchecked_ref();
    let mut items = Vec::with_capacity(length);
    for i in 0..length {
        // A hole reads as `undefined`, and is refused as one.
        let item = value(&array.get(i as u32), depth + 1, budget)
            .map_err(|e| e.under(format!("[{i}]")))?;
        items.push(item);
    }
    Ok(Value::Array(items))
}

/// The numbers of an array of numbers, nulls and `undefined` items, written by JS straight into
/// our memory, with the indices of its nulls and of its `undefined` items (holes included);
/// `None` if it holds anything else.
fn numbers(js: &JsValue, length: usize) -> Option<NumberArray> {
    let mut values = vec![0.0; length];
    // SAFETY: the view lives for this one call only. `fillNumbers` only writes numbers into it
    // and calls nothing of ours; the memory may grow afterwards (as the list of nulls is
    // handed back), which detaches the view but moves nothing.
    let view = unsafe { Float64Array::view_mut_raw(values.as_mut_ptr(), length) };
    let mut nulls = fill_numbers(js, &view)?;
    // Almost always none (a valid dataset has none): only then is the list split.
    let undefined = if nulls.iter().any(|k| k & UNDEFINED != 0) {
        let (undefined, only_nulls): (Vec<u32>, Vec<u32>) =
            nulls.iter().partition(|k| **k & UNDEFINED != 0);
        nulls = only_nulls;
        undefined.into_iter().map(|k| k & !UNDEFINED).collect()
    } else {
        Vec::new()
    };
    Some(NumberArray {
        numbers: values,
        nulls,
        undefined,
    })
}

fn object(js: &Object, depth: usize, budget: &mut Budget) -> Result<Value, Unreadable> {
    spend(
        &mut budget.containers,
        1,
        Budget::CONTAINERS,
        "objects and arrays",
    )?;
    let entries = Object::entries(js);
    let mut fields = Vec::with_capacity(entries.length() as usize);
    for entry in entries.iter() {
        let entry: Array = entry.unchecked_into();
        let item = entry.get(1);
        // `{ subtitle: undefined }` has no subtitle, as JSON.stringify writes it: a page that
        // builds its dataset with optional fields left `undefined` means them absent.
        if item.is_undefined() {
            continue;
        }
        let key = entry.get(0).as_string().unwrap_or_default();
        let item = value(&item, depth + 1, budget).map_err(|e| e.under(key.clone()))?;
        fields.push((key, item));
    }
    Ok(Value::Object(fields))
}
