//! The full view: every node and edge of the graph, drawn by kind, with a legend.

use std::collections::BTreeSet;

use graphviz_rust::dot_structures::{Attribute, Graph, Id, Node, NodeId, Stmt};

use super::style::{attr, kind_style, node_text, rating_colours, rating_label, CRITICISM};
use super::{cluster, count, inspection_label, kept_statements, left_out_note, Diagram};
use crate::model::{EdgeKind, NodeData, NodeKind, QuoteGraph, Rating};

/// Characters a label line holds.
const WIDTH: usize = 30;

pub(super) fn diagram(graph: &QuoteGraph, max_statements: usize) -> Graph {
    let (kept, left_out) = kept_statements(graph, max_statements);
    let shown = |id: &str, kind: NodeKind| kind != NodeKind::Statement || kept.contains(id);
    let title = format!("The whole graph: {}, {}{}", count(graph.node_count(), "node"), count(graph.edge_count(), "edge"), left_out_note(left_out));
    let mut d = Diagram::new(graph, &title);
    let mut kinds_seen = Vec::new();
    for node in graph.nodes().filter(|n| shown(&n.id, n.kind())) {
        let mut style = kind_style(node, &d.palette);
        let label = match &node.data {
            NodeData::Inspection(_) => inspection_label(graph, node, WIDTH),
            _ => node_text(node, WIDTH),
        };
        style.push(attr("label", &label));
        d.stmts.push(d.node(&node.id, style));
        if !kinds_seen.iter().any(|(k, _)| *k == node.kind()) {
            kinds_seen.push((node.kind(), node));
        }
    }
    let mut drawn = BTreeSet::new();
    for e in graph.edges() {
        if !shown(&e.source.id, e.source.kind()) || !shown(&e.target.id, e.target.kind()) {
            continue;
        }
        if !drawn.insert((e.source.id.as_str(), e.edge.kind, e.target.id.as_str())) {
            continue;
        }
        let mut style = vec![attr("label", e.edge.kind.as_str())];
        if e.edge.kind == EdgeKind::Criticised {
            style.extend([attr("color", CRITICISM), attr("fontcolor", CRITICISM), attr("style", "dashed")]);
        }
        d.stmts.push(d.edge(&e.source.id, &e.target.id, style));
    }

    // The legend: a sample of each kind drawn, then the grade colours.
    kinds_seen.sort_by_key(|(k, _)| k.as_str());
    let mut legend: Vec<_> = kinds_seen
        .iter()
        .enumerate()
        .map(|(i, (kind, sample))| {
            // Inspections are coloured by grade, shown below; their sample is white.
            let mut style = match sample.data {
                NodeData::Inspection(_) => vec![attr("shape", "box"), attr("style", "filled"), attr("fillcolor", "white")],
                _ => kind_style(sample, &d.palette),
            };
            style.push(attr("label", kind.as_str()));
            legend_node(&format!("legend_kind_{i}"), style)
        })
        .collect();
    for (i, rating) in [Rating::Outstanding, Rating::Good, Rating::RequiresImprovement, Rating::Inadequate].into_iter().enumerate() {
        let (fill, font) = rating_colours(Some(rating));
        let style = vec![attr("shape", "box"), attr("style", "filled"), attr("fillcolor", fill), attr("fontcolor", font), attr("label", &rating_label(Some(rating)))];
        legend.push(legend_node(&format!("legend_rating_{i}"), style));
    }
    legend.push(legend_node("legend_criticised", vec![attr("shape", "plaintext"), attr("fontcolor", CRITICISM), attr("label", "red dashed arrow: criticised")]));
    d.stmts.push(cluster(0, vec![attr("label", "Legend"), attr("style", "rounded"), attr("color", "#9e9e9e")], legend));
    d.finish("quotegraph")
}

/// A legend entry: a node of its own, with an id no graph node has.
fn legend_node(id: &str, attributes: Vec<Attribute>) -> Stmt {
    Stmt::Node(Node::new(NodeId(Id::Plain(id.to_string()), None), attributes))
}
