//! `quotegraph query` and `quotegraph sparql` end to end: every question of the seed gold
//! (`tests/gold/seeds/queries.json`) answered from the seeds, checked against the gold.

mod common;

use std::collections::BTreeSet;

use common::{quotegraph, root};
use serde_json::Value;

/// The gold's normal form of text: one kind of quote and dash, lower case, single spaces.
fn norm(text: &str) -> String {
    let text = text.replace(['‘', '’'], "'").replace(['“', '”'], "\"").replace(['–', '—'], "-").to_lowercase();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn gold(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(root().join("tests/gold/seeds").join(name)).unwrap()).unwrap()
}

fn ask(question: &str) -> Vec<Value> {
    let out = quotegraph(&["query", "seeds", question, "--format", "json"]);
    assert!(out.status.success(), "{question}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice::<Value>(&out.stdout).unwrap().as_array().unwrap().clone()
}

/// (document, snippet) pairs of a list of gold answers.
fn snippets(answers: &Value) -> Vec<(String, String)> {
    let list = answers.as_array().map(Vec::as_slice).unwrap_or_default();
    list.iter().map(|a| (a["document"].as_str().unwrap().to_string(), norm(a["snippet"].as_str().unwrap()))).collect()
}

/// Every snippet of the gold statements that hold one of `answers`: a statement the gold
/// keeps whole may come out as one row a paragraph.
fn whole_statements(answers: &[(String, String)]) -> BTreeSet<(String, String)> {
    let mut out = BTreeSet::new();
    for (document, snippet) in answers {
        let file = gold(&document.replace(".txt", ".json"));
        for statement in file["statements"].as_array().unwrap() {
            let parts: Vec<String> = statement["snippets"].as_array().unwrap().iter().map(|s| norm(s.as_str().unwrap())).collect();
            if parts.contains(snippet) {
                out.extend(parts.into_iter().map(|p| (document.clone(), p)));
            }
        }
    }
    out
}

fn holds(row: &Value, (document, snippet): &(String, String)) -> bool {
    row["document"] == document.as_str() && norm(row["text"].as_str().unwrap()).contains(snippet.as_str())
}

fn check_statements(question: &str, query: &Value) {
    let rows = ask(question);
    let required = snippets(&query["answers"]);
    let optional = snippets(&query["optional"]);
    for answer in &required {
        assert!(rows.iter().any(|row| holds(row, answer)), "{question}: missing {answer:?}");
    }
    let allowed: Vec<(String, String)> = whole_statements(&required).into_iter().chain(optional).chain(required.clone()).collect();
    for row in &rows {
        assert!(allowed.iter().any(|a| holds(row, a)), "{question}: spurious {} {:?}", row["document"], row["text"]);
        assert!(!row["evidence"].as_array().unwrap().is_empty(), "{question}: a row without evidence");
    }
}

#[test]
fn every_gold_question_is_answered_correctly() {
    let queries = gold("queries.json");
    let queries = queries["queries"].as_array().unwrap();
    assert_eq!(queries.len(), 4, "a new gold question needs its check here");
    for query in queries {
        let question = query["question"].as_str().unwrap();
        if query.get("answers").is_some() {
            check_statements(question, query);
        } else if let Some(entities) = query.get("answers_entities") {
            let critics: BTreeSet<String> = ask(question).iter().map(|r| r["critic"].as_str().unwrap().to_string()).collect();
            let strings = |v: &Value| -> BTreeSet<String> { v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect() };
            let required = strings(entities);
            let allowed: BTreeSet<String> = required.union(&strings(&query["optional_entities"])).cloned().collect();
            assert!(critics.is_superset(&required) && critics.is_subset(&allowed), "{question}: {critics:?}");
        } else {
            let expected: Vec<(i64, String)> =
                query["answers_ratings"].as_array().unwrap().iter().map(|p| (p[0].as_i64().unwrap(), p[1].as_str().unwrap().to_string())).collect();
            let got: Vec<(i64, String)> = ask(question)
                .iter()
                .map(|r| (r["date"].as_str().unwrap()[..4].parse().unwrap(), r["rating"].as_str().unwrap().to_string()))
                .collect();
            assert_eq!(got, expected, "{question}");
        }
    }
}

#[test]
fn labour_about_inadequate_ratings_is_exactly_the_labour_group_statements_with_evidence() {
    let rows = ask("statements by Labour about inadequate ratings");
    let found: Vec<(&str, &str)> = rows.iter().map(|r| (r["document"].as_str().unwrap(), r["speaker"].as_str().unwrap())).collect();
    assert_eq!(found, [("000_844c9e8e7d96a89c.txt", "Labour group"), ("001_93644e2b7d218b33.txt", "Labour group")]);
    for row in &rows {
        let kinds: Vec<&str> = row["evidence"].as_array().unwrap().iter().map(|e| e["edge"].as_str().unwrap()).collect();
        assert_eq!(kinds, ["said", "about"]);
        let sentence = row["evidence"][0]["sentence"].as_str().unwrap();
        assert!(norm(sentence).contains("labour group"), "{sentence}");
    }
}
