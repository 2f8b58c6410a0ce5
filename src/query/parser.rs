//! The grammar of questions: a recursive-descent parser over the lexer's tokens, which
//! stops at the first word it cannot place and says what it expected there.

use std::fmt;

use super::lexer::{tokenize, Token, TokenKind};
use super::question::{InspectionPhrase, NamePhrase, Question, StatementQuery, Topic, FORMS};
use crate::model::{InspectionKind, Polarity, Rating, Span, StatementKind};

/// A question the grammar cannot read, with the place where reading stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The question as given.
    pub question: String,
    /// The word where reading stopped (empty at the end of the question).
    pub span: Span,
    /// What was wrong there.
    pub message: String,
}

/// The question on one line and carets under `span` on the next, both indented.
pub(crate) fn pointer(question: &str, span: Span) -> String {
    let before = question.get(..span.start).unwrap_or_default().chars().count();
    let width = question.get(span.start..span.end).unwrap_or_default().chars().count().max(1);
    format!("  {question}\n  {}{}", " ".repeat(before), "^".repeat(width))
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "cannot read the question: {}", self.message)?;
        writeln!(f, "{}", pointer(&self.question, self.span))?;
        write!(f, "questions have these forms:")?;
        for form in FORMS {
            write!(f, "\n  {form}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ParseError {}

const STATEMENT_NOUNS: &[&str] = &["statements", "statement", "quotes", "quote", "claims", "claim"];
const RATING_NOUNS: &[&str] = &["rating", "ratings", "grade", "grades", "judgement", "judgements", "judgment", "judgments"];
const INSPECTION_NOUNS: &[&str] = &["inspection", "inspections", "visit", "visits", "report", "reports"];
const CRITICISE: &[&str] = &["criticise", "criticize", "criticised", "criticized"];
/// Words that open a clause of a statements question, so end the name before them.
const CLAUSES: &[&str] = &["about", "by", "from", "on"];
const ARTICLES: &[&str] = &["the", "a", "an"];

/// Reads what statements are about, as `--about` gives it: a grade ("inadequate ratings"),
/// an inspection ("the 2023 inspection") or a name.
pub fn parse_topic(text: &str, ratings: &[(String, Rating)]) -> Result<Topic, ParseError> {
    let tokens = tokenize(text).map_err(|e| ParseError { question: text.to_string(), span: e.span, message: e.reason })?;
    let mut parser = Parser { question: text, tokens, pos: 0, ratings };
    let topic = parser.topic(&[])?;
    match parser.peek() {
        None => Ok(topic),
        Some(_) => Err(parser.error("expected the end")),
    }
}

/// Reads a question. `ratings` are the grade phrases the lexicon knows, lower case
/// ("requires improvement"), so that "about inadequate ratings" names a grade.
pub fn parse(question: &str, ratings: &[(String, Rating)]) -> Result<Question, ParseError> {
    let tokens = tokenize(question)
        .map_err(|e| ParseError { question: question.to_string(), span: e.span, message: e.reason })?;
    let mut parser = Parser { question, tokens, pos: 0, ratings };
    let parsed = parser.question()?;
    match parser.peek() {
        None => Ok(parsed),
        Some(_) => Err(parser.error("expected the end of the question")),
    }
}

struct Parser<'q, 'r> {
    question: &'q str,
    tokens: Vec<Token<'q>>,
    pos: usize,
    ratings: &'r [(String, Rating)],
}

impl<'q> Parser<'q, '_> {
    fn peek(&self) -> Option<&Token<'q>> {
        self.tokens.get(self.pos)
    }

    fn next_is(&self, words: &[&str]) -> bool {
        self.peek().is_some_and(|t| t.is_any(words))
    }

    /// Takes the next token when it is one of `words`.
    fn eat(&mut self, words: &[&str]) -> bool {
        let found = self.next_is(words);
        if found {
            self.pos += 1;
        }
        found
    }

    fn expect(&mut self, words: &[&str]) -> Result<(), ParseError> {
        if self.eat(words) {
            return Ok(());
        }
        let listed: Vec<String> = words.iter().map(|w| format!("`{w}`")).collect();
        Err(self.error(&format!("expected {}", listed.join(" or "))))
    }

    /// An error at the next token, or just past the end.
    fn error(&self, message: &str) -> ParseError {
        let span = match self.peek() {
            Some(t) => t.span,
            None => Span::new(self.question.len(), self.question.len()),
        };
        let message = match self.peek() {
            Some(t) => format!("{message}, found `{}`", t.text),
            None => format!("{message}, but the question ends"),
        };
        ParseError { question: self.question.to_string(), span, message }
    }

    fn question(&mut self) -> Result<Question, ParseError> {
        let Some(first) = self.peek() else { return Err(self.error("the question is empty")) };
        let first = first.text.to_lowercase();
        match first.as_str() {
            _ if STATEMENT_NOUNS.contains(&first.as_str()) => self.statements(),
            "who" => self.who(),
            "ratings" | "grades" => {
                self.pos += 1;
                self.ratings()
            }
            "roles" | "members" | "people" => {
                self.pos += 1;
                let preposition: &[&str] = if first == "people" { &["in", "at", "of"] } else { &["of"] };
                self.expect(preposition)?;
                let name = self.name(&[], "a name")?;
                Ok(match first.as_str() {
                    "roles" => Question::Roles(name),
                    "members" => Question::Members(name),
                    _ => Question::People(name),
                })
            }
            "findings" | "positive" | "negative" => self.findings(),
            _ => Err(self.error("a question starts with statements, quotes, claims, who, ratings, roles, members, people or findings")),
        }
    }

    fn statements(&mut self) -> Result<Question, ParseError> {
        let noun = self.tokens[self.pos].text.to_lowercase();
        self.pos += 1;
        let kinds = match noun.trim_end_matches('s') {
            "quote" => vec![StatementKind::Direct, StatementKind::Partial],
            "claim" => vec![StatementKind::Indirect],
            _ => Vec::new(),
        };
        let mut query = StatementQuery { kinds, ..StatementQuery::default() };
        loop {
            if query.by.is_none() && self.eat(&["by", "from"]) {
                query.by = Some(self.name(CLAUSES, "who made them")?);
            } else if query.about.is_empty() && self.eat(&["about", "on"]) {
                query.about.push(self.topic(CLAUSES)?);
            } else if self.peek().is_none() {
                return Ok(Question::Statements(query));
            } else {
                let mut wanted = Vec::new();
                if query.by.is_none() {
                    wanted.push("`by`");
                }
                if query.about.is_empty() {
                    wanted.push("`about`");
                }
                wanted.push("the end of the question");
                return Err(self.error(&format!("expected {}", wanted.join(" or "))));
            }
        }
    }

    fn who(&mut self) -> Result<Question, ParseError> {
        self.pos += 1;
        if self.eat(CRITICISE) {
            return Ok(Question::CriticsOf(self.name(&[], "whom they criticised")?));
        }
        if self.eat(&["did", "has", "have"]) {
            let critic = self.name(CRITICISE, "who criticised")?;
            self.expect(&["criticise", "criticize"])?;
            return Ok(Question::CriticisedBy(critic));
        }
        Err(self.error("expected `criticised` or `did`"))
    }

    fn ratings(&mut self) -> Result<Question, ParseError> {
        self.expect(&["of", "for"])?;
        let subject = self.name(&["by"], "the body rated")?;
        let inspector = if self.eat(&["by"]) { Some(self.name(&[], "the inspectorate")?) } else { None };
        if self.peek().is_some_and(|t| t.kind == TokenKind::Comma) {
            self.pos += 1;
        }
        if self.eat(&["in"]) {
            self.expect(&["time", "date", "chronological"])?;
            self.expect(&["order"])?;
        }
        Ok(Question::Ratings { subject, inspector })
    }

    fn findings(&mut self) -> Result<Question, ParseError> {
        let polarity_word = |p: &mut Self| match () {
            _ if p.eat(&["positive"]) => Some(Polarity::Positive),
            _ if p.eat(&["negative"]) => Some(Polarity::Negative),
            _ => None,
        };
        let before = polarity_word(self);
        self.expect(&["findings"])?;
        self.expect(&["of", "from", "in"])?;
        let start = self.pos;
        let of = self.topic(&["positive", "negative"])?;
        if let Topic::Rating(_) = of {
            self.pos = start;
            return Err(self.error("findings belong to an inspection or an organisation, not to a grade"));
        }
        let after = if before.is_none() { polarity_word(self) } else { None };
        Ok(Question::Findings { of, polarity: before.or(after) })
    }

    /// True when the tokens from here are a closing "in time order".
    fn at_order_suffix(&self) -> bool {
        let rest = &self.tokens[self.pos..];
        rest.len() == 3 && rest[0].is("in") && rest[1].is_any(&["time", "date", "chronological"]) && rest[2].is("order")
    }

    /// The tokens of a name, up to one of `stops`, a comma, a closing "in time order" or the end.
    fn name_tokens(&mut self, stops: &[&str], what: &str) -> Result<Vec<Token<'q>>, ParseError> {
        if let Some(quoted) = self.peek().filter(|t| t.kind == TokenKind::Quoted).cloned() {
            self.pos += 1;
            return Ok(vec![quoted]);
        }
        let start = self.pos;
        while let Some(t) = self.peek() {
            if t.kind != TokenKind::Word || t.is_any(stops) || self.at_order_suffix() {
                break;
            }
            self.pos += 1;
        }
        if self.pos == start {
            return Err(self.error(&format!("expected {what}")));
        }
        Ok(self.tokens[start..self.pos].to_vec())
    }

    fn name(&mut self, stops: &[&str], what: &str) -> Result<NamePhrase, ParseError> {
        Ok(phrase(&self.name_tokens(stops, what)?))
    }

    /// A grade ("inadequate ratings"), an inspection ("the 2023 inspection") or a name.
    fn topic(&mut self, stops: &[&str]) -> Result<Topic, ParseError> {
        let start = self.pos;
        let tokens = self.name_tokens(stops, "what they are about")?;
        if tokens[0].kind == TokenKind::Quoted {
            return Ok(Topic::Name(phrase(&tokens)));
        }
        let mut words: &[Token<'q>] = &tokens;
        if words.len() > 1 && words[0].is_any(ARTICLES) {
            words = &words[1..];
        }
        let graded = words.len() > 1 && words[words.len() - 1].is_any(RATING_NOUNS);
        let grade_words = if graded { &words[..words.len() - 1] } else { words };
        let grade = grade_words.iter().map(|t| t.text.to_lowercase()).collect::<Vec<_>>().join(" ");
        if let Some(&(_, rating)) = self.ratings.iter().find(|(phrase, _)| *phrase == grade) {
            return Ok(Topic::Rating(rating));
        }
        if graded {
            self.pos = start + (tokens.len() - words.len());
            return Err(self.error("expected a grade (outstanding, good, requires improvement or inadequate) before the word rating"));
        }
        match words.iter().position(|t| t.is_any(INSPECTION_NOUNS)) {
            Some(noun) => self.inspection(words, noun).map(Topic::Inspection),
            None => Ok(Topic::Name(phrase(&tokens))),
        }
    }

    /// "[inspector['s]] [year] [monitoring|focused] inspection|visit|report [of subject] [in year]".
    fn inspection(&mut self, words: &[Token<'q>], noun: usize) -> Result<InspectionPhrase, ParseError> {
        let mut found = InspectionPhrase::default();
        let mut inspector = Vec::new();
        for t in &words[..noun] {
            if let Some(year) = year_of(t) {
                found.year = Some(year);
            } else if t.is("monitoring") {
                found.kind = Some(InspectionKind::MonitoringVisit);
            } else if t.is_any(&["focused", "focussed"]) {
                found.kind = Some(InspectionKind::FocusedVisit);
            } else if t.is("full") {
                found.kind = Some(InspectionKind::Full);
            } else {
                inspector.push(t.clone());
            }
        }
        if let Some(last) = inspector.last_mut() {
            let owner = last.text.trim_end_matches("'s").trim_end_matches("’s");
            last.span = Span::new(last.span.start, last.span.start + owner.len());
            last.text = owner;
        }
        found.inspector = (!inspector.is_empty()).then(|| phrase(&inspector));
        let mut rest = &words[noun + 1..];
        if let [.., in_word, year] = rest {
            if let (true, Some(y)) = (in_word.is("in"), year_of(year)) {
                found.year = Some(y);
                rest = &rest[..rest.len() - 2];
            }
        }
        match rest {
            [] => {}
            [of, subject @ ..] if of.is("of") && !subject.is_empty() => found.subject = Some(phrase(subject)),
            [unexpected, ..] => {
                self.pos = self.tokens.iter().position(|t| t.span == unexpected.span).unwrap_or(self.pos);
                return Err(self.error("expected `of` and the body inspected, or `in` and a year, after the inspection"));
            }
        }
        Ok(found)
    }
}

fn year_of(token: &Token<'_>) -> Option<i32> {
    let year: i32 = token.text.parse().ok().filter(|_| token.text.len() == 4)?;
    (1900..=2100).contains(&year).then_some(year)
}

fn phrase(tokens: &[Token<'_>]) -> NamePhrase {
    let text = tokens.iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
    let span = match (tokens.first(), tokens.last()) {
        (Some(first), Some(last)) => first.span.cover(last.span),
        _ => Span::new(0, 0),
    };
    NamePhrase { text, span }
}

#[cfg(test)]
#[path = "parser_tests.rs"]
mod tests;
