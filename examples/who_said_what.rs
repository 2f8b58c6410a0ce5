//! Prints who said what in the articles given (files or folders), one line a statement.
//!
//! cargo run --release --example who_said_what -- seeds

use std::path::PathBuf;

use quotegraph::corpus::read_corpus;
use quotegraph::extract::Extractor;
use quotegraph::model::{EdgeKind, NodeData};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        eprintln!("usage: who_said_what PATH...");
        std::process::exit(2);
    }
    let corpus = read_corpus(&paths);
    for problem in &corpus.problems {
        eprintln!("skipped {problem}");
    }
    let graph = Extractor::new()?.build(&corpus.articles);
    let mut statements: Vec<_> = graph
        .nodes()
        .filter_map(|n| match &n.data {
            NodeData::Statement(s) => Some((n, s)),
            _ => None,
        })
        .collect();
    statements.sort_by_key(|(_, s)| (s.document.clone(), s.span));
    for (node, s) in statements {
        let speakers: Vec<&str> = graph.sources(&node.id, EdgeKind::Said).iter().map(|n| n.label.as_str()).collect();
        println!("{:<28} {:<8} {:<40} {}", speakers.join(", "), s.kind.as_str(), s.document, node.label);
    }
    Ok(())
}
