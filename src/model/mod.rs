//! The graph model: spans, kinds, nodes, edges and the graph that holds them.

mod graph;
mod kinds;
mod node;
mod span;

pub use graph::{EdgeView, QuoteGraph};
pub use kinds::{EdgeKind, Gender, NodeKind, Rating, StatementKind};
pub use node::{DocumentData, Edge, Evidence, Node, NodeData, OrgCategory, StatementData};
pub use span::Span;
