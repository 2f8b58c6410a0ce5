//! Relations of people: the roles they hold ("Cllr Ng, the cabinet member for housing",
//! "council leader Cllr Ng", "after her appointment as leader") and the parties they
//! belong to ("(Lab, Riverside)", "Labour’s Amy Ng", "the Green group leader Amy Ng").

use crate::model::{NodeKind, Span};

use super::analysis::Analysis;
use super::grammar::{self, BE_FORMS, DETERMINERS, HAVE_FORMS, LINKING_VERBS, MODALS, RELATIVES};
use super::mentions::MentionKind;
use super::titles::{after_person, appointed_as, mention_of_word, opens_predicate, party_of_from, role_by_verb, title_before};
use super::tokens::Word;
use crate::lexicon::{DescriptionTarget, Lexicon, WordClass};

/// Words that undo a party link in an apposition ("a former Conservative").
const FORMER: &[&str] = &["defected", "defecting", "ex", "expelled", "former", "leaving", "left", "quit", "quitting", "suspended"];

/// A role a person holds, as read from one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldRole {
    /// The person's entity.
    pub person: usize,
    /// The role, normalised: lower case, plain apostrophes, no determiner, party or owner.
    pub role: String,
    /// The entity of the body the role belongs to, when the text names it.
    pub organization: Option<usize>,
    /// The sentence it was read from.
    pub sentence: usize,
}

/// A person's party, as read from one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Membership {
    /// The person's entity.
    pub person: usize,
    /// The party's canonical name.
    pub party: String,
    /// The sentence it was read from.
    pub sentence: usize,
}

/// Adds the parties learnt from descriptions ("the Labour mayor said") for people the
/// article states no party for, when the descriptions of a person agree: a description
/// that contradicts a stated party, or another description, was resolved to the wrong
/// person.
pub fn add_described(stated: &mut Vec<Membership>, described: Vec<Membership>) {
    let agreed: Vec<Membership> = described
        .iter()
        .filter(|d| !stated.iter().any(|m| m.person == d.person))
        .filter(|d| described.iter().all(|other| other.person != d.person || other.party == d.party))
        .cloned()
        .collect();
    stated.extend(agreed);
}

/// The roles and party memberships of the article's people.
pub fn roles_and_memberships(a: &Analysis<'_>, lex: &Lexicon) -> (Vec<HeldRole>, Vec<Membership>) {
    let mut roles = Vec::new();
    let mut members = Vec::new();
    for (ix, m) in a.mentions.iter().enumerate() {
        let Some(person) = m.entity.filter(|&e| a.entities[e].kind == NodeKind::Person) else { continue };
        let sentence = a.sentences[m.sentence].span;
        let mut phrases: Vec<Span> = Vec::new();
        // "Jane Hill MP (Con, Leith)": the letters after the name, then its bracket.
        let letters = a.post_nominals_after(m.mention.span.end, lex);
        phrases.extend(letters.iter().filter(|w| is_role_noun(w, lex)).map(|w| w.span));
        let after = after_person(a, letters.last().map_or(m.mention.span.end, |w| w.span.end), sentence);
        if let Some(bracket) = after.bracket {
            members.extend(parties_in(a, bracket).into_iter().map(|party| Membership { person, party, sentence: m.sentence }));
        }
        members.extend(party_of_from(a, m.mention.span.end).map(|party| Membership { person, party, sentence: m.sentence }));
        phrases.extend(after.apposition.filter(|&p| !opens_predicate(a, p, lex)));
        if let Some((noun, object)) = after.apposition.and_then(|p| role_by_verb(a, p, lex)) {
            let role = format!("{noun} of {}", normalise_role(object.slice(a.text)));
            roles.push(HeldRole { person, role, organization: organisation_in(a, object), sentence: m.sentence });
        }
        phrases.extend(title_before(a, ix, sentence, lex));
        phrases.extend(appointed_as(a, m.mention.span.end, sentence, lex));
        for phrase in phrases {
            let text = phrase.slice(a.text).to_lowercase();
            let relative = relative_clause(a, phrase, lex);
            if !text.split_whitespace().any(|w| grammar::is(FORMER, w.trim_matches(|c: char| !c.is_alphanumeric()))) {
                // In "who lost to the Labour candidate" the party is another's, named by
                // the role after it; in "who joined Reform UK" it is the person's own.
                let own = |party: &String| !matches!(relative, Relative::OfAction) || !party_before_role(a, phrase, party, lex);
                members.extend(parties_in(a, phrase).into_iter().filter(own).map(|party| Membership { person, party, sentence: m.sentence }));
                members.extend(party_of_its(a, phrase, m.sentence, lex).map(|party| Membership { person, party, sentence: m.sentence }));
            }
            let phrase = match relative {
                Relative::None => phrase,
                Relative::OfBeing(rest) => rest,
                Relative::OfAction => continue,
            };
            if let Some(role) = role_of(a, phrase, lex) {
                roles.push(HeldRole { person, role: role.0, organization: role.1, sentence: m.sentence });
            }
        }
    }
    (roles, members)
}

/// What a phrase after a name is, as a relative clause.
enum Relative {
    /// Not one: a noun phrase ("the council's leader").
    None,
    /// One of "be" or "become", with the words after that verb ("who is the council's
    /// leader", "who has since become deputy leader"): they may name a role.
    OfBeing(Span),
    /// One of another verb ("who lost the commissioner election", "who chaired the
    /// panel"): it tells what the person did, and a role noun in it is an office they
    /// need not hold.
    OfAction,
}

/// Reads `phrase` as a relative clause (see [`Relative`]).
fn relative_clause(a: &Analysis<'_>, phrase: Span, lex: &Lexicon) -> Relative {
    let words = a.words_in(phrase);
    let Some((relative, rest)) = words.split_first() else { return Relative::None };
    if !grammar::is(RELATIVES, &relative.lower()) {
        return Relative::None;
    }
    let auxiliary = |w: &&Word<'_>| {
        let lower = w.lower();
        grammar::is(HAVE_FORMS, &lower) || grammar::is(MODALS, &lower) || w.is_adverb(lex)
    };
    let mut after = rest.iter().skip_while(auxiliary);
    let linking = after.next().is_some_and(|verb| grammar::is(BE_FORMS, &verb.lower()) || grammar::is(LINKING_VERBS, &verb.lower()));
    let first = after.next();
    match (linking, first, after.last().or(first)) {
        (true, Some(first), Some(last)) => Relative::OfBeing(Span::new(first.span.start, last.span.end)),
        _ => Relative::OfAction,
    }
}

/// The first organisation `span` names or describes ("the council's planning committee").
fn organisation_in(a: &Analysis<'_>, span: Span) -> Option<usize> {
    (a.mentions_before(span.start)..a.mentions_before(span.end))
        .filter_map(|i| a.named_entity(i))
        .find(|&e| a.entities[e].kind == NodeKind::Organization)
}

/// True when a phrase holds the head noun of a role.
pub(super) fn has_role_noun(a: &Analysis<'_>, phrase: Span, lex: &Lexicon) -> bool {
    a.words_in(phrase).iter().any(|w| is_role_noun(w, lex))
}

/// True when `w` is the head noun of a role ("leader", "co-leader", "spokesman").
pub(super) fn is_role_noun(w: &Word<'_>, lex: &Lexicon) -> bool {
    w.may_be(WordClass::ROLE_NOUN) && lex.role_nouns.contains(&w.lower_base())
}

/// "Reform UK has 12 seats. Its group leader, Cllr Ng, said": a title opening with "its"
/// or "the party's" belongs to the party the sentence before names, when it names only
/// one. With "their" ("The Lib Dems said ... Their spokesperson, Cllr Fry, said") the
/// party must also open that sentence, as "their" refers to people as often as to a party.
fn party_of_its(a: &Analysis<'_>, phrase: Span, sentence: usize, lex: &Lexicon) -> Option<String> {
    let words = a.words_in(phrase);
    let first = words.first()?;
    let their = first.text.eq_ignore_ascii_case("their");
    // "The party’s education spokesperson" names its party as "its" does.
    let the_party = first.text.eq_ignore_ascii_case("the") && words.get(1).is_some_and(|w| w.is_possessive() && w.lower_base() == "party");
    if !(their || the_party || first.text.eq_ignore_ascii_case("its")) || !has_role_noun(a, phrase, lex) {
        return None;
    }
    let before = a.sentences.get(sentence.checked_sub(1)?)?.span;
    let opened_by_party = || {
        a.mentions.get(a.mentions_before(before.start)).is_some_and(|m| {
            let opens = a.words_in(Span::new(before.start, m.mention.span.start)).iter().all(|w| grammar::is(DETERMINERS, w.text));
            opens && matches!(m.mention.kind, MentionKind::Party { .. } | MentionKind::PartyGroup { .. })
        })
    };
    match parties_in(a, before).as_slice() {
        [party] if !their || opened_by_party() => Some(party.clone()),
        _ => None,
    }
}

/// True when `party` is named in `phrase` as the adjective of a role: "the Labour
/// candidate", "a Green councillor".
fn party_before_role(a: &Analysis<'_>, phrase: Span, party: &str, lex: &Lexicon) -> bool {
    a.mentions_in(phrase).any(|m| {
        matches!(&m.mention.kind, MentionKind::Party { canonical } if canonical == party)
            && a.word_from(m.mention.span.end).is_some_and(|w| w.span.start < phrase.end && is_role_noun(w, lex))
    })
}

/// The canonical parties named in a span (parties and party groups alike).
pub(super) fn parties_in(a: &Analysis<'_>, span: Span) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for m in a.mentions_in(span) {
        if let MentionKind::Party { canonical } | MentionKind::PartyGroup { canonical } = &m.mention.kind {
            if !out.contains(canonical) {
                out.push(canonical.clone());
            }
        }
    }
    out
}

/// The role a phrase names, normalised, and the body it belongs to: the role runs from its
/// first role-bearing word; an owner before it ("Northshire Council’s", "Labour’s", "the
/// authority’s") or after "of" becomes the organisation.
fn role_of(a: &Analysis<'_>, phrase: Span, lex: &Lexicon) -> Option<(String, Option<usize>)> {
    let words = a.words_in(phrase);
    let mut organization = None;
    // True when the owner is a party named as an adjective ("the Green leader"), which a
    // body named in the role itself outranks ("the Green leader of Eastmoor Council").
    let mut party_adjective = false;
    let mut first = 0;
    // The role's head noun; a body named by it is the office itself ("the Police and Crime
    // Commissioner"), not one the role belongs to.
    let mut head = None;
    // The last word of a party before the role, with the owner named before that party.
    let mut party_before: Option<(usize, Option<usize>)> = None;
    for (k, w) in words.iter().enumerate() {
        if is_role_noun(w, lex) {
            head = Some(k);
            break;
        }
        let owner = mention_of_word(a, w);
        let owned = owner.map(|i| &a.mentions[i]);
        let party = owned.is_some_and(|m| matches!(m.mention.kind, MentionKind::Party { .. }));
        // An owner before the role owns it ("Labour’s spokesman", "the council’s leader");
        // a party group is part of the role's name ("Green group leader").
        if w.is_possessive() || party {
            if party {
                party_before = Some((k, party_before.map_or(organization, |(_, earlier)| earlier)));
            }
            organization = owner.and_then(|i| a.named_entity(i)).or(organization);
            party_adjective = !w.is_possessive();
            first = k + 1;
        } else if grammar::is(DETERMINERS, w.text) || grammar::is(ROLE_OPENERS, w.text) {
            first = k + 1;
        }
    }
    // An owner named before the party keeps the role ("the council’s Labour leader").
    if let Some((party_at, earlier)) = party_before {
        if earlier.is_some() || !head.is_some_and(|h| party_owns(&words[party_at + 1..=h], lex)) {
            organization = earlier;
        }
    }
    let end = head.and_then(|h| (h + 1..words.len()).find(|&k| opens_time(words, k))).unwrap_or(words.len());
    let rest = words.get(first..end)?;
    let span = Span::new(rest.first()?.span.start, rest.last()?.span.end);
    if organization.is_none() || party_adjective {
        let head = head.map(|h| words[h].span);
        let named_in_role = a
            .mentions_in(span)
            .filter(|m| head.is_none_or(|h| !m.mention.span.contains(h)))
            .filter_map(|m| m.entity)
            .find(|&e| a.entities[e].kind == NodeKind::Organization);
        organization = named_in_role.or(organization);
    }
    let role = normalise_role(span.slice(a.text));
    (!role.is_empty() && has_role_noun(a, span, lex)).then_some((role, organization))
}

/// Words before a role that are not part of it: "the new chief executive", "appointed
/// chair last year", "as chair of the committee".
const ROLE_OPENERS: &[&str] = &["acting", "appointed", "as", "current", "elected", "interim", "named", "new", "re-elected"];

/// True when word `k` opens a time adverbial, which ends a role before it ("council
/// leader in 2019", "chair since May", "leader last year").
fn opens_time(words: &[Word<'_>], k: usize) -> bool {
    let (Some(first), Some(second)) = (words.get(k), words.get(k + 1)) else { return false };
    let date = second.text.len() == 4 && second.text.bytes().all(|b| b.is_ascii_digit())
        || (second.is_capitalised() && grammar::month(&second.lower()).is_some());
    (matches!(first.text, "in" | "since" | "from" | "until") && date) || grammar::is_time_adverbial(first.text, second.text)
}

/// Whether a party named just before `words` owns the role they end in: only an office of
/// the party ("the Labour group leader") with no public body named on the way ("the Labour
/// council leader" leads a council). Of any other role the party is the holder's party
/// alone ("the Labour mayor", "the Conservative cabinet member").
fn party_owns(words: &[Word<'_>], lex: &Lexicon) -> bool {
    let Some((head, between)) = words.split_last() else { return false };
    let head = head.lower_base();
    let office = head.rsplit('-').next().unwrap_or(&head);
    let names_body = |w: &Word<'_>| {
        lex.council_types.contains(w.text)
            || matches!(
                lex.descriptions.get(&w.lower_base()),
                Some(DescriptionTarget::Council | DescriptionTarget::Administration | DescriptionTarget::Police)
            )
    };
    lex.party_offices.contains(office) && !between.iter().any(names_body)
}

/// Lower case, plain apostrophes, single spaces.
pub fn normalise_role(text: &str) -> String {
    text.replace('’', "'").to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
