//! Notes: each placed at a category or an x value inside the domain, with its text.

use super::fields::{field, object, text};
use super::{MAX_NOTES, MAX_STRING_CHARS};
use crate::dates::parse_iso;
use crate::error::DataError;
use crate::format::JsNumber;
use crate::hash::Map;
use crate::input::Value;
use crate::model::{Domain, Note, NoteAt, Series};

const NOTE_FIELDS: &[&str] = &["at", "text"];

pub(super) fn notes(
    value: Option<&Value>,
    domain: &Domain,
    series: &[Series],
) -> Result<Vec<Note>, DataError> {
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
    // A scatter's notes lie inside the x range of all its series together.
    let joined;
    let domain = match domain {
        Domain::PerSeries => {
            joined = x_extent(series);
            &joined
        }
        domain => domain,
    };
    // A note names its category: found in a map, not by scanning 10,000 labels for each note.
    let categories: Map<&str, usize> = match domain {
        Domain::Categories(labels) if !items.is_empty() => (labels.iter().enumerate())
            .map(|(i, label)| (label.as_str(), i))
            .collect(),
        _ => Map::default(),
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
    categories: &Map<&str, usize>,
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
                    &format!(
                        "a number from {} to {} (the x range)",
                        JsNumber(first),
                        JsNumber(last)
                    ),
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

/// The smallest and largest x of every series' own x, as a two-item domain of their kind
/// (`PerSeries` when there is none).
fn x_extent(series: &[Series]) -> Domain {
    // An x with where it is: (x, series, index).
    type At = (f64, usize, usize);
    let mut ends: Option<(At, At)> = None;
    for (k, x) in series.iter().enumerate() {
        let Some(positions) = x.x.as_ref().and_then(Domain::positions) else {
            continue;
        };
        for (i, &p) in positions.iter().enumerate() {
            let at = (p, k, i);
            ends = Some(match ends {
                None => (at, at),
                Some((lo, hi)) => (
                    if p < lo.0 { at } else { lo },
                    if p > hi.0 { at } else { hi },
                ),
            });
        }
    }
    let Some((lo, hi)) = ends else {
        return Domain::PerSeries;
    };
    match &series[lo.1].x {
        Some(Domain::Dates { .. }) => {
            let text = |(_, k, i): At| match &series[k].x {
                Some(Domain::Dates { text, .. }) => text[i].clone(),
                _ => String::new(),
            };
            Domain::Dates {
                text: vec![text(lo), text(hi)],
                millis: vec![lo.0, hi.0],
            }
        }
        _ => Domain::Numbers(vec![lo.0, hi.0]),
    }
}
