//! quotegraph reads news articles and builds a knowledge graph of who said what.
//!
//! The crate, in the order data flows through it:
//! - [`corpus`]: reading articles (text, Markdown, HTML, JSON Lines, CSV, stdin), bad files
//!   and records reported, not fatal;
//! - [`lexicon`]: the compiled-in word lists the rules read (speech verbs, parties, ...);
//! - [`extract`]: the rule-based pipeline, one module per stage, ending in the graph;
//! - [`model`]: spans, typed nodes and edges with evidence, the graph;
//! - [`export`]: output formats (graph JSON, DOT diagrams, JSON-LD, N-Quads) and pictures;
//! - [`import`]: reading a saved graph JSON back;
//! - [`query`]: questions in a small controlled language, and SPARQL, answered from the graph;
//! - [`eval`]: scoring a graph against hand-made gold annotations;
//! - [`synth`]: a generator of synthetic articles for benchmarks and robustness tests;
//! - [`error`]: the typed errors of each layer.
//!
//! ```
//! use quotegraph::corpus::Article;
//! use quotegraph::export::{ExportOptions, Format};
//! use quotegraph::extract::Extractor;
//! use quotegraph::model::{EdgeKind, NodeKind};
//!
//! let article = Article::new(
//!     "budget.txt",
//!     "Cllr Priya Shah, the cabinet member for finance, said: “The books balance.”\n\n\
//!      “We made hard choices,” she added.",
//! );
//! let extractor = Extractor::new()?;
//! let graph = extractor.build(&[article]);
//!
//! let statements: Vec<_> = graph.nodes().filter(|n| n.kind() == NodeKind::Statement).collect();
//! assert_eq!(statements.len(), 2);
//! for statement in statements {
//!     let speakers = graph.sources(&statement.id, EdgeKind::Said);
//!     assert_eq!(speakers[0].label, "Priya Shah");
//! }
//!
//! let mut json = Vec::new();
//! Format::Json.write(&graph, &ExportOptions::default(), &mut json)?;
//! assert!(String::from_utf8(json)?.contains("\"kind\":\"direct\""));
//!
//! // The same graph as linked data: schema.org Quotations with their creator.
//! let mut jsonld = Vec::new();
//! Format::JsonLd.write(&graph, &ExportOptions::with_base("https://data.example.org/")?, &mut jsonld)?;
//! let jsonld = String::from_utf8(jsonld)?;
//! assert!(jsonld.contains("\"@type\": \"Quotation\""));
//! assert!(jsonld.contains("\"creator\": \"https://data.example.org/person/priya-shah\""));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod corpus;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod import;
pub mod lexicon;
pub mod model;
pub mod query;
pub mod synth;

pub use error::Error;
