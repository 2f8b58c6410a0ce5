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
mod tests {
    use super::*;

    type Pairs = Vec<(String, String)>;

    fn read(text: &str) -> (Pairs, Pairs) {
        let lex = Lexicon::load().unwrap();
        let a = Analysis::new(text, &lex);
        let (roles, members) = roles_and_memberships(&a, &lex);
        let label = |e: usize| a.entities[e].label.clone();
        (
            roles.iter().map(|r| (label(r.person), r.role.clone())).collect(),
            members.iter().map(|m| (label(m.person), m.party.clone())).collect(),
        )
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn table_of_roles() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Cllr Ama Boateng, the cabinet member for adult social care, said it was fine.", &[("Ama Boateng", "cabinet member for adult social care")]),
            ("Northshire County Council’s director of public health Dr Raj Iyer spoke.", &[("Raj Iyer", "director of public health")]),
            ("The leader of the Liberal Democrat opposition group Cllr Tess Ward objected.", &[("Tess Ward", "leader of the liberal democrat opposition group")]),
            ("Green Party’s spokesman for transport, Cllr Ian Cole, said no.", &[("Ian Cole", "spokesman for transport")]),
            ("Mr Sam Okafor, chief executive of Riverside NHS Trust, apologised.", &[("Sam Okafor", "chief executive of riverside nhs trust")]),
            ("The decision by Cllr Mo Reid after his appointment as leader was welcomed.", &[("Mo Reid", "leader")]),
            ("Council leader Cllr Bea Hart (SNP, Leith) replied.", &[("Bea Hart", "council leader")]),
            ("Green group leader Cllr Jo Pine abstained.", &[("Jo Pine", "green group leader")]),
            ("Cllr Nia Hughes, the Plaid Cymru cabinet member for schools, said yes.", &[("Nia Hughes", "cabinet member for schools")]),
            ("Cllr Dev Shah, the Liberal Democrat spokesman for waste, disagreed.", &[("Dev Shah", "spokesman for waste")]),
            ("Cllr Kim Lowe, the cabinet portfolio holder for finance, said the books balance.", &[("Kim Lowe", "cabinet portfolio holder for finance")]),
            ("Council convener Cllr Rab Kerr (SNP, Leith) chaired the meeting.", &[("Rab Kerr", "council convener")]),
            ("Senior coroner Ann Lee recorded a narrative conclusion.", &[("Ann Lee", "senior coroner")]),
            ("The town clerk, Mrs Jo Hart, resigned.", &[("Jo Hart", "town clerk")]),
            ("The Police and Crime Commissioner, Independent Geoff Marr, agreed.", &[("Geoff Marr", "police and crime commissioner")]),
            ("The new chief constable, Liberal Democrat Ann Bell, declined.", &[("Ann Bell", "chief constable")]),
            ("Tom Lyle MP (Lab, Eastfield) said the bypass was late.", &[("Tom Lyle", "mp")]),
            ("Aled Rhys MS, who chairs the committee, said no.", &[("Aled Rhys", "chair of the committee")]),
            // A role held as a verb in a relative clause.
            ("Cllr Ruth Baines, who chairs the council’s transport committee, said yes.", &[("Ruth Baines", "chair of the council's transport committee")]),
            ("Cllr Ian Ross, who leads the SNP administration and sits on the board, said no.", &[("Ian Ross", "leader of the snp administration")]),
            ("Cllr Ian Ross, who leads calls for a review, said no.", &[]),
            ("Cllr Ian Ross, who now leads the Green group, said no.", &[("Ian Ross", "leader of the green group")]),
            ("Cllr Ian Ross, who also chairs the audit committee, said no.", &[("Ian Ross", "chair of the audit committee")]),
            ("Cllr Ian Ross, who chaired the committee, said no.", &[]),
            // A relative clause of another verb than "be" or "become" holds no office.
            ("Ann Lee, who lost the mayoral election to the Labour leader in May, said no.", &[]),
            ("Ann Lee, who wrote to the chief executive last week, said no.", &[]),
            ("Ann Lee, who is the council’s deputy leader, said no.", &[("Ann Lee", "deputy leader")]),
            ("Ann Lee, who has since become deputy leader, said no.", &[("Ann Lee", "deputy leader")]),
            ("Ann Lee, who was previously the chair of the panel, said no.", &[("Ann Lee", "chair of the panel")]),
            // A dash sets an apposition apart as a comma does.
            ("The planning chief — Cllr Rosa Diaz, a Conservative — said no.", &[("Rosa Diaz", "planning chief")]),
            ("Cllr Rosa Diaz — the cabinet member for planning — said no.", &[("Rosa Diaz", "cabinet member for planning")]),
            ("Cllr Rosa Diaz – the cabinet member for planning – said no.", &[("Rosa Diaz", "cabinet member for planning")]),
            ("Tom Hale, who became council leader in 2019, said no.", &[("Tom Hale", "council leader"), ("Tom Hale", "council leader")]),
            // An election or appointment is the person's own only as theirs and "as" a role.
            ("Tom Hale lost his election to the Labour leader by 40 votes.", &[]),
            ("Cllr Mo Reid’s election as leader was welcomed.", &[("Mo Reid", "leader")]),
            // A time adverbial after the role's noun is no part of it.
            ("Cllr Jo Bell, the committee’s chair since May, said no.", &[("Jo Bell", "chair")]),
            ("Council leader last year Cllr Jo Bell said no.", &[("Jo Bell", "council leader")]),
            ("The Conservative group leader on the council, Cllr Ross Alder, said no.", &[("Ross Alder", "conservative group leader on the council")]),
            ("Labour’s spokesman on health, Cllr Ife Obi, agreed.", &[("Ife Obi", "spokesman on health")]),
            ("Staff on the ward Ann Cole said it was busy.", &[]),
            ("Unison regional organiser Jan Ling said staff were tired.", &[("Jan Ling", "unison regional organiser")]),
            ("Shopper Ann Cole said it was busy.", &[]),
            ("Reform UK candidate Tom Akers said it was busy.", &[("Tom Akers", "candidate")]),
            ("Cllr Mo Reid has appointed a new cabinet member.", &[]),
            ("Their MP, Sir Tom Lyle, said he had written to the health secretary.", &[("Tom Lyle", "mp")]),
            ("Scottish Greens co-leader Lorna Slater said the bill was overdue.", &[("Lorna Slater", "co-leader")]),
            ("The vice-chair of the licensing committee, Cllr Sam Hale, said no.", &[("Sam Hale", "vice-chair of the licensing committee")]),
            ("Deputy-leader Cllr Pat Moss said the vote was lost.", &[("Pat Moss", "deputy-leader")]),
            ("Ex-councillor Tom Reed said the scheme was a mess.", &[]),
            // "and" inside a title in lower case: a shared head, or a preposition's object.
            ("Police and crime commissioner Dafydd Rees said the force would improve.", &[("Dafydd Rees", "police and crime commissioner")]),
            ("On Friday the police and crime commissioner Dafydd Rees said no.", &[("Dafydd Rees", "police and crime commissioner")]),
            ("Northvale's police and crime commissioner, Labour's Ian Corby, said no.", &[("Ian Corby", "police and crime commissioner")]),
            ("The Conservative police and crime commissioner for Westshire, Dina Reyes, said no.", &[("Dina Reyes", "police and crime commissioner for westshire")]),
            ("Westshire police and crime commissioner Dina Reyes said no.", &[("Dina Reyes", "westshire police and crime commissioner")]),
            ("Labour spokesman on health and social care Cllr Ann Lee said no.", &[("Ann Lee", "spokesman on health and social care")]),
            ("Green group leader on the police and crime panel, Cllr Jo Bell, said no.", &[("Jo Bell", "green group leader on the police and crime panel")]),
            ("The county's health and wellbeing director, Ann Lee, said no.", &[("Ann Lee", "health and wellbeing director")]),
            ("Health and social care secretary Ann Lee visited the ward.", &[("Ann Lee", "health and social care secretary")]),
            ("Cabinet member for children and families Cllr Ann Lee said no.", &[("Ann Lee", "cabinet member for children and families")]),
            ("Cllr Ann Lee, cabinet member for adult social care and health, said no.", &[("Ann Lee", "cabinet member for adult social care and health")]),
            ("The plan was backed by residents and councillor Ann Lee.", &[("Ann Lee", "councillor")]),
            ("The plan was backed by residents and ward councillor Ann Lee.", &[("Ann Lee", "ward councillor")]),
            ("Parents and school governor Ann Lee said the plan was wrong.", &[("Ann Lee", "school governor")]),
            // A verb in the past after the comma opens the predicate, whose object is
            // another's role; before a role noun it is an adjective or an appointment.
            ("The commissioner, Jo Whitlock, defended the chief constable.", &[("Jo Whitlock", "commissioner")]),
            ("The mayor, Ann Lee, also thanked the council leader.", &[("Ann Lee", "mayor")]),
            ("Ann Lee, backed by the council leader, said the plan was fair.", &[]),
            ("Ann Lee, retired headteacher, said the school had changed.", &[("Ann Lee", "retired headteacher")]),
            ("Ann Lee, named chair of the trust last year, said it was wrong.", &[("Ann Lee", "chair of the trust")]),
            ("Ann Lee, appointed chief executive in May, said it was wrong.", &[("Ann Lee", "chief executive"), ("Ann Lee", "chief executive")]),
            ("Ann Lee, as chair of the committee, said it was wrong.", &[("Ann Lee", "chair of the committee")]),
        ];
        for (text, want) in cases {
            assert_eq!(read(text).0, pairs(want), "{text}");
        }
    }

    #[test]
    fn table_of_role_owners() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("Cllr Maya Fenwick, the Green leader of Westbrook Council, said no.", "leader of westbrook council", Some("Westbrook Council")),
            ("Cllr Omar Said, the SNP convener of Fife Council’s education committee, agreed.", "convener of fife council's education committee", Some("Fife Council")),
            // A party owns its own offices only; of other roles it is the holder's party.
            ("Cllr Joy Platt, the Conservative cabinet member for housing, agreed.", "cabinet member for housing", None),
            ("The Labour mayor, Jane Holt, said the fares would fall.", "mayor", None),
            ("Reform UK councillor Lee Dale voted against.", "councillor", None),
            ("The Labour council leader, Pat Moss, said the cuts were forced on her.", "council leader", None),
            ("The Scottish Greens co-leader, Lorna Slater, said the bill was overdue.", "co-leader", Some("Green")),
            ("The Liberal Democrat spokesperson for health, Dev Shah, said no.", "spokesperson for health", Some("Liberal Democrat")),
            ("Cllr Ivy Lund, the Conservative opposition leader, objected.", "opposition leader", Some("Conservative")),
            ("Hartmoor Borough Council’s Labour leader, Cllr Ann Bell, agreed.", "leader", Some("Hartmoor Borough Council")),
            ("Labour’s spokesman for schools, Cllr Dan Hope, said no.", "spokesman for schools", Some("Labour")),
            ("Northshire County Council’s director of public health Dr Raj Iyer spoke.", "director of public health", Some("Northshire County Council")),
            ("The Police and Crime Commissioner, Independent Geoff Marr, agreed.", "police and crime commissioner", None),
        ];
        let lex = Lexicon::load().unwrap();
        for &(text, role, owner) in cases {
            let a = Analysis::new(text, &lex);
            let (roles, _) = roles_and_memberships(&a, &lex);
            let got: Vec<(&str, Option<&str>)> =
                roles.iter().map(|r| (r.role.as_str(), r.organization.map(|o| a.entities[o].label.as_str()))).collect();
            assert_eq!(got, [(role, owner)], "{text}");
        }
    }

    #[test]
    fn table_of_memberships() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Coun Ella Marsh (LD, Riverside) spoke.", &[("Ella Marsh", "Liberal Democrat")]),
            ("The planning chief — Cllr Rosa Diaz, a Conservative — said no.", &[("Rosa Diaz", "Conservative")]),
            ("Cllr Rosa Diaz — a Conservative — said no.", &[("Rosa Diaz", "Conservative")]),
            ("Cllr Rosa Diaz—a Conservative—said no.", &[("Rosa Diaz", "Conservative")]),
            ("Labour’s spokesman for schools, Cllr Dan Hope, said no.", &[("Dan Hope", "Labour")]),
            ("The Lib Dems’ spokesperson for policing, Cllr Mary Hale, said no.", &[("Mary Hale", "Liberal Democrat")]),
            ("The Conservatives' group leader Cllr Ian Nash said no.", &[("Ian Nash", "Conservative")]),
            ("The Greens’ housing spokesman Cllr Ali Khan said no.", &[("Ali Khan", "Green")]),
            ("The residents’ spokesman Cllr Ali Khan said no.", &[]),
            ("Cllr Joy Platt, the Conservative cabinet member for housing, agreed.", &[("Joy Platt", "Conservative")]),
            ("Reform UK councillor Lee Dale voted against.", &[("Lee Dale", "Reform UK")]),
            ("The leader of the Plaid Cymru group Cllr Siân Rees spoke.", &[("Siân Rees", "Plaid Cymru")]),
            ("The Police and Crime Commissioner, Independent Geoff Marr, agreed.", &[("Geoff Marr", "Independent")]),
            ("The Conservative police and crime commissioner for Westshire, Dina Reyes, agreed.", &[("Dina Reyes", "Conservative")]),
            ("Cllr Ray Dunn, a former Conservative, sits as an independent.", &[]),
            // A party in a relative clause of action is the person's own as its object,
            // another's as a role's adjective; leaving it undoes the link.
            ("Cllr Amy Ng, who joined Reform UK in March, said no.", &[("Amy Ng", "Reform UK")]),
            ("Cllr Amy Ng, who lost to the Labour leader in May, said no.", &[]),
            ("Cllr Amy Ng, who lost to the Green candidate in May, said no.", &[]),
            ("Tom Akers, the Green candidate for Eastfield, said no.", &[("Tom Akers", "Green")]),
            ("Cllr Amy Ng, who is the Labour leader, said no.", &[("Amy Ng", "Labour")]),
            ("Cllr Amy Ng, who sits as an independent after leaving Labour, said no.", &[]),
            ("Tom Lyle MP (Lab, Eastfield) said the bypass was late.", &[("Tom Lyle", "Labour")]),
            ("Dame Ivy Moss DBE (Con) opened the debate.", &[("Ivy Moss", "Conservative")]),
            ("Reform UK now has 14 seats on the council. Its group leader, Cllr Dan Cope, said it would scrutinise every budget line.", &[("Dan Cope", "Reform UK")]),
            ("Plaid Cymru has accused ministers of neglect. The party’s education spokesperson, Cefin Rhys MS, said schools faced cuts.", &[("Cefin Rhys", "Plaid Cymru")]),
            ("Labour and the Liberal Democrats both objected. The party’s leader, Cllr Ann Cole, said no.", &[]),
            ("The Green Party won two seats. Its co-leader Maggie Chapman said the result was a start.", &[("Maggie Chapman", "Green")]),
            ("Labour and the Liberal Democrats share power. Its leader, Cllr Ben Ash, said the deal held.", &[]),
            ("The council was rated inadequate. Its chief executive, Jo Hale, apologised.", &[]),
            ("The Liberal Democrats said they would abstain. Their transport spokesperson, Cllr Naomi Fry, said the delay was regrettable.", &[("Naomi Fry", "Liberal Democrat")]),
            ("Residents wrote to the Labour group. Their spokesman, Tom Hill, said the bus had gone.", &[]),
            ("Cllr Amy Hart of the Green Party said the plan was reckless.", &[("Amy Hart", "Green")]),
            ("Jo Kemp from Reform UK said the tax was too high.", &[("Jo Kemp", "Reform UK")]),
            ("Cllr Dev Rao of the Lib Dem group voted against.", &[("Dev Rao", "Liberal Democrat")]),
            ("Jo Kemp of Eastvale Council met the Labour group.", &[]),
            ("Jo Kemp wrote of Labour’s failures.", &[]),
            ("Cllr Jo Kemp, supported by the Green Party, won the seat.", &[]),
            ("The mayor, Jo Kemp, also thanked the Labour leader.", &[]),
            // A verb in the past before "as" says what the person was elected as.
            ("Cllr Jo Kemp, elected as an Independent in 2021, voted against.", &[("Jo Kemp", "Independent")]),
            ("Cllr Jo Kemp, who was elected as an Independent in 2021, voted against.", &[("Jo Kemp", "Independent")]),
        ];
        for (text, want) in cases {
            assert_eq!(read(text).1, pairs(want), "{text}");
        }
    }

    #[test]
    fn table_of_memberships_learnt_from_descriptions_of_speakers() {
        let extractor = crate::extract::Extractor::new().unwrap();
        let cases: &[(&str, &[(&str, &str)])] = &[
            // The sentence naming the mayor gives no party; the description of the speaker does.
            ("Headline\n\nThe Mayor of Eastvale, Kim Hale, backed the plan.\n\nThe Labour mayor said: “Passengers come first.”", &[("Kim Hale", "Labour")]),
            ("Headline\n\nCllr Omar Said, leader of the opposition, spoke.\n\nThe Liberal Democrat leader said: “The budget is late.”", &[("Omar Said", "Liberal Democrat")]),
            // A description naming no party teaches nothing.
            ("Headline\n\nThe Mayor of Eastvale, Kim Hale, backed the plan.\n\nThe mayor said: “Passengers come first.”", &[]),
            // A stated party wins over a description that contradicts it.
            ("Headline\n\nThe Mayor of Eastvale, Cllr Kim Hale (Con), backed the plan.\n\nThe Labour mayor said: “Passengers come first.”", &[("Kim Hale", "Conservative")]),
        ];
        for (text, want) in cases {
            let (a, facts) = extractor.read(text);
            let got: Pairs = facts.memberships.iter().map(|m| (a.entities[m.person].label.clone(), m.party.clone())).collect();
            assert_eq!(got, pairs(want), "{text}");
        }
    }

    #[test]
    fn descriptions_add_a_party_only_where_none_is_stated_and_they_agree() {
        let member = |person: usize, party: &str| Membership { person, party: party.to_string(), sentence: 0 };
        let mut stated = vec![member(0, "Labour")];
        add_described(&mut stated, vec![member(0, "Green"), member(1, "Reform UK"), member(2, "Labour"), member(2, "Conservative"), member(3, "Green")]);
        assert_eq!(stated, [member(0, "Labour"), member(1, "Reform UK"), member(3, "Green")]);
    }
}
