//! Exporters, one module per format, and the format enum that knows each one's name,
//! media type and file extension.

pub mod json;

use std::io::Write;
use std::path::Path;

use crate::model::QuoteGraph;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// The native graph JSON, described by `schema/graph.schema.json`.
    Json,
}

impl Format {
    /// Every format.
    pub const ALL: &'static [Format] = &[Format::Json];

    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
        }
    }

    /// Its media type.
    pub fn media_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
        }
    }

    /// Its usual file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
        }
    }

    /// The format a file name's extension stands for.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?;
        Format::ALL.iter().copied().find(|f| f.extension().eq_ignore_ascii_case(ext))
    }

    /// The format of this name.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.iter().copied().find(|f| f.name().eq_ignore_ascii_case(name))
    }

    /// Writes `graph` in this format.
    pub fn write(self, graph: &QuoteGraph, out: &mut dyn Write) -> std::io::Result<()> {
        match self {
            Format::Json => json::write(graph, out),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_know_their_names_and_extensions() {
        for &f in Format::ALL {
            assert_eq!(Format::from_name(f.name()), Some(f));
            assert_eq!(Format::from_path(Path::new(&format!("out.{}", f.extension().to_uppercase()))), Some(f));
        }
        assert_eq!(Format::from_path(Path::new("graph")), None);
    }
}
