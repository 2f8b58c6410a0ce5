//! The speaker named after a cue verb ("said Cllr Ng", "said Reform UK councillor Jo
//! Pike", "said a spokesman for the trust") or after the "by" of a passive.

use crate::lexicon::{Lexicon, ProxyAttach};
use crate::model::Span;

use super::analysis::Analysis;
use super::grammar::{self, CONJUNCTIONS, DETERMINERS, RELATIVES};
use super::mentions::MentionKind;
use super::subject::{is_person, Subject};
use super::tokens::Word;

/// The subject right after the verb, for inverted attribution ("said Cllr Ng"). Only a
/// verb that opens its clause (after the sentence start, a comma or a closing mark) can
/// be inverted: in "and said the council would act" the council is not the speaker.
pub fn subject_after(a: &Analysis<'_>, sentence_start: usize, verb: Span, lex: &Lexicon) -> Option<Subject> {
    let before = Span::new(sentence_start, verb.start).slice(a.text).trim_end();
    let opens_clause = before.is_empty() || before.ends_with([',', '”', '"', '’', '\'', ':', '—', '–']);
    let participle = verb.slice(a.text).ends_with("ing");
    if !opens_clause || participle {
        return None;
    }
    let next = a.word_from(verb.end)?;
    let between = Span::new(verb.end, next.span.start).slice(a.text);
    if !between.chars().all(char::is_whitespace) {
        return None;
    }
    let ix = subject_opening(a, a.words_in(Span::new(next.span.start, a.text.len())), lex)?;
    let m = &a.mentions[ix];
    let proxy_follows = a.word_from(m.mention.span.end).is_some_and(|w| lex.proxy_nouns.contains_key(&w.lower()));
    let pronoun = matches!(m.mention.kind, MentionKind::Pronoun(_));
    (!pronoun || !proxy_follows).then_some(Subject::Mention(ix))
}

/// The speaker named at the start of `following`, after a verb or "by": a mention in its
/// first two words, or the person a title there leads to ("Green councillor Ann Lee"); a
/// person described by a role ("the council leader"); a body through its spokesperson.
pub fn subject_opening(a: &Analysis<'_>, following: &[Word<'_>], lex: &Lexicon) -> Option<usize> {
    match a.mention_opening(&following[..following.len().min(2)], 0) {
        Some(ix) => Some(person_after_title(a, following, ix, lex).unwrap_or(ix)),
        None => described_person(a, following, lex).or_else(|| proxy_for(a, following, lex)),
    }
}

/// Most words of a title between a party or body and a name ("group leader Cllr").
const MAX_TITLE_WORDS: usize = 5;

/// "said Reform UK councillor Jo Pike", "said Harford Council’s deputy leader Sam Ng",
/// "said Labour’s Sam Ortiz": a party or body before a title only says whose the title
/// is, and the person after it speaks. The title is a few lower-case words, role nouns or
/// honorifics, with nothing but spaces between them; after a possessive it may be none.
fn person_after_title(a: &Analysis<'_>, following: &[Word<'_>], ix: usize, lex: &Lexicon) -> Option<usize> {
    if is_person(a, ix) {
        return None;
    }
    let end = a.mentions[ix].mention.span.end;
    let first = following.iter().position(|w| w.span.start >= end)?;
    // "said Labour’s Sam Ortiz": after a possessive the name may follow at once.
    let possessive = following[..first].last().is_some_and(Word::is_possessive);
    person_after_words(a, following, first, end, possessive, lex)
}

/// The person named after a few title or description words, from word `first` of
/// `following` on (the text before it starting at byte `end`): nothing but spaces between
/// them, a determiner only first, and the name not in the possessive ("said officers in
/// Cllr Ng’s case"); a comma may set the name after a role noun ("said the Labour group
/// leader, Ann Lee"). With `name_at_once` the name may be word `first` itself.
fn person_after_words(a: &Analysis<'_>, following: &[Word<'_>], first: usize, mut end: usize, name_at_once: bool, lex: &Lexicon) -> Option<usize> {
    for (k, w) in following.iter().enumerate().skip(first).take(MAX_TITLE_WORDS) {
        let gap = Span::new(end, w.span.start).slice(a.text);
        let after_role = k > first && lex.role_nouns.contains(&following[k - 1].lower()) && gap.trim() == ",";
        if !gap.chars().all(char::is_whitespace) && !after_role {
            return None;
        }
        if k > first || name_at_once {
            let person = a.mention_starting_at(w.span.start).filter(|&p| is_person(a, p));
            if let Some(person) = person {
                let owner = a.words_in(a.mentions[person].mention.span).last().is_some_and(Word::is_possessive);
                return (!owner).then_some(person);
            }
        }
        if after_role {
            return None;
        }
        if !is_title_word(w, lex) || (k > first && grammar::is(DETERMINERS, w.text)) {
            return None;
        }
        end = w.span.end;
    }
    None
}

/// A word of a title or description before a name: a role noun, an honorific, or any
/// lower-case word but a conjunction or a relative.
fn is_title_word(w: &Word<'_>, lex: &Lexicon) -> bool {
    lex.role_nouns.contains(&w.lower())
        || lex.honorifics.contains_key(w.text)
        || (!w.is_capitalised() && !grammar::is(CONJUNCTIONS, w.text) && !grammar::is(RELATIVES, w.text))
}

/// "said campaigner Leanne Price", "said the local resident Leanne Price", "said mother of
/// two Leanne Price": a few lower-case words describing the person whose name follows.
fn described_person(a: &Analysis<'_>, following: &[Word<'_>], lex: &Lexicon) -> Option<usize> {
    person_after_words(a, following, 0, following.first()?.span.start, false, lex)
}

/// "said a spokesman for Northgate Hospitals NHS Trust": the body a proxy after the verb
/// speaks for, named after its preposition.
fn proxy_for(a: &Analysis<'_>, following: &[Word<'_>], lex: &Lexicon) -> Option<usize> {
    let [determiner, proxy, preposition, ..] = following else { return None };
    let attach = lex.proxy_nouns.get(&proxy.lower())?;
    let after = matches!(attach, ProxyAttach::After | ProxyAttach::Both) && matches!(preposition.text, "for" | "from" | "at");
    (grammar::is(DETERMINERS, determiner.text) && after).then(|| a.mention_opening(following, 3)).flatten()
}
