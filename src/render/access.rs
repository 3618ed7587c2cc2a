//! What makes a static SVG readable without its pixels: a `<title>`, and a `<desc>` with the
//! summary, the data as a table of text (one row per line, cells split by " | ") and the notes
//! and source, all from `describe`, as the interactive chart's readers' table has them.

use crate::describe;
use crate::locale::Locale;
use crate::model::Dataset;
use crate::svg::escape_into;

/// `svg` (as plotters writes it: the `<svg …>` tag, a newline, the drawing) with `role="img"`,
/// a title and a description.
pub fn with_description(svg: &str, data: &Dataset, locale: Locale) -> String {
    // Byte searches and checked splits, not `str::find` and `split_at`: those link the panic
    // path that prints a char with `{:?}` (a few KB of core's Debug tables).
    let end = svg.as_bytes().windows(2).position(|w| w == b">\n");
    let Some((open, rest)) = end.and_then(|end| svg.split_at_checked(end + 2)) else {
        return svg.to_string();
    };
    let mut out = String::with_capacity(svg.len() + 256);
    match open.strip_prefix("<svg ") {
        Some(attributes) => {
            out.push_str("<svg role=\"img\" ");
            out.push_str(attributes);
        }
        None => out.push_str(open),
    }
    out.push_str("<title>");
    escape_into(&mut out, &data.title);
    out.push_str("</title>\n<desc>");
    escape_into(&mut out, &description(data, locale));
    out.push_str("</desc>\n");
    out.push_str(rest);
    out
}

fn description(data: &Dataset, locale: Locale) -> String {
    let mut lines = vec![describe::summary(data, locale)];
    if let Some(subtitle) = &data.subtitle {
        lines.push(subtitle.clone());
    }
    lines.extend(
        describe::table(data, locale)
            .iter()
            .map(|row| row.join(" | ")),
    );
    lines.extend(describe::notes(data, locale));
    lines.join("\n")
}
