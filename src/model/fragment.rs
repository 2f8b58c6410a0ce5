//! The nodes and edges read from one article, before they join the corpus graph.

use super::node::{Edge, Node};

/// A node's place in its [`Fragment`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FragmentNode(usize);

/// One article's nodes and edges as plain lists. Joining them into a
/// [`QuoteGraph`](super::QuoteGraph) merges nodes by id and drops repeated edges, so a
/// fragment does neither: an article's nodes are not looked up, only added.
#[derive(Debug, Default, Clone)]
pub struct Fragment {
    nodes: Vec<Node>,
    edges: Vec<(FragmentNode, FragmentNode, Edge)>,
}

impl Fragment {
    /// An empty fragment.
    pub fn new() -> Fragment {
        Fragment::default()
    }

    /// Adds a node; a node with the id of one already added merges with it on joining.
    pub fn add_node(&mut self, node: Node) -> FragmentNode {
        self.nodes.push(node);
        FragmentNode(self.nodes.len() - 1)
    }

    /// Adds an edge between two nodes of this fragment.
    pub fn add_edge(&mut self, source: FragmentNode, target: FragmentNode, edge: Edge) {
        self.edges.push((source, target, edge));
    }

    pub(super) fn into_parts(self) -> (Vec<Node>, Vec<(FragmentNode, FragmentNode, Edge)>) {
        (self.nodes, self.edges)
    }
}

impl FragmentNode {
    pub(super) fn index(self) -> usize {
        self.0
    }
}
