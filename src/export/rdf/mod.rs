//! The graph as RDF: schema.org terms, quotegraph's vocabulary where schema.org has none,
//! and an `rdf:Statement` for every edge that carries its evidence. JSON-LD and N-Quads
//! are both written from these triples, so they hold the same data.
//!
//! | graph                      | RDF                                                        |
//! |----------------------------|------------------------------------------------------------|
//! | Person, Party, Organization| `Person`, `PoliticalParty`, `Organization` / `GovernmentOrganization` |
//! | Statement                  | `Quotation` (direct, partial) or `Claim` (indirect)        |
//! | Inspection                 | `Review` with a shared `Rating` per grade                  |
//! | Finding                    | `qg:Finding`                                               |
//! | Document                   | `NewsArticle`                                              |
//! | said                       | statement `creator` speaker                                |
//! | held_role, member_of       | person `memberOf` an `OrganizationRole` (`roleName`, `memberOf`); a body `parentOrganization` its party |
//! | rated, conducted           | review `itemReviewed` body, review `author` inspectorate   |
//! | about, found, criticised   | `about`, `qg:found`, `qg:criticised`                       |

pub mod iri;
pub mod vocab;

use std::collections::BTreeSet;

use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{Literal, NamedNode, NamedNodeRef, Term, Triple};

use crate::model::{EdgeKind, EdgeView, Node, NodeData, OrgCategory, PartialDate, QuoteGraph, Rating, StatementKind};
pub use iri::{Iris, DEFAULT_BASE};
use vocab::{qg, schema};

/// The graph's triples, sorted and without duplicates.
pub fn triples(graph: &QuoteGraph, iris: &Iris) -> Vec<Triple> {
    let mut out = Triples { iris, triples: Vec::new(), ratings: BTreeSet::new() };
    for node in graph.nodes() {
        out.node(node);
    }
    for edge in graph.edges() {
        out.edge(graph, &edge);
    }
    for rating in std::mem::take(&mut out.ratings) {
        let r = iris.rating(rating);
        out.add(&r, rdf::TYPE, schema::RATING);
        out.text(&r, schema::RATING_VALUE, rating.as_str());
        out.text(&r, schema::NAME, rating.heading());
    }
    let mut triples = out.triples;
    triples.sort_by_cached_key(|t| (t.subject.to_string(), t.predicate.to_string(), t.object.to_string()));
    triples.dedup();
    triples
}

/// A date as the XML Schema type its precision calls for.
fn date_literal(date: &PartialDate) -> Option<Literal> {
    let iso = date.iso()?;
    let datatype = match iso.matches('-').count() {
        0 => xsd::G_YEAR,
        1 => xsd::G_YEAR_MONTH,
        _ => xsd::DATE,
    };
    Some(Literal::new_typed_literal(iso, datatype))
}

struct Triples<'i> {
    iris: &'i Iris,
    triples: Vec<Triple>,
    ratings: BTreeSet<Rating>,
}

impl Triples<'_> {
    fn add(&mut self, subject: &NamedNode, predicate: NamedNodeRef<'_>, object: impl Into<Term>) {
        self.triples.push(Triple::new(subject.clone(), predicate, object));
    }

    fn text(&mut self, subject: &NamedNode, predicate: NamedNodeRef<'_>, value: &str) {
        self.add(subject, predicate, Literal::new_simple_literal(value));
    }

    fn rating(&mut self, subject: &NamedNode, rating: Rating) {
        self.ratings.insert(rating);
        let r = self.iris.rating(rating);
        self.add(subject, schema::REVIEW_RATING, r);
    }

    fn node(&mut self, node: &Node) {
        let me = self.iris.node(&node.id);
        let class = match &node.data {
            NodeData::Person => schema::PERSON,
            NodeData::Party => schema::POLITICAL_PARTY,
            NodeData::Organization(
                OrgCategory::Council | OrgCategory::Inspectorate | OrgCategory::Police | OrgCategory::Government,
            ) => schema::GOVERNMENT_ORGANIZATION,
            NodeData::Organization(_) => schema::ORGANIZATION,
            // A role is described on each `OrganizationRole` that holds it.
            NodeData::Role { .. } => return,
            NodeData::Inspection(_) => schema::REVIEW,
            NodeData::Finding(_) => qg::FINDING,
            NodeData::Statement(s) if s.kind == StatementKind::Indirect => schema::CLAIM,
            NodeData::Statement(_) => schema::QUOTATION,
            NodeData::Document(_) => schema::NEWS_ARTICLE,
        };
        self.add(&me, rdf::TYPE, class);
        match &node.data {
            NodeData::Inspection(inspection) => {
                self.text(&me, schema::NAME, &node.label);
                if let Some(date) = date_literal(&inspection.date) {
                    self.add(&me, schema::DATE_PUBLISHED, date);
                }
                if let Some(rating) = inspection.rating {
                    self.rating(&me, rating);
                }
                self.text(&me, qg::INSPECTION_KIND, inspection.kind.as_str());
                for (i, judgement) in inspection.judgements.iter().enumerate() {
                    let part = self.iris.judgement(&me, i);
                    self.add(&me, schema::HAS_PART, part.clone());
                    self.add(&part, rdf::TYPE, schema::REVIEW);
                    self.add(&part, schema::IS_PART_OF, me.clone());
                    self.text(&part, schema::REVIEW_ASPECT, &judgement.part);
                    self.rating(&part, judgement.rating);
                }
            }
            NodeData::Finding(finding) => {
                self.text(&me, schema::TEXT, &finding.text);
                self.text(&me, qg::POLARITY, finding.polarity.as_str());
                self.add(&me, schema::IS_BASED_ON, self.iris.document(&finding.document));
                self.add(&me, qg::EVIDENCE, self.iris.evidence(&finding.document, finding.chars));
            }
            NodeData::Statement(statement) => {
                self.text(&me, schema::TEXT, &statement.text);
                self.text(&me, qg::STATEMENT_KIND, statement.kind.as_str());
                if let Some(cue) = &statement.cue {
                    self.text(&me, qg::CUE, cue);
                }
                self.add(&me, schema::IS_BASED_ON, self.iris.document(&statement.document));
                self.add(&me, qg::EVIDENCE, self.iris.evidence(&statement.document, statement.chars));
            }
            NodeData::Document(document) => {
                self.text(&me, schema::NAME, &document.name);
                self.text(&me, schema::HEADLINE, &node.label);
                if let Some(date) = document.published.as_ref().and_then(date_literal) {
                    self.add(&me, schema::DATE_PUBLISHED, date);
                }
                // An address that is not a valid IRI is left out rather than guessed at.
                if let Some(url) = document.url.as_deref().and_then(|u| NamedNode::new(u).ok()) {
                    self.add(&me, schema::URL, url);
                }
                if let Some(publisher) = &document.publisher {
                    self.text(&me, schema::PUBLISHER, publisher);
                }
            }
            NodeData::Person | NodeData::Party | NodeData::Organization(_) | NodeData::Role { .. } => {
                self.text(&me, schema::NAME, &node.label);
            }
        }
    }

    /// Adds the edge's triple, and an `rdf:Statement` of that triple with its evidence.
    fn edge(&mut self, graph: &QuoteGraph, e: &EdgeView<'_>) {
        let (source, target) = (self.iris.node(&e.source.id), self.iris.node(&e.target.id));
        let (subject, predicate, object) = match e.edge.kind {
            EdgeKind::Said => (target, schema::CREATOR, source),
            EdgeKind::Conducted => (target, schema::AUTHOR, source),
            EdgeKind::Rated => (source, schema::ITEM_REVIEWED, target),
            EdgeKind::About => (source, schema::ABOUT, target),
            EdgeKind::Found => (source, qg::FOUND, target),
            EdgeKind::Criticised => (source, qg::CRITICISED, target),
            EdgeKind::MemberOf if !matches!(e.source.data, NodeData::Person) => (source, schema::PARENT_ORGANIZATION, target),
            EdgeKind::MemberOf | EdgeKind::HeldRole => (source, schema::MEMBER_OF, self.holding(graph, e)),
        };
        self.add(&subject, predicate, object.clone());
        let statement = self.iris.edge(e);
        let evidence = &e.edge.evidence;
        self.add(&statement, rdf::TYPE, rdf::STATEMENT);
        self.add(&statement, rdf::SUBJECT, subject);
        self.add(&statement, rdf::PREDICATE, predicate.into_owned());
        self.add(&statement, rdf::OBJECT, object);
        self.add(&statement, qg::EVIDENCE, self.iris.evidence(&evidence.document, evidence.chars));
        self.text(&statement, qg::SENTENCE, &evidence.sentence);
    }

    /// The `OrganizationRole` through which a person holds a role or belongs to a party.
    fn holding(&mut self, graph: &QuoteGraph, e: &EdgeView<'_>) -> NamedNode {
        let holding = self.iris.role_holding(e);
        self.add(&holding, rdf::TYPE, schema::ORGANIZATION_ROLE);
        match &e.target.data {
            NodeData::Role { organization } => {
                self.text(&holding, schema::ROLE_NAME, &e.target.label);
                if let Some(org) = organization.as_deref().filter(|org| graph.node(org).is_some()) {
                    self.add(&holding, schema::MEMBER_OF, self.iris.node(org));
                }
            }
            _ => {
                self.text(&holding, schema::ROLE_NAME, "member");
                self.add(&holding, schema::MEMBER_OF, self.iris.node(&e.target.id));
            }
        }
        holding
    }
}
