//! The native graph JSON: `{"nodes": [...], "edges": [...]}`, sorted, so that the same
//! input always gives the same bytes. Its shape is `schema/graph.schema.json`.

use std::io::Write;

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{json, Map, Value};

use crate::model::{EdgeView, Node, NodeData, OrgCategory, QuoteGraph, Span};

/// The graph as a JSON value.
pub fn to_value(graph: &QuoteGraph) -> Value {
    let nodes: Vec<Value> = graph.nodes().map(node_value).collect();
    let edges: Vec<Value> = graph.edges().iter().map(edge_value).collect();
    json!({ "nodes": nodes, "edges": edges })
}

/// Writes the graph as pretty-printed JSON with a final newline: the same bytes as
/// [`to_value`] pretty-printed, but one node or edge at a time, so that memory stays
/// proportional to the graph and not to its JSON.
pub fn write(graph: &QuoteGraph, out: &mut dyn Write) -> std::io::Result<()> {
    super::write_pretty(&Streamed(graph), out)
}

/// The graph, serialised lazily; keys in the order `to_value` sorts them.
struct Streamed<'g>(&'g QuoteGraph);

/// A sequence serialised one element at a time.
struct Lazy<I>(std::cell::RefCell<Option<I>>);

impl<I: Iterator<Item = Value>> Serialize for Lazy<I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let items = self.0.borrow_mut().take();
        serializer.collect_seq(items.into_iter().flatten())
    }
}

/// Edges serialised one at a time from the graph's views.
struct EdgesOut<'a, 'g>(&'a [EdgeView<'g>]);

impl Serialize for EdgesOut<'_, '_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(EdgeOut::from))
    }
}

impl Serialize for Streamed<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let edges = self.0.edges();
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("edges", &EdgesOut(&edges))?;
        map.serialize_entry("nodes", &Lazy(Some(self.0.nodes().map(node_value)).into()))?;
        map.end()
    }
}

fn span_value(span: Span) -> Value {
    json!({ "start": span.start, "end": span.end })
}

fn node_value(node: &Node) -> Value {
    let mut obj = Map::new();
    obj.insert("id".into(), json!(node.id));
    obj.insert("type".into(), json!(node.kind().as_str()));
    obj.insert("label".into(), json!(node.label));
    match &node.data {
        NodeData::Person | NodeData::Party => {}
        NodeData::Organization(category) => {
            obj.insert("category".into(), json!(category.as_str()));
            if let OrgCategory::PartyGroup { party } = category {
                obj.insert("party".into(), json!(party));
            }
        }
        NodeData::Statement(s) => {
            obj.insert("text".into(), json!(s.text));
            obj.insert("kind".into(), json!(s.kind.as_str()));
            obj.insert("document".into(), json!(s.document));
            obj.insert("span".into(), span_value(s.span));
            obj.insert("chars".into(), span_value(s.chars));
            obj.insert("cue".into(), json!(s.cue));
        }
        NodeData::Role { organization } => {
            obj.insert("organization".into(), json!(organization));
        }
        NodeData::Inspection(i) => {
            obj.insert("rating".into(), json!(i.rating.map(|r| r.as_str())));
            obj.insert("date".into(), json!(i.date.iso()));
            obj.insert("kind".into(), json!(i.kind.as_str()));
            let judgements: Vec<Value> =
                i.judgements.iter().map(|j| json!({"part": j.part, "rating": j.rating.as_str()})).collect();
            obj.insert("judgements".into(), Value::Array(judgements));
        }
        NodeData::Finding(f) => {
            obj.insert("text".into(), json!(f.text));
            obj.insert("polarity".into(), json!(f.polarity.as_str()));
            obj.insert("document".into(), json!(f.document));
            obj.insert("span".into(), span_value(f.span));
            obj.insert("chars".into(), span_value(f.chars));
        }
        NodeData::Document(d) => {
            obj.insert("name".into(), json!(d.name));
            obj.insert("bytes".into(), json!(d.bytes));
            if let Some(url) = &d.url {
                obj.insert("url".into(), json!(url));
            }
            if let Some(published) = d.published.and_then(|p| p.iso()) {
                obj.insert("published".into(), json!(published));
            }
            if let Some(publisher) = &d.publisher {
                obj.insert("publisher".into(), json!(publisher));
            }
        }
    }
    Value::Object(obj)
}

fn edge_value(e: &EdgeView<'_>) -> Value {
    serde_json::to_value(EdgeOut::from(e)).unwrap_or(Value::Null)
}

/// An edge as graph JSON writes it, borrowing from the graph: edges are most of a graph,
/// and building a `Value` for each cost a third of writing them. Fields are declared in
/// sorted order, the order `Value` maps give, so both paths write the same bytes.
#[derive(serde::Serialize)]
struct EdgeOut<'g> {
    evidence: EvidenceOut<'g>,
    source: &'g str,
    target: &'g str,
    #[serde(rename = "type")]
    kind: &'static str,
}

#[derive(serde::Serialize)]
struct EvidenceOut<'g> {
    chars: SpanOut,
    document: &'g str,
    sentence: &'g str,
    span: SpanOut,
}

#[derive(serde::Serialize)]
struct SpanOut {
    end: usize,
    start: usize,
}

impl From<Span> for SpanOut {
    fn from(span: Span) -> SpanOut {
        SpanOut { end: span.end, start: span.start }
    }
}

impl<'g> From<&EdgeView<'g>> for EdgeOut<'g> {
    fn from(e: &EdgeView<'g>) -> EdgeOut<'g> {
        let ev = &e.edge.evidence;
        EdgeOut {
            evidence: EvidenceOut { chars: ev.chars.into(), document: &ev.document, sentence: &ev.sentence, span: ev.span.into() },
            source: &e.source.id,
            target: &e.target.id,
            kind: e.edge.kind.as_str(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::extract::Extractor;

    #[test]
    fn streamed_output_is_the_value_pretty_printed() {
        let article = Article::new("a.txt", "Cllr Ann Lee said: “We will act.”\n\n“Soon,” she added.");
        let graph = Extractor::new().unwrap().build(&[article]);
        let mut streamed = Vec::new();
        write(&graph, &mut streamed).unwrap();
        let whole = serde_json::to_string_pretty(&to_value(&graph)).unwrap() + "\n";
        assert_eq!(String::from_utf8(streamed).unwrap(), whole);
    }
}
