//! Keyboard order through the data: left/right along a series, up/down across the visible
//! series at the same position, Home/End to the ends.

pub use crate::kinds::Move;
use crate::model::Dataset;

/// Where the focus goes from `current` (series, index); the first datum of the first visible
/// series when nothing is focused yet. `None` when no series is visible. The chart's kind
/// decides the order.
pub fn step(
    data: &Dataset,
    hidden: &[bool],
    current: Option<(usize, usize)>,
    step: Move,
) -> Option<(usize, usize)> {
    data.kind.spec().step(data, hidden, current, step)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::Value;
    use crate::validate::validate;

    fn three_by_three() -> Dataset {
        let json = r#"{"title":"t","kind":"bar","categories":["a","b","c"],"series":[
            {"name":"x","values":[1,2,3]},{"name":"y","values":[1,null,3]},{"name":"z","values":[1,2,3]}]}"#;
        validate(&serde_json::from_str::<Value>(json).expect("json")).expect("valid")
    }

    #[test]
    fn arrows_move_along_and_across_series() {
        let d = three_by_three();
        let none = [false; 3];
        assert_eq!(
            step(&d, &none, None, Move::Next),
            Some((0, 0)),
            "the first key lands on the first datum"
        );
        assert_eq!(step(&d, &none, None, Move::Last), Some((0, 2)));
        assert_eq!(step(&d, &none, Some((0, 0)), Move::Next), Some((0, 1)));
        assert_eq!(
            step(&d, &none, Some((0, 2)), Move::Next),
            Some((0, 2)),
            "stops at the end"
        );
        assert_eq!(step(&d, &none, Some((0, 0)), Move::Previous), Some((0, 0)));
        assert_eq!(
            step(&d, &none, Some((0, 1)), Move::SeriesDown),
            Some((1, 1)),
            "unknown values are visited too"
        );
        assert_eq!(
            step(&d, &none, Some((2, 1)), Move::SeriesDown),
            Some((2, 1))
        );
        assert_eq!(step(&d, &none, Some((2, 1)), Move::SeriesUp), Some((1, 1)));
        assert_eq!(step(&d, &none, Some((1, 1)), Move::First), Some((1, 0)));
        assert_eq!(step(&d, &none, Some((1, 1)), Move::Last), Some((1, 2)));
    }

    #[test]
    fn hidden_series_are_skipped() {
        let d = three_by_three();
        let hidden = [false, true, false];
        assert_eq!(
            step(&d, &hidden, Some((0, 1)), Move::SeriesDown),
            Some((2, 1))
        );
        assert_eq!(
            step(&d, &hidden, Some((1, 1)), Move::Next),
            Some((0, 0)),
            "focus on a hidden series restarts"
        );
        assert_eq!(step(&d, &[true; 3], None, Move::Next), None);
    }

    #[test]
    fn keys_map_to_moves() {
        assert_eq!(Move::from_key("ArrowRight"), Some(Move::Next));
        assert_eq!(Move::from_key("End"), Some(Move::Last));
        assert_eq!(Move::from_key("a"), None);
    }
}
