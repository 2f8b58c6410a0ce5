//! The closed vocabularies of the graph: node, edge, statement and rating kinds.

use serde::{Deserialize, Serialize};

/// What a node stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum NodeKind {
    /// A named person.
    Person,
    /// A political party.
    Party,
    /// A council, inspectorate, party group, department, force or trust.
    Organization,
    /// A post someone holds.
    Role,
    /// One inspection event.
    Inspection,
    /// A point an inspection found.
    Finding,
    /// Something quoted or reported.
    Statement,
    /// An article.
    Document,
}

impl NodeKind {
    /// The name used in graph JSON's `type` field.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Person => "Person",
            NodeKind::Party => "Party",
            NodeKind::Organization => "Organization",
            NodeKind::Role => "Role",
            NodeKind::Inspection => "Inspection",
            NodeKind::Finding => "Finding",
            NodeKind::Statement => "Statement",
            NodeKind::Document => "Document",
        }
    }

    /// The prefix of this kind's node ids.
    pub fn id_prefix(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::Party => "party",
            NodeKind::Organization => "org",
            NodeKind::Role => "role",
            NodeKind::Inspection => "inspection",
            NodeKind::Finding => "finding",
            NodeKind::Statement => "statement",
            NodeKind::Document => "doc",
        }
    }
}

/// What an edge says about its two nodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// Speaker -> Statement.
    Said,
    /// Person or party group -> Party.
    MemberOf,
    /// Person -> Role.
    HeldRole,
    /// Inspection -> the organisation it rated.
    Rated,
    /// Inspectorate -> Inspection.
    Conducted,
    /// Critic -> target.
    Criticised,
    /// Statement -> what it is about.
    About,
    /// Inspection -> Finding.
    Found,
}

impl EdgeKind {
    /// The name used in graph JSON's `type` field.
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Said => "said",
            EdgeKind::MemberOf => "member_of",
            EdgeKind::HeldRole => "held_role",
            EdgeKind::Rated => "rated",
            EdgeKind::Conducted => "conducted",
            EdgeKind::Criticised => "criticised",
            EdgeKind::About => "about",
            EdgeKind::Found => "found",
        }
    }
}

/// How a statement reaches the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatementKind {
    /// A whole quoted passage, possibly over several paragraphs.
    Direct,
    /// A few quoted words inside the reporter's own sentence.
    Partial,
    /// Reported speech with no quotation marks.
    Indirect,
}

impl StatementKind {
    /// The name used in graph JSON's `kind` field.
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Partial => "partial",
            StatementKind::Indirect => "indirect",
        }
    }
}

/// The four-point scale UK inspectorates grade on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rating {
    /// Grade 1.
    Outstanding,
    /// Grade 2.
    Good,
    /// Grade 3.
    RequiresImprovement,
    /// Grade 4.
    Inadequate,
}

impl Rating {
    /// The name used in graph JSON's `rating` field.
    pub fn as_str(self) -> &'static str {
        match self {
            Rating::Outstanding => "outstanding",
            Rating::Good => "good",
            Rating::RequiresImprovement => "requires_improvement",
            Rating::Inadequate => "inadequate",
        }
    }

    /// The grade as a report heading writes it ("Requires improvement").
    pub fn heading(self) -> &'static str {
        match self {
            Rating::Outstanding => "Outstanding",
            Rating::Good => "Good",
            Rating::RequiresImprovement => "Requires improvement",
            Rating::Inadequate => "Inadequate",
        }
    }

    /// True for the grades that find a body failing: requires improvement and inadequate.
    pub fn is_low(self) -> bool {
        matches!(self, Rating::RequiresImprovement | Rating::Inadequate)
    }

    /// Parses the graph JSON name.
    pub fn from_name(name: &str) -> Option<Rating> {
        [Rating::Outstanding, Rating::Good, Rating::RequiresImprovement, Rating::Inadequate]
            .into_iter()
            .find(|r| r.as_str() == name)
    }
}

/// A person's grammatical gender as the text reveals it (by honorific or pronoun).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Gender {
    /// Referred to as "he", "Mr", "Sir".
    Male,
    /// Referred to as "she", "Mrs", "Ms", "Dame".
    Female,
    /// Not known from the text.
    #[default]
    Unknown,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rating_names_round_trip() {
        for r in [Rating::Outstanding, Rating::Good, Rating::RequiresImprovement, Rating::Inadequate] {
            assert_eq!(Rating::from_name(r.as_str()), Some(r));
        }
        assert_eq!(Rating::from_name("satisfactory"), None);
    }

    #[test]
    fn serde_names_match_as_str() {
        let json = serde_json::to_string(&EdgeKind::MemberOf).unwrap();
        assert_eq!(json, format!("\"{}\"", EdgeKind::MemberOf.as_str()));
        let json = serde_json::to_string(&StatementKind::Partial).unwrap();
        assert_eq!(json, format!("\"{}\"", StatementKind::Partial.as_str()));
    }
}
