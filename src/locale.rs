//! The two languages the widget speaks, and how a page's language picks one.

/// A chart's language: it decides number formatting and the built-in texts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    Fr,
    #[default]
    En,
}

impl Locale {
    /// `fr` for any `fr-*` tag (as `navigator.language` gives it), otherwise `en`.
    pub fn from_language_tag(tag: &str) -> Locale {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("fr") {
            Locale::Fr
        } else {
            Locale::En
        }
    }

    /// The exact option value, `"fr"` or `"en"`.
    pub fn parse(name: &str) -> Option<Locale> {
        match name {
            "fr" => Some(Locale::Fr),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_map_to_fr_or_en() {
        assert_eq!(Locale::from_language_tag("fr-FR"), Locale::Fr);
        assert_eq!(Locale::from_language_tag("fr"), Locale::Fr);
        assert_eq!(Locale::from_language_tag("FR-ca"), Locale::Fr);
        assert_eq!(Locale::from_language_tag("en-US"), Locale::En);
        assert_eq!(Locale::from_language_tag("de-DE"), Locale::En);
        assert_eq!(Locale::from_language_tag("fry"), Locale::En);
        assert_eq!(Locale::from_language_tag(""), Locale::En);
    }
}
