//! The library on real text: every edge is traceable to the sentence it came from.

use quotegraph::corpus::read_corpus;
use quotegraph::export::json;
use quotegraph::extract::Extractor;
use quotegraph::model::EdgeKind;

#[test]
fn every_edge_points_at_the_bytes_of_its_evidence_sentence() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = read_corpus(&[root.join("seeds"), root.join("tests/corpus/articles")]);
    assert!(corpus.problems.is_empty());
    let graph = Extractor::new().unwrap().build(&corpus.articles);
    let text_of = |name: &str| &corpus.articles.iter().find(|a| a.name == name).unwrap().text;
    let edges = graph.edges();
    assert!(edges.len() > 60);
    for e in &edges {
        let ev = &e.edge.evidence;
        let text = text_of(&ev.document);
        assert_eq!(ev.span.slice(text), &*ev.sentence, "{}", e.target.id);
        // Character offsets pick out the same words as byte offsets (curly quotes and
        // dashes are several bytes each in these articles).
        let by_chars: String = text.chars().skip(ev.chars.start).take(ev.chars.len()).collect();
        assert_eq!(by_chars, &*ev.sentence);
        if let quotegraph::model::NodeData::Statement(s) = &e.target.data {
            let quoted = s.span.slice(text_of(&s.document));
            let first_word = s.text.split_whitespace().next().unwrap();
            assert!(quoted.contains(first_word), "{quoted} / {}", s.text);
            let by_chars: String = text_of(&s.document).chars().skip(s.chars.start).take(s.chars.len()).collect();
            assert_eq!(by_chars, quoted);
        }
    }
}

#[test]
fn pronouns_and_surnames_join_one_person_within_an_article() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = read_corpus(&[root.join("tests/corpus/articles/04_budget_lib_dem.txt")]);
    let graph = Extractor::new().unwrap().build(&corpus.articles);
    let value = json::to_value(&graph);
    let grey = graph.node("person:alison-grey").expect("Alison Grey");
    let said = graph.targets(&grey.id, EdgeKind::Said);
    // "Cllr Alison Grey ... told members:", "Cllr Grey hit back, saying ..."
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(value["nodes"].as_array().unwrap().iter().all(|n| n["label"] != "Grey"));
}

#[test]
fn reported_speech_after_an_aside_or_an_object_is_read_and_an_object_clause_is_not() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let corpus = read_corpus(&[root.join("tests/corpus/articles/20_leisure_centre_reported_speech.txt")]);
    let graph = Extractor::new().unwrap().build(&corpus.articles);
    let mut reported: Vec<(String, String)> = graph
        .nodes()
        .filter_map(|n| match &n.data {
            quotegraph::model::NodeData::Statement(s) if s.kind == quotegraph::model::StatementKind::Indirect => {
                let speakers = graph.sources(&n.id, EdgeKind::Said);
                Some((speakers.first().map_or("nobody".into(), |p| p.id.clone()), s.text.clone()))
            }
            _ => None,
        })
        .collect();
    reported.sort();
    let want = [
        ("org:ashcombe-council", "it will appeal against a High Court ruling that halted the closure of Millbrook Leisure Centre"),
        // "said in a statement it would ..."
        ("org:ashcombe-council", "it would lodge an appeal within 21 days"),
        // "said on Monday the authority had ...", "told the BBC the centre was ..."
        ("person:priya-natarajan", "the authority had no choice but to reduce its spending"),
        ("person:priya-natarajan", "the centre was costing £900,000 a year to run"),
        // "told the meeting the group had ..."
        ("person:sian-pritchard", "the group had gathered 4,000 signatures"),
        // "said in a letter to residents that ..."
        ("person:tom-hebden", "the closure was a false economy"),
    ];
    let want: Vec<(String, String)> = want.iter().map(|&(s, t)| (s.to_string(), t.to_string())).collect();
    // Not "the staff who had kept the centre open" (praised), nor "the council had carried
    // out" (described): those clauses are about the verb's object.
    assert_eq!(reported, want);
}
