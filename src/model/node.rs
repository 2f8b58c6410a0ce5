//! Nodes and edges with their typed payloads and evidence.

use super::kinds::{EdgeKind, NodeKind, StatementKind};
use super::span::Span;

/// What kind of organisation a node is.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum OrgCategory {
    /// A local authority.
    Council,
    /// An inspectorate or regulator.
    Inspectorate,
    /// A party's group of councillors on one council; `party` is the canonical party name.
    PartyGroup {
        /// The canonical name of the group's party.
        party: String,
    },
    /// A police force.
    Police,
    /// An NHS trust, hospital or health board.
    Health,
    /// A government department or agency.
    Government,
    /// Anything else with a proper name.
    Other,
}

impl OrgCategory {
    /// The name used in graph JSON's `category` field.
    pub fn as_str(&self) -> &'static str {
        match self {
            OrgCategory::Council => "council",
            OrgCategory::Inspectorate => "inspectorate",
            OrgCategory::PartyGroup { .. } => "party_group",
            OrgCategory::Police => "police",
            OrgCategory::Health => "health",
            OrgCategory::Government => "government",
            OrgCategory::Other => "other",
        }
    }
}

/// A statement's own fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementData {
    /// The quoted words without the marks; paragraphs joined by a blank line.
    pub text: String,
    /// Direct, partial or indirect.
    pub kind: StatementKind,
    /// The article's name.
    pub document: String,
    /// Where the statement stands in the article, marks included.
    pub span: Span,
    /// The verb that introduced it ("said", "wrote"), when there was one.
    pub cue: Option<String>,
}

/// An article's own fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentData {
    /// The article's name (its path below the folder it was read from).
    pub name: String,
    /// Its size in bytes.
    pub bytes: usize,
}

/// A node's payload; the node kind follows from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NodeData {
    /// A person.
    Person,
    /// A political party.
    Party,
    /// An organisation of some category.
    Organization(OrgCategory),
    /// A statement.
    Statement(StatementData),
    /// An article.
    Document(DocumentData),
}

impl NodeData {
    /// The node kind this payload belongs to.
    pub fn kind(&self) -> NodeKind {
        match self {
            NodeData::Person => NodeKind::Person,
            NodeData::Party => NodeKind::Party,
            NodeData::Organization(_) => NodeKind::Organization,
            NodeData::Statement(_) => NodeKind::Statement,
            NodeData::Document(_) => NodeKind::Document,
        }
    }
}

/// A node of the graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Node {
    /// Stable id derived from content ("person:jane-smith").
    pub id: String,
    /// Human-readable name.
    pub label: String,
    /// Typed payload.
    pub data: NodeData,
}

impl Node {
    /// The node's kind.
    pub fn kind(&self) -> NodeKind {
        self.data.kind()
    }
}

/// Where an edge was read: the document, the byte span and the sentence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Evidence {
    /// The article's name.
    pub document: String,
    /// The bytes of the sentence that carries the edge.
    pub span: Span,
    /// That sentence's text.
    pub sentence: String,
}

/// An edge of the graph.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Edge {
    /// What the edge says.
    pub kind: EdgeKind,
    /// Where it was read.
    pub evidence: Evidence,
}
