//! The keys that move the keyboard focus, and the order most kinds walk their data in: along a
//! series by index, across the visible series at the same index.

use crate::model::Dataset;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Previous,
    Next,
    SeriesUp,
    SeriesDown,
    First,
    Last,
}

impl Move {
    /// The move for a `KeyboardEvent.key`, if it is one.
    pub fn from_key(key: &str) -> Option<Move> {
        match key {
            "ArrowLeft" => Some(Move::Previous),
            "ArrowRight" => Some(Move::Next),
            "ArrowUp" => Some(Move::SeriesUp),
            "ArrowDown" => Some(Move::SeriesDown),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }
}

/// The series the keyboard walks: those not switched off in the legend that have data.
pub(super) fn walkable(data: &Dataset, hidden: &[bool]) -> Vec<usize> {
    let shown = |s: &usize| !hidden.get(*s).copied().unwrap_or(false);
    (0..data.series.len())
        .filter(|s| shown(s) && !data.series[*s].values.is_empty())
        .collect()
}

/// Keyboard order for kinds whose series share their positions: along a series by index, across
/// series at the same index.
pub fn step_by_index(
    data: &Dataset,
    hidden: &[bool],
    current: Option<(usize, usize)>,
    step: Move,
) -> Option<(usize, usize)> {
    let visible = walkable(data, hidden);
    let last = data.domain.len().checked_sub(1)?;
    let first_series = *visible.first()?;
    let Some((series, index)) = current.filter(|(s, _)| visible.contains(s)) else {
        return Some((first_series, if step == Move::Last { last } else { 0 }));
    };
    let index = index.min(last);
    let position = visible.iter().position(|s| *s == series).unwrap_or(0);
    Some(match step {
        Move::Previous => (series, index.saturating_sub(1)),
        Move::Next => (series, (index + 1).min(last)),
        Move::SeriesUp => (visible[position.saturating_sub(1)], index),
        Move::SeriesDown => (visible[(position + 1).min(visible.len() - 1)], index),
        Move::First => (series, 0),
        Move::Last => (series, last),
    })
}
