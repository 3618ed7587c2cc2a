//! The crate's hash maps, hashed by rustc-hash's Fx in place of std's SipHash and its random
//! keys (0.2 KB gzip less of the module; a hasher of our own saved 0.6 KB more, not worth owning
//! one). Keys come from the page's own data: a page that made its labels collide on purpose would
//! only slow down its own chart.

use std::collections::HashMap;

/// A `HashMap` hashed by rustc-hash's Fx.
pub type Map<K, V> = HashMap<K, V, rustc_hash::FxBuildHasher>;

#[cfg(test)]
mod tests {
    use super::Map;

    #[test]
    fn keys_of_every_kind_find_their_values() {
        let mut map: Map<(String, u64, bool), usize> = Map::default();
        for i in 0..2000 {
            map.insert((format!("label {i}"), i as u64, i % 2 == 0), i);
        }
        assert!((0..2000).all(|i| map[&(format!("label {i}"), i as u64, i % 2 == 0)] == i));
        assert_eq!(map.get(&("label 1".to_string(), 1, true)), None);
        let pairs: Map<(usize, usize), usize> = (0..100).map(|i| ((i / 10, i % 10), i)).collect();
        assert!((0..100).all(|i| pairs[&(i / 10, i % 10)] == i));
    }
}
