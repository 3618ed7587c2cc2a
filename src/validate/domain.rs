//! The domain: a category chart's labels, or the x values (numbers or dates) of the others.

use super::fields::{array, field, string, Fields};
use super::{MAX_CATEGORIES, MAX_STRING_CHARS, MAX_VALUES};
use crate::dates::parse_iso;
use crate::error::DataError;
use crate::format::JsNumber;
use crate::hash::Map;
use crate::input::Value;
use crate::kinds::Positions;
use crate::model::{Domain, Kind};

pub(super) fn domain(fields: &Fields, kind: Kind) -> Result<Domain, DataError> {
    let categories = field(fields, "categories");
    let x = field(fields, "x");
    if kind.spec().positions() == Positions::OwnX {
        if categories.is_some() {
            return Err(DataError::not_used_by_kind("categories", kind.name()));
        }
        if x.is_some() {
            return Err(DataError::new(
                "x",
                format!(
                    "not used by kind \"{}\": each series has its own x (series[i].x)",
                    kind.name()
                ),
            ));
        }
        return Ok(Domain::PerSeries);
    }
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
        x_values(value, "x", true)
    }
}
fn categories_domain(value: &Value) -> Result<Domain, DataError> {
    let items = array(value, "categories", "categories", MAX_CATEGORIES)?;
    let mut seen: Map<&str, usize> = Map::with_capacity_and_hasher(items.len(), Default::default());
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

/// The x values at `path`: numbers or ISO dates (the first item decides which), strictly
/// ascending where `ascending` (a shared `x`), in any order with repeats otherwise (a scatter
/// series' own `x`).
pub(super) fn x_values(value: &Value, path: &str, ascending: bool) -> Result<Domain, DataError> {
    // Numbers read in bulk that pass are taken as they are; anything else is checked item by
    // item below, which names the first offending one.
    if let Value::Numbers(items) = value {
        let xs = &items.numbers;
        let in_order = !ascending || xs.windows(2).all(|w| matches!(w, [a, b] if a < b));
        if items.nulls.is_empty()
            && in_order
            && (1..=MAX_VALUES).contains(&xs.len())
            && xs.iter().all(|x| x.is_finite())
        {
            return Ok(Domain::Numbers(xs.clone()));
        }
    }
    let items = array(value, path, "x values", MAX_VALUES)?;
    if matches!(items[0], Value::String(_)) {
        date_domain(&items, path, ascending)
    } else {
        number_domain(&items, path, ascending)
    }
}

fn number_domain(items: &[Value], at: &str, ascending: bool) -> Result<Domain, DataError> {
    let mut xs = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let path = || format!("{at}[{i}]");
        let x = match item {
            Value::Number(n) if n.is_finite() => *n,
            _ => return Err(DataError::expected(path(), "a finite number", item)),
        };
        if let Some(&prev) = xs.last().filter(|_| ascending) {
            if x <= prev {
                return Err(DataError::new(
                    path(),
                    format!(
                        "expected a number greater than x[{}] ({}), got {}: x must be strictly ascending",
                        i - 1,
                        JsNumber(prev),
                        JsNumber(x)
                    ),
                ));
            }
        }
        xs.push(x);
    }
    Ok(Domain::Numbers(xs))
}

const DATE_EXPECTED: &str =
    "an ISO-8601 date or date-time such as \"2021-10-04\" or \"2021-10-04T15:40Z\"";

fn date_domain(items: &[Value], at: &str, ascending: bool) -> Result<Domain, DataError> {
    let mut text = Vec::with_capacity(items.len());
    let mut millis: Vec<f64> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let path = || format!("{at}[{i}]");
        let (s, ms) = match item {
            Value::String(s) => match parse_iso(s) {
                Some(ms) => (s, ms),
                None => return Err(DataError::expected(path(), DATE_EXPECTED, item)),
            },
            _ => return Err(DataError::expected(path(), DATE_EXPECTED, item)),
        };
        if ascending && millis.last().is_some_and(|&prev| ms <= prev) {
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
