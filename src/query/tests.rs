//! Every question form, asked of the hand-made council story in `fixture.rs`.

use super::fixture::council_story;
use super::*;
use serde_json::Value;

fn answer(question: &str) -> Answer {
    let graph = council_story();
    let lexicon = Lexicon::load().unwrap();
    let parsed = parse(question, &lexicon.ratings).unwrap();
    ask(&graph, &lexicon, question, &parsed).unwrap()
}

/// Column `key` of every row, as text.
fn column(answer: &Answer, key: &str) -> Vec<String> {
    answer
        .rows
        .iter()
        .map(|row| match answer.cell(row, key) {
            Some(Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
            None => panic!("no column {key}"),
        })
        .collect()
}

#[test]
fn statements_filter_by_speaker_party_topic_and_kind() {
    let table: &[(&str, &[&str])] = &[
        ("statements", &["statement:cqc", "statement:shah", "statement:lee", "statement:group", "statement:omar"]),
        ("statements by the Tories", &["statement:lee", "statement:group", "statement:omar"]),
        ("statements by Conservative councillors", &["statement:lee", "statement:omar"]),
        ("statements by the Conservative group", &["statement:lee", "statement:group", "statement:omar"]),
        ("statements by the Greens about inadequate ratings", &["statement:shah"]),
        ("statements about inadequate ratings", &["statement:cqc", "statement:shah", "statement:lee"]),
        ("statements about good ratings", &["statement:group"]),
        ("statements by the Conservatives about the 2019 inspection", &["statement:group"]),
        ("statements by the CQC about Northby Council", &["statement:cqc"]),
        ("statements about the CQC's 2024 inspection of Northby Council", &["statement:cqc", "statement:shah", "statement:lee"]),
        ("statements about the 2016 inspection", &[]),
        ("quotes by the CQC", &["statement:cqc"]),
        ("claims", &["statement:omar"]),
        ("statements about outstanding ratings", &[]),
    ];
    for (question, expected) in table {
        assert_eq!(column(&answer(question), "id"), *expected, "{question}");
    }
}

#[test]
fn statement_rows_carry_speaker_party_and_evidence() {
    let shah = answer("statements by Cllr Priya Shah about inadequate ratings");
    let row = &shah.rows[0];
    assert_eq!(column(&shah, "speaker"), ["Priya Shah"]);
    assert_eq!(column(&shah, "party"), ["Green"]);
    let edges: Vec<&str> = row.evidence.iter().map(|c| c.kind.as_str()).collect();
    assert_eq!(edges, ["said", "about"]);
    assert_eq!(&*row.evidence[0].evidence.sentence, "person:priya-shah said statement:shah.");
    let group = answer("statements by the Conservative group");
    assert_eq!(column(&group, "party"), ["Conservative"; 3]);
}

#[test]
fn criticisms_read_both_ways_through_parties_and_groups() {
    let critics = answer("who criticised the Tories");
    assert_eq!(column(&critics, "critic"), ["Priya Shah"]);
    assert_eq!(column(&critics, "criticised"), ["Conservative group"]);
    assert_eq!(column(&critics, "party"), ["Green"]);
    assert_eq!(column(&answer("who criticised Northby Council"), "critic"), ["Care Quality Commission"]);
    assert_eq!(column(&answer("who did the Conservatives criticise"), "criticised"), ["Green"]);
    let none = answer("who did Omar Shah criticise");
    assert!(none.rows.is_empty());
    assert_eq!(none.empty, "Omar Shah criticised no one in the graph");
}

#[test]
fn ratings_come_in_date_order_with_the_ungraded_noted() {
    let ratings = answer("ratings of Northby Council by the CQC, in time order");
    assert_eq!(column(&ratings, "date"), ["2019", "2024"]);
    assert_eq!(column(&ratings, "rating"), ["good", "inadequate"]);
    assert_eq!(column(&ratings, "inspector"), ["Care Quality Commission"; 2]);
    assert_eq!(column(&ratings, "parts")[1], "[\"safe: inadequate\"]");
    assert_eq!(ratings.notes, ["1 inspection(s) of Northby Council without an overall grade left out"]);
    assert_eq!(ratings.rows[0].evidence.len(), 2, "rated and conducted");
}

#[test]
fn roles_members_and_people() {
    assert_eq!(column(&answer("roles of Priya Shah"), "role"), ["cabinet member for care"]);
    assert_eq!(column(&answer("roles of Priya Shah"), "organization"), ["Northby Council"]);
    assert!(answer("roles of Ann Lee").rows.is_empty());
    assert_eq!(column(&answer("members of the Tories"), "person"), ["Ann Lee", "Omar Shah"]);
    assert_eq!(column(&answer("members of the Tories"), "as"), ["member of Conservative group"; 2]);
    assert_eq!(column(&answer("members of the Green Party"), "person"), ["Priya Shah"]);
    assert_eq!(column(&answer("people in Northby Council"), "person"), ["Priya Shah"]);
    assert_eq!(column(&answer("people in Northby Council"), "as"), ["cabinet member for care"]);
}

#[test]
fn findings_by_inspection_or_body_and_polarity() {
    let all = answer("findings of Northby Council");
    assert_eq!(column(&all, "id"), ["finding:staffing", "finding:kindness", "finding:records"]);
    assert_eq!(column(&answer("findings of the 2024 inspection negative"), "id"), ["finding:staffing", "finding:records"]);
    assert_eq!(column(&answer("positive findings of the CQC"), "id"), ["finding:kindness", "finding:records"]);
    assert!(answer("findings of the 2019 inspection").rows.is_empty());
}

#[test]
fn unknown_names_are_errors_that_suggest() {
    let graph = council_story();
    let lexicon = Lexicon::load().unwrap();
    let question = "statements by Ann Leigh";
    let error = ask(&graph, &lexicon, question, &parse(question, &lexicon.ratings).unwrap()).unwrap_err();
    assert_eq!(error.to_string(), "no person, party or organisation called \"Ann Leigh\" in the graph; nearest: Ann Lee\n  statements by Ann Leigh\n                ^^^^^^^^^");
}
