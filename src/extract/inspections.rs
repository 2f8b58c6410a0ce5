//! Inspections of one article: the one it reports ("the latest inspection", "this visit"),
//! earlier ones it recalls ("last inspected in 2014, when ... judged to require
//! improvement"), their grades, dates, kinds and the judgements on parts of a service.

use crate::lexicon::{InspectionNoun, Lexicon, WordClass};
use crate::model::{InspectionKind, Judgement, NodeKind, OrgCategory, PartialDate, Rating, Span};

use super::analysis::Analysis;
use super::dates::{date_in, years_after};
use super::entities::{most_frequent, Entity};
use super::grammar::{self, BE_FORMS, CONJUNCTIONS, DETERMINERS, TIME_DEICTICS, TIME_NOUNS};
use super::tokens::Word;

/// Words between a cue and its rating that do not break the link ("rated as being").
const RATING_FILLERS: &[&str] = &["as", "be", "being", "to", "overall", "to be", "was", "were", "have", "has"];
/// Most words between a cue and its rating.
const CUE_REACH: usize = 4;
/// Most words of a graded noun phrase; a run of words longer than this is no phrase, and
/// the bound keeps a sentence of thousands of words linear.
const PHRASE_REACH: usize = 16;
/// Most words between a cue and a rating after its object ("shows X to be R").
const OBJECT_REACH: usize = 12;

/// One inspection as the article tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InspectionEvent {
    /// The overall grade, when given.
    pub rating: Option<Rating>,
    /// When, as far as the article says.
    pub date: PartialDate,
    /// Full inspection or visit.
    pub kind: InspectionKind,
    /// An earlier inspection the article recalls, not the one it reports.
    pub historical: bool,
    /// "Four years after [this one], the latest inspection ...": years before the reported one.
    pub years_before_current: Option<i32>,
    /// Grades of parts of the service.
    pub judgements: Vec<Judgement>,
    /// The entity of the body inspected.
    pub subject: Option<usize>,
    /// The sentence that tells of it.
    pub sentence: usize,
}

/// A grade found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Grade {
    rating: Rating,
    /// The words it grades, when they are a part of the service.
    part: Option<String>,
    at: Span,
    subject: Option<usize>,
    /// Whether the grade is a prospect, not a verdict ("hopes to be rated good").
    prospective: bool,
}

/// The article's inspections, dated relative to `published` when known: the reported one first (when there is one), then those recalled.
pub fn inspections(a: &Analysis<'_>, lex: &Lexicon, published: Option<PartialDate>) -> Vec<InspectionEvent> {
    let home = main_subject(a);
    // The reported inspection, and whether its subject was named in an event's own
    // sentence rather than taken as the article's main body by default.
    let mut current: Option<(InspectionEvent, bool)> = None;
    let mut past: Vec<InspectionEvent> = Vec::new();
    let mut visits: Vec<InspectionEvent> = Vec::new();
    for (s, sentence) in a.sentences.iter().enumerate() {
        if !a.sentence_may_have(s, WordClass::RATING | WordClass::INSPECTION) {
            continue;
        }
        let words = a.words_in(sentence.span);
        let grades = grades_in(a, words, lex);
        let mentioned = inspection_word(words, lex);
        if grades.is_empty() && mentioned.is_none() {
            continue;
        }
        let historical_from = historical_marker(words, lex);
        let relative = years_after(a, sentence.span);
        let date = date_in(a, sentence.span, published);
        // A prospect ("hopes to be rated outstanding") grades nothing yet.
        for g in grades.iter().filter(|g| !g.prospective) {
            let in_past = historical_from.is_some_and(|p| p <= g.at.start) || relative.is_some_and(|(_, end)| g.at.start >= end && before_comma(a, end, g.at.start));
            // "... has been rated good. The school was judged inadequate in 2023.": an
            // overall grade other than the reported one's, dated by a year of its own, is
            // an earlier inspection, not the same one.
            let reported = current.as_ref().and_then(|(c, _)| c.rating);
            let earlier = g.part.is_none() && date.year.is_some() && relative.is_none() && reported.is_some_and(|r| r != g.rating);
            let in_past = in_past || earlier;
            let event = InspectionEvent {
                rating: g.part.is_none().then_some(g.rating),
                date: if relative.is_some() { PartialDate::default() } else { date },
                kind: InspectionKind::Full,
                historical: in_past,
                years_before_current: relative.filter(|_| in_past).map(|(n, _)| n),
                judgements: g.part.iter().map(|p| Judgement { part: p.clone(), rating: g.rating }).collect(),
                subject: g.subject.or(home),
                sentence: s,
            };
            if in_past {
                absorb(&mut past, event);
            } else {
                merge_into_current(&mut current, event, g.subject.is_some());
            }
        }
        if let Some((kind, at)) = mentioned.filter(|_| grades.is_empty()) {
            let named = body_named_before(a, &words[..at]);
            let event = InspectionEvent {
                rating: None,
                date,
                kind,
                historical: historical_from.is_some(),
                years_before_current: None,
                judgements: Vec::new(),
                subject: named.or(home),
                sentence: s,
            };
            match (event.historical, kind) {
                (true, _) => {
                    if !event.date.is_unknown() {
                        absorb(&mut past, event);
                    }
                }
                (false, InspectionKind::Full) => merge_into_current(&mut current, event, named.is_some()),
                (false, _) => absorb(&mut visits, event),
            }
        }
    }
    current.map(|(event, _)| event).into_iter().chain(past).chain(visits).collect()
}

/// True when no clause break stands between two positions.
fn before_comma(a: &Analysis<'_>, from: usize, to: usize) -> bool {
    !Span::new(from, to).slice(a.text).contains([',', ';'])
}

/// Joins `event` to the article's reported inspection. A subject named in an event's own
/// sentence replaces one taken by default ("A school has been judged inadequate ...
/// Marston Park Academy was inspected in January").
fn merge_into_current(current: &mut Option<(InspectionEvent, bool)>, event: InspectionEvent, named: bool) {
    match current {
        None => *current = Some((event, named)),
        Some((c, current_named)) => {
            if c.rating.is_none() {
                c.rating = event.rating;
            }
            if c.date.compatible(&event.date) {
                c.date = c.date.union(&event.date);
            }
            c.judgements.extend(event.judgements);
            if c.subject.is_none() || (named && !*current_named) {
                c.subject = event.subject;
                *current_named = named;
            }
        }
    }
}

/// Adds `event` to `list`, joining an event it cannot be told apart from.
fn absorb(list: &mut Vec<InspectionEvent>, event: InspectionEvent) {
    let same = list.iter_mut().find(|e| {
        e.kind == event.kind
            && e.date.compatible(&event.date)
            && (e.rating.is_none() || event.rating.is_none() || e.rating == event.rating)
            && e.sentence == event.sentence
    });
    match same {
        Some(e) => {
            e.rating = e.rating.or(event.rating);
            e.date = e.date.union(&event.date);
            e.judgements.extend(event.judgements);
        }
        None => list.push(event),
    }
}

/// The body an article's inspections grade when no sentence names it: its most mentioned
/// organisation that is not an inspectorate, a party group or a government department.
// A department is named in such stories to answer for the service ("A Ministry of Justice
// spokesperson said"), not as the body graded; guessing it would put a wrong `rated` edge
// where no edge is right.
fn main_subject(a: &Analysis<'_>) -> Option<usize> {
    let graded = |e: &usize| may_be_inspected(&a.entities[*e]) && a.entities[*e].category != Some(OrgCategory::Government);
    most_frequent(a.mentions.iter().filter_map(|m| m.entity).filter(graded))
}

/// True for an organisation an inspection may grade: not an inspectorate or a party group.
fn may_be_inspected(entity: &Entity) -> bool {
    entity.kind == NodeKind::Organization && !matches!(entity.category, Some(OrgCategory::Inspectorate | OrgCategory::PartyGroup { .. }))
}

/// The body named before word `upto` of a sentence ("Marston Park Academy, part of the
/// Horizon Trust, was inspected"): its first organisation that is not an inspectorate or a
/// party group.
fn body_named_before(a: &Analysis<'_>, words: &[Word<'_>]) -> Option<usize> {
    words.iter().find_map(|w| {
        let e = a.mention_starting_at(w.span.start).and_then(|ix| a.mentions[ix].entity)?;
        may_be_inspected(&a.entities[e]).then_some(e)
    })
}

/// The kind of inspection the sentence speaks of, if it speaks of one, and the word that says so.
fn inspection_word(words: &[Word<'_>], lex: &Lexicon) -> Option<(InspectionKind, usize)> {
    words.iter().enumerate().filter(|(_, w)| w.may_be(WordClass::INSPECTION)).find_map(|(k, w)| {
        // Neighbours are lower-cased only around the rare word that matches.
        let next = || words.get(k + 1).map(|n| n.lower()).unwrap_or_default();
        let prev = || k.checked_sub(1).map(|j| words[j].lower()).unwrap_or_default();
        let kind = match lex.inspection_words.get(&w.lower_base())? {
            InspectionNoun::Full => (!lex.inspection_systems.contains(&next())).then_some(InspectionKind::Full),
            InspectionNoun::Visit => match &*prev() {
                "monitoring" => Some(InspectionKind::MonitoringVisit),
                "focused" => Some(InspectionKind::FocusedVisit),
                _ => None,
            },
        };
        kind.map(|kind| (kind, k))
    })
}

/// Where a marker of the past ("last inspected", "previously") stands in the sentence.
fn historical_marker(words: &[Word<'_>], lex: &Lexicon) -> Option<usize> {
    words
        .iter()
        .enumerate()
        .find(|&(k, w)| {
            // "last year", "earlier this month" date the inspection; they do not make it an earlier one.
            let dates = || words.get(k + 1).is_some_and(|n| grammar::is(TIME_NOUNS, n.text) || grammar::is(TIME_DEICTICS, n.text));
            w.may_be(WordClass::HISTORICAL) && lex.historical_markers.contains(&w.lower()) && !dates()
        })
        .map(|(_, w)| w.span.start)
}

/// The grades of a sentence: a rating phrase after a cue ("rated as ‘good’", "judged to
/// require improvement"), before "rating" ("a ‘Good’ rating"), or the verb phrase
/// "requires improvement" itself.
fn grades_in(a: &Analysis<'_>, words: &[Word<'_>], lex: &Lexicon) -> Vec<Grade> {
    let mut out: Vec<Grade> = Vec::new();
    let overall = words.iter().any(|w| w.text.eq_ignore_ascii_case("overall"));
    let mut k = 0;
    while k < words.len() {
        let Some((rating, n)) = rating_at(words, k, lex) else {
            k += 1;
            continue;
        };
        let next = words.get(k + n).map(|w| w.lower()).unwrap_or_default();
        let verbal = words[k].lower().starts_with("requir");
        let cue = cue_before(words, k, lex).or_else(|| cue_before_object(a.text, words, k, lex));
        if cue.is_some() || next == "rating" || verbal {
            let at = Span::new(words[k].span.start, words[k + n - 1].span.end);
            let (part, subject) = graded_part(a, words, Reach { cue, k, after: k + n, overall }, lex);
            let prospective = cue.is_some_and(|c| c > 0 && words[c - 1].lower() == "be");
            out.push(Grade { rating, part, at, subject, prospective });
        }
        k += n;
    }
    out
}

/// The rating phrase starting at word `k`, with its length in words.
fn rating_at(words: &[Word<'_>], k: usize, lex: &Lexicon) -> Option<(Rating, usize)> {
    if !words[k].may_be(WordClass::RATING) {
        return None;
    }
    let first = words[k].lower();
    if !lex.is_rating_word(&first) {
        return None;
    }
    let two = words.get(k + 1).map(|w| [&*first, " ", &w.lower()].concat());
    if let Some(r) = two.as_deref().and_then(|t| lex.rating(t)) {
        return Some((r, 2));
    }
    lex.rating(&first).map(|r| (r, 1))
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

/// Cue verbs that take the graded body as a bare object ("rated the council inadequate").
const OBJECT_CUES: &[&str] = &["assessed", "considered", "deemed", "found", "graded", "judged", "rated"];
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
    let Reach { cue, k, after, overall } = reach;
    if words.get(after).is_some_and(|w| grammar::is(BE_FORMS, w.text)) {
        // "Described as inadequate were the help given to families ...": the part follows.
        let (first, last) = (words.get(after + 1), words.last());
        let part = first.zip(last).map(|(f, l)| Span::new(f.span.start, l.span.end).slice(a.text).to_string());
        return (part, None);
    }
    let filler = |w: &&Word<'_>| grammar::is(RATING_FILLERS, &w.lower()) || grammar::is(BE_FORMS, w.text);
    let between: Vec<&Word<'_>> = cue.map_or(&[][..], |c| &words[c + 1..k]).iter().filter(|w| !filler(w)).collect();
    let head = cue.unwrap_or(k);
    let subject_words: Vec<&Word<'_>> = if !between.is_empty() {
        between
    } else {
        let own = noun_phrase_before(a, words, head, lex);
        if own.is_empty() {
            // "..., and rated as good": the clause shares the sentence's subject.
            words.iter().take(PHRASE_REACH).take_while(|w| !grammar::is(BE_FORMS, w.text) && w.verb(lex).is_none()).collect()
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

/// Where a grade stands in its sentence: its cue, its first word, the word after it, and
/// whether the sentence grades something "overall".
#[derive(Clone, Copy)]
struct Reach {
    cue: Option<usize>,
    k: usize,
    after: usize,
    overall: bool,
}

/// The noun phrase that ends just before word `head`, stepping back over "being", "was"
/// and the verb of "received a ‘Good’ rating", and through "of"; it stops at a clause
/// break, a verb, a preposition or a conjunction. When it ends a relative clause, the
/// phrase before "which" or "who".
fn noun_phrase_before<'w, 't>(a: &Analysis<'t>, words: &'w [Word<'t>], head: usize, lex: &Lexicon) -> Vec<&'w Word<'t>> {
    let mut k = head;
    while k > 0 {
        let lower = words[k - 1].lower();
        let skip = grammar::is(BE_FORMS, &lower)
            || matches!(&*lower, "being" | "has" | "have" | "had" | "received" | "given" | "awarded" | "kept" | "retained")
            || (k == head && grammar::is(DETERMINERS, &lower) && cue_is_rating_noun(words, head));
        if !skip {
            break;
        }
        k -= 1;
    }
    let end = k;
    let start = phrase_start(a, words, end, lex);
    // "A school which was placed in special measures has been rated good": the phrase
    // found ends a relative clause, and the body graded is the phrase before "which".
    let relative = (start.saturating_sub(RELATIVE_REACH)..start).rev().find(|&r| grammar::is(&["which", "who"], words[r].text));
    let unbroken = |r: usize| !Span::new(words[r].span.start, words[end.max(1) - 1].span.end).slice(a.text).contains(CLAUSE_BREAKS);
    if let Some(r) = relative.filter(|&r| unbroken(r)) {
        let before = phrase_start(a, words, r, lex);
        if before < r {
            return words[before..r].iter().collect();
        }
    }
    words[start..end].iter().collect()
}

/// Marks that end a noun phrase walking back from a grade.
const CLAUSE_BREAKS: [char; 5] = [',', ';', ':', '(', ')'];

/// How many words back from a phrase "which" or "who" may open the relative clause it ends.
const RELATIVE_REACH: usize = 6;

/// The first word of the noun phrase that ends before word `end`: it stops at a clause
/// break, a verb, a preposition but "of", a conjunction or a form of "be".
fn phrase_start(a: &Analysis<'_>, words: &[Word<'_>], end: usize, lex: &Lexicon) -> usize {
    let mut k = end;
    while k > 0 && end - k < PHRASE_REACH {
        let w = &words[k - 1];
        let lower = w.lower();
        let gap = Span::new(w.span.end, words[k].span.start).slice(a.text);
        let stop = gap.contains(CLAUSE_BREAKS)
            || (lex.prepositions.contains(&lower) && lower != "of")
            || grammar::is(CONJUNCTIONS, w.text)
            || grammar::is(BE_FORMS, w.text)
            || w.verb(lex).is_some();
        if stop {
            break;
        }
        k -= 1;
    }
    k
}

/// True when the rating at `k` is followed by the noun "rating" ("a ‘Good’ rating").
fn cue_is_rating_noun(words: &[Word<'_>], k: usize) -> bool {
    words[k..].iter().take(3).any(|w| w.lower() == "rating")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (rating, year, month, historical, years before the reported one, judgements).
    type Row = (Option<Rating>, Option<i32>, Option<u8>, bool, Option<i32>, usize);

    fn events(text: &str) -> Vec<Row> {
        let lex = Lexicon::load().unwrap();
        let a = Analysis::new(text, &lex);
        inspections(&a, &lex, None)
            .iter()
            .map(|e| (e.rating, e.date.year, e.date.month, e.historical, e.years_before_current, e.judgements.len()))
            .collect()
    }

    use Rating::{Good, Inadequate, Outstanding, RequiresImprovement};

    #[test]
    fn a_body_named_where_the_inspection_is_told_is_its_subject() {
        let lex = Lexicon::load().unwrap();
        let subject = |text: &str| {
            let a = Analysis::new(text, &lex);
            inspections(&a, &lex, None).first().and_then(|e| e.subject).map(|e| a.entities[e].label.clone())
        };
        let school = "A school in Hexley has been judged inadequate by Ofsted.";
        let named = "Hexley Park Academy, part of the Northgate Learning Trust, was inspected in May.";
        let trust = "The Northgate Learning Trust runs six schools. The Northgate Learning Trust said it was sorry.";
        assert_eq!(subject(&format!("{school} {named} {trust}")).as_deref(), Some("Hexley Park Academy"));
        // A subject named with the grade is kept.
        let graded = "Eastfield Primary School has been judged inadequate by Ofsted.";
        assert_eq!(subject(&format!("{graded} {named} {trust}")).as_deref(), Some("Eastfield Primary School"));
        // With no body named at either, the article's main body.
        assert_eq!(subject(&format!("{school} {trust}")).as_deref(), Some("Northgate Learning Trust"));
        // A government department answers for a service; it is not the body graded.
        let service = "The youth justice service in Eastmarch has been rated inadequate by HM Inspectorate of Probation.";
        let department = "A Ministry of Justice spokesperson said more staff would be hired. The Ministry of Justice will respond.";
        let named_later = "Eastmarch Youth Justice Service said it accepted the findings.";
        assert_eq!(subject(&format!("{service} {department}")), None);
        assert_eq!(subject(&format!("{service} {department} {named_later}")).as_deref(), Some("Eastmarch Youth Justice Service"));
    }

    #[test]
    fn table_of_grades_dates_and_history() {
        let cases: &[(&str, &[Row])] = &[
            ("Following an inspection from 3 to 14 March, Westvale Council’s services were rated inadequate overall.",
                &[(Some(Inadequate), None, Some(3), false, None, 0)]),
            ("Eastmoor Council was judged to require improvement at a formal inspection in the spring of 2022.",
                &[(Some(RequiresImprovement), Some(2022), None, false, None, 0)]),
            ("Three years after the home received an ‘Outstanding’ rating, the latest inspection shows it to be ‘inadequate’.",
                &[(Some(Inadequate), None, None, false, None, 0), (Some(Outstanding), None, None, true, Some(3), 0)]),
            ("The trust was last inspected by the CQC in 2017 and rated as ‘good’. A new inspection took place in May.",
                &[(None, None, Some(5), false, None, 0), (Some(Good), Some(2017), None, true, None, 0)]),
            ("Ridgeway Academy has been told it 'requires improvement'. The sixth form was rated good.",
                &[(Some(RequiresImprovement), None, None, false, None, 1)]),
            ("Described as inadequate were the help given to families and the planning for children.",
                &[(None, None, None, false, None, 1)]),
            ("The new inspection regime began in 2013. Staff want the service back to ‘good’.", &[]),
            ("A monitoring visit in June found progress.", &[(None, None, Some(6), false, None, 0)]),
            ("Ofsted rated the council inadequate.", &[(Some(Inadequate), None, None, false, None, 0)]),
            ("Inspectors judged children’s services in Northvale ‘requires improvement’ in May.",
                &[(Some(RequiresImprovement), None, Some(5), false, None, 0)]),
            ("Ofsted inspected Eastmoor Council in October last year.", &[(None, None, Some(10), false, None, 0)]),
            ("Westfield School was previously rated good.", &[(Some(Good), None, None, true, None, 0)]),
            ("A care home rated inadequate has closed.", &[(Some(Inadequate), None, None, false, None, 0)]),
            ("Families at a care home rated inadequate say they were let down.", &[(Some(Inadequate), None, None, false, None, 0)]),
            ("Parents rated the menu, and good ideas followed.", &[]),
            ("Residents rated the scheme and said it was good value.", &[]),
            ("A school which was placed in special measures has been rated good.", &[(Some(Good), None, None, false, None, 0)]),
            ("A care home in Dunley who were struggling with staff shortages was rated good.", &[(Some(Good), None, None, false, None, 0)]),
            ("The school's sixth form which was placed under review has been rated good.", &[(None, None, None, false, None, 1)]),
            ("The school, which was placed in special measures, says the sixth form has been rated good.", &[(None, None, None, false, None, 1)]),
            ("The council which, after a long wait, saw the adoption service rated good.", &[(None, None, None, false, None, 1)]),
            ("Eastfield School has been rated good. It was judged inadequate in 2023.",
                &[(Some(Good), None, None, false, None, 0), (Some(Inadequate), Some(2023), None, true, None, 0)]),
            ("Eastfield School has been rated good. It hopes to be rated outstanding in 2027.", &[(Some(Good), None, None, false, None, 0)]),
            ("The council could be rated inadequate.", &[]),
            ("Eastfield School has been rated good. The school was rated good in 2023 too.", &[(Some(Good), Some(2023), None, false, None, 0)]),
        ];
        for (text, want) in cases {
            assert_eq!(&events(text), want, "{text}");
        }
    }
}
