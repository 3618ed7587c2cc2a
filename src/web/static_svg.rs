//! `renderSvg(data, options?)`: a static chart as an SVG document, with no canvas and no DOM,
//! so it runs in Node as well as in a page. The work is `render::render_svg`, the command
//! line's own, so both give the same bytes.

use wasm_bindgen::prelude::*;

use crate::render::{render_svg, StaticOptions};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** `renderSvg`'s options: CSS pixels; `height: "auto"` is as tall as the content needs. */
export interface StaticChartOptions {
  width?: number;
  height?: number | "auto";
  locale?: "fr" | "en";
  theme?: "light" | "dark";
}
"#;

/// A standalone SVG document of `data`; throws `Error` (path first) on invalid data or options.
#[wasm_bindgen(js_name = renderSvg)]
pub fn render_svg_js(
    #[wasm_bindgen(unchecked_param_type = "Dataset")] data: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "StaticChartOptions")] options: JsValue,
) -> Result<String, JsError> {
    let options = StaticOptions::parse(&super::read(&options)?).map_err(super::js_error)?;
    let data = super::read(&data)?;
    render_svg(&data, &options)
        .map(|drawn| drawn.svg)
        .map_err(super::js_error)
}
