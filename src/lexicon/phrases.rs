//! Multi-word names looked up by their first word, split once when the lexicon loads.

use rustc_hash::FxHashMap as HashMap;

use super::WordMap;

/// One phrase: its words, the symbols that may stand between them ("Fire & Rescue"), and
/// the index of the entry it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phrase {
    /// The words, in order.
    pub words: Vec<String>,
    /// Non-word characters of the phrase, allowed in the gaps between its words.
    pub symbols: Vec<char>,
    /// Index of the lexicon entry.
    pub entry: usize,
}

/// Phrases indexed by first word; candidates for a word come longest first.
#[derive(Debug, Default)]
pub struct PhraseSet {
    by_first_word: WordMap<Vec<Phrase>>,
}

impl PhraseSet {
    /// Indexes `phrases`; the i-th phrase names entry i.
    pub fn new<'p>(phrases: impl IntoIterator<Item = &'p str>) -> PhraseSet {
        let mut by_first_word: HashMap<String, Vec<Phrase>> = HashMap::default();
        for (entry, phrase) in phrases.into_iter().enumerate() {
            let words: Vec<String> =
                phrase.split(' ').filter(|p| p.chars().any(char::is_alphanumeric)).map(str::to_string).collect();
            let symbols = phrase
                .chars()
                .filter(|c| !c.is_alphanumeric() && !c.is_whitespace() && !matches!(c, '\'' | '’' | '-'))
                .collect();
            if let Some(first) = words.first() {
                by_first_word.entry(first.clone()).or_default().push(Phrase { words, symbols, entry });
            }
        }
        for list in by_first_word.values_mut() {
            list.sort_by(|a, b| b.words.len().cmp(&a.words.len()).then(a.entry.cmp(&b.entry)));
        }
        PhraseSet { by_first_word: by_first_word.into_iter().collect() }
    }

    /// The first words of the phrases, in no order.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first_word.keys()
    }

    /// The phrases that start with `word`, longest first.
    pub fn starting_with(&self, word: &str) -> &[Phrase] {
        self.by_first_word.get(word).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_first_and_symbols_kept() {
        let set = PhraseSet::new(["Lib Dem", "Lib Dems", "Fire & Rescue"]);
        let lib: Vec<usize> = set.starting_with("Lib").iter().map(|p| p.entry).collect();
        assert_eq!(lib.len(), 2);
        assert_eq!(set.starting_with("Fire")[0].words, ["Fire", "Rescue"]);
        assert_eq!(set.starting_with("Fire")[0].symbols, ['&']);
        assert!(set.starting_with("Rescue").is_empty());
        assert!(set.starting_with("lib").is_empty() && set.starting_with("").is_empty());
    }
}
