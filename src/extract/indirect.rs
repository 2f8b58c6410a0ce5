//! Reported speech without quote marks: "Council leaders have said while they accept the
//! report, ...", "Cllr Ng told the meeting that ...", "... , the watchdog has said."

use crate::lexicon::{Lexicon, VerbClass, WordClass};
use crate::model::Span;

use super::analysis::Analysis;
use super::grammar::{self, CLAUSE_OPENERS};
use super::subject::is_cue_verb;
use super::tokens::Word;

/// How many words may stand between "told" and "that" ("told the scrutiny panel that").
const MAX_OBJECT_WORDS: usize = 5;

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
    // Inverted: "..., the watchdog has said." The verb ends the sentence.
    if next.is_none() && k > 0 {
        let before = Span::new(s.start, w.span.start).slice(a.text);
        let comma = before.rfind(',')?;
        let content = Span::new(s.start, s.start + comma).trimmed(a.text);
        return Some(Reported { sentence, verb: w.span, subject_from: s.start + comma + 1, content });
    }
    None
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
