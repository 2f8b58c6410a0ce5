//! Stage 4: mentions. Finds people (with or without an honorific), parties and their short
//! forms, party groups, organisations (inspectorates, councils, forces, trusts, departments,
//! bodies named by their initials, described by an apposition or named before their kind:
//! "Willowbank care home", or known by a bare name that a grade shows to be a body's:
//! "Oakleigh Grange was rated inadequate"), people met again by their surname alone ("Reed said"),
//! pronouns, and common nouns that stand for an organisation ("the watchdog").

mod bodies;
mod described;
mod graded;
mod initials;
mod known;
mod people;
mod services;
mod surnames;

pub use known::{is_shortened, ShortName};

use crate::lexicon::{DescriptionTarget, Lexicon, WordClass};
use crate::model::{Gender, OrgCategory, Span};

use super::tokens::{gap, plural_possessive, Word};

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

/// What the paragraphs before named, which later ones may name more briefly.
#[derive(Debug, Default)]
pub struct Earlier {
    /// Canonical parties: their ambiguous short forms ("Reform", "the Greens") need no
    /// party word beside them.
    pub parties: Vec<String>,
    /// Bodies named in full, whose shorter names are theirs ("Larchwood Care" of
    /// "Larchwood Care Ltd").
    pub bodies: Vec<ShortName>,
    /// People named in full, each by surname and full name ("Reed", "Tom Reed").
    pub people: Vec<(String, String)>,
    /// Bare names that a grade showed to be bodies ("Oakleigh Grange was rated good").
    pub graded: Vec<String>,
}

impl Earlier {
    /// Learns what the mentions of a paragraph named.
    pub fn learn(&mut self, found: &[Mention]) {
        for m in found {
            match &m.kind {
                MentionKind::Party { canonical } | MentionKind::PartyGroup { canonical } => {
                    if !self.parties.contains(canonical) {
                        self.parties.push(canonical.clone());
                    }
                }
                MentionKind::Person { name, .. } => {
                    if let Some((_, surname)) = name.rsplit_once(' ').filter(|_| !self.people.iter().any(|(_, full)| full == name)) {
                        self.people.push((surname.to_string(), name.clone()));
                    }
                }
                kind => {
                    if let Some(short) = ShortName::of(kind).filter(|s| !self.bodies.contains(s)) {
                        self.bodies.push(short);
                    }
                }
            }
        }
    }

    /// Makes every mention of a graded body's name as a person's, in any paragraph, that
    /// body: "Oakleigh Grange has 40 beds" before the sentence that grades it, too.
    pub fn name_graded_bodies(&self, found: &mut [Mention]) {
        if !self.graded.is_empty() {
            self.retype_graded(found);
        }
    }

    // Rarely run: kept out of line so as not to weigh on the caller's code.
    #[inline(never)]
    fn retype_graded(&self, found: &mut [Mention]) {
        for m in found {
            if let MentionKind::Person { name, .. } = &m.kind {
                if self.graded.contains(name) {
                    m.kind = MentionKind::Organization { label: name.clone(), key: name.to_lowercase(), category: OrgCategory::Other };
                }
            }
        }
    }
}

/// Finds the mentions among `words` (one paragraph's words) of `text`.
/// `quoted` tells whether a span lies inside a quotation: names without an honorific and
/// pronouns are only read in the reporter's own words. `earlier` holds what the paragraphs
/// before named, and learns what this one names.
pub fn find_mentions(text: &str, words: &[Word<'_>], lex: &Lexicon, quoted: &dyn Fn(Span) -> bool, earlier: &mut Earlier) -> Vec<Mention> {
    let mut finder = Finder { text, words, lex, earlier, taken: vec![false; words.len()], out: Vec::new() };
    // These passes act only at a word of their class; a paragraph with none is passed by.
    let present = words.iter().fold(WordClass::NONE, |c, w| c | w.class());
    if present.intersects(WordClass::INSPECTORATE_START) {
        finder.inspectorates();
    }
    if present.intersects(WordClass::HONORIFIC) {
        finder.honorific_people();
    }
    if present.intersects(WordClass::ORG_HEAD_FIRST) {
        finder.organisations_kind_first();
    }
    if present.intersects(WordClass::ORG_HEAD) {
        finder.organisations();
    }
    if present.intersects(WordClass::PARTY_START) {
        finder.parties();
    }
    if !earlier.bodies.is_empty() {
        finder.short_names();
    }
    if present.intersects(WordClass::INITIALS) {
        finder.initials();
    }
    if present.intersects(WordClass::ORG_NOUN) {
        finder.named_after_org_noun();
        finder.described_by_apposition();
    }
    if present.intersects(WordClass::PROXY_NOUN) {
        finder.named_before_proxy_noun();
    }
    if present.intersects(WordClass::SERVICE_NOUN) {
        finder.named_before_service_noun();
    }
    let bare_from = finder.out.len();
    finder.bare_names(quoted);
    let graded = if present.intersects(WordClass::RATING) && present.intersects(WordClass::RATING_CUE) { finder.graded_bare_names(bare_from) } else { Vec::new() };
    finder.lone_surnames(quoted);
    finder.pronouns_and_descriptions(quoted);
    let mut found = finder.out;
    found.sort_by_key(|m| m.span);
    earlier.learn(&found);
    earlier.graded.extend(graded);
    found
}

/// The state of one paragraph's search: its words, which are taken, what was found.
struct Finder<'a, 't> {
    text: &'t str,
    words: &'a [Word<'t>],
    lex: &'a Lexicon,
    /// What earlier paragraphs named.
    earlier: &'a Earlier,
    taken: Vec<bool>,
    out: Vec<Mention>,
}

impl Finder<'_, '_> {
    /// Word `i` and the text between it and word `i + 1`, when both are there.
    fn gap_after(&self, i: usize) -> Option<(&Word<'_>, &str)> {
        let (a, b) = (self.words.get(i)?, self.words.get(i + 1)?);
        Some((a, gap(self.text, a.span.end, b.span.start)))
    }

    /// True when word `i` opens a sentence: the paragraph's first, or after a full stop,
    /// "!" or "?".
    fn opens_sentence(&self, i: usize) -> bool {
        i == 0 || self.gap_after(i - 1).is_some_and(|(_, g)| g.contains(['.', '!', '?']))
    }

    /// True when words `i` and `i + 1` are separated by spaces alone.
    fn joined(&self, i: usize) -> bool {
        self.gap_after(i).is_some_and(|(_, g)| g.chars().all(char::is_whitespace))
    }

    /// True when word `i` is a plural possessive ("the Greens’ candidate") before word `i + 1`.
    fn plural_possessive(&self, i: usize) -> bool {
        self.gap_after(i).is_some_and(|(w, g)| plural_possessive(w, g))
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

    fn name_of(&self, from: usize, to: usize) -> String {
        let Some(last) = to.checked_sub(1).filter(|&l| l >= from) else { return String::new() };
        let mut parts: Vec<&str> = Vec::with_capacity(3 * (to - from));
        for k in from..last {
            parts.push(self.words[k].text);
            // "Prison Officers’ Association" keeps its apostrophe.
            match self.gap_after(k) {
                Some((w, g)) if plural_possessive(w, g) => parts.push(g.trim_end()),
                // "Department for Environment, Food and Rural Affairs".
                Some((_, g)) if g.starts_with(',') => parts.push(","),
                _ => {}
            }
            parts.push(" ");
        }
        parts.push(self.words[last].base());
        parts.concat()
    }

    fn pronouns_and_descriptions(&mut self, quoted: &dyn Fn(Span) -> bool) {
        for i in 0..self.words.len() {
            if self.taken[i] {
                continue;
            }
            let words = self.words;
            let w = &words[i];
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
            if !w.may_be(WordClass::DESCRIPTION) {
                continue;
            }
            if let Some(&target) = self.lex.descriptions.get(&w.lower_base()) {
                if w.base().chars().skip(1).all(|c| !c.is_uppercase()) {
                    self.push(i, i + 1, MentionKind::Description(target));
                }
            }
        }
    }
}

#[cfg(test)]
pub(super) mod tests;
