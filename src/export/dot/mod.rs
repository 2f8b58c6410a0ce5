//! Graphviz DOT diagrams, built with graphviz-rust's DOT model: who said what (the
//! default), the full graph with a legend, and a timeline of inspections.
//!
//! Graphviz node ids are synthetic (`n12`): names go in labels, which are escaped in
//! one place ([`style::quoted`]).

mod full;
mod style;
mod timeline;
mod who_said_what;

use std::collections::{BTreeSet, HashMap};
use std::io::Write;

use graphviz_rust::dot_structures::{Attribute, Edge, EdgeTy, Graph, GraphAttributes, Id, Node as DotNode, NodeId, Stmt, Subgraph, Vertex};
use graphviz_rust::printer::{DotPrinter, PrinterContext};

use crate::model::{EdgeKind, InspectionKind, Node, NodeData, NodeKind, QuoteGraph};
pub use style::quoted;
use style::{attr, Palette};

/// Which diagram to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Speakers grouped by party, what they said, and the inspections they spoke about.
    #[default]
    WhoSaidWhat,
    /// Every node and edge, with a legend.
    Full,
    /// Each organisation's inspections in date order, with their grades.
    Timeline,
}

impl View {
    /// Every view.
    pub const ALL: &'static [View] = &[View::WhoSaidWhat, View::Full, View::Timeline];

    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            View::WhoSaidWhat => "who-said-what",
            View::Full => "full",
            View::Timeline => "timeline",
        }
    }

    /// The view of this name.
    pub fn from_name(name: &str) -> Option<View> {
        View::ALL.iter().copied().find(|v| v.name() == name)
    }
}

/// How to draw a diagram.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DotOptions {
    /// Which diagram.
    pub view: View,
    /// Most statements drawn; the most connected are kept and the diagram says how
    /// many were left out.
    pub max_statements: usize,
}

impl Default for DotOptions {
    fn default() -> Self {
        DotOptions { view: View::WhoSaidWhat, max_statements: 40 }
    }
}

/// The diagram of `graph` as a DOT graph.
pub fn to_dot(graph: &QuoteGraph, options: &DotOptions) -> Graph {
    match options.view {
        View::WhoSaidWhat => who_said_what::diagram(graph, options.max_statements),
        View::Full => full::diagram(graph, options.max_statements),
        View::Timeline => timeline::diagram(graph),
    }
}

/// The diagram as DOT text.
pub fn to_string(graph: &QuoteGraph, options: &DotOptions) -> String {
    to_dot(graph, options).print(&mut PrinterContext::default())
}

/// Writes the diagram as DOT text with a final newline.
pub fn write(graph: &QuoteGraph, options: &DotOptions, out: &mut dyn Write) -> std::io::Result<()> {
    out.write_all(to_string(graph, options).as_bytes())?;
    out.write_all(b"\n")
}

/// A diagram under construction: statements, and Graphviz ids for graph nodes.
struct Diagram<'g> {
    ids: HashMap<&'g str, usize>,
    stmts: Vec<Stmt>,
    palette: Palette,
}

impl<'g> Diagram<'g> {
    /// A diagram with a title and left-to-right layout.
    fn new(graph: &'g QuoteGraph, title: &str) -> Diagram<'g> {
        let ids = graph.nodes().enumerate().map(|(i, n)| (n.id.as_str(), i)).collect();
        let stmts = vec![
            Stmt::GAttribute(GraphAttributes::Graph(vec![
                attr("rankdir", "LR"),
                attr("label", title),
                attr("labelloc", "t"),
                attr("fontname", "Helvetica"),
                attr("fontsize", "16"),
                attr("nodesep", "0.25"),
                attr("ranksep", "0.8"),
            ])),
            Stmt::GAttribute(GraphAttributes::Node(vec![attr("fontname", "Helvetica"), attr("fontsize", "10")])),
            Stmt::GAttribute(GraphAttributes::Edge(vec![attr("fontname", "Helvetica"), attr("fontsize", "9")])),
        ];
        Diagram { ids, stmts, palette: Palette::new() }
    }

    /// The Graphviz id of the graph node `id`.
    fn id(&self, id: &str) -> NodeId {
        let n = self.ids.get(id).map_or_else(|| format!("x{}", self.ids.len()), |i| format!("n{i}"));
        NodeId(Id::Plain(n), None)
    }

    fn node(&self, id: &str, attributes: Vec<Attribute>) -> Stmt {
        Stmt::Node(DotNode::new(self.id(id), attributes))
    }

    fn edge(&self, from: &str, to: &str, attributes: Vec<Attribute>) -> Stmt {
        Stmt::Edge(Edge { ty: EdgeTy::Pair(Vertex::N(self.id(from)), Vertex::N(self.id(to))), attributes })
    }

    fn finish(self, name: &str) -> Graph {
        Graph::DiGraph { id: Id::Plain(name.to_string()), strict: false, stmts: self.stmts }
    }
}

/// A cluster (a box around its nodes) with a label and attributes.
fn cluster(n: usize, attributes: Vec<Attribute>, mut stmts: Vec<Stmt>) -> Stmt {
    stmts.insert(0, Stmt::GAttribute(GraphAttributes::Graph(attributes)));
    Stmt::Subgraph(Subgraph { id: Id::Plain(format!("cluster_{n}")), stmts })
}

/// The statements a diagram draws when at most `max` fit: the most connected first,
/// ties by id; and how many were left out.
fn kept_statements(graph: &QuoteGraph, max: usize) -> (BTreeSet<&str>, usize) {
    let mut degree: HashMap<&str, usize> = HashMap::new();
    for e in graph.edges() {
        for node in [e.source, e.target] {
            if node.kind() == NodeKind::Statement {
                *degree.entry(node.id.as_str()).or_default() += 1;
            }
        }
    }
    let mut statements: Vec<&str> = graph.nodes().filter(|n| n.kind() == NodeKind::Statement).map(|n| n.id.as_str()).collect();
    statements.sort_by_key(|id| std::cmp::Reverse(degree.get(id).copied().unwrap_or(0)));
    let left_out = statements.len().saturating_sub(max);
    statements.truncate(max);
    (statements.into_iter().collect(), left_out)
}

/// An inspection as diagrams label it: who inspected whom, when, and the grade.
fn inspection_label(graph: &QuoteGraph, inspection: &Node, width: usize) -> String {
    let NodeData::Inspection(data) = &inspection.data else { return inspection.label.clone() };
    let inspector = graph.sources(&inspection.id, EdgeKind::Conducted);
    let body = graph.targets(&inspection.id, EdgeKind::Rated);
    let what = match data.kind {
        InspectionKind::Full => "inspection".to_string(),
        other => other.as_str().replace('_', " "),
    };
    let heading = match (inspector.first(), body.first()) {
        (Some(i), Some(b)) => format!("{} {what} of {}", i.label, b.label),
        (None, Some(b)) => format!("{what} of {}", b.label),
        _ => inspection.label.clone(),
    };
    let date = data.date.iso().unwrap_or_else(|| "date not given".into());
    format!("{}\n{date}\n{}", style::wrap(&heading, width), style::rating_label(data.rating))
}

/// "1 article", "3 articles".
fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// A title's second line about statements left out, if any.
fn left_out_note(left_out: usize) -> String {
    match left_out {
        0 => String::new(),
        1 => "\n1 less-connected statement left out (raise --max-statements to draw it)".into(),
        n => format!("\n{n} less-connected statements left out (raise --max-statements to draw them)"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::extract::Extractor;

    fn graph_of(text: &str) -> QuoteGraph {
        Extractor::new().unwrap().build(&[Article::new("report.txt", text)])
    }

    const ARTICLE: &str = "Council services rated inadequate\n\n\
        Ofsted rated Northby Council's children's services inadequate in a report published on Tuesday.\n\n\
        Cllr Dana Price, Labour leader of the council, said: \"We accept the findings in full.\"\n\n\
        Cllr Ray Hollis, leader of the Conservative group, said: \"This is a damning report.\"\n\n\
        \"Children were left at risk,\" he added.\n";

    #[test]
    fn views_know_their_names() {
        for &v in View::ALL {
            assert_eq!(View::from_name(v.name()), Some(v));
        }
    }

    #[test]
    fn max_statements_keeps_the_most_connected_and_counts_the_rest() {
        let graph = graph_of(ARTICLE);
        let all = graph.nodes().filter(|n| n.kind() == NodeKind::Statement).count();
        assert_eq!(all, 3);
        let (kept, left_out) = kept_statements(&graph, 2);
        assert_eq!((kept.len(), left_out), (2, 1));
        let dot = to_string(&graph, &DotOptions { view: View::WhoSaidWhat, max_statements: 2 });
        assert!(dot.contains("1 less-connected statement left out"), "{dot}");
        assert_eq!(dot.matches("shape=\"note\"").count(), 2);
    }

    #[test]
    fn every_view_parses_back_as_dot() {
        let graph = graph_of(ARTICLE);
        for &view in View::ALL {
            let dot = to_string(&graph, &DotOptions { view, max_statements: 40 });
            graphviz_rust::parse(&dot).unwrap_or_else(|e| panic!("{}: {e}\n{dot}", view.name()));
        }
    }
}
