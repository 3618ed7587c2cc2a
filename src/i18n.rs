//! The widget's own words (not the dataset's), in both languages.

use crate::locale::Locale;

/// What an unknown value is called on the chart and in tooltips.
pub fn not_disclosed(locale: Locale) -> &'static str {
    match locale {
        Locale::Fr => "non communiqué",
        Locale::En => "not disclosed",
    }
}

/// "Not disclosed" where its words do not fit, as news desks abbreviate it.
pub fn not_disclosed_short(locale: Locale) -> &'static str {
    match locale {
        Locale::Fr => "n.c.",
        Locale::En => "n/d",
    }
}

/// Under the readers' table when the chart had no room to write every category name.
pub fn names_left_out(locale: Locale) -> &'static str {
    match locale {
        Locale::Fr => {
            "Faute de place, certains noms de catégorie ne sont pas écrits sur le graphique ; le tableau les donne tous."
        }
        Locale::En => {
            "Some category names are not written on the chart for lack of room; the table gives them all."
        }
    }
}

/// Under a donut with an unknown slice: what its percentages are shares of.
pub fn shares_of_disclosed_total(locale: Locale) -> &'static str {
    match locale {
        Locale::Fr => "Parts en % du total communiqué",
        Locale::En => "Shares in % of the disclosed total",
    }
}

/// The attribution line under the chart: "Source : …" in French typography, "Source: …" in English.
pub fn source_line(locale: Locale, source: &str) -> String {
    match locale {
        Locale::Fr => format!("Source : {source}"),
        Locale::En => format!("Source: {source}"),
    }
}

/// The marker that ties a note to its place on the chart, e.g. "(1)".
pub fn note_marker(number: usize) -> String {
    format!("({number})")
}

/// The last line of notes too many for the chart's footer: "… and 8 more notes".
pub fn more_notes(locale: Locale, count: usize) -> String {
    match (locale, count) {
        (Locale::Fr, 1) => "… et 1 autre note".to_string(),
        (Locale::Fr, _) => format!("… et {count} autres notes"),
        (Locale::En, 1) => "… and 1 more note".to_string(),
        (Locale::En, _) => format!("… and {count} more notes"),
    }
}
