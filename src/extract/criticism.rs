//! Criticism: "Cllr Ng slammed the Conservative administration", "hit out at the trust",
//! "called on the leader to resign". The critic is the verb's subject; the target is the
//! first name after the verb, or the subject of the clause after "hit back, saying".
//! Statements criticise too: an inspectorate's all-negative words, a politician's
//! negative words naming a rival party, and reported words accusing the subject of their
//! clause ("said the council had “ignored residents”").

use crate::lexicon::{DescriptionTarget, Lexicon, WordClass};
use crate::model::{NodeKind, OrgCategory, Polarity, Span, StatementKind};

use super::analysis::Analysis;
use super::attribution::Attributed;
use super::findings::{polarity, polarity_opening};
use super::grammar::{self, BE_FORMS, DETERMINERS, HAVE_FORMS, NEGATORS};
use super::inspections::InspectionEvent;
use super::mentions::MentionKind;
use super::reference::{role_holder, role_holder_after, Discourse};
use super::roles::{is_role_noun, Membership};
use super::subject::{shared_subject, subject_before, takes_object_straight_after, used_actively, Subject};
use super::tokens::Word;

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
        let Some(particles) = lex.criticism_verbs.get(&w.lower()) else { continue };
        if a.in_quote(w.span) {
            continue;
        }
        if !used_actively(words, k, lex) {
            out.extend(passive_criticism(a, words, k, s, discourse, lex));
            continue;
        }
        let joined = |between: &&Vec<String>| between.iter().enumerate().all(|(i, b)| words.get(k + 1 + i).is_some_and(|x| x.lower() == *b));
        let Some(between) = particles.iter().find(joined) else { continue };
        let at = k + 1 + between.len();
        let target_ix = a.mention_opening(words, at);
        // With no name after the verb, a role ("slammed the commissioner") stands for its
        // holder, and a phrase complete in itself ("hit back") aims at its clause's subject.
        let holder = match target_ix {
            Some(_) => None,
            None => described_target(a, &words[at.min(words.len())..], sentence.start, lex)
                .or_else(|| headed_target(a, words, at))
                .or_else(|| (!between.is_empty()).then(|| saying_target(a, words, at)).flatten()),
        };
        if target_ix.is_none() && holder.is_none() {
            continue;
        }
        let subject = subject_before(a, sentence, w.span, lex).or_else(|| shared_subject(a, sentence, w.span, lex));
        let Some(critic) = subject.and_then(|sub| discourse.resolve(a, &sub, s, w.span.start)) else { continue };
        let target = match target_ix {
            Some(ix) => a.mentions[ix].entity.or_else(|| discourse.resolve(a, &super::subject::Subject::Mention(ix), s, w.span.start)),
            None => holder,
        };
        if let Some(target) = target.filter(|&t| t != critic) {
            out.push(Criticism { critic, target, sentence: s });
        }
    }
    out
}

/// "Eastvale Council was criticised by Ofsted", "Trust slammed by MPs over delays": a verb
/// of criticism in the passive, its agent straight after "by", tells that the agent
/// criticised the passive's subject, which ends before the form of "be" (or, in a
/// headline's reduced passive, before the verb).
fn passive_criticism(a: &Analysis<'_>, words: &[Word<'_>], k: usize, s: usize, discourse: &mut Discourse, lex: &Lexicon) -> Option<Criticism> {
    if !takes_object_straight_after(&words[k], lex) || words.get(k + 1)?.text != "by" {
        return None;
    }
    let agent = a.mention_opening(words, k + 2)?;
    let be = (1..=2).filter_map(|back| k.checked_sub(back)).find(|&j| grammar::is(BE_FORMS, words[j].text));
    let subject_ends_before = words[be.unwrap_or(k)].span;
    let sentence = a.sentences[s].span;
    let subject = subject_before(a, sentence, subject_ends_before, lex)?;
    let target = discourse.resolve(a, &subject, s, words[k].span.start)?;
    let critic = discourse.resolve(a, &Subject::Mention(agent), s, words[k].span.start)?;
    (critic != target).then_some(Criticism { critic, target, sentence: s })
}

/// The body a determiner and its head noun stand for ("accused the trust of ...",
/// "slammed the academy"): the organisation named with that head ("Northfield Learning
/// Trust").
fn headed_target(a: &Analysis<'_>, words: &[Word<'_>], at: usize) -> Option<usize> {
    let (determiner, head) = (words.get(at)?, words.get(at + 1)?);
    if !grammar::is(DETERMINERS, determiner.text) || head.is_capitalised() {
        return None;
    }
    a.body_headed(&head.lower_base(), determiner.span.start)
}

/// The subject of the clause a participle of speech opens right after a complete phrase
/// of criticism: "hit back, saying the Conservatives had left a black hole", "lashed out,
/// saying that the trust was failing patients". Only "saying" and "claiming" reach it:
/// other participles ("hit back, accusing the SNP") are criticism verbs themselves.
fn saying_target(a: &Analysis<'_>, words: &[Word<'_>], at: usize) -> Option<usize> {
    let participle = words.get(at)?;
    let gap = &a.text[words[at - 1].span.end..participle.span.start];
    if !gap.contains(',') || !matches!(participle.lower().as_ref(), "saying" | "claiming") {
        return None;
    }
    let opens = at + 1 + usize::from(words.get(at + 1).is_some_and(|w| w.lower() == "that"));
    let subject = a.mention_opening(words, opens)?;
    (!a.mentions[subject].in_quote).then(|| a.named_entity(subject)).flatten()
}

/// A role is a few words after its determiner: "the deputy council leader".
const MAX_ROLE_WORDS: usize = 4;

/// The words of the role a determiner opening `words` introduces ("the deputy council
/// leader"), in lower case; None when no role noun follows it.
fn role_words(words: &[Word<'_>], lex: &Lexicon) -> Option<Vec<String>> {
    let (first, rest) = words.split_first()?;
    if !grammar::is(DETERMINERS, &first.lower()) {
        return None;
    }
    let head = rest.iter().take(MAX_ROLE_WORDS).position(|w| is_role_noun(w, lex))?;
    let end = head + 1 + rest[head + 1..].iter().take_while(|w| is_role_noun(w, lex)).count();
    Some(rest[..end].iter().map(|w| w.lower_base().into_owned()).collect())
}

/// The person a criticised role stands for ("slammed the commissioner", "called on the
/// chief executive to resign"): the holder the story named earlier, looked for before the
/// sentence so that the critic's own title does not answer.
fn described_target(a: &Analysis<'_>, words: &[Word<'_>], sentence_start: usize, lex: &Lexicon) -> Option<usize> {
    role_holder(a, &role_words(words, lex)?, sentence_start, None)
}

/// The inspectorate's criticism of the body it inspected, when the inspection the article
/// reports has no grade and the inspectorate's words about it are all negative ("found to
/// have “widespread failings”", "inspectors said: “Too many children wait too long.”").
// A low grade is a criticism by itself (the merge adds it) and a good one is not, whatever
// the report also says; without a grade the inspectorate's own words are all there is.
pub fn inspectorate_criticism(a: &Analysis<'_>, statements: &[Attributed], inspections: &[InspectionEvent], lex: &Lexicon) -> Option<Criticism> {
    let critic = a.main_inspectorate()?;
    let reported = inspections.iter().find(|e| !e.historical)?;
    let target = reported.subject.filter(|&t| t != critic && reported.rating.is_none())?;
    let mut own = statements.iter().filter(|s| s.speaker == critic).peekable();
    let first = own.peek()?.sentence;
    own.all(|s| polarity(&s.text, lex) == Polarity::Negative).then_some(Criticism { critic, target, sentence: first })
}

/// A party politician's negative words that name another party, or a politician of
/// another party, criticise it or them: "“The Lib Dems have no plan to fix it,” said the
/// Conservative leader", "“The mayor should think again,” the Labour group said" of an
/// Independent mayor. Politicians name rivals mostly to attack them; the words must still
/// be negative by the polarity lexicon, and the speaker must belong to a party the article
/// names. A rival is named by name or by the role the story gave them before.
pub fn rival_party_criticisms(a: &Analysis<'_>, statements: &[Attributed], memberships: &[Membership], lex: &Lexicon) -> Vec<Criticism> {
    let party_of_person = |person: usize| memberships.iter().find(|m| m.person == person).map(|m| m.party.as_str());
    let mut out: Vec<Criticism> = Vec::new();
    for s in statements {
        let Some(own) = party_of(a, s.speaker).or_else(|| party_of_person(s.speaker)) else { continue };
        let rival = |e: usize| e != s.speaker && party_of(a, e).or_else(|| party_of_person(e)).is_some_and(|p| p != own);
        // A few quoted words stand in the reporter's sentence, which names their target
        // ("said the Labour administration had “mismanaged” the budget").
        let scope = if s.kind == StatementKind::Partial { a.sentences[s.sentence].span } else { s.span };
        let named = a.mentions_in(scope).filter_map(|m| m.entity);
        // Roles come from the quoted words only: in the reporter's sentence a role describes
        // the speaker ("The leader of the opposition, Cllr Ng, said ...").
        let before = scope.start.min(a.sentences[s.sentence].span.start);
        let described = described_in(a, a.words_in(s.span), before, s.speaker, lex);
        let mut targets: Vec<usize> = named.chain(described).filter(|&e| rival(e)).collect();
        targets.dedup();
        if targets.is_empty() || polarity(&s.text, lex) != Polarity::Negative {
            continue;
        }
        for target in targets {
            if !out.iter().any(|c| c.critic == s.speaker && c.target == target) {
                out.push(Criticism { critic: s.speaker, target, sentence: s.sentence });
            }
        }
    }
    out
}

/// The people the roles among `words`, a speaker's, stand for ("the mayor should think
/// again"): holders other than the speaker the story named before `before`, else the
/// first named after the words ("“The leader has failed,” she said." before "Council
/// leader Cllr Mark Hale said").
fn described_in(a: &Analysis<'_>, words: &[Word<'_>], before: usize, speaker: usize, lex: &Lexicon) -> Vec<usize> {
    let mut out = Vec::new();
    let mut opened = None;
    for k in (0..words.len()).filter(|&k| is_role_noun(&words[k], lex)) {
        let Some(d) = (k.saturating_sub(MAX_ROLE_WORDS)..k).rev().find(|&d| grammar::is(DETERMINERS, &words[d].lower())) else { continue };
        // "the chief executive": two role nouns, one role.
        if opened.replace(d) != Some(d) {
            let Some(role) = role_words(&words[d..], lex) else { continue };
            let after = words.last().map_or(before, |w| w.span.end);
            out.extend(role_holder(a, &role, before, Some(speaker)).or_else(|| role_holder_after(a, &role, after, Some(speaker))));
        }
    }
    out
}

/// Reported words that accuse the subject of their clause criticise it: "Cllr Ng said the
/// council had “ignored residents”", "claimed that the trust was failing patients". The
/// clause must open with a name (its subject) and a form of "have" or "be", and the verb
/// or complement after those must be negative by the polarity lexicon, not a bare negation.
pub fn reported_accusations(a: &Analysis<'_>, statements: &[Attributed], lex: &Lexicon) -> Vec<Criticism> {
    let mut out: Vec<Criticism> = Vec::new();
    for s in statements.iter().filter(|s| matches!(s.kind, StatementKind::Partial | StatementKind::Indirect)) {
        let Some(target) = accused(a, s, lex).filter(|&t| t != s.speaker) else { continue };
        if !out.iter().any(|c| c.critic == s.speaker && c.target == target) {
            out.push(Criticism { critic: s.speaker, target, sentence: s.sentence });
        }
    }
    out
}

/// The entity a reported statement accuses, read from its clause: cue verb, "that",
/// subject (a name, or a role the story gave someone: "the commissioner"), "had"/"was",
/// then a negative word or phrase after any determiners and adverbs, not in the passive
/// with its agent after "by" ("the council had been let down by ministers").
fn accused(a: &Analysis<'_>, s: &Attributed, lex: &Lexicon) -> Option<usize> {
    let cue = s.cue.as_deref()?;
    // The cue stands a few words before the statement; looking no further keeps a sentence
    // of endless quotations linear.
    const REACH: usize = 30;
    let sentence_start = a.sentences[s.sentence].span.start;
    let words = a.words_in(Span::new(sentence_start, s.span.end));
    let before = words.partition_point(|w| w.span.end <= s.span.start);
    let from = before.saturating_sub(REACH);
    let verb = from + words[from..before].iter().rposition(|w| w.lower() == cue)?;
    let opens = verb + 1 + usize::from(words.get(verb + 1).is_some_and(|w| w.lower() == "that"));
    let (target, subject_end) = match a.mention_opening(words, opens) {
        // "said the report was “damning”": words on a report judge what it found, not its author.
        Some(subject) if a.mentions[subject].mention.kind == MentionKind::Description(DescriptionTarget::Report) => return None,
        Some(subject) => (a.named_entity(subject)?, a.mentions[subject].mention.span.end),
        None => {
            let role = role_words(&words[opens..], lex)?;
            (role_holder(a, &role, sentence_start, Some(s.speaker))?, words.get(opens + role.len())?.span.end)
        }
    };
    let mut rest = words[opens..].iter().skip_while(|w| w.span.start < subject_end);
    let auxiliary = rest.next()?.lower();
    if !grammar::is(HAVE_FORMS, &auxiliary) && !grammar::is(BE_FORMS, &auxiliary) {
        return None;
    }
    let skipped = |w: &&Word<'_>| {
        let lower = w.lower();
        // Adverbs of degree ("utterly", "completely") are open-class: their ending tells.
        grammar::is(DETERMINERS, &lower) || grammar::is(BE_FORMS, &lower) || w.is_adverb(lex) || lower.ends_with("ly")
    };
    // Enough words for the longest phrase of the polarity list ("asleep at the wheel"), and "by".
    const PHRASE_WORDS: usize = 6;
    let tail: Vec<&Word<'_>> = rest.take(REACH).collect();
    let skip = tail.iter().take_while(|w| skipped(w)).count();
    let be = grammar::is(BE_FORMS, &auxiliary) || tail[..skip].iter().any(|w| grammar::is(BE_FORMS, w.text));
    let opening: Vec<&str> = tail[skip..].iter().take(PHRASE_WORDS + 1).map(|w| w.text).collect();
    let (polarity, length) = polarity_opening(&opening, lex)?;
    let by_agent = be && opening.get(length) == Some(&"by");
    (polarity == Polarity::Negative && !grammar::is(NEGATORS, opening.first()?) && !by_agent).then_some(target)
}

/// The canonical party of a party or a party's group ("the Labour group").
fn party_of<'a>(a: &'a Analysis<'_>, entity: usize) -> Option<&'a str> {
    let e = a.entities.get(entity)?;
    match (&e.kind, &e.category) {
        (NodeKind::Party, _) => Some(&e.label),
        (_, Some(OrgCategory::PartyGroup { party })) => Some(party),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::ArticleFacts;

    fn read(text: &str) -> Vec<(String, String)> {
        let lex = Lexicon::load().unwrap();
        let a = Analysis::new(text, &lex);
        let mut d = Discourse::default();
        let found: Vec<Criticism> = (0..a.sentences.len()).flat_map(|s| criticisms_in(&a, s, &mut d, &lex)).collect();
        labels(&a, found)
    }

    /// (critic, target) labels, owned.
    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    /// (critic, target) labels of `found`.
    fn labels(a: &Analysis<'_>, found: impl IntoIterator<Item = Criticism>) -> Vec<(String, String)> {
        found.into_iter().map(|c| (a.entities[c.critic].label.clone(), a.entities[c.target].label.clone())).collect()
    }

    #[test]
    fn table_of_criticisms() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Cllr Ann Lee chairs scrutiny. She slammed the Conservative administration for the delays.", &[("Ann Lee", "Conservative group")]),
            ("Green councillor Sam Reeve hit out at Westfield Borough Council over the plan.", &[("Sam Reeve", "Westfield Borough Council")]),
            ("Mr Dev Rao called on Cllr Amy Ng to resign.", &[("Dev Rao", "Amy Ng")]),
            ("Mr Dev Rao called for Cllr Amy Ng to resign.", &[("Dev Rao", "Amy Ng")]),
            ("Mr Dev Rao called for calm and for a review of the Labour group's plans.", &[]),
            ("The Lib Dems criticised the SNP over ferries.", &[("Liberal Democrat", "SNP")]),
            ("The management of cases was also criticised by staff.", &[]),
            // A passive with its agent: the agent is the critic.
            ("Westfield Borough Council has been criticised by Ofsted over delays.", &[("Ofsted", "Westfield Borough Council")]),
            ("Cllr Ann Lee was also slammed by the Green group for the cuts.", &[("Green group", "Ann Lee")]),
            // Any word may stand between "be" and the verb here, not only the adverbs of the
            // lexicon: "by" after the verb has already shown the passive.
            ("Cllr Ann Lee was roundly criticised by the Green group over the cuts.", &[("Green group", "Ann Lee")]),
            ("Westfield Borough Council accused by Reform UK of “wasting millions”", &[("Reform UK", "Westfield Borough Council")]),
            // A verb that needs a particle before its target is no criticism in the passive.
            ("Cllr Ann Lee was called by Reform UK on Monday.", &[]),
            ("She said: “I slammed the Labour group.”", &[]),
            // A role criticised is its holder named before; the critic's own title is not.
            ("Cllr Ann Lee is the cabinet member for housing. Cllr Bob Hart slammed the cabinet member over the delays.", &[("Bob Hart", "Ann Lee")]),
            ("Commissioner Sarah Lyle spoke first. Gary Platt, the candidate for commissioner, slammed the commissioner.", &[("Gary Platt", "Sarah Lyle")]),
            ("Chief executive Dr Ruth Kemp apologised. Cllr Dev Rao called on the chief executive to resign.", &[("Dev Rao", "Ruth Kemp")]),
            ("Cllr Dev Rao called on the chief executive to resign.", &[]),
            ("Dr Ruth Kemp spoke. Cllr Dev Rao slammed the inspectors.", &[]),
            // Headlines speak in the present; a verb may take one of several particles.
            ("Labour councillor Tom Reid slams Reform UK over bin collections", &[("Tom Reid", "Reform UK")]),
            ("Cllr Jo Hart hits out at Eastbrook Borough Council over potholes", &[("Jo Hart", "Eastbrook Borough Council")]),
            ("Council leader Cllr Mary Shaw hit back at the Green group over the claims.", &[("Mary Shaw", "Green group")]),
            ("Cllr Ann Lee lashed out at the Liberal Democrats.", &[("Ann Lee", "Liberal Democrat")]),
            ("Cllr Ann Lee rounded on the Conservative group.", &[("Ann Lee", "Conservative group")]),
            // A participle shares its sentence's subject.
            ("Cllr Mary Shaw responded, accusing the SNP of dithering over the ferries.", &[("Mary Shaw", "SNP")]),
            ("Cllr Dev Rao wrote to the minister, urging Northgate Hospital Trust to publish the report.", &[("Dev Rao", "Northgate Hospital Trust")]),
            // A complete phrase aims at the subject of the clause its "saying" opens.
            ("Council leader Cllr Mary Shaw hit back, saying the Conservatives had left a black hole.", &[("Mary Shaw", "Conservative")]),
            ("Cllr Ann Lee lashed out, claiming that Northgate Hospital Trust had misled patients.", &[("Ann Lee", "Northgate Hospital Trust")]),
            ("Cllr Mary Shaw hit back, saying she was proud of the record.", &[]),
            ("Cllr Mary Shaw hit back, saying residents deserved better.", &[]),
            // "saying" after an object, or with no comma, is not the phrase's own clause.
            ("Cllr Ann Lee urged residents to respond, saying the council would listen.", &[]),
            ("Cllr Mary Shaw hit back saying the Conservatives had left a black hole.", &[]),
            // A determiner and the head noun of a body named before stand for it.
            ("Northfield Learning Trust runs the school. Cllr Darren Cole accused the trust of burying its head in the sand.", &[("Darren Cole", "Northfield Learning Trust")]),
            ("Larchwood Care Ltd runs the home. Cllr Dev Rao called on the company to apologise.", &[("Dev Rao", "Larchwood Care Ltd")]),
            // A school is no company, though its name may be shortened.
            ("Hexley Primary School is closing. Cllr Dev Rao called on the company to apologise.", &[]),
            ("Cllr Darren Cole slammed the decision.", &[]),
            // Concerns raised about a body or a person are criticism of them.
            ("Ofsted raised concerns about Northgate Academy over safeguarding.", &[("Ofsted", "Northgate Academy")]),
            ("Care Inspectorate raises serious concerns over Eastbrook District Council", &[("Care Inspectorate", "Eastbrook District Council")]),
            ("Residents raised concerns about the plan.", &[]),
            ("Cllr Ann Lee raised the matter with Northgate Academy.", &[]),
            // A noun, not a verb.
            ("The attacks on the Labour group were condemned.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(read(text), pairs(want), "{text}");
        }
    }

    /// The criticisms `rule` reads from an article's facts, as (critic, target) labels.
    fn article_pairs(text: &str, rule: impl Fn(&Analysis<'_>, &ArticleFacts, &Lexicon) -> Vec<Criticism>) -> Vec<(String, String)> {
        let extractor = crate::extract::Extractor::new().unwrap();
        let (a, facts) = extractor.read(text);
        labels(&a, rule(&a, &facts, extractor.lexicon()))
    }

    /// The inspectorate criticisms of an article, as (critic, target) labels.
    fn inspectorate_pairs(text: &str) -> Vec<(String, String)> {
        article_pairs(text, |a, facts, lex| inspectorate_criticism(a, &facts.statements, &facts.inspections, lex).into_iter().collect())
    }

    #[test]
    fn an_inspectorate_criticises_what_it_inspected_when_its_words_are_all_negative() {
        let visit = "The Care Quality Commission inspected Meadowbank Hospital in March.";
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("The CQC said: “Patients waited too long for pain relief and staff were not always available.”", &[("Care Quality Commission", "Meadowbank Hospital")]),
            ("The watchdog found “serious failings” in the emergency department.", &[("Care Quality Commission", "Meadowbank Hospital")]),
            // Praise as well as criticism, or no words of its own: no criticism.
            ("The CQC said: “Staff were caring, but records were not kept up to date.”", &[]),
            ("The CQC said it would publish its report next month.", &[]),
            ("Hospital chief executive Dr Ruth Kemp said: “We are not complacent.”", &[]),
        ];
        for (said, want) in cases {
            let text = format!("{visit}\n\n{said}");
            assert_eq!(inspectorate_pairs(&text), pairs(want), "{said}");
        }
    }

    #[test]
    fn a_grade_decides_instead_of_the_inspectorate_s_words() {
        for grade in ["good", "inadequate"] {
            let text = format!("The Care Quality Commission rated Meadowbank Hospital {grade} in March.\n\nThe CQC said: “Patients waited too long.”");
            assert_eq!(inspectorate_pairs(&text), [], "{grade}");
        }
    }

    #[test]
    fn reported_words_accusing_the_subject_of_their_clause_criticise_it() {
        let council = "Eastbrook District Council approved the plan on Tuesday.\n\n";
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Reform UK councillor Lee Dale said the council had “ignored residents” and called for a review.", &[("Lee Dale", "Eastbrook District Council")]),
            ("Campaigner Ruth Abbot claimed that Northgate Hospital Trust was failing patients.", &[("Ruth Abbot", "Northgate Hospital Trust")]),
            ("Labour’s Sue Bell said the Conservatives were “utterly reckless” with public money.", &[("Sue Bell", "Conservative")]),
            ("Resident Joan Moss said that Cllr Amy Ng had misled the committee.", &[("Joan Moss", "Amy Ng")]),
            // A phrase of the polarity list opens the complement as a word does.
            ("Cllr Tom Reed said the council had “let down the next generation”.", &[("Tom Reed", "Eastbrook District Council")]),
            ("Cllr Tom Reed said the council had “turned its back on” the villages.", &[("Tom Reed", "Eastbrook District Council")]),
            // In the passive, with its agent after "by", the subject is wronged, not accused.
            ("Cllr Tom Reed said the council had been “let down by ministers”.", &[]),
            ("Cllr Tom Reed said the council was “failed by” the trust.", &[]),
            ("Cllr Tom Reed said the council had “failed by every measure”.", &[("Tom Reed", "Eastbrook District Council")]),
            // A role the story gave someone before stands for them.
            ("Cllr Ann Bright, the council leader, spoke first. Cllr Tom Reed said the leader had been “asleep at the wheel”.", &[("Tom Reed", "Ann Bright")]),
            // Not the speaker, whatever the speaker leads.
            ("Cllr Ann Bright, the council leader, spoke first. Cllr Tom Reed, the opposition leader, replied. Reed said the leader had been “asleep at the wheel”.", &[("Tom Reed", "Ann Bright")]),
            // A bare negation, praise, or negative words that are not about the subject: none.
            ("Cllr Tom Reed said the council had “not yet received” the letter.", &[]),
            ("Cllr Tom Reed said the council had “improved its services”.", &[]),
            ("Cllr Tom Reed said the residents he met were “angry at the failures”.", &[]),
            ("Cllr Tom Reed said the council had “let the contract” to a failed firm.", &[]),
        ];
        for (said, want) in cases {
            let got = article_pairs(&format!("{council}{said}"), |a, facts, lex| reported_accusations(a, &facts.statements, lex));
            assert_eq!(got, pairs(want), "{said}");
        }
        // Words on a report judge what it found, not the inspectorate that wrote it.
        let visit = "The Care Quality Commission inspected Meadowbank Hospital in March.\n\n";
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Cllr Tom Reed said the report was “damning”.", &[]),
            ("Cllr Tom Reed said the watchdog had been “negligent”.", &[("Tom Reed", "Care Quality Commission")]),
        ];
        for (said, want) in cases {
            let got = article_pairs(&format!("{visit}{said}"), |a, facts, lex| reported_accusations(a, &facts.statements, lex));
            assert_eq!(got, pairs(want), "{said}");
        }
    }

    #[test]
    fn a_politician_s_negative_words_naming_a_rival_party_criticise_it() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            ("Conservative group leader Cllr Tom Hart said: “The Lib Dems have no plan to fix the roads.”", &[("Tom Hart", "Liberal Democrat")]),
            ("“Labour has failed this town and never listened,” said Reform UK councillor Jo Pike.", &[("Jo Pike", "Labour")]),
            ("Lib Dem health spokesperson Ann Cole said: “This is the result of years of neglect by the Tories.”", &[("Ann Cole", "Conservative")]),
            ("Conservative councillor Tim Rowe said the Labour administration had “mismanaged” the budget.", &[("Tim Rowe", "Labour group")]),
            ("Conservative councillor Tim Rowe said the Labour motion was “sensible”.", &[]),
            ("Green councillor Ana Silva said the Labour administration had “mishandled” the consultation and “squandered” reserves.", &[("Ana Silva", "Labour group")]),
            // Words of political attack are negative as words of failure are.
            ("Labour group leader Cllr Ann Lee said: “The Conservative administration has been utterly complacent about flooding.”", &[("Ann Lee", "Conservative group")]),
            ("Green councillor Ana Silva said: “The way the Lib Dems ran the consultation was disgraceful.”", &[("Ana Silva", "Liberal Democrat")]),
            // Idioms of attack count as a whole.
            ("Conservative cabinet member Cllr Jim Cole said the Lib Dems were “playing politics with children’s education”.", &[("Jim Cole", "Liberal Democrat")]),
            ("“The Conservatives are out of touch with this county,” said Labour councillor Sue Barr.", &[("Sue Barr", "Conservative")]),
            ("Green councillor Ana Silva said Labour had “kicked the decision into the long grass”.", &[("Ana Silva", "Labour")]),
            // Not negative, the speaker's own party, or a speaker of no party: no criticism.
            ("Green councillor Ana Silva said: “We will work with the Liberal Democrats on the budget.”", &[]),
            ("Labour councillor Raj Patel said: “Labour will not raise council tax.”", &[]),
            ("Resident Joan Moss said: “The Conservatives never answered my letters.”", &[]),
            // A politician of another party, by name or by the role the story gave them.
            ("Cllr Tom Hart, the Conservative leader, set the budget.\n\nLabour councillor Raj Patel said: “Cllr Hart has failed this town.”", &[("Raj Patel", "Tom Hart")]),
            ("The Independent mayor of Eastholm, Pat Dunn, defended the budget.\n\nThe Green group said: “This is the wrong choice. The mayor should think again.”", &[("Green group", "Pat Dunn")]),
            ("The Independent mayor of Eastholm, Pat Dunn, defended the budget.\n\nThe Green group said: “The mayor has worked hard on this.”", &[]),
            ("The Reform UK leader of Ashby Council, Cllr Gil Moran, set the budget.\n\nLib Dem councillor Fay Hall said: “The council leader has broken his promise.”", &[("Fay Hall", "Gil Moran")]),
            // The role is another's than the speaker's own, nearer as it is.
            ("The Reform UK leader of Ashby Council, Cllr Gil Moran, set the budget.\n\nLib Dem opposition leader Fay Hall voted against.\n\n“The leader has broken his promise,” she said.", &[("Fay Hall", "Gil Moran")]),
            ("Council leader Cllr Ann Lee (Lab) set the budget.\n\nThe leader of the Conservative group, Cllr Tom Hart, said the budget was “a disaster”.", &[]),
            ("Pat Dunn chairs the board.\n\nThe Green group said: “This is the wrong choice. The mayor should think again.”", &[]),
            // A role the story gives only after the words names its holder then.
            ("Lib Dem group leader Cllr Fay Hall said: “Bins are piling up. The leader has failed to get a grip.”\n\nCouncil leader Cllr Gil Moran, of Reform UK, blamed the weather.", &[("Fay Hall", "Gil Moran")]),
            ("Lib Dem group leader Cllr Fay Hall said: “The leader has failed to get a grip.”\n\nCllr Hall, a former leader, spoke later.", &[]),
            ("Lib Dem group leader Cllr Fay Hall said: “The leader has failed to get a grip.”\n\nCllr Hall, a former leader, spoke later. Council leader Cllr Gil Moran (Reform UK) did not.", &[("Fay Hall", "Gil Moran")]),
        ];
        for (text, want) in cases {
            let got = article_pairs(text, |a, facts, lex| rival_party_criticisms(a, &facts.statements, &facts.memberships, lex));
            assert_eq!(got, pairs(want), "{text}");
        }
    }
}
