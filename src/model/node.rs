//! Nodes and edges with their typed payloads and evidence.

use std::sync::Arc;

use super::date::PartialDate;
use super::kinds::{EdgeKind, NodeKind, Rating, StatementKind};
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

    /// The category [`OrgCategory::as_str`] names; a party group needs its party's name.
    pub fn from_name(name: &str, party: Option<&str>) -> Option<OrgCategory> {
        Some(match name {
            "council" => OrgCategory::Council,
            "inspectorate" => OrgCategory::Inspectorate,
            "party_group" => OrgCategory::PartyGroup { party: party?.to_string() },
            "police" => OrgCategory::Police,
            "health" => OrgCategory::Health,
            "government" => OrgCategory::Government,
            "other" => OrgCategory::Other,
            _ => return None,
        })
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
    /// Where the statement stands in the article, marks included, in bytes.
    pub span: Span,
    /// The same place counted in characters.
    pub chars: Span,
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
    /// Its address on the web, when known.
    pub url: Option<String>,
    /// When it was published, when known.
    pub published: Option<PartialDate>,
    /// Who published it, when known.
    pub publisher: Option<String>,
}

/// What kind of inspection an event was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum InspectionKind {
    /// A full (graded) inspection.
    Full,
    /// A focused visit.
    FocusedVisit,
    /// A monitoring visit.
    MonitoringVisit,
}

impl InspectionKind {
    /// The name used in graph JSON's `kind` field.
    pub fn as_str(self) -> &'static str {
        match self {
            InspectionKind::Full => "inspection",
            InspectionKind::FocusedVisit => "focused_visit",
            InspectionKind::MonitoringVisit => "monitoring_visit",
        }
    }

    /// The kind [`InspectionKind::as_str`] names.
    pub fn from_name(name: &str) -> Option<InspectionKind> {
        [InspectionKind::Full, InspectionKind::FocusedVisit, InspectionKind::MonitoringVisit].into_iter().find(|k| k.as_str() == name)
    }
}

/// A judgement on one part of a service ("care leavers: requires improvement").
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Judgement {
    /// The part judged, as the text names it.
    pub part: String,
    /// Its grade.
    pub rating: Rating,
}

/// An inspection's own fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InspectionData {
    /// The overall grade, when the text gives one.
    pub rating: Option<Rating>,
    /// When, as far as the text tells.
    pub date: PartialDate,
    /// Full inspection or a visit.
    pub kind: InspectionKind,
    /// Grades of parts of the service.
    pub judgements: Vec<Judgement>,
}

/// Whether a finding praises, criticises, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Polarity {
    /// Praise.
    Positive,
    /// Criticism.
    Negative,
    /// Both.
    Mixed,
}

impl Polarity {
    /// The name used in graph JSON's `polarity` field.
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Positive => "positive",
            Polarity::Negative => "negative",
            Polarity::Mixed => "mixed",
        }
    }

    /// The polarity [`Polarity::as_str`] names.
    pub fn from_name(name: &str) -> Option<Polarity> {
        [Polarity::Positive, Polarity::Negative, Polarity::Mixed].into_iter().find(|p| p.as_str() == name)
    }
}

/// A finding's own fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FindingData {
    /// The finding's words.
    pub text: String,
    /// Praise, criticism or both.
    pub polarity: Polarity,
    /// The article's name.
    pub document: String,
    /// Where it stands, in bytes.
    pub span: Span,
    /// The same place counted in characters.
    pub chars: Span,
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
    /// A post; `organization` is the id of the body it belongs to, when known.
    Role {
        /// The node id of the organisation the role belongs to.
        organization: Option<String>,
    },
    /// An inspection event.
    Inspection(InspectionData),
    /// A point an inspection found.
    Finding(FindingData),
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
            NodeData::Role { .. } => NodeKind::Role,
            NodeData::Inspection(_) => NodeKind::Inspection,
            NodeData::Finding(_) => NodeKind::Finding,
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

/// Where an edge was read: the document, the byte span and the sentence, read through
/// [`Passage`]'s fields (`evidence.span`). The edges read from one passage share it, so an
/// edge is small and copying its evidence is one count.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Evidence(Arc<Passage>);

/// The passage behind an edge's [`Evidence`].
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Passage {
    /// The article's name, shared by every edge of the article.
    pub document: Arc<str>,
    /// The bytes of the sentence that carries the edge.
    pub span: Span,
    /// The same place counted in characters.
    pub chars: Span,
    /// That sentence's text.
    pub sentence: Arc<str>,
}

impl Evidence {
    /// The evidence of the sentence `sentence` at `span` (`chars` in characters) of `document`.
    pub fn new(document: impl Into<Arc<str>>, span: Span, chars: Span, sentence: impl Into<Arc<str>>) -> Evidence {
        Evidence(Arc::new(Passage { document: document.into(), span, chars, sentence: sentence.into() }))
    }
}

impl std::ops::Deref for Evidence {
    type Target = Passage;
    fn deref(&self) -> &Passage {
        &self.0
    }
}

/// An edge of the graph.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Edge {
    /// What the edge says.
    pub kind: EdgeKind,
    /// Where it was read.
    pub evidence: Evidence,
}
