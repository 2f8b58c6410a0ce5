//! Inspections of one article: the one it reports ("the latest inspection", "this visit"),
//! earlier ones it recalls ("last inspected in 2014, when ... judged to require
//! improvement"), their grades, dates, kinds and the judgements on parts of a service.

use crate::lexicon::{InspectionNoun, Lexicon, WordClass};
use crate::model::{InspectionKind, Judgement, NodeKind, OrgCategory, PartialDate, Rating, Span};

use super::analysis::{Analysis, Located};
use super::dates::{date_after, date_in, date_outside, years_after};
use super::entities::{most_frequent, Entity};
use super::grades::grades_in;
use super::asides::relative_asides;
use super::grammar::{self, TIME_DEICTICS, TIME_NOUNS};
use super::tokens::Word;

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

/// The article's inspections, dated relative to `published` when known: the reported one first (when there is one), then those recalled.
pub fn inspections(a: &Analysis<'_>, lex: &Lexicon, published: Option<PartialDate>) -> Vec<InspectionEvent> {
    // Most articles grade nothing: their main body is found only when asked for.
    let home = std::cell::OnceCell::new();
    let home = || *home.get_or_init(|| main_subject(a, lex));
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
        // Asides matter only to a grade beside another, or to a marker of the past.
        let asides_matter = grades.len() > 1 || a.sentence_may_have(s, WordClass::HISTORICAL);
        let asides = if asides_matter { relative_asides(a.text, words) } else { Vec::new() };
        let historical = historical_marker(words, lex, &asides);
        // "The home, which was rated good in 2021, has been rated inadequate": beside a
        // grade in the main clause, a grade in a relative aside is an earlier one.
        let main_clause_graded = grades.iter().any(|g| !g.prospective && !asides.iter().any(|x| x.contains(g.at)));
        let relative = years_after(a, sentence.span);
        // A date right after a grade is that grade's ("rated requires improvement in 2017
        // and good in 2021"); the rest of the sentence dates the others.
        let own: Vec<Option<(PartialDate, Span)>> = grades.iter().map(|g| date_after(a, g.dated_from, sentence.span, published)).collect();
        let owned: Vec<Span> = own.iter().flatten().map(|&(_, span)| span).collect();
        let date = if owned.is_empty() { date_in(a, sentence.span, published) } else { date_outside(a, sentence.span, &owned, published) };
        let mut verdicts = 0;
        let mut earlier_verdicts = 0;
        // A prospect ("hopes to be rated outstanding") grades nothing yet.
        for (g, own) in grades.iter().zip(&own).filter(|(g, _)| !g.prospective) {
            let aside = asides.iter().find(|x| x.contains(g.at));
            let marked = historical.is_some_and(|h| h.covers(g.at.start));
            let in_aside = main_clause_graded && aside.is_some();
            // An earlier grade in an aside has only the aside's date: "in May" after the
            // aside dates the main clause.
            let date = match (own, aside) {
                (Some((d, _)), _) => *d,
                // "downgraded from good to inadequate after a visit in May": the sentence
                // dates the move, not the grade moved from.
                (None, _) if g.moved_from => PartialDate::default(),
                (None, Some(x)) if marked || in_aside => date_in(a, *x, published),
                _ => date,
            };
            let in_past = marked || in_aside || g.moved_from || relative.is_some_and(|(_, end)| g.at.start >= end && before_comma(a, end, g.at.start));
            // "... has been rated good. The school was judged inadequate in 2023.": an
            // overall grade other than the reported one's, dated by a year of its own, is
            // an earlier inspection, not the same one.
            let reported = current.as_ref().and_then(|(c, _)| c.rating);
            let earlier = g.part.is_none() && date.year.is_some() && relative.is_none() && reported.is_some_and(|r| r != g.rating);
            let in_past = in_past || earlier;
            verdicts += 1;
            earlier_verdicts += usize::from(in_past);
            let event = InspectionEvent {
                rating: g.part.is_none().then_some(g.rating),
                date: if relative.is_some() { PartialDate::default() } else { date },
                kind: InspectionKind::Full,
                historical: in_past,
                years_before_current: relative.filter(|_| in_past).map(|(n, _)| n),
                judgements: g.part.iter().chain(&g.area).map(|p| Judgement { part: p.clone(), rating: g.rating }).collect(),
                subject: g.subject.or_else(home),
                sentence: s,
            };
            if in_past {
                absorb(&mut past, event);
            } else {
                merge_into_current(&mut current, event, g.subject.is_some());
            }
        }
        // "The school, which was rated good in 2019, was inspected in May": with every
        // grade of the sentence an earlier one, the inspection it names is the reported one.
        let all_earlier = verdicts > 0 && earlier_verdicts == verdicts && historical.is_none_or(|h| h.aside_end.is_some()) && relative.is_none();
        let reports = grades.is_empty() || all_earlier;
        if let Some((kind, at)) = mentioned.filter(|_| reports) {
            let named = body_named_before(a, &words[..at]).or_else(|| body_named_after(a, &words[at + 1..], lex));
            let event = InspectionEvent {
                rating: None,
                date,
                kind,
                historical: historical.is_some_and(|h| h.aside_end.is_none() || h.covers(words[at].span.start)),
                years_before_current: None,
                judgements: Vec::new(),
                subject: named.or_else(home),
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
//
// A body spoken to ("told the Local Democracy Reporting Service", "told the Gazette") is
// a news outlet or a panel, not counted.
fn main_subject(a: &Analysis<'_>, lex: &Lexicon) -> Option<usize> {
    let graded = |e: &usize| may_be_inspected(&a.entities[*e]) && a.entities[*e].category != Some(OrgCategory::Government);
    let spoken_to = |m: &&Located| {
        let mut k = a.words.partition_point(|w| w.span.start < m.mention.span.start);
        if k > 0 && a.words[k - 1].text.eq_ignore_ascii_case("the") {
            k -= 1;
        }
        k > 0 && a.words[k - 1].may_be(WordClass::VERB) && lex.hearer_verbs.contains(&a.words[k - 1].lower())
    };
    most_frequent(a.mentions.iter().filter(|m| m.entity.is_some_and(|e| graded(&e)) && !spoken_to(m)).filter_map(|m| m.entity))
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

/// Most words from an inspection's verb or noun to the body it names after it.
const OBJECT_REACH: usize = 8;

/// The body named after an inspection's verb or noun ("Ofsted inspected one of the
/// schools, Hillside Primary, in March", "an inspection of Hillside Primary"): its first
/// organisation that may be inspected, before a preposition other than "of" (but for
/// one straight after the verb or noun: "a visit to Hillside Primary") or a conjunction.
fn body_named_after(a: &Analysis<'_>, words: &[Word<'_>], lex: &Lexicon) -> Option<usize> {
    for (k, w) in words.iter().enumerate().take(OBJECT_REACH) {
        if let Some(e) = a.mention_starting_at(w.span.start).and_then(|ix| a.mentions[ix].entity) {
            return may_be_inspected(&a.entities[e]).then_some(e);
        }
        let ends = (k > 0 && w.is_preposition(lex) && !w.text.eq_ignore_ascii_case("of")) || grammar::is(grammar::CONJUNCTIONS, w.text);
        if ends {
            return None;
        }
    }
    None
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
        // "will be inspected again in 2027", "its next inspection": one yet to come.
        let prospect = || matches!(&*prev(), "be" | "next");
        kind.filter(|_| !prospect()).map(|kind| (kind, k))
    })
}

/// A marker of the past ("last inspected", "previously") and the words it puts in the past.
#[derive(Debug, Clone, Copy)]
struct HistoricalMarker {
    at: usize,
    /// The end of the relative aside it stands in, where its reach ends ("The practice,
    /// which was previously rated good, was downgraded to ..."); None: the sentence's end.
    aside_end: Option<usize>,
}

impl HistoricalMarker {
    fn covers(&self, pos: usize) -> bool {
        self.at <= pos && self.aside_end.is_none_or(|end| pos < end)
    }
}

/// The first marker of the past in the sentence, and its reach.
fn historical_marker(words: &[Word<'_>], lex: &Lexicon, asides: &[Span]) -> Option<HistoricalMarker> {
    let at = words
        .iter()
        .enumerate()
        .find(|&(k, w)| {
            // "last year", "earlier this month" date the inspection; they do not make it an earlier one.
            let dates = || words.get(k + 1).is_some_and(|n| grammar::is(TIME_NOUNS, n.text) || grammar::is(TIME_DEICTICS, n.text));
            w.may_be(WordClass::HISTORICAL) && lex.historical_markers.contains(&w.lower()) && !dates()
        })
        .map(|(_, w)| w.span.start)?;
    let aside_end = asides.iter().find(|x| x.start <= at && at < x.end).map(|x| x.end);
    Some(HistoricalMarker { at, aside_end })
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
        // A body named before a relative aside that holds the grade.
        let aside = "Eastvale Borough Council met on Monday. Relatives of residents at Beech Lodge, which was rated good by the Care Quality Commission in 2022, packed the public gallery. Eastvale Borough Council voted.";
        assert_eq!(subject(aside).as_deref(), Some("Beech Lodge"));
        // A body in its place, before a relative aside naming its owner, who the story
        // names more often.
        let owner = "Meadow Care Ltd said it was sorry. Meadow Care Ltd will appeal.";
        for (graded, want) in [
            ("Beech Lodge in Upper Hexley was rated inadequate by the Care Quality Commission.", "Beech Lodge"),
            ("Beech Lodge in Hexley, which is run by Meadow Care Ltd, was rated inadequate.", "Beech Lodge"),
            ("Ashdown Grange on Mill Lane, which is run by Meadow Care Ltd, was rated inadequate.", "Ashdown Grange"),
            ("Meadow Care Ltd runs three homes, and Beech Lodge, which it bought in 2019, was rated inadequate.", "Beech Lodge"),
        ] {
            assert_eq!(subject(&format!("{graded} {owner}")).as_deref(), Some(want), "{graded}");
        }
        // The body given "a rating of good".
        let given = "Eastvale Borough Council met on Monday. Beech Lodge was given a rating of good by the Care Quality Commission. Eastvale Borough Council voted.";
        assert_eq!(subject(given).as_deref(), Some("Beech Lodge"));
        // The object of a verb moving a body between grades.
        let moved = "Eastvale Borough Council met on Monday. Ofsted downgraded Hexley Park Academy from good to inadequate. Eastvale Borough Council voted.";
        assert_eq!(subject(moved).as_deref(), Some("Hexley Park Academy"));
        // A prison is graded, not a department answering for it.
        assert_eq!(subject("HM Inspectorate of Prisons inspected HMP Eastwood in June. Violence had risen.").as_deref(), Some("HMP Eastwood"));
        // The object of an inspection's verb, or of its noun, across an apposition; not a
        // body named after a preposition that ends the object.
        let object = "Northgate Learning Trust runs six schools. Ofsted inspected one of the schools, Hexley Primary, in March. Northgate Learning Trust said it was sorry.";
        assert_eq!(subject(object).as_deref(), Some("Hexley Primary"));
        let visit = "Northgate Learning Trust runs six schools. A monitoring visit to Hexley Primary found progress. Northgate Learning Trust said it was sorry.";
        assert_eq!(subject(visit).as_deref(), Some("Hexley Primary"));
        for after in ["in May after Eastvale Borough Council complained", "and Eastvale Borough Council was told"] {
            let text = format!("Northgate Learning Trust runs six schools. Ofsted inspected the school {after}. Northgate Learning Trust said it was sorry.");
            assert_eq!(subject(&text).as_deref(), Some("Northgate Learning Trust"), "{text}");
        }
        // A body spoken to is a news outlet or a panel, not the article's main body.
        let told = "Cllr Amy Ng told the Hexley Gazette: “Parents are angry.” Ofsted inspected the school in May. Cllr Ng told the Hexley Gazette it must improve. Hexley Park Academy said it was sorry.";
        assert_eq!(subject(told).as_deref(), Some("Hexley Park Academy"));
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
    fn a_grade_for_a_part_names_the_part_up_to_a_conjunction_or_a_preposition() {
        let lex = Lexicon::load().unwrap();
        let text = "Inspectors rated the home inadequate for being safe and well-led, and requires improvement for the quality of education at its junior site.";
        let a = Analysis::new(text, &lex);
        let parts: Vec<(String, Rating)> = inspections(&a, &lex, None).iter().flat_map(|e| e.judgements.iter().map(|j| (j.part.clone(), j.rating))).collect();
        assert_eq!(parts, [("being safe".to_string(), Inadequate), ("quality of education".to_string(), RequiresImprovement)]);
        let text = "The watchdog rated the force good at investigating crime, but inadequate at responding to the public in the county.";
        let a = Analysis::new(text, &lex);
        let parts: Vec<(String, Rating)> = inspections(&a, &lex, None).iter().flat_map(|e| e.judgements.iter().map(|j| (j.part.clone(), j.rating))).collect();
        assert_eq!(parts, [("investigating crime".to_string(), Good), ("responding to the public".to_string(), Inadequate)]);
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
            // A place after the graded phrase is a capitalised name: "in the region" ends it.
            ("Help for children in the region was rated inadequate.", &[(Some(Inadequate), None, None, false, None, 0)]),
            ("Inspectors judged children’s services in Northvale ‘requires improvement’ in May.",
                &[(Some(RequiresImprovement), None, Some(5), false, None, 0)]),
            ("Ofsted inspected Eastmoor Council in October last year.", &[(None, None, Some(10), false, None, 0)]),
            ("Westfield School was previously rated good.", &[(Some(Good), None, None, true, None, 0)]),
            ("A care home rated inadequate has closed.", &[(Some(Inadequate), None, None, false, None, 0)]),
            ("Families at a care home rated inadequate say they were let down.", &[(Some(Inadequate), None, None, false, None, 0)]),
            ("Parents rated the menu, and good ideas followed.", &[]),
            ("Residents rated the scheme and said it was good value.", &[]),
            ("A school which was placed in special measures has been rated good.", &[(Some(Good), None, None, false, None, 0)]),
            ("A school that was placed in special measures two years ago has been rated good.", &[(Some(Good), None, None, false, None, 0)]),
            ("A school that was judged inadequate three years ago has been rated good by Ofsted.",
                &[(Some(Good), None, None, false, None, 0), (Some(Inadequate), None, None, true, None, 0)]),
            ("A care home in Dunley who were struggling with staff shortages was rated good.", &[(Some(Good), None, None, false, None, 0)]),
            ("The school's sixth form which was placed under review has been rated good.", &[(None, None, None, false, None, 1)]),
            ("The school, which was placed in special measures, says the sixth form has been rated good.", &[(None, None, None, false, None, 1)]),
            ("The council which, after a long wait, saw the adoption service rated good.", &[(None, None, None, false, None, 1)]),
            ("Eastfield School has been rated good. It was judged inadequate in 2023.",
                &[(Some(Good), None, None, false, None, 0), (Some(Inadequate), Some(2023), None, true, None, 0)]),
            ("Eastfield School has been rated good. It hopes to be rated outstanding in 2027.", &[(Some(Good), None, None, false, None, 0)]),
            ("The council could be rated inadequate.", &[]),
            ("Eastfield School has been rated good. It will be inspected again in 2027.", &[(Some(Good), None, None, false, None, 0)]),
            ("Eastfield School has been rated good. Its next inspection is due in 2027.", &[(Some(Good), None, None, false, None, 0)]),
            ("Eastfield School has been rated good. It was inspected in May.", &[(Some(Good), None, Some(5), false, None, 0)]),
            ("Eastfield School has been rated good. The school was rated good in 2023 too.", &[(Some(Good), Some(2023), None, false, None, 0)]),
            // Grades joined by "and" share their cue; a date right after a grade is its own.
            ("Eastfield School has been rated outstanding. It was rated requires improvement in 2017 and good in 2021, and was inspected in May.",
                &[(Some(Outstanding), None, Some(5), false, None, 0), (Some(RequiresImprovement), Some(2017), None, true, None, 0), (Some(Good), Some(2021), None, true, None, 0)]),
            ("Eastfield School was last rated good in 2019 and outstanding pupils won prizes.", &[(Some(Good), Some(2019), None, true, None, 0)]),
            // A grade in a relative aside beside one in the main clause is an earlier one,
            // and a marker of the past reaches no further than its aside.
            ("The surgery, which was rated good in 2021, was downgraded to inadequate.",
                &[(Some(Inadequate), None, None, false, None, 0), (Some(Good), Some(2021), None, true, None, 0)]),
            ("The surgery, which was previously rated good, was downgraded to inadequate overall.",
                &[(Some(Inadequate), None, None, false, None, 0), (Some(Good), None, None, true, None, 0)]),
            ("Eastfield Academy, which was rated outstanding in 2015, has been rated inadequate by Ofsted.",
                &[(Some(Inadequate), None, None, false, None, 0), (Some(Outstanding), Some(2015), None, true, None, 0)]),
            ("The home, which was rated good in May, said it was pleased.", &[(Some(Good), None, Some(5), false, None, 0)]),
            // The grade a body moved from is an earlier inspection's.
            ("Maternity services at Eastfield Hospital have been downgraded from good to requires improvement.",
                &[(Some(RequiresImprovement), None, None, false, None, 0), (Some(Good), None, None, true, None, 0)]),
            ("The school has gone from inadequate to outstanding in three years.",
                &[(Some(Outstanding), None, None, false, None, 0), (Some(Inadequate), None, None, true, None, 0)]),
            ("Harbour House has been rated requires improvement by the Care Quality Commission, down from good in 2021.",
                &[(Some(RequiresImprovement), None, None, false, None, 0), (Some(Good), Some(2021), None, true, None, 0)]),
            ("Ofsted rated Eastfield Academy good, up from inadequate at its last inspection.",
                &[(Some(Good), None, None, false, None, 0), (Some(Inadequate), None, None, true, None, 0)]),
            // The verb of a move may take the graded body as its object; the sentence's
            // date is the move's.
            ("The CQC downgraded the service from requires improvement to inadequate following a visit in January.",
                &[(Some(Inadequate), None, Some(1), false, None, 0), (Some(RequiresImprovement), None, None, true, None, 0)]),
            ("Ofsted upgraded Eastfield Academy from inadequate to good in 2024.",
                &[(Some(Good), Some(2024), None, false, None, 0), (Some(Inadequate), None, None, true, None, 0)]),
            ("Fares rose from £2 to £3 and the service was rated good.", &[(Some(Good), None, None, false, None, 0)]),
            ("Eastfield Hospital was downgraded from outstanding after the visit.", &[(Some(Outstanding), None, None, true, None, 0)]),
            ("The surgery was downgraded by the Care Quality Commission to inadequate.", &[(Some(Inadequate), None, None, false, None, 0)]),
            ("The home was downgraded by inspectors this month to inadequate.", &[(Some(Inadequate), None, None, false, None, 0)]),
            ("The school, which was previously rated good, was inspected in May.",
                &[(None, None, Some(5), false, None, 0), (Some(Good), None, None, true, None, 0)]),
            // Ofsted's full name of a grade is one grade, not "good" as well.
            ("Inspectors rated the service ‘requires improvement to be good’ in May 2024.",
                &[(Some(RequiresImprovement), Some(2024), Some(5), false, None, 0)]),
            // A rating noun makes a grade, and the date after the words that tell how it
            // was given is that grade's own.
            ("Inspectors rated the services as good, an improvement on the ‘inadequate’ judgement given in March 2023.",
                &[(Some(Good), None, None, false, None, 0), (Some(Inadequate), Some(2023), Some(3), true, None, 0)]),
            ("Ofsted rated the home as good, replacing the 'inadequate' rating it was given in May 2022.",
                &[(Some(Good), None, None, false, None, 0), (Some(Inadequate), Some(2022), Some(5), true, None, 0)]),
            ("Ofsted judged the council inadequate, three years after a ‘good’ grade.",
                &[(Some(Inadequate), None, None, false, None, 0), (Some(Good), None, None, true, Some(3), 0)]),
            // Some rating nouns make a grade only of a quoted rating.
            ("Staff showed good judgement in difficult circumstances, inspectors said.", &[]),
            // What is graded is found past adverbs, and a subordinator ends it.
            // A relative clause in the past that no comma sets off runs up to the main
            // clause's verb; its grade is an earlier one.
            ("A secondary school that was judged inadequate in 2021 has been rated good by Ofsted.",
                &[(Some(Good), None, None, false, None, 0), (Some(Inadequate), Some(2021), None, true, None, 0)]),
            ("A care home which had been rated outstanding in 2019 was rated requires improvement in May.",
                &[(Some(RequiresImprovement), None, Some(5), false, None, 0), (Some(Outstanding), Some(2019), None, true, None, 0)]),
            ("The home that was rated good in 2019 — and praised for its food — has been rated inadequate.",
                &[(Some(Inadequate), None, None, false, None, 0), (Some(Good), Some(2019), None, true, None, 0)]),
            ("The school that Ofsted rated good in 2019 has been rated inadequate.",
                &[(Some(Inadequate), None, None, false, None, 0), (Some(Good), Some(2019), None, true, None, 0)]),
            ("Parents chose the school that is rated outstanding over one that was rated inadequate in 2022.",
                &[(Some(Outstanding), None, None, false, None, 0), (Some(Inadequate), Some(2022), None, true, None, 0)]),
            ("The home that was rated inadequate in 2022 is to close.", &[(Some(Inadequate), Some(2022), None, false, None, 0)]),
            ("Hill School, which was rated good in 2019, has now been judged inadequate by Ofsted.",
                &[(Some(Inadequate), None, None, false, None, 0), (Some(Good), Some(2019), None, true, None, 0)]),
            ("The school was last inspected in 2021, when it was rated inadequate.", &[(Some(Inadequate), Some(2021), None, true, None, 0)]),
            // A rating noun before "of" is a cue, and what it grades stands before it.
            ("Eastfield Care Home was given a rating of good by the Care Quality Commission.", &[(Some(Good), None, None, false, None, 0)]),
            ("The Care Quality Commission gave the home an overall rating of inadequate in March 2024.",
                &[(Some(Inadequate), Some(2024), Some(3), false, None, 0)]),
            ("Its overall rating of requires improvement is unchanged.", &[(Some(RequiresImprovement), None, None, false, None, 0)]),
            // A grade "for" a part the lexicon names is that part's.
            ("The Care Quality Commission rated Beech Lodge inadequate for safety. Its overall rating of requires improvement is unchanged.",
                &[(Some(RequiresImprovement), None, None, false, None, 1)]),
            ("Ofsted rated the school requires improvement for the quality of education.", &[(None, None, None, false, None, 1)]),
            ("Beech Lodge was rated good for the third time.", &[(Some(Good), None, None, false, None, 0)]),
            // A grade sharing the cue of a part's grade grades what that one graded.
            ("Inspectors rated the home inadequate for safety and good overall.", &[(Some(Good), None, None, false, None, 1)]),
            // A force is graded "at" what it does, area by area, the first area's grade
            // standing for the whole.
            ("Inspectors graded Northvale Police as requires improvement at responding to the public and good at preventing crime.",
                &[(Some(RequiresImprovement), None, None, false, None, 2)]),
            ("Eastmoor Fire and Rescue Service was rated good at its last inspection in 2022.", &[(Some(Good), Some(2022), None, false, None, 0)]),
        ];
        for (text, want) in cases {
            assert_eq!(&events(text), want, "{text}");
        }
    }
}
