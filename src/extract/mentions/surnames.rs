//! People met again by their surname alone: "Cllr Tom Reed replied. ... Reed said the
//! plan was a mess." Many papers drop the honorific after the first mention; a lone
//! capitalised word is no name by itself, but the last word of a name already given is.

use crate::lexicon::WordClass;
use crate::model::{Gender, Span};

use super::{Finder, MentionKind};

impl Finder<'_, '_> {
    /// Marks the lone surnames of people named in full before them, in earlier paragraphs
    /// or earlier in this one, when only one person of that surname was. As for bare names,
    /// only in the reporter's words; not a word that never stands for a name by itself
    /// ("May", "Ward"), nor one a capitalised word follows ("the Reed Report").
    pub(super) fn lone_surnames(&mut self, quoted: &dyn Fn(Span) -> bool) {
        // (where the name ends, surname, full name) of the people this paragraph named.
        let here: Vec<(usize, &str, &str)> = self
            .out
            .iter()
            .filter_map(|m| match &m.kind {
                MentionKind::Person { name, .. } => name.rsplit_once(' ').map(|(_, surname)| (m.span.end, surname, name.as_str())),
                _ => None,
            })
            .collect();
        if here.is_empty() && self.earlier.people.is_empty() {
            return;
        }
        // The surnames' first letters: a word with another is passed by at once.
        let earlier = self.earlier.people.iter().map(|(surname, _)| surname.as_str());
        let initials = earlier.chain(here.iter().map(|&(_, surname, _)| surname)).fold(0u32, |mask, s| mask | initial_bit(s));
        let mut found = Vec::new();
        for (i, w) in self.words.iter().enumerate() {
            // Most words fail the first tests; the name's shape is checked last.
            if !w.is_capitalised() || initial_bit(w.text) & initials == 0 || self.taken[i] {
                continue;
            }
            let name = w.base();
            let earlier = self.earlier.people.iter().map(|(surname, full)| (surname.as_str(), full.as_str()));
            let before = here.iter().filter(|(end, ..)| *end <= w.span.start).map(|&(_, surname, full)| (surname, full));
            let mut people = earlier.chain(before).filter(|&(surname, _)| surname == name).map(|(_, full)| full);
            let Some(person) = people.next() else { continue };
            if !w.is_name_like() || w.may_be(WordClass::NON_NAME) {
                continue;
            }
            // A title may stand before ("Health Secretary Reed"); a name goes on after.
            let name_goes_on = !w.is_possessive() && self.joined(i) && self.words[i + 1].is_capitalised();
            if people.all(|other| other == person) && !name_goes_on && !quoted(w.span) {
                found.push((i, person.to_string()));
            }
        }
        // The mention carries the full name: a namesake the article names later does not
        // make it ambiguous again.
        for (i, name) in found {
            self.push(i, i + 1, MentionKind::Person { name, gender: Gender::Unknown });
        }
    }
}

/// A bit for the first letter of `word`, A to Z, and one for any other ("Łukasik").
fn initial_bit(word: &str) -> u32 {
    match word.as_bytes().first() {
        Some(&b @ b'A'..=b'Z') => 1 << (b - b'A'),
        _ => 1 << 26,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::analysis::Analysis;
    use crate::lexicon::Lexicon;

    /// The person each mention of `needle` in `text` stands for.
    fn stands_for(text: &str, needle: &str) -> Vec<Option<String>> {
        let lex = Lexicon::load().unwrap();
        let a = Analysis::new(text, &lex);
        text.match_indices(needle)
            .map(|(at, _)| a.mention_starting_at(at).and_then(|ix| a.mentions[ix].entity).map(|e| a.entities[e].label.clone()))
            .collect()
    }

    #[test]
    fn table_of_lone_surnames() {
        let reed = Some("Tom Reed");
        let cases: &[(&str, &str, &[Option<&str>])] = &[
            // A later paragraph, a later sentence, after a quotation, with a possessive.
            ("Cllr Tom Reed spoke first.\n\nReed said the plan was a mess.", "Reed said", &[reed]),
            ("Cllr Tom Reed spoke first. Reed said the plan was a mess.", "Reed said", &[reed]),
            ("Tom Reed, the opposition leader, replied. “It is a mess,” Reed said.", "Reed said", &[reed]),
            ("Tom Reed, the opposition leader, replied.\n\nReed’s Labour group voted no.", "Reed’s", &[reed]),
            ("Cllr Anna Łukasik spoke.\n\nŁukasik said no.", "Łukasik said", &[Some("Anna Łukasik")]),
            ("Tom Reed was appointed in May.\n\nHealth Secretary Reed said no.", "Reed said", &[reed]),
            // Not before the full name, nor inside a longer name or a quotation.
            ("Reed said no. Later Tom Reed spoke.", "Reed said", &[None]),
            ("Tom Reed spoke.\n\nThe Reed Report was published in May.", "Reed Report", &[None]),
            ("Tom Reed spoke.\n\nMartin Reed, his brother, said no.", "Martin Reed", &[Some("Martin Reed")]),
            ("Tom Reed spoke.\n\nAnn Lee said: “Reed is wrong.”", "Reed is", &[None]),
            // Two people of that name: which one is not for the reader to guess.
            ("Tom Reed met Jo Reed.\n\nReed said it was late.", "Reed said", &[None]),
            ("Tom Reed spoke.\n\nReed said it was late.\n\nJo Reed disagreed.", "Reed said", &[reed]),
            // A word that is never a name by itself stays a date.
            ("Cllr Theresa May spoke.\n\nMay is the month the council votes.", "May is", &[None]),
        ];
        for (text, needle, want) in cases {
            let want: Vec<Option<String>> = want.iter().map(|w| w.map(String::from)).collect();
            assert_eq!(stands_for(text, needle), want, "{text}");
        }
    }
}
