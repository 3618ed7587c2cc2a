//! A checked dataset: every rule of Dataset v1 holds for any value of these types that
//! [`crate::validate`] built. Later stages never re-check.

use std::cell::OnceCell;

use crate::input::{NumberArray, Value};

/// A chart kind, as a dataset's `kind` names it: an identifier only. What each kind does is
/// answered by its module in `crate::kinds` (`Kind::spec`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Bar,
    HBar,
    Stacked,
    Line,
    Area,
    Donut,
    Scatter,
}

/// The table of kinds: every kind with its name, in the order the docs list them. The
/// validator, the schema's and the TypeScript types' lists and the property tests read it
/// (`tests/kinds.rs` fails where a list disagrees).
const KINDS: [(Kind, &str); 7] = [
    (Kind::Bar, "bar"),
    (Kind::HBar, "hbar"),
    (Kind::Stacked, "stacked"),
    (Kind::Line, "line"),
    (Kind::Area, "area"),
    (Kind::Donut, "donut"),
    (Kind::Scatter, "scatter"),
];

impl Kind {
    pub const ALL: [Kind; KINDS.len()] = {
        let mut all = [Kind::Bar; KINDS.len()];
        let mut i = 0;
        while i < KINDS.len() {
            all[i] = KINDS[i].0;
            i += 1;
        }
        all
    };

    pub fn name(self) -> &'static str {
        KINDS
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("", |(_, name)| name)
    }

    pub fn parse(name: &str) -> Option<Kind> {
        KINDS.iter().find(|(_, n)| *n == name).map(|(k, _)| *k)
    }

    /// The kinds' names as a sentence lists them: `"bar", "hbar", …`.
    pub fn list() -> String {
        let names: Vec<String> = KINDS.iter().map(|(_, n)| format!("\"{n}\"")).collect();
        names.join(", ")
    }
}

/// What the data points are positioned by.
#[derive(Debug, Clone, PartialEq)]
pub enum Domain {
    Categories(Vec<String>),
    /// Strictly ascending finite numbers.
    Numbers(Vec<f64>),
    /// Strictly ascending instants: the text as given (kept for `chart.data`) and milliseconds
    /// since the Unix epoch, UTC.
    Dates {
        text: Vec<String>,
        millis: Vec<f64>,
    },
    /// Each series has its own x (`scatter`): see [`Series::x`].
    PerSeries,
}

impl Domain {
    pub fn len(&self) -> usize {
        match self {
            Domain::Categories(c) => c.len(),
            Domain::Numbers(x) => x.len(),
            Domain::Dates { millis, .. } => millis.len(),
            Domain::PerSeries => 0,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Positions on a continuous axis (numbers or milliseconds); `None` for categories.
    pub fn positions(&self) -> Option<&[f64]> {
        match self {
            Domain::Categories(_) | Domain::PerSeries => None,
            Domain::Numbers(x) => Some(x),
            Domain::Dates { millis, .. } => Some(millis),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Unit {
    pub prefix: Option<String>,
    pub suffix: Option<String>,
}

impl Unit {
    pub fn prefix(&self) -> &str {
        self.prefix.as_deref().unwrap_or("")
    }

    pub fn suffix(&self) -> &str {
        self.suffix.as_deref().unwrap_or("")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// How the dataset asks for its values to be written (`format`); axis ticks ignore it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Format {
    /// Fraction digits, exactly (0–10).
    pub digits: Option<u8>,
    pub notation: Option<Notation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notation {
    Standard,
    Compact,
}

impl Notation {
    pub fn name(self) -> &'static str {
        match self {
            Notation::Standard => "standard",
            Notation::Compact => "compact",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub name: String,
    /// One per category or x; `None` is unknown ("not disclosed"), never zero.
    pub values: Vec<Option<f64>>,
    /// A scatter series' own x, one per value, in the order given: [`Domain::Numbers`] or
    /// [`Domain::Dates`] (not ascending). `None` for every other kind.
    pub x: Option<Domain>,
    pub color: Option<Rgb>,
    /// The words for this series' unknown values ("not listed yet"); `None`: the default.
    pub unknown: Option<String>,
}

impl Series {
    /// What this series calls an unknown value: its own `unknown` words, or "not disclosed".
    pub fn unknown_words(&self, locale: crate::locale::Locale) -> &str {
        self.unknown
            .as_deref()
            .unwrap_or_else(|| crate::i18n::not_disclosed(locale))
    }
}

/// Where a note is attached.
#[derive(Debug, Clone, PartialEq)]
pub enum NoteAt {
    /// Index into the categories.
    Category(usize),
    /// A position on the x axis (number, or milliseconds for dates), with the text given when
    /// it was a date, so `chart.data` gives it back unchanged.
    X { position: f64, text: Option<String> },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub at: NoteAt,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub title: String,
    pub subtitle: Option<String>,
    pub source: Option<String>,
    pub kind: Kind,
    pub domain: Domain,
    pub unit: Option<Unit>,
    pub format: Option<Format>,
    pub series: Vec<Series>,
    pub notes: Vec<Note>,
    /// What writing the values needs to know of all of them, worked out on first use.
    pub facts: LazyFacts,
}

impl Dataset {
    pub fn unit(&self) -> Unit {
        self.unit.clone().unwrap_or_default()
    }

    /// The category label or x position a datum index stands for, as text given by the data.
    pub fn category(&self, index: usize) -> Option<&str> {
        match &self.domain {
            Domain::Categories(c) => c.get(index).map(String::as_str),
            Domain::Dates { text, .. } => text.get(index).map(String::as_str),
            Domain::Numbers(_) | Domain::PerSeries => None,
        }
    }

    /// How many data the chart has: one per category or x, or for a scatter every point of every
    /// series.
    pub fn points(&self) -> usize {
        match self.domain {
            Domain::PerSeries => self.series.iter().map(|s| s.values.len()).sum(),
            _ => self.domain.len(),
        }
    }

    /// The x positions of `series`' data (numbers, or milliseconds for dates): the series' own
    /// for a scatter, else the shared x; `None` for categories.
    pub fn positions(&self, series: usize) -> Option<&[f64]> {
        match &self.domain {
            Domain::PerSeries => self.series.get(series)?.x.as_ref()?.positions(),
            domain => domain.positions(),
        }
    }

    /// The smallest and largest x of the data (every series' for a scatter); `None` for
    /// categories.
    pub fn x_extent(&self) -> Option<(f64, f64)> {
        if let Some(xs) = self.domain.positions() {
            return Some((*xs.first()?, *xs.last()?));
        }
        let own = self.series.iter().filter_map(|s| s.x.as_ref()?.positions());
        own.flatten().fold(None, |range, &x| {
            Some(match range {
                None => (x, x),
                Some((lo, hi)) => (if x < lo { x } else { lo }, if x > hi { x } else { hi }),
            })
        })
    }

    /// Whether x values are dates (shared or per series).
    pub fn x_is_dates(&self) -> bool {
        let own = self.series.first().and_then(|s| s.x.as_ref());
        matches!(own.unwrap_or(&self.domain), Domain::Dates { .. })
    }

    /// The category or x value datum `index` of `series` stands for, as the readers see it:
    /// the category, a date as given, or a number as the x axis writes it.
    pub fn label(
        &self,
        series: usize,
        index: usize,
        locale: crate::locale::Locale,
    ) -> Option<String> {
        let domain = match &self.domain {
            Domain::PerSeries => self.series.get(series)?.x.as_ref()?,
            domain => domain,
        };
        match domain {
            Domain::Categories(c) => c.get(index).cloned(),
            Domain::Numbers(x) => Some(crate::format::x_value(*x.get(index)?, locale)),
            Domain::Dates { text, .. } => text.get(index).cloned(),
            Domain::PerSeries => None,
        }
    }

    /// The plain-object form a page gets from `chart.data`; validating it gives this dataset back.
    pub fn to_value(&self) -> Value {
        let mut fields = vec![("title", Value::str(&self.title))];
        if let Some(s) = &self.subtitle {
            fields.push(("subtitle", Value::str(s)));
        }
        if let Some(s) = &self.source {
            fields.push(("source", Value::str(s)));
        }
        fields.push(("kind", Value::str(self.kind.name())));
        match &self.domain {
            Domain::Categories(c) => fields.push(("categories", strings(c))),
            Domain::Numbers(x) => fields.push(("x", numbers(x))),
            Domain::Dates { text, .. } => fields.push(("x", strings(text))),
            Domain::PerSeries => {}
        }
        if let Some(unit) = &self.unit {
            let mut u = Vec::new();
            if let Some(p) = &unit.prefix {
                u.push(("prefix", Value::str(p)));
            }
            if let Some(s) = &unit.suffix {
                u.push(("suffix", Value::str(s)));
            }
            fields.push(("unit", Value::object(u)));
        }
        if let Some(format) = &self.format {
            let mut f = Vec::new();
            if let Some(d) = format.digits {
                f.push(("digits", Value::Number(f64::from(d))));
            }
            if let Some(n) = format.notation {
                f.push(("notation", Value::str(n.name())));
            }
            fields.push(("format", Value::object(f)));
        }
        let series = self.series.iter().map(series_value).collect();
        fields.push(("series", Value::Array(series)));
        if !self.notes.is_empty() {
            let notes = self.notes.iter().map(|n| self.note_value(n)).collect();
            fields.push(("notes", Value::Array(notes)));
        }
        Value::object(fields)
    }

    fn note_value(&self, note: &Note) -> Value {
        let at = match &note.at {
            NoteAt::Category(i) => Value::str(self.category(*i).unwrap_or_default()),
            NoteAt::X {
                text: Some(text), ..
            } => Value::str(text),
            NoteAt::X { position, .. } => Value::Number(*position),
        };
        Value::object(vec![("at", at), ("text", Value::str(&note.text))])
    }
}

fn series_value(s: &Series) -> Value {
    let mut fields = vec![
        ("name", Value::str(&s.name)),
        ("values", Value::Numbers(s.values.iter().copied().collect())),
    ];
    match &s.x {
        Some(Domain::Numbers(x)) => fields.push(("x", numbers(x))),
        Some(Domain::Dates { text, .. }) => fields.push(("x", strings(text))),
        _ => {}
    }
    if let Some(c) = s.color {
        fields.push(("color", Value::String(c.hex())));
    }
    if let Some(words) = &s.unknown {
        fields.push(("unknown", Value::str(words)));
    }
    Value::object(fields)
}

fn strings(items: &[String]) -> Value {
    Value::Array(items.iter().map(|s| Value::str(s)).collect())
}

fn numbers(items: &[f64]) -> Value {
    Value::Numbers(NumberArray {
        numbers: items.to_vec(),
        ..NumberArray::default()
    })
}

/// What writing a chart's values needs to know about all of them at once (worked out by
/// `crate::numbers`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Facts {
    /// Fraction digits at which the reading view tells every two values apart (at least 3).
    pub reading_fraction: u8,
    /// Whether two values agree in 15 significant digits, so labels need every digit.
    pub all_digits: bool,
}

/// [`Facts`] worked out on first use and kept with the dataset: a chart that is only looked at
/// never sorts its values. A cache, not data: it never makes two datasets differ.
#[derive(Debug, Clone, Default)]
pub struct LazyFacts(pub(crate) OnceCell<Facts>);

impl PartialEq for LazyFacts {
    fn eq(&self, _: &LazyFacts) -> bool {
        true
    }
}
