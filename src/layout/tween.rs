//! In-between layouts for transitions: marks that exist before and after (the same series and
//! index) move and resize smoothly; everything else (text, axes, new marks) shows at once in its
//! final place, so the chart is never wrong about its labels while it moves.

use super::{Layout, LineMark, Rect, SliceMark};
use crate::hash::Map;

/// The layout `t` of the way from `from` to `to` (`t` in 0..=1, already eased).
pub fn tween(from: &Layout, to: &Layout, t: f64) -> Layout {
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        1.0
    };
    let mut out = to.clone();
    if t >= 1.0 || (from.width, from.height) != (to.width, to.height) {
        return out;
    }
    // Marks are matched by (series, index) through a map: a search per mark would be quadratic,
    // minutes per frame for a line of a hundred thousand points.
    let bars = by_datum(&from.bars, |b| (b.series, b.index));
    for bar in &mut out.bars {
        if let Some(old) = bars.get(&(bar.series, bar.index)).map(|&i| &from.bars[i]) {
            bar.rect = mix_rect(old.rect, bar.rect, t);
        }
    }
    let unknowns = by_datum(&from.unknowns, |u| (u.series, u.index));
    for mark in &mut out.unknowns {
        if let Some(old) = unknowns
            .get(&(mark.series, mark.index))
            .map(|&i| &from.unknowns[i])
        {
            mark.rect = mix_rect(old.rect, mark.rect, t);
        }
    }
    let slices = by_datum(&from.slices, |s| (s.series, s.index));
    for slice in &mut out.slices {
        if let Some(old) = slices
            .get(&(slice.series, slice.index))
            .map(|&i| &from.slices[i])
        {
            *slice = SliceMark {
                start: mix(old.start, slice.start, t),
                end: mix(old.end, slice.end, t),
                ..slice.clone()
            };
        }
    }
    for line in &mut out.lines {
        if let Some(old) = from.lines.iter().find(|l| l.series == line.series) {
            tween_line(old, line, t);
        }
    }
    out
}

/// Moves a line's points when its runs have the same shape before and after.
fn tween_line(old: &LineMark, line: &mut LineMark, t: f64) {
    let same_shape = old.runs.len() == line.runs.len()
        && old
            .runs
            .iter()
            .zip(&line.runs)
            .all(|(a, b)| a.len() == b.len());
    if !same_shape {
        return;
    }
    for (run, old_run) in line.runs.iter_mut().zip(&old.runs) {
        for (p, q) in run.iter_mut().zip(old_run) {
            *p = (mix(q.0, p.0, t), mix(q.1, p.1, t));
        }
    }
    if let (Some(a), Some(b)) = (old.fill_to, line.fill_to) {
        line.fill_to = Some(mix(a, b, t));
    }
}

/// The positions in `marks` by the datum they show. Positions, not the marks: one map type for
/// every kind of mark keeps one copy of the map's code in the module.
fn by_datum<T>(marks: &[T], datum: impl Fn(&T) -> (usize, usize)) -> Map<(usize, usize), usize> {
    marks
        .iter()
        .enumerate()
        .map(|(i, m)| (datum(m), i))
        .collect()
}

fn mix(a: f64, b: f64, t: f64) -> f64 {
    a + (b - a) * t
}

fn mix_rect(a: Rect, b: Rect, t: f64) -> Rect {
    Rect {
        x0: mix(a.x0, b.x0, t),
        y0: mix(a.y0, b.y0, t),
        x1: mix(a.x1, b.x1, t),
        y1: mix(a.y1, b.y1, t),
    }
}

/// Ease-out cubic: quick to start, gentle to land.
pub fn ease(progress: f64) -> f64 {
    let p = if progress.is_finite() {
        progress.clamp(0.0, 1.0)
    } else {
        1.0
    };
    1.0 - (1.0 - p).powi(3)
}
