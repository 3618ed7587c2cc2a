//! The series (names, values, colours, unknown-value words) and the dataset's unit and format.

use super::domain::x_values;
use super::fields::{array, field, object, string, text};
use super::{MAX_FORMAT_DIGITS, MAX_SERIES, MAX_STRING_CHARS, MAX_UNKNOWN_CHARS, MAX_VALUES};
use crate::error::DataError;
use crate::format::JsNumber;
use crate::hash::Map;
use crate::input::Value;
use crate::kinds::Positions;
use crate::model::{Domain, Format, Kind, Notation, Rgb, Series, Unit};

const SERIES_FIELDS: &[&str] = &["name", "values", "x", "color", "unknown"];
const UNIT_FIELDS: &[&str] = &["prefix", "suffix"];
const FORMAT_FIELDS: &[&str] = &["digits", "notation"];

pub(super) fn unit(value: Option<&Value>) -> Result<Option<Unit>, DataError> {
    let Some(value) = value else { return Ok(None) };
    let fields = object(value, "unit", "unit.", UNIT_FIELDS)?;
    let part = |name: &str| -> Result<Option<String>, DataError> {
        field(fields, name)
            .map(|v| string(v, &format!("unit.{name}"), MAX_STRING_CHARS).map(str::to_string))
            .transpose()
    };
    Ok(Some(Unit {
        prefix: part("prefix")?,
        suffix: part("suffix")?,
    }))
}

pub(super) fn format(value: Option<&Value>) -> Result<Option<Format>, DataError> {
    let Some(value) = value else { return Ok(None) };
    let fields = object(value, "format", "format.", FORMAT_FIELDS)?;
    let digits = match field(fields, "digits") {
        None => None,
        Some(Value::Number(d))
            if (0.0..=f64::from(MAX_FORMAT_DIGITS)).contains(d) && d.fract() == 0.0 =>
        {
            Some(*d as u8)
        }
        Some(other) => {
            return Err(DataError::expected(
                "format.digits",
                "a whole number from 0 to 10",
                other,
            ))
        }
    };
    const NOTATIONS: &str = "\"standard\" or \"compact\"";
    let notation = match field(fields, "notation") {
        None => None,
        Some(Value::String(s)) if s == "standard" => Some(Notation::Standard),
        Some(Value::String(s)) if s == "compact" => Some(Notation::Compact),
        Some(other) => return Err(DataError::expected("format.notation", NOTATIONS, other)),
    };
    Ok(Some(Format { digits, notation }))
}

pub(super) fn all_series(
    value: Option<&Value>,
    kind: Kind,
    domain: &Domain,
) -> Result<Vec<Series>, DataError> {
    let value = value.ok_or_else(|| DataError::missing("series", "an array of 1 to 16 series"))?;
    let items = array(value, "series", "series", MAX_SERIES)?;
    let mut names: Map<&str, usize> = Map::default();
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let s = one_series(item, i, kind, domain)?;
        same_x_kind(&out, &s, i)?;
        if let Some(first) = names.insert(series_name(item), i) {
            return Err(DataError::new(
                format!("series[{i}].name"),
                format!(
                    "duplicate of series[{first}].name (\"{}\")",
                    crate::error::shorten(&s.name, 40)
                ),
            ));
        }
        out.push(s);
    }
    Ok(out)
}

/// A scatter's x are numbers or dates in every series, not a mix: the axis has one kind.
fn same_x_kind(before: &[Series], s: &Series, i: usize) -> Result<(), DataError> {
    let dates = |s: &Series| matches!(s.x, Some(Domain::Dates { .. }));
    match before.first() {
        Some(first) if s.x.is_some() && dates(first) != dates(s) => {
            let (expected, got) = if dates(first) {
                ("ISO-8601 dates", "numbers")
            } else {
                ("numbers", "dates")
            };
            Err(DataError::new(
                format!("series[{i}].x"),
                format!(
                    "expected {expected} like series[0].x (one kind of x per chart), got {got}"
                ),
            ))
        }
        _ => Ok(()),
    }
}

/// The name of an already checked series item, borrowed from the input.
fn series_name(item: &Value) -> &str {
    match item {
        Value::Object(fields) => match field(fields, "name") {
            Some(Value::String(s)) => s,
            _ => "",
        },
        _ => "",
    }
}

fn one_series(item: &Value, i: usize, kind: Kind, domain: &Domain) -> Result<Series, DataError> {
    let at = format!("series[{i}]");
    let fields = object(item, &at, &format!("{at}."), SERIES_FIELDS)?;
    let name = text(
        field(fields, "name"),
        &format!("{at}.name"),
        MAX_STRING_CHARS,
    )?
    .ok_or_else(|| DataError::missing(format!("{at}.name"), "a non-empty string"))?;
    let x = own_x(field(fields, "x"), &at, kind)?;
    let values = values(
        field(fields, "values"),
        &at,
        kind,
        x.as_ref().unwrap_or(domain),
    )?;
    let color = field(fields, "color")
        .map(|v| color(v, &format!("{at}.color")))
        .transpose()?;
    let unknown = text(
        field(fields, "unknown"),
        &format!("{at}.unknown"),
        MAX_UNKNOWN_CHARS,
    )?;
    Ok(Series {
        name,
        values,
        x,
        color,
        unknown,
    })
}

/// `series[i].x`: required where each series has its own x (a scatter), refused elsewhere.
fn own_x(value: Option<&Value>, at: &str, kind: Kind) -> Result<Option<Domain>, DataError> {
    let path = format!("{at}.x");
    match (value, kind.spec().positions() == Positions::OwnX) {
        (None, false) => Ok(None),
        (Some(_), false) => Err(DataError::not_used_by_kind(path, kind.name())),
        (None, true) => Err(DataError::required_by_kind(
            path,
            kind.name(),
            "an array of numbers or ISO-8601 dates, one per value",
        )),
        (Some(value), true) => x_values(value, &path, false).map(Some),
    }
}

fn values(
    value: Option<&Value>,
    at: &str,
    kind: Kind,
    domain: &Domain,
) -> Result<Vec<Option<f64>>, DataError> {
    let path = format!("{at}.values");
    let per = match kind.spec().positions() {
        Positions::Categories => "category",
        Positions::SharedX => "x value",
        Positions::OwnX => "x value of the series",
    };
    let negatives = kind.spec().allows_negative();
    let expected = format!("an array of {} values (one per {per})", domain.len());
    let value = value.ok_or_else(|| DataError::missing(&path, &expected))?;
    // Numbers read in bulk that pass are taken as they are; anything else is checked item by
    // item below, which names the first offending one.
    if let Value::Numbers(items) = value {
        // A null's slot holds 0, which passes: only the numbers are checked here.
        let fine = |v: &f64| v.is_finite() && (negatives || *v >= 0.0);
        if items.len() == domain.len() && items.numbers.iter().all(fine) {
            // Without nulls, a straight copy: `items.iter()` pairs each number with the next
            // null's index, which unoptimised (a first paint) costs a call per value.
            if items.nulls.is_empty() {
                return Ok(items.numbers.iter().map(|&v| Some(v)).collect());
            }
            return Ok(items.iter().collect());
        }
    }
    let items = match value.items() {
        Some(items) => items,
        None if *value == Value::TooLong => {
            return Err(DataError::too_many(path, MAX_VALUES, "values"))
        }
        None => return Err(DataError::expected(path, &expected, value)),
    };
    if items.len() != domain.len() {
        return Err(DataError::new(
            path,
            format!(
                "expected {} values (one per {per}), got {}",
                domain.len(),
                items.len()
            ),
        ));
    }
    items
        .iter()
        .enumerate()
        .map(|(j, item)| match item {
            Value::Null => Ok(None),
            Value::Number(n) if n.is_finite() && !negatives && *n < 0.0 => Err(DataError::new(
                format!("{path}[{j}]"),
                format!(
                    "expected a value of at least 0 in a {}, got {}",
                    kind.name(),
                    JsNumber(*n)
                ),
            )),
            Value::Number(n) if n.is_finite() => Ok(Some(*n)),
            _ => Err(DataError::expected(
                format!("{path}[{j}]"),
                "a finite number or null",
                item,
            )),
        })
        .collect()
}

fn color(value: &Value, path: &str) -> Result<Rgb, DataError> {
    const EXPECTED: &str = "a colour written \"#rrggbb\", such as \"#0072b2\"";
    let parsed = match value {
        Value::String(s) if s.len() == 7 && s.starts_with('#') => {
            let channel = |k: usize| s.get(k..k + 2).and_then(|h| u8::from_str_radix(h, 16).ok());
            match (channel(1), channel(3), channel(5)) {
                (Some(r), Some(g), Some(b)) if s.bytes().skip(1).all(|c| c.is_ascii_hexdigit()) => {
                    Some(Rgb(r, g, b))
                }
                _ => None,
            }
        }
        _ => None,
    };
    parsed.ok_or_else(|| DataError::expected(path, EXPECTED, value))
}
