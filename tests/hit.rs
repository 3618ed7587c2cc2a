//! Hit testing: the datum under a point, per kind.

mod common;

use common::{chart, layout, line_json};
use outage_charts::hit::hit_test;
use outage_charts::locale::Locale;

const BARS: &str = r#"{"title":"t","kind":"bar","categories":["a","b","c"],
  "series":[{"name":"s","values":[5,-3,null]}]}"#;

#[test]
fn bars_are_hit_inside_their_shape_negative_ones_too() {
    let c = chart(BARS, Locale::En);
    for scale in [1.0, 2.0] {
        let l = layout(&c, 600.0, 400.0, scale);
        for bar in &l.bars {
            let (x, y) = (
                (bar.rect.x0 + bar.rect.x1) / 2.0 / scale,
                (bar.rect.y0 + bar.rect.y1) / 2.0 / scale,
            );
            let hit = hit_test(&l, c.data(), Locale::En, x, y).expect("inside the bar");
            assert_eq!(
                (hit.series, hit.index, hit.value),
                (0, bar.index, Some(bar.value))
            );
        }
        let neg = l.bars.iter().find(|b| b.value < 0.0).expect("negative bar");
        let hit = hit_test(
            &l,
            c.data(),
            Locale::En,
            (neg.rect.x0 + 1.0) / scale,
            (neg.rect.y1 - 1.0) / scale,
        );
        assert_eq!(hit.map(|h| h.text), Some("-3".to_string()));
        assert_eq!(
            hit_test(&l, c.data(), Locale::En, 1.0, 1.0),
            None,
            "the corner is empty"
        );
    }
}

#[test]
fn an_unknown_value_is_hit_and_says_so() {
    let c = chart(BARS, Locale::Fr);
    let l = layout(&c, 600.0, 400.0, 1.0);
    let u = &l.unknowns[0];
    let hit = hit_test(&l, c.data(), Locale::Fr, u.rect.x0 + 2.0, u.rect.y0 + 2.0).expect("hit");
    assert_eq!(
        (hit.label.as_str(), hit.value, hit.text.as_str()),
        ("c", None, "non communiqué")
    );
}

#[test]
fn line_points_are_hit_within_16_css_pixels_nearest_first() {
    let json = r#"{"title":"t","kind":"line","x":[1000,2000,3000],
      "series":[{"name":"a","values":[1,2,3]},{"name":"b","values":[1.1,2.5,0]}]}"#;
    let c = chart(json, Locale::En);
    let l = layout(&c, 600.0, 400.0, 2.0);
    let p = l.point(c.data(), 1, 1).expect("point");
    let (x, y) = (p.x / 2.0, p.y / 2.0);
    let hit = hit_test(&l, c.data(), Locale::En, x + 10.0, y + 0.5).expect("within 16 px");
    assert_eq!((hit.series, hit.index, hit.label.as_str()), (1, 1, "2000"));
    assert_eq!(
        hit_test(&l, c.data(), Locale::En, x + 17.0, y).map(|h| h.index),
        None
    );
}

#[test]
fn donut_slices_are_hit_inside_the_ring() {
    let json = r#"{"title":"t","kind":"donut","categories":["a","b"],"series":[{"name":"s","values":[3,1]}]}"#;
    let c = chart(json, Locale::En);
    let l = layout(&c, 600.0, 400.0, 1.0);
    let s = &l.slices[1];
    let middle = (s.start + s.end) / 2.0;
    let r = (s.inner + s.outer) / 2.0;
    let (x, y) = (s.center.0 + r * middle.sin(), s.center.1 - r * middle.cos());
    assert_eq!(
        hit_test(&l, c.data(), Locale::En, x, y).map(|h| h.label),
        Some("b".into())
    );
    assert_eq!(
        hit_test(&l, c.data(), Locale::En, s.center.0, s.center.1),
        None,
        "the hole is empty"
    );
}

#[test]
fn a_run_of_unknowns_on_a_line_is_one_band_that_still_names_each_value() {
    let values: Vec<String> = (0..300)
        .map(|i| {
            if (100..200).contains(&i) {
                "null".to_string()
            } else {
                i.to_string()
            }
        })
        .collect();
    let c = chart(&line_json("line", &values), Locale::En);
    let l = layout(&c, 600.0, 400.0, 1.0);
    assert_eq!(l.unknowns.len(), 1, "one band for the hundred unknowns");
    assert_eq!((l.unknowns[0].index, l.unknowns[0].last), (100, 199));
    let marks = l.texts.iter().filter(|t| t.text == "?").count();
    assert_eq!(marks, 1, "one question mark, not a hundred piled up");
    let x_scale = l.x_scale.as_ref().expect("line has an x scale");
    let band = &l.unknowns[0].rect;
    let y = (band.y0 + band.y1) / 2.0;
    for index in [100, 150, 199] {
        let hit = hit_test(&l, c.data(), Locale::En, x_scale.map(index as f64), y)
            .expect("the band is hit");
        assert_eq!((hit.index, hit.value), (index, None), "at x = {index}");
        assert_eq!(hit.text, "not disclosed");
    }
}
