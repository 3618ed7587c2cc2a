//! The command line's PNGs, checked where it matters rather than against golden images (which
//! break with every rasteriser release): size, ink where the plot is, and the hatching that
//! says "not disclosed".

use std::path::{Path, PathBuf};
use std::process::Command;

use outage_charts::builtin_font::BuiltinFont;
use outage_charts::chart::{Chart, Size};
use outage_charts::input::Value;
use outage_charts::locale::Locale;
use outage_charts::options::Theme;
use outage_charts::theme::Palette;

struct Image {
    width: u32,
    height: u32,
    /// RGB, row by row.
    pixels: Vec<u8>,
}

impl Image {
    fn at(&self, x: u32, y: u32) -> (u8, u8, u8) {
        let i = ((y * self.width + x) * 3) as usize;
        (self.pixels[i], self.pixels[i + 1], self.pixels[i + 2])
    }
}

fn render(name: &str, args: &[&str]) -> Image {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("png");
    std::fs::create_dir_all(&dir).expect("folder");
    // One input per test: the tests run at once.
    let input: PathBuf = dir.join(format!("{name}.json"));
    let bin = env!("CARGO_BIN_EXE_outage-charts");
    let json = Command::new(bin)
        .args(["dataset", "user-gains"])
        .output()
        .expect("runs");
    std::fs::write(&input, json.stdout).expect("write");
    let out = dir.join(format!("{name}.png"));
    let done = Command::new(bin)
        .args([
            "render",
            input.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
        .args(args)
        .output()
        .expect("runs");
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let decoder = png::Decoder::new(std::fs::File::open(&out).expect("png"));
    let mut reader = decoder.read_info().expect("png header");
    let mut pixels = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut pixels).expect("png data");
    // Opaque charts are written as RGB.
    assert_eq!(info.color_type, png::ColorType::Rgb);
    Image {
        width: info.width,
        height: info.height,
        pixels,
    }
}

/// The user-gains chart as laid out natively, in CSS pixels: where its bar and its unknown are.
fn user_gains_layout() -> outage_charts::layout::Layout {
    let chart = Chart::new(&Value::Undefined, &Value::Undefined, Locale::En).expect("built-in");
    let size = Size {
        width: 640.0,
        height: 360.0,
        scale: 1.0,
    };
    chart.layout(size, &BuiltinFont)
}

#[test]
fn a_png_is_width_times_scale_by_height_times_scale() {
    let one = render("one", &[]);
    assert_eq!((one.width, one.height), (640, 360));
    let two = render("two", &["--scale", "2"]);
    assert_eq!((two.width, two.height), (1280, 720));
    let card = render("card", &["--width", "1200", "--height", "630"]);
    assert_eq!((card.width, card.height), (1200, 630));
}

#[test]
fn the_bar_is_inked_in_its_series_colour_inside_the_plot() {
    let layout = user_gains_layout();
    let palette = Palette::new(Theme::Light, false);
    let blue = palette.series(&[None], 0);
    for scale in [1u32, 2] {
        let image = render(&format!("bar{scale}"), &["--scale", &scale.to_string()]);
        let bar = layout.bars[0].rect;
        let (x, y) = ((bar.x0 + bar.x1) / 2.0, (bar.y0 + bar.y1) / 2.0);
        let (x, y) = ((x * scale as f64) as u32, (y * scale as f64) as u32);
        assert_eq!(image.at(x, y), (blue.0, blue.1, blue.2), "scale {scale}");
        let plot = layout.plot;
        let s = scale as f64;
        let inked = (plot.y0 as u32 * scale..plot.y1 as u32 * scale)
            .flat_map(|y| (plot.x0 as u32 * scale..(plot.x1 * s) as u32).map(move |x| (x, y)))
            .filter(|&(x, y)| image.at(x, y) != (255, 255, 255))
            .count();
        assert!(
            inked > (plot.width() * plot.height() * s * s / 10.0) as usize,
            "{inked}"
        );
    }
}

#[test]
fn the_not_disclosed_mark_is_hatched() {
    let layout = user_gains_layout();
    let mark = layout.unknowns[0].rect;
    for scale in [1u32, 2] {
        let image = render(&format!("hatch{scale}"), &["--scale", &scale.to_string()]);
        let s = scale as f64;
        // Along a row through the mark's lower part (below its label), hatch lines cross
        // every 7 CSS px: darker pixels in evenly spaced runs.
        let y = ((mark.y0 + mark.height() * 0.85) * s) as u32;
        let (from, to) = (((mark.x0 + 4.0) * s) as u32, ((mark.x1 - 4.0) * s) as u32);
        let dark: Vec<bool> = (from..to).map(|x| image.at(x, y).0 < 235).collect();
        let starts: Vec<usize> = (1..dark.len())
            .filter(|&i| dark[i] && !dark[i - 1])
            .collect();
        assert!(
            starts.len() > 20,
            "scale {scale}: {} hatch lines",
            starts.len()
        );
        // A grid line under the mark may add a run of its own; nearly every gap is the period.
        let period = 7.0 * s;
        let gaps: Vec<f64> = starts.windows(2).map(|p| (p[1] - p[0]) as f64).collect();
        let regular = gaps.iter().filter(|g| (**g - period).abs() <= 1.0).count();
        assert!(regular * 10 >= gaps.len() * 9, "scale {scale}: {starts:?}");
    }
}
