//! One article read through stages 1-5 (paragraphs, sentences, quotes, mentions,
//! entities), with lookups by byte position for the stages that follow.

use crate::lexicon::Lexicon;
use crate::model::Span;

use super::clean::article_paragraphs;
use super::entities::{link_entities, Entity};
use super::mentions::{find_mentions, Mention};
use super::quotes::{find_quotes, Quote};
use super::segment::sentences;
use super::tokens::{words, Word};

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
        };
        let mut found: Vec<Mention> = Vec::new();
        for (p, &para) in paragraphs.iter().enumerate() {
            for s in sentences(text, para, lex) {
                a.sentences.push(Sentence { span: s, paragraph: p });
            }
            let ws = words(text, para);
            found.extend(find_mentions(text, &ws, lex, &|span| a.in_quote(span)));
            a.words.extend(ws);
        }
        a.paragraphs = paragraphs;
        let (entities, links) = link_entities(&found);
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
        a
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

    /// The mention that ends exactly at byte `end`, if any.
    pub fn mention_ending_at(&self, end: usize) -> Option<usize> {
        let i = self.mentions.partition_point(|m| m.mention.span.end < end);
        (i < self.mentions.len() && self.mentions[i].mention.span.end == end).then_some(i)
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
}
