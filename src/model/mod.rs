//! The graph model: spans, kinds, nodes, edges, the graph that holds them and the
//! fragments articles are read into.

mod date;
mod fragment;
mod graph;
mod kinds;
mod label;
mod node;
mod span;

pub use date::PartialDate;
pub use fragment::{Fragment, FragmentNode};
pub use graph::{EdgeView, QuoteGraph};
pub use kinds::{EdgeKind, Gender, NodeKind, Rating, StatementKind};
pub use label::first_words;
pub use node::{
    DocumentData, Edge, Evidence, FindingData, InspectionData, InspectionKind, Judgement, Node, NodeData, OrgCategory, Passage, Polarity,
    StatementData,
};
pub use span::{CharIndex, Span};
