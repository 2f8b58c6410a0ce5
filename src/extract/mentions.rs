//! Stage 4: mentions. Finds people (with or without an honorific), parties and their short
//! forms, party groups, organisations (inspectorates, councils, forces, trusts, departments),
//! pronouns, and common nouns that stand for an organisation ("the watchdog").

use crate::lexicon::{DescriptionTarget, Lexicon, OrgHead, PartyUse, Phrase, PhraseSet};
use crate::model::{Gender, OrgCategory, Span};

use super::tokens::{gap, Word};

/// Most words a name or an organisation's name may run to.
const MAX_NAME_WORDS: usize = 3;
/// Most capitalised words read as one run of title and name ("Chief Fire Officer Ann Lee").
const MAX_TITLE_AND_NAME_WORDS: usize = 6;
const MAX_ORG_WORDS: usize = 7;

/// A subject pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pronoun {
    /// he
    He,
    /// she
    She,
    /// they
    They,
    /// it
    It,
}

/// What a mention names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MentionKind {
    /// A person; `name` is the name as written, without honorific.
    Person {
        /// "Amy Ng", or "Ng" after an honorific.
        name: String,
        /// From the honorific, when it tells.
        gender: Gender,
    },
    /// A party, by canonical name.
    Party {
        /// "Liberal Democrat".
        canonical: String,
    },
    /// A party's group of councillors ("the Labour group", "the Conservative administration").
    PartyGroup {
        /// The party's canonical name.
        canonical: String,
    },
    /// A named organisation.
    Organization {
        /// Its name as written (or the inspectorate's canonical name).
        label: String,
        /// What identifies it across spellings ("northshire council").
        key: String,
        /// What kind of body it is.
        category: OrgCategory,
    },
    /// he, she, they, it.
    Pronoun(Pronoun),
    /// A common noun standing for something in the story.
    Description(DescriptionTarget),
}

/// A mention in the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Where it stands.
    pub span: Span,
    /// What it names.
    pub kind: MentionKind,
}

/// Finds the mentions among `words` (one paragraph's words) of `text`.
/// `quoted` tells whether a span lies inside a quotation: names without an honorific and
/// pronouns are only read in the reporter's own words.
pub fn find_mentions(text: &str, words: &[Word<'_>], lex: &Lexicon, quoted: &dyn Fn(Span) -> bool) -> Vec<Mention> {
    let mut finder = Finder { text, words, lex, taken: vec![false; words.len()], out: Vec::new() };
    finder.inspectorates();
    finder.honorific_people();
    finder.organisations();
    finder.parties();
    finder.bare_names(quoted);
    finder.pronouns_and_descriptions(quoted);
    finder.out.sort_by_key(|m| m.span);
    finder.out
}

struct Finder<'a, 't> {
    text: &'t str,
    words: &'a [Word<'t>],
    lex: &'a Lexicon,
    taken: Vec<bool>,
    out: Vec<Mention>,
}

impl Finder<'_, '_> {
    /// True when words `i` and `i + 1` are separated by spaces alone.
    fn joined(&self, i: usize) -> bool {
        match (self.words.get(i), self.words.get(i + 1)) {
            (Some(a), Some(b)) => gap(self.text, a.span.end, b.span.start).chars().all(char::is_whitespace),
            _ => false,
        }
    }

    fn free(&self, from: usize, to: usize) -> bool {
        to <= self.words.len() && self.taken[from..to].iter().all(|t| !t)
    }

    fn push(&mut self, from: usize, to: usize, kind: MentionKind) {
        for t in &mut self.taken[from..to] {
            *t = true;
        }
        let span = Span::new(self.words[from].span.start, self.words[to - 1].span.end);
        self.out.push(Mention { span, kind });
    }

    /// The number of words from `i` that spell `phrase` (last word may be possessive).
    /// The longest phrase of `set` spelt by the words from `i`, as (entry, word count). The
    /// last word may be possessive; symbols of the phrase ("Fire & Rescue") stand in gaps.
    fn phrase_at(&self, i: usize, set: &PhraseSet) -> Option<(usize, usize)> {
        let first = self.words[i].text;
        let candidates = set.starting_with(first);
        let candidates = if candidates.is_empty() { set.starting_with(self.words[i].base()) } else { candidates };
        candidates.iter().find(|p| self.spells(i, p)).map(|p| (p.entry, p.words.len()))
    }

    fn spells(&self, i: usize, phrase: &Phrase) -> bool {
        let n = phrase.words.len();
        phrase.words.iter().enumerate().all(|(k, part)| {
            let Some(w) = self.words.get(i + k) else { return false };
            let text = if k + 1 == n { w.base() } else { w.text };
            let gap_ok = k + 1 == n
                || self.words.get(i + k + 1).is_some_and(|next| {
                    gap(self.text, w.span.end, next.span.start).chars().all(|c| c.is_whitespace() || phrase.symbols.contains(&c))
                });
            text == part && gap_ok
        })
    }

    fn inspectorates(&mut self) {
        for i in 0..self.words.len() {
            let hit = self.phrase_at(i, &self.lex.inspectorate_phrases).map(|(entry, n)| (n, self.lex.inspectorates[entry].1.clone()));
            if let Some((n, canonical)) = hit {
                if self.free(i, i + n) {
                    let key = canonical.to_lowercase();
                    self.push(i, i + n, MentionKind::Organization { label: canonical, key, category: OrgCategory::Inspectorate });
                }
            }
        }
    }

    fn honorific_people(&mut self) {
        for i in 0..self.words.len() {
            let Some(&gender) = self.lex.honorifics.get(self.words[i].text) else { continue };
            let after = gap(self.text, self.words[i].span.end, self.words.get(i + 1).map_or(0, |w| w.span.start));
            if !(after.chars().all(char::is_whitespace) || after.trim() == ".") {
                continue;
            }
            let mut end = i + 1;
            while end < self.words.len()
                && end - i <= MAX_NAME_WORDS
                && self.words[end].is_name_like()
                && !self.lex.function_words.contains(self.words[end].text)
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

    fn name_of(&self, from: usize, to: usize) -> String {
        let mut parts: Vec<&str> = self.words[from..to].iter().map(|w| w.text).collect();
        if let Some(last) = parts.last_mut() {
            *last = self.words[to - 1].base();
        }
        parts.join(" ")
    }

    fn org_word(&self, i: usize) -> bool {
        let w = &self.words[i];
        w.is_capitalised() && !self.lex.function_words.contains(w.text) && !self.taken[i]
    }

    fn organisations(&mut self) {
        for i in 0..self.words.len() {
            let Some(&head) = self.lex.org_heads.get(self.words[i].base()) else { continue };
            // "Riverside University Hospitals NHS Foundation Trust": a later head takes the whole name.
            if self.taken[i] || !self.words[i].is_capitalised() || (self.joined(i) && self.head_follows(i + 1)) {
                continue;
            }
            let mut start = i;
            while start > 0 && i - start < MAX_ORG_WORDS && self.joined(start - 1) && !self.words[start - 1].is_possessive() {
                let prev = start - 1;
                let connector = matches!(self.words[prev].text, "and" | "of" | "&") && prev > 0 && self.org_word(prev - 1);
                if self.org_word(prev) || connector {
                    start = prev;
                } else {
                    break;
                }
            }
            let mut end = i + 1;
            if !self.words[i].is_possessive() {
                while end < self.words.len() && end - start < MAX_ORG_WORDS && self.joined(end - 1) {
                    let connector = match self.words[end].text {
                        "for" | "of" => end + 1 < self.words.len() && self.org_word(end + 1),
                        // "and" joins words of one name, not two bodies ("... and Avonford Police").
                        "and" | "&" => end + 1 < self.words.len() && self.org_word(end + 1) && !self.head_follows(end + 1),
                        _ => false,
                    };
                    if connector || (end > i + 1 && self.org_word(end)) {
                        end += if connector { 2 } else { 1 };
                        if self.words[end - 1].is_possessive() {
                            break;
                        }
                    } else {
                        break;
                    }
                }
            }
            if end - start < 2 || !self.free(start, end) {
                continue;
            }
            let label = self.name_of(start, end);
            let (key, category) = match head {
                OrgHead::Council => (self.council_key(start, i), OrgCategory::Council),
                OrgHead::Police => (label.to_lowercase(), OrgCategory::Police),
                OrgHead::Health => (label.to_lowercase(), OrgCategory::Health),
                OrgHead::Government => (label.to_lowercase(), OrgCategory::Government),
                OrgHead::Other => (label.to_lowercase(), OrgCategory::Other),
            };
            self.push(start, end, MentionKind::Organization { label, key, category });
        }
    }

    /// True when a run of capitalised words from `i` ends in an organisation head.
    fn head_follows(&self, i: usize) -> bool {
        let mut k = i;
        while k < self.words.len() && self.org_word(k) {
            if self.lex.org_heads.contains_key(self.words[k].base()) {
                return true;
            }
            if !self.joined(k) {
                break;
            }
            k += 1;
        }
        false
    }

    /// "Northshire County Council" and "Northshire Council" share the key "northshire council".
    fn council_key(&self, start: usize, head: usize) -> String {
        let place: Vec<String> = self.words[start..head]
            .iter()
            .filter(|w| !self.lex.council_types.contains(w.text))
            .map(|w| w.lower())
            .collect();
        format!("{} council", place.join(" ")).trim().to_string()
    }

    fn in_bracket(&self, from: usize, to: usize) -> bool {
        let opened = self.text[..self.words[from].span.start].trim_end().ends_with('(');
        let after_end = self.words.get(to).map_or(self.words[to - 1].span.end + 1, |w| w.span.start);
        let after = gap(self.text, self.words[to - 1].span.end, after_end);
        let listed = from > 0 && gap(self.text, self.words[from - 1].span.end, self.words[from].span.start).contains(", ");
        (opened || listed && self.bracket_open_before(from)) && (after.starts_with(',') || after.starts_with(')'))
    }

    /// True when an unclosed "(" stands a few words before word `i`.
    fn bracket_open_before(&self, i: usize) -> bool {
        const BRACKET_REACH: usize = 60;
        let to = self.words[i].span.start;
        let mut from = to.saturating_sub(BRACKET_REACH);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let before = gap(self.text, from, to);
        before.rfind('(').is_some_and(|o| !before[o..].contains(')'))
    }

    fn party_context(&self, from: usize, to: usize) -> bool {
        let next = self.words.get(to).map(|w| w.text);
        let possessive_next = self.words[to - 1].is_possessive() && next.is_some();
        // "Independent Geoff Tarrant": the party word before a name.
        let before_name = to + 1 < self.words.len()
            && self.words[to].is_name_like()
            && self.words[to + 1].is_name_like()
            && self.joined(to - 1)
            && self.joined(to);
        next.is_some_and(|n| self.lex.party_words.contains(n))
            || (possessive_next && self.joined(to - 1))
            || before_name
            || self.in_bracket(from, to)
    }

    fn parties(&mut self) {
        let mut i = 0;
        while i < self.words.len() {
            let hit = self.phrase_at(i, &self.lex.party_phrases).map(|(entry, n)| (n, &self.lex.parties[entry]));
            let Some((n, party)) = hit else {
                i += 1;
                continue;
            };
            let allowed = match party.usage {
                PartyUse::Any => true,
                PartyUse::Context => self.party_context(i, i + n),
                PartyUse::Bracket => self.in_bracket(i, i + n),
            };
            if !allowed || !self.free(i, i + n) {
                i += 1;
                continue;
            }
            let canonical = party.canonical.clone();
            let group_end = (i + n..(i + n + 2).min(self.words.len()))
                .take_while(|&k| self.joined(k - 1) && !self.words[k - 1].is_possessive())
                .find(|&k| matches!(self.words[k].lower().as_str(), "group" | "administration"));
            match group_end {
                Some(k) => self.push(i, k + 1, MentionKind::PartyGroup { canonical }),
                None => self.push(i, i + n, MentionKind::Party { canonical }),
            }
            i += n;
        }
    }

    fn bare_names(&mut self, quoted: &dyn Fn(Span) -> bool) {
        let mut i = 0;
        while i < self.words.len() {
            let usable = |k: usize| {
                let w = &self.words[k];
                !self.taken[k]
                    && w.is_name_like()
                    && !self.lex.function_words.contains(w.base())
                    && !self.lex.non_name_words.contains(w.base())
                    && !self.lex.honorifics.contains_key(w.text)
            };
            let mut end = i;
            while end < self.words.len() && end - i < MAX_TITLE_AND_NAME_WORDS && usable(end) && (end == i || self.joined(end - 1)) {
                end += 1;
                if self.words[end - 1].is_possessive() {
                    break;
                }
            }
            let span = Span::new(self.words[i].span.start, self.words[end.max(i + 1) - 1].span.end);
            // Without an honorific, a run of three or more capitalised words is far more often
            // a title or label and a name ("Shopper Ann Cole", "Chief Fire Officer Ann Lee")
            // than a name with a middle name: the name is the last two words.
            let start = if end - i >= MAX_NAME_WORDS { end - 2 } else { i };
            if end - start >= 2 && !quoted(span) && !self.place_position(start) {
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
    fn place_position(&self, i: usize) -> bool {
        let after_place_word = i > 0 && matches!(self.words[i - 1].lower().as_str(), "for" | "of" | "in" | "at" | "near");
        after_place_word || self.bracket_open_before(i)
    }

    fn pronouns_and_descriptions(&mut self, quoted: &dyn Fn(Span) -> bool) {
        for i in 0..self.words.len() {
            if self.taken[i] {
                continue;
            }
            let w = self.words[i];
            let pronoun = match w.text {
                "He" | "he" => Some(Pronoun::He),
                "She" | "she" => Some(Pronoun::She),
                "They" | "they" => Some(Pronoun::They),
                "It" | "it" => Some(Pronoun::It),
                _ => None,
            };
            if let Some(p) = pronoun {
                if !quoted(w.span) {
                    self.push(i, i + 1, MentionKind::Pronoun(p));
                }
                continue;
            }
            let lower = w.base().to_lowercase();
            let sentence_case = w.base().chars().skip(1).all(|c| !c.is_uppercase());
            if let Some(&target) = self.lex.descriptions.get(&lower) {
                if sentence_case {
                    self.push(i, i + 1, MentionKind::Description(target));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::words;

    fn mentions(text: &str) -> Vec<(String, MentionKind)> {
        let lex = Lexicon::load().unwrap();
        let ws = words(text, Span::new(0, text.len()));
        find_mentions(text, &ws, &lex, &|_| false)
            .into_iter()
            .map(|m| (m.span.slice(text).to_string(), m.kind))
            .collect()
    }

    fn person(name: &str, gender: Gender) -> MentionKind {
        MentionKind::Person { name: name.into(), gender }
    }

    fn party(c: &str) -> MentionKind {
        MentionKind::Party { canonical: c.into() }
    }

    fn org(label: &str, key: &str, category: OrgCategory) -> MentionKind {
        MentionKind::Organization { label: label.into(), key: key.into(), category }
    }

    #[test]
    fn people_with_and_without_honorifics() {
        assert_eq!(mentions("Cllr. Priya Shah and Mrs Okafor met Tom Brennan, the chair."), [
            ("Cllr. Priya Shah".into(), person("Priya Shah", Gender::Unknown)),
            ("Mrs Okafor".into(), person("Okafor", Gender::Female)),
            ("Tom Brennan".into(), person("Tom Brennan", Gender::Unknown)),
        ]);
        assert_eq!(mentions("Sir Keith Lowe’s view"), [("Sir Keith Lowe’s".into(), person("Keith Lowe", Gender::Male))]);
    }

    #[test]
    fn parties_short_forms_and_groups() {
        assert_eq!(mentions("Coun Ella Marsh (LD, Riverside) joined the Lib Dems."), [
            ("Coun Ella Marsh".into(), person("Ella Marsh", Gender::Unknown)),
            ("LD".into(), party("Liberal Democrat")),
            ("Lib Dems".into(), party("Liberal Democrat")),
        ]);
        assert_eq!(mentions("the ruling Labour group and the Conservative opposition group"), [
            ("Labour group".into(), MentionKind::PartyGroup { canonical: "Labour".into() }),
            ("Conservative opposition group".into(), MentionKind::PartyGroup { canonical: "Conservative".into() }),
        ]);
        assert_eq!(mentions("Green councillor Sam Reeve"), [
            ("Green".into(), party("Green")),
            ("Sam Reeve".into(), person("Sam Reeve", Gender::Unknown)),
        ]);
    }

    #[test]
    fn ambiguous_party_words_need_context() {
        assert!(mentions("a Green light for Reform of the system").is_empty());
        assert_eq!(mentions("Reform UK’s leader")[0].1, party("Reform UK"));
        assert_eq!(mentions("(Con, Abbey Ward)")[0].1, party("Conservative"));
    }

    #[test]
    fn organisations_and_inspectorates() {
        assert_eq!(mentions("Northshire County Council’s director and the CQC"), [
            ("Northshire County Council’s".into(), org("Northshire County Council", "northshire council", OrgCategory::Council)),
            ("CQC".into(), org("Care Quality Commission", "care quality commission", OrgCategory::Inspectorate)),
        ]);
        assert_eq!(mentions("letters from the Department for Education and Avonford Police")[0].1,
            org("Department for Education", "department for education", OrgCategory::Government));
        assert_eq!(mentions("HMI Probation inspectors")[0].1,
            org("HM Inspectorate of Probation", "hm inspectorate of probation", OrgCategory::Inspectorate));
        assert_eq!(mentions("The Council"), [("Council".into(), MentionKind::Description(DescriptionTarget::Council))]);
        assert_eq!(mentions("at Riverside University Hospitals NHS Foundation Trust")[0].0, "Riverside University Hospitals NHS Foundation Trust");
    }

    #[test]
    fn pronouns_and_descriptions() {
        let got: Vec<MentionKind> = mentions("She said the watchdog and Inspectors agreed it was").into_iter().map(|m| m.1).collect();
        assert_eq!(got, [
            MentionKind::Pronoun(Pronoun::She),
            MentionKind::Description(DescriptionTarget::Inspectorate),
            MentionKind::Description(DescriptionTarget::Inspectorate),
            MentionKind::Pronoun(Pronoun::It),
        ]);
    }

    #[test]
    fn capitalised_function_words_and_shouting_are_not_names() {
        assert!(mentions("VULNERABLE children were Following Guidance").is_empty());
        assert!(mentions("In May Ms").is_empty());
    }

    #[test]
    fn places_after_for_of_in_and_in_brackets_are_not_people() {
        let names = |text: &str| -> Vec<MentionKind> {
            mentions(text).into_iter().map(|m| m.1).filter(|k| matches!(k, MentionKind::Person { .. })).collect()
        };
        assert!(names("The Conservative MP for Aldhelm Vale spoke").is_empty());
        assert!(names("(Lab, Kingsbridge North)").is_empty());
        assert_eq!(names("a letter to David Haley"), [person("David Haley", Gender::Unknown)]);
    }

    #[test]
    fn a_label_before_a_bare_name_is_not_part_of_it() {
        assert_eq!(mentions("Pensioner Ann Cole said")[0].1, person("Ann Cole", Gender::Unknown));
        assert_eq!(mentions("Chief Inspector of Probation Kathryn Lowe")[0].1, person("Kathryn Lowe", Gender::Unknown));
        assert_eq!(mentions("Deputy Chief Fire Officer Marcus Bell responded")[0].1, person("Marcus Bell", Gender::Unknown));
    }
}
