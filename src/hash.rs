//! The crate's hash map: linear probing in a power-of-two table, hashed by Fx. It does what the
//! crate's few maps need (get, insert, clear) in a fraction of the code std's `HashMap` puts in
//! the module (hashbrown and SipHash, ~6 KB raw). Keys come from the page's own data: a page
//! that made its labels collide on purpose would only slow down its own chart.

use std::borrow::Borrow;
use std::hash::{Hash, Hasher};

/// A map whose table is kept at most half full, so a search meets an empty slot soon.
pub struct Map<K, V> {
    slots: Vec<Option<(K, V)>>,
    len: usize,
}

impl<K: Hash + Eq, V> Map<K, V> {
    pub fn with_capacity(n: usize) -> Self {
        let size = (2 * n).max(8).next_power_of_two();
        Map {
            slots: std::iter::repeat_with(|| None).take(size).collect(),
            len: 0,
        }
    }

    // The text-width cache's, which only the browser has.
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub fn len(&self) -> usize {
        self.len
    }

    /// The slot holding `key`, or the empty one where it would go.
    fn slot<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> usize
    where
        K: Borrow<Q>,
    {
        let mut hasher = Fx::default();
        key.hash(&mut hasher);
        let mask = self.slots.len() - 1;
        let mut i = hasher.finish() as usize & mask;
        while let Some((k, _)) = &self.slots[i] {
            if k.borrow() == key {
                break;
            }
            i = (i + 1) & mask;
        }
        i
    }

    pub fn get<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.slots[self.slot(key)].as_ref().map(|(_, v)| v)
    }

    /// Inserts `value` at `key`; the value it replaces, if any.
    pub fn insert(&mut self, key: K, value: V) -> Option<V> {
        if 2 * (self.len + 1) > self.slots.len() {
            let old = std::mem::replace(self, Map::with_capacity(self.slots.len()));
            for (k, v) in old.slots.into_iter().flatten() {
                self.insert(k, v);
            }
        }
        let i = self.slot(&key);
        let old = self.slots[i].replace((key, value)).map(|(_, v)| v);
        if old.is_none() {
            self.len += 1;
        }
        old
    }

    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub fn clear(&mut self) {
        self.slots.iter_mut().for_each(|slot| *slot = None);
        self.len = 0;
    }
}

impl<K: Hash + Eq, V> Default for Map<K, V> {
    fn default() -> Self {
        Map::with_capacity(0)
    }
}

impl<K: Hash + Eq, V> FromIterator<(K, V)> for Map<K, V> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(items: I) -> Self {
        let items = items.into_iter();
        let mut map = Map::with_capacity(items.size_hint().0);
        for (k, v) in items {
            map.insert(k, v);
        }
        map
    }
}

/// The Fx hash (rustc's): each word is added, then the sum multiplied by an odd constant.
#[derive(Default)]
struct Fx(u64);

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
            assert_eq!(
                map.insert((format!("label {i}"), i as u64, i % 2 == 0), i),
                None
            );
        }
        assert_eq!(map.len(), 2000);
        let key = |i: usize| (format!("label {i}"), i as u64, i % 2 == 0);
        assert!((0..2000).all(|i| map.get(&key(i)) == Some(&i)));
        assert_eq!(map.get(&("label 1".to_string(), 1, true)), None);
        let pairs: Map<(usize, usize), usize> = (0..100).map(|i| ((i / 10, i % 10), i)).collect();
        assert!((0..100).all(|i| pairs.get(&(i / 10, i % 10)) == Some(&i)));
    }

    #[test]
    fn insert_replaces_and_clear_empties() {
        let mut map: Map<&str, usize> = Map::with_capacity(3);
        assert_eq!(map.insert("a", 1), None);
        assert_eq!(map.insert("a", 2), Some(1));
        assert_eq!((map.len(), map.get("a")), (1, Some(&2)));
        map.clear();
        assert_eq!((map.len(), map.get("a")), (0, None));
        assert_eq!(map.insert("a", 3), None);
        assert_eq!(map.get("a"), Some(&3));
    }
}
