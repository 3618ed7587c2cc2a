//! The chart in words, for readers who cannot see it: a one-line summary for `aria-label`, the
//! data as a table (the canvas's fallback content), and the sentence announced for a datum.

pub use crate::datum::TABLE_ROWS;
use crate::hit::Hit;
use crate::locale::Locale;
use crate::model::Dataset;
use crate::numbers::Numbers;

/// "Bar chart: `title`. 2 series, 2 point(s), values from 0 to 70,000,000; 1 value(s) not disclosed."
pub fn summary(data: &Dataset, locale: Locale) -> String {
    let kind = data.kind.spec().words(locale);
    // One pass, with comparisons (values are finite): a line can have a million values.
    let mut unknown = 0;
    let mut extremes: Option<(f64, f64)> = None;
    for value in data.series.iter().flat_map(|s| &s.values) {
        match (value, extremes) {
            (None, _) => unknown += 1,
            (Some(v), None) => extremes = Some((*v, *v)),
            (Some(v), Some((lo, hi))) => {
                extremes = Some((if *v < lo { *v } else { lo }, if *v > hi { *v } else { hi }));
            }
        }
    }
    let numbers = Numbers::new(data, locale);
    let show = |v: f64| numbers.reading(v);
    let range = match extremes {
        Some((lo, hi)) if lo == hi => match locale {
            Locale::Fr => format!("valeur {}", show(lo)),
            Locale::En => format!("value {}", show(lo)),
        },
        Some((lo, hi)) => match locale {
            Locale::Fr => format!("valeurs de {} à {}", show(lo), show(hi)),
            Locale::En => format!("values from {} to {}", show(lo), show(hi)),
        },
        _ => match locale {
            Locale::Fr => "aucune valeur connue".to_string(),
            Locale::En => "no known value".to_string(),
        },
    };
    let points = data.points();
    let series = data.series.len();
    let mut text = match locale {
        Locale::Fr => format!(
            "{kind} : {}. {series} série(s), {points} point(s), {range}",
            data.title
        ),
        Locale::En => format!(
            "{kind}: {}. {series} series, {points} point(s), {range}",
            data.title
        ),
    };
    if unknown > 0 {
        text.push_str(&match locale {
            Locale::Fr => format!(" ; {unknown} valeur(s) non communiquée(s)"),
            Locale::En => format!("; {unknown} value(s) not disclosed"),
        });
    }
    text.push('.');
    text
}

/// The data as rows of text, in the shape the chart's kind gives it (a header row first).
/// Unknown values read "not disclosed".
pub fn table(data: &Dataset, locale: Locale) -> Vec<Vec<String>> {
    data.kind.spec().table(data, locale)
}

/// The notes ("(1) …", numbered as on the chart) and the source line, which the chart draws
/// under the plot: paragraphs under the table. At most [`TABLE_ROWS`] notes.
pub fn notes(data: &Dataset, locale: Locale) -> Vec<String> {
    let notes = data.notes.iter().take(TABLE_ROWS).enumerate();
    let mut lines: Vec<String> = notes
        .map(|(k, note)| format!("{} {}", crate::i18n::note_marker(k + 1), note.text))
        .collect();
    if let Some(source) = &data.source {
        lines.push(crate::i18n::source_line(locale, source));
    }
    lines
}

/// What a screen reader announces when a datum gets the keyboard focus:
/// "Telegram, New users: 70M (1 of 2)".
pub fn announcement(data: &Dataset, hit: &Hit) -> String {
    let name = data.series.get(hit.series).map_or("", |s| s.name.as_str());
    format!(
        "{}, {name}: {} ({} / {})",
        hit.label,
        hit.text,
        data.kind.spec().keyboard_rank(data, hit.series, hit.index) + 1,
        data.series.get(hit.series).map_or(0, |s| s.values.len())
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::datasets::builtin;

    fn user_gains(locale: Locale) -> Dataset {
        builtin(locale).remove(0).1
    }

    #[test]
    fn the_summary_names_kind_title_range_and_unknowns() {
        let en = summary(&user_gains(Locale::En), Locale::En);
        assert_eq!(
            en,
            "Horizontal bar chart: Telegram gained 70 million users during the Facebook outage. \
             1 series, 2 point(s), value 70,000,000; 1 value(s) not disclosed."
        );
        let fr = summary(&user_gains(Locale::Fr), Locale::Fr);
        assert!(
            fr.starts_with("Graphique en barres horizontales : Telegram a gagné"),
            "{fr}"
        );
        assert!(
            fr.contains("valeur 70\u{202f}000\u{202f}000")
                && fr.contains("1 valeur(s) non communiquée(s)"),
            "{fr}"
        );
    }

    #[test]
    fn the_notes_and_source_go_under_the_table() {
        let lines = notes(&user_gains(Locale::En), Locale::En);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("(1) Signal announced"), "{lines:?}");
        assert!(lines[1].starts_with("Source: Pavel Durov"), "{lines:?}");
    }

    #[test]
    fn the_table_states_unknown_values() {
        let rows = table(&user_gains(Locale::En), Locale::En);
        assert_eq!(
            rows,
            vec![
                vec!["".to_string(), "New users".to_string()],
                vec!["Telegram".to_string(), "70,000,000".to_string()],
                vec!["Signal".to_string(), "not disclosed".to_string()],
            ]
        );
    }
}
