//! The timeline view: for each organisation, its inspections in date order, coloured by
//! grade, with who inspected and what kind of visit it was.

use std::collections::BTreeMap;

use graphviz_rust::dot_structures::Graph;

use super::style::{attr, rating_colours, rating_label};
use super::{cluster, count, Diagram};
use crate::model::{EdgeKind, InspectionKind, Node, NodeData, QuoteGraph};

pub(super) fn diagram(graph: &QuoteGraph) -> Graph {
    let mut by_body: BTreeMap<&str, (&Node, Vec<&Node>)> = BTreeMap::new();
    for e in graph.edges().into_iter().filter(|e| e.edge.kind == EdgeKind::Rated) {
        let (_, inspections) = by_body.entry(e.target.id.as_str()).or_insert((e.target, Vec::new()));
        if !inspections.iter().any(|i| i.id == e.source.id) {
            inspections.push(e.source);
        }
    }
    let inspections: usize = by_body.values().map(|(_, i)| i.len()).sum();
    let title = match inspections {
        0 => "Inspections: none in these articles".to_string(),
        n => format!("Inspections by date: {} of {}", count(n, "inspection"), count(by_body.len(), "organisation")),
    };
    let mut d = Diagram::new(graph, &title);
    for (n, (body, mut inspections)) in by_body.into_values().enumerate() {
        // Dated inspections in order, undated ones after them.
        inspections.sort_by_key(|i| match &i.data {
            NodeData::Inspection(data) => (data.date.iso().is_none(), data.date.iso(), i.id.clone()),
            _ => (true, None, i.id.clone()),
        });
        let mut stmts = Vec::new();
        for inspection in &inspections {
            let NodeData::Inspection(data) = &inspection.data else { continue };
            let (fill, font) = rating_colours(data.rating);
            let mut label = vec![data.date.iso().unwrap_or_else(|| "date not given".into()), rating_label(data.rating)];
            if data.kind != InspectionKind::Full {
                label.push(data.kind.as_str().replace('_', " "));
            }
            if let Some(inspector) = graph.sources(&inspection.id, EdgeKind::Conducted).first() {
                label.push(format!("by {}", inspector.label));
            }
            stmts.push(d.node(&inspection.id, vec![
                attr("shape", "box"),
                attr("style", "rounded,filled"),
                attr("fillcolor", fill),
                attr("fontcolor", font),
                attr("label", &label.join("\n")),
            ]));
        }
        for pair in inspections.windows(2) {
            stmts.push(d.edge(&pair[0].id, &pair[1].id, vec![attr("color", "#9e9e9e"), attr("arrowhead", "vee")]));
        }
        d.stmts.push(cluster(n, vec![attr("label", &body.label), attr("style", "rounded"), attr("color", "#616161")], stmts));
    }
    d.finish("timeline")
}
