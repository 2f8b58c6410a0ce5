//! Reported speech without quote marks: "Council leaders have said while they accept the
//! report, ...", "Cllr Ng told the meeting that ...", "... , the watchdog has said.",
//! "Cllr Ng said the council would appeal."

use crate::lexicon::{Lexicon, VerbClass, WordClass};
use crate::model::Span;

use super::analysis::Analysis;
use super::grammar::{self, CLAUSE_OPENERS, DETERMINERS};
use super::subject::is_cue_verb;
use super::tokens::Word;

/// How many words may stand between "told" and "that" ("told the scrutiny panel that").
const MAX_OBJECT_WORDS: usize = 5;

/// How many words may open a clause reported without "that" before its finite verb
/// ("said the number of families waiting was ...").
const MAX_CLAUSE_SUBJECT_WORDS: usize = 5;

/// A sentence of reported speech: the cue verb, where the subject is looked for, and what
/// was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reported {
    /// Index of the sentence.
    pub sentence: usize,
    /// The cue verb.
    pub verb: Span,
    /// Where to look back from the verb for its subject.
    pub subject_from: usize,
    /// The reported words.
    pub content: Span,
}

/// The sentences of reported speech outside quotations, in order.
pub fn reported_speech(a: &Analysis<'_>, lex: &Lexicon) -> Vec<Reported> {
    let mut out = Vec::new();
    for (i, s) in a.sentences.iter().enumerate() {
        if a.sentence_has_quote(i) || !a.sentence_may_have(i, WordClass::VERB) {
            continue;
        }
        let words = a.words_in(s.span);
        if let Some(r) = words.iter().enumerate().find_map(|(k, w)| reported_at(a, i, s.span, words, k, w, lex)) {
            out.push(r);
        }
    }
    out
}

fn reported_at(a: &Analysis<'_>, sentence: usize, s: Span, words: &[Word<'_>], k: usize, w: &Word<'_>, lex: &Lexicon) -> Option<Reported> {
    if w.verb(lex) != Some(VerbClass::Speech) || !is_cue_verb(words, k, lex) {
        return None;
    }
    let end = trim_stop(a.text, s);
    let content_from = |word: &Word<'_>| {
        let start = if word.text.eq_ignore_ascii_case("that") { next_start(words, word).unwrap_or(word.span.end) } else { word.span.start };
        Span::new(start, end)
    };
    let next = words.get(k + 1);
    if let Some(n) = next.filter(|n| grammar::is(CLAUSE_OPENERS, n.text)) {
        return Some(Reported { sentence, verb: w.span, subject_from: s.start, content: content_from(n) });
    }
    if w.text.starts_with("told") || w.text.starts_with("tell") {
        let that = words.iter().skip(k + 2).take(MAX_OBJECT_WORDS).find(|x| x.text == "that")?;
        return Some(Reported { sentence, verb: w.span, subject_from: s.start, content: content_from(that) });
    }
    if let Some(first) = clause_without_that(a.text, words, k) {
        return Some(Reported { sentence, verb: w.span, subject_from: s.start, content: content_from(first) });
    }
    // Inverted: "..., the watchdog has said." The verb ends the sentence.
    if next.is_none() && k > 0 {
        let before = Span::new(s.start, w.span.start).slice(a.text);
        let comma = before.rfind(',')?;
        let content = Span::new(s.start, s.start + comma).trimmed(a.text);
        return Some(Reported { sentence, verb: w.span, subject_from: s.start + comma + 1, content });
    }
    None
}

/// The first word of a clause that follows the cue verb at `k` without "that": a noun
/// phrase opened by a determiner or a capitalised word, then, within a few words and with
/// no punctuation between, a finite auxiliary ("said the council would appeal", "said
/// Labour had broken its promise"). Without the auxiliary the words after the verb may be
/// its object or an aside ("said in a statement", "said the words").
fn clause_without_that<'w>(text: &str, words: &'w [Word<'_>], k: usize) -> Option<&'w Word<'w>> {
    let first = words.get(k + 1)?;
    if !(grammar::is(DETERMINERS, first.text) || first.is_capitalised()) {
        return None;
    }
    let verb = words.iter().skip(k + 2).take(MAX_CLAUSE_SUBJECT_WORDS).find(|x| grammar::is_finite_auxiliary(x.text))?;
    let subject = Span::new(first.span.start, verb.span.start).slice(text);
    (!subject.contains([',', ';', ':', '(', ')', '—', '–'])).then_some(first)
}

fn next_start(words: &[Word<'_>], w: &Word<'_>) -> Option<usize> {
    words.iter().find(|x| x.span.start > w.span.start).map(|x| x.span.start)
}

/// The end of a sentence without its final full stop.
fn trim_stop(text: &str, s: Span) -> usize {
    let body = s.slice(text);
    s.start + body.trim_end_matches(['.', ' ']).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_of_reported_speech() {
        let lex = Lexicon::load().unwrap();
        let cases: &[(&str, Option<&str>)] = &[
            ("Council leaders have said while they accept the report, staff are stretched.", Some("while they accept the report, staff are stretched")),
            ("Cllr Ng said that the budget was sound.", Some("the budget was sound")),
            ("Cllr Ng told the scrutiny panel that cuts were coming.", Some("cuts were coming")),
            ("Children are at risk, the watchdog has said.", Some("Children are at risk")),
            ("She said she felt there were positives.", Some("she felt there were positives")),
            ("The council said in a statement it would appeal.", None),
            ("Cllr Ng said the county council would appeal against the ruling.", Some("the county council would appeal against the ruling")),
            ("The chief executive said Labour had broken its promise to residents.", Some("Labour had broken its promise to residents")),
            ("A spokesman said the number of families waiting was falling.", Some("the number of families waiting was falling")),
            ("Inspectors warned the trust must act quickly.", Some("the trust must act quickly")),
            ("He said the words again.", None),
            ("She said the council, which has 48 members, would appeal.", None),
            ("The mayor urged the council to think again.", None),
            ("Cllr Ng said Ofsted inspectors in their report praised the staff.", None),
            ("The statement was published on Monday.", None),
            ("The council was also told it needed a clearer plan.", None),
            ("Staff were told that the ward would close.", None),
            ("She said: “We will appeal.”", None),
        ];
        for (text, want) in cases {
            let a = Analysis::new(text, &lex);
            let got = reported_speech(&a, &lex).first().map(|r| r.content.slice(text));
            assert_eq!(got, *want, "{text}");
        }
    }
}
