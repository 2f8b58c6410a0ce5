//! Grades in a sentence: a rating phrase, the cue that makes it a grade ("rated",
//! "judged to"), and the body or part of a service it grades.

use crate::lexicon::{Lexicon, RatingNoun, WordClass};
use crate::model::{NodeKind, OrgCategory, Rating, Span};

use super::analysis::Analysis;
use super::grammar::{self, BE_FORMS, CONJUNCTIONS, DETERMINERS, PLACE_PREPOSITIONS, RELATIVES, RELATIVE_SUBJECTS, SUBORDINATORS};
use super::tokens::Word;

/// Words between a cue and its rating that do not break the link ("rated as being").
pub(super) const RATING_FILLERS: &[&str] = &["as", "be", "being", "to", "overall", "to be", "was", "were", "have", "has"];
/// Most words between a cue and its rating.
const CUE_REACH: usize = 4;
/// Most words of a graded noun phrase; a run of words longer than this is no phrase, and
/// the bound keeps a sentence of thousands of words linear.
const PHRASE_REACH: usize = 16;
/// Most words between a cue and a rating after its object ("shows X to be R").
const OBJECT_REACH: usize = 12;

/// A grade found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grade {
    /// The rating given.
    pub rating: Rating,
    /// The words it grades, when they are a part of the service.
    pub part: Option<String>,
    /// The area of work it grades, for a service graded area by area with no grade
    /// overall ("requires improvement at responding to the public"): as reports headline
    /// such a grade, it stands for the whole service too.
    pub area: Option<String>,
    /// The rating phrase.
    pub at: Span,
    /// The body graded, when the sentence names it.
    pub subject: Option<usize>,
    /// Whether the grade is a prospect, not a verdict ("hopes to be rated good").
    pub prospective: bool,
    /// Whether it is the grade a body moved from ("downgraded from good to ..."): an
    /// earlier inspection's.
    pub moved_from: bool,
    /// Where a date of its own may follow: after the rating phrase, or after its noun and
    /// the words that tell how it was given ("the ‘inadequate’ rating it was given").
    pub dated_from: usize,
}

/// The grades of a sentence: a rating phrase after a cue ("rated as ‘good’", "judged to
/// require improvement"), before a rating noun ("a ‘Good’ rating"), or the verb phrase
/// "requires improvement" itself; and both grades of a move ("downgraded from good to
/// requires improvement", "has gone from inadequate to good").
pub fn grades_in(a: &Analysis<'_>, words: &[Word<'_>], lex: &Lexicon) -> Vec<Grade> {
    let mut out: Vec<Grade> = Vec::new();
    let overall = words.iter().any(|w| w.text.eq_ignore_ascii_case("overall"));
    // The word after the last grade, and its cue.
    let mut last: Option<(usize, usize)> = None;
    // What the last grade graded, before any part named after it ("for safety").
    let mut last_graded: (Option<String>, Option<usize>) = (None, None);
    let mut k = 0;
    while k < words.len() {
        let Some((rating, n)) = rating_at(words, k, lex) else {
            k += 1;
            continue;
        };
        let noun = rating_noun(a.text, words, k, k + n, lex);
        // "showed good judgement": a rating word as the adjective of a noun is no grade.
        if noun.is_some_and(|(_, fits)| !fits) {
            k += n;
            continue;
        }
        let next = words.get(k + n).map(|w| w.lower()).unwrap_or_default();
        let verbal = words[k].lower().starts_with("requir");
        // "from good to requires improvement" after any verb; "downgraded from good" alone.
        let moves_to = next == "to" && k + n + 1 < words.len() && rating_at(words, k + n + 1, lex).is_some();
        let moved_from = k >= 2 && words[k - 1].lower() == "from" && (moves_to || grammar::is(MOVE_CUES, words[k - 2].text));
        // The grade moved to, right after "to", shares the cue of the one moved from.
        let moved_to = last.filter(|&(end, _)| end + 1 == k && out.last().is_some_and(|g| g.moved_from));
        let cue = if moved_from { Some(move_verb(a.text, words, k - 1, lex)) } else { cue_before(words, k, lex).or_else(|| cue_before_object(a.text, words, k, lex)) };
        let cue = cue.or(moved_to.map(|(_, c)| c));
        // "given an overall rating of inadequate": the rating noun before "of" is the cue.
        let noun_before = cue.is_none() && k >= 2 && words[k - 1].lower() == "of" && lex.rating_nouns.contains_key(&words[k - 2].lower());
        let cue = cue.or(noun_before.then(|| k - 2));
        // "rated requires improvement in 2017 and good in 2021": the second grade shares
        // the first's cue and what it grades.
        let shared = last.filter(|&(end, _)| cue.is_none() && coordinated(a.text, &words[end..k], lex) && stands_alone(a.text, words, k + n, lex));
        let cue = cue.or(shared.map(|(_, cue)| cue));
        if cue.is_some() || noun.is_some() || verbal {
            let at = Span::new(words[k].span.start, words[k + n - 1].span.end);
            let (part, subject) = match (shared.is_some() || moved_to.is_some(), out.last()) {
                (true, Some(_)) => last_graded.clone(),
                _ => {
                    let noun = if noun_before { Some(NounPlace::Cue) } else { noun.map(|_| NounPlace::After) };
                    graded_part(a, words, Reach { cue, k, after: k + n, overall, noun }, lex)
                }
            };
            last_graded = (part.clone(), subject);
            let domain = domain_after(a.text, words, k + n, lex);
            // The next grade joins on after the part ("good at investigating crime and
            // inadequate at ...").
            let end = domain.as_ref().map_or(k + n, |d| d.end);
            let (part, area) = match domain {
                Some(Domain { words, area: true, .. }) => (part, Some(words)),
                Some(d) => (Some(d.words), None),
                None => (part, None),
            };
            let prospective = cue.is_some_and(|c| c > 0 && words[c - 1].lower() == "be");
            let dated_from = noun.map_or(at.end, |(j, _)| giving_end(a.text, words, j, lex));
            out.push(Grade { rating, part, area, at, subject, prospective, moved_from, dated_from });
            last = cue.map(|c| (end, c));
        }
        k += n;
    }
    out
}

/// A part of a service named after its grade.
struct Domain {
    /// Its words.
    words: String,
    /// The index of the word after it.
    end: usize,
    /// Whether it is an area of work, named by a verb in "-ing" (see [`Grade::area`]).
    area: bool,
}

/// True for a verb in "-ing" in lower case ("responding", "protecting").
fn is_gerund(w: &Word<'_>) -> bool {
    !w.is_capitalised() && w.text.len() > 5 && w.text.ends_with("ing")
}

/// Most words of a part of a service named after "for".
const DOMAIN_WORDS: usize = 4;

/// The part of a service a grade ending before word `after` is given for ("inadequate for
/// safety", "good for the quality of education"): "for", a determiner at most, then a
/// word of the lexicon's inspection domains, up to a mark, a conjunction or a preposition
/// but "of". "Rated good for the third time" names no part. A police force or fire
/// service is graded "at" what it does ("requires improvement at responding to the
/// public"): "at" and a verb in "-ing", whose own preposition stays in the part.
fn domain_after(text: &str, words: &[Word<'_>], after: usize, lex: &Lexicon) -> Option<Domain> {
    let (opens, gerund) = match &*words.get(after)?.lower() {
        "for" => {
            let opens = after + 1 + usize::from(words.get(after + 1).is_some_and(|w| grammar::is(DETERMINERS, w.text)));
            (lex.inspection_domains.contains(&words.get(opens)?.lower()).then_some(opens)?, false)
        }
        "at" => (is_gerund(words.get(after + 1)?).then_some(after + 1)?, true),
        _ => return None,
    };
    let unbroken = |j: usize| Span::new(words[j - 1].span.end, words[j].span.start).slice(text).trim().is_empty();
    if !(after + 1..=opens).all(unbroken) {
        return None;
    }
    let stops = |j: usize| {
        let lower = words[j].lower();
        let own_preposition = gerund && j == opens + 1;
        !unbroken(j) || grammar::is(CONJUNCTIONS, &lower) || (words[j].is_preposition(lex) && lower != "of" && !own_preposition)
    };
    let end = (opens + 1..words.len().min(opens + DOMAIN_WORDS)).find(|&j| stops(j)).unwrap_or(words.len().min(opens + DOMAIN_WORDS));
    Some(Domain { words: Span::new(words[opens].span.start, words[end - 1].span.end).slice(text).to_string(), end, area: gerund })
}

/// Most words of a date between two grades that share a cue ("in March 2017").
const COORDINATED_DATE_WORDS: usize = 4;

/// True when the words between two grades join the second to the first, so that both
/// share the first's cue: "and", after at most a date of the first ("rated requires
/// improvement in 2017 and good in 2021").
fn coordinated(text: &str, between: &[Word<'_>], lex: &Lexicon) -> bool {
    let Some((joint, date)) = between.split_last() else { return false };
    let dated = |w: &Word<'_>| w.is_preposition(lex) || w.text.starts_with(|c: char| c.is_ascii_digit()) || (w.is_capitalised() && grammar::month(&w.lower()).is_some());
    let span = between.first().map_or(Span::new(0, 0), |f| Span::new(f.span.start, joint.span.start));
    grammar::is(CONJUNCTIONS, joint.text)
        && date.len() <= COORDINATED_DATE_WORDS
        && date.iter().all(dated)
        && !span.slice(text).contains([';', ':', '(', ')', '—', '–'])
}

/// True when a rating phrase ending before word `after` is not an adjective of a noun
/// after it ("and outstanding pupils"): the sentence ends, a mark follows, or a
/// preposition, a conjunction or "overall".
fn stands_alone(text: &str, words: &[Word<'_>], after: usize, lex: &Lexicon) -> bool {
    let Some(next) = words.get(after) else { return true };
    let marked = !Span::new(words[after - 1].span.end, next.span.start).slice(text).trim().is_empty();
    marked || next.is_preposition(lex) || grammar::is(CONJUNCTIONS, next.text) || next.text == "overall"
}

/// The longest rating phrase starting at word `k` ("requires improvement to be good"
/// over "requires improvement"), with its length in words.
pub(super) fn rating_at(words: &[Word<'_>], k: usize, lex: &Lexicon) -> Option<(Rating, usize)> {
    if !words[k].may_be(WordClass::RATING) {
        return None;
    }
    let first = words[k].lower();
    if !lex.is_rating_word(&first) {
        return None;
    }
    let mut phrase = first.into_owned();
    let mut found = lex.rating(&phrase).map(|r| (r, 1));
    for (n, w) in words.iter().skip(k + 1).enumerate() {
        phrase.push(' ');
        phrase.push_str(&w.lower());
        if !lex.rating_prefixes.contains(&phrase) {
            break;
        }
        if let Some(r) = lex.rating(&phrase) {
            found = Some((r, n + 2));
        }
    }
    found
}

/// The rating noun right after the rating phrase of words `k..after`, past a closing
/// quote mark ("the ‘inadequate’ judgement"), and whether it fits the rating as written:
/// some nouns make a grade only of a quoted rating ([`RatingNoun::Quoted`]).
fn rating_noun(text: &str, words: &[Word<'_>], k: usize, after: usize, lex: &Lexicon) -> Option<(usize, bool)> {
    let noun = words.get(after)?;
    let gap_after = Span::new(words[after - 1].span.end, noun.span.start).slice(text);
    if !gap_after.chars().all(|c| c.is_whitespace() || QUOTE_MARKS.contains(&c)) {
        return None;
    }
    let usage = lex.rating_nouns.get(&noun.lower())?;
    let before = Span::new(k.checked_sub(1).map_or(0, |j| words[j].span.end), words[k].span.start).slice(text);
    let quoted = before.ends_with(QUOTE_MARKS) && gap_after.starts_with(QUOTE_MARKS);
    Some((after, quoted || *usage == RatingNoun::Bare))
}

/// Quote marks that may set off a rating ("a ‘Good’ rating").
const QUOTE_MARKS: &[char] = &['\'', '"', '‘', '’', '“', '”'];

/// Most words between a rating noun and the date of its grade ("the ‘good’ rating it had
/// been given in 2019").
const GIVING_WORDS: usize = 4;

/// The end of the words after the rating noun at `noun` that tell how the grade was given
/// ("it was given", "awarded"), where a date of the grade's own may follow; they stop at
/// a mark or a preposition ("in 2019").
fn giving_end(text: &str, words: &[Word<'_>], noun: usize, lex: &Lexicon) -> usize {
    let mut end = words[noun].span.end;
    for w in words.iter().skip(noun + 1).take(GIVING_WORDS) {
        let giving = Span::new(end, w.span.start).slice(text).trim().is_empty() && !w.is_preposition(lex);
        if !giving {
            break;
        }
        end = w.span.end;
    }
    end
}

/// The cue before a rating: a few filler words back ("rated", "judged to", "assessed as
/// being"), or past an object after "to be" or "as" ("shows services in Westvale to be",
/// "rated the home as"). A rating that is a goal ("in order to be good") has no cue.
fn cue_before(words: &[Word<'_>], k: usize, lex: &Lexicon) -> Option<usize> {
    let mut j = k;
    while j > 0 && k - j < CUE_REACH {
        j -= 1;
        let lower = words[j].lower();
        if lex.rating_cues.contains(&lower) {
            return Some(j);
        }
        if !grammar::is(RATING_FILLERS, &lower) {
            break;
        }
    }
    let object_follows = k >= 2 && (words[k - 1].lower() == "as" || (words[k - 2].lower() == "to" && words[k - 1].lower() == "be"));
    let goal = k >= 3 && words[k - 3].lower() == "order";
    if !object_follows || goal {
        return None;
    }
    (k.saturating_sub(OBJECT_REACH)..k.saturating_sub(2)).rev().find(|&j| lex.rating_cues.contains(&words[j].lower()))
}

/// Words before "from" that say a body moved from one grade to another ("downgraded from
/// good", "rated inadequate, down from good").
const MOVE_CUES: &[&str] = &["down", "downgraded", "up", "upgraded"];

/// The verb of a move between grades, "from" being word `from`: a move cue right before
/// it ("downgraded from good"), a cue verb before its object ("the CQC downgraded the
/// service from good to ..."), else the word before "from" ("has gone from").
fn move_verb(text: &str, words: &[Word<'_>], from: usize, lex: &Lexicon) -> usize {
    if grammar::is(MOVE_CUES, words[from - 1].text) {
        return from - 1;
    }
    cue_before_object(text, words, from, lex).unwrap_or(from - 1)
}

/// Cue verbs that take the graded body as a bare object ("rated the council inadequate").
const OBJECT_CUES: &[&str] = &["assessed", "considered", "deemed", "downgraded", "found", "graded", "judged", "rated", "upgraded"];
/// Most words of such an object.
const BARE_OBJECT_WORDS: usize = 6;

/// The cue of "rated the council inadequate", "judged children’s services in Westvale
/// ‘inadequate’": a cue verb, an object of a few words, then the rating, with no clause
/// break, verb or conjunction between.
fn cue_before_object(text: &str, words: &[Word<'_>], k: usize, lex: &Lexicon) -> Option<usize> {
    let mut j = k;
    while j > 0 && k - j <= BARE_OBJECT_WORDS {
        let gap = Span::new(words[j - 1].span.end, words[j].span.start).slice(text);
        if gap.contains([',', ';', ':', '.', '(', ')', '—', '–']) {
            return None;
        }
        j -= 1;
        let w = &words[j];
        if grammar::is(OBJECT_CUES, w.text) {
            return (j + 1 < k).then_some(j);
        }
        if grammar::is(BE_FORMS, w.text) || grammar::is(CONJUNCTIONS, w.text) || w.verb(lex).is_some() || lex.rating_cues.contains(&w.lower()) {
            return None;
        }
    }
    None
}

/// What a grade applies to. The whole service ("children’s services in Northshire", "the
/// council", "it", anything graded "overall") gives the inspection its grade; a named part
/// ("the adoption service", "the experiences of care leavers") is a judgement on that part.
fn graded_part(a: &Analysis<'_>, words: &[Word<'_>], reach: Reach, lex: &Lexicon) -> (Option<String>, Option<usize>) {
    let Reach { cue, k, after, overall, noun } = reach;
    let unbroken = |w: &Word<'_>| !Span::new(words[after - 1].span.end, w.span.start).slice(a.text).contains(CLAUSE_BREAKS);
    // After "a rating of" what is graded stands before the noun.
    let noun_cue = noun == Some(NounPlace::Cue);
    if !noun_cue && words.get(after).is_some_and(|w| grammar::is(BE_FORMS, w.text) && unbroken(w)) {
        // "Described as inadequate were the help given to families ...": the part follows.
        let (first, last) = (words.get(after + 1), words.last());
        let part = first.zip(last).map(|(f, l)| Span::new(f.span.start, l.span.end).slice(a.text).to_string());
        return (part, None);
    }
    let filler = |w: &&Word<'_>| grammar::is(RATING_FILLERS, &w.lower()) || grammar::is(BE_FORMS, w.text);
    let mut between: Vec<&Word<'_>> = cue.map_or(&[][..], |c| &words[c + 1..k]).iter().filter(|w| !filler(w)).collect();
    // "downgraded by the CQC to inadequate": words after the cue that open with a
    // preposition are no object; what is graded stands before the cue.
    if between.first().is_some_and(|w| w.is_preposition(lex)) {
        between.clear();
    }
    // "downgraded the service from good": the object ends before "from".
    if between.last().is_some_and(|w| w.lower() == "from") {
        between.pop();
    }
    let head = cue.unwrap_or(k);
    let subject_words: Vec<&Word<'_>> = if !between.is_empty() {
        between
    } else {
        let own = noun_phrase_before(a, words, head, noun == Some(NounPlace::After) && cue.is_none() || noun_cue, lex);
        if own.is_empty() {
            // "..., and rated as good": the clause shares the sentence's subject, which ends
            // before a relative ("The surgery, which was rated good in 2021, was downgraded").
            let subject_word = |w: &&Word<'_>| !grammar::is(BE_FORMS, w.text) && !grammar::is(RELATIVES, w.text) && w.verb(lex).is_none();
            words.iter().take(PHRASE_REACH).take_while(subject_word).collect()
        } else {
            own
        }
    };
    let subject = subject_words.iter().find_map(|w| {
        let named = a.named_entity(a.mention_starting_at(w.span.start)?)?;
        let entity = &a.entities[named];
        (entity.kind == NodeKind::Organization && entity.category != Some(OrgCategory::Inspectorate)).then_some(named)
    });
    let proper_noun = subject_words
        .iter()
        .any(|w| w.is_capitalised() && !grammar::is(DETERMINERS, w.text) && w.text.chars().skip(1).any(char::is_lowercase));
    // "A care home rated inadequate": a body the story brings in with "a" is the one graded;
    // a part is one the reader knows of ("the sixth form").
    let introduced = subject_words.first().is_some_and(|w| matches!(w.text, "A" | "a" | "An" | "an"));
    let whole = overall
        || subject.is_some()
        || introduced
        || proper_noun
        || subject_words.iter().filter(|w| !grammar::is(DETERMINERS, w.text)).count() <= 1
        || subject_words.last().is_some_and(|w| w.base().eq_ignore_ascii_case("services"));
    if whole {
        return (None, subject);
    }
    let part: Vec<&str> = subject_words.iter().map(|w| w.text).collect();
    (Some(part.join(" ")), subject)
}

/// Where a grade stands in its sentence: its cue, its first word, the word after it,
/// whether the sentence grades something "overall" and where its rating noun stands.
#[derive(Clone, Copy)]
struct Reach {
    cue: Option<usize>,
    k: usize,
    after: usize,
    overall: bool,
    noun: Option<NounPlace>,
}

/// Where a grade's rating noun stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NounPlace {
    /// After the grade: "a ‘Good’ rating".
    After,
    /// Before it, as its cue: "a rating of good".
    Cue,
}

/// The noun phrase that ends just before word `head`, stepping back over "being", "was",
/// adverbs ("has now been") and, when `head` opens "a ‘Good’ rating", its determiner and
/// the verb of "received a ‘Good’ rating", and through "of"; it stops at a clause
/// break, a verb, a preposition or a conjunction. When it ends a relative clause, the
/// phrase before "which" or "who".
fn noun_phrase_before<'w, 't>(a: &Analysis<'t>, words: &'w [Word<'t>], head: usize, noun_follows: bool, lex: &Lexicon) -> Vec<&'w Word<'t>> {
    let mut k = head;
    while k > 0 {
        let lower = words[k - 1].lower();
        let skip = grammar::is(BE_FORMS, &lower)
            || matches!(&*lower, "being" | "has" | "have" | "had" | "received" | "given" | "awarded" | "kept" | "retained")
            || words[k - 1].is_adverb(lex)
            || (k == head && grammar::is(DETERMINERS, &lower) && noun_follows);
        if !skip {
            break;
        }
        k -= 1;
    }
    let end = k;
    let start = placed_phrase_start(a, words, end, false, lex);
    // "Beech Lodge, which was rated good": the phrase before the relative, across its comma.
    if end == start + 1 && start > 0 && grammar::is(RELATIVE_SUBJECTS, words[start].text) {
        let before = placed_phrase_start(a, words, start, true, lex);
        return words[before..start].iter().collect();
    }
    // "A school which was placed in special measures has been rated good": the phrase
    // found ends a relative clause, and the body graded is the phrase before "which"
    // (or "that", which no comma sets off).
    let relative = (start.saturating_sub(RELATIVE_REACH)..start).rev().find(|&r| grammar::is(RELATIVE_SUBJECTS, words[r].text) || words[r].text == "that");
    let unbroken = |r: usize| !Span::new(words[r].span.start, words[end.max(1) - 1].span.end).slice(a.text).contains(CLAUSE_BREAKS);
    if let Some(r) = relative.filter(|&r| unbroken(r)) {
        let before = phrase_start(a, words, r, lex);
        if before < r {
            return words[before..r].iter().collect();
        }
        // "Oakleigh Grange, which is run by Meadow Care Ltd, was rated": the relative is an
        // aside, and the body graded stands before its comma.
        if r > 1 && Span::new(words[r - 1].span.end, words[r].span.start).slice(a.text).trim() == "," {
            let before = placed_phrase_start(a, words, r, true, lex);
            return words[before..r].iter().collect();
        }
    }
    words[start..end].iter().collect()
}

/// The first word of the noun phrase that ends before word `end`, across a comma right
/// before `end` when `across_comma` ("Beech Lodge, which"), taking in a place after the
/// phrase ("Oakleigh Grange in Thornbury", "the surgery on Mill Lane"): the body graded is
/// the phrase before the place.
fn placed_phrase_start(a: &Analysis<'_>, words: &[Word<'_>], end: usize, across_comma: bool, lex: &Lexicon) -> usize {
    let start = phrase_start(a, words, end - usize::from(across_comma), lex);
    let place = start < end && words[start..end].iter().all(Word::is_capitalised);
    let joined = |k: usize| Span::new(words[k - 1].span.end, words[k].span.start).slice(a.text).trim().is_empty();
    if place && start >= 2 && grammar::is(PLACE_PREPOSITIONS, words[start - 1].text) && joined(start) && joined(start - 1) {
        return phrase_start(a, words, start - 1, lex);
    }
    start
}

/// Marks that end a noun phrase walking back from a grade.
const CLAUSE_BREAKS: [char; 5] = [',', ';', ':', '(', ')'];

/// How many words back from a phrase "which" or "who" may open the relative clause it ends.
const RELATIVE_REACH: usize = 6;

/// The first word of the noun phrase that ends before word `end`: it stops at a clause
/// break, a verb, a preposition but "of", a conjunction, a subordinator ("when it was
/// rated") or a form of "be".
fn phrase_start(a: &Analysis<'_>, words: &[Word<'_>], end: usize, lex: &Lexicon) -> usize {
    let mut k = end;
    while k > 0 && end - k < PHRASE_REACH {
        let w = &words[k - 1];
        let lower = w.lower();
        let gap = Span::new(w.span.end, words[k].span.start).slice(a.text);
        let stop = gap.contains(CLAUSE_BREAKS)
            || (w.is_preposition(lex) && lower != "of")
            || grammar::is(CONJUNCTIONS, w.text)
            || grammar::is(SUBORDINATORS, w.text)
            || grammar::is(BE_FORMS, w.text)
            || w.verb(lex).is_some();
        if stop {
            break;
        }
        k -= 1;
    }
    k
}
