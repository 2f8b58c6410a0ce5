//! The graph model: spans, kinds, nodes, edges and the graph that holds them.

mod date;
mod graph;
mod kinds;
mod label;
mod node;
mod span;

pub use date::PartialDate;
pub use graph::{EdgeView, QuoteGraph};
pub use kinds::{EdgeKind, Gender, NodeKind, Rating, StatementKind};
pub use label::first_words;
pub use node::{
    DocumentData, Edge, Evidence, FindingData, InspectionData, InspectionKind, Judgement, Node, NodeData, OrgCategory, Polarity,
    StatementData,
};
pub use span::{CharIndex, Span};
