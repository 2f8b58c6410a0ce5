//! Which word lists a word may belong to, as bits worked out once, when the word is read.
//!
//! Every stage walks the words of every sentence, asking its own lists about each one,
//! and nearly every answer is no. With the bits a stage turns a word (or a whole sentence)
//! away with one test and asks its list only about the few words that may be in it.

use std::ops::{BitOr, BitOrAssign};

use super::WordMap;

/// A set of word lists, one bit each.
///
/// A bit is set when the word's lower-case form, or that of its base without a possessive
/// ending, is an entry of the list in any case. So a clear bit rules the word out of the
/// list, and a set bit means only that the list must be asked: lists that match by the
/// written form ("Cllr") or by the base alone still decide.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClass(u32);

impl WordClass {
    /// In no list.
    pub const NONE: WordClass = WordClass(0);
    /// A speech or finding verb.
    pub const VERB: WordClass = WordClass(1);
    /// The first word of a rating phrase ("inadequate", "requires").
    pub const RATING: WordClass = WordClass(1 << 1);
    /// A word that makes a following rating a grade ("rated").
    pub const RATING_CUE: WordClass = WordClass(1 << 2);
    /// A word that puts an inspection in the past ("previously").
    pub const HISTORICAL: WordClass = WordClass(1 << 3);
    /// A word naming an inspection or visit.
    pub const INSPECTION: WordClass = WordClass(1 << 4);
    /// A verb of criticism.
    pub const CRITICISM: WordClass = WordClass(1 << 5);
    /// A head noun of a role ("leader").
    pub const ROLE_NOUN: WordClass = WordClass(1 << 6);
    /// A noun through which an organisation speaks ("spokesman").
    pub const PROXY_NOUN: WordClass = WordClass(1 << 7);
    /// A preposition.
    pub const PREPOSITION: WordClass = WordClass(1 << 8);
    /// An adverb stepped over between a speaker and the verb.
    pub const ADVERB: WordClass = WordClass(1 << 9);
    /// A common noun standing for something in the story ("the watchdog").
    pub const DESCRIPTION: WordClass = WordClass(1 << 10);
    /// An honorific ("Cllr").
    pub const HONORIFIC: WordClass = WordClass(1 << 11);
    /// The last word of an organisation's name ("Council").
    pub const ORG_HEAD: WordClass = WordClass(1 << 12);
    /// A capitalised function word that never starts a name.
    pub const FUNCTION_WORD: WordClass = WordClass(1 << 13);
    /// A capitalised word that is never part of a person's name.
    pub const NON_NAME: WordClass = WordClass(1 << 14);
    /// The first word of an inspectorate's name.
    pub const INSPECTORATE_START: WordClass = WordClass(1 << 15);
    /// The first word of a party's name.
    pub const PARTY_START: WordClass = WordClass(1 << 16);
    /// A word that marks a finding as praise or criticism.
    pub const POLARITY: WordClass = WordClass(1 << 17);
    /// A lower-case word inside a person's name ("ap", "van").
    pub const NAME_PARTICLE: WordClass = WordClass(1 << 18);
    /// A noun that says the name after it is an organisation's ("operator").
    pub const ORG_NOUN: WordClass = WordClass(1 << 19);
    /// The first word of an organisation name that puts its kind first ("Cyngor").
    pub const ORG_HEAD_FIRST: WordClass = WordClass(1 << 20);
    /// The last word of a lower-case name of a kind of graded service ("home" of "care home").
    pub const SERVICE_NOUN: WordClass = WordClass(1 << 22);
    /// Not a list: a run of two to six capitals ("GMB"), which may be a body's initials.
    /// The tokenizer sets it, so that the stage reading initials passes by paragraphs
    /// with none.
    pub const INITIALS: WordClass = WordClass(1 << 21);

    /// True when the two sets share a list.
    #[inline]
    pub fn intersects(self, other: WordClass) -> bool {
        self.0 & other.0 != 0
    }
}

impl BitOr for WordClass {
    type Output = WordClass;
    fn bitor(self, other: WordClass) -> WordClass {
        WordClass(self.0 | other.0)
    }
}

impl BitOrAssign for WordClass {
    fn bitor_assign(&mut self, other: WordClass) {
        self.0 |= other.0;
    }
}

/// The lists of every word of the lexicon, by lower-case form.
// Every word of every article is looked up here. Hashing a string and comparing it with
// `memcmp` cost more than the rest of reading the word, so words of up to 16 bytes (all
// but a few) are looked up by a key of three numbers in a table of their own.
#[derive(Debug, Default)]
pub struct WordClasses {
    /// Open addressing, a power of two long, at most a quarter full.
    short: Vec<Option<(ShortKey, WordClass)>>,
    /// Entries longer than a short key holds.
    long: WordMap<WordClass>,
}

impl WordClasses {
    /// Gathers `(list, entries)` pairs; an entry may be in several lists.
    pub fn new<'e>(lists: impl IntoIterator<Item = (WordClass, Vec<&'e str>)>) -> WordClasses {
        let mut by_word: rustc_hash::FxHashMap<String, WordClass> = rustc_hash::FxHashMap::default();
        for (class, entries) in lists {
            for entry in entries {
                *by_word.entry(entry.to_lowercase()).or_default() |= class;
            }
        }
        let size = (by_word.len() * 4).next_power_of_two().max(16);
        let mut short: Vec<Option<(ShortKey, WordClass)>> = vec![None; size];
        let mut long = Vec::new();
        for (word, class) in by_word {
            match ShortKey::of(word.as_bytes()) {
                Some(key) => {
                    let mut slot = key.slot(size);
                    while short[slot].is_some() {
                        slot = (slot + 1) % size;
                    }
                    short[slot] = Some((key, class));
                }
                None => long.push((word, class)),
            }
        }
        WordClasses { short, long: long.into_iter().collect() }
    }

    /// The lists of a word, given its lower-case form and, for a possessive, its base's.
    #[inline]
    pub fn of(&self, lower: &str, lower_base: Option<&str>) -> WordClass {
        let own = self.get(lower);
        match lower_base {
            Some(base) => own | self.get(base),
            None => own,
        }
    }

    #[inline]
    fn get(&self, word: &str) -> WordClass {
        let Some(key) = ShortKey::of(word.as_bytes()) else {
            return self.long.get(word).copied().unwrap_or_default();
        };
        let size = self.short.len();
        let mut slot = key.slot(size);
        // The table is never full, so the probe meets an empty slot.
        while let Some(Some((k, class))) = self.short.get(slot) {
            if *k == key {
                return *class;
            }
            slot = (slot + 1) % size;
        }
        WordClass::NONE
    }
}

/// A word of at most 16 bytes as three numbers that spell it: its length, and its first
/// and last eight bytes (four for a shorter word, or each byte of one under four). The
/// two ends overlap, and together with the length they cover every byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ShortKey {
    head: u64,
    tail: u64,
    len: usize,
}

impl ShortKey {
    #[inline]
    fn of(word: &[u8]) -> Option<ShortKey> {
        let len = word.len();
        let ends = |n: usize| word.get(..n).zip(word.get(len.checked_sub(n)?..));
        let (head, tail) = match len {
            0 => (0, 0),
            1..=3 => (u64::from(word[0]) | u64::from(word[len / 2]) << 8 | u64::from(word[len - 1]) << 16, 0),
            4..=7 => {
                let (h, t) = ends(4)?;
                (u64::from(u32::from_le_bytes(h.try_into().ok()?)), u64::from(u32::from_le_bytes(t.try_into().ok()?)))
            }
            8..=16 => {
                let (h, t) = ends(8)?;
                (u64::from_le_bytes(h.try_into().ok()?), u64::from_le_bytes(t.try_into().ok()?))
            }
            _ => return None,
        };
        Some(ShortKey { head, tail, len })
    }

    #[inline]
    fn slot(&self, size: usize) -> usize {
        let mixed = (self.head ^ self.tail.rotate_left(29) ^ self.len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        // The high bits are the best mixed; `size` is a power of two.
        (mixed >> 40) as usize & (size - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_has_the_bits_of_every_list_it_is_in_any_case() {
        let classes = WordClasses::new([
            (WordClass::VERB, vec!["said", "found"]),
            (WordClass::RATING_CUE, vec!["found", "rated"]),
            (WordClass::HONORIFIC, vec!["Cllr"]),
        ]);
        assert_eq!(classes.of("found", None), WordClass::VERB | WordClass::RATING_CUE);
        assert_eq!(classes.of("cllr", None), WordClass::HONORIFIC);
        assert_eq!(classes.of("table", None), WordClass::NONE);
        assert_eq!(classes.of("rated’s", Some("rated")), WordClass::RATING_CUE);
        assert!(classes.of("said", None).intersects(WordClass::VERB | WordClass::HONORIFIC));
        assert!(!classes.of("said", None).intersects(WordClass::HONORIFIC));
    }

    #[test]
    fn words_of_every_length_are_found_and_near_misses_are_not() {
        let alphabet = "abcdefghijklmnopqrstu";
        let entries: Vec<String> = (0..=20).map(|n| alphabet[..n].to_string()).chain(["ü".into(), "ßx".into()]).collect();
        let classes = WordClasses::new([(WordClass::VERB, entries.iter().map(String::as_str).collect())]);
        for entry in &entries {
            assert_eq!(classes.of(entry, None), WordClass::VERB, "{entry:?}");
            // The same length and ends with one byte changed in the middle; one byte longer.
            let mut changed = entry.clone().into_bytes();
            if let Some(mid) = changed.get_mut(entry.len() / 2).filter(|b| b.is_ascii()) {
                *mid = b'Z';
                let changed = String::from_utf8(changed).unwrap();
                assert_eq!(classes.of(&changed, None), WordClass::NONE, "{changed:?}");
            }
            assert_eq!(classes.of(&format!("{entry}Z"), None), WordClass::NONE);
        }
        assert_eq!(classes.of("abcdefgh", Some("abc")), WordClass::VERB);
    }
}
