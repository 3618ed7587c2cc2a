//! Dataset v1 (the contract, section 4): [`Value`] → [`Dataset`], or the first offending field.
//!
//! Fields are checked in a fixed order (unknown fields, then title, subtitle, source, kind,
//! categories or x, unit, format, series, notes), so the same input always names the same first error.
//!
//! One file a job: `fields` (objects, strings, arrays), `domain` (categories or x),
//! `series` (series, their values and colours; unit and format), `notes`. What depends on
//! the kind (all read from its [`crate::kinds::ChartKind`]): which positions a kind takes in
//! `domain::domain` (categories, a shared `x`, or each series' own `x`), and whether a value may
//! be negative in `series::values`.

use crate::error::DataError;
use crate::input::Value;
use crate::model::{Dataset, Kind};

mod domain;
mod fields;
mod notes;
mod series;

use domain::domain;
use fields::{field, object, text};
use notes::notes;
use series::{all_series, format, unit};

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
/// `format.digits`: Intl's fraction digits, within what a chart can show.
pub const MAX_FORMAT_DIGITS: u8 = 10;
/// `series[i].unknown`: a few words, like "not listed yet".
pub const MAX_UNKNOWN_CHARS: usize = 60;

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
    let notes = notes(field(fields, "notes"), &domain, &series)?;
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

fn kind(value: Option<&Value>) -> Result<Kind, DataError> {
    // The list comes from the table of kinds: a new kind is named here without an edit.
    let kinds = format!("one of {}", Kind::list());
    let value = value.ok_or_else(|| DataError::missing("kind", &kinds))?;
    match value {
        Value::String(s) => {
            Kind::parse(s).ok_or_else(|| DataError::expected("kind", &kinds, value))
        }
        _ => Err(DataError::expected("kind", &kinds, value)),
    }
}
