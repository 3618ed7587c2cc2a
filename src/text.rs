//! Text measurement, wrapping and shortening for layout.
//!
//! Layout needs widths before anything is drawn. In the browser they come from the canvas's
//! own `measureText`, so what is measured is what is drawn; natively (tests, SVG tools) a
//! deterministic estimate stands in.

/// A font as layout uses it: always the page's sans-serif, at a size in device pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    pub size: f64,
    pub bold: bool,
}

impl Font {
    pub fn regular(size: f64) -> Font {
        Font { size, bold: false }
    }

    pub fn bold(size: f64) -> Font {
        Font { size, bold: true }
    }
}

pub trait TextMeasure {
    /// Width of `text` in device pixels.
    fn width(&self, text: &str, font: Font) -> f64;
}

/// A deterministic estimate from character classes, close to common sans-serif fonts.
pub struct EstimatedText;

impl TextMeasure for EstimatedText {
    fn width(&self, text: &str, font: Font) -> f64 {
        let em: f64 = text.chars().map(char_em).sum();
        em * font.size * if font.bold { 1.06 } else { 1.0 }
    }
}

fn char_em(c: char) -> f64 {
    match c {
        'i' | 'l' | 'j' | '\'' | '.' | ',' | ':' | ';' | '!' | '|' => 0.25,
        ' ' | '\u{a0}' | 'f' | 't' | 'r' | '(' | ')' | '-' => 0.32,
        '\u{202f}' => 0.2,
        'm' | 'w' | 'M' | 'W' | '@' => 0.85,
        'A'..='Z' | '0'..='9' | '$' | '%' | '€' => 0.62,
        c if c.is_ascii() => 0.52,
        // CJK, emoji and other wide scripts take about a full em.
        c if u32::from(c) >= 0x2E80 => 1.0,
        _ => 0.56,
    }
}

/// `text` cut to fit `max_width`, ending with "…" when cut.
pub fn ellipsize(text: &str, font: Font, max_width: f64, m: &dyn TextMeasure) -> String {
    if m.width(text, font) <= max_width {
        return text.to_string();
    }
    let chars: Vec<char> = text.chars().collect();
    // The longest prefix that fits with the ellipsis: binary search over its length.
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars[..mid].iter().chain(['…'].iter()).collect();
        if m.width(&candidate, font) <= max_width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    let kept: String = chars[..lo].iter().collect();
    format!("{}…", kept.trim_end())
}

/// Word-wraps `text` into at most `max_lines` lines of `max_width`; the last line is shortened
/// with "…" if text remains. A word wider than a line is broken across lines (a URL, a long
/// compound), so nothing is lost while there are lines to spare.
pub fn wrap(
    text: &str,
    font: Font,
    max_width: f64,
    max_lines: usize,
    m: &dyn TextMeasure,
) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if m.width(&candidate, font) <= max_width {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        current = word.to_string();
        // Pieces of a word too wide for any line, each as long as fits (at least a character).
        while m.width(&current, font) > max_width && current.chars().count() > 1 {
            let keep = longest_fitting_prefix(&current, font, max_width, m).max(1);
            let rest = current.chars().skip(keep).collect::<String>();
            lines.push(current.chars().take(keep).collect());
            current = rest;
            if lines.len() > max_lines {
                break;
            }
        }
        if lines.len() > max_lines {
            break;
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    let truncated = lines.len() > max_lines;
    lines.truncate(max_lines);
    for line in &mut lines {
        *line = ellipsize(line, font, max_width, m);
    }
    if let (true, Some(last)) = (truncated, lines.last_mut()) {
        *last = ellipsize(&format!("{last} …"), font, max_width, m);
    }
    lines
}

/// How many leading characters of `text` fit in `max_width` (binary search over the length).
fn longest_fitting_prefix(text: &str, font: Font, max_width: f64, m: &dyn TextMeasure) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let (mut lo, mut hi) = (0, chars.len());
    while lo < hi {
        let mid = (lo + hi).div_ceil(2);
        let candidate: String = chars[..mid].iter().collect();
        if m.width(&candidate, font) <= max_width {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

#[cfg(test)]
mod tests {
    use super::*;

    const F: Font = Font {
        size: 10.0,
        bold: false,
    };

    #[test]
    fn ellipsize_keeps_short_text_and_cuts_long_text() {
        assert_eq!(ellipsize("Telegram", F, 1000.0, &EstimatedText), "Telegram");
        let cut = ellipsize("Telegram Messenger", F, 40.0, &EstimatedText);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(EstimatedText.width(&cut, F) <= 40.0);
        assert_eq!(ellipsize("Telegram", F, 0.0, &EstimatedText), "…");
    }

    #[test]
    fn wrap_breaks_on_words_and_limits_lines() {
        let lines = wrap("one two three four five six", F, 60.0, 10, &EstimatedText);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), "one two three four five six");
        for line in &lines {
            assert!(EstimatedText.width(line, F) <= 60.0, "{line}");
        }
        let two = wrap("one two three four five six", F, 60.0, 2, &EstimatedText);
        assert_eq!(two.len(), 2);
        assert!(two[1].ends_with('…'), "{two:?}");
    }

    #[test]
    fn wrap_breaks_a_word_wider_than_the_line() {
        let lines = wrap(&"x".repeat(20), F, 50.0, 3, &EstimatedText);
        assert_eq!(lines.concat(), "x".repeat(20));
        let lines = wrap(&"x".repeat(500), F, 50.0, 3, &EstimatedText);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'), "{lines:?}");
        for line in &lines {
            assert!(EstimatedText.width(line, F) <= 50.0);
        }
    }

    #[test]
    fn wrap_of_nothing_is_nothing() {
        assert!(wrap("   ", F, 50.0, 3, &EstimatedText).is_empty());
    }
}
