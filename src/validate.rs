//! Dataset v1 (the contract, section 4): [`Value`] → [`Dataset`], or the first offending field.
//!
//! Fields are checked in a fixed order (unknown fields, then title, subtitle, source, kind,
//! categories or x, unit, format, series, notes), so the same input always names the same first error.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::dates::parse_iso;
use crate::error::DataError;
use crate::input::Value;
use crate::model::{Dataset, Domain, Format, Kind, Notation, Note, NoteAt, Rgb, Series, Unit};

pub const MAX_STRING_CHARS: usize = 1000;
pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_CATEGORIES: usize = 10_000;
pub const MAX_VALUES: usize = crate::input::MAX_ARRAY;
pub const MAX_SERIES: usize = 16;
/// One note per category of the largest category chart.
pub const MAX_NOTES: usize = MAX_CATEGORIES;

const DATASET_FIELDS: &[&str] = &[
    "title",
    "subtitle",
    "source",
    "kind",
    "categories",
    "x",
    "unit",
    "format",
    "series",
    "notes",
];
const SERIES_FIELDS: &[&str] = &["name", "values", "color", "unknown"];
const UNIT_FIELDS: &[&str] = &["prefix", "suffix"];
const FORMAT_FIELDS: &[&str] = &["digits", "notation"];
/// `format.digits`: Intl's fraction digits, within what a chart can show.
pub const MAX_FORMAT_DIGITS: u8 = 10;
/// `series[i].unknown`: a few words, like "not listed yet".
pub const MAX_UNKNOWN_CHARS: usize = 60;
const NOTE_FIELDS: &[&str] = &["at", "text"];
const KIND_LIST: &str = "one of \"bar\", \"hbar\", \"stacked\", \"line\", \"area\", \"donut\"";

type Fields = [(String, Value)];

/// Checks a whole dataset.
pub fn validate(value: &Value) -> Result<Dataset, DataError> {
    let fields = object(value, "dataset", "", DATASET_FIELDS)?;
    let title = text(field(fields, "title"), "title", MAX_TITLE_CHARS)?
        .ok_or_else(|| DataError::missing("title", "a string of 1 to 200 characters"))?;
    let subtitle = text(field(fields, "subtitle"), "subtitle", MAX_STRING_CHARS)?;
    let source = text(field(fields, "source"), "source", MAX_STRING_CHARS)?;
    let kind = kind(field(fields, "kind"))?;
    let domain = domain(fields, kind)?;
    let unit = unit(field(fields, "unit"))?;
    let format = format(field(fields, "format"))?;
    let series = all_series(field(fields, "series"), kind, &domain)?;
    let notes = notes(field(fields, "notes"), &domain)?;
    Ok(Dataset {
        title,
        subtitle,
        source,
        kind,
        domain,
        unit,
        format,
        series,
        notes,
        facts: Default::default(),
    })
}

/// A field's value; an explicit `null` counts as absent (and a JS property whose value is
/// `undefined` was left out when read).
fn field<'a>(fields: &'a Fields, name: &str) -> Option<&'a Value> {
    fields
        .iter()
        .find(|(key, _)| key == name)
        .map(|(_, v)| v)
        .filter(|v| **v != Value::Null)
}

/// The fields of an object, after refusing any field not in `allowed`.
/// `path` names the object in messages; `prefix` is what its fields' paths start with.
fn object<'a>(
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
fn text(value: Option<&Value>, path: &str, max: usize) -> Result<Option<String>, DataError> {
    let Some(value) = value else { return Ok(None) };
    let s = string(value, path, max)?;
    if s.is_empty() {
        return Err(DataError::new(path, "must not be empty"));
    }
    Ok(Some(s.to_string()))
}

/// Any string up to `max` characters (possibly empty).
fn string<'a>(value: &'a Value, path: &str, max: usize) -> Result<&'a str, DataError> {
    let Value::String(s) = value else {
        return Err(DataError::expected(path, "a string", value));
    };
    if s.chars().nth(max).is_some() {
        return Err(DataError::too_long(path, max, "characters"));
    }
    Ok(s)
}

fn kind(value: Option<&Value>) -> Result<Kind, DataError> {
    let value = value.ok_or_else(|| DataError::missing("kind", KIND_LIST))?;
    match value {
        Value::String(s) => {
            Kind::parse(s).ok_or_else(|| DataError::expected("kind", KIND_LIST, value))
        }
        _ => Err(DataError::expected("kind", KIND_LIST, value)),
    }
}

fn domain(fields: &Fields, kind: Kind) -> Result<Domain, DataError> {
    let categories = field(fields, "categories");
    let x = field(fields, "x");
    if kind.uses_categories() {
        if x.is_some() {
            return Err(DataError::not_used_by_kind("x", kind.name()));
        }
        let value = categories.ok_or_else(|| {
            DataError::required_by_kind("categories", kind.name(), "an array of labels")
        })?;
        categories_domain(value)
    } else {
        if categories.is_some() {
            return Err(DataError::not_used_by_kind("categories", kind.name()));
        }
        let value = x.ok_or_else(|| {
            DataError::required_by_kind("x", kind.name(), "an array of numbers or ISO-8601 dates")
        })?;
        x_domain(value)
    }
}

/// A non-empty array of at most `limit` items.
fn array<'a>(
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

fn categories_domain(value: &Value) -> Result<Domain, DataError> {
    let items = array(value, "categories", "categories", MAX_CATEGORIES)?;
    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(items.len());
    let mut labels = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        // Paths are built only when needed: a format per item would dominate large datasets.
        let path = || format!("categories[{i}]");
        let label = string(item, &path(), MAX_STRING_CHARS)?;
        if label.is_empty() {
            return Err(DataError::new(path(), "must not be empty"));
        }
        if let Some(first) = seen.insert(label, i) {
            return Err(DataError::new(
                path(),
                format!(
                    "duplicate of categories[{first}] (\"{}\")",
                    crate::error::shorten(label, 40)
                ),
            ));
        }
        labels.push(label.to_string());
    }
    Ok(Domain::Categories(labels))
}

fn x_domain(value: &Value) -> Result<Domain, DataError> {
    // Numbers read in bulk that pass are taken as they are; anything else is checked item by
    // item below, which names the first offending one.
    if let Value::Numbers(items) = value {
        let xs = &items.numbers;
        let ascending = xs.windows(2).all(|w| matches!(w, [a, b] if a < b));
        if items.nulls.is_empty()
            && ascending
            && (1..=MAX_VALUES).contains(&xs.len())
            && xs.iter().all(|x| x.is_finite())
        {
            return Ok(Domain::Numbers(xs.clone()));
        }
    }
    let items = array(value, "x", "x values", MAX_VALUES)?;
    if matches!(items[0], Value::String(_)) {
        date_domain(&items)
    } else {
        number_domain(&items)
    }
}

fn number_domain(items: &[Value]) -> Result<Domain, DataError> {
    let mut xs = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let path = || format!("x[{i}]");
        let x = match item {
            Value::Number(n) if n.is_finite() => *n,
            _ => return Err(DataError::expected(path(), "a finite number", item)),
        };
        if let Some(&prev) = xs.last() {
            if x <= prev {
                return Err(DataError::new(
                    path(),
                    format!("expected a number greater than x[{}] ({prev}), got {x}: x must be strictly ascending", i - 1),
                ));
            }
        }
        xs.push(x);
    }
    Ok(Domain::Numbers(xs))
}

const DATE_EXPECTED: &str =
    "an ISO-8601 date or date-time such as \"2021-10-04\" or \"2021-10-04T15:40Z\"";

fn date_domain(items: &[Value]) -> Result<Domain, DataError> {
    let mut text = Vec::with_capacity(items.len());
    let mut millis: Vec<f64> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let path = || format!("x[{i}]");
        let (s, ms) = match item {
            Value::String(s) => match parse_iso(s) {
                Some(ms) => (s, ms),
                None => return Err(DataError::expected(path(), DATE_EXPECTED, item)),
            },
            _ => return Err(DataError::expected(path(), DATE_EXPECTED, item)),
        };
        if millis.last().is_some_and(|&prev| ms <= prev) {
            return Err(DataError::new(
                path(),
                format!(
                    "expected a date after x[{}], got \"{s}\": x must be strictly ascending",
                    i - 1
                ),
            ));
        }
        text.push(s.clone());
        millis.push(ms);
    }
    Ok(Domain::Dates { text, millis })
}

fn unit(value: Option<&Value>) -> Result<Option<Unit>, DataError> {
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

fn format(value: Option<&Value>) -> Result<Option<Format>, DataError> {
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

fn all_series(
    value: Option<&Value>,
    kind: Kind,
    domain: &Domain,
) -> Result<Vec<Series>, DataError> {
    let value = value.ok_or_else(|| DataError::missing("series", "an array of 1 to 16 series"))?;
    let items = array(value, "series", "series", MAX_SERIES)?;
    let mut names: HashMap<&str, usize> = HashMap::new();
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let s = one_series(item, i, kind, domain)?;
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
    let values = values(field(fields, "values"), &at, kind, domain)?;
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
        x: None,
        color,
        unknown,
    })
}

fn values(
    value: Option<&Value>,
    at: &str,
    kind: Kind,
    domain: &Domain,
) -> Result<Vec<Option<f64>>, DataError> {
    let path = format!("{at}.values");
    let per = if kind.uses_categories() {
        "category"
    } else {
        "x value"
    };
    let expected = format!("an array of {} values (one per {per})", domain.len());
    let value = value.ok_or_else(|| DataError::missing(&path, &expected))?;
    // Numbers read in bulk that pass are taken as they are; anything else is checked item by
    // item below, which names the first offending one.
    if let Value::Numbers(items) = value {
        // A null's slot holds 0, which passes: only the numbers are checked here.
        let fine = |v: &f64| v.is_finite() && !(kind == Kind::Donut && *v < 0.0);
        if items.len() == domain.len() && items.numbers.iter().all(fine) {
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
            Value::Number(n) if n.is_finite() && kind == Kind::Donut && *n < 0.0 => {
                Err(DataError::new(
                    format!("{path}[{j}]"),
                    format!("expected a value of at least 0 in a donut, got {n}"),
                ))
            }
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
                (Some(r), Some(g), Some(b)) if s[1..].bytes().all(|c| c.is_ascii_hexdigit()) => {
                    Some(Rgb(r, g, b))
                }
                _ => None,
            }
        }
        _ => None,
    };
    parsed.ok_or_else(|| DataError::expected(path, EXPECTED, value))
}

fn notes(value: Option<&Value>, domain: &Domain) -> Result<Vec<Note>, DataError> {
    let Some(value) = value else {
        return Ok(Vec::new());
    };
    let items = match value.items() {
        Some(items) if items.len() > MAX_NOTES => {
            return Err(DataError::too_many("notes", MAX_NOTES, "notes"))
        }
        Some(items) => items,
        None if *value == Value::TooLong => {
            return Err(DataError::too_many("notes", MAX_NOTES, "notes"))
        }
        None => return Err(DataError::expected("notes", "an array of notes", value)),
    };
    // A note names its category: found in a map, not by scanning 10,000 labels for each note.
    let categories: HashMap<&str, usize> = match domain {
        Domain::Categories(labels) if !items.is_empty() => (labels.iter().enumerate())
            .map(|(i, label)| (label.as_str(), i))
            .collect(),
        _ => HashMap::new(),
    };
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let at = format!("notes[{i}]");
            let fields = object(item, &at, &format!("{at}."), NOTE_FIELDS)?;
            let place = field(fields, "at").ok_or_else(|| {
                DataError::missing(format!("{at}.at"), "a category or an x value")
            })?;
            let place = note_at(place, &format!("{at}.at"), domain, &categories)?;
            let text = text(
                field(fields, "text"),
                &format!("{at}.text"),
                MAX_STRING_CHARS,
            )?
            .ok_or_else(|| DataError::missing(format!("{at}.text"), "a non-empty string"))?;
            Ok(Note { at: place, text })
        })
        .collect()
}

fn note_at(
    value: &Value,
    path: &str,
    domain: &Domain,
    categories: &HashMap<&str, usize>,
) -> Result<NoteAt, DataError> {
    match domain {
        Domain::PerSeries => Err(DataError::expected(path, "an x value", value)),
        Domain::Categories(_) => {
            let index = match value {
                Value::String(s) => categories.get(s.as_str()).copied(),
                _ => None,
            };
            index.map(NoteAt::Category).ok_or_else(|| {
                DataError::expected(path, "the name of one of the categories", value)
            })
        }
        Domain::Numbers(xs) => {
            let (first, last) = (xs[0], xs[xs.len() - 1]);
            match value {
                Value::Number(n) if *n >= first && *n <= last => Ok(NoteAt::X {
                    position: *n,
                    text: None,
                }),
                _ => Err(DataError::expected(
                    path,
                    &format!("a number from {first} to {last} (the x range)"),
                    value,
                )),
            }
        }
        Domain::Dates { text, millis } => {
            let (first, last) = (millis[0], millis[millis.len() - 1]);
            let expected = format!(
                "a date from {} to {} (the x range)",
                text[0],
                text[text.len() - 1]
            );
            match value {
                Value::String(s) => match parse_iso(s) {
                    Some(ms) if ms >= first && ms <= last => Ok(NoteAt::X {
                        position: ms,
                        text: Some(s.clone()),
                    }),
                    _ => Err(DataError::expected(path, &expected, value)),
                },
                _ => Err(DataError::expected(path, &expected, value)),
            }
        }
    }
}
