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

fn run(args: &[&str]) -> (i32, String, String) {
    let out = quotegraph(args);
    (out.status.code().unwrap(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
}

#[test]
fn a_saved_graph_answers_as_the_articles_do() {
    let dir = tempfile::tempdir().unwrap();
    let saved = dir.path().join("seeds.json");
    let (code, _, stderr) = run(&["build", "seeds", "-q", "-o", saved.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    for question in ["statements by Labour about inadequate ratings", "ratings of Swindon Borough Council", "who criticised the Tories"] {
        let from_articles = run(&["query", "seeds", question, "-f", "json", "-q"]).1;
        let (code, from_graph, stderr) = run(&["query", "--graph", saved.to_str().unwrap(), question, "-f", "json", "-q"]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(from_graph, from_articles, "{question}");
    }
    std::fs::write(dir.path().join("broken.json"), "{\"nodes\": [").unwrap();
    let (code, stdout, stderr) = run(&["query", "--graph", dir.path().join("broken.json").to_str().unwrap(), "statements"]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("broken.json: not graph JSON"), "{stderr}");
}

#[test]
fn flags_are_the_machine_form_of_a_question() {
    let asked = run(&["query", "seeds", "statements by Labour about inadequate ratings", "-f", "json", "-q"]).1;
    let flagged = run(&["query", "seeds", "--by", "Labour", "--rating", "inadequate", "-f", "json", "-q"]).1;
    assert_eq!(flagged, asked);
    let (code, csv, _) = run(&["query", "seeds", "--by", "Conservative councillors", "--kind", "partial", "--document", "003", "-f", "csv", "-q"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "id,speaker,party,kind,text,document,span,about");
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(lines[1..].iter().all(|l| l.contains(",Mary Martin,Conservative,partial,")), "{csv}");
}

#[test]
fn the_table_shows_first_words_and_with_evidence_the_sentences() {
    let (code, table, _) = run(&["query", "seeds", "who criticised the Conservatives", "-f", "table", "--evidence", "-q"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("CRITIC ") && lines[0].contains("CRITICISED"), "{table}");
    assert!(lines[1].starts_with("Carol Shelley  Labour  Conservative group"), "{table}");
    assert!(lines[2].starts_with("    003_082711e5e9fa5ff7.txt ") && lines[2].contains("(criticised): "), "{table}");
}

#[test]
fn empty_answers_succeed_and_say_so() {
    let (code, stdout, _) = run(&["query", "seeds", "statements by Labour about outstanding ratings", "-f", "table"]);
    assert_eq!((code, stdout.as_str()), (0, "no statements match\n"));
    let (code, stdout, stderr) = run(&["query", "seeds", "statements by Labour about outstanding ratings", "-f", "json"]);
    assert_eq!((code, stdout.as_str()), (0, "[]\n"));
    assert!(stderr.ends_with("quotegraph: no statements match\n"), "{stderr}");
}

#[test]
fn bad_questions_fail_with_the_place_and_the_way_out() {
    let cases: &[(&[&str], &str)] = &[
        (&["query", "seeds", "statements by Robins"], "no person, party or organisation called \"Robins\" in the graph; nearest: Jim Robbins"),
        (&["query", "seeds", "statements by Labour about"], "cannot read the question: expected what they are about, but the question ends"),
        (&["query", "seeds", "how many statements"], "questions have these forms:\n  statements by <speaker|party|organisation>"),
        (&["query", "seeds", "statements", "by", "Labour"], "`statements` is neither a file nor a folder; put the question in quotes"),
        (&["query", "statements by Labour"], "give the articles to read (files or folders) before the question"),
        (&["query", "seeds"], "give the question after the articles, in quotes"),
        (&["sparql", "--graph", "seeds.json", "seeds", "ASK {}"], "with --graph give only the SPARQL query"),
        (&["query", "seeds", "who criticised Labour", "--by", "Ofsted"], "narrow statements questions, and this is not one"),
        (&["sparql", "seeds", "SELECT ?s WHERE { ?s ?p"], "the SPARQL query does not parse"),
    ];
    for (args, message) in cases {
        let (code, stdout, stderr) = run(args);
        assert_eq!((code, stdout.as_str()), (2, ""), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}

#[test]
fn sparql_joins_speakers_their_parties_and_the_grades_they_spoke_about() {
    let query = "SELECT DISTINCT ?speaker ?party ?rating WHERE {
        ?statement schema:creator ?who ; schema:about ?review .
        ?who schema:name ?speaker .
        { ?who schema:parentOrganization ?p } UNION { ?who schema:memberOf/schema:memberOf ?p }
        ?p a schema:PoliticalParty ; schema:name ?party .
        ?review schema:reviewRating/schema:name ?rating .
    } ORDER BY ?speaker";
    let (code, json, stderr) = run(&["sparql", "seeds", query, "-f", "json", "-q"]);
    assert_eq!(code, 0, "{stderr}");
    let results: Value = serde_json::from_str(&json).unwrap();
    let rows: Vec<Vec<&str>> = results["results"]["bindings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| ["speaker", "party", "rating"].iter().map(|v| b[v]["value"].as_str().unwrap()).collect())
        .collect();
    assert_eq!(rows, [["Gary Sumner", "Conservative", "Inadequate"], ["Labour group", "Labour", "Inadequate"]]);
    let (_, table, _) = run(&["sparql", "seeds", query, "-f", "table", "-q"]);
    assert_eq!(table.lines().nth(2), Some("Labour group  Labour        Inadequate"), "{table}");
    let (_, csv, _) = run(&["sparql", "seeds", "ASK { <urn:quotegraph:party/labour> a schema:PoliticalParty }", "-f", "csv", "-q"]);
    assert_eq!(csv.trim(), "true");
}
