//! Colours. The series palette is Okabe & Ito's, chosen so that readers with the common forms of
//! colour blindness can still tell series apart; the dark theme uses lighter variants.

use crate::model::Rgb;
use crate::options::Theme;

#[derive(Debug, Clone, PartialEq)]
pub struct Palette {
    pub background: Rgb,
    pub text: Rgb,
    pub muted: Rgb,
    pub grid: Rgb,
    pub axis: Rgb,
    /// Hatching and outline of "not disclosed" marks.
    pub unknown: Rgb,
    series: [Rgb; 8],
}

impl Palette {
    /// `prefers_dark` decides the `auto` theme (the reader's `prefers-color-scheme`).
    pub fn new(theme: Theme, prefers_dark: bool) -> Palette {
        let dark = match theme {
            Theme::Light => false,
            Theme::Dark => true,
            Theme::Auto => prefers_dark,
        };
        if dark {
            Palette::dark()
        } else {
            Palette::light()
        }
    }

    fn light() -> Palette {
        Palette {
            background: Rgb(0xff, 0xff, 0xff),
            text: Rgb(0x1b, 0x1f, 0x24),
            muted: Rgb(0x5b, 0x63, 0x6e),
            grid: Rgb(0xe3, 0xe6, 0xea),
            axis: Rgb(0x3a, 0x40, 0x48),
            unknown: Rgb(0x7a, 0x82, 0x8c),
            series: [
                Rgb(0x00, 0x72, 0xb2),
                Rgb(0xe6, 0x9f, 0x00),
                Rgb(0x00, 0x9e, 0x73),
                Rgb(0xd5, 0x5e, 0x00),
                Rgb(0x56, 0xb4, 0xe9),
                Rgb(0xcc, 0x79, 0xa7),
                Rgb(0x8c, 0x6d, 0x1f),
                Rgb(0x40, 0x40, 0x40),
            ],
        }
    }

    fn dark() -> Palette {
        Palette {
            background: Rgb(0x16, 0x19, 0x1e),
            text: Rgb(0xe9, 0xec, 0xef),
            muted: Rgb(0xa4, 0xac, 0xb6),
            grid: Rgb(0x2e, 0x34, 0x3b),
            axis: Rgb(0xc4, 0xca, 0xd1),
            unknown: Rgb(0x9a, 0xa2, 0xac),
            series: [
                Rgb(0x56, 0xb4, 0xe9),
                Rgb(0xe6, 0x9f, 0x00),
                Rgb(0x2b, 0xc4, 0x9a),
                Rgb(0xff, 0x85, 0x3f),
                Rgb(0x9e, 0xd3, 0xf4),
                Rgb(0xe0, 0x9c, 0xc4),
                Rgb(0xf0, 0xe4, 0x42),
                Rgb(0xc8, 0xc8, 0xc8),
            ],
        }
    }

    /// The colour of series `index`: its own `color` if the dataset gives one.
    pub fn series(&self, index: usize, own: Option<Rgb>) -> Rgb {
        own.unwrap_or(self.series[index % self.series.len()])
    }
}
