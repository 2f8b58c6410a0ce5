//! Word lists looked up by a word of the text. Most words of a text are in none of them,
//! so a lookup first checks the word's first byte, last byte and length against those of
//! the entries and turns most words away without hashing them.

// Lookups are by short lexicon words, made millions of times a run: FxHash is several
// times faster than SipHash there, and the keys are our own data, not an attacker's.
use rustc_hash::FxHashMap as HashMap;

/// A filter of the keys by their first byte, last byte and length: three numbers a word
/// gives without being read through, which together rule out nearly every word that is not
/// a key.
#[derive(Debug, Clone)]
struct Shapes {
    bits: [u64; SHAPE_WORDS],
}

const SHAPE_WORDS: usize = 64;

impl Default for Shapes {
    fn default() -> Shapes {
        Shapes { bits: [0; SHAPE_WORDS] }
    }
}

impl Shapes {
    #[inline]
    fn slot(word: &str) -> (usize, u64) {
        let bytes = word.as_bytes();
        let first = usize::from(bytes.first().copied().unwrap_or(0));
        let last = usize::from(bytes.last().copied().unwrap_or(0));
        let mixed = first.wrapping_mul(0x9E37).wrapping_add(last.wrapping_mul(0x85EB)).wrapping_add(bytes.len().wrapping_mul(0xC2B3));
        let bit = (mixed ^ (mixed >> 7)) % (SHAPE_WORDS * 64);
        (bit / 64, 1 << (bit % 64))
    }

    fn add(&mut self, key: &str) {
        let (word, bit) = Shapes::slot(key);
        self.bits[word] |= bit;
    }

    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let (slot, bit) = Shapes::slot(word);
        self.bits[slot] & bit != 0
    }
}

/// A map from lexicon words to what they mean.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    map: HashMap<String, V>,
    shapes: Shapes,
    /// The longest entry, in bytes.
    longest: usize,
}

impl<V> Default for WordMap<V> {
    fn default() -> WordMap<V> {
        WordMap { map: HashMap::default(), shapes: Shapes::default(), longest: 0 }
    }
}

impl<V> WordMap<V> {
    /// What `word` means, if it is an entry.
    // Inlined so that the filter, which turns most words away, costs no call; the hash
    // lookup behind it stays out of line.
    #[inline]
    pub fn get(&self, word: &str) -> Option<&V> {
        if self.shapes.may_hold(word) {
            self.get_hashed(word)
        } else {
            None
        }
    }

    #[inline(never)]
    fn get_hashed(&self, word: &str) -> Option<&V> {
        self.map.get(word)
    }

    /// What the lower-case form of `text` means, if it is an entry.
    pub fn get_lower(&self, text: &str) -> Option<&V> {
        // Callers pass whole quotations: lower-casing one only to miss costs more than the
        // lookup. No character's lower case is shorter than a third of it in UTF-8 (the
        // Kelvin sign, three bytes, becomes "k"), so longer text cannot be an entry.
        if text.len() > 3 * self.longest {
            return None;
        }
        self.get(&super::lower(text))
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
        let mut longest = 0;
        let map: HashMap<String, V> = entries
            .into_iter()
            .inspect(|(k, _)| {
                shapes.add(k);
                longest = longest.max(k.len());
            })
            .collect();
        WordMap { map, shapes, longest }
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

    /// True when the lower-case form of `text` is in the set.
    pub fn contains_lower(&self, text: &str) -> bool {
        self.0.get_lower(text).is_some()
    }

    /// The words, in no order.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.0.keys()
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
        assert_eq!((map.get_lower("MRS"), map.get_lower("MRS PARK")), (None, None));
        let lower: WordMap<u8> = [("kelvin k".to_string(), 1), ("good".to_string(), 2)].into_iter().collect();
        assert_eq!((lower.get_lower("GooD"), lower.get_lower("KELVIN \u{212A}")), (Some(&2), Some(&1)));
        assert!(set.contains_lower("SAID") && set.contains_lower("Café") && !set.contains_lower("CLLR"));
    }
}
