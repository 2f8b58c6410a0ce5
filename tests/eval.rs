//! `quotegraph eval` on the seeds and on the hand-written corpus: the figures CI holds.

mod common;

use common::{quotegraph, root};

fn scores(gold: &str, articles: &str) -> serde_json::Value {
    let out = quotegraph(&["eval", "--gold", gold, articles, "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn seed_quote_attribution_holds_its_figures() {
    let s = scores("tests/gold/seeds", "seeds");
    let f1 = s["quotes"]["f1"].as_f64().unwrap();
    let detected = s["quotes"]["detected"].as_f64().unwrap();
    assert!(f1 >= 0.95, "seed quote attribution F1 {f1}");
    assert!(detected >= 0.98, "seed detected {detected}");
}

#[test]
fn corpus_quote_attribution_holds_its_figures() {
    let s = scores("tests/corpus/gold", "tests/corpus/articles");
    let f1 = s["quotes"]["f1"].as_f64().unwrap();
    assert!(f1 >= 0.95, "corpus quote attribution F1 {f1}");
    assert_eq!(s["quotes"]["snippets"], 123);
}

#[test]
fn eval_agrees_with_score_py() {
    let script = root().join("../shared/eval/score.py");
    if !script.exists() {
        eprintln!("skipped: {} is not beside the checkout", script.display());
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (gold, articles) in [("tests/gold/seeds", "seeds"), ("tests/corpus/gold", "tests/corpus/articles")] {
        let graph = dir.path().join("graph.json");
        assert!(quotegraph(&["build", articles, "-q", "-o", graph.to_str().unwrap()]).status.success());
        let py = std::process::Command::new("python3")
            .arg(&script)
            .args([graph.to_str().unwrap(), gold, "--json"])
            .current_dir(root())
            .output()
            .expect("python3");
        assert!(py.status.success(), "{}", String::from_utf8_lossy(&py.stderr));
        // The JSON object comes first; score.py's headline line follows it.
        let stdout = String::from_utf8_lossy(&py.stdout);
        let theirs: serde_json::Value = serde_json::from_str(stdout.lines().next().unwrap()).unwrap();
        assert_eq!(scores(gold, articles), theirs, "{gold}: every figure");
        let printed = std::process::Command::new("python3")
            .arg(&script)
            .args([graph.to_str().unwrap(), gold, "--show-errors"])
            .current_dir(root())
            .output()
            .unwrap();
        let ours = quotegraph(&["eval", "--gold", gold, articles, "--show-errors"]);
        assert_eq!(String::from_utf8_lossy(&ours.stdout), String::from_utf8_lossy(&printed.stdout), "{gold}: the report");
    }
}

#[test]
fn seed_relations_hold_their_figures() {
    let s = scores("tests/gold/seeds", "seeds");
    let at_least = |area: &str, key: &str, min: f64| {
        let v = s[area][key].as_f64().unwrap();
        assert!(v >= min, "{area} {key} = {v}, below {min}");
    };
    at_least("memberships", "f1", 0.90);
    at_least("roles", "recall", 0.90);
    at_least("inspections", "f1", 1.0);
    assert_eq!(s["inspections"]["duplicates"], 0);
    at_least("criticisms", "f1", 0.80);
    at_least("query_labour_inadequate", "f1", 1.0);
    at_least("quotes", "f1", 0.95);
}

#[test]
fn show_errors_lists_misses_and_a_threshold_sets_the_status() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("seeds/003_082711e5e9fa5ff7.txt"), dir.path().join("003_082711e5e9fa5ff7.txt")).unwrap();
    let out = quotegraph(&["eval", "--gold", "tests/gold/seeds", dir.path().to_str().unwrap(), "--show-errors", "--min-attribution", "0.99"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("missed or misattributed"), "{text}");
    assert!(text.lines().last().unwrap().starts_with("quote attribution F1 "), "{text}");
    assert_eq!(out.status.code(), Some(1));
}
