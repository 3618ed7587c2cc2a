//! What a locale writes around the digits: separators and grouping, scale suffixes, the percent
//! and minus signs, and what stands for NaN and the infinities.

use crate::locale::Locale;

/// Intl writes U+002D HYPHEN-MINUS (not U+2212) for fr-FR and en-US.
const MINUS: char = '-';

/// Compact notation groups thousands only from 5 integer digits (`1000T`, `10,000T`).
pub(super) const COMPACT_MIN_GROUPING: usize = 2;
/// Standard notation (percent too) groups from 4 integer digits (`1,000%`, `1,098.87`).
pub(super) const STANDARD_MIN_GROUPING: usize = 1;
pub(super) const PERCENT_MIN_GROUPING: usize = STANDARD_MIN_GROUPING;

/// What a locale writes around the digits.
pub(super) struct Symbols {
    pub(super) decimal: char,
    pub(super) group: char,
    /// Suffix for each scale: 10^0, 10^3, 10^6, 10^9, 10^12.
    pub(super) scales: [&'static str; 5],
    pub(super) percent: &'static str,
}

const FR: Symbols = Symbols {
    decimal: ',',
    group: '\u{202f}',
    scales: ["", "\u{a0}k", "\u{a0}M", "\u{a0}Md", "\u{a0}Bn"],
    percent: "\u{a0}%",
};

const EN: Symbols = Symbols {
    decimal: '.',
    group: ',',
    scales: ["", "K", "M", "B", "T"],
    percent: "%",
};

impl Symbols {
    pub(super) fn of(locale: Locale) -> &'static Symbols {
        match locale {
            Locale::Fr => &FR,
            Locale::En => &EN,
        }
    }
}

/// Puts Intl's minus sign in front for a negative value, but never "-0":
/// the deliberate difference from Intl (a chart axis must never show "-0"). `shown_zero`: the
/// value as written reads zero.
pub(super) fn signed(value: f64, shown_zero: bool, text: String) -> String {
    if value < 0.0 && !shown_zero {
        format!("{MINUS}{text}")
    } else {
        text
    }
}

/// What Intl writes for NaN and the infinities (no panic, no "inf").
pub(super) fn non_finite(value: f64, suffix: &str) -> String {
    if value.is_nan() {
        format!("NaN{suffix}")
    } else if value < 0.0 {
        format!("{MINUS}∞{suffix}")
    } else {
        format!("∞{suffix}")
    }
}

/// `-` + prefix + number + suffix, or prefix + number + suffix.
pub(super) fn around_sign(number: &str, prefix: &str, suffix: &str) -> String {
    match number.strip_prefix(MINUS) {
        Some(rest) => format!("{MINUS}{prefix}{rest}{suffix}"),
        None => format!("{prefix}{number}{suffix}"),
    }
}

pub(super) fn digit_char(digit: u8) -> char {
    char::from(b'0' + digit.min(9))
}

/// Integer digits in groups of three, when there are at least
/// 3 + `min_grouping` of them (ICU's minimum grouping digits).
pub(super) fn grouped(integer: &[u8], separator: char, min_grouping: usize) -> String {
    let len = integer.len();
    let mut text = String::with_capacity(len * 2);
    for (i, &digit) in integer.iter().enumerate() {
        let left = len - i;
        if i > 0 && left % 3 == 0 && len >= 3 + min_grouping {
            text.push(separator);
        }
        text.push(digit_char(digit));
    }
    text
}
