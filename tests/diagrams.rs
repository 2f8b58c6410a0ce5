//! Diagrams end to end: DOT from `build`, drawn by the real Graphviz `dot`, and
//! `render` with and without Graphviz installed.

mod common;

use std::collections::BTreeSet;
use std::io::Write;
use std::process::{Command, Stdio};

use common::{graph_of, quotegraph, root};

/// The names of everyone (and every body) the graph says said something.
fn speakers(input: &str) -> BTreeSet<String> {
    let graph = graph_of(&["build", input, "--quiet"]);
    let label_of = |id: &serde_json::Value| -> String {
        graph["nodes"].as_array().unwrap().iter().find(|n| n["id"] == *id).unwrap()["label"].as_str().unwrap().to_string()
    };
    graph["edges"].as_array().unwrap().iter().filter(|e| e["type"] == "said").map(|e| label_of(&e["source"])).collect()
}

/// Text as SVG writes it.
fn xml_escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('\'', "&#39;").replace('"', "&quot;")
}

fn dot_to_svg(dot: &[u8]) -> String {
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("Graphviz's dot must be installed for these tests (apt-get install graphviz)");
    child.stdin.take().unwrap().write_all(dot).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "dot failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn dot_of_the_seeds_draws_with_graphviz_and_names_every_speaker() {
    let speakers = speakers("seeds");
    assert!(speakers.len() >= 8, "{speakers:?}");
    for view in ["who-said-what", "full"] {
        let out = quotegraph(&["build", "seeds", "--format", "dot", "--view", view, "--max-statements", "100", "--quiet"]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let svg = dot_to_svg(&out.stdout);
        for name in &speakers {
            assert!(svg.contains(&xml_escaped(name)), "{view}: {name} is not in the picture");
        }
    }
}

#[test]
fn the_timeline_draws_every_graded_inspection_in_date_order() {
    let inputs = ["tests/corpus/articles", "seeds"];
    let graph = graph_of(&["build", inputs[0], inputs[1], "--quiet"]);
    let grades: BTreeSet<String> = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|n| Some(n["rating"].as_str()?.replace('_', " ").to_uppercase()))
        .collect();
    assert!(grades.len() >= 3, "{grades:?}");
    let out = quotegraph(&["build", inputs[0], inputs[1], "--format", "dot", "--view", "timeline", "--quiet"]);
    assert!(out.status.success());
    let svg = dot_to_svg(&out.stdout);
    for grade in &grades {
        assert!(svg.contains(grade.as_str()), "{grade}");
    }
    // Within each organisation's box, dated inspections come in order of year.
    let dot = String::from_utf8(out.stdout).unwrap();
    let clusters: Vec<&str> = dot.split("subgraph cluster_").skip(1).collect();
    assert!(clusters.len() >= 5, "{} organisations", clusters.len());
    let mut dated = 0;
    for cluster in clusters {
        let years: Vec<u32> =
            cluster.lines().filter_map(|l| l.split(" label=\"").nth(1)?.get(..4)?.parse().ok()).collect();
        assert!(years.windows(2).all(|w| w[0] <= w[1]), "{years:?} in {cluster}");
        dated += years.len();
    }
    assert!(dated >= 4, "only {dated} dated inspections");
}

#[test]
fn render_writes_an_svg_png_and_pdf_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    for (ext, magic) in [("svg", &b"<?xml"[..]), ("png", &b"\x89PNG"[..]), ("pdf", &b"%PDF"[..])] {
        let path = dir.path().join(format!("who.{ext}"));
        let out = quotegraph(&["render", "seeds", "-o", path.to_str().unwrap()]);
        assert!(out.status.success(), "{ext}: {}", String::from_utf8_lossy(&out.stderr));
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(magic), "{ext}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("who-said-what view drawn as"));
    }
    let svg = std::fs::read_to_string(dir.path().join("who.svg")).unwrap();
    for name in speakers("seeds") {
        assert!(svg.contains(&xml_escaped(&name)), "{name}");
    }
}

#[test]
fn render_without_graphviz_says_how_to_install_it() {
    let empty = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_quotegraph"))
        .args(["render", "seeds", "-o", "/tmp/never-written.svg"])
        .current_dir(root())
        .env("PATH", empty.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let errors: Vec<&str> = stderr.lines().filter(|l| l.contains("error")).collect();
    assert_eq!(errors.len(), 1, "{stderr}");
    assert!(errors[0].contains("apt-get install graphviz") && errors[0].contains("brew install graphviz"), "{stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn wrong_output_names_and_bases_are_clear_errors() {
    let cases: [(&[&str], &str); 4] = [
        (&["build", "seeds", "-o", "/tmp/who.png"], "quotegraph render"),
        (&["render", "seeds", "-o", "/tmp/who.jpeg"], ".svg, .png or .pdf"),
        (&["render", "seeds"], "-o FILE.svg"),
        (&["build", "seeds", "--format", "jsonld", "--base", "not an iri"], "base IRI `not an iri`"),
    ];
    for (args, hint) in cases {
        let out = quotegraph(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(hint), "{args:?}: {stderr}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn the_output_extension_picks_the_format() {
    let dir = tempfile::tempdir().unwrap();
    for (name, start) in [("g.dot", "digraph"), ("g.jsonld", "{\n  \"@context\""), ("g.nq", "<urn:quotegraph:"), ("g.json", "{\n  \"edges\"")] {
        let path = dir.path().join(name);
        let out = quotegraph(&["build", "seeds", "-q", "-o", path.to_str().unwrap()]);
        assert!(out.status.success());
        assert!(std::fs::read_to_string(&path).unwrap().starts_with(start), "{name}");
    }
}
