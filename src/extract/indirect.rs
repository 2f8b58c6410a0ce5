//! Reported speech without quote marks: "Council leaders have said while they accept the
//! report, ...", "Cllr Ng told the meeting that ...", "... , the watchdog has said.",
//! "Cllr Ng said the council would appeal.", "The trust said in a statement it would
//! appeal.", "The plan, Ms Ng said, was to reopen in May."

use crate::lexicon::{Lexicon, VerbClass, WordClass};
use crate::model::Span;

use super::analysis::Analysis;
use super::grammar::{self, ASIDE_OPENERS, CLAUSE_OPENERS, DETERMINERS, NAMED_ASIDE_OPENERS, PREDETERMINERS, QUANTIFIERS, RELATIVES};
use super::subject::is_cue_verb;
use super::tokens::Word;

/// How many words may stand between "told" and a clause without "that" ("told the scrutiny
/// panel the plan").
const MAX_OBJECT_WORDS: usize = 5;

/// How many words may stand between "told" and "that", which marks the object's end ("told
/// a meeting of the authority's transport committee that").
const MAX_OBJECT_WORDS_BEFORE_THAT: usize = 8;

/// How many words may open a clause reported without "that" before its finite verb
/// ("said the number of families waiting was ...").
const MAX_CLAUSE_SUBJECT_WORDS: usize = 5;

/// How many words a bare noun phrase opening a reported clause may take after its first
/// ("said council staff were", "said funding per pupil had").
const MAX_BARE_NOUN_WORDS: usize = 3;

/// How many words a time or place after the object of "told" may take before "that" ("on
/// Thursday", "at the meeting in June").
const MAX_WHEN_WORDS: usize = 5;

/// How many words an aside between the verb and what it reports may take, with the word
/// that opens it ("said at a meeting of the police and crime panel that").
const MAX_ASIDE_WORDS: usize = 8;

/// Marks that end a noun phrase or set a passage apart: none may stand inside the subject
/// of a clause reported without "that", nor in an aside but its commas.
const BREAKS: [char; 7] = [',', ';', ':', '(', ')', '—', '–'];

/// A sentence of reported speech: the cue, where its speaker is named, and what was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reported {
    /// Index of the sentence.
    pub sentence: usize,
    /// The cue: a verb, or "according to".
    pub verb: Span,
    /// Where the speaker is named.
    pub speaker: SpeakerAt,
    /// The reported words.
    pub content: Span,
    /// The attribution inside them, when it stands between commas ("The plan, Ms Ng said,
    /// was ..."), which is no part of what was said.
    pub aside: Option<Span>,
}

impl Reported {
    /// The reported words as text, without an attribution inside them.
    pub fn text(&self, text: &str) -> String {
        match self.aside {
            None => self.content.slice(text).to_string(),
            Some(aside) => {
                let (head, tail) = (Span::new(self.content.start, aside.start), Span::new(aside.end, self.content.end));
                format!("{} {}", head.slice(text).trim_end(), tail.slice(text).trim_start())
            }
        }
    }
}

/// Where the speaker of reported words is named, relative to the cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeakerAt {
    /// Before the cue verb, looked for back to this offset ("Cllr Ng said ...", "...,
    /// the watchdog said.").
    Before(usize),
    /// Right after the cue ("According to the council, ...").
    After,
}

/// The sentences of reported speech outside quotations, in order.
pub fn reported_speech(a: &Analysis<'_>, lex: &Lexicon) -> Vec<Reported> {
    let mut out = Vec::new();
    for (i, s) in a.sentences.iter().enumerate() {
        if a.sentence_has_quote(i) {
            continue;
        }
        let words = a.words_in(s.span);
        let verb = a.sentence_may_have(i, WordClass::VERB).then(|| words.iter().enumerate().find_map(|(k, w)| reported_at(a, i, s.span, words, k, w, lex)));
        if let Some(r) = verb.flatten().or_else(|| according_to(a, i, s.span, words)) {
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
    if let Some(aside) = parenthetical(a.text, s, words, k, lex) {
        let speaker = SpeakerAt::Before(aside.start + 1);
        return Some(Reported { sentence, verb: w.span, speaker, content: Span::new(s.start, end), aside: Some(aside) });
    }
    let content_from = |word: &Word<'_>| {
        let start = if word.text.eq_ignore_ascii_case("that") { next_start(words, word).unwrap_or(word.span.end) } else { word.span.start };
        Span::new(start, end)
    };
    let next = words.get(k + 1);
    if let Some(n) = next.filter(|n| grammar::is(CLAUSE_OPENERS, n.text) && !is_time_adverbial(words, k + 1)) {
        return Some(Reported { sentence, verb: w.span, speaker: SpeakerAt::Before(s.start), content: content_from(n), aside: None });
    }
    if w.text.starts_with("told") || w.text.starts_with("tell") {
        let first = that_after_object(a.text, words, k).or_else(|| clause_after_object(a.text, words, k, lex))?;
        return Some(Reported { sentence, verb: w.span, speaker: SpeakerAt::Before(s.start), content: content_from(first), aside: None });
    }
    let opens_here = opens_clause_without_that(a.text, words, k, k + 1, lex) || opens_bare_clause(words, k + 1, lex);
    let first = if opens_here { words.get(k + 1) } else { clause_after_aside(a.text, words, k, lex) };
    if let Some(first) = first {
        return Some(Reported { sentence, verb: w.span, speaker: SpeakerAt::Before(s.start), content: content_from(first), aside: None });
    }
    // Inverted: "..., the watchdog has said." The verb ends the sentence.
    if next.is_none() && k > 0 {
        let before = Span::new(s.start, w.span.start).slice(a.text);
        let comma = before.rfind(',')?;
        let content = Span::new(s.start, s.start + comma).trimmed(a.text);
        return Some(Reported { sentence, verb: w.span, speaker: SpeakerAt::Before(s.start + comma + 1), content, aside: None });
    }
    None
}

/// The attribution set between commas inside reported words, from the comma before its
/// speaker to the word after the comma closing it: ", Ms Ng said, " of "The plan, Ms Ng
/// said, was to reopen in May." The words before it are the subject of the verb after it
/// (an auxiliary or a verb in the past): "Last year, Ms Ng said, the council spent £4m"
/// reports only what follows.
fn parenthetical(text: &str, s: Span, words: &[Word<'_>], k: usize, lex: &Lexicon) -> Option<Span> {
    let next = words.get(k + 1)?;
    if Span::new(words[k].span.end, next.span.start).slice(text).trim() != "," {
        return None;
    }
    if !grammar::is_finite_auxiliary(next.text) && !next.is_past_verb(lex) {
        return None;
    }
    let before = Span::new(s.start, words[k].span.start).slice(text);
    let comma = before.rfind(',')?;
    Some(Span::new(s.start + comma, next.span.start))
}

/// "According to a council spokesman, the contract starts in April." and "The contract
/// starts in April, according to the council.": what a comma sets apart from the source.
/// Inside a sentence, between commas, "according to" only qualifies the clause around it
/// ("The scheme, according to the council, will cost £4m"), which has no span of its own.
fn according_to(a: &Analysis<'_>, sentence: usize, s: Span, words: &[Word<'_>]) -> Option<Reported> {
    let k = words.windows(2).position(|w| w[0].text.eq_ignore_ascii_case("according") && w[1].text == "to")?;
    let cue = Span::new(words[k].span.start, words[k + 1].span.end);
    let (before, after) = (Span::new(s.start, cue.start), Span::new(cue.end, trim_stop(a.text, s)));
    let content = if k == 0 {
        let comma = after.slice(a.text).find(',')?;
        Span::new(after.start + comma + 1, after.end)
    } else {
        let lead = before.slice(a.text).trim_end().strip_suffix(',')?;
        let aside_ends = after.slice(a.text).find(',').map(|c| after.start + c + 1);
        if aside_ends.and_then(|c| a.word_from(c)).is_some_and(|w| grammar::is_finite_auxiliary(w.text) || (!w.is_capitalised() && !opens_phrase(w.text))) {
            return None;
        }
        Span::new(s.start, s.start + lead.len())
    }
    .trimmed(a.text);
    (!content.slice(a.text).is_empty()).then_some(Reported { sentence, verb: cue, speaker: SpeakerAt::After, content, aside: None })
}

/// The "that" opening the clause reported after the object of "told" at `k` ("told the
/// scrutiny panel that"), which a time or place may follow ("told a full council meeting
/// on Thursday that").
fn that_after_object<'w>(text: &str, words: &'w [Word<'_>], k: usize) -> Option<&'w Word<'w>> {
    let to = words.len().min(k + 2 + MAX_OBJECT_WORDS_BEFORE_THAT);
    let is_that = |j: &usize| words[*j].text == "that" && opens_that_clause(words, *j);
    if let Some(j) = (k + 2..to).find(is_that).filter(|&j| !broken_between(text, words, k, j)) {
        return Some(&words[j]);
    }
    let to = words.len().min(k + 2 + MAX_OBJECT_WORDS);
    let aside = (k + 2..to).find(|&j| opens_aside(words, j))?;
    (aside + 1..words.len().min(aside + 1 + MAX_WHEN_WORDS)).find(is_that).map(|j| &words[j])
}

/// True when a clause reported without "that" opens at `words[j]`, after the cue verb
/// `words[cue]` and any aside or object: a noun phrase opened by a determiner, a quantifier
/// or a capitalised word, then, within a few words, its finite verb: an auxiliary ("said
/// the council would appeal", "said Labour had broken its promise"), a speech verb after a
/// noun ("said the force accepted the findings", "said Reform admitted"), which is that
/// clause's, not a cue of its own, or after a clause verb a verb in the past ("said the plan
/// lacked ambition"). Without such a verb the words may be the verb's object or an aside
/// ("said in a statement", "said the words").
///
/// The noun phrase is one phrase: no mark breaks it, and a determiner, pronoun or relative
/// word inside it must follow a preposition ("the chair of the committee would"). Otherwise
/// the auxiliary belongs to a clause about the object ("praised the staff who had worked
/// hard", "described the plans the council had drawn up").
fn opens_clause_without_that(text: &str, words: &[Word<'_>], cue: usize, j: usize, lex: &Lexicon) -> bool {
    let Some(first) = words.get(j) else { return false };
    if !(opens_noun_phrase(first.text) || first.is_capitalised()) {
        return false;
    }
    let rest = &words[j + 1..words.len().min(j + 1 + MAX_CLAUSE_SUBJECT_WORDS)];
    // After a determiner the next word is the noun ("the claims were"), not a verb.
    let noun_read = usize::from(opens_noun_phrase(first.text));
    // After "said" and its kind the object is what was said, so any verb in the past may
    // be the clause's ("said the plan lacked ambition"); after others it may describe the
    // object ("rejected the claims made by Labour").
    let past = lex.clause_verbs.contains(&words[cue].lower());
    let finite = |(i, x): &(usize, &Word<'_>)| {
        grammar::is_finite_auxiliary(x.text) || (*i >= noun_read && (x.verb(lex) == Some(VerbClass::Speech) || (past && x.is_past_verb(lex))))
    };
    let Some(verb) = rest.iter().enumerate().position(|e| finite(&e)) else { return false };
    // A determiner may follow a preposition ("the chair of the committee") or a word such
    // as "all" ("all the main parties").
    let joins = |i: usize| words[j + i].is_preposition(lex) || (i == 0 && grammar::is(PREDETERMINERS, first.text));
    let one_phrase = (0..verb).all(|i| !opens_phrase(rest[i].text) || joins(i));
    let phrase = Span::new(first.span.start, rest[verb].span.start).slice(text);
    one_phrase && (!phrase.contains(BREAKS) || set_apart(phrase))
}

/// True when a noun phrase is followed by words set apart by two commas: "the operator,
/// Eastway Coaches Ltd," of "said the operator, Eastway Coaches Ltd, had been warned".
fn set_apart(phrase: &str) -> bool {
    let parts: Vec<&str> = phrase.split(',').collect();
    matches!(parts.as_slice(), [noun, _, rest] if !noun.trim().is_empty() && rest.trim().is_empty())
}

/// True when `word` is a determiner, a quantifier, a predeterminer or a number, which open
/// a noun phrase.
fn opens_noun_phrase(word: &str) -> bool {
    grammar::is(DETERMINERS, word) || grammar::is(QUANTIFIERS, word) || grammar::is(PREDETERMINERS, word) || grammar::number(word).is_some()
}

/// True when `word` opens a phrase or clause of its own: a determiner, a clause opener or
/// a relative word.
fn opens_phrase(word: &str) -> bool {
    grammar::is(DETERMINERS, word) || grammar::is(CLAUSE_OPENERS, word) || grammar::is(RELATIVES, word)
}

/// True when a clause reported without "that" opens at `words[j]`, right after the cue
/// verb, with a bare noun: a lower-case word of its own, then its finite auxiliary
/// within two words ("said residents were being asked", "said council staff had", "said
/// 40 jobs would go", "said all staff had"). A clause opener, a determiner or an adverb is
/// no bare noun ("said again it was", "said yesterday staff were"). After an aside a bare
/// clause is not read, as the aside's own nouns could not be told from the clause's ("said
/// in a statement residents were").
fn opens_bare_clause(words: &[Word<'_>], j: usize, lex: &Lexicon) -> bool {
    let bare = |w: &Word<'_>| {
        w.text.chars().all(|c| c.is_lowercase() || c.is_ascii_digit())
            && !opens_phrase(w.text)
            && !w.is_adverb(lex)
    };
    if !words.get(j).is_some_and(&bare) {
        return false;
    }
    let after = &words[j + 1..words.len().min(j + 1 + MAX_BARE_NOUN_WORDS)];
    // In lower case: "said on 4 May it" has no modal.
    let verb = after.iter().position(|x| !x.is_capitalised() && grammar::is_finite_auxiliary(x.text));
    verb.is_some_and(|v| after[..v].iter().all(bare))
}

/// True when a reported clause opens at `words[j]` after an aside or an object: "that" (not
/// a relative "that was"), a pronoun or other clause opener, or a clause without "that",
/// which only with `names` may open with a capitalised word. The word right after a
/// preposition is its object, not a clause's first ("said in a statement Labour had", "said
/// on Monday Labour had"); a capitalised word that ends the aside ("said on Monday the
/// council would") is no clause's subject either, as the determiner after it breaks the
/// phrase.
fn opens_reported_clause(text: &str, words: &[Word<'_>], cue: usize, j: usize, names: bool, lex: &Lexicon) -> bool {
    let w = &words[j];
    if j.checked_sub(1).is_some_and(|i| words[i].is_preposition(lex)) || is_time_adverbial(words, j) {
        return false;
    }
    if w.text.eq_ignore_ascii_case("that") {
        return opens_that_clause(words, j);
    }
    if grammar::is(CLAUSE_OPENERS, w.text) {
        return true;
    }
    (opens_noun_phrase(w.text) || (names && w.is_capitalised())) && opens_clause_without_that(text, words, cue, j, lex)
}

/// True when "that" at `words[j]` opens a reported clause, not a relative one ("a council
/// that had lost its way").
fn opens_that_clause(words: &[Word<'_>], j: usize) -> bool {
    !words.get(j + 1).is_some_and(|n| grammar::is_finite_auxiliary(n.text))
}

/// True when `words[j]` opens a time adverbial ("this week", "this morning"), which is an
/// aside, not the pronoun "this" opening a clause.
fn is_time_adverbial(words: &[Word<'_>], j: usize) -> bool {
    matches!((words.get(j), words.get(j + 1)), (Some(w), Some(n)) if grammar::is_time_adverbial(w.text, n.text))
}

/// True when `words[j]` opens an aside: a word of [`ASIDE_OPENERS`], one of
/// [`NAMED_ASIDE_OPENERS`] before a name or a number, or a time adverbial.
fn opens_aside(words: &[Word<'_>], j: usize) -> bool {
    let Some(w) = words.get(j) else { return false };
    let named = || words.get(j + 1).is_some_and(|n| n.is_capitalised() || n.text.starts_with(|c: char| c.is_ascii_digit()));
    grammar::is(ASIDE_OPENERS, w.text) || (grammar::is(NAMED_ASIDE_OPENERS, w.text) && named()) || is_time_adverbial(words, j)
}

/// The first word of a clause reported after an aside on where, when or how it was said,
/// right after the cue verb at `k` ("said in a statement it would appeal", "said on
/// Monday that", "said, in a letter to parents, the school would close"). The aside opens
/// as [`opens_aside`] tells; commas may set it apart, and no other mark may break it.
fn clause_after_aside<'w>(text: &str, words: &'w [Word<'_>], k: usize, lex: &Lexicon) -> Option<&'w Word<'w>> {
    if !opens_aside(words, k + 1) {
        return None;
    }
    let to = words.len().min(k + 2 + MAX_ASIDE_WORDS);
    let first = (k + 2..to).find(|&j| opens_reported_clause(text, words, k, j, true, lex))?;
    let aside = Span::new(words[k].span.end, words[first].span.start).slice(text).trim();
    let commas = aside.matches(',').count();
    let set_apart = commas == 0 || (commas == 2 && aside.starts_with(',') && aside.ends_with(','));
    let other_break = aside.contains(|c: char| c != ',' && BREAKS.contains(&c));
    (set_apart && !other_break).then_some(&words[first])
}

/// The first word of a clause reported without "that" after the object of "told" ("told the
/// BBC the council would appeal", "told councillors it was not enough"). The object takes
/// a word or more, no mark, and no name opens the clause: in "told the BBC Labour had" the
/// object's end cannot be told.
fn clause_after_object<'w>(text: &str, words: &'w [Word<'_>], k: usize, lex: &Lexicon) -> Option<&'w Word<'w>> {
    let to = words.len().min(k + 2 + MAX_OBJECT_WORDS);
    let first = (k + 2..to).find(|&j| opens_reported_clause(text, words, k, j, false, lex))?;
    (!broken_between(text, words, k, first)).then_some(&words[first])
}

/// True when a mark of [`BREAKS`] stands between words `k` and `j`: no object of the verb
/// at `k` runs across one.
fn broken_between(text: &str, words: &[Word<'_>], k: usize, j: usize) -> bool {
    Span::new(words[k].span.end, words[j].span.start).slice(text).contains(BREAKS)
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
            ("Eastvale Council said the operator, Eastway Coaches Ltd, had been warned.", Some("the operator, Eastway Coaches Ltd, had been warned")),
            ("Cllr Ng warned the operator, Eastway Coaches Ltd, had been fined twice.", Some("the operator, Eastway Coaches Ltd, had been fined twice")),
            ("Eastvale Council rejected the claim, Eastway Coaches Ltd, had been warned.", None),
            ("Cllr Ng told the scrutiny panel that cuts were coming.", Some("cuts were coming")),
            ("Cllr Ng told a meeting of the authority's transport committee that fares would rise.", Some("fares would rise")),
            // Past a mark "that" may open a clause about the object.
            ("Cllr Ng told staff, whose view was that pay was low, to rest.", None),
            // Straight before "to", "told" and the like are passive: the subject heard it.
            ("Police force told to improve how it answers 999 calls", None),
            ("Drivers warned to expect delays while they resurface the road.", None),
            ("Children are at risk, the watchdog has said.", Some("Children are at risk")),
            ("She said she felt there were positives.", Some("she felt there were positives")),
            ("The council said in a statement it would appeal.", Some("it would appeal")),
            ("The trust said in a statement that it would appeal.", Some("it would appeal")),
            ("The leader said on Monday the county council would appeal.", Some("the county council would appeal")),
            ("Cllr Ng said yesterday the plan was sound.", Some("the plan was sound")),
            ("The chief constable said at a meeting of the police panel that crime had fallen.", Some("crime had fallen")),
            ("The head teacher said, in a letter to parents, the school would close early.", Some("the school would close early")),
            ("Cllr Ng said, however, that costs had risen.", Some("costs had risen")),
            ("Cllr Ng said, however, the council would appeal.", Some("the council would appeal")),
            ("A spokeswoman said in the report published on Monday that staff were stretched.", Some("staff were stretched")),
            ("She said last week they had not been consulted.", Some("they had not been consulted")),
            ("Cllr Ng said in a statement the council, which has 48 members, would appeal.", None),
            ("Cllr Ng said at the meeting that was held in June.", None),
            ("Cllr Ng said in a statement; the council would appeal.", None),
            ("The council said in a statement, it would appeal.", None),
            ("The council said in a statement issued by its press office.", None),
            ("Cllr Ng said in a statement the council would appeal.", Some("the council would appeal")),
            ("The trust said in a statement Labour had misled residents.", Some("Labour had misled residents")),
            ("Cllr Ng said on Monday Reform had broken its promise.", Some("Reform had broken its promise")),
            ("Cllr Ng said in that meeting the plan would fail.", Some("the plan would fail")),
            ("The minister said this week the scheme would be extended.", Some("the scheme would be extended")),
            ("He said at the meeting this morning that the figures were wrong.", Some("the figures were wrong")),
            ("The council said on 4 May it would appeal.", Some("it would appeal")),
            ("Cllr Ng called on ministers to publish the report the council had commissioned.", None),
            ("Cllr Ng commented on the plans the council had published.", None),
            ("She said this was the right decision.", Some("this was the right decision")),
            ("Police said at the scene there was no threat to the public.", Some("there was no threat to the public")),
            ("The council said in 2019 it had set aside £2m for repairs.", Some("it had set aside £2m for repairs")),
            ("Cllr Ng told the BBC the council would appeal.", Some("the council would appeal")),
            ("The chief executive told councillors it was not enough.", Some("it was not enough")),
            ("Cllr Ng told the BBC on Monday the council would appeal.", Some("the council would appeal")),
            ("Cllr Ng told the BBC Labour had broken its promise.", None),
            ("Cllr Ng told the story of a council that had lost its way.", None),
            ("The mayor praised the staff who had worked through the night.", None),
            ("Cllr Ng described the plans the council had drawn up.", None),
            ("She called the decision the cabinet had taken a disgrace.", None),
            ("Cllr Ng said the chair of the committee would resign.", Some("the chair of the committee would resign")),
            ("Cllr Ng said the county council would appeal against the ruling.", Some("the county council would appeal against the ruling")),
            ("The chief executive said Labour had broken its promise to residents.", Some("Labour had broken its promise to residents")),
            ("A spokesman said the number of families waiting was falling.", Some("the number of families waiting was falling")),
            ("Inspectors warned the trust must act quickly.", Some("the trust must act quickly")),
            ("He said the words again.", None),
            ("She said the council, which has 48 members, would appeal.", None),
            ("The mayor urged the council to think again.", None),
            ("Cllr Ng said Ofsted inspectors in their report praised the staff.", Some("Ofsted inspectors in their report praised the staff")),
            ("The statement was published on Monday.", None),
            ("The council was also told it needed a clearer plan.", None),
            ("Staff were told that the ward would close.", None),
            ("She said: “We will appeal.”", None),
            ("Chief Constable Ann Lee said the force accepted the findings and had made changes.", Some("the force accepted the findings and had made changes")),
            ("The leader said Reform admitted the figures were wrong.", Some("Reform admitted the figures were wrong")),
            ("She said the claims were untrue.", Some("the claims were untrue")),
            ("He said the claims about the budget.", None),
            ("Cllr Ng said residents were being asked to pay more for less.", Some("residents were being asked to pay more for less")),
            ("Police said officers had been called to the scene.", Some("officers had been called to the scene")),
            ("The union said council staff were angry.", Some("council staff were angry")),
            ("The trust said 40 jobs would go.", Some("40 jobs would go")),
            ("She said nothing had changed.", Some("nothing had changed")),
            // A quantifier opens the noun phrase as a determiner does.
            ("A council spokeswoman said no final decision had been taken.", Some("no final decision had been taken")),
            ("Cllr Ng said all the main parties had let voters down.", Some("all the main parties had let voters down")),
            ("Cllr Ng said half the county's libraries would close.", Some("half the county's libraries would close")),
            ("Jo Hart MS said three surgeries in her region had closed their lists.", Some("three surgeries in her region had closed their lists")),
            ("Jo Hart MS said 40 beds on the ward had been closed.", Some("40 beds on the ward had been closed")),
            // Only straight after "all" may a determiner go on the phrase: here the object's
            // end cannot be told.
            ("Cllr Ng warned all the councillors the plan would fail.", None),
            ("The head teacher said every year group would be affected.", Some("every year group would be affected")),
            ("Cllr Ng said some local families had waited years.", Some("some local families had waited years")),
            ("He said no to the plans.", None),
            // After "said", "told" and the like a verb in the past ends the noun phrase.
            ("Cllr Ng, Labour's spokesperson for transport, said the plan lacked ambition.", Some("the plan lacked ambition")),
            ("The head teacher told parents the inspection found many strengths.", Some("the inspection found many strengths")),
            ("She added the council made the wrong call.", Some("the council made the wrong call")),
            ("The leader said the cabinet agreed to pay the costs.", Some("the cabinet agreed to pay the costs")),
            ("Cllr Ng said the total cost of the scheme.", None),
            ("The council rejected the claims made by the opposition.", None),
            ("The trust said the need for beds.", None),
            ("She described some of the changes planned for the site.", None),
            ("He said goodbye to colleagues who had served with him.", None),
            ("He said goodbye, it was late.", None),
            ("She said again councillors were wrong.", None),
            ("The council said yesterday staff were safe.", None),
            ("The union said all staff had been balloted.", Some("all staff had been balloted")),
            ("Welsh Labour said funding per pupil had risen.", Some("funding per pupil had risen")),
            ("He said goodbye to staff who had served with him.", None),
            ("Inspectors said warning signs had been missed.", Some("warning signs had been missed")),
            ("She said recently approved plans were wrong.", None),
            ("Cllr Ng told a full council meeting on Thursday that the budget was balanced.", Some("the budget was balanced")),
            ("The mayor told the panel at the meeting in June that fares would rise.", Some("fares would rise")),
            ("Cllr Ng told the meeting about a scheme on Monday which had failed.", None),
            // The source after "according to", the clause a comma sets apart from it.
            ("According to a council spokesman, the new contract starts in April.", Some("the new contract starts in April")),
            ("The new contract starts in April, according to the council.", Some("The new contract starts in April")),
            ("Staff were not paid for weeks, according to Cllr Ng, who chairs the panel.", Some("Staff were not paid for weeks")),
            ("The scheme, according to the council, will cost £4m.", None),
            ("The scheme cost £4m according to the council.", None),
            // An attribution between commas inside what was said, whose words before it
            // are the subject of the verb after it, is cut out of them.
            ("The plan, Ms Ng said, was to reopen the library in May.", Some("The plan was to reopen the library in May")),
            ("The council, she said, failed to act on complaints.", Some("The council failed to act on complaints")),
            ("The scheme, the council’s director of adult services said, would save £2m.", Some("The scheme would save £2m")),
            ("Last year, Cllr Ng said, the council spent £4m on agency staff.", Some("the council spent £4m on agency staff")),
        ];
        for (text, want) in cases {
            let a = Analysis::new(text, &lex);
            let got = reported_speech(&a, &lex).first().map(|r| r.text(text));
            assert_eq!(got.as_deref(), *want, "{text}");
        }
    }
}
