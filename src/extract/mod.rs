//! The extractor: a pipeline of small named stages, one module each.
//!
//! clean (paragraphs, furniture) -> segment (sentences) -> quotes -> mentions ->
//! entities -> attribution (with subject, reference, indirect, criticism) -> roles (with titles),
//! inspections (with grades, dates, asides), findings -> assemble (graph) -> merge (inspections across articles).

pub mod analysis;
mod asides;
mod assemble;
mod builder;
mod merge;
pub mod attribution;
pub mod clean;
pub mod criticism;
pub mod entities;
pub mod findings;
mod grammar;
pub mod indirect;
pub mod grades;
pub mod inspections;
mod dates;
pub mod mentions;
mod people;
pub mod quotes;
pub mod reference;
pub mod roles;
pub mod segment;
pub mod subject;
pub mod subject_after;
pub mod titles;
pub mod tokens;

use crate::corpus::Article;
use crate::error::LexiconError;
use crate::lexicon::Lexicon;
use crate::model::{PartialDate, QuoteGraph};

pub use analysis::Analysis;
pub use attribution::Attributed;
pub use builder::{build_sources, ArticleGraph, GraphBuilder, Observer};

/// What the stages after reading found in one article.
#[derive(Debug, Clone, Default)]
pub struct ArticleFacts {
    /// Attributed statements, in reading order.
    pub statements: Vec<Attributed>,
    /// Who criticised whom.
    pub criticisms: Vec<criticism::Criticism>,
    /// Roles people hold.
    pub roles: Vec<roles::HeldRole>,
    /// Parties people belong to.
    pub memberships: Vec<roles::Membership>,
    /// Inspections: the reported one first, then those recalled.
    pub inspections: Vec<inspections::InspectionEvent>,
    /// Points the reported inspection found.
    pub findings: Vec<findings::Finding>,
}

/// Reads articles into a graph. Build one and share it: the lexicons are parsed once.
#[derive(Debug)]
pub struct Extractor {
    lexicon: Lexicon,
}

impl Extractor {
    /// An extractor with the compiled-in lexicons.
    pub fn new() -> Result<Extractor, LexiconError> {
        Ok(Extractor { lexicon: Lexicon::load()? })
    }

    /// The lexicons in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Reads one article: its analysis and everything the later stages found in it.
    pub fn read<'t>(&self, text: &'t str) -> (Analysis<'t>, ArticleFacts) {
        self.read_dated(text, None)
    }

    /// Reads one article published on `published`, which anchors its relative dates
    /// ("this summer", "last month").
    pub fn read_dated<'t>(&self, text: &'t str, published: Option<PartialDate>) -> (Analysis<'t>, ArticleFacts) {
        let lex = &self.lexicon;
        let analysis = Analysis::new(text, lex);
        let attribution::Attribution { statements, mut criticisms, memberships: described } = attribution::attribute(&analysis, lex);
        let (roles, mut memberships) = roles::roles_and_memberships(&analysis, lex);
        roles::add_described(&mut memberships, described);
        let inspections = inspections::inspections(&analysis, lex, published);
        criticisms.extend(criticism::inspectorate_criticism(&analysis, &statements, &inspections, lex));
        criticisms.extend(criticism::rival_party_criticisms(&analysis, &statements, &memberships, lex));
        criticisms.extend(criticism::reported_accusations(&analysis, &statements, lex));
        let facts = ArticleFacts { statements, criticisms, roles, memberships, inspections, findings: findings::findings(&analysis, lex) };
        (analysis, facts)
    }

    /// The graph of a whole corpus, read on all threads. Articles are joined in name
    /// order, so the result does not depend on the order they were given in.
    pub fn build(&self, articles: &[Article]) -> QuoteGraph {
        let mut sorted: Vec<&Article> = articles.iter().collect();
        sorted.sort_by(|a, b| a.name.cmp(&b.name));
        let mut builder = GraphBuilder::new();
        builder.add_batch(self, &sorted);
        builder.finish()
    }
}
