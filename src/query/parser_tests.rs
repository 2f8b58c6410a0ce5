use super::*;
use crate::lexicon::Lexicon;

fn read(question: &str) -> Result<Question, ParseError> {
    parse(question, &Lexicon::load().unwrap().ratings)
}

fn name(text: &str, start: usize) -> NamePhrase {
    NamePhrase { text: text.into(), span: Span::new(start, start + text.len()) }
}

#[test]
fn every_form_parses_with_the_names_where_they_stand() {
    let statements = |by: Option<NamePhrase>, about: Option<Topic>| {
        Question::Statements(StatementQuery { by, about: about.into_iter().collect(), ..Default::default() })
    };
    let table: Vec<(&str, Question)> = vec![
        ("statements by Labour about inadequate ratings", statements(Some(name("Labour", 14)), Some(Topic::Rating(Rating::Inadequate)))),
        ("statements by Cllr Priya Shah", statements(Some(name("Cllr Priya Shah", 14)), None)),
        ("Statements by the CQC about Northby NHS Trust", statements(Some(name("the CQC", 14)), Some(Topic::Name(name("Northby NHS Trust", 28))))),
        ("statements about the requires improvement rating", statements(None, Some(Topic::Rating(Rating::RequiresImprovement)))),
        ("statements about good by the Lib Dems", statements(Some(name("the Lib Dems", 25)), Some(Topic::Rating(Rating::Good)))),
        (
            "statements by Reform councillors about HMICFRS's 2022 inspection of Eastshire Police",
            statements(
                Some(name("Reform councillors", 14)),
                Some(Topic::Inspection(InspectionPhrase {
                    inspector: Some(name("HMICFRS", 39)),
                    subject: Some(name("Eastshire Police", 68)),
                    year: Some(2022),
                    kind: None,
                })),
            ),
        ),
        ("statements", statements(None, None)),
        (
            "quotes by the SNP",
            Question::Statements(StatementQuery {
                kinds: vec![StatementKind::Direct, StatementKind::Partial],
                by: Some(name("the SNP", 10)),
                ..Default::default()
            }),
        ),
        ("who criticised the Tories?", Question::CriticsOf(name("the Tories", 15))),
        ("who did Plaid Cymru criticise", Question::CriticisedBy(name("Plaid Cymru", 8))),
        ("ratings of Northby Council", Question::Ratings { subject: name("Northby Council", 11), inspector: None }),
        (
            "ratings of Northby Council by Ofsted, in time order",
            Question::Ratings { subject: name("Northby Council", 11), inspector: Some(name("Ofsted", 30)) },
        ),
        ("ratings of Office for Standards in Education in date order", Question::Ratings {
            subject: name("Office for Standards in Education", 11),
            inspector: None,
        }),
        ("roles of \"Anne-Marie O'Neil\"", Question::Roles(NamePhrase { text: "Anne-Marie O'Neil".into(), span: Span::new(9, 28) })),
        ("members of the Green Party", Question::Members(name("the Green Party", 11))),
        ("people in Westport City Council", Question::People(name("Westport City Council", 10))),
        (
            "findings of the 2024 monitoring visit negative",
            Question::Findings {
                of: Topic::Inspection(InspectionPhrase { year: Some(2024), kind: Some(InspectionKind::MonitoringVisit), ..Default::default() }),
                polarity: Some(Polarity::Negative),
            },
        ),
        (
            "positive findings of Northby Council",
            Question::Findings { of: Topic::Name(name("Northby Council", 21)), polarity: Some(Polarity::Positive) },
        ),
        (
            "findings of the inspection in 2019",
            Question::Findings { of: Topic::Inspection(InspectionPhrase { year: Some(2019), ..Default::default() }), polarity: None },
        ),
    ];
    for (question, expected) in table {
        assert_eq!(read(question), Ok(expected), "{question}");
    }
}

#[test]
fn errors_point_at_the_word_where_reading_stopped() {
    let table: &[(&str, usize, usize, &str)] = &[
        ("", 0, 0, "the question is empty, but the question ends"),
        ("tell me about Labour", 0, 4, "a question starts with statements"),
        ("statements by Labour and their friends about", 44, 44, "expected what they are about, but the question ends"),
        ("statements by", 13, 13, "expected who made them, but the question ends"),
        ("statements about good about bad", 22, 27, "expected `by` or the end of the question, found `about`"),
        ("statements about excellent ratings", 17, 26, "expected a grade (outstanding, good, requires improvement or inadequate)"),
        ("who praised the council", 4, 11, "expected `criticised` or `did`, found `praised`"),
        ("who did Labour praise", 21, 21, "expected `criticise` or `criticize`, but the question ends"),
        ("ratings of Northby Council by Ofsted, in size order", 41, 45, "expected `time` or `date` or `chronological`, found `size`"),
        ("findings of good ratings", 12, 16, "findings belong to an inspection or an organisation, not to a grade"),
        ("findings of the 2023 inspection by Ofsted", 32, 34, "expected `of` and the body inspected"),
        ("members Labour", 8, 14, "expected `of`, found `Labour`"),
        ("roles of Ann Lee; Bob Ray", 16, 17, "`;` has no meaning in a question"),
    ];
    for &(question, start, end, message) in table {
        let error = read(question).unwrap_err();
        assert_eq!((error.span.start, error.span.end), (start, end), "{question}: {}", error.message);
        assert!(error.message.contains(message), "{question}: {}", error.message);
    }
}

#[test]
fn the_error_message_draws_a_caret_under_the_word_and_lists_the_forms() {
    let shown = read("who did “Lib Dems” praise").unwrap_err().to_string();
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines[1], "  who did “Lib Dems” praise");
    assert_eq!(lines[2], "                     ^^^^^^", "{shown}");
    assert_eq!(lines[3], "questions have these forms:");
    assert_eq!(lines.len(), 4 + FORMS.len());
}
