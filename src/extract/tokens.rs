//! Words with byte spans, shared by the stages that read names and verbs.

use std::borrow::Cow;

pub use crate::lexicon::lower;
use crate::model::Span;

/// A word of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    /// Where it stands.
    pub span: Span,
    /// Its text as written.
    pub text: &'t str,
}

impl<'t> Word<'t> {
    /// The word without a possessive ending ("council’s" -> "council", "Jones'" stays).
    pub fn base(&self) -> &'t str {
        for suffix in ["’s", "'s", "’S", "'S"] {
            if let Some(stem) = self.text.strip_suffix(suffix) {
                if !stem.is_empty() {
                    return stem;
                }
            }
        }
        self.text
    }

    /// True when the word ends with a possessive "’s".
    pub fn is_possessive(&self) -> bool {
        self.base().len() != self.text.len()
    }

    /// True when the first letter is upper case.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// True when the word looks like part of a name: capitalised, with lower-case letters
    /// after the first, and only letters, apostrophes and hyphens ("O’Neill", "Smith-Rowe").
    pub fn is_name_like(&self) -> bool {
        let base = self.base();
        self.is_capitalised()
            && base.chars().skip(1).any(char::is_lowercase)
            && base.chars().all(|c| c.is_alphabetic() || matches!(c, '’' | '\'' | '-'))
    }

    /// Lower-case form; borrowed when the word has no capitals, as most words have none.
    pub fn lower(&self) -> Cow<'t, str> {
        lower(self.text)
    }
}

/// The words inside `within`. A word is a run of letters and digits, with single
/// apostrophes and hyphens inside it ("children’s", "multi-agency").
pub fn words(text: &str, within: Span) -> Vec<Word<'_>> {
    let body = within.slice(text);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_alnum = chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        let joins = matches!(c, '’' | '\'' | '-') && start.is_some() && next_alnum;
        if c.is_alphanumeric() || joins {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(word(text, within.start + s, within.start + i));
        }
    }
    if let Some(s) = start {
        out.push(word(text, within.start + s, within.end));
    }
    out
}

fn word(text: &str, start: usize, end: usize) -> Word<'_> {
    let span = Span::new(start, end);
    Word { span, text: span.slice(text) }
}

/// The text between two words (or from a position to a word): punctuation and spaces.
pub fn gap(text: &str, from: usize, to: usize) -> &str {
    Span::new(from, to).slice(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_of_words() {
        let cases: &[(&str, &[&str])] = &[
            ("The trust’s out-of-hours line (OOHL).", &["The", "trust’s", "out-of-hours", "line", "OOHL"]),
            ("Cllr. O'Neill-Rowe said: “don’t”", &["Cllr", "O'Neill-Rowe", "said", "don’t"]),
            ("the 1990s’ boom - and more", &["the", "1990s", "boom", "and", "more"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = words(text, Span::new(0, text.len())).iter().map(|w| w.text).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn possessives_and_name_shapes() {
        let text = "Labour’s O’Neill VULNERABLE council";
        let w = words(text, Span::new(0, text.len()));
        assert_eq!(w[0].base(), "Labour");
        assert!(w[0].is_possessive());
        assert!(w[1].is_name_like());
        assert!(!w[2].is_name_like());
        assert!(!w[3].is_capitalised());
        assert_eq!(w[1].span.slice(text), "O’Neill");
    }
}
