//! An answer: named columns, rows of JSON values, each row with the evidence it rests on;
//! and the lookups every question shares (parties of speakers, inspections a topic means).

use std::collections::BTreeSet;

use serde_json::Value;

use super::question::{InspectionPhrase, Topic};
use super::resolve::{ResolveError, Resolver, Wanted};
use crate::model::{Edge, EdgeKind, Evidence, InspectionData, Node, NodeData, OrgCategory, QuoteGraph};

/// How a column shows in a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// In full.
    Full,
    /// Its first few words.
    FirstWords,
    /// Not at all (JSON and CSV only).
    Hidden,
}

/// One column of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Its key in JSON and its CSV header.
    pub key: &'static str,
    /// Its table heading.
    pub heading: &'static str,
    /// How it shows in a table.
    pub shown: Shown,
}

impl Column {
    pub(crate) const fn new(key: &'static str, heading: &'static str, shown: Shown) -> Column {
        Column { key, heading, shown }
    }
}

/// An edge an answer rests on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited {
    /// What the edge says.
    pub kind: EdgeKind,
    /// Where it was read.
    pub evidence: Evidence,
}

/// One row of an answer: a value per column, and its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The values, in column order.
    pub cells: Vec<Value>,
    /// The edges the row rests on.
    pub evidence: Vec<Cited>,
}

/// The answer to a question.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// The columns.
    pub columns: Vec<Column>,
    /// The rows, in the order the question implies (article order, date order).
    pub rows: Vec<Row>,
    /// What to say when there are no rows ("no statements match").
    pub empty: String,
    /// Remarks for stderr, such as what was left out and why.
    pub notes: Vec<String>,
}

impl Answer {
    pub(crate) fn new(columns: &[Column], empty: String) -> Answer {
        Answer { columns: columns.to_vec(), rows: Vec::new(), empty, notes: Vec::new() }
    }

    /// Sets the rows, ordered by their keys (stable, so equal keys keep their order).
    pub(crate) fn set_rows<K: Ord>(&mut self, mut keyed: Vec<(K, Row)>) {
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        self.rows = keyed.into_iter().map(|(_, row)| row).collect();
    }

    /// The value of column `key` in `row`.
    pub fn cell<'a>(&self, row: &'a Row, key: &str) -> Option<&'a Value> {
        self.columns.iter().position(|c| c.key == key).and_then(|i| row.cells.get(i))
    }
}

/// The graph and its names, as every question reads them.
pub(crate) struct Context<'g, 'l> {
    pub graph: &'g QuoteGraph,
    pub resolver: Resolver<'g, 'l>,
}

impl<'g> Context<'g, '_> {
    /// The party a speaker speaks for: a person's parties (directly or through a group),
    /// a party group's party, a party itself.
    pub fn party_of(&self, node: &Node) -> Option<String> {
        let mut parties = BTreeSet::new();
        match &node.data {
            NodeData::Party => {
                parties.insert(node.label.clone());
            }
            NodeData::Organization(OrgCategory::PartyGroup { party }) => {
                parties.insert(party.clone());
            }
            NodeData::Person => {
                for target in self.graph.targets(&node.id, EdgeKind::MemberOf) {
                    match &target.data {
                        NodeData::Party => parties.insert(target.label.clone()),
                        NodeData::Organization(OrgCategory::PartyGroup { party }) => parties.insert(party.clone()),
                        _ => false,
                    };
                }
            }
            _ => {}
        }
        (!parties.is_empty()).then(|| parties.into_iter().collect::<Vec<_>>().join(" / "))
    }

    /// The nodes a topic stands for: the inspections that gave a grade or fit a
    /// description; a named body with the inspections of it.
    pub fn topic_nodes(&self, topic: &Topic) -> Result<BTreeSet<&'g str>, ResolveError> {
        Ok(match topic {
            Topic::Rating(rating) => self
                .inspections()
                .filter(|(_, data)| data.rating == Some(*rating) || data.judgements.iter().any(|j| j.rating == *rating))
                .map(|(node, _)| node.id.as_str())
                .collect(),
            Topic::Inspection(phrase) => self.inspections_like(phrase)?,
            Topic::Name(name) => {
                let named = self.resolver.resolve(name, Wanted::Actor)?;
                let mut nodes = self.resolver.cover(&named);
                let of_them: Vec<&str> = self
                    .inspections()
                    .filter(|(node, _)| self.touches(&node.id, &nodes))
                    .map(|(node, _)| node.id.as_str())
                    .collect();
                nodes.extend(of_them);
                nodes
            }
        })
    }

    /// True when the inspection `id` rated, or was conducted by, one of `bodies`.
    fn touches(&self, id: &str, bodies: &BTreeSet<&str>) -> bool {
        self.graph.targets(id, EdgeKind::Rated).iter().chain(&self.graph.sources(id, EdgeKind::Conducted)).any(|n| bodies.contains(n.id.as_str()))
    }

    /// Every inspection with its fields.
    pub fn inspections(&self) -> impl Iterator<Item = (&'g Node, &'g InspectionData)> {
        self.graph.nodes().filter_map(|n| match &n.data {
            NodeData::Inspection(data) => Some((n, data)),
            _ => None,
        })
    }

    /// The inspections that fit a description: year, kind, inspectorate, body inspected.
    fn inspections_like(&self, phrase: &InspectionPhrase) -> Result<BTreeSet<&'g str>, ResolveError> {
        let cover = |name: &Option<super::NamePhrase>| -> Result<Option<BTreeSet<&'g str>>, ResolveError> {
            name.as_ref().map(|n| self.resolver.resolve(n, Wanted::Organization).map(|named| self.resolver.cover(&named))).transpose()
        };
        let (inspector, subject) = (cover(&phrase.inspector)?, cover(&phrase.subject)?);
        let within = |ids: &Option<BTreeSet<&str>>, nodes: Vec<&Node>| ids.as_ref().is_none_or(|ids| nodes.iter().any(|n| ids.contains(n.id.as_str())));
        Ok(self
            .inspections()
            .filter(|(node, data)| {
                phrase.year.is_none_or(|y| data.date.year == Some(y))
                    && phrase.kind.is_none_or(|k| data.kind == k)
                    && within(&inspector, self.graph.sources(&node.id, EdgeKind::Conducted))
                    && within(&subject, self.graph.targets(&node.id, EdgeKind::Rated))
            })
            .map(|(node, _)| node.id.as_str())
            .collect())
    }
}

/// The citations of edges.
pub(crate) fn cite<'a>(edges: impl IntoIterator<Item = &'a Edge>) -> Vec<Cited> {
    edges.into_iter().map(|e| Cited { kind: e.kind, evidence: e.evidence.clone() }).collect()
}

/// The distinct articles of citations, as a JSON array.
pub(crate) fn articles(evidence: &[Cited]) -> Value {
    let names: BTreeSet<&str> = evidence.iter().map(|c| &*c.evidence.document).collect();
    Value::from(names.into_iter().collect::<Vec<_>>())
}

/// A node's label as a JSON value.
pub(crate) fn label(node: &Node) -> Value {
    Value::from(node.label.as_str())
}
