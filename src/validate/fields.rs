//! The shapes every part of a dataset is read with: objects with known fields, strings, arrays.

use std::borrow::Cow;

use crate::error::DataError;
use crate::input::Value;

pub(super) type Fields = [(String, Value)];

/// A field's value; an explicit `null` counts as absent (and a JS property whose value is
/// `undefined` was left out when read).
pub(super) fn field<'a>(fields: &'a Fields, name: &str) -> Option<&'a Value> {
    fields
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, v)| v)
        .filter(|v| **v != Value::Null)
}

/// The fields of an object, after refusing any field not in `allowed`.
/// `path` names the object in messages; `prefix` is what its fields' paths start with.
pub(super) fn object<'a>(
    value: &'a Value,
    path: &str,
    prefix: &str,
    allowed: &[&str],
) -> Result<&'a Fields, DataError> {
    let Value::Object(fields) = value else {
        return Err(DataError::expected(path, "an object", value));
    };
    if let Some((key, _)) = fields.iter().find(|(k, _)| !allowed.contains(&k.as_str())) {
        return Err(DataError::unknown_field(format!("{prefix}{key}"), allowed));
    }
    Ok(fields)
}

/// An optional string of 1 to `max` characters.
pub(super) fn text(
    value: Option<&Value>,
    path: &str,
    max: usize,
) -> Result<Option<String>, DataError> {
    let Some(value) = value else { return Ok(None) };
    let s = string(value, path, max)?;
    if s.is_empty() {
        return Err(DataError::new(path, "must not be empty"));
    }
    Ok(Some(s.to_string()))
}

/// Any string up to `max` characters (possibly empty).
pub(super) fn string<'a>(value: &'a Value, path: &str, max: usize) -> Result<&'a str, DataError> {
    let Value::String(s) = value else {
        return Err(DataError::expected(path, "a string", value));
    };
    if s.chars().nth(max).is_some() {
        return Err(DataError::too_long(path, max, "characters"));
    }
    Ok(s)
}

/// A non-empty array of at most `limit` items.
pub(super) fn array<'a>(
    value: &'a Value,
    path: &str,
    what: &str,
    limit: usize,
) -> Result<Cow<'a, [Value]>, DataError> {
    match value.items() {
        Some(items) if items.len() > limit => Err(DataError::too_many(path, limit, what)),
        Some(items) if items.is_empty() => Err(DataError::new(
            path,
            format!("expected at least one of the {what}, got an empty array"),
        )),
        Some(items) => Ok(items),
        None if *value == Value::TooLong => Err(DataError::too_many(path, limit, what)),
        None => Err(DataError::expected(
            path,
            &format!("an array of {what}"),
            value,
        )),
    }
}
