//! A plain tree of what a page handed us, before any checking.
//!
//! Datasets arrive as JS objects (read by `web::read`, numbers in bulk) or JSON (in tests and
//! tools, through serde). Both become a [`Value`], and validation walks it with full knowledge of
//! field paths, which serde's derive cannot give. Reading is bounded the same way on both
//! sides: an array past [`MAX_ARRAY`] or nesting past [`MAX_DEPTH`] is not kept, so a hostile
//! input costs at most a scan, never a huge allocation or a stack overflow.

use std::fmt;

use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The longest array kept: the contract's limit of values per series.
pub const MAX_ARRAY: usize = 1_000_000;
/// Deeper than any valid dataset (dataset → series → item → values → value is 4).
pub const MAX_DEPTH: usize = 8;

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    /// JS `undefined` as an array item, or an array hole (which reads as `undefined` in JS).
    /// Never taken as `null`: a typo in a page's code (`row.valeu`) must not become a claim that
    /// a figure was withheld, so validation refuses it with its path. JSON has no `undefined`,
    /// and an object property whose value is `undefined` is left out when read (as
    /// `JSON.stringify` leaves it out): only arrays hold this.
    Undefined,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Value>),
    /// An array of numbers and nulls, read in bulk: a 166,650-point series is one allocation,
    /// not one `Value` per number. Validation treats it exactly as the `Array` of the same
    /// items.
    Numbers(NumberArray),
    /// Keys in the order given: the first offending field is reported first.
    Object(Vec<(String, Value)>),
    /// An array longer than [`MAX_ARRAY`]: its items were skipped.
    TooLong,
    /// A value nested deeper than [`MAX_DEPTH`]: skipped.
    TooDeep,
}

/// Numbers and nulls as two plain lists: the numbers, with 0 where an item is null, and the
/// indices of the nulls in ascending order. A series of plain numbers (the usual case) is then
/// one `Vec<f64>` that validation can take as it is.
///
/// Items that were `undefined` (or holes) are listed apart, in ascending order, and their
/// slots hold NaN: every check that looks at the numbers alone refuses the array, and the
/// item-by-item check that follows names the first of them. Kept in bulk rather than as a
/// `Value` per item, so a million-item series that is all `undefined` (a misspelt field read
/// a million times) costs no more than any other.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NumberArray {
    pub numbers: Vec<f64>,
    pub nulls: Vec<u32>,
    pub undefined: Vec<u32>,
}

impl NumberArray {
    pub fn len(&self) -> usize {
        self.numbers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.numbers.is_empty()
    }

    /// The items in order, `None` for a null (an `undefined` item reads as its NaN: see
    /// [`Value::items`] for the items as they were).
    pub fn iter(&self) -> impl Iterator<Item = Option<f64>> + '_ {
        let mut nulls = self.nulls.iter().peekable();
        self.numbers.iter().enumerate().map(move |(i, n)| {
            if nulls.next_if(|k| **k as usize == i).is_some() {
                None
            } else {
                Some(*n)
            }
        })
    }
}

impl FromIterator<Option<f64>> for NumberArray {
    fn from_iter<I: IntoIterator<Item = Option<f64>>>(items: I) -> NumberArray {
        let mut array = NumberArray::default();
        for (i, item) in items.into_iter().enumerate() {
            if item.is_none() {
                array.nulls.push(i as u32);
            }
            array.numbers.push(item.unwrap_or(0.0));
        }
        array
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::String(s.to_string())
    }

    /// The items of an `Array`, or of `Numbers` as `Number`, `Null` and `Undefined` values.
    pub fn items(&self) -> Option<std::borrow::Cow<'_, [Value]>> {
        match self {
            Value::Array(items) => Some(std::borrow::Cow::Borrowed(items)),
            Value::Numbers(items) => {
                let mut undefined = items.undefined.iter().peekable();
                Some(std::borrow::Cow::Owned(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, n)| {
                            if undefined.next_if(|k| **k as usize == i).is_some() {
                                Value::Undefined
                            } else {
                                n.map_or(Value::Null, Value::Number)
                            }
                        })
                        .collect(),
                ))
            }
            _ => None,
        }
    }

    pub fn object(fields: Vec<(&str, Value)>) -> Value {
        Value::Object(
            fields
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        )
    }
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Value, D::Error> {
        Bounded { depth: 0 }.deserialize(deserializer)
    }
}

/// Deserializes one value at a given depth.
#[derive(Clone, Copy)]
struct Bounded {
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for Bounded {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        if self.depth > MAX_DEPTH {
            IgnoredAny::deserialize(deserializer)?;
            return Ok(Value::TooDeep);
        }
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Bounded {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON-like value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Number(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Number(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let child = Bounded {
            depth: self.depth + 1,
        };
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(MAX_ARRAY));
        while let Some(item) = seq.next_element_seed(child)? {
            if items.len() == MAX_ARRAY {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                return Ok(Value::TooLong);
            }
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let child = Bounded {
            depth: self.depth + 1,
        };
        let mut fields = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(child)?;
            fields.push((key, value));
        }
        Ok(Value::Object(fields))
    }
}

impl Serialize for Value {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            // Never serialized from a dataset that passed validation, which refuses all three.
            Value::Null | Value::Undefined | Value::TooLong | Value::TooDeep => {
                serializer.serialize_unit()
            }
            Value::Bool(b) => serializer.serialize_bool(*b),
            Value::Number(n) => serializer.serialize_f64(*n),
            Value::String(s) => serializer.serialize_str(s),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Numbers(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items.iter() {
                    seq.serialize_element(&item)?;
                }
                seq.end()
            }
            Value::Object(fields) => {
                let mut map = serializer.serialize_map(Some(fields.len()))?;
                for (key, value) in fields {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_number_array_keeps_its_nulls_in_place() {
        let items = [None, Some(1.5), None, None, Some(-0.0), Some(7.0), None];
        let array: NumberArray = items.iter().copied().collect();
        assert_eq!(array.nulls, [0, 2, 3, 6]);
        assert_eq!(array.numbers[0], 0.0, "a null's slot holds 0");
        assert_eq!(array.iter().collect::<Vec<_>>(), items);
        assert_eq!(array.len(), 7);
    }

    #[test]
    fn undefined_items_of_a_number_array_are_not_nulls() {
        let array = NumberArray {
            numbers: vec![1.0, f64::NAN, 0.0, f64::NAN],
            nulls: vec![2],
            undefined: vec![1, 3],
        };
        let items = Value::Numbers(array)
            .items()
            .expect("an array")
            .into_owned();
        assert_eq!(
            items,
            [
                Value::Number(1.0),
                Value::Undefined,
                Value::Null,
                Value::Undefined
            ]
        );
    }

    fn parse(json: &str) -> Value {
        serde_json::from_str(json).expect("test JSON")
    }

    #[test]
    fn keeps_key_order_and_types() {
        let v = parse(r#"{"b": 1, "a": [true, null, "x", 2.5]}"#);
        assert_eq!(
            v,
            Value::object(vec![
                ("b", Value::Number(1.0)),
                (
                    "a",
                    Value::Array(vec![
                        Value::Bool(true),
                        Value::Null,
                        Value::str("x"),
                        Value::Number(2.5)
                    ])
                ),
            ])
        );
    }

    #[test]
    fn deep_nesting_is_cut_not_recursed() {
        let json = format!("{}{}", "[".repeat(100), "]".repeat(100));
        let mut v = &parse(&json);
        let mut depth = 0;
        while let Value::Array(items) = v {
            v = &items[0];
            depth += 1;
        }
        assert_eq!(v, &Value::TooDeep);
        assert_eq!(depth, MAX_DEPTH + 1);
    }

    #[test]
    fn arrays_past_the_limit_are_not_kept() {
        let json = format!("[{}0]", "0,".repeat(MAX_ARRAY));
        assert_eq!(parse(&json), Value::TooLong);
        let json = format!("[{}0]", "0,".repeat(MAX_ARRAY - 1));
        assert!(matches!(parse(&json), Value::Array(items) if items.len() == MAX_ARRAY));
    }

    #[test]
    fn round_trips_through_serde() {
        let v = parse(r#"{"t": "é", "n": [1, -2.5, null], "o": {}}"#);
        let text = serde_json::to_string(&v).expect("serializes");
        assert_eq!(parse(&text), v);
    }
}
