//! What the program does: parse, read, render, write, and the exit status.

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::args::{self, Command, Format, Render, Usage};
use crate::png;
use outage_charts::input::Value;
use outage_charts::locale::Locale;

/// Why nothing was written: exit status 2 for the data or the arguments, 1 for a file.
enum Failure {
    Invalid(String),
    File(String),
}

pub fn main() -> ExitCode {
    let args: Result<Vec<String>, _> = std::env::args_os()
        .skip(1)
        .map(|a| a.into_string())
        .collect();
    let outcome = match args {
        Ok(args) => run(&args),
        Err(_) => Err(Failure::Invalid("arguments: not valid UTF-8".into())),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Invalid(message)) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
        Err(Failure::File(message)) => {
            eprintln!("{message}");
            ExitCode::from(1)
        }
    }
}

fn run(args: &[String]) -> Result<(), Failure> {
    let command =
        args::parse(args).map_err(|Usage(m)| Failure::Invalid(format!("{m}\n{}", args::USAGE)))?;
    match command {
        Command::Render(render) => render_file(&render),
        Command::Dataset { name, locale } => print_dataset(&name, &locale),
        Command::Help => {
            println!("{}", args::USAGE);
            Ok(())
        }
        Command::Version => {
            println!("outage-charts {}", env!("CARGO_PKG_VERSION"));
            Ok(())
        }
    }
}

fn render_file(render: &Render) -> Result<(), Failure> {
    let text = read_input(render.input.as_deref())?;
    let data: Value = serde_json::from_str(&text)
        .map_err(|e| Failure::Invalid(format!("dataset: not JSON ({e})")))?;
    let options = &render.options;
    let invalid = |e: outage_charts::error::DataError| Failure::Invalid(e.to_string());
    let bytes = match render.format {
        Format::Svg => outage_charts::render::render_svg(&data, options)
            .map_err(invalid)?
            .svg
            .into_bytes(),
        Format::Png => {
            let prepared = outage_charts::render::prepare(&data, options).map_err(invalid)?;
            png::render(&prepared, options.dark, render.scale).map_err(Failure::Invalid)?
        }
    };
    write_atomically(&render.output, &bytes)
}

fn read_input(path: Option<&Path>) -> Result<String, Failure> {
    let mut text = String::new();
    let read = match path {
        Some(path) => std::fs::File::open(path).and_then(|mut f| f.read_to_string(&mut text)),
        None => std::io::stdin().read_to_string(&mut text),
    };
    read.map_err(|e| {
        let name = path.map_or("-".into(), |p| p.display().to_string());
        Failure::File(format!("{name}: cannot read ({e})"))
    })?;
    Ok(text)
}

/// Writes a temporary file beside `path` and renames it over `path`: a reader never sees half a
/// chart, and a failed write leaves nothing behind.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let fail = |e: std::io::Error| Failure::File(format!("{}: cannot write ({e})", path.display()));
    let Some(name) = name else {
        return Err(fail(std::io::Error::other("not a file name")));
    };
    let temp = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::File::create_new(&temp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&temp, path));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&temp);
        return Err(fail(e));
    }
    Ok(())
}

fn print_dataset(name: &str, locale: &str) -> Result<(), Failure> {
    let locale = Locale::parse(locale).ok_or_else(|| {
        Failure::Invalid(format!(
            "locale: expected \"fr\" or \"en\", got \"{locale}\""
        ))
    })?;
    let all = outage_charts::datasets::builtin(locale);
    let names: Vec<&str> = all.iter().map(|(n, _)| *n).collect();
    let Some((_, data)) = all.iter().find(|(n, _)| *n == name) else {
        return Err(Failure::Invalid(format!(
            "{name}: unknown dataset, expected one of {}",
            names.join(", ")
        )));
    };
    let json = serde_json::to_string_pretty(&data.to_value())
        .map_err(|e| Failure::Invalid(format!("dataset: {e}")))?;
    println!("{json}");
    Ok(())
}
