//! The extractor: a pipeline of small named stages, one module each.
//!
//! clean (paragraphs, furniture) -> segment (sentences) -> quotes -> mentions ->
//! entities -> attribution (with subject, reference, indirect) -> assemble (graph).

pub mod analysis;
mod assemble;
pub mod attribution;
pub mod clean;
pub mod entities;
mod grammar;
pub mod indirect;
pub mod mentions;
pub mod quotes;
pub mod reference;
pub mod segment;
pub mod subject;
pub mod tokens;

use crate::corpus::Article;
use crate::error::LexiconError;
use crate::lexicon::Lexicon;
use crate::model::QuoteGraph;

pub use analysis::Analysis;
pub use attribution::Attributed;

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

    /// Reads one article: its analysis and its attributed statements.
    pub fn read<'t>(&self, text: &'t str) -> (Analysis<'t>, Vec<Attributed>) {
        let analysis = Analysis::new(text, &self.lexicon);
        let statements = attribution::attribute(&analysis, &self.lexicon);
        (analysis, statements)
    }

    /// Adds one article's nodes and edges to `graph`; entities merge with those of
    /// articles already added by their keys.
    pub fn add_article(&self, graph: &mut QuoteGraph, article: &Article) {
        let (analysis, statements) = self.read(&article.text);
        assemble::add_article(graph, article, &analysis, &statements);
    }

    /// The graph of a whole corpus. Articles are added in name order, so the result
    /// does not depend on the order they were given in.
    pub fn build(&self, articles: &[Article]) -> QuoteGraph {
        let mut sorted: Vec<&Article> = articles.iter().collect();
        sorted.sort_by(|a, b| a.name.cmp(&b.name));
        let mut graph = QuoteGraph::new();
        for article in sorted {
            self.add_article(&mut graph, article);
        }
        graph
    }
}
