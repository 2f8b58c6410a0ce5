//! The input formats: what each is called, its media type and file endings, and how to
//! guess one from a path or from the first bytes.

use std::path::Path;

/// A format articles can arrive in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// Plain text: one article a file.
    Text,
    /// Markdown: one article a file, read as text.
    Markdown,
    /// An HTML page: one article, its body text extracted.
    Html,
    /// JSON Lines: one article a line, as an object with `id`, `text` or `body`, and
    /// optional `url`, `title`, `published`, `publisher`.
    JsonLines,
    /// CSV with a header row naming the same fields as JSON Lines.
    Csv,
}

impl InputFormat {
    /// Every format, in the order `--help` lists them.
    pub const ALL: [InputFormat; 5] = [InputFormat::Text, InputFormat::Markdown, InputFormat::Html, InputFormat::JsonLines, InputFormat::Csv];

    /// Its short name, as the command line spells it.
    pub fn name(self) -> &'static str {
        match self {
            InputFormat::Text => "text",
            InputFormat::Markdown => "markdown",
            InputFormat::Html => "html",
            InputFormat::JsonLines => "jsonl",
            InputFormat::Csv => "csv",
        }
    }

    /// Its media type.
    pub fn media_type(self) -> &'static str {
        match self {
            InputFormat::Text => "text/plain",
            InputFormat::Markdown => "text/markdown",
            InputFormat::Html => "text/html",
            InputFormat::JsonLines => "application/jsonl",
            InputFormat::Csv => "text/csv",
        }
    }

    /// The file endings read as this format (the first is the usual one).
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            InputFormat::Text => &["txt", "text"],
            InputFormat::Markdown => &["md", "markdown"],
            InputFormat::Html => &["html", "htm", "xhtml"],
            InputFormat::JsonLines => &["jsonl", "ndjson"],
            InputFormat::Csv => &["csv"],
        }
    }

    /// True when a file holds many articles, one a record.
    pub fn is_archive(self) -> bool {
        matches!(self, InputFormat::JsonLines | InputFormat::Csv)
    }

    /// The format a file ending names, ignoring case; None for endings not read.
    pub fn from_path(path: &Path) -> Option<InputFormat> {
        let ext = path.extension()?.to_str()?;
        InputFormat::ALL.into_iter().find(|f| f.extensions().iter().any(|x| ext.eq_ignore_ascii_case(x)))
    }

    /// A guess from the first bytes, for stdin and files with an unknown ending: a JSON
    /// object opens JSON Lines, markup opens HTML, anything else is text.
    pub fn sniff(bytes: &[u8]) -> InputFormat {
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        let start = bytes.iter().position(|b| !b.is_ascii_whitespace()).map_or(&[][..], |i| &bytes[i..]);
        match start.first() {
            Some(b'{') => InputFormat::JsonLines,
            Some(b'<') => InputFormat::Html,
            _ => InputFormat::Text,
        }
    }
}

impl std::fmt::Display for InputFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_from_endings_and_first_bytes() {
        let cases = [("a.TXT", Some(InputFormat::Text)), ("b/c.htm", Some(InputFormat::Html)), ("d.ndjson", Some(InputFormat::JsonLines)), ("e.csv", Some(InputFormat::Csv)), ("f.json", None), ("g", None)];
        for (path, want) in cases {
            assert_eq!(InputFormat::from_path(Path::new(path)), want, "{path}");
        }
        assert_eq!(InputFormat::sniff(b"\n  {\"id\": 1}"), InputFormat::JsonLines);
        assert_eq!(InputFormat::sniff(b"<!doctype html><p>Hi"), InputFormat::Html);
        assert_eq!(InputFormat::sniff("\u{feff}{\"id\": 1}".as_bytes()), InputFormat::JsonLines);
        assert_eq!(InputFormat::sniff(b"Council rated good"), InputFormat::Text);
        assert_eq!(InputFormat::sniff(b""), InputFormat::Text);
    }

    #[test]
    fn every_format_has_a_distinct_name_and_ending() {
        let mut names: Vec<&str> = InputFormat::ALL.iter().map(|f| f.name()).collect();
        let mut endings: Vec<&str> = InputFormat::ALL.iter().flat_map(|f| f.extensions().iter().copied()).collect();
        let (n, e) = (names.len(), endings.len());
        names.sort();
        names.dedup();
        endings.sort();
        endings.dedup();
        assert_eq!((names.len(), endings.len()), (n, e));
    }
}
