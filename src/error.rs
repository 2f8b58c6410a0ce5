//! Typed errors of the library, in layers: lexicon, input, gold data, export and rendering.

use std::path::PathBuf;

use thiserror::Error;

/// A compiled-in word list is malformed (caught by the lexicon tests before release).
#[derive(Debug, Error)]
pub enum LexiconError {
    /// A file named in code is not compiled in.
    #[error("lexicon file {file} is not compiled in")]
    Missing {
        /// The file name.
        file: &'static str,
    },
    /// A line does not have the file's shape.
    #[error("lexicon {file}, line {line}: {reason}")]
    Line {
        /// The file name.
        file: &'static str,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        reason: String,
    },
    /// A file's phrases could not be compiled into a matcher.
    #[error("lexicon {file} cannot be compiled into a matcher: {reason}")]
    Matcher {
        /// The file name.
        file: &'static str,
        /// What is wrong.
        reason: String,
    },
}

/// A file of the corpus could not be read as an article.
#[derive(Debug, Error)]
pub enum InputError {
    /// The operating system refused.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The bytes are not UTF-8.
    #[error("{}: not UTF-8 text (invalid byte at offset {offset}); name its encoding or convert it to UTF-8", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The bytes start with a UTF-16 byte-order mark but are not UTF-16.
    #[error("{}: not UTF-16 text (invalid code unit at offset {offset})", path.display())]
    NotUtf16 {
        /// The file.
        path: PathBuf,
        /// Offset of the first invalid code unit.
        offset: usize,
    },
    /// A one-article file holds no text: it is empty or blank, or a page whose only text
    /// is in scripts and page furniture.
    #[error("{}: no article text in it", path.display())]
    NoText {
        /// The file.
        path: PathBuf,
    },
    /// The file holds NUL bytes, so it is not text.
    #[error("{}: looks binary (NUL byte at offset {offset}), not an article", path.display())]
    Binary {
        /// The file.
        path: PathBuf,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// One record of an archive (JSON Lines, CSV) could not be read; the others still are.
    #[error("{}:{line}: {problem}", path.display())]
    Record {
        /// The archive.
        path: PathBuf,
        /// The line the record starts on, from 1.
        line: u64,
        /// What is wrong with it.
        problem: String,
    },
    /// A path given on the command line does not exist.
    #[error("{}: no such file or folder", path.display())]
    NotFound {
        /// The path.
        path: PathBuf,
    },
    /// A folder holds a pipe, socket or device with an article's ending. Reading a pipe
    /// would wait for a writer that may never come, so only a file named on its own is read.
    #[error("{}: a {kind}, not a file; name it on its own to read from it", path.display())]
    NotAFile {
        /// The entry.
        path: PathBuf,
        /// What it is instead ("named pipe", "socket", "device").
        kind: &'static str,
    },
    /// The file holds more than one article can be (see [`crate::corpus::MAX_ARTICLE_BYTES`]).
    #[error("{}: over {}, too big for one article; split it, or give its articles as JSON Lines", path.display(), size_in_words(*limit))]
    TooBig {
        /// The file.
        path: PathBuf,
        /// The limit in bytes.
        limit: u64,
    },
}

/// Gold annotations could not be read.
#[derive(Debug, Error)]
pub enum GoldError {
    /// The file could not be opened.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The file is not gold JSON.
    #[error("{}: not gold JSON: {source}", path.display())]
    Json {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: serde_json::Error,
    },
}

/// A saved graph JSON could not be read back.
#[derive(Debug, Error)]
pub enum GraphReadError {
    /// The file could not be opened.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The file is not JSON of the graph's shape.
    #[error("{}: not graph JSON (as written by `quotegraph build`): {source}", path.display())]
    Json {
        /// The file.
        path: PathBuf,
        /// The cause, with its line and column.
        #[source]
        source: serde_json::Error,
    },
    /// The JSON has the shape but says something impossible.
    #[error("{}: {problem}", path.display())]
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong, naming the node or edge.
        problem: String,
    },
}

/// A SPARQL query could not be answered.
#[derive(Debug, Error)]
pub enum SparqlError {
    /// The query is not SPARQL 1.1.
    #[error("the SPARQL query does not parse: {0}")]
    Syntax(String),
    /// The query parsed but could not be evaluated.
    #[error("the SPARQL query failed: {0}")]
    Evaluation(String),
    /// The in-memory store refused the graph's triples.
    #[error("loading the graph into the SPARQL store: {0}")]
    Store(String),
}

/// The graph could not be exported.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The base IRI given for node IRIs is unusable.
    #[error("base IRI `{base}` is not usable: {reason}")]
    BadBase {
        /// The base as given.
        base: String,
        /// Why.
        reason: String,
    },
    /// Writing the output failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// A diagram could not be rendered by Graphviz.
#[derive(Debug, Error)]
pub enum RenderError {
    /// Graphviz's `dot` program is not on the PATH.
    #[error("Graphviz's `dot` program was not found; install Graphviz (`apt-get install graphviz`, `brew install graphviz`) or write DOT with `build --format dot`")]
    DotMissing,
    /// `dot` ran and failed.
    #[error("Graphviz's `dot` failed: {0}")]
    DotFailed(String),
    /// The output name's extension names no format `dot` can draw.
    #[error("cannot tell the picture format from `{name}`: use a name ending in .svg, .png or .pdf, or pass --format")]
    UnknownFormat {
        /// The file name.
        name: String,
    },
}

/// Any error of the library.
#[derive(Debug, Error)]
pub enum Error {
    /// See [`LexiconError`].
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
    /// See [`InputError`].
    #[error(transparent)]
    Input(#[from] InputError),
    /// See [`GoldError`].
    #[error(transparent)]
    Gold(#[from] GoldError),
    /// See [`GraphReadError`].
    #[error(transparent)]
    GraphRead(#[from] GraphReadError),
    /// See [`SparqlError`].
    #[error(transparent)]
    Sparql(#[from] SparqlError),
    /// See [`ExportError`].
    #[error(transparent)]
    Export(#[from] ExportError),
    /// See [`RenderError`].
    #[error(transparent)]
    Render(#[from] RenderError),
    /// Writing output failed.
    #[error("writing output: {0}")]
    Write(#[source] std::io::Error),
}

/// A size as people write it: in MiB when it is a whole number of them, else in bytes.
pub(crate) fn size_in_words(bytes: u64) -> String {
    if bytes >= 1 << 20 && bytes.is_multiple_of(1 << 20) {
        format!("{} MiB", bytes >> 20)
    } else {
        format!("{bytes} bytes")
    }
}
