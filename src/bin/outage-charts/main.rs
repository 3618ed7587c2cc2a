//! `outage-charts`: static charts from the command line (README "Static charts"). Its SVG comes
//! from the same code as the module's `renderSvg` (outage_charts::render), byte for byte; its PNG
//! is the same layout drawn on a pixmap with the same built-in font.

#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod glyphs;
#[cfg(not(target_arch = "wasm32"))]
mod pixmap;
#[cfg(not(target_arch = "wasm32"))]
mod png;
#[cfg(not(target_arch = "wasm32"))]
mod run;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    run::main()
}

/// The program is native only, but cargo builds every binary of the package for a wasm32 test
/// run (tests/web.rs): there it is empty.
#[cfg(target_arch = "wasm32")]
fn main() {}
