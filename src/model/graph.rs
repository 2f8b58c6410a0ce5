//! The in-memory graph: petgraph underneath, nodes addressed by their stable ids.

use std::hash::BuildHasher;
use std::sync::OnceLock;

use hashbrown::HashTable;
use rustc_hash::FxBuildHasher;

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};
use petgraph::Direction;

use super::fragment::Fragment;
use super::kinds::EdgeKind;
use super::node::{Edge, Node};
use super::span::Span;

/// A graph of who said what. Nodes are unique by id; adding a node twice merges it.
#[derive(Debug, Default, Clone)]
pub struct QuoteGraph {
    graph: StableDiGraph<Node, Edge>,
    /// Nodes by id: their indices with the hash of the id of the node each points to, so
    /// that an id is stored once, in its node, and growing the table hashes no id again.
    /// Hashed, not a B-tree: ids share long prefixes ("statement:archive.jsonl#..."), so
    /// comparing them down a tree cost more.
    lookup: HashTable<(u64, NodeIndex)>,
    /// Nodes in id order, worked out when first asked for after a change, so that joining
    /// articles does not keep the order up to date node by node.
    order: OnceLock<Vec<NodeIndex>>,
    /// Every edge stored, hashed by its ends, kind, document and evidence span (the
    /// sentence follows from those), so that adding one twice is caught without walking a
    /// node's edges. It holds edge indices with their keys' hashes and compares with the
    /// edges themselves: a copy of each key had been the largest table of a big build.
    edge_keys: HashTable<(u64, EdgeIndex)>,
}

/// What makes two edges the same edge.
type EdgeKey<'e> = (NodeIndex, NodeIndex, EdgeKind, &'e str, Span);

fn id_hash(id: &str) -> u64 {
    FxBuildHasher.hash_one(id)
}

fn edge_hash(key: EdgeKey<'_>) -> u64 {
    FxBuildHasher.hash_one(key)
}

/// The key of a stored edge.
fn edge_key(graph: &StableDiGraph<Node, Edge>, e: EdgeIndex) -> Option<EdgeKey<'_>> {
    let (source, target) = graph.edge_endpoints(e)?;
    let edge = &graph[e];
    Some((source, target, edge.kind, &edge.evidence.document, edge.evidence.span))
}

/// One edge with its two ends, as returned by [`QuoteGraph::edges`].
#[derive(Debug, Clone, Copy)]
pub struct EdgeView<'g> {
    /// The source node.
    pub source: &'g Node,
    /// The target node.
    pub target: &'g Node,
    /// The edge.
    pub edge: &'g Edge,
}

impl QuoteGraph {
    /// An empty graph.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a node, or merges it into the node of the same id. When two labels compete the
    /// longer wins (then the smaller), so the result does not depend on the order of input.
    pub fn upsert(&mut self, node: Node) -> NodeIndex {
        let hash = id_hash(&node.id);
        if let Some(ix) = self.find_node(hash, &node.id) {
            let existing = &mut self.graph[ix];
            let better = (node.label.len(), std::cmp::Reverse(&node.label))
                > (existing.label.len(), std::cmp::Reverse(&existing.label));
            if better {
                existing.label = node.label;
            }
            return ix;
        }
        let ix = self.graph.add_node(node);
        self.lookup.insert_unique(hash, (hash, ix), |&(h, _)| h);
        self.order = OnceLock::new();
        ix
    }

    /// The node with id `id`, whose hash is `hash`.
    fn find_node(&self, hash: u64, id: &str) -> Option<NodeIndex> {
        self.lookup.find(hash, |&(h, i)| h == hash && self.graph[i].id == id).map(|&(_, i)| i)
    }

    /// Adds an edge unless the same edge with the same evidence is already there.
    pub fn add_edge(&mut self, source: NodeIndex, target: NodeIndex, edge: Edge) {
        let key = (source, target, edge.kind, &*edge.evidence.document, edge.evidence.span);
        let hash = edge_hash(key);
        if self.edge_keys.find(hash, |&(h, e)| h == hash && edge_key(&self.graph, e) == Some(key)).is_some() {
            return;
        }
        let e = self.graph.add_edge(source, target, edge);
        self.edge_keys.insert_unique(hash, (hash, e), |&(h, _)| h);
    }

    /// Adds every node and edge of one article's fragment, merging nodes by id as
    /// [`QuoteGraph::upsert`] does and dropping edges already stored.
    pub fn absorb(&mut self, fragment: Fragment) {
        let (nodes, edges) = fragment.into_parts();
        let at: Vec<NodeIndex> = nodes.into_iter().map(|n| self.upsert(n)).collect();
        for (source, target, edge) in edges {
            self.add_edge(at[source.index()], at[target.index()], edge);
        }
    }

    /// Moves every edge of node `from` onto node `into` and removes `from`; false when
    /// either is missing.
    pub fn merge_node(&mut self, from: &str, into: &str) -> bool {
        let (Some(f), Some(t)) = (self.index_of(from), self.index_of(into)) else { return false };
        if f == t {
            return false;
        }
        // Each edge of `from`, with the ends it will have on `into`.
        let incident: Vec<(EdgeIndex, NodeIndex, NodeIndex)> = self
            .graph
            .edges_directed(f, Direction::Outgoing)
            .map(|e| (e.id(), t, e.target()))
            .chain(self.graph.edges_directed(f, Direction::Incoming).map(|e| (e.id(), e.source(), t)))
            .collect();
        for &(e, ..) in &incident {
            if let Some(hash) = edge_key(&self.graph, e).map(edge_hash) {
                if let Ok(entry) = self.edge_keys.find_entry(hash, |&(_, i)| i == e) {
                    entry.remove();
                }
            }
        }
        let moved: Vec<(NodeIndex, NodeIndex, Edge)> =
            incident.into_iter().filter_map(|(e, s, d)| Some((s, d, self.graph.remove_edge(e)?))).collect();
        self.graph.remove_node(f);
        if let Ok(entry) = self.lookup.find_entry(id_hash(from), |&(_, i)| i == f) {
            entry.remove();
        }
        self.order = OnceLock::new();
        for (s, d, e) in moved {
            self.add_edge(s, d, e);
        }
        true
    }

    /// The index of the node with this id.
    pub fn index_of(&self, id: &str) -> Option<NodeIndex> {
        self.find_node(id_hash(id), id)
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index_of(id).map(|ix| &self.graph[ix])
    }

    /// All nodes, sorted by id.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.order().iter().map(|&ix| &self.graph[ix])
    }

    /// All nodes, in no set order: for a pass whose result does not depend on the order,
    /// without the sort that [`QuoteGraph::nodes`] makes after a change.
    pub fn nodes_unordered(&self) -> impl Iterator<Item = &Node> {
        self.graph.node_weights()
    }

    /// Node indices in id order.
    fn order(&self) -> &[NodeIndex] {
        self.order.get_or_init(|| {
            let mut order: Vec<NodeIndex> = self.lookup.iter().map(|&(_, i)| i).collect();
            order.sort_unstable_by(|a, b| self.graph[*a].id.cmp(&self.graph[*b].id));
            order
        })
    }

    /// All edges, sorted by source id, target id, kind and evidence.
    pub fn edges(&self) -> Vec<EdgeView<'_>> {
        // Sorting by each node's rank in id order, not by the ids themselves: the same
        // order, without comparing long shared prefixes a million times.
        let mut rank = vec![0u32; petgraph::visit::NodeIndexable::node_bound(&self.graph)];
        for (r, &ix) in self.order().iter().enumerate() {
            rank[ix.index()] = u32::try_from(r).unwrap_or(u32::MAX);
        }
        // The edge iterator cannot tell its length, so the list is sized first rather than
        // copied each time it outgrows itself.
        let mut keyed: Vec<(u32, u32, EdgeView<'_>)> = Vec::with_capacity(self.graph.edge_count());
        keyed.extend(self.graph.edge_references().map(|e| {
            let view = EdgeView { source: &self.graph[e.source()], target: &self.graph[e.target()], edge: e.weight() };
            (rank[e.source().index()], rank[e.target().index()], view)
        }));
        keyed.sort_by(|(s1, t1, a), (s2, t2, b)| (s1, t1, a.edge.kind, &a.edge.evidence).cmp(&(s2, t2, b.edge.kind, &b.edge.evidence)));
        keyed.into_iter().map(|(_, _, view)| view).collect()
    }

    /// The sources of `kind` edges that end at the node `id`, sorted by id.
    pub fn sources(&self, id: &str, kind: EdgeKind) -> Vec<&Node> {
        self.neighbours(id, kind, Direction::Incoming)
    }

    /// The targets of `kind` edges that start at the node `id`, sorted by id.
    pub fn targets(&self, id: &str, kind: EdgeKind) -> Vec<&Node> {
        self.neighbours(id, kind, Direction::Outgoing)
    }

    fn neighbours(&self, id: &str, kind: EdgeKind, dir: Direction) -> Vec<&Node> {
        let mut out: Vec<&Node> = self.incident(id, kind, dir).into_iter().map(|(node, _)| node).collect();
        out.dedup_by(|a, b| a.id == b.id);
        out
    }

    /// The `kind` edges that end at the node `id`, each with its source, sorted by source
    /// id and evidence.
    pub fn edges_in(&self, id: &str, kind: EdgeKind) -> Vec<(&Node, &Edge)> {
        self.incident(id, kind, Direction::Incoming)
    }

    /// The `kind` edges that start at the node `id`, each with its target, sorted by target
    /// id and evidence.
    pub fn edges_out(&self, id: &str, kind: EdgeKind) -> Vec<(&Node, &Edge)> {
        self.incident(id, kind, Direction::Outgoing)
    }

    fn incident(&self, id: &str, kind: EdgeKind, dir: Direction) -> Vec<(&Node, &Edge)> {
        let Some(ix) = self.index_of(id) else { return Vec::new() };
        let mut out: Vec<(&Node, &Edge)> = self
            .graph
            .edges_directed(ix, dir)
            .filter(|e| e.weight().kind == kind)
            .map(|e| match dir {
                Direction::Incoming => (&self.graph[e.source()], e.weight()),
                Direction::Outgoing => (&self.graph[e.target()], e.weight()),
            })
            .collect();
        out.sort_by(|a, b| (&a.0.id, &a.1.evidence).cmp(&(&b.0.id, &b.1.evidence)));
        out
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Evidence, NodeData, Span};

    fn person(id: &str, label: &str) -> Node {
        Node { id: id.into(), label: label.into(), data: NodeData::Person }
    }

    #[test]
    fn upsert_merges_by_id_and_keeps_the_longer_label_whatever_the_order() {
        for order in [["Cllr Ng", "Councillor Amy Ng"], ["Councillor Amy Ng", "Cllr Ng"]] {
            let mut g = QuoteGraph::new();
            for label in order {
                g.upsert(person("person:amy-ng", label));
            }
            assert_eq!(g.node_count(), 1);
            assert_eq!(g.node("person:amy-ng").unwrap().label, "Councillor Amy Ng");
        }
    }

    #[test]
    fn merging_a_node_moves_its_edges() {
        let mut g = QuoteGraph::new();
        let a = g.upsert(person("person:ng", "Ng"));
        let b = g.upsert(person("person:amy-ng", "Amy Ng"));
        let c = g.upsert(person("person:c", "C"));
        let evidence = Evidence::new("d.txt", Span::new(0, 3), Span::new(0, 3), "x");
        g.add_edge(a, c, Edge { kind: EdgeKind::Criticised, evidence: evidence.clone() });
        g.add_edge(c, a, Edge { kind: EdgeKind::Criticised, evidence });
        let _ = b;
        assert!(g.merge_node("person:ng", "person:amy-ng"));
        assert!(g.node("person:ng").is_none());
        assert_eq!(g.targets("person:amy-ng", EdgeKind::Criticised)[0].id, "person:c");
        assert_eq!(g.sources("person:amy-ng", EdgeKind::Criticised)[0].id, "person:c");
        assert_eq!(g.edge_count(), 2);
    }

    #[test]
    fn after_a_merge_moved_edges_are_caught_as_repeats_and_the_old_ids_are_free() {
        let evidence = |start| Evidence::new("d.txt", Span::new(start, start + 3), Span::new(start, start + 3), "x");
        let criticism = |start| Edge { kind: EdgeKind::Criticised, evidence: evidence(start) };
        let mut g = QuoteGraph::new();
        let ng = g.upsert(person("person:ng", "Ng"));
        let amy = g.upsert(person("person:amy-ng", "Amy Ng"));
        let c = g.upsert(person("person:c", "C"));
        g.add_edge(ng, c, criticism(0));
        g.add_edge(amy, c, criticism(0));
        g.add_edge(ng, c, criticism(9));
        assert!(g.merge_node("person:ng", "person:amy-ng"));
        assert_eq!(g.edge_count(), 2, "the two criticisms at 0 are one edge after the merge");
        assert_eq!((g.edge_keys.len(), g.lookup.len()), (2, 2), "the indexes hold only what is stored");
        g.add_edge(amy, c, criticism(9));
        assert_eq!(g.edge_count(), 2, "the moved edge is known");
        assert_eq!(g.index_of("person:ng"), None);
        let again = g.upsert(person("person:ng", "Ng"));
        g.add_edge(again, c, criticism(0));
        assert_eq!((g.node_count(), g.edge_count()), (3, 3), "the old node's id and edge keys are free again");
        assert_eq!(g.nodes().map(|n| n.id.as_str()).collect::<Vec<_>>(), ["person:amy-ng", "person:c", "person:ng"]);
    }

    #[test]
    fn absorbing_fragments_merges_nodes_by_id_and_drops_repeated_edges() {
        let evidence = Evidence::new("d.txt", Span::new(0, 3), Span::new(0, 3), "A B");
        let mut g = QuoteGraph::new();
        for label in ["Cllr Ng", "Councillor Amy Ng"] {
            let mut f = Fragment::new();
            let a = f.add_node(person("person:amy-ng", label));
            let b = f.add_node(person("person:b", "B"));
            let b_again = f.add_node(person("person:b", "Bo"));
            f.add_edge(a, b, Edge { kind: EdgeKind::Criticised, evidence: evidence.clone() });
            f.add_edge(a, b_again, Edge { kind: EdgeKind::Criticised, evidence: evidence.clone() });
            g.absorb(f);
        }
        assert_eq!((g.node_count(), g.edge_count()), (2, 1));
        assert_eq!(g.node("person:amy-ng").unwrap().label, "Councillor Amy Ng");
        assert_eq!(g.node("person:b").unwrap().label, "Bo");
    }

    #[test]
    fn identical_edges_are_stored_once() {
        let mut g = QuoteGraph::new();
        let a = g.upsert(person("person:a", "A"));
        let b = g.upsert(person("person:b", "B"));
        let evidence = Evidence::new("d.txt", Span::new(0, 3), Span::new(0, 3), "A B");
        for _ in 0..2 {
            g.add_edge(a, b, Edge { kind: EdgeKind::Criticised, evidence: evidence.clone() });
        }
        assert_eq!(g.edge_count(), 1);
        assert_eq!(g.targets("person:a", EdgeKind::Criticised)[0].id, "person:b");
        assert_eq!(g.sources("person:b", EdgeKind::Criticised)[0].id, "person:a");
    }
}
