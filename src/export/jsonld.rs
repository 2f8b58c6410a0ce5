//! JSON-LD: the RDF triples as one node object per subject, compacted with the inline
//! `@context` of `schema/context.jsonld`, so that it loads with no network access.

use std::collections::HashMap;
use std::io::Write;

use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{Literal, NamedOrBlankNode, Term, Triple};
use serde_json::{json, Map, Value};

use super::rdf::{triples, Iris};
use crate::error::ExportError;
use crate::model::QuoteGraph;

/// The context, as shipped in `schema/context.jsonld`.
pub const CONTEXT: &str = include_str!("../../schema/context.jsonld");

/// Writes the graph as a JSON-LD document with an inline context and a final newline.
pub fn write(graph: &QuoteGraph, iris: &Iris, out: &mut dyn Write) -> Result<(), ExportError> {
    let document = to_value(&triples(graph, iris))?;
    Ok(super::write_pretty(&document, out)?)
}

/// The triples as a compacted JSON-LD document.
pub fn to_value(triples: &[Triple]) -> Result<Value, ExportError> {
    let context = Context::shipped()?;
    let mut graph = Vec::new();
    // The triples are sorted, so each subject's triples are together.
    for group in triples.chunk_by(|a, b| a.subject == b.subject) {
        graph.push(context.node_object(group));
    }
    Ok(json!({ "@context": context.definitions, "@graph": graph }))
}

fn context_error(e: impl std::fmt::Display) -> ExportError {
    // The context is compiled in and checked by a test, so this is a build defect.
    ExportError::Io(std::io::Error::other(format!("schema/context.jsonld is malformed: {e}")))
}

/// The context, and what compaction needs to know of it.
struct Context {
    /// The `@context` object as shipped.
    definitions: Value,
    /// Namespace IRI -> prefix, longest namespace first.
    prefixes: Vec<(String, String)>,
    /// IRI -> (term, whether its string values are IRIs).
    terms: HashMap<String, (String, bool)>,
}

impl Context {
    fn shipped() -> Result<Context, ExportError> {
        let mut value: Value = serde_json::from_str(CONTEXT).map_err(context_error)?;
        let definitions = value["@context"].take();
        let entries = definitions.as_object().ok_or_else(|| context_error("no @context object"))?;
        let mut prefixes: Vec<(String, String)> = entries
            .iter()
            .filter_map(|(term, v)| Some((v.as_str()?, term)))
            .filter(|(iri, _)| iri.ends_with(['/', '#', ':']))
            .map(|(iri, term)| (iri.to_string(), term.clone()))
            .collect();
        prefixes.sort_by_key(|(namespace, _)| std::cmp::Reverse(namespace.len()));
        let expand = |compact: &str| match compact.split_once(':') {
            Some((p, local)) => match prefixes.iter().find(|(_, prefix)| prefix == p) {
                Some((ns, _)) => format!("{ns}{local}"),
                None => compact.to_string(),
            },
            None => compact.to_string(),
        };
        let mut terms = HashMap::new();
        for (term, definition) in entries {
            let (id, is_iri) = match definition {
                Value::String(id) if !prefixes.iter().any(|(_, p)| p == term) => (id.as_str(), false),
                Value::Object(d) => (d.get("@id").and_then(Value::as_str).unwrap_or(""), d.get("@type") == Some(&json!("@id"))),
                _ => continue,
            };
            terms.insert(expand(id), (term.clone(), is_iri));
        }
        Ok(Context { definitions, prefixes, terms })
    }

    /// "http://schema.org/creator" -> "schema:creator"; IRIs under no prefix stay whole.
    fn compact_iri(&self, iri: &str) -> String {
        match self.prefixes.iter().find(|(ns, _)| iri.starts_with(ns.as_str()) && iri.len() > ns.len()) {
            Some((ns, prefix)) => format!("{prefix}:{}", &iri[ns.len()..]),
            None => iri.to_string(),
        }
    }

    /// A class or property as a term when the context defines one.
    fn term(&self, iri: &str) -> (String, bool) {
        self.terms.get(iri).cloned().unwrap_or_else(|| (self.compact_iri(iri), false))
    }

    fn node_object(&self, triples: &[Triple]) -> Value {
        let mut object = Map::new();
        let id = match &triples[0].subject {
            NamedOrBlankNode::NamedNode(iri) => iri.as_str().to_string(),
            other => other.to_string(),
        };
        object.insert("@id".into(), json!(id));
        let mut types = Vec::new();
        for t in triples {
            if t.predicate.as_ref() == rdf::TYPE {
                if let Term::NamedNode(class) = &t.object {
                    types.push(json!(self.term(class.as_str()).0));
                }
                continue;
            }
            let (key, values_are_iris) = self.term(t.predicate.as_str());
            let value = self.value(&t.object, values_are_iris);
            match object.get_mut(&key) {
                Some(Value::Array(values)) => values.push(value),
                Some(single) => *single = Value::Array(vec![single.take(), value]),
                None => {
                    object.insert(key, value);
                }
            }
        }
        match types.len() {
            0 => {}
            1 => {
                object.insert("@type".into(), types.remove(0));
            }
            _ => {
                object.insert("@type".into(), Value::Array(types));
            }
        }
        Value::Object(object)
    }

    fn value(&self, term: &Term, values_are_iris: bool) -> Value {
        match term {
            Term::NamedNode(iri) if values_are_iris => json!(self.compact_iri(iri.as_str())),
            Term::NamedNode(iri) => json!({ "@id": self.compact_iri(iri.as_str()) }),
            Term::Literal(literal) => self.literal(literal, values_are_iris),
            // The exports mint an IRI for everything; nothing here makes a blank node.
            other => json!({ "@id": other.to_string() }),
        }
    }

    fn literal(&self, literal: &Literal, values_are_iris: bool) -> Value {
        match literal.language() {
            Some(language) => json!({ "@value": literal.value(), "@language": language }),
            None if literal.datatype() == xsd::STRING && !values_are_iris => json!(literal.value()),
            None => json!({ "@value": literal.value(), "@type": self.compact_iri(literal.datatype().as_str()) }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::rdf::vocab::{qg, schema};
    use oxigraph::model::NamedNode;

    fn iri(s: &str) -> NamedNode {
        NamedNode::new(s).unwrap()
    }

    #[test]
    fn the_shipped_context_names_every_term_the_exports_use() {
        let context = Context::shipped().unwrap();
        for (iri, term) in [
            (schema::CREATOR, "creator"),
            (schema::QUOTATION, "Quotation"),
            (schema::REVIEW_RATING, "reviewRating"),
            (qg::CRITICISED, "criticised"),
            (qg::EVIDENCE, "evidence"),
            (rdf::SUBJECT, "subject"),
        ] {
            assert_eq!(context.term(iri.as_str()).0, term);
        }
        assert_eq!(context.compact_iri("http://schema.org/creator"), "schema:creator");
        assert_eq!(context.compact_iri("urn:quotegraph:person/a"), "urn:quotegraph:person/a");
    }

    #[test]
    fn one_node_object_per_subject_with_terms_and_typed_values() {
        let review = iri("urn:quotegraph:inspection/x");
        let triples = vec![
            Triple::new(review.clone(), rdf::TYPE, schema::REVIEW),
            Triple::new(review.clone(), schema::AUTHOR, iri("urn:quotegraph:org/inspectorate")),
            Triple::new(review.clone(), schema::DATE_PUBLISHED, Literal::new_typed_literal("2024-03", xsd::G_YEAR_MONTH)),
            Triple::new(review.clone(), schema::NAME, Literal::new_simple_literal("An \"inspection\"")),
            Triple::new(review.clone(), qg::FOUND, iri("urn:quotegraph:finding/a")),
            Triple::new(review.clone(), qg::FOUND, iri("urn:quotegraph:finding/b")),
            Triple::new(iri("urn:quotegraph:x"), rdf::PREDICATE, schema::CREATOR),
        ];
        let doc = to_value(&triples).unwrap();
        assert_eq!(
            doc["@graph"][0],
            json!({
                "@id": "urn:quotegraph:inspection/x",
                "@type": "Review",
                "author": "urn:quotegraph:org/inspectorate",
                "datePublished": { "@value": "2024-03", "@type": "xsd:gYearMonth" },
                "name": "An \"inspection\"",
                "found": ["urn:quotegraph:finding/a", "urn:quotegraph:finding/b"],
            })
        );
        assert_eq!(doc["@graph"][1]["predicate"], "schema:creator");
        assert_eq!(doc["@context"]["schema"], "http://schema.org/");
    }
}
