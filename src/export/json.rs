//! The native graph JSON: `{"nodes": [...], "edges": [...]}`, sorted, so that the same
//! input always gives the same bytes. Its shape is `schema/graph.schema.json`.

use std::io::Write;

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{json, Value};

use crate::model::{EdgeView, Judgement, Node, NodeData, OrgCategory, QuoteGraph, Span};

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

/// Nodes serialised one at a time from the graph.
struct NodesOut<'g>(&'g QuoteGraph);

impl Serialize for NodesOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.nodes().map(NodeOut))
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
        map.serialize_entry("nodes", &NodesOut(self.0))?;
        map.end()
    }
}

/// A node as graph JSON writes it, borrowing from the graph. Its fields depend on its
/// kind; they are written in sorted order, the order `Value` maps give.
struct NodeOut<'g>(&'g Node);

/// A field value of a node.
enum Field<'g> {
    Str(&'g str),
    Owned(String),
    Count(usize),
    Span(SpanOut),
    Null,
    Judgements(&'g [Judgement]),
}

impl Serialize for Field<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Field::Str(s) => serializer.serialize_str(s),
            Field::Owned(s) => serializer.serialize_str(s),
            Field::Count(n) => n.serialize(serializer),
            Field::Span(span) => span.serialize(serializer),
            Field::Null => serializer.serialize_unit(),
            Field::Judgements(js) => serializer.collect_seq(js.iter().map(|j| JudgementOut { part: &j.part, rating: j.rating.as_str() })),
        }
    }
}

#[derive(serde::Serialize)]
struct JudgementOut<'g> {
    part: &'g str,
    rating: &'static str,
}

impl<'g> NodeOut<'g> {
    fn fields(&self) -> Vec<(&'static str, Field<'g>)> {
        let node = self.0;
        let mut fields = vec![("id", Field::Str(&node.id)), ("type", Field::Str(node.kind().as_str())), ("label", Field::Str(&node.label))];
        match &node.data {
            NodeData::Person | NodeData::Party => {}
            NodeData::Organization(category) => {
                fields.push(("category", Field::Str(category.as_str())));
                if let OrgCategory::PartyGroup { party } = category {
                    fields.push(("party", Field::Str(party)));
                }
            }
            NodeData::Statement(s) => {
                fields.extend(located(&s.text, &s.document, s.span, s.chars));
                fields.extend([("kind", Field::Str(s.kind.as_str())), ("cue", s.cue.as_deref().map_or(Field::Null, Field::Str))]);
            }
            NodeData::Role { organization } => {
                fields.push(("organization", organization.as_deref().map_or(Field::Null, Field::Str)));
            }
            NodeData::Inspection(i) => fields.extend([
                ("rating", i.rating.map_or(Field::Null, |r| Field::Str(r.as_str()))),
                ("date", i.date.iso().map_or(Field::Null, Field::Owned)),
                ("kind", Field::Str(i.kind.as_str())),
                ("judgements", Field::Judgements(&i.judgements)),
            ]),
            NodeData::Finding(f) => {
                fields.extend(located(&f.text, &f.document, f.span, f.chars));
                fields.push(("polarity", Field::Str(f.polarity.as_str())));
            }
            NodeData::Document(d) => {
                fields.extend([("name", Field::Str(&d.name)), ("bytes", Field::Count(d.bytes))]);
                if let Some(url) = &d.url {
                    fields.push(("url", Field::Str(url)));
                }
                if let Some(published) = d.published.and_then(|p| p.iso()) {
                    fields.push(("published", Field::Owned(published)));
                }
                if let Some(publisher) = &d.publisher {
                    fields.push(("publisher", Field::Str(publisher)));
                }
            }
        }
        fields.sort_unstable_by_key(|&(key, _)| key);
        fields
    }
}

/// The fields of text read from a document: statements' and findings'.
fn located<'g>(text: &'g str, document: &'g str, span: Span, chars: Span) -> [(&'static str, Field<'g>); 4] {
    [("text", Field::Str(text)), ("document", Field::Str(document)), ("span", Field::Span(span.into())), ("chars", Field::Span(chars.into()))]
}

impl Serialize for NodeOut<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = self.fields();
        let mut map = serializer.serialize_map(Some(fields.len()))?;
        for (key, value) in &fields {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

fn node_value(node: &Node) -> Value {
    serde_json::to_value(NodeOut(node)).unwrap_or(Value::Null)
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
        let mut dated = Article::new(
            "b.txt",
            "Inspectors rated Eastmoor Council’s children’s services inadequate last month. The adoption service was \
             rated good.\n\nThe report found that plans drift.\n\n\
             Cllr Ines Varga, the Green leader of Eastmoor Council, said the Green group would act.",
        );
        dated.meta.url = Some("https://news.example/b".into());
        dated.meta.published = crate::corpus::published_date("2025-03-04");
        dated.meta.publisher = Some("Example News".into());
        let articles = [Article::new("a.txt", "Cllr Ann Lee said: “We will act.”\n\n“Soon,” she added."), dated];
        let graph = Extractor::new().unwrap().build(&articles);
        let mut streamed = Vec::new();
        write(&graph, &mut streamed).unwrap();
        let whole = serde_json::to_string_pretty(&to_value(&graph)).unwrap() + "\n";
        assert_eq!(String::from_utf8(streamed).unwrap(), whole);
        for field in ["\"judgements\": [\n", "\"polarity\"", "\"publisher\"", "\"published\"", "\"url\"", "\"organization\"", "\"party\"", "\"cue\""] {
            assert!(whole.contains(field), "{field} missing from {whole}");
        }
    }
}
