//! Read access to a graph JSON value, as the scorer needs it.

use std::collections::BTreeMap;

use serde_json::Value;

/// Nodes by id and edges of a graph JSON value.
#[derive(Debug)]
pub struct GraphView<'g> {
    nodes: BTreeMap<&'g str, &'g Value>,
    edges: Vec<&'g Value>,
}

fn str_of<'g>(v: &'g Value, key: &str) -> &'g str {
    v.get(key).and_then(Value::as_str).unwrap_or("")
}

impl<'g> GraphView<'g> {
    /// A view of `graph`; nodes without an id are ignored.
    pub fn new(graph: &'g Value) -> GraphView<'g> {
        let list = |key: &str| graph.get(key).and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default();
        let nodes: Vec<&Value> = list("nodes");
        GraphView { nodes: nodes.into_iter().map(|n| (str_of(n, "id"), n)).collect(), edges: list("edges") }
    }

    /// Nodes of a type, in id order.
    pub fn of_type(&self, t: &str) -> Vec<&'g Value> {
        self.nodes.values().copied().filter(|n| str_of(n, "type") == t).collect()
    }

    /// The (source, target) nodes of every `etype` edge, in edge order.
    pub fn edges_of(&self, etype: &str) -> Vec<(&'g Value, &'g Value)> {
        self.edges
            .iter()
            .filter(|e| str_of(e, "type") == etype)
            .filter_map(|e| Some((*self.nodes.get(str_of(e, "source"))?, *self.nodes.get(str_of(e, "target"))?)))
            .collect()
    }

    /// Targets of `etype` edges from node `id`.
    pub fn out(&self, id: &str, etype: &str) -> Vec<&'g Value> {
        self.follow(id, etype, "source", "target")
    }

    /// Sources of `etype` edges into node `id`.
    pub fn inc(&self, id: &str, etype: &str) -> Vec<&'g Value> {
        self.follow(id, etype, "target", "source")
    }

    fn follow(&self, id: &str, etype: &str, from: &str, to: &str) -> Vec<&'g Value> {
        self.edges
            .iter()
            .filter(|e| str_of(e, from) == id && str_of(e, "type") == etype)
            .filter_map(|e| self.nodes.get(str_of(e, to)).copied())
            .collect()
    }
}

/// A node's string field, "" when absent.
pub fn field<'g>(node: &'g Value, key: &str) -> &'g str {
    str_of(node, key)
}
