//! Min/max decimation per pixel column (the "M4" reduction uPlot and Chart.js use): of the
//! points of a line falling in one device-pixel column only the first, the lowest, the highest
//! and the last are drawn. The drawn line is the same to the pixel (every column still spans its
//! full range and joins its neighbours where it did), and its cost follows the canvas width,
//! not the number of points. Hover is unaffected: it reads the real points, not these.

/// `run` (points in ascending x, device pixels) reduced to at most four points per column,
/// in their original order.
pub fn decimate(run: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut decimator = Decimator::default();
    for p in run {
        decimator.push(*p);
    }
    decimator.finish()
}

/// [`decimate`] fed one point at a time, so a line's points need not be gathered first.
#[derive(Default)]
pub struct Decimator {
    out: Vec<(f64, f64)>,
    /// The column being read: its floor x, and its first, lowest, highest and last points,
    /// each with its position in the run (to keep them in order and each once).
    column: Option<Column>,
    seen: usize,
}

struct Column {
    x: f64,
    first: (usize, (f64, f64)),
    low: (usize, (f64, f64)),
    high: (usize, (f64, f64)),
    last: (usize, (f64, f64)),
}

impl Decimator {
    pub fn push(&mut self, p: (f64, f64)) {
        let at = (self.seen, p);
        self.seen += 1;
        match &mut self.column {
            Some(c) if p.0.floor() == c.x => {
                // Strict comparisons: the first of equal extremes is kept, as a scan would.
                if p.1 < c.low.1 .1 {
                    c.low = at;
                }
                if p.1 > c.high.1 .1 {
                    c.high = at;
                }
                c.last = at;
            }
            _ => {
                self.flush();
                self.column = Some(Column {
                    x: p.0.floor(),
                    first: at,
                    low: at,
                    high: at,
                    last: at,
                });
            }
        }
    }

    /// The points kept, in order.
    pub fn finish(mut self) -> Vec<(f64, f64)> {
        self.flush();
        self.out
    }

    /// Pushes the column's first, lowest, highest and last points, each once, in order.
    fn flush(&mut self) {
        let Some(c) = self.column.take() else { return };
        let mut kept = [c.first, c.low, c.high, c.last];
        kept.sort_unstable_by_key(|k| k.0);
        let mut previous = None;
        for (i, p) in kept {
            if previous != Some(i) {
                self.out.push(p);
                previous = Some(i);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparse_points_are_kept_as_they_are() {
        let run = [(0.5, 1.0), (1.5, 4.0), (2.5, 2.0), (10.0, 3.0)];
        assert_eq!(decimate(&run), run.to_vec());
    }

    #[test]
    fn a_crowded_column_keeps_first_low_high_last_in_order() {
        let run = [
            (3.0, 5.0),
            (3.1, 9.0),
            (3.2, 1.0),
            (3.3, 6.0),
            (3.4, 4.0),
            (4.0, 2.0),
        ];
        assert_eq!(
            decimate(&run),
            vec![(3.0, 5.0), (3.1, 9.0), (3.2, 1.0), (3.4, 4.0), (4.0, 2.0)]
        );
    }

    #[test]
    fn a_million_points_become_at_most_four_per_column() {
        let run: Vec<(f64, f64)> = (0..1_000_000)
            .map(|i| (i as f64 * 800.0 / 1e6, (i as f64 / 37.0).sin() * 100.0))
            .collect();
        let out = decimate(&run);
        assert!(out.len() <= 4 * 800, "{} points", out.len());
        assert_eq!(out.first(), run.first());
        assert_eq!(out.last(), run.last());
    }

    #[test]
    fn an_empty_run_stays_empty() {
        assert!(decimate(&[]).is_empty());
    }
}
