//! Criticism: "Cllr Ng slammed the Conservative administration", "hit out at the trust",
//! "called on the leader to resign". The critic is the verb's subject; the target is the
//! first name after the verb.

use crate::lexicon::{Lexicon, WordClass};

use super::analysis::Analysis;
use super::reference::Discourse;
use super::subject::{shared_subject, subject_before, used_actively};

/// One side criticised another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Criticism {
    /// The critic's entity.
    pub critic: usize,
    /// The target's entity.
    pub target: usize,
    /// The sentence that says so.
    pub sentence: usize,
}

/// The criticisms of sentence `s`, outside quotations, read with what the story has
/// established so far (for "She slammed ...").
pub fn criticisms_in(a: &Analysis<'_>, s: usize, discourse: &mut Discourse, lex: &Lexicon) -> Vec<Criticism> {
    if !a.sentence_may_have(s, WordClass::CRITICISM) {
        return Vec::new();
    }
    let sentence = a.sentences[s].span;
    let words = a.words_in(sentence);
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        if !w.may_be(WordClass::CRITICISM) {
            continue;
        }
        let Some(between) = lex.criticism_verbs.get(&w.lower()) else { continue };
        if a.in_quote(w.span) || !used_actively(words, k, lex) {
            continue;
        }
        let joined = between.iter().enumerate().all(|(i, b)| words.get(k + 1 + i).is_some_and(|x| x.lower() == *b));
        if !joined {
            continue;
        }
        let Some(target_ix) = a.mention_opening(words, k + 1 + between.len()) else { continue };
        let subject = subject_before(a, sentence, w.span, lex).or_else(|| shared_subject(a, sentence, w.span, lex));
        let Some(critic) = subject.and_then(|sub| discourse.resolve(a, &sub, s, w.span.start)) else { continue };
        let target = match a.mentions[target_ix].entity {
            Some(e) => Some(e),
            None => discourse.resolve(a, &super::subject::Subject::Mention(target_ix), s, w.span.start),
        };
        if let Some(target) = target.filter(|&t| t != critic) {
            out.push(Criticism { critic, target, sentence: s });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(String, String)> {
        let lex = Lexicon::load().unwrap();
        let a = Analysis::new(text, &lex);
        let mut d = Discourse::default();
        (0..a.sentences.len())
            .flat_map(|s| criticisms_in(&a, s, &mut d, &lex))
            .map(|c| (a.entities[c.critic].label.clone(), a.entities[c.target].label.clone()))
            .collect()
    }

    #[test]
    fn table_of_criticisms() {
        let pairs = |v: &[(&str, &str)]| v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<Vec<_>>();
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Cllr Ann Lee chairs scrutiny. She slammed the Conservative administration for the delays.", &[("Ann Lee", "Conservative group")]),
            ("Green councillor Sam Reeve hit out at Westfield Borough Council over the plan.", &[("Sam Reeve", "Westfield Borough Council")]),
            ("Mr Dev Rao called on Cllr Amy Ng to resign.", &[("Dev Rao", "Amy Ng")]),
            ("The Lib Dems criticised the SNP over ferries.", &[("Liberal Democrat", "SNP")]),
            ("The management of cases was also criticised by staff.", &[]),
            ("She said: “I slammed the Labour group.”", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(read(text), pairs(want), "{text}");
        }
    }
}
