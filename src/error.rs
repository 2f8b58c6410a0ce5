//! Typed errors of the library, in layers: lexicon, input, gold data.

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
    #[error("{}: not UTF-8 text (invalid byte at offset {offset}); convert it to UTF-8 first", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Offset of the first invalid byte.
        offset: usize,
    },
    /// The file holds NUL bytes, so it is not text.
    #[error("{}: looks binary (NUL byte at offset {offset}), not an article", path.display())]
    Binary {
        /// The file.
        path: PathBuf,
        /// Offset of the first NUL byte.
        offset: usize,
    },
    /// A path given on the command line does not exist.
    #[error("{}: no such file or folder", path.display())]
    NotFound {
        /// The path.
        path: PathBuf,
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
    /// Writing output failed.
    #[error("writing output: {0}")]
    Write(#[source] std::io::Error),
}
