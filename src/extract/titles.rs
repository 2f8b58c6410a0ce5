//! Where a person's titles are written: a bracket and an apposition after the name, the
//! words before it ("council leader Cllr Ng"), and "after her appointment as leader".

use crate::lexicon::{Lexicon, WordClass};
use crate::model::Span;

use super::analysis::Analysis;
use super::grammar::{self, APPOSITION_MARKS, BE_FORMS, CONJUNCTIONS, DASHES, DETERMINERS, POSSESSIVES};
use super::mentions::MentionKind;
use super::roles::{has_role_noun, is_role_noun};
use super::tokens::{plural_possessive, Word};

/// Most words of a title before a name.
const MAX_TITLE_WORDS: usize = 12;

/// Words that open a role after a person ("after his appointment as leader").
const APPOINTED: &[&str] = &["appointed", "appointment", "elected", "election", "became"];

/// The words of [`APPOINTED`] that are nouns: the appointment of whoever owns them.
const APPOINTMENT_NOUNS: &[&str] = &["appointment", "election"];

/// What follows a person's name: a ward bracket and an apposition.
pub(super) struct After {
    /// The inside of a bracket right after the name ("Lab, Riverside").
    pub bracket: Option<Span>,
    /// The words a comma sets after the name, to the next mark.
    pub apposition: Option<Span>,
}

/// The bracket and the apposition after a name ending at `end`.
pub(super) fn after_person(a: &Analysis<'_>, end: usize, sentence: Span) -> After {
    // An apposition is short; looking no further keeps a sentence of endless names linear.
    const REACH: usize = 300;
    let mut stop = sentence.end.min(end + REACH);
    while !a.text.is_char_boundary(stop) {
        stop -= 1;
    }
    let rest = Span::new(end, stop).slice(a.text);
    let mut offset = 0;
    let mut bracket = None;
    let trimmed = rest.trim_start();
    if trimmed.starts_with('(') {
        let open = rest.len() - trimmed.len();
        if let Some(close) = rest[open..].find(')') {
            bracket = Some(Span::new(end + open + 1, end + open + close));
            offset = open + close + 1;
        }
    }
    let tail = &rest[offset..];
    // Set apart by a comma, or by a dash ("Cllr Ng — a Conservative — said", "Cllr Ng -
    // a Conservative - said").
    let spaced = tail.trim_start_matches(' ');
    let hyphen = spaced.strip_prefix(grammar::SPACED_HYPHEN.trim_start());
    let body = tail.strip_prefix(',').or_else(|| spaced.strip_prefix(DASHES)).or(hyphen);
    let apposition = body.and_then(|body| {
        let from = end + offset + (tail.len() - body.len());
        let stop = body.find([',', ';', ':', '“', '"', '(', '—', '–']).unwrap_or(body.len());
        // One opened by a hyphen closes by one; looked for only then, as it is rare.
        let stop = match hyphen {
            Some(_) => body[..stop].find(grammar::SPACED_HYPHEN).unwrap_or(stop),
            None => stop,
        };
        let span = Span::new(from, from + stop).trimmed(a.text);
        (!span.is_empty()).then_some(span)
    });
    After { bracket, apposition }
}

/// True when an apposition opens the sentence's predicate rather than naming the person:
/// past any adverbs, a verb of speech or finding ("Sir Graham Pike, said he had ..."), or a
/// verb in the past with no role noun right after it ("The mayor, Jo Hart, also praised the
/// chief executive"; "retired headteacher", "named chair last year" and "elected as an
/// Independent" name a person).
pub(super) fn opens_predicate(a: &Analysis<'_>, apposition: Span, lex: &Lexicon) -> bool {
    let mut words = a.words_in(apposition).iter().skip_while(|w| w.is_adverb(lex));
    let Some(first) = words.next() else { return false };
    first.verb(lex).is_some() || (first.is_past_verb(lex) && words.next().is_none_or(|w| !is_role_noun(w, lex) && w.text != "as"))
}

/// "Cllr Amy Hart of the Green Party said": the party named right after "of" or "from"
/// (and "the") that follow a name ending at `end`.
pub(super) fn party_of_from(a: &Analysis<'_>, end: usize) -> Option<String> {
    let of = a.word_from(end).filter(|w| matches!(w.text, "of" | "from"))?;
    let next = a.word_from(of.span.end)?;
    let name = if next.text == "the" { a.word_from(next.span.end)? } else { next };
    match &a.mentions[a.mention_starting_at(name.span.start)?].mention.kind {
        MentionKind::Party { canonical } | MentionKind::PartyGroup { canonical } => Some(canonical.clone()),
        _ => None,
    }
}

/// "Cllr Ng, who chairs the planning committee,": the noun of the role a relative clause
/// in the apposition gives by its verb, and the span of what the role is held over, up to
/// a second verb ("who chairs the panel and sits on the board"). The object must open
/// with a determiner or a name: in "who leads calls for a review" no role is held. An
/// adverb may come before the verb ("who now leads the group").
pub(super) fn role_by_verb<'l>(a: &Analysis<'_>, apposition: Span, lex: &'l Lexicon) -> Option<(&'l str, Span)> {
    let [who, after_who @ ..] = a.words_in(apposition) else { return None };
    let after_adverb = match after_who {
        [adverb, after @ ..] if adverb.is_adverb(lex) => after,
        _ => after_who,
    };
    let [verb, first, rest @ ..] = after_adverb else { return None };
    if !who.text.eq_ignore_ascii_case("who") || !(grammar::is(DETERMINERS, first.text) || first.is_capitalised()) {
        return None;
    }
    let noun = lex.role_verbs.get(verb.text)?;
    let last = rest.iter().take_while(|w| !grammar::is(CONJUNCTIONS, w.text)).last().unwrap_or(first);
    Some((noun, Span::new(first.span.start, last.span.end)))
}

/// The words right before a person's name, back to the start of its noun phrase: a title
/// ("council leader Cllr Ng", "the leader of the Green group, Cllr Ng") or a party
/// ("Independent Geoff Marr"), or both apart ("The Police and Crime Commissioner,
/// Independent Geoff Marr": the title, then the party; "The chair of the fire authority,
/// Conservative councillor Jo Hart": two titles).
pub(super) fn title_before(a: &Analysis<'_>, ix: usize, sentence: Span, lex: &Lexicon) -> Vec<Span> {
    let start = a.mentions[ix].mention.span.start;
    let before = Span::new(sentence.start, start);
    let gap_to_name = before.slice(a.text).trim_end();
    let words = a.words_in(before);
    let mut k = words.len();
    // "The town clerk, Mrs Jo Hart," and "The planning chief — Cllr Rosa Diaz —".
    let comma_title = gap_to_name.ends_with(APPOSITION_MARKS);
    let mut first = k;
    // Where a comma was crossed before a party or title that stands alone by the name, and
    // whether the words from `k` to the name are all a party's or role nouns.
    let mut party_after_comma = None;
    let mut party_tail = true;
    while k > 0 && words.len() - k < MAX_TITLE_WORDS {
        let w = &words[k - 1];
        let next_start = words.get(k).map_or(start, |n| n.span.start);
        let gap = Span::new(w.span.end, next_start).slice(a.text);
        let comma = gap.trim().strip_prefix(APPOSITION_MARKS) == Some("");
        let party_alone = comma && k < words.len() && party_after_comma.is_none() && party_tail;
        let gap_ok = gap.chars().all(char::is_whitespace) || plural_possessive(w, gap) || (k == words.len() && comma_title && comma) || party_alone;
        if !gap_ok || is_boundary(words, k - 1, lex) {
            break;
        }
        if party_alone {
            party_after_comma = Some(k);
        }
        party_tail = party_tail && (is_party_word(a, w) || is_role_noun(w, lex));
        first = k - 1;
        k -= 1;
    }
    let Some(last) = words.len().checked_sub(1) else { return Vec::new() };
    let span = |from: usize, to: usize| Some(Span::new(words.get(from)?.span.start, words.get(to)?.span.end));
    match party_after_comma {
        Some(c) if first < c => [span(first, c - 1), span(c, last)].into_iter().flatten().collect(),
        _ => span(first, last).into_iter().collect(),
    }
}

/// The mention a word belongs to: one starting at it, or (for the later words of
/// "Liberal Democrat", "Reform UK") one that started before it.
pub(super) fn mention_of_word(a: &Analysis<'_>, w: &Word<'_>) -> Option<usize> {
    let starting = a.mentions_before(w.span.start);
    [Some(starting), starting.checked_sub(1)]
        .into_iter()
        .flatten()
        .find(|&i| a.mentions.get(i).is_some_and(|m| m.mention.span.contains(w.span)))
}

/// Is the word part of a party's name ("Independent", "Liberal Democrat")?
fn is_party_word(a: &Analysis<'_>, w: &Word<'_>) -> bool {
    mention_of_word(a, w).is_some_and(|i| matches!(a.mentions[i].mention.kind, MentionKind::Party { .. }))
}

/// True when word `k` ends a title walking back from a name: a verb, a preposition not
/// of the title, or a conjunction not inside it.
fn is_boundary(words: &[Word<'_>], k: usize, lex: &Lexicon) -> bool {
    let w = &words[k];
    let lower = w.lower();
    let capital_and = grammar::is(CONJUNCTIONS, w.text)
        && k > 0
        && words[k - 1].is_capitalised()
        && words.get(k + 1).is_some_and(Word::is_capitalised);
    (w.verb(lex).is_some() && !(w.may_be(WordClass::ROLE_NOUN) && lex.role_nouns.contains(&lower)))
        || (w.is_preposition(lex) && !title_preposition(words, k, lex))
        || (grammar::is(CONJUNCTIONS, w.text) && !capital_and && !title_and(words, k, lex))
}

/// How many words may stand between a title's "for" or "of" and an "and" that joins its
/// object ("cabinet member for adult social care and health").
const TITLE_OBJECT_WORDS: usize = 4;

/// True for an "and" that joins two parts of one title in lower case: two nouns sharing a
/// role noun ("police and crime commissioner", "health and social care secretary"; after
/// a determiner, a possessive or a name: "the county's police and crime commissioner",
/// "the Conservative police and crime commissioner", "Westshire police and crime
/// commissioner"), or the
/// object of a title's "for", "of" or "on" ("cabinet member for children and families",
/// "spokesman on health and social care"). What follows it is a lower-case word that is
/// not a role noun itself, so that "residents and councillor Ann Lee" stays two phrases; a
/// noun sharing a head is singular ("police", not "residents").
fn title_and(words: &[Word<'_>], k: usize, lex: &Lexicon) -> bool {
    let (Some(before), Some(after)) = (k.checked_sub(1).map(|j| &words[j]), words.get(k + 1)) else { return false };
    if words[k].text != "and" || after.is_capitalised() || is_role_noun(after, lex) || is_role_noun(before, lex) {
        return false;
    }
    let shares_head = !before.lower().ends_with('s')
        && (k == 1 || grammar::is(DETERMINERS, words[k - 2].text) || words[k - 2].is_possessive() || words[k - 2].is_capitalised())
        && words[k + 2..].iter().take_while(|w| !w.is_capitalised()).any(|w| is_role_noun(w, lex));
    shares_head || in_role_object(words, k, &["for", "of", "on"], lex)
}

/// True for a preposition inside a title: "of" and "for" anywhere ("cabinet member for
/// housing"), "on" and "at" right after a role noun ("group leader on the council",
/// "spokesman on health", "director at the trust") or, before a name, after the object of
/// a role's "for" or "of" ("cabinet member for education at Eastmoor Council"; not "the
/// head of the trust at the heart of the row").
fn title_preposition(words: &[Word<'_>], k: usize, lex: &Lexicon) -> bool {
    match words[k].text {
        "of" | "for" => true,
        "on" | "at" => k > 0 && (is_role_noun(&words[k - 1], lex) || (names_body_after(words, k) && in_role_object(words, k, &["for", "of"], lex))),
        _ => false,
    }
}

/// True when a name follows word `k`, or "the" and a name.
fn names_body_after(words: &[Word<'_>], k: usize) -> bool {
    let next = words.get(k + 1).filter(|w| w.text != "the").or_else(|| words.get(k + 2));
    next.is_some_and(Word::is_capitalised)
}

/// True when word `k` stands within the object of a role noun's preposition, one of
/// `prepositions` ("cabinet member for adult social care and", "... care at").
fn in_role_object(words: &[Word<'_>], k: usize, prepositions: &[&str], lex: &Lexicon) -> bool {
    (k.saturating_sub(TITLE_OBJECT_WORDS)..k).any(|j| prepositions.contains(&words[j].text) && j > 0 && is_role_noun(&words[j - 1], lex))
}

/// "after his appointment as leader", "was elected leader of the council".
pub(super) fn appointed_as(a: &Analysis<'_>, end: usize, sentence: Span, lex: &Lexicon) -> Option<Span> {
    let words = a.words_in(Span::new(end, sentence.end));
    let k = words.iter().take(8).position(|w| grammar::is(APPOINTED, w.text))?;
    // "X has appointed a new manager": X appoints, the role is someone else's.
    if k > 0 && matches!(words[k - 1].text, "has" | "have" | "had") {
        return None;
    }
    let as_next = words.get(k + 1).is_some_and(|w| w.text == "as");
    // "after her election as leader" is the person's own; in "who lost the mayoral election
    // to the Labour leader" the election is an event, and its role someone else's.
    let owned = k == 0 || grammar::is(POSSESSIVES, words[k - 1].text) || words[k - 1].is_possessive();
    if grammar::is(APPOINTMENT_NOUNS, words[k].text) && !(owned && as_next) {
        return None;
    }
    let from = if as_next { k + 2 } else { k + 1 };
    let role_words: Vec<&Word<'_>> = words[from.min(words.len())..]
        .iter()
        .take_while(|w| w.verb(lex).is_none() && !grammar::is(BE_FORMS, w.text))
        .take(8)
        .collect();
    let phrase = Span::new(role_words.first()?.span.start, role_words.last()?.span.end);
    let phrase = cut_at_punctuation(a.text, phrase);
    has_role_noun(a, phrase, lex).then_some(phrase)
}

/// The span up to its first mark of punctuation.
fn cut_at_punctuation(text: &str, span: Span) -> Span {
    let body = span.slice(text);
    let stop = body.find([',', ';', ':', '.', '“', '"']).unwrap_or(body.len());
    Span::new(span.start, span.start + stop).trimmed(text)
}
