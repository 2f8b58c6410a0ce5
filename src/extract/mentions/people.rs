//! People: names after an honorific ("Cllr. Priya Shah") and bare names in the reporter's
//! words ("Tom Brennan, the chair"), with titles and places kept out of them.

use crate::lexicon::WordClass;
use crate::model::{Gender, Span};

use super::{Finder, MentionKind, MAX_NAME_WORDS, MAX_TITLE_AND_NAME_WORDS};
use crate::extract::tokens::gap;

impl Finder<'_, '_> {
    pub(super) fn honorific_people(&mut self) {
        for i in 0..self.words.len() {
            if !self.words[i].may_be(WordClass::HONORIFIC) {
                continue;
            }
            let Some(&gender) = self.lex.honorifics.get(self.words[i].text) else { continue };
            let after = gap(self.text, self.words[i].span.end, self.words.get(i + 1).map_or(0, |w| w.span.start));
            if !(after.chars().all(char::is_whitespace) || after.trim() == ".") {
                continue;
            }
            let mut end = i + 1;
            while end < self.words.len()
                && end - i <= MAX_NAME_WORDS
                && self.words[end].is_name_like()
                && !(self.words[end].may_be(WordClass::FUNCTION_WORD) && self.lex.function_words.contains(self.words[end].text))
                && (end == i + 1 || self.joined(end - 1))
            {
                end += 1;
                if self.words[end - 1].is_possessive() {
                    break;
                }
            }
            if end > i + 1 && self.free(i, end) {
                let name = self.name_of(i + 1, end);
                self.push(i, end, MentionKind::Person { name, gender });
            }
        }
    }

    pub(super) fn bare_names(&mut self, quoted: &dyn Fn(Span) -> bool) {
        let mut i = 0;
        while i < self.words.len() {
            let usable = |k: usize| {
                let w = &self.words[k];
                !self.taken[k]
                    && w.is_name_like()
                    && !(w.may_be(WordClass::FUNCTION_WORD | WordClass::NON_NAME | WordClass::HONORIFIC)
                        && (self.lex.function_words.contains(w.base())
                            || self.lex.non_name_words.contains(w.base())
                            || self.lex.honorifics.contains_key(w.text)))
            };
            let mut end = i;
            while end < self.words.len() && end - i < MAX_TITLE_AND_NAME_WORDS && usable(end) && (end == i || self.joined(end - 1)) {
                end += 1;
                if self.words[end - 1].is_possessive() {
                    break;
                }
            }
            // Without an honorific, a run of three or more capitalised words is far more often
            // a title or label and a name ("Shopper Ann Cole", "Chief Fire Officer Ann Lee")
            // than a name with a middle name: the name is the last two words.
            let start = if end - i >= MAX_NAME_WORDS { end - 2 } else { i };
            let span = || Span::new(self.words[i].span.start, self.words[end.max(i + 1) - 1].span.end);
            if end - start >= 2 && !quoted(span()) && !self.place_position(start) {
                let name = self.name_of(start, end);
                self.push(start, end, MentionKind::Person { name, gender: Gender::Unknown });
                i = end;
            } else {
                i += 1;
            }
        }
    }

    /// True where a capitalised run is a place, not a person: after "for", "of", "in" or
    /// "at" ("the MP for Aldhelm Vale"), or inside a bracket ("(Lab, Kingsbridge North)").
    pub(super) fn place_position(&self, i: usize) -> bool {
        let after_place_word = i > 0 && matches!(&*self.words[i - 1].lower(), "for" | "of" | "in" | "at" | "near");
        after_place_word || self.bracket_open_before(i)
    }
}
