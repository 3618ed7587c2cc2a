//! The command line's arguments, parsed by hand: three commands and a handful of flags do not
//! need a parser crate. Every mistake is a [`Usage`] error whose message begins with the
//! offending flag or option, as dataset errors begin with their path.

use std::path::PathBuf;

use outage_charts::input::Value;
use outage_charts::render::StaticOptions;

pub const USAGE: &str = "\
usage: outage-charts render DATASET.json -o CHART.svg|CHART.png [--width 640] [--height 360|auto]
                            [--scale 1] [--locale en|fr] [--theme light|dark]
       outage-charts dataset NAME [--locale en|fr]   (prints a built-in dataset: user-gains, market-cap-loss)
       outage-charts --help | --version
DATASET \"-\" reads standard input. The output's extension picks the format; a PNG is
width x scale by height x scale pixels. Exit status: 0 written, 2 invalid dataset or option,
1 a file that cannot be read or written.";

/// The largest side of a PNG, in pixels: what a rasteriser takes without tiling.
pub const MAX_PIXELS: f64 = 16384.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Render {
    /// `None` reads standard input.
    pub input: Option<PathBuf>,
    pub output: PathBuf,
    pub format: Format,
    pub options: StaticOptions,
    pub scale: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Render(Render),
    Dataset { name: String, locale: String },
    Help,
    Version,
}

/// A mistake in the arguments: exit status 2.
#[derive(Debug, Clone, PartialEq)]
pub struct Usage(pub String);

pub fn parse(args: &[String]) -> Result<Command, Usage> {
    match args.first().map(String::as_str) {
        Some("render") => render(&args[1..]).map(Command::Render),
        Some("dataset") => dataset(&args[1..]),
        Some("-h" | "--help" | "help") => Ok(Command::Help),
        Some("-V" | "--version") => Ok(Command::Version),
        Some(other) => Err(Usage(format!(
            "{other}: unknown command, expected render or dataset"
        ))),
        None => Err(Usage(
            "command: required, expected render or dataset".into(),
        )),
    }
}

/// The value after flag `args[*at]`, moving past it.
fn value<'a>(args: &'a [String], at: &mut usize) -> Result<&'a str, Usage> {
    let flag = &args[*at];
    *at += 1;
    args.get(*at)
        .map(String::as_str)
        .ok_or_else(|| Usage(format!("{flag}: expected a value after it")))
}

/// A flag's text as the option value `renderSvg` would be given: a number when it reads as one.
fn option_value(text: &str) -> Value {
    match text.parse::<f64>() {
        Ok(n) if n.is_finite() => Value::Number(n),
        _ => Value::String(text.to_string()),
    }
}

fn render(args: &[String]) -> Result<Render, Usage> {
    let (mut input, mut output) = (None, None);
    let mut options = StaticOptions::default();
    let mut scale = 1.0;
    let mut at = 0;
    while at < args.len() {
        let arg = args[at].as_str();
        match arg {
            "-o" | "--output" => output = Some(value(args, &mut at)?.to_string()),
            "--width" | "--height" | "--locale" | "--theme" => {
                let given = option_value(value(args, &mut at)?);
                options
                    .set(&arg[2..], &given)
                    .map_err(|e| Usage(e.to_string()))?;
            }
            "--scale" => scale = parse_scale(value(args, &mut at)?)?,
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(Usage(format!(
                    "{flag}: unknown option, expected one of -o, --width, --height, --scale, --locale, --theme"
                )))
            }
            path if input.is_none() => input = Some(path.to_string()),
            extra => {
                return Err(Usage(format!(
                    "{extra}: one dataset per call (the first was {})",
                    input.unwrap_or_default()
                )))
            }
        }
        at += 1;
    }
    let input = input.ok_or_else(|| Usage("DATASET: required, a JSON file or -".into()))?;
    let output =
        output.ok_or_else(|| Usage("-o: required, expected CHART.svg or CHART.png".into()))?;
    let format = format_of(&output)?;
    let render = Render {
        input: (input != "-").then(|| PathBuf::from(input)),
        output: PathBuf::from(output),
        format,
        options,
        scale,
    };
    check_pixels(&render)?;
    Ok(render)
}

fn parse_scale(text: &str) -> Result<f64, Usage> {
    match text.parse::<f64>() {
        Ok(n) if (0.25..=8.0).contains(&n) => Ok(n),
        _ => Err(Usage(format!(
            "scale: expected a number from 0.25 to 8, got \"{text}\""
        ))),
    }
}

fn format_of(output: &str) -> Result<Format, Usage> {
    let lower = output.to_ascii_lowercase();
    if lower.ends_with(".svg") {
        Ok(Format::Svg)
    } else if lower.ends_with(".png") {
        Ok(Format::Png)
    } else {
        Err(Usage(format!(
            "-o: expected a file name ending in .svg or .png, got \"{output}\""
        )))
    }
}

/// A PNG must fit the rasteriser; an SVG has no pixels, so any scale is fine there.
fn check_pixels(render: &Render) -> Result<(), Usage> {
    let height = match render.options.height {
        outage_charts::render::Height::Css(h) => h,
        outage_charts::render::Height::Auto => 0.0,
    };
    let largest = render.options.width.max(height) * render.scale;
    if render.format == Format::Png && largest > MAX_PIXELS {
        return Err(Usage(format!(
            "scale: the PNG would be {largest} pixels on a side, more than {MAX_PIXELS}"
        )));
    }
    Ok(())
}

fn dataset(args: &[String]) -> Result<Command, Usage> {
    let mut name = None;
    let mut locale = "en".to_string();
    let mut at = 0;
    while at < args.len() {
        match args[at].as_str() {
            "--locale" => locale = value(args, &mut at)?.to_string(),
            flag if flag.starts_with('-') => {
                return Err(Usage(format!("{flag}: unknown option, expected --locale")))
            }
            given if name.is_none() => name = Some(given.to_string()),
            extra => return Err(Usage(format!("{extra}: one dataset name per call"))),
        }
        at += 1;
    }
    let name = name.ok_or_else(|| Usage("NAME: required, e.g. user-gains".into()))?;
    Ok(Command::Dataset { name, locale })
}

#[cfg(test)]
mod tests {
    use super::*;
    use outage_charts::render::Height;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn a_full_render_line() {
        let line =
            "render - -o card.PNG --width 1200 --height auto --scale 2 --locale fr --theme dark";
        let Ok(Command::Render(r)) = parse(&args(line)) else {
            panic!("not a render");
        };
        assert_eq!((r.input, r.format, r.scale), (None, Format::Png, 2.0));
        assert_eq!((r.options.width, r.options.height), (1200.0, Height::Auto));
        assert!(r.options.dark);
    }

    #[test]
    fn mistakes_name_their_flag() {
        for (line, start) in [
            ("render a.json -o b.svg c.json", "c.json: one dataset"),
            ("render a.json -o b.svg --height -3", "height: "),
            (
                "render a.json -o b.svg --width",
                "--width: expected a value",
            ),
            ("dataset", "NAME: required"),
        ] {
            let Err(Usage(message)) = parse(&args(line)) else {
                panic!("{line} parsed");
            };
            assert!(message.starts_with(start), "{line}: {message}");
        }
    }
}
