//! Stage 6: attribution. Gives every quotation and every piece of reported speech its
//! speaker, its kind (direct, partial, indirect) and its cue, in reading order so that
//! pronouns and continued quotes can lean on what came before.

use crate::lexicon::Lexicon;
use crate::model::{Span, StatementKind};

use super::analysis::Analysis;
use super::criticism::{criticisms_in, Criticism};
use super::indirect::{reported_speech, Reported, SpeakerAt};
use super::quotes::Quote;
use super::reference::{Discourse, SaidIn};
use super::roles::Membership;
use super::grammar::{self, BE_FORMS};
use super::subject::{coordinated_subject, is_cue_verb, reporting_subject, shared_subject, subject_after, subject_before, Subject};

/// Words before an opening mark searched for its cue verb.
const LEAD_IN_WORDS: usize = 60;

/// Words after a closing mark that may hold its attribution (",” said the council’s leader").
const TRAILING_WORDS: usize = 10;

/// A statement of the article, with its speaker as an entity index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attributed {
    /// The words, marks excluded; paragraphs joined by a blank line.
    pub text: String,
    /// Direct, partial or indirect.
    pub kind: StatementKind,
    /// From the opening to the closing mark (or the reported clause).
    pub span: Span,
    /// The cue verb, lower case.
    pub cue: Option<String>,
    /// The speaker's entity.
    pub speaker: usize,
    /// The sentence that carries the attribution.
    pub sentence: usize,
    /// Paragraph of the last quoted words, for continuations.
    last_paragraph: usize,
    /// The quote's closing mark, for split quotes.
    close: Option<Span>,
}

/// An attribution found for a quote: the subject, the cue, and the sentence carrying them.
type Found = (Subject, Option<String>, usize);

enum Event<'q> {
    Quote(&'q Quote),
    Reported(Reported),
    /// The end of a sentence, where its criticisms are read.
    SentenceEnd(usize),
}

/// What attribution found in one article.
#[derive(Debug, Default)]
pub struct Attribution {
    /// Statements with their speakers, in reading order.
    pub statements: Vec<Attributed>,
    /// Who criticised whom, in reading order.
    pub criticisms: Vec<Criticism>,
    /// Parties that descriptions of speakers gave them ("the Labour mayor said").
    pub memberships: Vec<Membership>,
}

/// Every statement of the article with a speaker, every criticism, and the parties learnt
/// from descriptions of speakers. Quotations nobody says (scare quotes, rating words) and
/// quotations with no speaker are left out.
pub fn attribute(a: &Analysis<'_>, lex: &Lexicon) -> Attribution {
    let mut events: Vec<(usize, Event<'_>)> = a.quotes.iter().map(|q| (q.open.start, Event::Quote(q))).collect();
    events.extend(reported_speech(a, lex).into_iter().map(|r| (a.sentences[r.sentence].span.start, Event::Reported(r))));
    events.extend(a.sentences.iter().enumerate().map(|(s, x)| (x.span.end, Event::SentenceEnd(s))));
    events.sort_by_key(|(pos, _)| *pos);
    let mut discourse = Discourse::default();
    let mut out: Vec<Attributed> = Vec::new();
    let mut criticisms = Vec::new();
    for (_, event) in events {
        let statement = match event {
            Event::Quote(q) => attribute_quote(a, q, &out, &mut discourse, lex),
            Event::Reported(r) => attribute_reported(a, &r, &mut discourse, lex),
            Event::SentenceEnd(s) => {
                criticisms.extend(criticisms_in(a, s, &mut discourse, lex));
                None
            }
        };
        let Some(statement) = statement else { continue };
        discourse.record(SaidIn { sentence: statement.sentence, speaker: statement.speaker });
        if let Some(prev) = out.last_mut().filter(|prev| splits(a, prev, &statement)) {
            prev.text = format!("{} {}", prev.text, statement.text);
            prev.span = prev.span.cover(statement.span);
            prev.close = statement.close;
            prev.last_paragraph = statement.last_paragraph;
            continue;
        }
        out.push(statement);
    }
    Attribution { statements: out, criticisms, memberships: discourse.into_memberships() }
}

/// True when `next` is the second half of a quote split by its attribution:
/// “..., ” she said, “...”.
fn splits(a: &Analysis<'_>, prev: &Attributed, next: &Attributed) -> bool {
    let Some(close) = prev.close else { return false };
    if prev.speaker != next.speaker || next.kind != StatementKind::Direct || next.span.start < close.end {
        return false;
    }
    let between = Span::new(close.end, next.span.start).slice(a.text);
    let words = between.split_whitespace().count();
    (1..=TRAILING_WORDS).contains(&words) && between.trim_end().ends_with(',') && !between.contains(['.', '“', '"'])
}

fn attribute_reported(a: &Analysis<'_>, r: &Reported, discourse: &mut Discourse, lex: &Lexicon) -> Option<Attributed> {
    let sentence = a.sentences[r.sentence].span;
    let subject = match r.speaker {
        SpeakerAt::Before(from) => {
            let clause = Span::new(from, sentence.end);
            subject_before(a, clause, r.verb, lex).or_else(|| coordinated_subject(a, clause, r.verb, lex))?
        }
        SpeakerAt::After => subject_after(a, sentence.start, r.verb, lex)?,
    };
    let speaker = discourse.resolve(a, &subject, r.sentence, r.verb.start)?;
    let text = r.text(a.text);
    (!text.is_empty()).then(|| Attributed {
        text,
        kind: StatementKind::Indirect,
        span: r.content,
        cue: Some(r.verb.slice(a.text).to_lowercase()),
        speaker,
        sentence: r.sentence,
        last_paragraph: a.sentences[r.sentence].paragraph,
        close: None,
    })
}

fn attribute_quote(a: &Analysis<'_>, q: &Quote, before: &[Attributed], discourse: &mut Discourse, lex: &Lexicon) -> Option<Attributed> {
    let text = q.text(a.text);
    if lex.rating(text.trim_matches(|c: char| !c.is_alphanumeric())).is_some() {
        return None;
    }
    let open_sentence = a.sentence_at(q.open.start)?;
    let sentence = a.sentences[open_sentence].span;
    let prefix = Span::new(sentence.start, q.open.start);
    let kind = quote_kind(a, q, prefix, lex);
    let found = according_to(a, sentence, q)
        .or_else(|| lead_in(a, prefix, sentence, lex))
        .or_else(|| passive_agent(a, q, prefix, lex))
        .or_else(|| trailing(a, q, lex))
        .or_else(|| colon_speaker(a, prefix, lex));
    let (speaker, cue, evidence) = match found {
        Some((subject, cue, s)) => (discourse.resolve(a, &subject, s, q.open.start)?, cue, s),
        None if kind == StatementKind::Direct => {
            let (speaker, cue) = continued(a, q, prefix, before, discourse, lex)?;
            (speaker, cue, open_sentence)
        }
        None => return None,
    };
    Some(Attributed {
        text,
        kind,
        span: q.outer(),
        cue,
        speaker,
        sentence: evidence,
        last_paragraph: q.last_paragraph(),
        close: q.close,
    })
}

/// Direct when the quote opens its sentence, follows a colon, or follows a speech verb and
/// starts with a capital; otherwise partial (a few words in the reporter's sentence).
fn quote_kind(a: &Analysis<'_>, q: &Quote, prefix: Span, lex: &Lexicon) -> StatementKind {
    let p = prefix.slice(a.text).trim_end();
    let starts_capital = q.segments.first().and_then(|s| s.inner.slice(a.text).chars().next()).is_some_and(char::is_uppercase);
    let last_word = a.words_in(prefix).last().map(|w| w.text);
    let after_verb = p.ends_with(',') || last_word.is_some_and(|w| lex.verb(w).is_some() && p.ends_with(w));
    // “We accept it,” she said, “and we will act.”: the second half of a split quote.
    let resumes = p.ends_with(',') && a.quote_before(q.open.start).is_some_and(|o| o.close.is_some_and(|c| prefix.contains(c)));
    if p.is_empty() || p.ends_with(':') || (starts_capital && after_verb) || resumes {
        StatementKind::Direct
    } else {
        StatementKind::Partial
    }
}

/// The speaker named before the quote in its sentence: the nearest cue verb outside
/// quotations and its subject.
fn lead_in(a: &Analysis<'_>, prefix: Span, sentence: Span, lex: &Lexicon) -> Option<Found> {
    let words = a.words_in(prefix);
    let k = (words.len().saturating_sub(LEAD_IN_WORDS)..words.len()).rev().find(|&k| !a.in_quote(words[k].span) && is_cue_verb(words, k, lex))?;
    let verb = words[k].span;
    let subject = subject_before(a, sentence, verb, lex)
        .or_else(|| subject_after(a, sentence.start, verb, lex).filter(|s| mention_before(a, s, prefix.end)))
        .or_else(|| coordinated_subject(a, sentence, verb, lex))
        .or_else(|| shared_subject(a, sentence, verb, lex))?;
    let subject = reporting_subject(a, sentence, &subject, lex).unwrap_or(subject);
    Some((subject, Some(words[k].lower().into_owned()), a.sentence_at(verb.start)?))
}

fn mention_before(a: &Analysis<'_>, s: &Subject, end: usize) -> bool {
    match s {
        Subject::Mention(ix) => a.mentions[*ix].mention.span.end <= end,
        Subject::Role { .. } | Subject::Focus | Subject::Headed(_) => false,
    }
}

/// "According to the inspectorate, staff were “...”": the source named in the sentence,
/// within the reach of a lead-in before the quote or a trailing attribution after it.
fn according_to(a: &Analysis<'_>, sentence: Span, q: &Quote) -> Option<Found> {
    let before = a.words_in(Span::new(sentence.start, q.open.start));
    let from = before.get(before.len().saturating_sub(LEAD_IN_WORDS)).map_or(q.open.start, |w| w.span.start);
    let end = q.close.map_or(q.open.end, |c| c.end);
    let after = a.words_in(Span::new(end, sentence.end.max(end)));
    let to = after.get(TRAILING_WORDS.min(after.len().saturating_sub(1))).map_or(end, |w| w.span.end);
    let words = a.words_in(Span::new(from, to.max(from)));
    let k = words.windows(2).position(|w| w[0].text.eq_ignore_ascii_case("according") && w[1].text == "to")?;
    let ix = a.mention_opening(words, k + 2)?;
    (!a.mentions[ix].in_quote).then(|| (Subject::Mention(ix), Some("according to".to_string()), a.mentions[ix].sentence))
}

/// "Services were found to have “...” by Ofsted": a passive cue verb before the quote and
/// its agent after it.
fn passive_agent(a: &Analysis<'_>, q: &Quote, prefix: Span, lex: &Lexicon) -> Option<Found> {
    let close = q.close?;
    let words = a.words_in(prefix);
    let k = (words.len().saturating_sub(LEAD_IN_WORDS)..words.len()).rev().find(|&k| {
        words[k].verb(lex).is_some() && (1..=2).any(|back| k >= back && grammar::is(BE_FORMS, words[k - back].text))
    })?;
    let s = a.sentence_at(close.start)?;
    let after = a.words_in(Span::new(close.end, a.sentences[s].span.end));
    let by = after.iter().take(TRAILING_WORDS).position(|w| w.text == "by")?;
    let ix = a.mention_opening(after, by + 1)?;
    Some((Subject::Mention(ix), Some(words[k].lower().into_owned()), s))
}

/// The attribution after the closing mark: ",” said Cllr Ng." or ",” she added."
fn trailing(a: &Analysis<'_>, q: &Quote, lex: &Lexicon) -> Option<Found> {
    let close = q.close?;
    let s = a.sentence_at(close.start)?;
    let rest = Span::new(close.end, a.sentences[s].span.end);
    let words = a.words_in(rest);
    let stop = a.quote_from(close.end).map_or(usize::MAX, |o| o.open.start);
    let k = (0..words.len().min(TRAILING_WORDS)).find(|&k| words[k].span.start < stop && is_cue_verb(words, k, lex))?;
    let verb = words[k].span;
    let subject = if k == 0 { subject_after(a, rest.start, verb, lex) } else { subject_before(a, rest, verb, lex) }?;
    Some((subject, Some(words[k].lower().into_owned()), s))
}

/// "Cllr Ng: “...”", "Resident Jo Hart, 74: “...”": a name right before the colon.
fn colon_speaker(a: &Analysis<'_>, prefix: Span, lex: &Lexicon) -> Option<Found> {
    let p = prefix.slice(a.text).trim_end();
    let colon = prefix.start + p.strip_suffix(':')?.len();
    let subject = subject_before(a, Span::new(prefix.start, colon), Span::new(colon, colon), lex)?;
    Some((subject, None, a.sentence_at(colon)?))
}

/// A quote paragraph with no attribution of its own continues the speaker of the quote
/// just before it, or of a lead-in paragraph ending with a colon.
fn continued(
    a: &Analysis<'_>,
    q: &Quote,
    prefix: Span,
    before: &[Attributed],
    discourse: &mut Discourse,
    lex: &Lexicon,
) -> Option<(usize, Option<String>)> {
    let p = q.first_paragraph();
    if !prefix.slice(a.text).trim().is_empty() {
        return None;
    }
    if let Some(prev) = before.last().filter(|s| s.last_paragraph + 1 >= p && s.kind != StatementKind::Indirect) {
        return Some((prev.speaker, None));
    }
    let lead = a.sentences[a.last_sentence_of(p.checked_sub(1)?)?].span;
    if !lead.slice(a.text).trim_end().ends_with(':') {
        return None;
    }
    let (subject, cue, s) = lead_in(a, lead, lead, lex).or_else(|| colon_speaker(a, lead, lex))?;
    discourse.resolve(a, &subject, s, q.open.start).map(|e| (e, cue))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use StatementKind::{Direct, Indirect, Partial};

    /// (speaker, kind, text) of every statement of `text`.
    fn statements(text: &str) -> Vec<Row> {
        let ex = Extractor::new().unwrap();
        let (a, facts) = ex.read(text);
        facts.statements.iter().map(|s| (a.entities[s.speaker].label.clone(), s.kind, s.text.clone())).collect()
    }

    type Row = (String, StatementKind, String);

    fn row(speaker: &str, kind: StatementKind, text: &str) -> Row {
        (speaker.to_string(), kind, text.to_string())
    }

    #[test]
    fn table_of_attribution_patterns() {
        let cases: Vec<(&str, &str, Vec<Row>)> = vec![
            ("X said: “…”", "Cllr Hannah Moss said: “The library will stay open.”",
                vec![row("Hannah Moss", Direct, "The library will stay open.")]),
            ("“…,” said X", "“We were not consulted,” said Cllr Raj Mehta.",
                vec![row("Raj Mehta", Direct, "We were not consulted,")]),
            ("“…,” said Party title X", "“We were not consulted,” said Reform UK councillor Raj Mehta.",
                vec![row("Raj Mehta", Direct, "We were not consulted,")]),
            ("“…,” said Body’s title X", "“Repairs come first,” said Eastvale District Council’s deputy leader Sam Ng.",
                vec![row("Sam Ng", Direct, "Repairs come first,")]),
            ("“…,” said Party’s X", "“This is a dark day for the town,” said Labour’s Sam Ortiz, who represents Castle ward.",
                vec![row("Sam Ortiz", Direct, "This is a dark day for the town,")]),
            ("“…,” said Body’s X", "“Repairs come first,” said Eastvale District Council’s Sam Ng.",
                vec![row("Sam Ng", Direct, "Repairs come first,")]),
            ("“…,” said description X", "“I’m furious,” said mum-of-two Leanne Price, whose daughter attends the school.",
                vec![row("Leanne Price", Direct, "I’m furious,")]),
            ("“…,” said two-word description X", "“I’m furious,” said local resident Leanne Price.",
                vec![row("Leanne Price", Direct, "I’m furious,")]),
            ("“…,” said the description X", "“I’m furious,” said the mother of two Leanne Price.",
                vec![row("Leanne Price", Direct, "I’m furious,")]),
            ("a clause after the verb is no description", "“I’m furious,” said a woman who met Leanne Price.",
                vec![]),
            ("a possessive name after a participle is not the speaker", "“We are keeping an open mind,” said detectives investigating Leanne Price’s death.",
                vec![]),
            ("a possessive name is not the speaker", "“We are keeping an open mind,” said officers in Cllr Leanne Price’s case.",
                vec![]),
            ("“…,” said a proxy for a body", "“We are working hard to fix this,” said a spokeswoman for Northgate Hospitals NHS Trust.",
                vec![row("Northgate Hospitals NHS Trust", Direct, "We are working hard to fix this,")]),
            ("“…,” said Party, not a person after it", "“We were not consulted,” said the Green group, which Cllr Raj Mehta leads.",
                vec![row("Green group", Direct, "We were not consulted,")]),
            ("with X participle", "Westbrook Primary School has been judged inadequate by Ofsted, with inspectors warning that behaviour was “poor”.",
                vec![row("Ofsted", Partial, "poor")]),
            ("reported speech after \"but\" shares the subject", "Police and crime commissioner Alison Marsh (Con) welcomed the report but said there was still work to do.",
                vec![row("Alison Marsh", Indirect, "there was still work to do")]),
            ("... and an adverb", "Cllr Ann Lee backed the plan and also said the fares would fall.",
                vec![row("Ann Lee", Indirect, "the fares would fall")]),
            ("a participle after a comma shares the subject", "Welsh Labour rejected the claim, saying funding per pupil had risen.",
                vec![row("Labour", Indirect, "funding per pupil had risen")]),
            ("... the name, not the party in its title", "Independent councillor Mike Dunne hit back at Reform, saying the party had voted against the budget.",
                vec![row("Mike Dunne", Indirect, "the party had voted against the budget")]),
            ("... but only after a name or body", "Residents protested outside the town hall, saying the plan was unfair.",
                vec![]),
            ("a verb with its own subject after \"and\"", "Eastvale Council approved the plan and officers said the work would start in May.",
                vec![]),
            ("participle sharing the subject", "Cllr Ann Lee spoke at the meeting, warning that the budget was “a fantasy”.",
                vec![row("Ann Lee", Partial, "a fantasy")]),
            ("a statement read", "Lowmoor Borough Council met on Monday. A statement from the council read: “No library will close.”",
                vec![row("Lowmoor Borough Council", Direct, "No library will close.")]),
            ("X posted", "Reform UK’s Lee Anders posted: “Another tax rise.”",
                vec![row("Lee Anders", Direct, "Another tax rise.")]),
            ("X with letters after the name said:", "Tom Lyle MP said: “The bypass is two years late.”",
                vec![row("Tom Lyle", Direct, "The bypass is two years late.")]),
            ("title, X with letters after the name, said", "Plaid Cymru’s health spokesperson, Aled Rhys MS, said: “Wards are full.”",
                vec![row("Aled Rhys", Direct, "Wards are full.")]),
            ("“…,” X MP OBE said", "“Wards are full,” Dame Ivy Moss MP DBE said.",
                vec![row("Ivy Moss", Direct, "Wards are full,")]),
            ("“…,” X said", "“We were not consulted,” Cllr Raj Mehta said.",
                vec![row("Raj Mehta", Direct, "We were not consulted,")]),
            ("“…,” she added", "Mrs Ada Kerr chairs the panel.\n\n“We will publish the minutes,” she added.",
                vec![row("Ada Kerr", Direct, "We will publish the minutes,")]),
            ("split by its attribution", "Cllr Ben Ahmed spoke first. “We accept the report,” he said, “but the cuts came from Westminster.”",
                vec![row("Ben Ahmed", Direct, "We accept the report, but the cuts came from Westminster.")]),
            ("parenthetical attribution", "Managers, the CQC said, were “too slow to act” on complaints.",
                vec![row("Care Quality Commission", Partial, "too slow to act")]),
            ("apposition before the verb", "Cllr Owen Pryce, the cabinet member for transport, said: “The bus lane works.”",
                vec![row("Owen Pryce", Direct, "The bus lane works.")]),
            ("a letter, the inspectorate wrote", "Estyn visited the county in May.\n\nIn a letter to the director of education, the inspectorate wrote: “Pupils make strong progress.”",
                vec![row("Estyn", Direct, "Pupils make strong progress.")]),
            ("He said:", "Cllr Tom Reid leads the Green group.\n\nHe said: “We will vote against.”",
                vec![row("Tom Reid", Direct, "We will vote against.")]),
            ("She added:", "Dr Leah Pine runs the clinic.\n\nShe added: “Waiting lists are falling.”",
                vec![row("Leah Pine", Direct, "Waiting lists are falling.")]),
            ("They also said", "Inspectors from HMICFRS visited in June. They also said that call handling was “too slow” at weekends.",
                vec![row("HMICFRS", Partial, "too slow")]),
            ("It said: for a visit", "A focused visit by Ofsted took place in March.\n\nIt said: “Leaders understand the service well.”",
                vec![row("Ofsted", Direct, "Leaders understand the service well.")]),
            ("a role description", "The leader of the opposition group, Cllr Amara Lowe, was absent. Cllr Sam Fry, the cabinet member, spoke.\n\nThe opposition leader said: “This is a sham.”",
                vec![row("Amara Lowe", Direct, "This is a sham.")]),
            ("a quote paragraph continues its speaker", "Cllr Joy Platt said: “We are proud of the staff.”\n\n“They have worked through a pandemic.”",
                vec![row("Joy Platt", Direct, "We are proud of the staff."), row("Joy Platt", Direct, "They have worked through a pandemic.")]),
            ("a quote over paragraphs", "Mr Kofi Mensah said: “First we listen.\n\n“Then we act.”",
                vec![row("Kofi Mensah", Direct, "First we listen.\n\nThen we act.")]),
            ("reported speech", "Westholm Borough Council was rated good. Council leaders have said while they accept the findings, changes are under way.",
                vec![row("Westholm Borough Council", Indirect, "while they accept the findings, changes are under way")]),
            ("a name at the end of a relative aside is not the subject", "Cllr Jo Hart, who represents Ashby North, said the road was “unsafe”.",
                vec![row("Jo Hart", Partial, "unsafe")]),
            ("... nor a person the aside names", "Mr Dan Cole, whose ward councillor is Amy Stone, said: “Nobody listened.”",
                vec![row("Dan Cole", Direct, "Nobody listened.")]),
            ("... nor a name after a preposition", "Mr Tom Hadley, 45, a father of two from nearby Fenwick Lane, said the road was “unsafe”.",
                vec![row("Tom Hadley", Partial, "unsafe")]),
            ("dashes set an aside apart", "The planning chief — Cllr Rosa Delgado, a Conservative — said the plan was “sound”.",
                vec![row("Rosa Delgado", Partial, "sound")]),
            ("... and may hold the name", "The planning chief – Cllr Rosa Delgado – said the council would appeal.",
                vec![row("Rosa Delgado", Indirect, "the council would appeal")]),
            ("a person of a body", "Jane Cole of Unison said the pay offer was “an insult”.",
                vec![row("Jane Cole", Partial, "an insult")]),
            ("... of a party", "Cllr Amy Hart of the Green Party said the plan was “reckless”.",
                vec![row("Amy Hart", Partial, "reckless")]),
            ("... from a body", "Mark Dunn from the Fire Brigades Union said: “Crews are exhausted.”",
                vec![row("Mark Dunn", Direct, "Crews are exhausted.")]),
            ("... a peer of a place", "Lord Harwood of Kestrel Vale said the bypass was “long overdue”.",
                vec![row("Harwood", Partial, "long overdue")]),
            ("... from a place in lower case", "Dr Amy Lee from the trust said wards were “full”.",
                vec![row("Amy Lee", Partial, "full")]),
            ("... with \"of\" in the body's name", "Dr Amy Lee of the Royal College of Nursing said wards were “full”.",
                vec![row("Amy Lee", Partial, "full")]),
            ("... but not a person after \"of\"", "Parents of Cllr Amy Hart said the plan was “reckless”.",
                vec![]),
            ("a verb of judging with \"as\"", "The Liberal Democrats condemned the plans as “short-sighted”.",
                vec![row("Liberal Democrat", Partial, "short-sighted")]),
            ("... dismissed as", "Cllr Amy Hart dismissed the report as “nonsense”.",
                vec![row("Amy Hart", Partial, "nonsense")]),
            ("... labelled", "Cllr Ben Ash labelled the scheme “a white elephant”.",
                vec![row("Ben Ash", Partial, "a white elephant")]),
            ("partial after claimed", "Cllr Zoe Hart, who chairs scrutiny, claimed the plan was “a fantasy”.",
                vec![row("Zoe Hart", Partial, "a fantasy")]),
            ("single-quote house style", "'We will appeal,' said Mr Dan Hill.",
                vec![row("Dan Hill", Direct, "We will appeal,")]),
            ("the watchdog", "The Regulator of Social Housing inspected Eastvale Homes. The watchdog said the landlord had “serious failings” in repairs.",
                vec![row("Regulator of Social Housing", Partial, "serious failings")]),
            ("a council spokeswoman", "Parking charges at Redcliffe District Council car parks will rise. A council spokeswoman said: “Charges have been frozen for five years.”",
                vec![row("Redcliffe District Council", Direct, "Charges have been frozen for five years.")]),
            ("a bare spokesman speaks for the body in focus", "The Probation Service said it would respond. A spokesman said: “We accept every recommendation.”",
                vec![row("Probation Service", Indirect, "it would respond"), row("Probation Service", Direct, "We accept every recommendation.")]),
            ("a bare spokesperson does not speak for a councillor's party", "Harbour View Care Home was rated inadequate.\n\nCllr Jo Penn, the Liberal Democrat health lead, said: “Residents deserve better.”\n\n“We are putting this right,” a spokesperson said.",
                vec![row("Jo Penn", Direct, "Residents deserve better."), row("Harbour View Care Home", Direct, "We are putting this right,")]),
            ("a proxy after a body's head noun", "Cllr Ann Lee criticised Harbour Learning Trust and Eastvale Borough Council.\n\n“We accept the findings,” a trust spokesperson said.",
                vec![row("Harbour Learning Trust", Direct, "We accept the findings,")]),
            ("a head noun no body of the story has", "Eastvale Borough Council runs the service.\n\n“We accept the findings,” a hospital spokesperson said.",
                vec![]),
            ("a verb of speaking to someone before \"to\" is passive", "Council urged to “think again” on library closures\n\nEastvale Borough Council plans to shut six libraries.",
                vec![]),
            ("a description by the noun that ends a body's name", "Eastvale Borough Council and Northmoor Combined Authority share the costs. A spokesman for the combined authority said: “Fares will fall.” The council said: “We agree.”",
                vec![row("Northmoor Combined Authority", Direct, "Fares will fall."), row("Eastvale Borough Council", Direct, "We agree.")]),
            ("\"the\" and the noun that ends a body's name", "The Care Quality Commission rated Canal Street Medical Practice inadequate. The practice said it had begun “urgent work”. It said it had hired two pharmacists.",
                vec![row("Canal Street Medical Practice", Partial, "urgent work"), row("Canal Street Medical Practice", Indirect, "it had hired two pharmacists")]),
            ("a proxy for \"the\" and a body's last noun", "Harbour Learning Trust runs four schools. A spokesperson for the trust said: “We will appeal.”",
                vec![row("Harbour Learning Trust", Direct, "We will appeal.")]),
            ("a pronoun after \"said\" is its subject", "The Care Quality Commission rated Canal Street Medical Practice inadequate. In a statement, the practice said it accepted the findings and had “taken urgent action”.",
                vec![row("Canal Street Medical Practice", Partial, "taken urgent action")]),
            ("a pronoun after \"said\" that does not agree with its subject", "Dr Ann Lee quit Harbour Learning Trust in May. The trust said she admitted “serious failings”.",
                vec![row("Ann Lee", Partial, "serious failings")]),
            ("\"the\" and a noun no body of the story ends with", "Eastvale Borough Council runs the clinic. The hospital said: “We will appeal.”",
                vec![]),
            ("\"the\" and the noun of a kind of body the story named a body after", "Routes run by bus operator Go Westward will end. The operator said: “Fares cover half the cost.”",
                vec![row("Go Westward", Direct, "Fares cover half the cost.")]),
            ("... or any such noun for a body named with its legal form", "Larchwood Care Ltd runs the home. The company said it had “learnt lessons”. The provider said: “We are sorry.”",
                vec![row("Larchwood Care Ltd", Partial, "learnt lessons"), row("Larchwood Care Ltd", Direct, "We are sorry.")]),
            ("... or the noun named after a body's initials", "Talks with the GMB union broke down on Friday. The union said: “Our members will strike.”",
                vec![row("GMB", Direct, "Our members will strike.")]),
            ("a body's initials before a verb of speech", "Refuse collectors will walk out. The GMB said: “Our members will strike.”",
                vec![row("GMB", Direct, "Our members will strike.")]),
            ("... but no other body's", "Harbour Learning Trust runs the school. The company said: “We are sorry.”",
                vec![]),
            ("... nor a noun of a body no company is", "Larchwood Care Ltd runs the home. The union said: “Staff are exhausted.”",
                vec![]),
            ("\"the\" and a body's last noun after a preposition", "Dr Amy Kerr runs Canal Street Medical Practice. Patients at the practice said: “We waited weeks.”",
                vec![]),
            ("a role over a body is the subject, not the body", "Cllr Ann Lee, the leader of Eastvale Borough Council, met residents. The leader of Eastvale Borough Council said: “We want homes.”",
                vec![row("Ann Lee", Direct, "We want homes.")]),
            ("a role no one holds yet is the person who opens the next paragraph", "The Lib Dem leader of Eastvale Borough Council has warned that targets will “concrete over” fields.\n\nCllr Ann Lee said: “We want homes.”",
                vec![row("Ann Lee", Partial, "concrete over"), row("Ann Lee", Direct, "We want homes.")]),
            ("... not one an apposition describes otherwise", "The council leader has warned that targets will “concrete over” fields.\n\nCllr Dev Rao, the Reform group leader, said: “We want homes.”",
                vec![row("Dev Rao", Direct, "We want homes.")]),
            ("according to", "The Care Inspectorate visited Glenmuir House. According to the inspectorate, meals were “often cold” at weekends.",
                vec![row("Care Inspectorate", Partial, "often cold")]),
            ("according to, without quote marks", "Parking charges at Redcliffe District Council car parks will rise. According to a council spokesman, the new charges start in April.",
                vec![row("Redcliffe District Council", Indirect, "the new charges start in April")]),
            ("according to, after the clause", "Cllr Ada Kerr chairs the panel. Staff were not paid for weeks, according to Cllr Kerr.",
                vec![row("Ada Kerr", Indirect, "Staff were not paid for weeks")]),
            ("a passive with its agent", "Wards at Easton General Hospital were judged to be “unsafe and understaffed” by the Care Quality Commission.",
                vec![row("Care Quality Commission", Partial, "unsafe and understaffed")]),
            ("inspectors of a joint inspection speak for the lead body", "Estyn and the Care Inspectorate Wales inspected Dyffryn Council, Estyn leading. Estyn found gaps. Inspectors said: “Plans are weak.”",
                vec![row("Estyn", Direct, "Plans are weak.")]),
            ("a name before a colon, with an age", "Shopper Ann Cole, 81: “The market is the heart of the town.”",
                vec![row("Ann Cole", Direct, "The market is the heart of the town.")]),
            ("the object of a verb does not speak", "Parents who met Cllr Ann Lee said she had been “dismissive”.",
                vec![]),
            ("... before a participle, which shares the subject", "Cllr Ann Lee thanked Ofsted, saying the report was “fair”.",
                vec![row("Ann Lee", Partial, "fair")]),
            ("... the name, not the party in its title", "Green councillor Tessa Vale attacked the Labour administration, saying it had “lost control” of the budget.",
                vec![row("Tessa Vale", Partial, "lost control")]),
            ("... and without quote marks", "Cllr Ann Lee thanked Ofsted, saying the report was fair.",
                vec![row("Ann Lee", Indirect, "the report was fair")]),
            ("a name after \"said\" opens a clause, not an object", "Dr Ann Lee quit Harbour Learning Trust in May. The trust said Dr Lee had admitted “serious failings”.",
                vec![row("Ann Lee", Partial, "serious failings")]),
            ("\"she\" is never an object", "Dr Ann Lee quit Harbour Learning Trust in May. The trust confirmed she admitted “serious failings”.",
                vec![row("Ann Lee", Partial, "serious failings")]),
            ("a comma ends a verb's phrase", "When the report was published, Cllr Ann Lee said it was “a wake-up call”.",
                vec![row("Ann Lee", Partial, "a wake-up call")]),
            ("a body named between an article and a proxy noun", "“Trains will run again on Monday,” said a Network Rail spokesman.",
                vec![row("Network Rail", Direct, "Trains will run again on Monday,")]),
            ("a verb of criticism before a preposition is a headline's passive", "Northmoor Council accused of “betraying” rural schools\n\nNorthmoor Council approved the plans on Tuesday.",
                vec![]),
            ("... and active with its target after it", "Cllr Ann Lee accused Northmoor Council of “betraying” rural schools.",
                vec![row("Ann Lee", Partial, "betraying")]),
            ("... but a verb that may stand alone is active before one", "Cllr Ann Lee warned of “chaos” on the roads.",
                vec![row("Ann Lee", Partial, "chaos")]),
            ("a form in the past after \"the\" is an adjective", "The embattled Eastvale Borough Council said it was “disappointed”.",
                vec![row("Eastvale Borough Council", Partial, "disappointed")]),
        ];
        for (pattern, text, want) in cases {
            assert_eq!(statements(text), want, "{pattern}: {text}");
        }
    }

    #[test]
    fn a_verb_after_a_subordinator_does_not_share_the_subject_before_it() {
        // The council was told; the finding is the watchdog's.
        let text = "Council told to improve after watchdog finds “serious failings”\n\nOfsted inspected Westmoor Council.";
        let found = statements(text);
        assert!(found.iter().all(|(speaker, ..)| speaker != "Westmoor Council"), "{found:?}");
        // Joined by "and", the second verb still shares the subject of the first.
        let text = "Cllr Ana Ruiz criticised the plan and said it was “a fantasy”.";
        assert_eq!(statements(text), [row("Ana Ruiz", StatementKind::Partial, "a fantasy")]);
    }

    #[test]
    fn quotes_nobody_says_are_not_statements() {
        let cases = [
            "The school kept its ‘Good’ rating after the visit.",
            "Children’s services were found to be “inadequate” overall.",
            "The phrase “value for money” appears on every page.",
            "“Nobody knows,” the sign on the door read.",
        ];
        for text in cases {
            assert_eq!(statements(text), [], "{text}");
        }
    }

    #[test]
    fn spans_and_evidence_sentences_point_into_the_text() {
        let text = "Budget agreed.\n\n“We balanced the books,” said Cllr Ivy Grant. Members applauded.";
        let ex = Extractor::new().unwrap();
        let (a, facts) = ex.read(text);
        let found = facts.statements;
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].span.slice(text), "“We balanced the books,”");
        assert_eq!(found[0].span.start, 16);
        assert_eq!(a.sentence_text(found[0].sentence), "“We balanced the books,” said Cllr Ivy Grant.");
        assert_eq!(found[0].cue.as_deref(), Some("said"));
    }
}
