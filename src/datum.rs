//! One datum in words, as hover, the keyboard, the events and the readers' table give it, and the
//! table's rows: plain functions of the dataset that every kind shares.

use crate::locale::Locale;
use crate::model::{Dataset, Domain};
use crate::numbers::Numbers;

/// A datum as `hitTest` and the hover and select events describe it.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub series: usize,
    pub index: usize,
    /// The category, or the x value as the axis writes it.
    pub label: String,
    /// `None` for an unknown value.
    pub value: Option<f64>,
    /// The value as the chart writes it, or "not disclosed".
    pub text: String,
}

/// The [`Hit`] for datum `index` of series `series`.
pub fn describe(data: &Dataset, locale: Locale, series: usize, index: usize) -> Option<Hit> {
    let value = *data.series.get(series)?.values.get(index)?;
    let label = data.label(series, index, locale)?;
    let text = match value {
        Some(v) => Numbers::new(data, locale).reading(v),
        None => data.series[series].unknown_words(locale).to_string(),
    };
    Some(Hit {
        series,
        index,
        label,
        value,
        text,
    })
}

/// The most data rows the table holds: beyond, a screen reader user is better served by the
/// summary, and the page by a smaller DOM. A last row says how many were left out.
pub const TABLE_ROWS: usize = 1000;

/// The table of kinds whose series share their categories or x: a header row (the axis name,
/// then one column per series), then one row per category or x value.
pub fn position_table(data: &Dataset, locale: Locale) -> Vec<Vec<String>> {
    let corner = if matches!(data.domain, Domain::Categories(_)) {
        ""
    } else {
        "x"
    };
    let mut rows = vec![std::iter::once(corner.to_string())
        .chain(data.series.iter().map(|s| s.name.clone()))
        .collect::<Vec<_>>()];
    for index in 0..data.domain.len().min(TABLE_ROWS) {
        let mut row = Vec::with_capacity(data.series.len() + 1);
        for series in 0..data.series.len() {
            if let Some(hit) = describe(data, locale, series, index) {
                if row.is_empty() {
                    row.push(hit.label.clone());
                }
                row.push(hit.text);
            }
        }
        rows.push(row);
    }
    rows_left_out(data.domain.len(), &mut rows, locale);
    rows
}

/// The last row of a table cut at [`TABLE_ROWS`] of `total` rows: how many were left out.
pub fn rows_left_out(total: usize, rows: &mut Vec<Vec<String>>, locale: Locale) {
    let left_out = total.saturating_sub(TABLE_ROWS);
    if left_out > 0 {
        rows.push(vec![match locale {
            Locale::Fr => format!("… et {left_out} lignes de plus"),
            Locale::En => format!("… and {left_out} more rows"),
        }]);
    }
}
