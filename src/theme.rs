//! Colours. Sixteen series colours per theme, as many as a dataset may have series: first Okabe &
//! Ito's eight, chosen so that readers with the common forms of colour blindness can still tell
//! series apart (the dark theme uses lighter variants), then eight more picked to lie as far as
//! possible (CIEDE2000) from every colour before them, from the grey of "not disclosed" marks and
//! from the text, with at least 3:1 contrast against the theme's background. A test holds every
//! pair of a theme's sixteen at least [`MIN_DISTANCE`] apart.

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
    series: [Rgb; 16],
}

/// The smallest CIEDE2000 difference between two series colours of a theme (Okabe & Ito's dark
/// variants are the closest pair, at 10.3).
pub const MIN_DISTANCE: f64 = 10.0;

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
                Rgb(0x78, 0x00, 0xd2),
                Rgb(0xb4, 0x00, 0x3c),
                Rgb(0x00, 0x5a, 0x00),
                Rgb(0x00, 0x69, 0x69),
                Rgb(0x96, 0x78, 0xff),
                Rgb(0x78, 0x96, 0x00),
                Rgb(0x78, 0x5a, 0x78),
                Rgb(0xff, 0x4b, 0x5a),
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
                Rgb(0x5a, 0x78, 0x00),
                Rgb(0x78, 0x5a, 0xc3),
                Rgb(0xd2, 0x2d, 0x4b),
                Rgb(0x00, 0x78, 0x78),
                Rgb(0x87, 0x69, 0x4b),
                Rgb(0x87, 0x78, 0x87),
                Rgb(0xa5, 0xa5, 0x69),
                Rgb(0x00, 0x78, 0xb4),
            ],
        }
    }

    /// The colour of category `index` (a donut's slices): the palette in order, repeating only
    /// past sixteen categories.
    pub fn category(&self, index: usize) -> Rgb {
        self.series[index % self.series.len()]
    }

    /// The colour of series `index` of series whose own colours are `own`: its own, or the next
    /// palette colour that no series before it took and that no series gives as its own, so no
    /// two series of a chart share a colour unless the dataset asks for it.
    pub fn series(&self, own: &[Option<Rgb>], index: usize) -> Rgb {
        if let Some(Some(color)) = own.get(index) {
            return *color;
        }
        let given = |c: &Rgb| own.iter().flatten().any(|o| o == c);
        let before = own.iter().take(index).filter(|o| o.is_none()).count();
        let mut free = self.series.iter().filter(|c| !given(c));
        free.nth(before)
            .copied()
            .unwrap_or_else(|| self.category(index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// CIE L*a*b* (D65) of an sRGB colour.
    fn lab(c: Rgb) -> (f64, f64, f64) {
        let linear = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.04045 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        let (r, g, b) = (linear(c.0), linear(c.1), linear(c.2));
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        let f = |t: f64| {
            if t > 216.0 / 24389.0 {
                t.cbrt()
            } else {
                (24389.0 / 27.0 * t + 16.0) / 116.0
            }
        };
        let (fx, fy, fz) = (f(x), f(y), f(z));
        (116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz))
    }

    fn ciede2000(c1: Rgb, c2: Rgb) -> f64 {
        delta_e((lab(c1), lab(c2)))
    }

    /// The CIEDE2000 difference of two Lab colours (Sharma, Wu and Dalal's formulation).
    fn delta_e(((l1, a1, b1), (l2, a2, b2)): ((f64, f64, f64), (f64, f64, f64))) -> f64 {
        let c_mean = (a1.hypot(b1) + a2.hypot(b2)) / 2.0;
        let g = 0.5 * (1.0 - (c_mean.powi(7) / (c_mean.powi(7) + 25f64.powi(7))).sqrt());
        let (a1p, a2p) = ((1.0 + g) * a1, (1.0 + g) * a2);
        let (c1p, c2p) = (a1p.hypot(b1), a2p.hypot(b2));
        let hue = |b: f64, a: f64| b.atan2(a).to_degrees().rem_euclid(360.0);
        let (h1, h2) = (hue(b1, a1p), hue(b2, a2p));
        let mut dh = h2 - h1;
        if c1p * c2p == 0.0 {
            dh = 0.0;
        } else if dh > 180.0 {
            dh -= 360.0;
        } else if dh < -180.0 {
            dh += 360.0;
        }
        let dl = l2 - l1;
        let dc = c2p - c1p;
        let dhh = 2.0 * (c1p * c2p).sqrt() * (dh / 2.0).to_radians().sin();
        let l_mean = (l1 + l2) / 2.0;
        let cp_mean = (c1p + c2p) / 2.0;
        let h_mean = if c1p * c2p == 0.0 {
            h1 + h2
        } else if (h1 - h2).abs() <= 180.0 {
            (h1 + h2) / 2.0
        } else if h1 + h2 < 360.0 {
            (h1 + h2 + 360.0) / 2.0
        } else {
            (h1 + h2 - 360.0) / 2.0
        };
        let cos = |deg: f64| deg.to_radians().cos();
        let t = 1.0 - 0.17 * cos(h_mean - 30.0)
            + 0.24 * cos(2.0 * h_mean)
            + 0.32 * cos(3.0 * h_mean + 6.0)
            - 0.20 * cos(4.0 * h_mean - 63.0);
        let d_theta = 30.0 * (-((h_mean - 275.0) / 25.0).powi(2)).exp();
        let rc = 2.0 * (cp_mean.powi(7) / (cp_mean.powi(7) + 25f64.powi(7))).sqrt();
        let sl = 1.0 + 0.015 * (l_mean - 50.0).powi(2) / (20.0 + (l_mean - 50.0).powi(2)).sqrt();
        let sc = 1.0 + 0.045 * cp_mean;
        let sh = 1.0 + 0.015 * cp_mean * t;
        let rt = -(2.0 * d_theta).to_radians().sin() * rc;
        ((dl / sl).powi(2) + (dc / sc).powi(2) + (dhh / sh).powi(2) + rt * (dc / sc) * (dhh / sh))
            .sqrt()
    }

    #[test]
    fn ciede2000_matches_published_pairs() {
        // Pairs 1, 7 and 17 of Sharma, Wu and Dalal's test data, with their published ΔE00.
        let pairs = [
            (((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485)), 2.0425),
            (((50.0, 0.0, 0.0), (50.0, -1.0, 2.0)), 2.3669),
            (((50.0, 2.5, 0.0), (73.0, 25.0, -18.0)), 27.1492),
        ];
        for (pair, expected) in pairs {
            assert!((delta_e(pair) - expected).abs() < 1e-4, "{pair:?}");
        }
        assert!((ciede2000(Rgb(0, 0, 0), Rgb(255, 255, 255)) - 100.0).abs() < 0.5);
    }

    #[test]
    fn sixteen_series_colours_are_told_apart_in_both_themes() {
        for palette in [Palette::light(), Palette::dark()] {
            let own = [None; 16];
            let colors: Vec<Rgb> = (0..16).map(|i| palette.series(&own, i)).collect();
            for (i, a) in colors.iter().enumerate() {
                for b in &colors[..i] {
                    let d = ciede2000(*a, *b);
                    assert!(d >= MIN_DISTANCE, "{} and {}: {d:.1}", a.hex(), b.hex());
                }
                let grey = ciede2000(*a, palette.unknown);
                assert!(grey >= MIN_DISTANCE, "{} near the unknown grey", a.hex());
            }
        }
    }

    #[test]
    fn a_series_own_colour_is_not_given_to_another() {
        let palette = Palette::light();
        let blue = palette.series(&[None], 0);
        let own = [None, Some(blue), None];
        let colors: Vec<Rgb> = (0..3).map(|i| palette.series(&own, i)).collect();
        assert_eq!(colors[1], blue);
        assert_ne!(colors[0], blue);
        assert_ne!(colors[2], blue);
        assert_ne!(colors[0], colors[2]);
    }
}
