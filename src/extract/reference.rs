//! Resolves what a subject points at: a name is its entity; a pronoun is the nearest
//! earlier speaker or subject that fits it; a description ("the watchdog", "the report")
//! is the organisation of that kind in the story; a role ("the opposition leader") is the
//! person the story gave that role.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use crate::lexicon::{Lexicon, WordClass};
use crate::model::{Gender, NodeKind, Span};

use super::analysis::{Analysis, Located};
use super::entities::Entity;
use super::mentions::{MentionKind, Pronoun};
use super::roles::{parties_in, Membership};
use super::subject::Subject;

/// How many sentences back a pronoun may reach.
const PRONOUN_LOOKBACK: usize = 8;

/// How many speakers or mentions of one sentence a pronoun considers.
const SENTENCE_CANDIDATES: usize = 40;

/// How many mentions back a role description may reach.
const ROLE_LOOKBACK: usize = 400;

/// How far from a person's name, in bytes, the words of their role are looked for. Titles
/// and appositions stand next to the name; reading a window, not the whole sentence, keeps
/// each lookup short however long the sentences run.
const ROLE_CONTEXT: usize = 160;

/// A statement's speaker, remembered for the pronouns after it.
#[derive(Debug, Clone, Copy)]
pub struct SaidIn {
    /// The sentence that attributed it.
    pub sentence: usize,
    /// The speaker's entity.
    pub speaker: usize,
    /// The gender of the person through whom a body spoke ("a spokeswoman for the trust
    /// said"), whom later pronouns go on quoting ("she added"); None for anyone else.
    pub voice: Option<Gender>,
}

/// What the story has established so far: who spoke where, genders learnt from pronouns,
/// and parties learnt from descriptions.
#[derive(Debug, Default)]
pub struct Discourse {
    /// Speakers by the sentence that attributed them, in order of attribution.
    said: BTreeMap<usize, Vec<(usize, Option<Gender>)>>,
    genders: HashMap<usize, Gender>,
    /// People a description with a party in it resolved to: "the Labour mayor said" makes
    /// the mayor a Labour member, though the sentence naming the mayor gave no party.
    described: Vec<Membership>,
}

impl Discourse {
    /// Remembers that `said.speaker` was attributed in `said.sentence`.
    pub fn record(&mut self, said: SaidIn) {
        self.said.entry(said.sentence).or_default().push((said.speaker, said.voice));
    }

    fn gender(&self, a: &Analysis<'_>, e: usize) -> Gender {
        match a.entities[e].gender {
            Gender::Unknown => self.genders.get(&e).copied().unwrap_or_default(),
            known => known,
        }
    }

    /// The entity `subject` points at, at byte `pos` of sentence `sentence`.
    pub fn resolve(&mut self, a: &Analysis<'_>, subject: &Subject, sentence: usize, pos: usize) -> Option<usize> {
        match subject {
            Subject::Mention(ix) => self.resolve_mention(a, *ix, pos),
            Subject::Focus => self.nearest(a, sentence, pos, |e, _| is_body(&a.entities[e])),
            Subject::Headed(head) => a.body_headed(head, pos),
            Subject::Role { words, span } => match role_holder(a, words, pos, None).or_else(|| named_after_lede(a, *span)) {
                Some(holder) => {
                    self.learn_party(a, holder, *span, sentence);
                    Some(holder)
                }
                None => self.pronoun(a, Pronoun::They, sentence, pos).filter(|&e| is_person(&a.entities[e])),
            },
        }
    }

    /// The memberships learnt from descriptions so far.
    pub fn into_memberships(self) -> Vec<Membership> {
        self.described
    }

    /// Makes `person` a member of the one party that `description` of them names.
    fn learn_party(&mut self, a: &Analysis<'_>, person: usize, description: Span, sentence: usize) {
        if let [party] = parties_in(a, description).as_slice() {
            let learnt = Membership { person, party: party.clone(), sentence };
            if !self.described.contains(&learnt) {
                self.described.push(learnt);
            }
        }
    }

    fn resolve_mention(&mut self, a: &Analysis<'_>, ix: usize, pos: usize) -> Option<usize> {
        let m = &a.mentions[ix];
        if let Some(e) = m.entity {
            return Some(e);
        }
        match m.mention.kind {
            MentionKind::Pronoun(p) => {
                let e = self.pronoun(a, p, m.sentence, pos)?;
                let learnt = match p {
                    Pronoun::He => Gender::Male,
                    Pronoun::She => Gender::Female,
                    Pronoun::They | Pronoun::It => Gender::Unknown,
                };
                if learnt != Gender::Unknown {
                    self.genders.entry(e).or_insert(learnt);
                }
                Some(e)
            }
            MentionKind::Description(_) => a.named_entity(ix),
            _ => None,
        }
    }

    /// The nearest entity that pronoun `p` can stand for (see [`Discourse::nearest`]).
    fn pronoun(&self, a: &Analysis<'_>, p: Pronoun, sentence: usize, pos: usize) -> Option<usize> {
        self.nearest(a, sentence, pos, |e, voice| {
            let entity = &a.entities[e];
            // A body's spokesman is "he": the body goes on speaking.
            let (person, gender) = match voice {
                Some(voice) => (true, voice),
                None => (is_person(entity), self.gender(a, e)),
            };
            match p {
                Pronoun::He => person && gender != Gender::Female,
                Pronoun::She => person && gender != Gender::Male,
                Pronoun::They => true,
                Pronoun::It => !is_person(entity),
            }
        })
    }

    /// Walks back sentence by sentence: a fitting speaker attributed there wins, then the
    /// first fitting mention in the reporter's words.
    fn nearest(&self, a: &Analysis<'_>, sentence: usize, pos: usize, fits: impl Fn(usize, Option<Gender>) -> bool) -> Option<usize> {
        for s in (sentence.saturating_sub(PRONOUN_LOOKBACK)..=sentence).rev() {
            let said_here = self.said.get(&s).map_or(&[][..], Vec::as_slice);
            if let Some(&(speaker, _)) = said_here.iter().rev().take(SENTENCE_CANDIDATES).find(|&&(e, voice)| fits(e, voice)) {
                return Some(speaker);
            }
            // The first fitting mention of the sentence before `pos`; in a sentence of
            // endless clauses, of its last few mentions before `pos`.
            let range = a.mentions_of_sentence(s);
            let to = range.end.min(a.mentions_before(pos));
            for ix in to.saturating_sub(SENTENCE_CANDIDATES).max(range.start)..to {
                let m = &a.mentions[ix];
                if m.in_quote || m.mention.span.end > pos {
                    continue;
                }
                let entity = a.named_entity(ix);
                if let Some(e) = entity.filter(|&e| fits(e, None)) {
                    return Some(e);
                }
            }
        }
        None
    }
}

/// The gender of the person through whom body `speaker` spoke in sentence `s`: a proxy
/// noun of the sentence, outside quotations, that names a person by its ending
/// ("spokeswoman", "spokesman", "spokesperson"); None for a person's own words and for a
/// body's statement or officials.
pub fn voice_of(a: &Analysis<'_>, speaker: usize, s: usize, lex: &Lexicon) -> Option<Gender> {
    if !is_body(&a.entities[speaker]) || !a.sentence_may_have(s, WordClass::PROXY_NOUN) {
        return None;
    }
    let proxies = a.words_in(a.sentences[s].span).iter().filter(|w| w.may_be(WordClass::PROXY_NOUN) && !a.in_quote(w.span));
    proxies.map(|w| w.lower()).filter(|noun| lex.proxy_nouns.contains_key(noun)).find_map(|noun| {
        if noun.ends_with("woman") {
            Some(Gender::Female)
        } else if noun.ends_with("man") {
            Some(Gender::Male)
        } else {
            noun.ends_with("person").then_some(Gender::Unknown)
        }
    })
}

fn is_person(e: &Entity) -> bool {
    e.kind == NodeKind::Person
}

/// True for what a bare "a spokesperson" can speak for: an organisation. Not a party,
/// whose spokespeople reporters name as such ("a Labour spokesperson"); a party in the
/// sentences before is most often a councillor's, as in "Cllr Lee, the Green leader".
fn is_body(e: &Entity) -> bool {
    !matches!(e.kind, NodeKind::Person | NodeKind::Party)
}

/// The person whose name has every word of `role` near it in its sentence, nearest before
/// `pos` first, among the last [`ROLE_LOOKBACK`] mentions; never `except` (a speaker's "the
/// leader" is not the speaker, whatever the speaker leads).
pub(super) fn role_holder(a: &Analysis<'_>, role: &[String], pos: usize, except: Option<usize>) -> Option<usize> {
    // The role must be given before the description: in "Cllr Amy Ng met the opposition
    // leader, who said" the description's own words are no role of hers.
    with_or_without_party(a, role, |words| a.mentions[..a.mentions_before(pos)].iter().rev().take(ROLE_LOOKBACK).find_map(|m| holding(a, m, words, pos, except)))
}

/// [`role_holder`] for a role the story gives after `pos`: the first person named after it
/// with every word of `role` near them ("“The leader has failed,” she said. ... Council
/// leader Cllr Mark Hale said").
pub(super) fn role_holder_after(a: &Analysis<'_>, role: &[String], pos: usize, except: Option<usize>) -> Option<usize> {
    with_or_without_party(a, role, |words| a.mentions[a.mentions_before(pos)..].iter().take(ROLE_LOOKBACK).find_map(|m| holding(a, m, words, usize::MAX, except)))
}

/// The entity of mention `m` when it is a person other than `except`, named outside
/// quotations with every word of `words` near it in its sentence, before byte `until`.
fn holding(a: &Analysis<'_>, m: &Located, words: &[&String], until: usize, except: Option<usize>) -> Option<usize> {
    let e = m.entity.filter(|&e| !m.in_quote && is_person(&a.entities[e]) && Some(e) != except)?;
    let sentence = a.sentences[m.sentence].span;
    let near = m.mention.span.widened(a.text, ROLE_CONTEXT, Span::new(sentence.start, sentence.end.min(until)));
    let context = near.slice(a.text);
    words.iter().all(|w| holds_folded(context, w)).then_some(e)
}

/// `holder` asked with every word of `role`, then failing that with its words that name no
/// party: "the Labour mayor" may be the first the story says of the mayor's party.
fn with_or_without_party(a: &Analysis<'_>, role: &[String], holder: impl Fn(&[&String]) -> Option<usize>) -> Option<usize> {
    let all: Vec<&String> = role.iter().collect();
    holder(&all).or_else(|| {
        let without_party: Vec<&String> = role.iter().filter(|w| !names_a_party(a, w)).collect();
        (without_party.len() < all.len() && !without_party.is_empty()).then(|| holder(&without_party)).flatten()
    })
}

/// "The Lib Dem leader of Eastvale Council has warned ...", then "Cllr Ann Lee said ...": a
/// story may open by describing its speaker and name them in the next paragraph. A role
/// in the headline or the lede (the first two paragraphs) that no one holds yet, with no
/// one named before it, is the person who opens the next paragraph's first sentence,
/// when no apposition there describes them otherwise.
fn named_after_lede(a: &Analysis<'_>, role: Span) -> Option<usize> {
    let first = a.mentions_before(role.start);
    if a.mentions[..first].iter().any(|m| m.entity.is_some_and(|e| is_person(&a.entities[e]))) {
        return None;
    }
    let paragraph = a.sentences[a.sentence_at(role.start)?].paragraph;
    if paragraph > 1 {
        return None;
    }
    let next = a.sentences.iter().position(|s| s.paragraph == paragraph + 1)?;
    let m = a.mentions[first..].iter().find(|m| m.sentence >= next)?;
    let opens = a.text[a.sentences[next].span.start..m.mention.span.start].trim().is_empty();
    let bare = a.text[m.mention.span.end..].chars().next().is_some_and(char::is_whitespace);
    let person = m.entity.filter(|&e| is_person(&a.entities[e]))?;
    (opens && bare && !m.in_quote).then_some(person)
}

/// True when `text`, lower-cased, holds `lower`, a lower-case word.
// Role words are looked for around hundreds of names a story: folding ASCII case in place
// copies no text. A word with other letters takes the full lower-casing.
fn holds_folded(text: &str, lower: &str) -> bool {
    if !lower.is_ascii() {
        return text.to_lowercase().contains(lower);
    }
    let (hay, needle) = (text.as_bytes(), lower.as_bytes());
    let Some(&first) = needle.first() else { return true };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay).any(|i| hay.get(i..i + needle.len()).is_some_and(|w| w.eq_ignore_ascii_case(needle)))
}

/// True when `word` (lower case) is a word of a party's name as the article writes it:
/// "liberal" and "democrat" of "Liberal Democrat" alike.
fn names_a_party(a: &Analysis<'_>, word: &str) -> bool {
    a.mentions.iter().any(|m| {
        matches!(m.mention.kind, MentionKind::Party { .. }) && m.mention.span.slice(a.text).split_whitespace().any(|w| w.eq_ignore_ascii_case(word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::model::Span;

    #[test]
    fn a_role_word_is_found_in_text_of_any_case() {
        let cases: &[(&str, &str, bool)] = &[
            ("The Deputy Leader, Cllr Ng", "leader", true),
            ("THE MAYOR of Eastholm", "mayor", true),
            ("chief executive", "executive", true),
            ("chief exec", "executive", false),
            ("Cllr Ng, Leader", "leader", true),
            ("Le Député Rôle", "député", true),
            ("Le député", "rôle", false),
            ("", "mayor", false),
        ];
        for (text, word, want) in cases {
            assert_eq!(holds_folded(text, word), *want, "{text} / {word}");
        }
    }

    #[test]
    fn a_lede_s_role_is_the_person_who_opens_the_next_paragraph() {
        let lex = Lexicon::load().unwrap();
        let cases: &[(&str, Option<&str>)] = &[
            ("Homes row\n\nThe council leader has warned of cuts.\n\nCllr Ann Lee said the budget was tight.", Some("Ann Lee")),
            ("The council leader has warned of cuts.\n\nCllr Ann Lee said the budget was tight.", Some("Ann Lee")),
            // Someone named before, the name further on, or an apposition: no one.
            ("Cllr Sam Hart chairs the panel. The council leader has warned of cuts.\n\nCllr Ann Lee said the budget was tight.", None),
            ("The council leader has warned of cuts.\n\nThe budget is tight, Cllr Ann Lee said.", None),
            ("The council leader has warned of cuts.\n\nCllr Ann Lee, the Green leader, said the budget was tight.", None),
            ("The council leader has warned of cuts.\n\nThe budget is tight.\n\nCllr Ann Lee said so.", None),
            ("Cuts row\n\nEastvale Council set its budget.\n\nThe council leader has warned of cuts.\n\nCllr Ann Lee said the budget was tight.", None),
        ];
        for (text, want) in cases {
            let a = Analysis::new(text, &lex);
            let start = text.find("council leader").unwrap();
            let got = named_after_lede(&a, Span::new(start, start + "council leader".len()));
            assert_eq!(got.map(|e| a.entities[e].label.as_str()), *want, "{text}");
        }
    }

    fn resolve_at(text: &str, needle: &str, discourse: &mut Discourse) -> Option<String> {
        let lex = Lexicon::load().unwrap();
        let a = Analysis::new(text, &lex);
        let pos = text.rfind(needle).unwrap();
        let ix = a.mention_starting_at(pos).unwrap();
        let s = a.mentions[ix].sentence;
        discourse.resolve(&a, &Subject::Mention(ix), s, pos).map(|e| a.entities[e].label.clone())
    }

    #[test]
    fn table_of_pronouns_and_descriptions() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("Cllr Ann Lee chairs the panel. She said it was fine.", "She", Some("Ann Lee")),
            ("Mr Tom Hart met Mrs Jo Hart. She said no.", "She", Some("Jo Hart")),
            ("Mrs Jo Hart met Mr Tom Hart. He said no.", "He", Some("Tom Hart")),
            ("The CQC visited Westfield Hospital. It said care was poor.", "It", Some("Care Quality Commission")),
            ("The report was published. Later the watchdog said more. Estyn is the inspectorate.", "watchdog", Some("Estyn")),
            ("Northshire Borough Council met Estyn. The authority said no.", "authority", Some("Northshire Borough Council")),
            ("Eastvale Council’s Green administration set a budget. Cllr Al Moss said the administration failed.", "administration", Some("Green group")),
            ("Eastvale Council set a budget. Cllr Al Moss said the administration failed.", "administration", Some("Eastvale Council")),
            ("Nobody was named. She said no.", "She", None),
        ];
        for (text, needle, want) in cases {
            let got = resolve_at(text, needle, &mut Discourse::default());
            assert_eq!(got.as_deref(), *want, "{text}");
        }
    }

    #[test]
    fn a_recent_speaker_outranks_a_mention_in_the_same_sentence_back() {
        let lex = Lexicon::load().unwrap();
        let text = "Cllr Ann Lee said it. Cllr Raj Patel listened. She said more.";
        let a = Analysis::new(text, &lex);
        let mut d = Discourse::default();
        let pos = text.find("She").unwrap();
        let ix = a.mention_starting_at(pos).unwrap();
        // With no record of who spoke, "She" takes the nearest person: gender is unknown.
        assert_eq!(d.resolve(&a, &Subject::Mention(ix), 2, pos).map(|e| a.entities[e].label.as_str()), Some("Raj Patel"));
        let lee = a.entities.iter().position(|e| e.label == "Ann Lee").unwrap();
        let mut d = Discourse::default();
        d.record(SaidIn { sentence: 1, speaker: lee, voice: None });
        assert_eq!(d.resolve(&a, &Subject::Mention(ix), 2, pos).map(|e| a.entities[e].label.as_str()), Some("Ann Lee"));
        let _ = Span::new(0, 0);
    }

    #[test]
    fn a_role_description_finds_the_person_given_that_role() {
        let lex = Lexicon::load().unwrap();
        let text = "The leader of the opposition group Cllr Dev Rao spoke. Cllr Amy Ng, the cabinet member, nodded. The opposition leader said no.";
        let a = Analysis::new(text, &lex);
        let pos = text.rfind("The opposition").unwrap();
        let role = Subject::Role { words: vec!["opposition".into(), "leader".into()], span: Span::new(pos + 4, pos + 21) };
        let mut discourse = Discourse::default();
        let got = discourse.resolve(&a, &role, 2, pos).map(|e| a.entities[e].label.clone());
        assert_eq!(got.as_deref(), Some("Dev Rao"));
        // No party in the description, none learnt.
        assert!(discourse.into_memberships().is_empty());
    }

    #[test]
    fn a_role_with_a_party_the_story_had_not_given_is_its_holder() {
        let lex = Lexicon::load().unwrap();
        let text = "The mayor of Eastvale, Kim Hale, spoke first. Cllr Amy Ng, the cabinet member, nodded. The Labour mayor said no.";
        let a = Analysis::new(text, &lex);
        let pos = text.rfind("The Labour").unwrap();
        let resolve = |words: &[&str]| {
            let role: Vec<String> = words.iter().map(|w| w.to_string()).collect();
            role_holder(&a, &role, pos, None).map(|e| a.entities[e].label.clone())
        };
        assert_eq!(resolve(&["labour", "mayor"]).as_deref(), Some("Kim Hale"));
        // Only party words are let go: another role word still has to match.
        assert_eq!(resolve(&["deputy", "mayor"]), None);
    }

    #[test]
    fn the_words_of_the_description_itself_give_no_one_its_role() {
        let lex = Lexicon::load().unwrap();
        let text = "Cllr Amy Ng met the opposition leader, who said the plan was flawed.";
        let a = Analysis::new(text, &lex);
        let pos = text.find("the opposition").unwrap();
        let role: Vec<String> = vec!["opposition".into(), "leader".into()];
        assert_eq!(role_holder(&a, &role, pos, None), None);
        // A role given before the description still finds its holder in the same sentence.
        let text = "The opposition leader, Cllr Dev Rao, said the opposition leader would vote no.";
        let a = Analysis::new(text, &lex);
        let pos = text.rfind("the opposition").unwrap();
        assert_eq!(role_holder(&a, &role, pos, None).map(|e| a.entities[e].label.clone()).as_deref(), Some("Dev Rao"));
    }
}
