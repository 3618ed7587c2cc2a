//! Min/max decimation per pixel column (the "M4" reduction uPlot and Chart.js use): of the
//! points of a line falling in one device-pixel column only the first, the lowest, the highest
//! and the last are drawn. The drawn line is the same to the pixel (every column still spans its
//! full range and joins its neighbours where it did), and its cost follows the canvas width,
//! not the number of points. Hover is unaffected: it reads the real points, not these.

/// `run` (points in ascending x, device pixels) reduced to at most four points per column,
/// in their original order.
pub fn decimate(run: &[(f64, f64)]) -> Vec<(f64, f64)> {
    let mut out = Vec::with_capacity(run.len().min(4 * 4096));
    let mut start = 0;
    while start < run.len() {
        let column = run[start].0.floor();
        let end = start
            + run[start..]
                .iter()
                .position(|p| p.0.floor() != column)
                .unwrap_or(run.len() - start);
        keep_extremes(&run[start..end], &mut out);
        start = end;
    }
    out
}

/// Pushes the first, lowest, highest and last of `column` (non-empty), each once, in order.
fn keep_extremes(column: &[(f64, f64)], out: &mut Vec<(f64, f64)>) {
    let last = column.len() - 1;
    let (mut low, mut high) = (0, 0);
    for (i, p) in column.iter().enumerate() {
        if p.1 < column[low].1 {
            low = i;
        }
        if p.1 > column[high].1 {
            high = i;
        }
    }
    let mut kept = [0, low, high, last];
    kept.sort_unstable();
    let mut previous = None;
    for i in kept {
        if previous != Some(i) {
            out.push(column[i]);
            previous = Some(i);
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
