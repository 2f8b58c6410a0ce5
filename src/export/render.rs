//! Pictures of diagrams (SVG, PNG, PDF), drawn by Graphviz's `dot` program through
//! graphviz-rust.

use std::path::Path;

use graphviz_rust::cmd::{CommandArg, Format as DotFormat};
use graphviz_rust::printer::PrinterContext;

use super::dot::{to_dot, DotOptions};
use crate::error::RenderError;
use crate::model::QuoteGraph;

/// A picture format `dot` draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PictureFormat {
    /// Scalable Vector Graphics.
    Svg,
    /// Portable Network Graphics.
    Png,
    /// Portable Document Format.
    Pdf,
}

impl PictureFormat {
    /// Every picture format.
    pub const ALL: &'static [PictureFormat] = &[PictureFormat::Svg, PictureFormat::Png, PictureFormat::Pdf];

    /// Its name, which is also its file extension.
    pub fn name(self) -> &'static str {
        match self {
            PictureFormat::Svg => "svg",
            PictureFormat::Png => "png",
            PictureFormat::Pdf => "pdf",
        }
    }

    /// Its media type.
    pub fn media_type(self) -> &'static str {
        match self {
            PictureFormat::Svg => "image/svg+xml",
            PictureFormat::Png => "image/png",
            PictureFormat::Pdf => "application/pdf",
        }
    }

    /// The format of this name.
    pub fn from_name(name: &str) -> Option<PictureFormat> {
        PictureFormat::ALL.iter().copied().find(|f| f.name().eq_ignore_ascii_case(name))
    }

    /// The format a file name's extension stands for.
    pub fn from_path(path: &Path) -> Result<PictureFormat, RenderError> {
        path.extension()
            .and_then(|e| e.to_str())
            .and_then(PictureFormat::from_name)
            .ok_or_else(|| RenderError::UnknownFormat { name: path.display().to_string() })
    }

    fn dot_format(self) -> DotFormat {
        match self {
            PictureFormat::Svg => DotFormat::Svg,
            PictureFormat::Png => DotFormat::Png,
            PictureFormat::Pdf => DotFormat::Pdf,
        }
    }
}

/// Draws the diagram of `graph` with `dot` and returns the picture's bytes.
pub fn render(graph: &QuoteGraph, options: &DotOptions, format: PictureFormat) -> Result<Vec<u8>, RenderError> {
    let args = vec![CommandArg::Format(format.dot_format())];
    graphviz_rust::exec(to_dot(graph, options), &mut PrinterContext::default(), args).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => RenderError::DotMissing,
        _ => RenderError::DotFailed(e.to_string().trim().to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picture_formats_come_from_extensions() {
        assert_eq!(PictureFormat::from_path(Path::new("who.SVG")).unwrap(), PictureFormat::Svg);
        assert_eq!(PictureFormat::from_path(Path::new("out/who.png")).unwrap(), PictureFormat::Png);
        let err = PictureFormat::from_path(Path::new("who.jpeg")).unwrap_err().to_string();
        assert!(err.contains("who.jpeg") && err.contains(".svg"), "{err}");
    }
}
