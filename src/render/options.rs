//! The options of a static chart (`renderSvg`'s second argument, the command line's flags):
//! `{ width?, height?, locale?, theme? }`, checked with the option's name as the error's path.

use crate::error::DataError;
use crate::format::JsNumber;
use crate::input::Value;
use crate::locale::Locale;

/// The sides a static chart may have, in CSS pixels: below the smallest the layout draws no
/// chart at all, and past the largest a PNG at scale 2 would outgrow what a rasteriser takes.
pub const MIN_SIDE: f64 = crate::layout::MIN_SIZE;
pub const MAX_SIDE: f64 = 8192.0;

/// The default size: the `<outage-chart>` element's own default height, and a common column width.
pub const DEFAULT_WIDTH: f64 = 640.0;
pub const DEFAULT_HEIGHT: f64 = 360.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Height {
    Css(f64),
    /// As tall as the content needs (`Chart::content_height`, as the element sizes itself).
    Auto,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StaticOptions {
    pub width: f64,
    pub height: Height,
    /// A static chart never guesses the reader's language: English unless asked, so the same
    /// call gives the same bytes in every browser, in Node and on the command line.
    pub locale: Locale,
    /// Light or dark; there is no reader whose `prefers-color-scheme` an image could follow.
    pub dark: bool,
}

impl Default for StaticOptions {
    fn default() -> Self {
        StaticOptions {
            width: DEFAULT_WIDTH,
            height: Height::Css(DEFAULT_HEIGHT),
            locale: Locale::En,
            dark: false,
        }
    }
}

const NAMES: &str = "width, height, locale, theme";

impl StaticOptions {
    /// The defaults with the fields of `value` (an object, or null for none) applied.
    pub fn parse(value: &Value) -> Result<StaticOptions, DataError> {
        let fields = match value {
            Value::Null | Value::Undefined => return Ok(StaticOptions::default()),
            Value::Object(fields) => fields,
            other => return Err(DataError::expected("options", "an object", other)),
        };
        let mut options = StaticOptions::default();
        for (key, value) in fields {
            if !matches!(value, Value::Null | Value::Undefined) {
                options.set(key, value)?;
            }
        }
        Ok(options)
    }

    /// Sets option `key`; the command line's flags come through here too.
    pub fn set(&mut self, key: &str, value: &Value) -> Result<(), DataError> {
        match key {
            "width" => self.width = side("width", value)?,
            "height" => {
                self.height = match value {
                    Value::String(s) if s == "auto" => Height::Auto,
                    Value::Number(_) => Height::Css(side("height", value)?),
                    _ => {
                        return Err(DataError::expected(
                            "height",
                            &side_words("or \"auto\""),
                            value,
                        ))
                    }
                }
            }
            "locale" => {
                self.locale = match value {
                    Value::String(s) => Locale::parse(s),
                    _ => None,
                }
                .ok_or_else(|| DataError::expected("locale", "\"fr\" or \"en\"", value))?;
            }
            "theme" => {
                self.dark = match value {
                    Value::String(s) if s == "light" => false,
                    Value::String(s) if s == "dark" => true,
                    _ => return Err(DataError::expected("theme", "\"light\" or \"dark\"", value)),
                }
            }
            _ => {
                let message = format!("unknown option, expected one of {NAMES}");
                return Err(DataError::new(key, message));
            }
        }
        Ok(())
    }

    /// The chart options these give (`Chart` takes its locale and theme from them).
    pub fn chart_options(&self) -> Value {
        let theme = if self.dark { "dark" } else { "light" };
        Value::Object(vec![
            ("locale".into(), Value::String(self.locale.code().into())),
            ("theme".into(), Value::String(theme.into())),
        ])
    }
}

fn side_words(extra: &str) -> String {
    format!(
        "a number of CSS pixels from {} to {}{}{extra}",
        JsNumber(MIN_SIDE),
        JsNumber(MAX_SIDE),
        if extra.is_empty() { "" } else { " " }
    )
}

fn side(name: &str, value: &Value) -> Result<f64, DataError> {
    match value {
        Value::Number(n) if (MIN_SIDE..=MAX_SIDE).contains(n) => Ok(*n),
        _ => Err(DataError::expected(name, &side_words(""), value)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<StaticOptions, String> {
        let value: Value = serde_json::from_str(json).expect("test JSON");
        StaticOptions::parse(&value).map_err(|e| e.to_string())
    }

    #[test]
    fn defaults_and_given_fields() {
        assert_eq!(parse("null"), Ok(StaticOptions::default()));
        let o = parse(r#"{"width": 1200, "height": "auto", "locale": "fr", "theme": "dark"}"#);
        let o = o.expect("valid");
        assert_eq!(
            (o.width, o.height, o.locale, o.dark),
            (1200.0, Height::Auto, Locale::Fr, true)
        );
    }

    #[test]
    fn errors_name_the_option() {
        for (json, path) in [
            (r#"{"width": 10}"#, "width: "),
            (r#"{"width": "640"}"#, "width: "),
            (r#"{"height": "tall"}"#, "height: "),
            (r#"{"height": 1e9}"#, "height: "),
            (r#"{"locale": "de"}"#, "locale: "),
            (r#"{"theme": "auto"}"#, "theme: "),
            (r#"{"scale": 2}"#, "scale: unknown option"),
            ("[]", "options: "),
        ] {
            let error = parse(json).expect_err(json);
            assert!(error.starts_with(path), "{json}: {error}");
        }
    }
}
