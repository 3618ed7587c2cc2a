//! Every message a user of the widget can read about bad input lives here, so wording stays
//! consistent and a reviewer can see all of it in one place.
//!
//! A message always starts with the path of the offending field, then a colon: the contract
//! promises `series[0].values[3]: expected a finite number or null, got "abc"`.

use std::fmt;

use crate::format::JsNumber;
use crate::input::Value;

/// Bad input: where it is and what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    /// `title`, `series[0].values[3]`, `notes[1].at`, or `dataset` for the whole object.
    pub path: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for DataError {}

impl DataError {
    pub fn new(path: impl Into<String>, message: impl Into<String>) -> DataError {
        DataError {
            path: path.into(),
            message: message.into(),
        }
    }

    /// `expected <what>, got <a short description of the value>`.
    pub fn expected(path: impl Into<String>, what: &str, got: &Value) -> DataError {
        DataError::new(path, format!("expected {what}, got {}", describe(got)))
    }

    pub fn missing(path: impl Into<String>, what: &str) -> DataError {
        DataError::new(path, format!("required, expected {what}"))
    }

    pub fn unknown_field(path: impl Into<String>, allowed: &[&str]) -> DataError {
        DataError::new(
            path,
            format!("unknown field, expected one of {}", allowed.join(", ")),
        )
    }

    pub fn not_used_by_kind(path: impl Into<String>, kind: &str) -> DataError {
        DataError::new(path, format!("not used by kind \"{kind}\""))
    }

    pub fn required_by_kind(path: impl Into<String>, kind: &str, what: &str) -> DataError {
        DataError::new(
            path,
            format!("required by kind \"{kind}\", expected {what}"),
        )
    }

    pub fn too_long(path: impl Into<String>, limit: usize, unit: &str) -> DataError {
        DataError::new(
            path,
            format!("too long, the limit is {} {unit}", group_thousands(limit)),
        )
    }

    pub fn too_many(path: impl Into<String>, limit: usize, what: &str) -> DataError {
        DataError::new(
            path,
            format!("too many {what}, the limit is {}", group_thousands(limit)),
        )
    }

    pub fn too_deep(path: impl Into<String>) -> DataError {
        DataError::new(path, "nested too deeply for a dataset")
    }
}

/// A short, safe description of a value for an error message: strings are quoted and cut,
/// containers are named rather than printed (they may be huge).
pub fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Undefined => "undefined".into(),
        Value::Bool(b) => b.to_string(),
        // As the page's script would print it (`1e+21`, `NaN`).
        Value::Number(n) => JsNumber(*n).to_string(),
        Value::String(s) => format!("\"{}\"", shorten(s, 40)),
        Value::Array(_) | Value::Numbers(_) | Value::TooLong => "an array".into(),
        Value::Object(_) => "an object".into(),
        Value::TooDeep => "a deeply nested value".into(),
    }
}

/// The first `max` characters of `s`, with an ellipsis when cut.
pub fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        // `get`, not `&s[..cut]`: the cut is a char boundary, and indexing would link the
        // panic path that prints the char it falls in (a few KB of core's Debug tables).
        Some((cut, _)) => format!("{}…", s.get(..cut).unwrap_or(s)),
        None => s.to_string(),
    }
}

/// `1000000` → `1,000,000`: limits are read by people.
pub(crate) fn group_thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_start_with_the_path() {
        let e = DataError::expected(
            "series[0].values[3]",
            "a finite number or null",
            &Value::String("abc".into()),
        );
        assert_eq!(
            e.to_string(),
            "series[0].values[3]: expected a finite number or null, got \"abc\""
        );
    }

    #[test]
    fn long_strings_are_cut_in_messages() {
        let long = "é".repeat(100);
        let text = describe(&Value::String(long));
        assert_eq!(text.chars().count(), 43);
        assert!(text.ends_with("…\""));
    }

    #[test]
    fn numbers_are_quoted_as_javascript_writes_them() {
        let cases = [
            (1e21, "1e+21"),
            (2.5e-7, "2.5e-7"),
            (-0.1, "-0.1"),
            (f64::NAN, "NaN"),
            (f64::NEG_INFINITY, "-Infinity"),
        ];
        for (n, text) in cases {
            assert_eq!(describe(&Value::Number(n)), text);
        }
    }

    #[test]
    fn limits_are_grouped() {
        assert_eq!(group_thousands(1_000_000), "1,000,000");
        assert_eq!(group_thousands(200), "200");
        assert_eq!(group_thousands(10_000), "10,000");
    }
}
