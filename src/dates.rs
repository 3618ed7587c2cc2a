//! ISO-8601 dates and date-times for `x`, as milliseconds since the Unix epoch (UTC).
//!
//! Accepted: `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `…:SS`, `…:SS.fff` (1–9 digits), each date-time
//! optionally followed by `Z` or `±HH:MM`. A date-time without a zone is read as UTC, not as the
//! reader's local time: the same dataset must draw the same chart everywhere.

const MS_PER_DAY: f64 = 86_400_000.0;

/// Milliseconds since 1970-01-01T00:00Z, or `None` when `text` is not one of the accepted forms
/// or names a day that does not exist.
pub fn parse_iso(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let year = digits(&b[0..4])? as i64;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return None;
    }
    let days = days_from_civil(year, month, day) as f64;
    let rest = &b[10..];
    if rest.is_empty() {
        return Some(days * MS_PER_DAY);
    }
    let time_ms = parse_time(rest)?;
    Some(days * MS_PER_DAY + time_ms)
}

/// `THH:MM[:SS[.fff]][Z|±HH:MM]` → milliseconds into the day, zone applied.
fn parse_time(b: &[u8]) -> Option<f64> {
    if b.len() < 6 || b[0] != b'T' || b[3] != b':' {
        return None;
    }
    let hour = digits(&b[1..3])?;
    let minute = digits(&b[4..6])?;
    if hour > 23 || minute > 59 {
        return None;
    }
    let mut ms = (hour * 3_600_000 + minute * 60_000) as f64;
    let mut rest = &b[6..];
    if rest.first() == Some(&b':') {
        let second = digits(rest.get(1..3)?)?;
        if second > 59 {
            return None;
        }
        ms += (second * 1000) as f64;
        rest = &rest[3..];
        if rest.first() == Some(&b'.') {
            let frac_len = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
            if !(1..=9).contains(&frac_len) {
                return None;
            }
            let frac = digits(&rest[1..1 + frac_len])? as f64;
            ms += frac / 10f64.powi(frac_len as i32) * 1000.0;
            rest = &rest[1 + frac_len..];
        }
    }
    Some(ms - zone_offset_ms(rest)?)
}

/// `""` and `Z` are UTC; `+HH:MM` / `-HH:MM` are offsets east / west of it.
fn zone_offset_ms(b: &[u8]) -> Option<f64> {
    match b {
        [] | [b'Z'] => Some(0.0),
        [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
            let hours = digits(&[*h1, *h2])?;
            let minutes = digits(&[*m1, *m2])?;
            if hours > 23 || minutes > 59 {
                return None;
            }
            let ms = ((hours * 60 + minutes) * 60_000) as f64;
            Some(if *sign == b'+' { ms } else { -ms })
        }
        _ => None,
    }
}

fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar date of a day number: `(year, month, day)`; the inverse of `days_from_civil`.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_match_javascript_date_utc() {
        // Values from `Date.UTC(...)`.
        assert_eq!(parse_iso("1970-01-01"), Some(0.0));
        assert_eq!(parse_iso("2021-10-04"), Some(1_633_305_600_000.0));
        assert_eq!(parse_iso("2021-10-04T15:40"), Some(1_633_362_000_000.0));
        assert_eq!(parse_iso("2021-10-04T15:40:00Z"), Some(1_633_362_000_000.0));
        assert_eq!(
            parse_iso("2021-10-04T17:40:00+02:00"),
            Some(1_633_362_000_000.0)
        );
        assert_eq!(
            parse_iso("2021-10-04T15:40:00.5Z"),
            Some(1_633_362_000_500.0)
        );
        assert_eq!(parse_iso("2000-02-29"), Some(951_782_400_000.0));
        assert_eq!(parse_iso("1969-12-31"), Some(-86_400_000.0));
    }

    #[test]
    fn impossible_or_malformed_dates_are_refused() {
        for bad in [
            "2021-02-29",
            "1900-02-29",
            "2021-13-01",
            "2021-00-10",
            "2021-04-31",
            "2021-1-01",
            "21-01-01",
            "2021-01-01T24:00",
            "2021-01-01T12:60",
            "2021-01-01T12:00:61",
            "2021-01-01 12:00",
            "2021-01-01T12:00+2",
            "2021-01-01T12:00:00.",
            "2021-01-01x",
            "yesterday",
            "",
            "２０２１-01-01",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn civil_days_round_trip() {
        for days in [-800_000, -1, 0, 1, 59, 11_016, 18_904, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(18_904), (2021, 10, 4));
    }
}
