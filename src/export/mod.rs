//! Exporters, one module per format, and the format enum that knows each one's name,
//! media type and file extension.

pub mod dot;
pub mod json;
pub mod jsonld;
pub mod nquads;
mod json_writer;
pub mod rdf;
pub mod render;

use std::io::Write;
use std::path::Path;

use crate::error::ExportError;
use crate::model::QuoteGraph;
pub use dot::{DotOptions, View};
pub use rdf::{Iris, DEFAULT_BASE};
pub use render::{render, PictureFormat};

/// An output format of `build`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The native graph JSON, described by `schema/graph.schema.json`.
    Json,
    /// A Graphviz diagram.
    Dot,
    /// JSON-LD with schema.org terms and an inline context (`schema/context.jsonld`).
    JsonLd,
    /// N-Quads: the JSON-LD export's triples, a line each.
    NQuads,
}

impl Format {
    /// Every format.
    pub const ALL: &'static [Format] = &[Format::Json, Format::Dot, Format::JsonLd, Format::NQuads];

    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::JsonLd => "jsonld",
            Format::NQuads => "nquads",
        }
    }

    /// Its media type.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Dot => "text/vnd.graphviz",
            Format::JsonLd => "application/ld+json",
            Format::NQuads => "application/n-quads",
        }
    }

    /// Its usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::JsonLd => "jsonld",
            Format::NQuads => "nq",
        }
    }

    /// The format a file name's extension stands for (`.gv` is DOT too).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?;
        if ext.eq_ignore_ascii_case("gv") {
            return Some(Format::Dot);
        }
        Format::ALL.iter().copied().find(|f| f.extension().eq_ignore_ascii_case(ext))
    }

    /// The format of this name.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.name().eq_ignore_ascii_case(name))
    }

    /// Writes `graph` in this format.
    pub fn write(self, graph: &QuoteGraph, options: &ExportOptions, out: &mut dyn Write) -> Result<(), ExportError> {
        match self {
            Format::Json => Ok(json::write(graph, out)?),
            Format::Dot => Ok(dot::write(graph, &options.dot, out)?),
            Format::JsonLd => jsonld::write(graph, &options.iris, out),
            Format::NQuads => nquads::write(graph, &options.iris, out),
        }
    }
}

/// What the formats other than graph JSON need to know.
#[derive(Debug, Clone, Default)]
pub struct ExportOptions {
    /// The diagram to draw, for DOT.
    pub dot: DotOptions,
    /// How node IRIs are made, for JSON-LD and N-Quads.
    pub iris: Iris,
}

impl ExportOptions {
    /// The default diagram, and IRIs under `base`.
    pub fn with_base(base: &str) -> Result<ExportOptions, ExportError> {
        Ok(ExportOptions { dot: DotOptions::default(), iris: Iris::new(base)? })
    }
}

/// Writes `value` as pretty-printed JSON with a final newline.
fn write_pretty<T: serde::Serialize>(value: &T, out: &mut dyn Write) -> std::io::Result<()> {
    // The pretty printer makes several small writes per field; a buffer of a known type
    // turns each into an inlined copy instead of a call through `dyn Write`.
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    serde_json::to_writer_pretty(&mut buffered, value)?;
    buffered.write_all(b"\n")?;
    buffered.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_know_their_names_and_extensions() {
        for &f in Format::ALL {
            assert_eq!(Format::from_name(f.name()), Some(f));
            assert_eq!(Format::from_path(Path::new(&format!("out.{}", f.extension().to_uppercase()))), Some(f));
            assert!(f.media_type().contains('/'));
        }
        assert_eq!(Format::from_path(Path::new("who.gv")), Some(Format::Dot));
        assert_eq!(Format::from_path(Path::new("graph")), None);
    }
}
