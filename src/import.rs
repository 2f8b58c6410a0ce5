//! Reading a saved graph JSON (`schema/graph.schema.json`) back into a [`QuoteGraph`], so
//! that questions can be asked of a graph built once.

use std::path::Path;

use serde::Deserialize;

use crate::error::GraphReadError;
use crate::model::{
    DocumentData, Edge, EdgeKind, Evidence, FindingData, InspectionData, InspectionKind, Judgement, Node, NodeData, NodeKind,
    OrgCategory, PartialDate, Polarity, QuoteGraph, Rating, Span, StatementData, StatementKind,
};

/// Reads the graph JSON file at `path`.
pub fn read_graph(path: &Path) -> Result<QuoteGraph, GraphReadError> {
    let text = std::fs::read_to_string(path).map_err(|source| GraphReadError::Io { path: path.into(), source })?;
    parse_graph(&text, path)
}

/// Reads graph JSON from a string; `name` stands for its file in errors.
pub fn parse_graph(text: &str, name: &Path) -> Result<QuoteGraph, GraphReadError> {
    let raw: RawGraph = serde_json::from_str(text).map_err(|source| GraphReadError::Json { path: name.into(), source })?;
    graph_of(raw).map_err(|problem| GraphReadError::Invalid { path: name.into(), problem })
}

#[derive(Deserialize)]
struct RawGraph {
    nodes: Vec<RawNode>,
    edges: Vec<RawEdge>,
}

/// Every field any node type has; which ones must be there depends on `type`.
#[derive(Deserialize)]
struct RawNode {
    id: String,
    #[serde(rename = "type")]
    node_type: NodeKind,
    label: String,
    category: Option<String>,
    party: Option<String>,
    organization: Option<String>,
    text: Option<String>,
    kind: Option<String>,
    document: Option<String>,
    span: Option<Span>,
    chars: Option<Span>,
    cue: Option<String>,
    rating: Option<Rating>,
    date: Option<String>,
    #[serde(default)]
    judgements: Vec<RawJudgement>,
    polarity: Option<String>,
    name: Option<String>,
    bytes: Option<usize>,
    url: Option<String>,
    published: Option<String>,
    publisher: Option<String>,
}

#[derive(Deserialize)]
struct RawJudgement {
    part: String,
    rating: Rating,
}

#[derive(Deserialize)]
struct RawEdge {
    source: String,
    target: String,
    #[serde(rename = "type")]
    kind: EdgeKind,
    evidence: RawEvidence,
}

#[derive(Deserialize)]
struct RawEvidence {
    document: String,
    span: Span,
    chars: Span,
    sentence: String,
}

fn graph_of(raw: RawGraph) -> Result<QuoteGraph, String> {
    let mut graph = QuoteGraph::new();
    for node in raw.nodes {
        let data = node_data(&node).map_err(|problem| format!("node `{}`: {problem}", node.id))?;
        graph.upsert(Node { id: node.id, label: node.label, data });
    }
    for edge in raw.edges {
        let end = |id: &str| graph.index_of(id).ok_or_else(|| format!("{} edge from `{}` to `{}`: no node `{id}`", edge.kind.as_str(), edge.source, edge.target));
        let (source, target) = (end(&edge.source)?, end(&edge.target)?);
        let RawEvidence { document, span, chars, sentence } = edge.evidence;
        graph.add_edge(source, target, Edge { kind: edge.kind, evidence: Evidence::new(document, span, chars, sentence) });
    }
    Ok(graph)
}

fn node_data(node: &RawNode) -> Result<NodeData, String> {
    fn needed<T: Clone>(field: &Option<T>, name: &str) -> Result<T, String> {
        field.clone().ok_or_else(|| format!("has no `{name}`"))
    }
    fn named<T>(value: &str, what: &str, read: impl Fn(&str) -> Option<T>) -> Result<T, String> {
        read(value).ok_or_else(|| format!("unknown {what} `{value}`"))
    }
    Ok(match node.node_type {
        NodeKind::Person => NodeData::Person,
        NodeKind::Party => NodeData::Party,
        NodeKind::Organization => {
            let category = needed(&node.category, "category")?;
            NodeData::Organization(named(&category, "organisation category", |c| OrgCategory::from_name(c, node.party.as_deref()))?)
        }
        NodeKind::Role => NodeData::Role { organization: node.organization.clone() },
        NodeKind::Statement => NodeData::Statement(StatementData {
            text: needed(&node.text, "text")?,
            kind: named(&needed(&node.kind, "kind")?, "statement kind", statement_kind)?,
            document: needed(&node.document, "document")?,
            span: needed(&node.span, "span")?,
            chars: needed(&node.chars, "chars")?,
            cue: node.cue.clone(),
        }),
        NodeKind::Inspection => NodeData::Inspection(InspectionData {
            rating: node.rating,
            date: match &node.date {
                Some(date) => named(date, "date", PartialDate::from_iso)?,
                None => PartialDate::default(),
            },
            kind: named(&needed(&node.kind, "kind")?, "inspection kind", InspectionKind::from_name)?,
            judgements: node.judgements.iter().map(|j| Judgement { part: j.part.clone(), rating: j.rating }).collect(),
        }),
        NodeKind::Finding => NodeData::Finding(FindingData {
            text: needed(&node.text, "text")?,
            polarity: named(&needed(&node.polarity, "polarity")?, "polarity", Polarity::from_name)?,
            document: needed(&node.document, "document")?,
            span: needed(&node.span, "span")?,
            chars: needed(&node.chars, "chars")?,
        }),
        NodeKind::Document => {
            let published = match &node.published {
                Some(date) => Some(named(date, "date", PartialDate::from_iso)?),
                None => None,
            };
            let (url, publisher) = (node.url.clone(), node.publisher.clone());
            NodeData::Document(DocumentData { name: needed(&node.name, "name")?, bytes: needed(&node.bytes, "bytes")?, url, published, publisher })
        }
    })
}

fn statement_kind(name: &str) -> Option<StatementKind> {
    [StatementKind::Direct, StatementKind::Partial, StatementKind::Indirect].into_iter().find(|k| k.as_str() == name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::export::json;
    use crate::extract::Extractor;

    fn written(graph: &QuoteGraph) -> String {
        let mut out = Vec::new();
        json::write(graph, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_written_graph_reads_back_to_the_same_bytes() {
        let article = Article::new(
            "report.txt",
            "Ofsted rated Northby Council's children's services inadequate in March 2024, finding that \
             plans for children were often weak.\n\nCllr Ann Lee (Lab), the council leader, said: “We accept \
             the report in full.”\n\nThe Conservative group criticised the administration.",
        );
        let graph = Extractor::new().unwrap().build(&[article]);
        assert!(graph.node_count() > 5, "{}", written(&graph));
        let text = written(&graph);
        assert_eq!(written(&parse_graph(&text, Path::new("g.json")).unwrap()), text);
    }

    #[test]
    fn errors_name_the_file_and_the_problem() {
        let cases = [
            ("[1, 2]", "g.json: not graph JSON"),
            (r#"{"nodes": [{"id": "x", "type": "Planet", "label": "X"}], "edges": []}"#, "unknown variant `Planet`"),
            (r#"{"nodes": [{"id": "s", "type": "Statement", "label": "S"}], "edges": []}"#, "g.json: node `s`: has no `text`"),
            (
                r#"{"nodes": [{"id": "o", "type": "Organization", "label": "O", "category": "club"}], "edges": []}"#,
                "node `o`: unknown organisation category `club`",
            ),
            (
                r#"{"nodes": [], "edges": [{"source": "a", "target": "b", "type": "said",
                   "evidence": {"document": "d", "span": {"start": 0, "end": 1}, "chars": {"start": 0, "end": 1}, "sentence": "."}}]}"#,
                "said edge from `a` to `b`: no node `a`",
            ),
        ];
        for (text, expected) in cases {
            let message = parse_graph(text, Path::new("g.json")).unwrap_err().to_string();
            assert!(message.contains(expected), "{text}\n-> {message}");
        }
    }
}
