//! Finds who a cue verb belongs to: the subject before it ("Cllr Ng, the cabinet member for
//! housing, has also said"), or the subject of the sentence when the verb shares it
//! ("Inspectors visited the hub and found that ..."). The subject after it ("said Cllr
//! Ng") is `subject_after`'s.

use crate::lexicon::{Lexicon, ProxyAttach};
use crate::model::Span;

use super::analysis::Analysis;
use super::grammar::{self, APPOSITION_MARKS, BE_FORMS, CONJUNCTIONS, DETERMINERS, RELATIVES, SUBORDINATORS};
use super::mentions::{MentionKind, Pronoun};
use super::roles::is_role_noun;
use super::tokens::Word;

/// What a subject phrase points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A mention (its index in the article's mentions).
    Mention(usize),
    /// A role description ("the opposition leader"): its lower-case words, and where it
    /// stands.
    Role {
        /// The words, lower case.
        words: Vec<String>,
        /// The description's place, determiner excluded.
        span: Span,
    },
    /// A bare proxy ("a spokesman said"): the organisation the story is about.
    Focus,
    /// A proxy after a body's head noun ("a trust spokesperson said"): the organisation
    /// whose name ends with that noun, lower case.
    Headed(String),
}

/// The subject of the verb at `verb`, looking back to the start of `sentence`.
pub fn subject_before(a: &Analysis<'_>, sentence: Span, verb: Span, lex: &Lexicon) -> Option<Subject> {
    let start = window_start(a.text, sentence.start, verb.start);
    let end = strip_to_core(a, start, verb.start, lex);
    let core = Span::new(start, end).trimmed(a.text);
    if core.is_empty() {
        return None;
    }
    if let Some(ix) = a.mention_ending_at(core.end) {
        let participle = verb.slice(a.text).ends_with("ing");
        return subject_mention(a, core, ix, participle, lex);
    }
    let words = a.words_in(core);
    let last = words.last()?;
    let last_lower = last.lower();
    if let Some(attach) = lex.proxy_nouns.get(&last_lower) {
        if matches!(attach, ProxyAttach::Before | ProxyAttach::Both) && words.len() >= 2 {
            let before = words[words.len() - 2];
            if let Some(ix) = a.mention_ending_at(before.span.end) {
                return Some(Subject::Mention(ix));
            }
            if words.len() == 2 && grammar::is(DETERMINERS, before.text) {
                return Some(Subject::Focus);
            }
            if words.len() == 3 && grammar::is(DETERMINERS, words[0].text) && !before.is_capitalised() {
                return Some(Subject::Headed(before.lower().into_owned()));
            }
        }
    }
    if let Some(head) = head_of_named_body(a, words, verb.start, lex) {
        return Some(Subject::Headed(head));
    }
    // "Inspectors who visited the school in May said": the head before the relative clause.
    if let Some(k) = words.iter().rposition(|w| grammar::is(RELATIVES, w.text)).filter(|&k| k > 0) {
        if let Some(ix) = a.mention_ending_at(words[k - 1].span.end) {
            return subject_mention(a, Span::new(core.start, words[k - 1].span.end), ix, false, lex);
        }
    }
    if lex.role_nouns.contains(&last_lower) {
        let role: Vec<String> = words
            .iter()
            .rev()
            .take_while(|w| !grammar::is(DETERMINERS, w.text) && !a.mention_ending_at(w.span.end).is_some_and(|ix| is_person(a, ix)))
            .map(|w| w.base().to_lowercase())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let opens_with_determiner = words.len() > role.len() && grammar::is(DETERMINERS, words[words.len() - role.len() - 1].text);
        if opens_with_determiner {
            let span = Span::new(words[words.len() - role.len()].span.start, words[words.len() - 1].span.end);
            return Some(Subject::Role { words: role, span });
        }
    }
    None
}

/// "The practice said", "a spokeswoman for the trust said": "the" and the noun that ends
/// the name of a body the story has named ("Canal Street Medical Practice") stand for
/// that body. As for a name, a preposition before it needs a proxy noun before that.
fn head_of_named_body(a: &Analysis<'_>, words: &[Word<'_>], pos: usize, lex: &Lexicon) -> Option<String> {
    let [before @ .., the, noun] = words else { return None };
    if !the.text.eq_ignore_ascii_case("the") || noun.is_capitalised() {
        return None;
    }
    let head = noun.lower();
    a.body_headed(&head, pos)?;
    let fits = match before {
        [.., preposition] if preposition.is_preposition(lex) => {
            before.len() >= 2 && lex.proxy_nouns.contains_key(&before[before.len() - 2].lower())
        }
        _ => true,
    };
    fits.then(|| head.into_owned())
}

pub(super) fn is_person(a: &Analysis<'_>, ix: usize) -> bool {
    matches!(a.mentions[ix].mention.kind, MentionKind::Person { .. })
}

/// A subject stands within this many bytes of its verb; looking no further keeps a
/// sentence of endless clauses linear.
const SUBJECT_WINDOW: usize = 600;

fn window_start(text: &str, sentence_start: usize, verb_start: usize) -> usize {
    let mut start = verb_start.saturating_sub(SUBJECT_WINDOW).max(sentence_start);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    start
}

/// A mention at the end of the subject phrase is its head, unless it sits in a
/// prepositional phrase ("parties on Northshire Council"), where only a proxy noun
/// ("a statement from", "leaders at") lets the organisation speak, or "with" before a
/// participle gives it its own subject ("..., with inspectors warning that").
fn subject_mention(a: &Analysis<'_>, core: Span, ix: usize, participle: bool, lex: &Lexicon) -> Option<Subject> {
    let start = a.mentions[ix].mention.span.start;
    let before = a.words_in(Span::new(core.start, start));
    let mut k = before.len();
    while k > 0 && grammar::is(DETERMINERS, before[k - 1].text) {
        k -= 1;
    }
    let pronoun = matches!(a.mentions[ix].mention.kind, MentionKind::Pronoun(_));
    if k > 0 && !pronoun && is_object_of_verb(a, &before[..k], lex) {
        return None;
    }
    if k == 0 || !before[k - 1].is_preposition(lex) {
        return Some(Subject::Mention(ix));
    }
    let proxy = k >= 2 && lex.proxy_nouns.contains_key(&before[k - 2].lower());
    let absolute = participle && before[k - 1].text == "with";
    (proxy || absolute).then_some(Subject::Mention(ix)).or_else(|| role_over_body(&before[..k], lex))
}

/// "The Lib Dem leader of Eastvale Council said": a role held over the body named after
/// "of", from its determiner, is the subject, not the body.
fn role_over_body(words: &[Word<'_>], lex: &Lexicon) -> Option<Subject> {
    let [opening @ .., noun, of] = words else { return None };
    if of.text != "of" || !is_role_noun(noun, lex) {
        return None;
    }
    let d = opening.iter().rposition(|w| grammar::is(DETERMINERS, &w.lower()))?;
    let role = &words[d + 1..words.len() - 1];
    if role.iter().any(|w| w.is_preposition(lex) || may_be_verb(w, lex)) {
        return None;
    }
    let span = Span::new(role.first()?.span.start, noun.span.end);
    Some(Subject::Role { words: role.iter().map(|w| w.base().to_lowercase()).collect(), span })
}

/// True when the last of `words`, which stand straight before a name (its determiners
/// aside), is a verb that takes the name as its object: "Parents who met Cllr Lee said",
/// "Cllr Ng thanked Ofsted, saying". The name speaks for nobody there. After a verb whose
/// object is what was said the name opens a reported clause ("The trust said Dr Lee
/// admitted"); a form after a determiner is an adjective ("the embattled Eastvale Council
/// said"); a comma between ends the verb's phrase ("Speaking after the vote, Cllr Ng said").
fn is_object_of_verb(a: &Analysis<'_>, words: &[Word<'_>], lex: &Lexicon) -> bool {
    let [.., verb] = words else { return false };
    let adjective = words.len() >= 2 && grammar::is(DETERMINERS, words[words.len() - 2].text);
    let opens_clause = lex.clause_verbs.contains(&verb.lower());
    may_be_verb(verb, lex) && !opens_clause && !adjective && !a.in_quote(verb.span) && a.text[verb.span.end..].starts_with(' ')
}

/// A verb of criticism whose target may stand straight after it ("slammed the council").
pub fn takes_object_straight_after(w: &Word<'_>, lex: &Lexicon) -> bool {
    lex.criticism_verbs.get(&w.lower()).is_some_and(|leads| leads.iter().any(Vec::is_empty))
}

/// A word that may be a verb: a form in the past, a cue verb or a verb of criticism.
fn may_be_verb(w: &Word<'_>, lex: &Lexicon) -> bool {
    w.is_past_verb(lex) || w.verb(lex).is_some() || lex.criticism_verbs.contains_key(&w.lower())
}

/// True when the words before `start` end with a preposition, or one and a lower-case
/// word ("from Fenwick Lane", "from nearby Fenwick Lane"): what starts there is its object.
fn object_of_preposition(words: &[Word<'_>], start: usize, lex: &Lexicon) -> bool {
    let before = &words[..words.partition_point(|w| w.span.start < start)];
    match before {
        [.., w] if w.is_preposition(lex) => true,
        [.., p, w] => p.is_preposition(lex) && !w.is_capitalised() && !w.is_preposition(lex),
        _ => false,
    }
}

/// Steps back from the verb over adverbs, time adverbials, bracketed details and
/// appositions, to where the subject phrase ends.
fn strip_to_core(a: &Analysis<'_>, start: usize, mut end: usize, lex: &Lexicon) -> usize {
    loop {
        let span = Span::new(start, end).trimmed(a.text);
        let body = span.slice(a.text);
        let words = a.words_in(span);
        let last_word_ends_here = words.last().is_some_and(|w| w.span.end == span.end);
        if last_word_ends_here {
            let w = words[words.len() - 1];
            if w.is_adverb(lex) && a.mention_ending_at(w.span.end).is_none() {
                end = w.span.start;
                continue;
            }
            if let Some(name_end) = name_before_post_nominals(a, words, lex) {
                end = name_end;
                continue;
            }
            if words.len() >= 2 && grammar::is_time_adverbial(words[words.len() - 2].text, w.text) {
                end = words[words.len() - 2].span.start;
                continue;
            }
            if let Some(name_end) = name_before_affiliation(a, words) {
                end = name_end;
                continue;
            }
            // An age: "Jo Hart, 74".
            let before = Span::new(span.start, w.span.start).slice(a.text).trim_end();
            if w.text.chars().all(|c| c.is_ascii_digit()) && before.ends_with(',') {
                end = span.start + before.len() - 1;
                continue;
            }
            return span.end;
        }
        if body.ends_with(')') {
            match body.rfind('(') {
                Some(open) => {
                    end = span.start + open;
                    continue;
                }
                None => return span.end,
            }
        }
        // Dashes set an aside apart as commas do ("The planning chief — Cllr Jo Hart, a
        // Conservative — said").
        if let Some(inner) = body.strip_suffix(APPOSITION_MARKS) {
            let open = after_last_separator(inner).unwrap_or(0);
            let segment = Span::new(span.start + open, span.start + inner.len()).trimmed(a.text);
            // A name ending the segment, or followed only by its letters, may be the
            // subject itself ("its leader, Cllr Jo Hart, said", "its spokesman, Jo Hart
            // MSP, said"), except after a relative or a preposition, where it is an object
            // ("Cllr Jo Hart, who represents Ashby North, said", "Jo Hart, a father of two
            // from nearby Fenwick Lane, said").
            let seg_words = a.words_in(segment);
            let relative = seg_words.first().is_some_and(|w| grammar::is(RELATIVES, w.text));
            let name_end = name_before_post_nominals(a, seg_words, lex).unwrap_or(segment.end);
            let person = a.mention_ending_at(name_end).filter(|&ix| is_person(a, ix));
            let names_a_person = !relative && person.is_some_and(|ix| !object_of_preposition(seg_words, a.mentions[ix].mention.span.start, lex));
            if open > 0 && !names_a_person && (is_apposition(&inner[open..], lex) || party_alone(a, segment)) {
                // Keep the comma before the apposition: it may close an earlier one.
                end = span.start + open;
                continue;
            }
            end = span.start + inner.len();
            continue;
        }
        return span.end;
    }
}

/// Where a person's name ends when `words` end with the letters after it ("Jane Hill MP
/// OBE"), so that the name, not the letters, is the subject.
fn name_before_post_nominals(a: &Analysis<'_>, words: &[Word<'_>], lex: &Lexicon) -> Option<usize> {
    let letters = words.iter().rev().take_while(|w| lex.post_nominals.contains(w.text)).count();
    let name = words.len().checked_sub(letters + 1).filter(|_| letters > 0)?;
    let end = words[name].span.end;
    let person = a.mention_ending_at(end).is_some_and(|ix| is_person(a, ix));
    (person && a.post_nominals_after(end, lex).len() == letters).then_some(end)
}

/// Most words after "of" or "from" in [`name_before_affiliation`].
const MAX_AFFILIATION_WORDS: usize = 8;

/// Where a person's name ends when `words` end with where they come from, "of" or "from"
/// and a few words ("Jane Cole of Unison", "Cllr Amy Hart of the Green Party", "Dr Amy Lee
/// from the trust"), so that the person, not the body, is the subject.
fn name_before_affiliation(a: &Analysis<'_>, words: &[Word<'_>]) -> Option<usize> {
    let tail = words.len().saturating_sub(MAX_AFFILIATION_WORDS + 1).max(1);
    (tail..words.len()).rev().filter(|&k| matches!(words[k].text, "of" | "from")).find_map(|k| {
        let person = a.mention_ending_at(words[k - 1].span.end).filter(|&ix| is_person(a, ix))?;
        Some(a.mentions[person].mention.span.end)
    })
}

/// Where the text after the last comma, dash or opening bracket of `text` outside a
/// bracketed group starts.
fn after_last_separator(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth > 0 => depth -= 1,
            '(' if depth == 0 => return Some(i + 1),
            c if depth == 0 && APPOSITION_MARKS.contains(&c) => return Some(i + c.len_utf8()),
            _ => {}
        }
    }
    None
}

/// True when `segment`, set apart by commas, is a party's name alone: "Cllr Jo Hart,
/// Reform UK, said" tells the speaker's party.
fn party_alone(a: &Analysis<'_>, segment: Span) -> bool {
    a.mention_starting_at(segment.start).is_some_and(|ix| {
        let m = &a.mentions[ix].mention;
        m.span.end == segment.end && matches!(m.kind, MentionKind::Party { .. })
    })
}

/// True for the words between two commas that describe the subject rather than continue
/// the sentence: "the cabinet member for housing", "who chairs the panel", "Labour’s
/// spokesman for schools", "chief executive of the trust".
fn is_apposition(segment: &str, lex: &Lexicon) -> bool {
    let segment = segment.trim();
    let first = segment.split_whitespace().next().unwrap_or("");
    let first_clean = first.trim_matches(|c: char| !c.is_alphanumeric());
    !segment.is_empty()
        && (first.chars().next().is_some_and(char::is_lowercase)
            || segment.chars().all(|c| c.is_ascii_digit())
            || grammar::is(DETERMINERS, first_clean)
            || grammar::is(RELATIVES, first_clean)
            || first.ends_with("’s")
            || first.ends_with("'s")
            || segment.split_whitespace().any(|w| lex.role_nouns.contains_lower(w)))
}

/// "The practice said it had “taken urgent action”": a pronoun that opens the clause of a
/// cue verb just before it stands for that verb's subject, when the two agree (a body for
/// "it", a person for "he" or "she"). None when `subject` is no such pronoun.
pub fn reporting_subject(a: &Analysis<'_>, sentence: Span, subject: &Subject, lex: &Lexicon) -> Option<Subject> {
    let Subject::Mention(ix) = *subject else { return None };
    let MentionKind::Pronoun(pronoun) = a.mentions[ix].mention.kind else { return None };
    let words = a.words_in(Span::new(sentence.start, a.mentions[ix].mention.span.start));
    let k = words.len().checked_sub(1).filter(|&k| is_cue_verb(words, k, lex))?;
    let outer = subject_before(a, sentence, words[k].span, lex)?;
    let person = match &outer {
        Subject::Mention(o) => match a.mentions[*o].mention.kind {
            MentionKind::Pronoun(_) => return None,
            MentionKind::Person { .. } => true,
            _ => false,
        },
        Subject::Role { .. } => true,
        Subject::Focus | Subject::Headed(_) => false,
    };
    let agrees = match pronoun {
        Pronoun::He | Pronoun::She => person,
        Pronoun::It => !person,
        Pronoun::They => true,
    };
    agrees.then_some(outer)
}

/// The subject a verb shares with an earlier part of its sentence: the subject of the
/// sentence's first cue verb ("Cllr Ng accused X of “...” and said Y was “...”"), or the
/// mention that opens the sentence when the verb is coordinated ("Inspectors visited the
/// hub and found that ...") or a participle ("Cllr Ng hit back, saying ...").
pub fn shared_subject(a: &Analysis<'_>, sentence: Span, verb: Span, lex: &Lexicon) -> Option<Subject> {
    let sentence = Span::new(window_start(a.text, sentence.start, verb.start), sentence.end);
    let before = Span::new(sentence.start, verb.start);
    let words = a.words_in(before);
    if let Some(k) = (0..words.len()).find(|&k| !a.in_quote(words[k].span) && is_cue_verb(words, k, lex)) {
        if words[k + 1..].iter().any(|w| grammar::is(SUBORDINATORS, w.text)) {
            return None;
        }
        if let Some(s) = subject_before(a, sentence, words[k].span, lex) {
            return Some(s);
        }
    }
    let participle = verb.slice(a.text).ends_with("ing");
    if !participle && !words.iter().any(|w| grammar::is(CONJUNCTIONS, w.text)) {
        return None;
    }
    a.mention_opening(words, 0).filter(|&ix| !a.mentions[ix].in_quote).map(Subject::Mention)
}

/// "Cllr Ng welcomed the report but said ...", "Labour rejected the claim, saying ...": a
/// verb straight after "and" or "but" (an adverb may come between, "but also said"), or a
/// participle straight after a comma, shares the subject of the verb phrase before it, the
/// name or body that ends where that phrase's first verb begins. Without the conjunction
/// or comma right before it the verb has a subject of its own ("The council approved the
/// plan and officers said ..."), which [`subject_before`] reads or nobody does.
pub fn coordinated_subject(a: &Analysis<'_>, sentence: Span, verb: Span, lex: &Lexicon) -> Option<Subject> {
    let words = a.words_in(Span::new(sentence.start, verb.start));
    let before_adverbs = words.iter().rposition(|w| !w.is_adverb(lex))?;
    let conjunction = grammar::is(CONJUNCTIONS, words[before_adverbs].text);
    let participle = verb.slice(a.text).ends_with("ing") && Span::new(words[words.len() - 1].span.end, verb.start).slice(a.text).trim() == ",";
    let last_of_phrase = if conjunction { before_adverbs } else { words.len() };
    if last_of_phrase == 0 || !(conjunction || participle) {
        return None;
    }
    // The sentence's first verb in the past, cue or criticism verb that a subject phrase
    // ends before. A title's words are none ("Independent councillor Ann Lee hit back").
    words[1..last_of_phrase]
        .iter()
        .filter(|w| may_be_verb(w, lex) && !a.in_quote(w.span))
        .find_map(|w| subject_before(a, sentence, w.span, lex).filter(|s| matches!(s, Subject::Mention(_))))
}

/// A cue verb of the lexicon used as an active verb (see [`used_actively`]).
pub fn is_cue_verb(words: &[Word<'_>], k: usize, lex: &Lexicon) -> bool {
    words[k].verb(lex).is_some() && used_actively(words, k, lex)
}

/// True when word `k` stands as an active verb: not right after a determiner or a
/// possessive ("the report", "their comments", "Ofsted’s findings"), nor after a form of
/// "be" ("the council was told", "it was also criticised"), nor as a verb of speaking to
/// someone straight before "to", which in the active would have its hearer between them
/// ("Council told to improve", "Drivers warned to expect delays"), nor as a verb that
/// takes its target straight after it followed by a preposition instead ("Council
/// accused of “betraying” schools", "Trust criticised over “failings”").
pub fn used_actively(words: &[Word<'_>], k: usize, lex: &Lexicon) -> bool {
    let prev = k.checked_sub(1).map(|j| words[j]);
    let next = words.get(k + 1);
    let passive = prev.is_some_and(|p| grammar::is(BE_FORMS, p.text))
        || (k >= 2 && grammar::is(BE_FORMS, words[k - 2].text) && words[k - 1].is_adverb(lex))
        || (next.is_some_and(|n| n.text == "to") && lex.hearer_verbs.contains(&words[k].lower()))
        || (next.is_some_and(|n| n.is_preposition(lex)) && takes_object_straight_after(&words[k], lex));
    !passive && !prev.is_some_and(|p| grammar::is(DETERMINERS, p.text) || p.is_possessive())
}
