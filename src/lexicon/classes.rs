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
    /// A word of a rating phrase ("inadequate", "requires").
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
#[derive(Debug, Default)]
pub struct WordClasses {
    by_word: WordMap<WordClass>,
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
        WordClasses { by_word: by_word.into_iter().collect() }
    }

    /// The lists of a word, given its lower-case form and, for a possessive, its base's.
    #[inline]
    pub fn of(&self, lower: &str, lower_base: Option<&str>) -> WordClass {
        let own = self.by_word.get(lower).copied().unwrap_or_default();
        match lower_base {
            Some(base) => own | self.by_word.get(base).copied().unwrap_or_default(),
            None => own,
        }
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
}
