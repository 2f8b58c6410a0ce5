//! Hostile input through the whole pipeline (read, extract, graph, every export): arbitrary
//! bytes in every format, arbitrary Unicode, unbalanced and nested quote marks, and a few
//! enormous inputs. Nothing may panic, and every edge's evidence must be the text at its span.

use std::sync::OnceLock;

use proptest::prelude::*;
use quotegraph::corpus::{read_bytes, Article, InputFormat, TextEncoding};
use quotegraph::export::{ExportOptions, Format};
use quotegraph::extract::Extractor;
use quotegraph::model::QuoteGraph;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new().unwrap())
}

/// Builds and exports `text`, checking each edge's evidence against the text.
fn run_text(text: &str) -> QuoteGraph {
    let graph = extractor().build(&[Article::new("a.txt", text)]);
    check(&graph, text);
    graph
}

fn check(graph: &QuoteGraph, text: &str) {
    for e in graph.edges() {
        let ev = &e.edge.evidence;
        assert_eq!(text.get(ev.span.start..ev.span.end), Some(&*ev.sentence), "evidence of a {:?} edge", e.edge.kind);
    }
    for format in [Format::Json, Format::JsonLd, Format::Dot, Format::NQuads] {
        let mut out = Vec::new();
        format.write(graph, &ExportOptions::default(), &mut out).unwrap();
    }
}

/// Words and marks that news text is made of, quote marks over-represented.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "“", "”", "‘", "’", "\"", "'", "«", "»", " ", " ", "\n", "\n\n", ".", ",", ":", "said", "Cllr", "Ana", "Ruiz", "she",
        "Labour", "council", "Ofsted", "rated", "inadequate", "good", "the", "added", "—", "(", ")", "Mr", "é", "🙂", "\u{feff}",
    ]);
    prop::collection::vec(pieces, 0..200).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_in_every_format(bytes in prop::collection::vec(any::<u8>(), 0..2000), pick in 0usize..5, legacy in any::<bool>()) {
        let encoding = if legacy { TextEncoding::for_label("windows-1252").ok() } else { None };
        let mut articles = Vec::new();
        read_bytes("fuzz", &bytes, InputFormat::ALL[pick], encoding, &mut |r| articles.extend(r.ok()));
        let graph = extractor().build(&articles);
        for a in &articles {
            check(&extractor().build(std::slice::from_ref(a)), &a.text);
        }
        check(&graph, "");
    }

    #[test]
    fn arbitrary_unicode(text in "\\PC{0,400}") {
        run_text(&text);
    }

    #[test]
    fn unbalanced_and_nested_quote_marks(text in newsy()) {
        run_text(&text);
    }
}

#[test]
fn a_million_quote_marks() {
    let text = "“".repeat(500_000) + &"”".repeat(500_000);
    run_text(&text);
    let alternating = "“a” ".repeat(250_000) + &"\"".repeat(250_000);
    run_text(&alternating);
}

#[test]
fn a_100_mb_single_line() {
    // One line, one sentence that never ends: every stage that looks around a word must
    // look a bounded distance, or this takes hours.
    let filler = "the committee met again in the town hall, and members of the public listened as the papers were read out, ";
    let text = String::from("Cllr Ana Ruiz said: “We are listening.” ") + &filler.repeat(100_000_000 / filler.len());
    let graph = run_text(&text);
    assert_eq!(graph.sources(&graph.nodes().find(|n| n.label == "We are listening.").unwrap().id, quotegraph::model::EdgeKind::Said)[0].label, "Ana Ruiz");
}

#[test]
fn a_sentence_of_a_million_quotes_and_names() {
    // Every fragment is a real quotation, so the graph is big; time must still be linear.
    let fragment = "Cllr Ana Ruiz, the Labour leader, said “the council was rated inadequate” and ";
    let text = fragment.repeat(2_000_000 / fragment.len());
    assert!(run_text(&text).node_count() > 1000);
}

#[test]
fn role_descriptions_after_a_sentence_crowded_with_names() {
    // Each role description, speaking or criticised, looks back over hundreds of names for
    // the one whose title names the role. It must read near each name, not the name's whole
    // sentence: here that sentence is a megabyte, and no line after it names anyone new.
    let crowd = "Cllr Ana Ruiz and ".repeat(50_000) + "others spoke.\n\n";
    let roles = "The mayor said: “No.” The leader slammed the deputy leader.\n\n".repeat(5_000);
    let graph = run_text(&(crowd + &roles));
    assert!(graph.node_count() > 1000);
}

#[test]
fn deeply_nested_html() {
    let depth = 200_000;
    let html = format!("{}<p>Cllr Ana Ruiz said: “Deep.”</p>{}", "<div><span>".repeat(depth), "</span></div>".repeat(depth));
    let mut articles = Vec::new();
    read_bytes("deep.html", html.as_bytes(), InputFormat::Html, None, &mut |r| articles.extend(r.ok()));
    assert_eq!(articles[0].text, "Cllr Ana Ruiz said: “Deep.”");
    check(&extractor().build(&articles), &articles[0].text);
}
