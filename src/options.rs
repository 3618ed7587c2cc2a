//! Chart options (`{ locale?, theme?, animate? }`), merged onto the current ones.

use crate::error::DataError;
use crate::input::Value;
use crate::locale::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// Follows the reader's `prefers-color-scheme`.
    Auto,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub locale: Locale,
    pub theme: Theme,
    /// Transitions on data swaps; drawing is synchronous either way.
    pub animate: bool,
}

impl Options {
    pub fn new(locale: Locale) -> Options {
        Options {
            locale,
            theme: Theme::Auto,
            animate: true,
        }
    }

    /// These options with the fields given in `value` replaced; `null`/`undefined` changes nothing.
    /// The path in an error is the option's name: `locale: expected "fr" or "en", got "de"`.
    pub fn merged(self, value: &Value) -> Result<Options, DataError> {
        let fields = match value {
            Value::Null | Value::Undefined => return Ok(self),
            Value::Object(fields) => fields,
            other => return Err(DataError::expected("options", "an object", other)),
        };
        let mut next = self;
        for (key, value) in fields {
            if *value == Value::Null {
                continue;
            }
            match key.as_str() {
                "locale" => {
                    next.locale = match value {
                        Value::String(s) => Locale::parse(s),
                        _ => None,
                    }
                    .ok_or_else(|| DataError::expected("locale", "\"fr\" or \"en\"", value))?;
                }
                "theme" => {
                    next.theme = match value {
                        Value::String(s) if s == "light" => Some(Theme::Light),
                        Value::String(s) if s == "dark" => Some(Theme::Dark),
                        Value::String(s) if s == "auto" => Some(Theme::Auto),
                        _ => None,
                    }
                    .ok_or_else(|| {
                        DataError::expected("theme", "\"light\", \"dark\" or \"auto\"", value)
                    })?;
                }
                "animate" => {
                    next.animate = match value {
                        Value::Bool(b) => *b,
                        _ => return Err(DataError::expected("animate", "true or false", value)),
                    };
                }
                _ => {
                    return Err(DataError::new(
                        key.as_str(),
                        "unknown option, expected one of locale, theme, animate",
                    ))
                }
            }
        }
        Ok(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merge(json: &str) -> Result<Options, String> {
        let value: Value = serde_json::from_str(json).expect("test JSON");
        Options::new(Locale::En)
            .merged(&value)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn merges_only_what_is_given() {
        let o = merge(r#"{"locale": "fr"}"#).expect("valid");
        assert_eq!(o.locale, Locale::Fr);
        assert_eq!(o.theme, Theme::Auto);
        assert!(o.animate);
        let o = merge(r#"{"theme": "dark", "animate": false}"#).expect("valid");
        assert_eq!(
            (o.locale, o.theme, o.animate),
            (Locale::En, Theme::Dark, false)
        );
        assert_eq!(merge("null").expect("valid"), Options::new(Locale::En));
    }

    #[test]
    fn errors_name_the_option() {
        assert_eq!(
            merge(r#"{"locale": "de"}"#).unwrap_err(),
            r#"locale: expected "fr" or "en", got "de""#
        );
        assert!(merge(r#"{"theme": 3}"#).unwrap_err().starts_with("theme: "));
        assert!(merge(r#"{"animate": "yes"}"#)
            .unwrap_err()
            .starts_with("animate: "));
        assert!(merge(r#"{"colour": "x"}"#)
            .unwrap_err()
            .starts_with("colour: unknown option"));
        assert!(merge("7").unwrap_err().starts_with("options: "));
    }
}
