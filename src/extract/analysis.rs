//! One article read through stages 1-5 (paragraphs, sentences, quotes, mentions,
//! entities), with lookups by byte position for the stages that follow.

use crate::lexicon::{DescriptionTarget, Lexicon, OrgHead, WordClass};
use crate::model::{NodeKind, OrgCategory, Span};

use super::clean::article_paragraphs;
use super::entities::{link_entities, most_frequent, Entity};
use super::grammar::{self, DETERMINERS};
use super::mentions::{find_mentions, is_shortened, Earlier, Mention, MentionKind};
use super::quotes::{find_quotes, Quote};
use super::segment::sentences;
use super::tokens::{push_words, Word};

/// A sentence and its paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// Where it stands.
    pub span: Span,
    /// Index of its paragraph.
    pub paragraph: usize,
}

/// A mention in its context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The mention.
    pub mention: Mention,
    /// Index of its sentence.
    pub sentence: usize,
    /// True when it lies inside a quotation.
    pub in_quote: bool,
    /// Its entity, for names; None for pronouns and descriptions.
    pub entity: Option<usize>,
}

/// An article after the reading stages.
#[derive(Debug)]
pub struct Analysis<'t> {
    /// The original text; every span points into it.
    pub text: &'t str,
    /// Paragraphs, furniture removed.
    pub paragraphs: Vec<Span>,
    /// Sentences of all paragraphs, in order.
    pub sentences: Vec<Sentence>,
    /// Words of all paragraphs, in order.
    pub words: Vec<Word<'t>>,
    /// Quotations, in order.
    pub quotes: Vec<Quote>,
    /// Mentions, in order.
    pub mentions: Vec<Located>,
    /// The article's people, parties and organisations.
    pub entities: Vec<Entity>,
    /// Quoted segments, sorted, for `in_quote`.
    quoted: Vec<Span>,
    /// For each sentence, whether a quotation overlaps it.
    quoted_sentences: Vec<bool>,
    /// For each sentence, the word lists its words may be in.
    sentence_classes: Vec<WordClass>,
    /// Mentions of inspectorates, councils, forces and ruling party groups ("the Green
    /// administration") as (mention, entity), in order.
    by_target: [Vec<(usize, usize)>; 4],
    /// Mentions of organisations by the last word of their name, lower case ("authority"
    /// for "Northmoor Combined Authority"), as (mention, entity), in order.
    by_head: Vec<(String, Vec<(usize, usize)>)>,
    /// The inspectorate mentioned most (first on a tie).
    main_inspectorate: Option<usize>,
    /// The council mentioned most (first on a tie).
    home_council: Option<usize>,
}

impl<'t> Analysis<'t> {
    /// Reads `text` through stages 1-5.
    pub fn new(text: &'t str, lex: &Lexicon) -> Analysis<'t> {
        let paragraphs = article_paragraphs(text, lex);
        let quotes = find_quotes(text, &paragraphs);
        let mut quoted: Vec<Span> = quotes.iter().flat_map(|q| q.segments.iter().map(|s| s.inner)).collect();
        quoted.sort();
        let mut a = Analysis {
            text,
            paragraphs: Vec::new(),
            sentences: Vec::new(),
            words: Vec::new(),
            quotes,
            mentions: Vec::new(),
            entities: Vec::new(),
            quoted,
            quoted_sentences: Vec::new(),
            sentence_classes: Vec::new(),
            by_target: Default::default(),
            by_head: Vec::new(),
            main_inspectorate: None,
            home_council: None,
        };
        let mut found: Vec<Mention> = Vec::new();
        // Words average five or six bytes: one allocation for the article's words, not a
        // copy of the list each time it outgrows itself.
        a.words.reserve(paragraphs.iter().map(|p| p.len()).sum::<usize>() / 5 + 1);
        let mut earlier = Earlier::default();
        for (p, &para) in paragraphs.iter().enumerate() {
            for s in sentences(text, para, lex) {
                a.sentences.push(Sentence { span: s, paragraph: p });
            }
            let first = a.words.len();
            push_words(text, para, lex, &mut a.words);
            found.extend(find_mentions(text, &a.words[first..], lex, &|span| a.in_quote(span), &mut earlier));
        }
        earlier.name_graded_bodies(&mut found);
        a.paragraphs = paragraphs;
        a.sentence_classes = a.sentences.iter().map(|s| a.words_in(s.span).iter().fold(WordClass::NONE, |c, w| c | w.class())).collect();
        let (entities, links, home_council) = link_entities(&found);
        a.home_council = home_council;
        a.mentions = found
            .into_iter()
            .zip(links)
            .map(|(mention, entity)| Located {
                sentence: a.sentence_at(mention.span.start).unwrap_or(0),
                in_quote: a.in_quote(mention.span),
                mention,
                entity,
            })
            .collect();
        a.entities = entities;
        a.quoted_sentences = vec![false; a.sentences.len()];
        for q in &a.quotes {
            let outer = q.outer();
            let first = a.sentence_at(outer.start).unwrap_or(0);
            let last = a.sentence_at(outer.end.saturating_sub(1)).unwrap_or(first);
            for flag in a.quoted_sentences.iter_mut().take(last + 1).skip(first) {
                *flag = true;
            }
        }
        // The last word of each organisation's name, found once an entity.
        let heads: Vec<Option<String>> =
            a.entities.iter().map(|e| (e.kind == NodeKind::Organization).then(|| e.label.rsplit(' ').next()).flatten().map(str::to_lowercase)).collect();
        let mut by_head: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
        let mut file_under = |head: &str, ix: usize, e: usize| match by_head.iter_mut().find(|(h, _)| h == head) {
            Some((_, list)) => list.push((ix, e)),
            None => by_head.push((head.to_string(), vec![(ix, e)])),
        };
        for (ix, m) in a.mentions.iter().enumerate() {
            let Some(e) = m.entity else { continue };
            if let Some(head) = &heads[e] {
                file_under(head, ix, e);
                for noun in a.kind_nouns(ix, lex) {
                    file_under(noun, ix, e);
                }
            }
            let ruling = m.mention.span.slice(text).ends_with("administration");
            let slot = match a.entities[e].category {
                Some(OrgCategory::Inspectorate) => 0,
                Some(OrgCategory::Council) => 1,
                Some(OrgCategory::Police) => 2,
                Some(OrgCategory::PartyGroup { .. }) if ruling => 3,
                _ => continue,
            };
            a.by_target[slot].push((ix, e));
        }
        a.by_head = by_head;
        a.main_inspectorate = most_frequent(a.by_target[0].iter().map(|&(_, e)| e));
        a
    }

    /// True when a word of sentence `s` may be in one of the lists of `class`: when not,
    /// a stage looking for those words can pass the sentence by.
    pub fn sentence_may_have(&self, s: usize, class: WordClass) -> bool {
        self.sentence_classes.get(s).is_some_and(|c| c.intersects(class))
    }

    /// True when a quotation overlaps sentence `s`.
    pub fn sentence_has_quote(&self, s: usize) -> bool {
        self.quoted_sentences.get(s).copied().unwrap_or(false)
    }

    /// The entity that a description of `target` at mention `ix` stands for: the nearest
    /// earlier mention of that kind of body, else the first later one.
    ///
    /// Inspectors, an inspectorate and its reports stand for the story's main inspectorate
    /// (most mentioned, first on a tie): in a joint inspection "inspectors said" speaks for
    /// the lead body, not for whichever was named last.
    pub fn nearest_of(&self, target: DescriptionTarget, ix: usize) -> Option<usize> {
        let slot = match target {
            DescriptionTarget::Inspectorate | DescriptionTarget::Report => return self.main_inspectorate,
            DescriptionTarget::Council => 1,
            DescriptionTarget::Police => 2,
            DescriptionTarget::Administration if self.by_target[3].is_empty() => 1,
            DescriptionTarget::Administration => 3,
        };
        nearest(&self.by_target[slot], ix)
    }

    /// The body a description stands for by its very noun: one whose name ends with it
    /// ("the combined authority" for "Northmoor Combined Authority"), nearest before
    /// mention `ix`, else the first after. Inspectors and reports are the main
    /// inspectorate's whatever their noun ([`Analysis::nearest_of`]).
    fn body_named_by(&self, target: DescriptionTarget, ix: usize) -> Option<usize> {
        if matches!(target, DescriptionTarget::Inspectorate | DescriptionTarget::Report) {
            return None;
        }
        let start = self.mentions[ix].mention.span.start;
        self.body_headed(&self.word_from(start)?.lower_base(), start)
    }

    /// The council the article mentions most (first on a tie): the place it is about.
    pub fn home_council(&self) -> Option<usize> {
        self.home_council
    }

    /// The inspectorate the article mentions most (first on a tie).
    pub fn main_inspectorate(&self) -> Option<usize> {
        self.main_inspectorate
    }

    /// The entity mention `ix` names: a name's own entity, or for a description ("the
    /// council", "the watchdog") the body of that kind it stands for; None for a pronoun.
    pub fn named_entity(&self, ix: usize) -> Option<usize> {
        let m = self.mentions.get(ix)?;
        match m.mention.kind {
            MentionKind::Description(target) => self.body_named_by(target, ix).or_else(|| self.nearest_of(target, ix)),
            _ => m.entity,
        }
    }

    /// The indices of the mentions of sentence `s`.
    pub fn mentions_of_sentence(&self, s: usize) -> std::ops::Range<usize> {
        let from = self.mentions.partition_point(|m| m.sentence < s);
        let to = self.mentions.partition_point(|m| m.sentence <= s);
        from..to
    }

    /// The organisation a bare head noun stands for ("a trust spokesperson", "accused the
    /// trust"): the one named nearest before byte `pos` whose name ends with `head`, in
    /// lower case ("Northfield Learning Trust"), else the first named after it.
    pub fn body_headed(&self, head: &str, pos: usize) -> Option<usize> {
        let (_, list) = self.by_head.iter().find(|(h, _)| h == head)?;
        nearest(list, self.mentions_before(pos))
    }

    /// The nouns of a kind of body ("the company", "the operator") that stand for the
    /// body of mention `ix`: the noun the story named it with ("bus operator National
    /// Express", "the GMB union"), or any noun of a company when its name has a legal form
    /// ("Brightway Buses Ltd").
    fn kind_nouns<'l>(&self, ix: usize, lex: &'l Lexicon) -> Vec<&'l str> {
        let MentionKind::Organization { label, key, category: OrgCategory::Other } = &self.mentions[ix].mention.kind else { return Vec::new() };
        if is_shortened(label, key) && label.rsplit(' ').next().and_then(|w| lex.org_heads.get(w)) == Some(&OrgHead::Legal) {
            return lex.company_nouns.words().collect();
        }
        let span = self.mentions[ix].mention.span;
        let first = self.words.partition_point(|w| w.span.start < span.start);
        let before = first.checked_sub(1).map(|k| &self.words[k]).filter(|w| self.text[w.span.end..span.start].chars().all(char::is_whitespace));
        let last = self.words[first..].iter().take_while(|w| w.span.end <= span.end).last().filter(|w| !w.is_capitalised());
        let noun = [before, last].into_iter().flatten().filter(|w| w.may_be(WordClass::ORG_NOUN)).map(|w| w.lower()).find(|n| lex.org_nouns.contains(n));
        lex.org_nouns.words().filter(|n| noun.as_deref() == Some(*n)).collect()
    }

    /// The mentions that start inside `span`, in order.
    pub fn mentions_in(&self, span: Span) -> impl Iterator<Item = &Located> {
        self.mentions[self.mentions_before(span.start)..].iter().take_while(move |m| m.mention.span.start < span.end)
    }

    /// The number of mentions that start before byte `pos`.
    pub fn mentions_before(&self, pos: usize) -> usize {
        self.mentions.partition_point(|m| m.mention.span.start < pos)
    }

    /// The first quotation that opens at or after byte `pos`.
    pub fn quote_from(&self, pos: usize) -> Option<&Quote> {
        self.quotes.get(self.quotes.partition_point(|q| q.open.start < pos))
    }

    /// The last quotation that opens before byte `pos`.
    pub fn quote_before(&self, pos: usize) -> Option<&Quote> {
        self.quotes.partition_point(|q| q.open.start < pos).checked_sub(1).map(|i| &self.quotes[i])
    }

    /// The first word that starts at or after byte `pos`.
    pub fn word_from(&self, pos: usize) -> Option<&Word<'t>> {
        self.words.get(self.words.partition_point(|w| w.span.start < pos))
    }

    /// The last sentence of paragraph `p`.
    pub fn last_sentence_of(&self, p: usize) -> Option<usize> {
        self.sentences.partition_point(|s| s.paragraph <= p).checked_sub(1).filter(|&s| self.sentences[s].paragraph == p)
    }

    /// True when `span` lies inside a quoted segment.
    pub fn in_quote(&self, span: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.start <= span.start);
        i > 0 && self.quoted[i - 1].contains(span)
    }

    /// The sentence holding byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.start <= pos);
        (i > 0 && pos <= self.sentences[i - 1].span.end).then(|| i - 1)
    }

    /// The words inside `span`.
    pub fn words_in(&self, span: Span) -> &[Word<'t>] {
        let from = self.words.partition_point(|w| w.span.start < span.start);
        let to = self.words.partition_point(|w| w.span.end <= span.end);
        &self.words[from..to.max(from)]
    }

    /// The letters after a person's name that ends at byte `end` ("Jane Hill MP OBE"), with
    /// only spaces before each.
    pub fn post_nominals_after(&self, end: usize, lex: &Lexicon) -> &[Word<'t>] {
        let from = self.words.partition_point(|w| w.span.start < end);
        let mut last = end;
        let count = self.words[from..]
            .iter()
            .take_while(|w| {
                let spaced = Span::new(last, w.span.start).slice(self.text).chars().all(char::is_whitespace);
                last = w.span.end;
                spaced && lex.post_nominals.contains(w.text)
            })
            .count();
        &self.words[from..from + count]
    }

    /// The mention that ends exactly at byte `end`, if any.
    pub fn mention_ending_at(&self, end: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.mention.span.end < end);
        (i < self.mentions.len() && self.mentions[i].mention.span.end == end).then_some(i)
    }

    /// The mention that starts at `words[k]`, or right after it when it is a determiner
    /// ("the inspectorate", "a council spokesman").
    pub fn mention_opening(&self, words: &[Word<'t>], k: usize) -> Option<usize> {
        let first = words.get(k)?;
        self.mention_starting_at(first.span.start).or_else(|| {
            let second = words.get(k + 1)?;
            grammar::is(DETERMINERS, first.text).then(|| self.mention_starting_at(second.span.start)).flatten()
        })
    }

    /// The mention that starts exactly at byte `start`, if any.
    pub fn mention_starting_at(&self, start: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.mention.span.start < start);
        (i < self.mentions.len() && self.mentions[i].mention.span.start == start).then_some(i)
    }

    /// The text of sentence `i`.
    pub fn sentence_text(&self, i: usize) -> &'t str {
        self.sentences[i].span.slice(self.text)
    }
}

/// The entity of the mention in `list` (of (mention, entity), in order) nearest before
/// mention `ix`, else the first after it.
fn nearest(list: &[(usize, usize)], ix: usize) -> Option<usize> {
    let i = list.partition_point(|&(m, _)| m < ix);
    list[..i].last().or_else(|| list.get(i)).map(|&(_, e)| e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_know_their_sentence_quote_state_and_entity() {
        let lex = Lexicon::load().unwrap();
        let text = "Cllr Amy Ng spoke.\n\nShe said: “Mr Cole is wrong.” Cllr Ng left.";
        let a = Analysis::new(text, &lex);
        assert_eq!(a.sentences.len(), 3);
        let names: Vec<(&str, usize, bool, Option<usize>)> = a
            .mentions
            .iter()
            .map(|m| (m.mention.span.slice(text), m.sentence, m.in_quote, m.entity))
            .collect();
        assert_eq!(names, [
            ("Cllr Amy Ng", 0, false, Some(0)),
            ("She", 1, false, None),
            ("Mr Cole", 1, true, Some(1)),
            ("Cllr Ng", 2, false, Some(0)),
        ]);
        assert_eq!(a.mention_ending_at(11), Some(0));
        assert_eq!(a.words_in(Span::new(0, 11)).len(), 3);
    }

    #[test]
    fn a_school_named_with_and_without_school_is_one_body_with_its_full_name() {
        let lex = Lexicon::load().unwrap();
        let a = Analysis::new("Hexley Primary rated good\n\nOfsted rated Hexley Primary School good.", &lex);
        let labels: Vec<&str> = a.entities.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(labels, ["Hexley Primary School", "Ofsted"]);
    }

    #[test]
    fn sentences_know_the_lists_their_words_may_be_in() {
        let lex = Lexicon::load().unwrap();
        let a = Analysis::new("The weather was fine. Inspectors rated the home good. Nobody argued.", &lex);
        let rating = |s| a.sentence_may_have(s, WordClass::RATING);
        assert_eq!((rating(0), rating(1), rating(2)), (false, true, false));
        assert!(a.sentence_may_have(1, WordClass::RATING_CUE) && !a.sentence_may_have(1, WordClass::HONORIFIC));
        assert!(!a.sentence_may_have(3, WordClass::RATING), "no such sentence");
    }
}
