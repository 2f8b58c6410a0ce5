//! quotegraph reads news articles and builds a knowledge graph of who said what.
//!
//! The crate, in the order data flows through it:
//! - [`corpus`]: reading articles from files and folders, bad files reported not fatal;
//! - [`lexicon`]: the compiled-in word lists the rules read (speech verbs, parties, ...);
//! - [`extract`]: the rule-based pipeline, one module per stage, ending in the graph;
//! - [`model`]: spans, typed nodes and edges with evidence, the graph;
//! - [`export`]: output formats;
//! - [`eval`]: scoring a graph against hand-made gold annotations;
//! - [`error`]: the typed errors of each layer.
//!
//! ```
//! use quotegraph::{corpus::Article, extract::Extractor, export::Format};
//!
//! let article = Article::new(
//!     "budget.txt",
//!     "Cllr Priya Shah, the cabinet member for finance, said: “The books balance.”\n\n\
//!      “We made hard choices,” she added.",
//! );
//! let extractor = Extractor::new()?;
//! let graph = extractor.build(&[article]);
//! let said = graph.sources("statement:budget.txt#56-78", quotegraph::model::EdgeKind::Said);
//! assert_eq!(said[0].label, "Priya Shah");
//!
//! let mut json = Vec::new();
//! Format::Json.write(&graph, &mut json)?;
//! assert!(String::from_utf8(json)?.contains("\"kind\": \"direct\""));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod corpus;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod lexicon;
pub mod model;

pub use error::Error;
