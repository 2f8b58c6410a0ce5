//! Reading articles from files and folders. A file that cannot be read becomes a problem
//! to report, never the end of the run: the other files are still read.

use std::fs;
use std::path::{Path, PathBuf};

use crate::error::InputError;

/// File endings read from folders.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md"];

/// One article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Its name: the path below the folder it was found in, or the file name.
    pub name: String,
    /// Its text.
    pub text: String,
}

impl Article {
    /// An article from a name and text.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Article {
        Article { name: name.into(), text: text.into() }
    }

    /// The first non-empty line, shortened, for a label.
    pub fn title(&self) -> &str {
        const MAX_TITLE: usize = 120;
        let line = self.text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or(&self.name);
        match line.char_indices().nth(MAX_TITLE) {
            Some((cut, _)) => &line[..cut],
            None => line,
        }
    }
}

/// What a read produced: the articles, and the files that could not be read.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Articles, sorted by name.
    pub articles: Vec<Article>,
    /// One error for each file or path that could not be read.
    pub problems: Vec<InputError>,
}

/// Reads the files and folders at `paths`: folders recursively, taking `.txt` and `.md`
/// files and skipping hidden entries; files named directly are read whatever their ending.
pub fn read_corpus(paths: &[PathBuf]) -> Corpus {
    let mut corpus = Corpus::default();
    for path in paths {
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => read_folder(path, path, &mut corpus),
            Ok(_) => {
                let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
                read_file(path, name, &mut corpus);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => corpus.problems.push(InputError::NotFound { path: path.clone() }),
            Err(source) => corpus.problems.push(InputError::Io { path: path.clone(), source }),
        }
    }
    corpus.articles.sort_by(|a, b| a.name.cmp(&b.name));
    corpus
}

fn read_folder(root: &Path, dir: &Path, corpus: &mut Corpus) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(source) => return corpus.problems.push(InputError::Io { path: dir.to_path_buf(), source }),
    };
    let mut paths: Vec<PathBuf> = Vec::new();
    for entry in entries {
        match entry {
            Ok(e) => paths.push(e.path()),
            Err(source) => corpus.problems.push(InputError::Io { path: dir.to_path_buf(), source }),
        }
    }
    paths.sort();
    for path in paths {
        let hidden = path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            read_folder(root, &path, corpus);
        } else if path.extension().is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x))) {
            let name = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
            read_file(&path, name, corpus);
        }
    }
}

fn read_file(path: &Path, name: String, corpus: &mut Corpus) {
    match fs::read(path) {
        Ok(bytes) => match article_text(path, bytes) {
            Ok(text) => corpus.articles.push(Article { name, text }),
            Err(e) => corpus.problems.push(e),
        },
        Err(source) => corpus.problems.push(InputError::Io { path: path.to_path_buf(), source }),
    }
}

/// Checks that the bytes are UTF-8 text, not binary.
pub fn article_text(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(InputError::Binary { path: path.to_path_buf(), offset });
    }
    String::from_utf8(bytes).map_err(|e| InputError::NotUtf8 { path: path.to_path_buf(), offset: e.utf8_error().valid_up_to() })
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
        let corpus = read_corpus(&[dir.path().to_path_buf(), dir.path().join("missing.txt")]);
        let names: Vec<&str> = corpus.articles.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["a.md", "b.txt", "sub/c.txt"]);
        let problems: Vec<String> = corpus.problems.iter().map(ToString::to_string).collect();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems.iter().any(|p| p.contains("image.txt") && p.contains("binary")));
        assert!(problems.iter().any(|p| p.contains("latin1.txt") && p.contains("not UTF-8") && p.contains("offset 3")));
        assert!(problems.iter().any(|p| p.contains("missing.txt") && p.contains("no such file")));
    }

    #[test]
    fn title_is_the_first_line() {
        assert_eq!(Article::new("a", "\n  Council rated good \nBody").title(), "Council rated good");
    }
}
