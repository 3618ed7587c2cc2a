//! Ticks for a time axis that fall on calendar boundaries: whole seconds, minutes, hours, days,
//! months or years, as the range asks, with labels in the chart's language. All in UTC, like
//! the dates themselves.

use crate::dates::{civil_from_days, days_from_civil};
use crate::locale::Locale;

const SECOND: f64 = 1000.0;
const MINUTE: f64 = 60.0 * SECOND;
const HOUR: f64 = 60.0 * MINUTE;
const DAY: f64 = 24.0 * HOUR;

/// A step between ticks: a fixed duration, or a number of calendar months.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    Millis(f64),
    Months(i64),
}

const FIXED: [f64; 17] = [
    SECOND,
    5.0 * SECOND,
    15.0 * SECOND,
    30.0 * SECOND,
    MINUTE,
    5.0 * MINUTE,
    15.0 * MINUTE,
    30.0 * MINUTE,
    HOUR,
    3.0 * HOUR,
    6.0 * HOUR,
    12.0 * HOUR,
    DAY,
    2.0 * DAY,
    7.0 * DAY,
    14.0 * DAY,
    0.0, // placeholder: months take over from here
];
const MONTHS: [i64; 11] = [1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 6000];

/// Ticks `(milliseconds, label)` inside `[lo, hi]`, at most `max` of them (at least one step
/// is always tried, so a tiny range still gets its boundary ticks).
pub fn time_ticks(lo: f64, hi: f64, max: usize, locale: Locale) -> Vec<(f64, String)> {
    if !(lo.is_finite() && hi.is_finite() && hi > lo) {
        return Vec::new();
    }
    let max = max.max(2) as f64;
    let span = hi - lo;
    let fixed = FIXED
        .iter()
        .copied()
        .filter(|s| *s > 0.0)
        .find(|s| span / s <= max);
    let step = match fixed {
        Some(ms) => Step::Millis(ms),
        None => Step::Months(
            MONTHS
                .iter()
                .copied()
                .find(|m| span / (*m as f64 * 30.44 * DAY) <= max)
                .unwrap_or(12_000),
        ),
    };
    let mut ticks: Vec<(f64, String)> = positions(lo, hi, step)
        .into_iter()
        .map(|ms| (ms, label(ms, step, locale)))
        .collect();
    // Month ticks name the month alone, and the year on January ("2021", "Apr", "Jul"): short
    // enough for three or more on a phone. The first tick says its year if no January does.
    if let (Step::Months(m), Some(first)) = (step, ticks.first_mut()) {
        if m < 12 && !first.1.chars().all(|c| c.is_ascii_digit()) {
            let (year, _, _) = civil_from_days((first.0 / DAY).floor() as i64);
            first.1 = format!("{} {year}", first.1);
        }
    }
    ticks
}

fn positions(lo: f64, hi: f64, step: Step) -> Vec<f64> {
    match step {
        Step::Millis(ms) => {
            // Steps up to a day are aligned on midnight UTC, which the epoch is.
            let first = (lo / ms).ceil();
            let count = ((hi / ms).floor() - first).max(-1.0) as i64 + 1;
            (0..count.min(1000))
                .map(|k| (first + k as f64) * ms)
                .collect()
        }
        Step::Months(months) => {
            let (year, month, _) = civil_from_days((lo / DAY).floor() as i64);
            let mut index = year * 12 + i64::from(month) - 1;
            index = index.div_euclid(months) * months;
            let mut out = Vec::new();
            // Bounded both by the count and by the steps taken, whatever the range.
            for _ in 0..100_000 {
                if out.len() >= 1000 {
                    break;
                }
                let ms = month_start(index);
                if ms > hi {
                    break;
                }
                if ms >= lo {
                    out.push(ms);
                }
                index += months;
            }
            out
        }
    }
}

/// Milliseconds at 00:00 UTC on the first day of month `index` (year × 12 + month − 1).
fn month_start(index: i64) -> f64 {
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
    days_from_civil(year, month as u32, 1) as f64 * DAY
}

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const FR_MONTHS: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];

fn label(ms: f64, step: Step, locale: Locale) -> String {
    let days = (ms / DAY).floor() as i64;
    let (year, month, day) = civil_from_days(days);
    let name = match locale {
        Locale::Fr => FR_MONTHS[(month as usize - 1) % 12],
        Locale::En => EN_MONTHS[(month as usize - 1) % 12],
    };
    let into_day = ms - days as f64 * DAY;
    // Minutes and seconds from whole milliseconds: an f64 `%` links a software fmod (~2 KB of
    // the module with the u128 division it uses). Ticks fall on whole milliseconds.
    let whole = into_day as u64;
    let (h, m, s) = (
        (into_day / HOUR) as u32,
        (whole % HOUR as u64 / MINUTE as u64) as u32,
        (whole % MINUTE as u64 / SECOND as u64) as u32,
    );
    let date = match locale {
        Locale::Fr => format!("{day} {name}"),
        Locale::En => format!("{name} {day}"),
    };
    match step {
        Step::Months(m) if m >= 12 => year.to_string(),
        Step::Months(_) if month == 1 => year.to_string(),
        Step::Months(_) => name.to_string(),
        Step::Millis(ms) if ms >= DAY => date,
        // Within a day the time is shown; at midnight the date says which day begins.
        Step::Millis(_) if into_day == 0.0 => date,
        Step::Millis(ms) if ms < MINUTE => format!("{h:02}:{m:02}:{s:02}"),
        Step::Millis(_) => format!("{h:02}:{m:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::parse_iso;

    fn ms(text: &str) -> f64 {
        parse_iso(text).expect("test date")
    }

    #[test]
    fn hours_fall_on_the_hour() {
        let ticks = time_ticks(
            ms("2021-10-04T13:20Z"),
            ms("2021-10-04T19:50Z"),
            8,
            Locale::En,
        );
        let labels: Vec<&str> = ticks.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(
            labels,
            vec!["14:00", "15:00", "16:00", "17:00", "18:00", "19:00"]
        );
        assert!(ticks.iter().all(|(t, _)| t % HOUR == 0.0));
    }

    #[test]
    fn days_and_midnights_name_the_day() {
        let ticks = time_ticks(ms("2021-10-01"), ms("2021-10-07"), 8, Locale::Fr);
        assert_eq!(ticks.first().map(|t| t.1.as_str()), Some("1 oct."));
        assert_eq!(ticks.len(), 7);
        let en = time_ticks(
            ms("2021-10-03T18:00Z"),
            ms("2021-10-04T06:00Z"),
            5,
            Locale::En,
        );
        let labels: Vec<&str> = en.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(labels, vec!["18:00", "21:00", "Oct 4", "03:00", "06:00"]);
    }

    #[test]
    fn months_start_on_the_first_and_years_on_january_first() {
        let ticks = time_ticks(ms("2021-02-15"), ms("2021-11-20"), 6, Locale::En);
        for (t, _) in &ticks {
            let (_, _, day) = civil_from_days((t / DAY) as i64);
            assert_eq!(day, 1);
        }
        assert_eq!(ticks.first().map(|t| t.1.as_str()), Some("Apr 2021"));
        let years = time_ticks(ms("1990-06-01"), ms("2021-10-04"), 8, Locale::Fr);
        let labels: Vec<&str> = years.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(labels, vec!["1995", "2000", "2005", "2010", "2015", "2020"]);
        let fr = time_ticks(ms("2021-01-10"), ms("2021-12-20"), 12, Locale::Fr);
        let labels: Vec<&str> = fr.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(labels[..3], ["févr. 2021", "mars", "avr."], "{fr:?}");
        let across = time_ticks(ms("2020-10-01"), ms("2021-04-01"), 8, Locale::En);
        let labels: Vec<&str> = across.iter().map(|t| t.1.as_str()).collect();
        assert_eq!(
            labels,
            ["Oct 2020", "Nov", "Dec", "2021", "Feb", "Mar", "Apr"]
        );
    }

    #[test]
    fn odd_ranges_do_not_break() {
        assert!(time_ticks(5.0, 5.0, 5, Locale::En).is_empty());
        assert!(time_ticks(f64::NAN, 5.0, 5, Locale::En).is_empty());
        let wide = time_ticks(-8.64e15, 8.64e15, 6, Locale::En);
        assert!(wide.len() <= 1000);
        let narrow = time_ticks(
            ms("2021-10-04T15:40:01Z"),
            ms("2021-10-04T15:40:09Z"),
            10,
            Locale::En,
        );
        assert_eq!(narrow.first().map(|t| t.1.as_str()), Some("15:40:01"));
    }
}
