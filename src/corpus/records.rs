//! Archives with one article a record: JSON Lines and CSV. Each record is read on its own,
//! so a malformed one is reported with its line and the rest are still read; records are
//! streamed, never all held at once.

use std::collections::HashMap;
use std::io::{BufRead, Read};
use std::path::Path;

use serde_json::Value;

use super::{published_date, Article, ArticleMeta, TextEncoding};
use crate::error::{size_in_words, InputError};

/// The fields of a record, as text.
#[derive(Debug, Default)]
struct Fields {
    id: Option<String>,
    text: Option<String>,
    url: Option<String>,
    title: Option<String>,
    published: Option<String>,
    publisher: Option<String>,
}

/// An archive being read, and how.
#[derive(Debug, Clone, Copy)]
pub struct Archive<'a> {
    /// The file, as problems name it.
    pub path: &'a Path,
    /// The name its articles are known by, before `#ID`.
    pub source: &'a str,
    /// The most bytes a record may have.
    pub limit: u64,
    /// The encoding of records that are not UTF-8, when the user has named one.
    pub encoding: Option<TextEncoding>,
}

impl Archive<'_> {
    fn problem(&self, line: u64, problem: impl Into<String>) -> InputError {
        InputError::Record { path: self.path.to_path_buf(), line, problem: problem.into() }
    }

    /// The text of a record's bytes or of a cell: UTF-8, else in the encoding named.
    fn text(&self, bytes: &[u8], what: &str) -> Result<String, String> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(text.to_string()),
            Err(e) => self.encoding.and_then(|encoding| encoding.decode(bytes)).ok_or_else(|| {
                let named = self.encoding.map_or(String::new(), |encoding| format!(" or {encoding}"));
                format!("{what} is not UTF-8{named} (invalid byte at offset {})", e.valid_up_to())
            }),
        }
    }
}

/// Turns records into articles named `SOURCE#ID`, skipping repeated ids.
struct Records<'a> {
    archive: &'a Archive<'a>,
    first_line_of: HashMap<String, u64>,
}

impl Records<'_> {
    fn problem(&self, line: u64, problem: impl Into<String>) -> InputError {
        self.archive.problem(line, problem)
    }

    fn article(&mut self, line: u64, f: Fields) -> Result<Article, InputError> {
        let text = f.text.filter(|t| !t.trim().is_empty()).ok_or_else(|| self.problem(line, "record has no `text` or `body`"))?;
        if text.contains('\0') {
            return Err(self.problem(line, "record text holds NUL bytes, so it is not an article"));
        }
        let id = f.id.filter(|i| !i.trim().is_empty()).unwrap_or_else(|| format!("line-{line}"));
        if let Some(first) = self.first_line_of.get(&id) {
            return Err(self.problem(line, format!("record repeats id `{id}` of line {first}; the first is kept")));
        }
        let published = match f.published.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            Some(p) => Some(published_date(p).ok_or_else(|| self.problem(line, format!("record `published` is not a date: `{p}` (use YYYY-MM-DD)")))?),
            None => None,
        };
        self.first_line_of.insert(id.clone(), line);
        let meta = ArticleMeta { url: f.url, title: f.title, published, publisher: f.publisher };
        Ok(Article { name: format!("{}#{id}", self.archive.source), text, meta })
    }
}

/// Reads JSON Lines: one object a line, blank lines skipped; a line over the archive's
/// limit is reported and skipped without being held.
pub fn read_json_lines(reader: &mut dyn BufRead, archive: &Archive<'_>, each: &mut dyn FnMut(Result<Article, InputError>)) {
    let limit = archive.limit;
    let mut records = Records { archive, first_line_of: HashMap::new() };
    let io_error = |source| InputError::Io { path: archive.path.to_path_buf(), source };
    let mut buf = Vec::new();
    let mut line = 0u64;
    loop {
        buf.clear();
        match (&mut *reader).take(limit.saturating_add(1)).read_until(b'\n', &mut buf) {
            Ok(0) => return,
            Ok(_) => line += 1,
            Err(source) => return each(Err(io_error(source))),
        }
        if buf.len() as u64 > limit && buf.last() != Some(&b'\n') {
            each(Err(records.problem(line, format!("record is over {}, too big for one article", size_in_words(limit)))));
            if let Err(source) = reader.skip_until(b'\n') {
                return each(Err(io_error(source)));
            }
            continue;
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let record = if line == 1 { buf.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&buf) } else { &buf };
        // JSON is UTF-8, so serde_json reads the bytes as they are; with an encoding named,
        // a line is read as text first, so that one in that encoding is decoded.
        let parsed = match archive.encoding.map(|_| archive.text(record, "record")) {
            None => serde_json::from_slice::<Value>(record),
            Some(Ok(text)) => serde_json::from_str::<Value>(&text),
            Some(Err(problem)) => {
                each(Err(records.problem(line, problem)));
                continue;
            }
        };
        let fields = match parsed {
            Ok(Value::Object(map)) => json_fields(map),
            Ok(_) => Err("record is not a JSON object".to_string()),
            Err(e) => Err(format!("record is not valid JSON ({e})")),
        };
        each(fields.map_err(|p| records.problem(line, p)).and_then(|f| records.article(line, f)));
    }
}

fn json_fields(mut map: serde_json::Map<String, Value>) -> Result<Fields, String> {
    let mut take = |key: &str| -> Result<Option<String>, String> {
        match map.remove(key) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s)),
            Some(Value::Number(n)) if key == "id" => Ok(Some(n.to_string())),
            Some(other) => Err(format!("record `{key}` should be a string, not {}", kind_of(&other))),
        }
    };
    Ok(Fields {
        id: take("id")?,
        text: take("text")?.or(take("body")?),
        url: take("url")?,
        title: take("title")?,
        published: take("published")?,
        publisher: take("publisher")?,
    })
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Reads CSV with a header row; its columns are matched by name, ignoring case. A record
/// over the archive's limit ends the file's reading with a problem: where the next record
/// starts is known only by reading this one to its end.
pub fn read_csv(reader: &mut dyn BufRead, archive: &Archive<'_>, each: &mut dyn FnMut(Result<Article, InputError>)) {
    let limit = archive.limit;
    let mut csv = csv::ReaderBuilder::new().flexible(true).from_reader(Budgeted { inner: reader, limit, read: 0 });
    let headers = match csv.byte_headers() {
        Ok(h) => h.iter().map(|h| String::from_utf8_lossy(h).trim_start_matches('\u{feff}').trim().to_ascii_lowercase()).collect::<Vec<_>>(),
        Err(e) => return each(Err(archive.problem(1, format!("no readable header row ({e})")))),
    };
    let column = |name: &str| headers.iter().position(|h| h == name);
    let (text, body) = (column("text"), column("body"));
    if text.is_none() && body.is_none() {
        let problem = format!("the header row names no `text` or `body` column (it has: {})", headers.join(", "));
        return each(Err(archive.problem(1, problem)));
    }
    let columns = [column("id"), column("url"), column("title"), column("published"), column("publisher")];
    let mut records = Records { archive, first_line_of: HashMap::new() };
    let mut row = csv::ByteRecord::new();
    loop {
        let line = csv.position().line();
        csv.get_mut().read = 0;
        match csv.read_byte_record(&mut row) {
            Ok(false) => return,
            Ok(true) => {}
            Err(_) if csv.get_ref().read > limit => {
                return each(Err(records.problem(line, format!("record is over {}, too big for one article; the rest of the file is not read", size_in_words(limit)))));
            }
            Err(e) => {
                let line = e.position().map_or(line, csv::Position::line);
                each(Err(records.problem(line, format!("record is not valid CSV ({e})"))));
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    return;
                }
                continue;
            }
        }
        let line = row.position().map_or(line, csv::Position::line);
        let cell = |c: Option<usize>| -> Result<Option<String>, String> {
            match c.and_then(|c| row.get(c)) {
                None => Ok(None),
                Some(bytes) => archive.text(bytes, "a cell of the record").map(Some),
            }
        };
        let fields = (|| -> Result<Fields, String> {
            let [id, url, title, published, publisher] = columns;
            Ok(Fields { id: cell(id)?, text: cell(text)?.filter(|t| !t.is_empty()).or(cell(body)?), url: cell(url)?, title: cell(title)?, published: cell(published)?, publisher: cell(publisher)? })
        })();
        each(fields.map_err(|p| records.problem(line, p)).and_then(|f| records.article(line, f)));
    }
}

/// A reader that fails once it has read more than `limit` bytes since `read` was last set
/// to 0: the CSV reader holds a record whole, and one endless record would hold the file.
struct Budgeted<R> {
    inner: R,
    limit: u64,
    /// Bytes read since the count was last reset.
    read: u64,
}

impl<R: Read> Read for Budgeted<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.read > self.limit {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "record too big"));
        }
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PartialDate;

    type ReadArchive = fn(&mut dyn BufRead, &Archive<'_>, &mut dyn FnMut(Result<Article, InputError>));

    /// The archive `feed`, records of up to `limit` bytes.
    fn feed(limit: u64, encoding: Option<TextEncoding>) -> Archive<'static> {
        Archive { path: Path::new("feed"), source: "feed", limit, encoding }
    }

    fn read_in(format: ReadArchive, archive: &Archive<'_>, input: &[u8]) -> (Vec<Article>, Vec<String>) {
        let (mut articles, mut problems) = (Vec::new(), Vec::new());
        format(&mut &input[..], archive, &mut |r| match r {
            Ok(a) => articles.push(a),
            Err(e) => problems.push(e.to_string()),
        });
        (articles, problems)
    }

    fn read(format: ReadArchive, input: &str) -> (Vec<Article>, Vec<String>) {
        read_in(format, &feed(crate::corpus::MAX_ARTICLE_BYTES, None), input.as_bytes())
    }

    #[test]
    fn json_lines_with_metadata_broken_records_and_repeats() {
        let input = concat!(
            "\u{feff}",
            r#"{"id": 7, "text": "Cllr Ana Ruiz said: “We will act.”", "url": "https://n.example/7", "published": "2024-03-05T10:00:00Z", "publisher": "Gazette"}"#, "\n",
            "\n",
            r#"{"id": "8", "body": "Body field works too.", "title": "Eight"}"#, "\n",
            r#"{"id": "9", "text": "cut off"#, "\n",
            r#"["not", "an", "object"]"#, "\n",
            r#"{"id": "10", "title": "No text"}"#, "\n",
            r#"{"id": "8", "text": "Same id again."}"#, "\n",
            r#"{"id": "11", "text": "Bad date.", "published": "last Tuesday"}"#, "\n",
            r#"{"text": "No id, named by its line."}"#,
        );
        let (articles, problems) = read(read_json_lines, input);
        let names: Vec<&str> = articles.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["feed#7", "feed#8", "feed#line-9"]);
        assert_eq!(articles[0].meta.published, PartialDate::from_iso("2024-03-05"));
        assert_eq!(articles[0].meta.publisher.as_deref(), Some("Gazette"));
        assert_eq!(articles[1].text, "Body field works too.");
        assert_eq!(articles[1].title(), "Eight");
        let lines: Vec<&str> = problems.iter().map(|p| p.split(' ').next().unwrap_or("")).collect();
        assert_eq!(lines, ["feed:4:", "feed:5:", "feed:6:", "feed:7:", "feed:8:"], "{problems:#?}");
        assert!(problems[0].contains("not valid JSON"));
        assert!(problems[3].contains("repeats id `8` of line 3"));
        assert!(problems[4].contains("not a date"));
    }

    #[test]
    fn a_json_line_over_the_limit_is_reported_and_the_next_one_read() {
        let (fits, also_fits) = (r#"{"id": "1", "text": "One."}"#, r#"{"id": "3", "text": "Two."}"#);
        let long = format!(r#"{{"id": "2", "text": "{}"}}"#, "word ".repeat(40));
        // The last line is too long and ends the file without a line break.
        let input = format!("{fits}\n{long}\n{also_fits}\n{long}");
        assert_eq!(fits.len(), 27);
        let (articles, problems) = read_in(read_json_lines, &feed(27, None), input.as_bytes());
        assert_eq!(articles.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["feed#1", "feed#3"]);
        assert_eq!(problems, ["feed:2: record is over 27 bytes, too big for one article", "feed:4: record is over 27 bytes, too big for one article"]);
    }

    #[test]
    fn csv_with_quoted_newlines_and_a_ragged_row() {
        let input = "\u{feff}ID,Title,Text,Published\n1,One,\"First line.\n\nSecond paragraph, with a comma.\",2023-11\n2,Two\n3,Three,Third.,\n";
        let (articles, problems) = read(read_csv, input);
        let names: Vec<&str> = articles.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["feed#1", "feed#3"]);
        assert_eq!(articles[0].text, "First line.\n\nSecond paragraph, with a comma.");
        assert_eq!(articles[0].meta.published, PartialDate::from_iso("2023-11"));
        assert_eq!(problems, ["feed:5: record has no `text` or `body`"]);
    }

    #[test]
    fn a_csv_record_over_the_limit_ends_the_file_with_a_problem() {
        let input = format!("id,text\n1,First.\n2,\"{}\"\n3,Never reached.\n", "word ".repeat(20_000));
        let (articles, problems) = read_in(read_csv, &feed(50_000, None), input.as_bytes());
        assert_eq!(articles.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), ["feed#1"]);
        assert_eq!(problems, ["feed:3: record is over 50000 bytes, too big for one article; the rest of the file is not read"]);
        // Under the limit, the same rows are all read.
        let (articles, problems) = read_in(read_csv, &feed(1 << 20, None), input.as_bytes());
        assert_eq!((articles.len(), problems.len()), (3, 0));
    }

    #[test]
    fn csv_without_a_text_column_is_one_problem() {
        let (articles, problems) = read(read_csv, "id,headline\n1,Hello\n");
        assert!(articles.is_empty());
        assert_eq!(problems, ["feed:1: the header row names no `text` or `body` column (it has: id, headline)"]);
    }

    #[test]
    fn records_that_are_not_utf8_are_read_in_the_encoding_named_for_them() {
        let cp1252 = TextEncoding::for_label("windows-1252").ok();
        let json = b"{\"id\": \"1\", \"text\": \"Cllr Ren\xe9e Hart said: \x93We will act.\x94\"}\n{\"id\": \"2\", \"text\": \"Plain \xe2\x80\x9cUTF-8\xe2\x80\x9d.\"}\n";
        let csv = b"id,text\n1,Cllr Ren\xe9e Hart said: \x93We will act.\x94\n2,Plain \xe2\x80\x9cUTF-8\xe2\x80\x9d.\n";
        for (format, input) in [(read_json_lines as ReadArchive, &json[..]), (read_csv, &csv[..])] {
            let (articles, problems) = read_in(format, &feed(1 << 20, cp1252), input);
            let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
            assert_eq!(texts, ["Cllr Renée Hart said: “We will act.”", "Plain “UTF-8”."], "{problems:?}");
            // Without an encoding the first record is a problem and the second is still read.
            let (articles, problems) = read_in(format, &feed(1 << 20, None), input);
            assert_eq!(articles.len(), 1);
            assert_eq!(problems.len(), 1, "{problems:?}");
        }
        let (_, problems) = read_in(read_csv, &feed(1 << 20, None), &csv[..]);
        assert_eq!(problems, ["feed:2: a cell of the record is not UTF-8 (invalid byte at offset 8)"]);
        // Bytes the named encoding cannot hold are reported with it.
        let sjis = TextEncoding::for_label("shift_jis").ok();
        let (_, problems) = read_in(read_json_lines, &feed(1 << 20, sjis), b"{\"text\": \"ends mid-character \x82\"}\n");
        assert_eq!(problems, ["feed:1: record is not UTF-8 or Shift_JIS (invalid byte at offset 29)"]);
    }
}
