//! The JSON-LD and N-Quads exports, loaded by a real JSON-LD processor (Oxigraph's,
//! offline: the context is inline) and checked triple by triple.

mod common;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfParser};
use oxigraph::model::{NamedNode, Quad, Term};

use common::root;
use quotegraph::corpus::read_corpus;
use quotegraph::export::{ExportOptions, Format};
use quotegraph::extract::Extractor;
use quotegraph::model::{NodeData, QuoteGraph};

const SCHEMA: &str = "http://schema.org/";
const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

fn graph_of(dirs: &[&str]) -> QuoteGraph {
    let corpus = read_corpus(&dirs.iter().map(|d| root().join(d)).collect::<Vec<_>>());
    assert!(corpus.problems.is_empty());
    Extractor::new().unwrap().build(&corpus.articles)
}

fn export(graph: &QuoteGraph, format: Format, base: &str) -> Vec<u8> {
    let mut out = Vec::new();
    format.write(graph, &ExportOptions::with_base(base).unwrap(), &mut out).unwrap();
    out
}

fn parse(bytes: &[u8], format: RdfFormat) -> HashSet<Quad> {
    RdfParser::from_format(format).for_slice(bytes).collect::<Result<_, _>>().unwrap_or_else(|e| panic!("{format}: {e}"))
}

fn jsonld() -> RdfFormat {
    RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() }
}

/// subject -> predicate -> objects.
fn index(quads: &HashSet<Quad>) -> BTreeMap<String, BTreeMap<String, Vec<Term>>> {
    let mut index: BTreeMap<String, BTreeMap<String, Vec<Term>>> = BTreeMap::new();
    for q in quads {
        let subject = q.subject.to_string().trim_matches(['<', '>']).to_string();
        index.entry(subject).or_default().entry(q.predicate.as_str().to_string()).or_default().push(q.object.clone());
    }
    index
}

fn has_type(props: &BTreeMap<String, Vec<Term>>, class: &str) -> bool {
    props.get(RDF_TYPE).is_some_and(|types| types.iter().any(|t| *t == Term::from(NamedNode::new(format!("{SCHEMA}{class}")).unwrap())))
}

#[test]
fn json_ld_and_n_quads_hold_the_same_triples() {
    for dirs in [&["seeds"][..], &["tests/corpus/articles"][..]] {
        let graph = graph_of(dirs);
        let from_jsonld = parse(&export(&graph, Format::JsonLd, "urn:quotegraph:"), jsonld());
        let from_nquads = parse(&export(&graph, Format::NQuads, "urn:quotegraph:"), RdfFormat::NQuads);
        assert!(from_jsonld.len() > 500, "{dirs:?}: only {} triples", from_jsonld.len());
        assert!(from_jsonld.iter().all(|q| q.subject.is_named_node()), "no blank nodes, so the sets compare exactly");
        let only_jsonld: Vec<_> = from_jsonld.difference(&from_nquads).take(3).collect();
        let only_nquads: Vec<_> = from_nquads.difference(&from_jsonld).take(3).collect();
        assert!(only_jsonld.is_empty() && only_nquads.is_empty(), "{dirs:?}: {only_jsonld:?} / {only_nquads:?}");
    }
}

#[test]
fn every_quotation_has_a_creator_and_evidence_in_its_article() {
    let graph = graph_of(&["seeds", "tests/corpus/articles"]);
    let index = index(&parse(&export(&graph, Format::JsonLd, "urn:quotegraph:"), jsonld()));
    let quotations: Vec<_> = index.iter().filter(|(_, p)| has_type(p, "Quotation")).collect();
    let direct = graph.nodes().filter(|n| matches!(&n.data, NodeData::Statement(s) if s.kind.as_str() != "indirect")).count();
    assert_eq!(quotations.len(), direct);
    for (iri, props) in quotations {
        let creators = props.get(&format!("{SCHEMA}creator")).unwrap_or_else(|| panic!("{iri} has no creator"));
        for creator in creators {
            let creator = creator.to_string();
            let creator_props = &index[creator.trim_matches(['<', '>'])];
            assert!(["Person", "Organization", "GovernmentOrganization", "PoliticalParty"].iter().any(|c| has_type(creator_props, c)));
        }
        let article = props[&format!("{SCHEMA}isBasedOn")][0].to_string();
        let evidence = props["urn:quotegraph:vocab:evidence"][0].to_string();
        assert!(evidence.starts_with(&format!("{}#char=", article.trim_end_matches('>'))), "{evidence} is not in {article}");
    }
}

#[test]
fn the_review_of_each_rated_inspection_carries_its_grade() {
    let graph = graph_of(&["seeds", "tests/corpus/articles"]);
    let base = "https://data.example.org/news/";
    let index = index(&parse(&export(&graph, Format::NQuads, base), RdfFormat::NQuads));
    let mut rated = 0;
    for node in graph.nodes() {
        let NodeData::Inspection(inspection) = &node.data else { continue };
        let iri = format!("{base}{}", node.id.replacen(':', "/", 1).replace('#', "/"));
        let review = index.get(&iri).unwrap_or_else(|| panic!("no review {iri}"));
        assert!(has_type(review, "Review"));
        let ratings = review.get(&format!("{SCHEMA}reviewRating"));
        match inspection.rating {
            Some(rating) => {
                rated += 1;
                let rating_iri = ratings.expect("a rating")[0].to_string();
                let value = &index[rating_iri.trim_matches(['<', '>'])][&format!("{SCHEMA}ratingValue")][0];
                assert_eq!(value.to_string(), format!("\"{}\"", rating.as_str()), "{iri}");
            }
            None => assert!(ratings.is_none(), "{iri} has a rating the graph lacks"),
        }
        let reviewed = &review[&format!("{SCHEMA}itemReviewed")];
        assert!(!reviewed.is_empty());
    }
    assert!(rated >= 8, "only {rated} rated inspections");
}

#[test]
fn the_inline_context_is_the_shipped_one_and_the_vocabulary_defines_every_own_term() {
    let graph = graph_of(&["seeds"]);
    let doc: serde_json::Value = serde_json::from_slice(&export(&graph, Format::JsonLd, "urn:quotegraph:")).unwrap();
    let shipped: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("schema/context.jsonld")).unwrap()).unwrap();
    assert_eq!(doc["@context"], shipped["@context"]);

    let vocab = std::fs::read(root().join("schema/vocab.ttl")).unwrap();
    let defined: BTreeSet<String> = parse(&vocab, RdfFormat::Turtle).iter().map(|q| q.subject.to_string()).collect();
    let quads = parse(&export(&graph, Format::NQuads, "urn:quotegraph:"), RdfFormat::NQuads);
    let own = |t: String| t.starts_with("<urn:quotegraph:vocab:").then_some(t);
    let used: BTreeSet<String> = quads
        .iter()
        .flat_map(|q| [own(q.predicate.to_string()), if q.predicate.as_str() == RDF_TYPE { own(q.object.to_string()) } else { None }])
        .flatten()
        .collect();
    assert!(used.len() >= 6, "{used:?}");
    let undefined: Vec<_> = used.difference(&defined).collect();
    assert!(undefined.is_empty(), "used but not in schema/vocab.ttl: {undefined:?}");
}

#[test]
fn iris_are_the_same_in_every_corpus_a_node_appears_in() {
    let seeds = parse(&export(&graph_of(&["seeds"]), Format::NQuads, "urn:quotegraph:"), RdfFormat::NQuads);
    let both = parse(&export(&graph_of(&["seeds", "tests/corpus/articles"]), Format::NQuads, "urn:quotegraph:"), RdfFormat::NQuads);
    let people = |quads: &HashSet<Quad>| -> BTreeSet<String> {
        quads.iter().filter(|q| q.object.to_string() == format!("<{SCHEMA}Person>")).map(|q| q.subject.to_string()).collect()
    };
    let (alone, together) = (people(&seeds), people(&both));
    assert!(!alone.is_empty());
    assert!(alone.is_subset(&together), "{:?}", alone.difference(&together).collect::<Vec<_>>());
}
