//! People: names after an honorific ("Cllr. Priya Shah") and bare names in the reporter's
//! words ("Tom Brennan, the chair"), with titles and places kept out of them.

use crate::extract::grammar::{self, COMPASS_POINTS};
use crate::lexicon::{VerbClass, WordClass};
use crate::model::{Gender, Span};

use super::{Finder, MentionKind, MAX_NAME_WORDS, MAX_TITLE_AND_NAME_WORDS};
use crate::extract::tokens::{gap, Word};

/// Most particles between two words of a name ("van der").
const MAX_PARTICLES: usize = 2;

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
            let mut names = 0;
            while end < self.words.len() && names < MAX_NAME_WORDS && (end == i + 1 || self.joined(end - 1)) {
                // Particles ("Mr van der Berg") are looked for only where no name word stands;
                // they are followed by one.
                let next = match self.words[end].is_name_like() {
                    true => end,
                    false => match self.particles_at(end) {
                        0 => break,
                        n => end + n,
                    },
                };
                let w = &self.words[next];
                if w.may_be(WordClass::FUNCTION_WORD) && self.lex.function_words.contains(w.text) {
                    break;
                }
                end = next + 1;
                names += 1;
                if w.is_possessive() {
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
            let usable = |k: usize| self.may_be_bare_name(k);
            let mut end = i;
            let mut capitalised = 0;
            while end < self.words.len() && capitalised < MAX_TITLE_AND_NAME_WORDS {
                // Most runs end at a word that is no name; particles are looked for only there.
                let next = match usable(end) {
                    true if end == i || self.joined(end - 1) => end,
                    false if end > i && self.joined(end - 1) => match self.particles_at(end) {
                        0 => break,
                        n if usable(end + n) => end + n,
                        _ => break,
                    },
                    _ => break,
                };
                end = next + 1;
                capitalised += 1;
                if self.words[next].is_possessive() {
                    break;
                }
            }
            if capitalised == 1 && self.surname_after_first_name(i, end) {
                end += 1;
                capitalised += 1;
            }
            // Without an honorific, a run of three or more capitalised words is far more often
            // a title or label and a name ("Shopper Ann Cole", "Chief Fire Officer Ann Lee")
            // than a name with a middle name: the name is the last two, with any particles
            // between them ("Shopper Tom van der Berg").
            let start = if capitalised >= MAX_NAME_WORDS { self.second_last_name_word(end) } else { i };
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

    /// True when word `k` is free and may be a word of a name without an honorific.
    // Called for every word of every paragraph: inlined so that the case test, which turns
    // away most words, costs no call.
    #[inline(always)]
    fn may_be_bare_name(&self, k: usize) -> bool {
        let w = &self.words[k];
        !self.taken[k]
            && w.is_name_like()
            && !(w.may_be(WordClass::FUNCTION_WORD | WordClass::NON_NAME | WordClass::HONORIFIC)
                && (self.lex.function_words.contains(w.base())
                    || self.lex.non_name_words.contains(w.base())
                    || self.lex.honorifics.contains_key(w.text)))
    }

    /// The number of name particles from word `k` ("ap", "de la", "van der"), when they
    /// are lower-case words of the lexicon's list joined by spaces to a name-like word after
    /// them; 0 otherwise.
    fn particles_at(&self, k: usize) -> usize {
        let mut n = 0;
        while n < MAX_PARTICLES && self.words.get(k + n).is_some_and(|w| self.is_particle(w)) && self.joined(k + n) {
            n += 1;
        }
        if n > 0 && self.words.get(k + n).is_some_and(|w| w.is_name_like()) {
            n
        } else {
            0
        }
    }

    /// True when word `k`, after the lone name-like word `first`, is a surname that is also
    /// a word of places or titles ("Ward", "May"), where the words around say a person is
    /// named: a title before ("councillor Jo Ward") or a verb of speech after
    /// ("Jo Ward said"). Elsewhere it is no name's ("Castle Ward").
    fn surname_after_first_name(&self, first: usize, k: usize) -> bool {
        let Some(w) = self.words.get(k) else { return false };
        // Most runs end at a lower-case word: the case is tested first.
        if !w.is_capitalised() || !w.may_be(WordClass::NON_NAME) || !self.lex.surname_words.contains(w.text) || self.taken[k] || !self.joined(k - 1) {
            return false;
        }
        let titled = first > 0 && self.joined(first - 1) && self.lex.role_nouns.contains_lower(self.words[first - 1].text);
        let speaks = || self.words.get(k + 1).is_some_and(|n| n.verb(self.lex) == Some(VerbClass::Speech));
        titled || speaks()
    }

    fn is_particle(&self, w: &Word<'_>) -> bool {
        w.may_be(WordClass::NAME_PARTICLE) && self.lex.name_particles.contains(w.text)
    }

    /// The index of the capitalised word before the last word of a name run ending at
    /// `end`, stepping over the particles between them.
    fn second_last_name_word(&self, end: usize) -> usize {
        let mut k = end - 1;
        while k > 0 && self.is_particle(&self.words[k - 1]) {
            k -= 1;
        }
        k.saturating_sub(1)
    }

    /// True when the two words before word `of`, an "of", are a person's name and
    /// no more: "Ian Lee of Kestrel Homes" is a person of a body, not one body's name. A
    /// first word that is a point of the compass makes them a place ("East Riding of
    /// Yorkshire Council"), a word that ends bodies' names a body ("University Hospitals of
    /// Kestrel Vale NHS Foundation Trust"), a possessive first word an owner ("St Mary's
    /// Church of England School"), a capitalised word before them a longer name ("Holy
    /// Trinity Church of England School").
    pub(super) fn person_before(&self, of: usize) -> bool {
        let Some(first) = of.checked_sub(2) else { return false };
        let opens_run = first == 0 || !self.joined(first - 1) || !self.words[first - 1].is_capitalised();
        opens_run
            && self.may_be_bare_name(first)
            && !self.words[first].is_possessive()
            && self.may_be_bare_name(first + 1)
            && self.joined(first)
            && !grammar::is(COMPASS_POINTS, self.words[first].text)
            && (first..of).all(|k| self.org_head_at(k).is_none())
    }

    /// True where a capitalised run is a place, not a person: after "for", "of", "in" or
    /// "at", with or without "the" ("the MP for Aldhelm Vale", "the Mayor of the West
    /// Midlands"), after "from" set off by a comma ("Ruth Evans, from Selly Oak, said"),
    /// or inside a bracket ("(Lab, Kingsbridge North)").
    pub(super) fn place_position(&self, i: usize) -> bool {
        let k = match i.checked_sub(1) {
            Some(j) if self.words[j].text == "the" => j,
            _ => i,
        };
        let Some(prev) = k.checked_sub(1).map(|j| &self.words[j]) else { return self.bracket_open_before(i) };
        let after_place_word = matches!(&*prev.lower(), "for" | "of" | "in" | "at" | "near");
        let from_after_comma = k == i && prev.text == "from" && k >= 2 && gap(self.text, self.words[k - 2].span.end, prev.span.start).contains(',');
        after_place_word || from_after_comma || self.bracket_open_before(i)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{mentions, org, people, person};
    use crate::extract::mentions::MentionKind;
    use crate::model::{Gender, OrgCategory};

    #[test]
    fn a_surname_that_is_also_a_word_ends_a_name_where_a_person_is_meant() {
        let cases: &[(&str, &[&str])] = &[
            ("Green councillor Felix Ward said the report was shocking.", &["Felix Ward"]),
            ("Resident Amy May said the bus never came.", &["Amy May"]),
            ("The plan was backed by councillor Amy May and two others.", &["Amy May"]),
            ("Parents thanked Amy. May said no more.", &[]),
            ("In the end Tom Church said no.", &["Tom Church"]),
            ("Cllr Jo Hart, who represents Castle Ward, agreed.", &["Cllr Jo Hart"]),
            ("Voters in Castle Ward went to the polls.", &[]),
            // Without a speech verb or title beside it the word is no name's.
            ("Residents of Abbey Ward backed the plan.", &[]),
            ("A new Abbey Ward councillor spoke.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(people(text), *want, "{text}");
        }
    }

    #[test]
    fn a_name_before_of_is_a_person_of_a_body_unless_it_reads_as_a_place() {
        let cases: &[(&str, &[(&str, MentionKind)])] = &[
            ("Ian Lee of Kestrel Homes said so.", &[
                ("Ian Lee", person("Ian Lee", Gender::Unknown)),
                ("Kestrel Homes", org("Kestrel Homes", "kestrel homes", OrgCategory::Health)),
            ]),
            ("Staff heard Ana Cruz of Northgate Housing Society.", &[
                ("Ana Cruz", person("Ana Cruz", Gender::Unknown)),
                ("Northgate Housing Society", org("Northgate Housing Society", "northgate housing society", OrgCategory::Other)),
            ]),
            ("East Riding of Yorkshire Council said so.", &[(
                "East Riding of Yorkshire Council",
                org("East Riding of Yorkshire Council", "east riding of yorkshire council", OrgCategory::Council),
            )]),
            ("Pupils at St Bede's Church of England Academy said so.", &[(
                "St Bede's Church of England Academy",
                org("St Bede's Church of England Academy", "st bede's church of england academy", OrgCategory::Other),
            )]),
            ("Parents at Ashby Church of England Primary School said so.", &[(
                "Ashby Church of England Primary School",
                org("Ashby Church of England Primary School", "ashby church of england primary", OrgCategory::Other),
            )]),
            ("Holy Trinity Church of England Primary School said so.", &[(
                "Holy Trinity Church of England Primary School",
                org("Holy Trinity Church of England Primary School", "holy trinity church of england primary", OrgCategory::Other),
            )]),
            ("University Hospitals of Kestrel Vale NHS Foundation Trust said so.", &[(
                "University Hospitals of Kestrel Vale NHS Foundation Trust",
                org("University Hospitals of Kestrel Vale NHS Foundation Trust", "university hospitals of kestrel vale nhs foundation trust", OrgCategory::Health),
            )]),
            ("The Friends of Kestrel Vale Park Trust said so.", &[(
                "Friends of Kestrel Vale Park Trust",
                org("Friends of Kestrel Vale Park Trust", "friends of kestrel vale park trust", OrgCategory::Health),
            )]),
        ];
        for (text, want) in cases {
            let want: Vec<(String, MentionKind)> = want.iter().map(|(s, k)| (s.to_string(), k.clone())).collect();
            assert_eq!(mentions(text), want, "{text}");
        }
    }
}
