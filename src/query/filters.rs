//! The machine form of a statements question: filters given as flags, written into the
//! question so that both forms are read by the one grammar.

use super::parser::{parse, parse_topic, ParseError};
use super::question::Question;
use crate::model::{Rating, Span, StatementKind};

/// Filters on statements, as `--by`, `--about`, `--rating`, `--kind` and `--document` give them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Who made them.
    pub by: Option<String>,
    /// What they are about, in the grammar's words ("the 2023 inspection").
    pub about: Option<String>,
    /// A grade the inspections they are about gave.
    pub rating: Option<Rating>,
    /// Kinds wanted; empty for all.
    pub kinds: Vec<StatementKind>,
    /// The start of the article's name.
    pub document: Option<String>,
}

impl Filters {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }
}

/// The question with the filters written into it, and what it says. Without a question
/// the filters ask "statements ..." on their own; filters on any other form are an error.
pub fn compose(question: Option<&str>, filters: &Filters, ratings: &[(String, Rating)]) -> Result<(String, Question), ParseError> {
    let mut text = question.unwrap_or("statements").to_string();
    if filters.is_empty() {
        return parse(&text, ratings).map(|q| (text, q));
    }
    let wrong = |message: &str, text: &str| ParseError { question: text.to_string(), span: Span::new(0, text.len()), message: message.to_string() };
    let Question::Statements(given) = parse(&text, ratings)? else {
        return Err(wrong("--by, --about, --rating, --kind and --document narrow statements questions, and this is not one", &text));
    };
    if let Some(by) = &filters.by {
        if given.by.is_some() {
            return Err(wrong("the question already says who made the statements; drop --by or the `by` clause", &text));
        }
        text.push_str(&format!(" by \"{}\"", by.replace('"', "")));
    }
    let mut about = Vec::new();
    for topic in filters.about.iter().cloned().chain(filters.rating.map(|r| format!("{} ratings", r.heading().to_lowercase()))) {
        if given.about.is_empty() && about.is_empty() {
            text.push_str(&format!(" about {topic}"));
            about.push(None);
        } else {
            about.push(Some(parse_topic(&topic, ratings)?));
        }
    }
    let Question::Statements(mut query) = parse(&text, ratings)? else {
        return Err(wrong("the filters turned the question into another form", &text));
    };
    query.about.extend(about.into_iter().flatten());
    if query.kinds.is_empty() {
        query.kinds = filters.kinds.clone();
    } else if !filters.kinds.is_empty() {
        query.kinds.retain(|k| filters.kinds.contains(k));
        if query.kinds.is_empty() {
            return Err(wrong("--kind asks for statements of kinds the question's first word leaves out", &text));
        }
    }
    if let Some(document) = &filters.document {
        query.document = Some(document.clone());
    }
    Ok((text, Question::Statements(query)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::query::question::{NamePhrase, StatementQuery, Topic};

    fn composed(question: Option<&str>, filters: Filters) -> Result<(String, Question), ParseError> {
        compose(question, &filters, &Lexicon::load().unwrap().ratings)
    }

    #[test]
    fn flags_are_written_into_the_question() {
        let filters = Filters { by: Some("Lib Dems".into()), rating: Some(Rating::RequiresImprovement), ..Filters::default() };
        let (text, question) = composed(None, filters).unwrap();
        assert_eq!(text, "statements by \"Lib Dems\" about requires improvement ratings");
        let by = NamePhrase { text: "Lib Dems".into(), span: Span::new(14, 24) };
        assert_eq!(question, Question::Statements(StatementQuery { by: Some(by), about: vec![Topic::Rating(Rating::RequiresImprovement)], ..Default::default() }));
    }

    #[test]
    fn flags_narrow_a_statements_question() {
        let filters = Filters {
            about: Some("the 2024 inspection".into()),
            rating: Some(Rating::Good),
            kinds: vec![StatementKind::Partial, StatementKind::Indirect],
            document: Some("2024-".into()),
            ..Filters::default()
        };
        let (text, question) = composed(Some("quotes by the SNP"), filters).unwrap();
        assert_eq!(text, "quotes by the SNP about the 2024 inspection");
        let Question::Statements(query) = question else { panic!("{question:?}") };
        assert_eq!(query.kinds, [StatementKind::Partial]);
        assert_eq!(query.about.len(), 2);
        assert_eq!(query.about[1], Topic::Rating(Rating::Good));
        assert_eq!(query.document.as_deref(), Some("2024-"));
    }

    #[test]
    fn flags_on_other_questions_or_twice_are_errors() {
        let by = || Filters { by: Some("Greens".into()), ..Filters::default() };
        assert!(composed(Some("who criticised the Greens"), by()).unwrap_err().message.contains("narrow statements questions"));
        assert!(composed(Some("statements by Labour"), by()).unwrap_err().message.contains("already says who"));
        assert!(composed(Some("statements by Labour"), Filters::default()).is_ok());
        let indirect = Filters { kinds: vec![StatementKind::Indirect], ..Filters::default() };
        assert!(composed(Some("quotes by Labour"), indirect).unwrap_err().message.contains("--kind"));
    }
}
