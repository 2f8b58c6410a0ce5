//! Reading articles: which files hold them ([`find_sources`]), in which [`InputFormat`],
//! and the articles each holds ([`read_source`]). A file or record that cannot be read
//! becomes a problem to report, never the end of the run: the others are still read.

mod encoding;
mod format;
mod html;
mod records;
mod sources;
mod text;

use std::fs;
use std::io::{self, BufRead, BufReader, Cursor};
use std::path::{Path, PathBuf};

use crate::error::InputError;
use crate::model::PartialDate;

pub use encoding::TextEncoding;
pub use format::InputFormat;
pub use html::{read_page, Page};
pub use sources::{find_sources, Source};
pub use text::article_text;
use text::{html_text, read_article_bytes};

/// The path that names standard input.
pub const STDIN: &str = "-";

/// The most bytes one article may have: a file or record beyond it is reported, not read,
/// since an article is held whole while it is read (about fifteen times its size at the
/// peak) and nothing that long is one article. It also ends a read that would never end,
/// such as a device or an endless pipe.
pub const MAX_ARTICLE_BYTES: u64 = 256 << 20;

/// What is known of an article besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleMeta {
    /// Its address on the web.
    pub url: Option<String>,
    /// Its headline.
    pub title: Option<String>,
    /// When it was published; anchors relative dates ("this summer", "last month").
    pub published: Option<PartialDate>,
    /// Who published it.
    pub publisher: Option<String>,
}

/// One article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Its name: the path below the folder it was found in, or the file name (the path as
    /// given when two files would share a name); for a record of an archive, `ARCHIVE#ID`.
    pub name: String,
    /// Its text.
    pub text: String,
    /// Its headline, address, date and publisher, when known.
    pub meta: ArticleMeta,
}

impl Article {
    /// An article from a name and text.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Article {
        Article { name: name.into(), text: text.into(), meta: ArticleMeta::default() }
    }

    /// Its headline: the title it came with, else its first non-empty line, shortened.
    pub fn title(&self) -> &str {
        const MAX_TITLE: usize = 120;
        let given = self.meta.title.as_deref().map(str::trim).filter(|t| !t.is_empty());
        let line = given.or_else(|| self.text.lines().map(str::trim).find(|l| !l.is_empty())).unwrap_or(&self.name);
        match line.char_indices().nth(MAX_TITLE) {
            Some((cut, _)) => &line[..cut],
            None => line,
        }
    }
}

/// Reads a publication date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, with any time after a `T`
/// or a space ignored ("2024-03-05T09:30:00Z").
pub fn published_date(text: &str) -> Option<PartialDate> {
    let date = text.trim().split(['T', ' ']).next()?;
    PartialDate::from_iso(date)
}

/// Reads one source, handing each article (or the problem that stopped one) to `each` as
/// it is read: an archive is streamed record by record.
pub fn read_source(source: &Source, each: &mut dyn FnMut(Result<Article, InputError>)) {
    let stdin = source.path.as_os_str() == STDIN;
    // Problems name standard input in words: "-: no article text in it" reads as a typo.
    let shown = if stdin { Path::new("<stdin>") } else { source.path.as_path() };
    let io_error = |e: io::Error| InputError::Io { path: shown.to_path_buf(), source: e };
    let mut reader: Box<dyn BufRead> = if stdin {
        Box::new(io::stdin().lock())
    } else {
        match fs::File::open(&source.path) {
            Ok(file) => Box::new(BufReader::with_capacity(1 << 16, file)),
            Err(e) => return each(Err(io_error(e))),
        }
    };
    let format = match source.format {
        Some(format) => format,
        None => match reader.fill_buf() {
            Ok(start) => InputFormat::sniff(start),
            Err(e) => return each(Err(io_error(e))),
        },
    };
    read_from(&mut reader, shown, &source.name, format, source.bytes, source.encoding, each);
}

/// Reads articles of `format` from bytes already in memory, as [`read_source`] reads a file;
/// text that is not UTF-8 is decoded in `encoding` when one is given.
pub fn read_bytes(name: &str, bytes: &[u8], format: InputFormat, encoding: Option<TextEncoding>, each: &mut dyn FnMut(Result<Article, InputError>)) {
    read_from(&mut Cursor::new(bytes), Path::new(name), name, format, bytes.len() as u64, encoding, each);
}

fn read_from(
    reader: &mut dyn BufRead,
    path: &Path,
    name: &str,
    format: InputFormat,
    size: u64,
    encoding: Option<TextEncoding>,
    each: &mut dyn FnMut(Result<Article, InputError>),
) {
    let archive = records::Archive { path, source: name, limit: MAX_ARTICLE_BYTES, encoding };
    match format {
        InputFormat::JsonLines => records::read_json_lines(reader, &archive, each),
        InputFormat::Csv => records::read_csv(reader, &archive, each),
        InputFormat::Text | InputFormat::Markdown | InputFormat::Html => {
            let article = read_article_bytes(reader, path, size, MAX_ARTICLE_BYTES).and_then(|bytes| match format {
                InputFormat::Html => html_text(path, bytes, encoding).map(|html| {
                    let page = read_page(&html);
                    Article { name: name.to_string(), text: page.text, meta: page.meta }
                }),
                _ => article_text(path, bytes, encoding).map(|text| Article::new(name, text)),
            });
            each(article.and_then(|a| if a.text.trim().is_empty() { Err(InputError::NoText { path: path.to_path_buf() }) } else { Ok(a) }));
        }
    }
}

/// What a read produced: the articles, and the files and records that could not be read.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Articles, in name order of their files, then record order.
    pub articles: Vec<Article>,
    /// One error for each file, path or record that could not be read.
    pub problems: Vec<InputError>,
}

/// Reads every article at `paths` into memory (see [`find_sources`]). For corpora too big
/// to hold, read source by source with [`read_source`].
pub fn read_corpus(paths: &[PathBuf]) -> Corpus {
    let (sources, problems) = find_sources(paths, None);
    let mut corpus = Corpus { articles: Vec::new(), problems };
    for source in &sources {
        read_source(source, &mut |read| match read {
            Ok(article) => corpus.articles.push(article),
            Err(problem) => corpus.problems.push(problem),
        });
    }
    corpus
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_file_is_a_problem_and_the_rest_are_read() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("b.txt"), "Second.").unwrap();
        fs::write(dir.path().join("a.md"), "First.").unwrap();
        fs::write(dir.path().join("latin1.txt"), b"caf\xe9").unwrap();
        fs::write(dir.path().join("image.txt"), b"PNG\0\0").unwrap();
        fs::write(dir.path().join("notes.json"), "{}").unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        fs::write(dir.path().join("sub/c.txt"), "Third.").unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
        fs::write(dir.path().join("empty.txt"), "").unwrap();
        fs::write(dir.path().join("blank.md"), " \n\t\n").unwrap();
        fs::write(dir.path().join("app.html"), "<html><body><script>render('Cllr A said: “b”')</script></body></html>").unwrap();
        // Saved as "Unicode" by a Windows editor: UTF-16, little end first, with its mark.
        let utf16: Vec<u8> = std::iter::once(0xfeff).chain("Fourth, in UTF-16.".encode_utf16()).flat_map(u16::to_le_bytes).collect();
        fs::write(dir.path().join("windows.txt"), utf16).unwrap();
        // An older site's page, in the charset its head declares.
        fs::write(dir.path().join("old.html"), b"<meta charset=\"windows-1252\"><p>Fifth, caf\xe9.</p>").unwrap();
        let corpus = read_corpus(&[dir.path().to_path_buf(), dir.path().join("missing.txt")]);
        let names: Vec<&str> = corpus.articles.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["a.md", "b.txt", "old.html", "sub/c.txt", "windows.txt"]);
        assert_eq!(corpus.articles[2].text, "Fifth, café.");
        assert_eq!(corpus.articles[4].text, "Fourth, in UTF-16.");
        let problems: Vec<String> = corpus.problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 6, "{problems:?}");
        for file in ["empty.txt", "blank.md", "app.html"] {
            assert!(problems.iter().any(|p| p.ends_with(&format!("{file}: no article text in it"))), "{file}: {problems:?}");
        }
        assert!(problems.iter().any(|p| p.contains("image.txt") && p.contains("binary")));
        assert!(problems.iter().any(|p| p.contains("latin1.txt") && p.contains("not UTF-8") && p.contains("offset 3")));
        assert!(problems.iter().any(|p| p.contains("missing.txt") && p.contains("no such file")));
    }

    #[test]
    fn title_is_the_first_line() {
        assert_eq!(Article::new("a", "\n  Council rated good \nBody").title(), "Council rated good");
    }
}
