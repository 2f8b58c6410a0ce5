//! Word lists looked up by a word of the text. Most words of a text are in none of them,
//! so a lookup first checks the word's first byte and length against those of the entries
//! and turns most words away without hashing them.

// Lookups are by short lexicon words, made millions of times a run: FxHash is several
// times faster than SipHash there, and the keys are our own data, not an attacker's.
use rustc_hash::FxHashMap as HashMap;

/// Which first bytes and lengths the keys have.
#[derive(Debug, Default, Clone)]
struct Shapes {
    first_bytes: [u64; 4],
    /// Bit n for a key of n bytes; bit 63 for keys of 63 bytes or more.
    lengths: u64,
}

impl Shapes {
    fn add(&mut self, key: &str) {
        if let Some(&b) = key.as_bytes().first() {
            self.first_bytes[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        self.lengths |= 1 << key.len().min(63);
    }

    fn may_hold(&self, word: &str) -> bool {
        let first = word.as_bytes().first().is_none_or(|&b| self.first_bytes[usize::from(b >> 6)] & (1 << (b & 63)) != 0);
        first && self.lengths & (1 << word.len().min(63)) != 0
    }
}

/// A map from lexicon words to what they mean.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    map: HashMap<String, V>,
    shapes: Shapes,
}

impl<V> Default for WordMap<V> {
    fn default() -> WordMap<V> {
        WordMap { map: HashMap::default(), shapes: Shapes::default() }
    }
}

impl<V> WordMap<V> {
    /// What `word` means, if it is an entry.
    pub fn get(&self, word: &str) -> Option<&V> {
        if self.shapes.may_hold(word) {
            self.map.get(word)
        } else {
            None
        }
    }

    /// True when `word` is an entry.
    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }

    /// The entries' words, in no order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }
}

impl<V> FromIterator<(String, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(entries: I) -> WordMap<V> {
        let mut shapes = Shapes::default();
        let map: HashMap<String, V> = entries.into_iter().inspect(|(k, _)| shapes.add(k)).collect();
        WordMap { map, shapes }
    }
}

/// A set of lexicon words.
#[derive(Debug, Clone)]
pub struct WordSet(WordMap<()>);

impl WordSet {
    /// True when `word` is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains_key(word)
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(words: I) -> WordSet {
        WordSet(words.into_iter().map(|w| (w, ())).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_find_every_entry_and_nothing_else() {
        let long = "x".repeat(70);
        let set: WordSet = ["said", "Cllr", "", "café", long.as_str()].into_iter().map(String::from).collect();
        for word in ["said", "Cllr", "", "café", long.as_str()] {
            assert!(set.contains(word), "{word}");
        }
        let longer = "x".repeat(80);
        for word in ["sad", "cllr", "Said", "saids", "caf", "y", longer.as_str()] {
            assert!(!set.contains(word), "{word}");
        }
        let map: WordMap<u8> = [("Mr".to_string(), 1), ("Mrs".to_string(), 2)].into_iter().collect();
        assert_eq!((map.get("Mrs"), map.get("Ms"), map.contains_key("Mr")), (Some(&2), None, true));
        assert_eq!(map.keys().count(), 2);
    }
}
