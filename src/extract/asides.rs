//! Relative clauses inside a sentence, the asides that tell of an earlier state of
//! things: ", which was rated good in 2021," set off by commas, or "that was judged
//! inadequate in 2021" before the main clause's verb.

use crate::model::Span;

use super::grammar::{self, RELATIVE_SUBJECTS};
use super::tokens::{gap, Word};

/// Relative clauses set off by commas inside the sentence: ", which was rated good in
/// 2021," from "which" to the comma that closes it. One the sentence's end closes is
/// no aside: it may be the main clause's own news. A relative clause that no comma sets
/// off is one too, up to the main clause's verb ("A school that was judged inadequate in
/// 2021 has been rated good"), unless it speaks in the present ("that is rated").
pub fn relative_asides(text: &str, words: &[Word<'_>]) -> Vec<Span> {
    let gap = |k: usize| gap(text, words[k].span.end, words[k + 1].span.start);
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate().skip(1) {
        let end = if grammar::is(RELATIVE_SUBJECTS, w.text) && gap(k - 1).contains(',') {
            (k..words.len() - 1).find(|&j| gap(j).contains([',', ';', '—', '–', '('])).map(|j| words[j].span.end)
        } else {
            restrictive_clause_end(words, k)
        };
        if let Some(end) = end {
            out.push(Span::new(w.span.start, end));
        }
    }
    out
}

/// Relative pronouns that open a clause no comma sets off ("the school that was rated").
const RESTRICTIVE_RELATIVES: &[&str] = &["that", "which"];

/// Auxiliaries of the present, which open a relative clause of a grade still held ("the
/// school that is rated outstanding"): no earlier grade.
const PRESENT_AUXILIARIES: &[&str] = &["are", "has", "have", "is"];

/// The end of a relative clause opened by word `k` and set off by no comma ("that was
/// judged inadequate in 2021", "that Ofsted rated good in 2019"): the word before the
/// next finite auxiliary, which is the main clause's verb ("has been rated good"). None
/// when `k` opens no such clause, or it runs to the sentence's end.
///
/// "that" may open a reported clause instead ("noted that the school was rated good"),
/// which the first finite auxiliary ends before its grade.
fn restrictive_clause_end(words: &[Word<'_>], k: usize) -> Option<usize> {
    let next = words.get(k + 1)?;
    if !grammar::is(RESTRICTIVE_RELATIVES, words[k].text) || grammar::is(PRESENT_AUXILIARIES, next.text) {
        return None;
    }
    // The clause's own verb may be its first word ("that was rated").
    (k + 2..words.len()).find(|&j| grammar::is_finite_auxiliary(words[j].text)).map(|j| words[j - 1].span.end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::analysis::Analysis;
    use crate::lexicon::Lexicon;

    #[test]
    fn table_of_asides() {
        let lex = Lexicon::load().unwrap();
        let cases: &[(&str, &[&str])] = &[
            ("The home, which was rated good in 2021, has been rated inadequate.", &["which was rated good in 2021"]),
            ("A school that was judged inadequate in 2021 has been rated good.", &["that was judged inadequate in 2021"]),
            ("The school that Ofsted rated good in 2019 has been rated inadequate.", &["that Ofsted rated good in 2019"]),
            // A grade still held; a clause that runs to the sentence's end.
            ("The school that is rated outstanding has been sold.", &[]),
            ("It is the third home that was rated inadequate this year.", &[]),
            // A reported clause ends at its own verb, before any grade.
            ("The report noted that the school was rated inadequate.", &["that the school"]),
        ];
        for (text, want) in cases {
            let a = Analysis::new(text, &lex);
            let got: Vec<&str> = relative_asides(text, &a.words).iter().map(|s| s.slice(text)).collect();
            assert_eq!(&got, want, "{text}");
        }
    }
}
