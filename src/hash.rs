//! The crate's hash maps, with a small multiplicative hasher in place of std's SipHash and its
//! random keys (~1 KB of the module). Keys come from the page's own data: a page that made its
//! labels collide on purpose would only slow down its own chart.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` hashed by [`Fx`].
pub type Map<K, V> = HashMap<K, V, BuildHasherDefault<Fx>>;

/// The Fx hash (rustc's): each word is added, then the sum multiplied by an odd constant.
#[derive(Default)]
pub struct Fx(u64);

/// rustc-hash's multiplier.
const K: u64 = 0xf135_7aea_2e62_a9c5;

impl Fx {
    fn add(&mut self, word: u64) {
        self.0 = self.0.wrapping_add(word).wrapping_mul(K);
    }
}

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    /// The product's high bits are its best mixed, and the table indexes by the low ones.
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

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
