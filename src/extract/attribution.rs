//! Stage 6: attribution. Gives every quotation and every piece of reported speech its
//! speaker, its kind (direct, partial, indirect) and its cue, in reading order so that
//! pronouns and continued quotes can lean on what came before.

use crate::lexicon::Lexicon;
use crate::model::{Span, StatementKind};

use super::analysis::Analysis;
use super::criticism::{criticisms_in, Criticism};
use super::indirect::{reported_speech, Reported, SpeakerAt};
use super::quotes::Quote;
use super::reference::{voice_of, Discourse, SaidIn};
use super::roles::Membership;
use super::grammar::{self, BE_FORMS};
use super::subject::{coordinated_subject, is_cue_verb, reporting_subject, shared_subject, subject_before, Subject};
use super::subject_after::{subject_after, subject_opening};

/// Words before an opening mark searched for its cue verb.
const LEAD_IN_WORDS: usize = 60;

/// Words after a closing mark that may hold its attribution (",” said the council’s leader").
const TRAILING_WORDS: usize = 10;

/// A statement of the article, with its speaker as an entity index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attributed {
    /// The words, marks excluded; paragraphs joined by a blank line.
    pub text: String,
    /// Direct, partial or indirect.
    pub kind: StatementKind,
    /// From the opening to the closing mark (or the reported clause).
    pub span: Span,
    /// The cue verb, lower case.
    pub cue: Option<String>,
    /// The speaker's entity.
    pub speaker: usize,
    /// The sentence that carries the attribution.
    pub sentence: usize,
    /// Paragraph of the last quoted words, for continuations.
    last_paragraph: usize,
    /// The quote's closing mark, for split quotes.
    close: Option<Span>,
}

/// An attribution found for a quote: the subject, the cue, and the sentence carrying them.
type Found = (Subject, Option<String>, usize);

enum Event<'q> {
    Quote(&'q Quote),
    Reported(Reported),
    /// The end of a sentence, where its criticisms are read.
    SentenceEnd(usize),
}

/// What attribution found in one article.
#[derive(Debug, Default)]
pub struct Attribution {
    /// Statements with their speakers, in reading order.
    pub statements: Vec<Attributed>,
    /// Who criticised whom, in reading order.
    pub criticisms: Vec<Criticism>,
    /// Parties that descriptions of speakers gave them ("the Labour mayor said").
    pub memberships: Vec<Membership>,
}

/// Every statement of the article with a speaker, every criticism, and the parties learnt
/// from descriptions of speakers. Quotations nobody says (scare quotes, rating words) and
/// quotations with no speaker are left out.
pub fn attribute(a: &Analysis<'_>, lex: &Lexicon) -> Attribution {
    let mut events: Vec<(usize, Event<'_>)> = a.quotes.iter().map(|q| (q.open.start, Event::Quote(q))).collect();
    events.extend(reported_speech(a, lex).into_iter().map(|r| (a.sentences[r.sentence].span.start, Event::Reported(r))));
    events.extend(a.sentences.iter().enumerate().map(|(s, x)| (x.span.end, Event::SentenceEnd(s))));
    events.sort_by_key(|(pos, _)| *pos);
    let mut discourse = Discourse::default();
    let mut out: Vec<Attributed> = Vec::new();
    let mut criticisms = Vec::new();
    for (_, event) in events {
        let statement = match event {
            Event::Quote(q) => attribute_quote(a, q, &out, &mut discourse, lex),
            Event::Reported(r) => attribute_reported(a, &r, &mut discourse, lex),
            Event::SentenceEnd(s) => {
                criticisms.extend(criticisms_in(a, s, &mut discourse, lex));
                None
            }
        };
        let Some(statement) = statement else { continue };
        let voice = voice_of(a, statement.speaker, statement.sentence, lex);
        discourse.record(SaidIn { sentence: statement.sentence, speaker: statement.speaker, voice });
        if let Some(prev) = out.last_mut().filter(|prev| splits(a, prev, &statement)) {
            prev.text = format!("{} {}", prev.text, statement.text);
            prev.span = prev.span.cover(statement.span);
            prev.close = statement.close;
            prev.last_paragraph = statement.last_paragraph;
            continue;
        }
        out.push(statement);
    }
    Attribution { statements: out, criticisms, memberships: discourse.into_memberships() }
}

/// True when `next` is the second half of a quote split by its attribution:
/// “..., ” she said, “...”.
fn splits(a: &Analysis<'_>, prev: &Attributed, next: &Attributed) -> bool {
    let Some(close) = prev.close else { return false };
    if prev.speaker != next.speaker || next.kind != StatementKind::Direct || next.span.start < close.end {
        return false;
    }
    let between = Span::new(close.end, next.span.start).slice(a.text);
    let words = between.split_whitespace().count();
    (1..=TRAILING_WORDS).contains(&words) && between.trim_end().ends_with(',') && !between.contains(['.', '“', '"'])
}

fn attribute_reported(a: &Analysis<'_>, r: &Reported, discourse: &mut Discourse, lex: &Lexicon) -> Option<Attributed> {
    let sentence = a.sentences[r.sentence].span;
    let subject = match r.speaker {
        SpeakerAt::Before(from) => {
            let clause = Span::new(from, sentence.end);
            subject_before(a, clause, r.verb, lex).or_else(|| coordinated_subject(a, clause, r.verb, lex))?
        }
        SpeakerAt::After => subject_after(a, sentence.start, r.verb, lex)?,
    };
    let speaker = discourse.resolve(a, &subject, r.sentence, r.verb.start)?;
    let text = r.text(a.text);
    (!text.is_empty()).then(|| Attributed {
        text,
        kind: StatementKind::Indirect,
        span: r.content,
        cue: Some(r.verb.slice(a.text).to_lowercase()),
        speaker,
        sentence: r.sentence,
        last_paragraph: a.sentences[r.sentence].paragraph,
        close: None,
    })
}

fn attribute_quote(a: &Analysis<'_>, q: &Quote, before: &[Attributed], discourse: &mut Discourse, lex: &Lexicon) -> Option<Attributed> {
    let text = q.text(a.text);
    if lex.rating(text.trim_matches(|c: char| !c.is_alphanumeric())).is_some() {
        return None;
    }
    let open_sentence = a.sentence_at(q.open.start)?;
    let sentence = a.sentences[open_sentence].span;
    let prefix = Span::new(sentence.start, q.open.start);
    let kind = quote_kind(a, q, prefix, lex);
    let found = according_to(a, sentence, q, lex)
        .or_else(|| lead_in(a, prefix, sentence, lex))
        .or_else(|| passive_agent(a, q, prefix, lex))
        .or_else(|| trailing(a, q, lex))
        .or_else(|| colon_speaker(a, prefix, lex));
    let (speaker, cue, evidence) = match found {
        Some((subject, cue, s)) => (discourse.resolve(a, &subject, s, q.open.start)?, cue, s),
        None if kind == StatementKind::Direct => {
            let (speaker, cue) = continued(a, q, prefix, before, discourse, lex)?;
            (speaker, cue, open_sentence)
        }
        None => return None,
    };
    Some(Attributed {
        text,
        kind,
        span: q.outer(),
        cue,
        speaker,
        sentence: evidence,
        last_paragraph: q.last_paragraph(),
        close: q.close,
    })
}

/// Direct when the quote opens its sentence, follows a colon, or follows a speech verb and
/// starts with a capital; otherwise partial (a few words in the reporter's sentence).
fn quote_kind(a: &Analysis<'_>, q: &Quote, prefix: Span, lex: &Lexicon) -> StatementKind {
    let p = prefix.slice(a.text).trim_end();
    let starts_capital = q.segments.first().and_then(|s| s.inner.slice(a.text).chars().next()).is_some_and(char::is_uppercase);
    let last_word = a.words_in(prefix).last().map(|w| w.text);
    let after_verb = p.ends_with(',') || last_word.is_some_and(|w| lex.verb(w).is_some() && p.ends_with(w));
    // “We accept it,” she said, “and we will act.”: the second half of a split quote.
    let resumes = p.ends_with(',') && a.quote_before(q.open.start).is_some_and(|o| o.close.is_some_and(|c| prefix.contains(c)));
    if p.is_empty() || p.ends_with(':') || (starts_capital && after_verb) || resumes {
        StatementKind::Direct
    } else {
        StatementKind::Partial
    }
}

/// The speaker named before the quote in its sentence: the nearest cue verb outside
/// quotations and its subject.
fn lead_in(a: &Analysis<'_>, prefix: Span, sentence: Span, lex: &Lexicon) -> Option<Found> {
    let words = a.words_in(prefix);
    let k = (words.len().saturating_sub(LEAD_IN_WORDS)..words.len()).rev().find(|&k| !a.in_quote(words[k].span) && is_cue_verb(words, k, lex))?;
    let verb = words[k].span;
    let subject = subject_before(a, sentence, verb, lex)
        .or_else(|| subject_after(a, sentence.start, verb, lex).filter(|s| mention_before(a, s, prefix.end)))
        .or_else(|| coordinated_subject(a, sentence, verb, lex))
        .or_else(|| shared_subject(a, sentence, verb, lex))?;
    let subject = reporting_subject(a, sentence, &subject, lex).unwrap_or(subject);
    Some((subject, Some(words[k].lower().into_owned()), a.sentence_at(verb.start)?))
}

fn mention_before(a: &Analysis<'_>, s: &Subject, end: usize) -> bool {
    match s {
        Subject::Mention(ix) => a.mentions[*ix].mention.span.end <= end,
        Subject::Role { .. } | Subject::Focus | Subject::Headed(_) => false,
    }
}

/// "According to the inspectorate, staff were “...”": the source named in the sentence,
/// within the reach of a lead-in before the quote or a trailing attribution after it; a
/// title there leads to the name after it ("according to Labour councillor Amir Khan").
fn according_to(a: &Analysis<'_>, sentence: Span, q: &Quote, lex: &Lexicon) -> Option<Found> {
    let before = a.words_in(Span::new(sentence.start, q.open.start));
    let from = before.get(before.len().saturating_sub(LEAD_IN_WORDS)).map_or(q.open.start, |w| w.span.start);
    let end = q.close.map_or(q.open.end, |c| c.end);
    let after = a.words_in(Span::new(end, sentence.end.max(end)));
    let to = after.get(TRAILING_WORDS.min(after.len().saturating_sub(1))).map_or(end, |w| w.span.end);
    let words = a.words_in(Span::new(from, to.max(from)));
    let k = words.windows(2).position(|w| w[0].text.eq_ignore_ascii_case("according") && w[1].text == "to")?;
    let source = a.words_in(Span::new(words[k + 1].span.end, sentence.end));
    let ix = subject_opening(a, source, lex)?;
    (!a.mentions[ix].in_quote).then(|| (Subject::Mention(ix), Some("according to".to_string()), a.mentions[ix].sentence))
}

/// "Services were found to have “...” by Ofsted": a passive cue verb before the quote and
/// its agent after it.
fn passive_agent(a: &Analysis<'_>, q: &Quote, prefix: Span, lex: &Lexicon) -> Option<Found> {
    let close = q.close?;
    let words = a.words_in(prefix);
    let k = (words.len().saturating_sub(LEAD_IN_WORDS)..words.len()).rev().find(|&k| {
        words[k].verb(lex).is_some() && (1..=2).any(|back| k >= back && grammar::is(BE_FORMS, words[k - back].text))
    })?;
    let s = a.sentence_at(close.start)?;
    let after = a.words_in(Span::new(close.end, a.sentences[s].span.end));
    let by = after.iter().take(TRAILING_WORDS).position(|w| w.text == "by")?;
    let ix = subject_opening(a, &after[by + 1..], lex)?;
    Some((Subject::Mention(ix), Some(words[k].lower().into_owned()), s))
}

/// The attribution after the closing mark: ",” said Cllr Ng." or ",” she added."
fn trailing(a: &Analysis<'_>, q: &Quote, lex: &Lexicon) -> Option<Found> {
    let close = q.close?;
    let s = a.sentence_at(close.start)?;
    let rest = Span::new(close.end, a.sentences[s].span.end);
    let words = a.words_in(rest);
    let stop = a.quote_from(close.end).map_or(usize::MAX, |o| o.open.start);
    let k = (0..words.len().min(TRAILING_WORDS)).find(|&k| words[k].span.start < stop && is_cue_verb(words, k, lex))?;
    let verb = words[k].span;
    let subject = if k == 0 { subject_after(a, rest.start, verb, lex) } else { subject_before(a, rest, verb, lex) }?;
    Some((subject, Some(words[k].lower().into_owned()), s))
}

/// "Cllr Ng: “...”", "Resident Jo Hart, 74: “...”": a name right before the colon.
fn colon_speaker(a: &Analysis<'_>, prefix: Span, lex: &Lexicon) -> Option<Found> {
    let p = prefix.slice(a.text).trim_end();
    let colon = prefix.start + p.strip_suffix(':')?.len();
    let subject = subject_before(a, Span::new(prefix.start, colon), Span::new(colon, colon), lex)?;
    Some((subject, None, a.sentence_at(colon)?))
}

/// A quote paragraph with no attribution of its own continues the speaker of the quote
/// just before it, or of a lead-in paragraph ending with a colon.
fn continued(
    a: &Analysis<'_>,
    q: &Quote,
    prefix: Span,
    before: &[Attributed],
    discourse: &mut Discourse,
    lex: &Lexicon,
) -> Option<(usize, Option<String>)> {
    let p = q.first_paragraph();
    if !prefix.slice(a.text).trim().is_empty() {
        return None;
    }
    if let Some(prev) = before.last().filter(|s| s.last_paragraph + 1 >= p && s.kind != StatementKind::Indirect) {
        return Some((prev.speaker, None));
    }
    let lead = a.sentences[a.last_sentence_of(p.checked_sub(1)?)?].span;
    if !lead.slice(a.text).trim_end().ends_with(':') {
        return None;
    }
    let (subject, cue, s) = lead_in(a, lead, lead, lex).or_else(|| colon_speaker(a, lead, lex))?;
    discourse.resolve(a, &subject, s, q.open.start).map(|e| (e, cue))
}

#[cfg(test)]
mod tests;
