//! Answers written out: an aligned table for people, JSON and CSV for programs.

use std::io::{self, Write};

use serde_json::{json, Map, Value};

use super::answer::{Answer, Cited, Row, Shown};
use crate::model::first_words;

/// How answers are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    /// Aligned columns, the long ones cut to their first words.
    Table,
    /// A JSON array with an object a row, every column and the evidence included.
    Json,
    /// Comma-separated values with a header line (RFC 4180 quoting).
    Csv,
}

impl OutputFormat {
    /// Its name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            OutputFormat::Table => "table",
            OutputFormat::Json => "json",
            OutputFormat::Csv => "csv",
        }
    }

    /// Its media type.
    pub fn media_type(self) -> &'static str {
        match self {
            OutputFormat::Table => "text/plain",
            OutputFormat::Json => "application/json",
            OutputFormat::Csv => "text/csv",
        }
    }
}

/// Words of a long cell a table shows.
const TABLE_WORDS: usize = 8;

/// Writes `answer`; `evidence` adds each row's sentences (the JSON always has them). An
/// empty answer writes its message in a table, `[]` in JSON and the header in CSV.
pub fn write_answer(answer: &Answer, format: OutputFormat, evidence: bool, out: &mut dyn Write) -> io::Result<()> {
    match format {
        OutputFormat::Table => write_table(answer, evidence, out),
        OutputFormat::Json => {
            let rows: Vec<Value> = answer.rows.iter().map(|row| row_object(answer, row)).collect();
            serde_json::to_writer_pretty(&mut *out, &rows)?;
            writeln!(out)
        }
        OutputFormat::Csv => write_csv(answer, evidence, out),
    }
}

fn row_object(answer: &Answer, row: &Row) -> Value {
    let mut object: Map<String, Value> = answer.columns.iter().zip(&row.cells).map(|(c, v)| (c.key.to_string(), v.clone())).collect();
    let evidence: Vec<Value> = row
        .evidence
        .iter()
        .map(|c| {
            let e = &c.evidence;
            json!({
                "edge": c.kind.as_str(),
                "document": &*e.document,
                "span": { "start": e.span.start, "end": e.span.end },
                "chars": { "start": e.chars.start, "end": e.chars.end },
                "sentence": &*e.sentence,
            })
        })
        .collect();
    object.insert("evidence".into(), Value::Array(evidence));
    Value::Object(object)
}

/// A cell as one line of text: arrays joined, spans as `start-end`.
fn plain(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.split_whitespace().collect::<Vec<_>>().join(" "),
        Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(", "),
        Value::Object(o) => match (o.get("start"), o.get("end")) {
            (Some(start), Some(end)) => format!("{start}-{end}"),
            _ => value.to_string(),
        },
        other => other.to_string(),
    }
}

/// A line per sentence cited: the article, the span, the edges read there, the sentence.
fn evidence_lines(evidence: &[Cited]) -> Vec<String> {
    let mut places: Vec<(&Cited, Vec<&str>)> = Vec::new();
    for cited in evidence {
        let same = |(first, _): &&mut (&Cited, Vec<&str>)| first.evidence.document == cited.evidence.document && first.evidence.span == cited.evidence.span;
        match places.iter_mut().find(|p| same(p)) {
            Some((_, kinds)) => kinds.push(cited.kind.as_str()),
            None => places.push((cited, vec![cited.kind.as_str()])),
        }
    }
    places
        .into_iter()
        .map(|(c, kinds)| {
            let e = &c.evidence;
            format!("{} {}-{} ({}): {}", e.document, e.span.start, e.span.end, kinds.join(", "), plain(&Value::from(&*e.sentence)))
        })
        .collect()
}

fn write_table(answer: &Answer, evidence: bool, out: &mut dyn Write) -> io::Result<()> {
    if answer.rows.is_empty() {
        return writeln!(out, "{}", answer.empty);
    }
    let shown: Vec<usize> = (0..answer.columns.len()).filter(|&i| answer.columns[i].shown != Shown::Hidden).collect();
    let text = |row: &Row, i: usize| -> String {
        let cell = row.cells.get(i).map(plain).unwrap_or_default();
        if answer.columns[i].shown == Shown::FirstWords { first_words(&cell, TABLE_WORDS, &[]) } else { cell }
    };
    let cells: Vec<Vec<String>> = answer.rows.iter().map(|row| shown.iter().map(|&i| text(row, i)).collect()).collect();
    let headings: Vec<String> = shown.iter().map(|&i| answer.columns[i].heading.to_uppercase()).collect();
    write_aligned(&headings, &cells, out, |i, out| {
        if evidence {
            for line in evidence_lines(&answer.rows[i].evidence) {
                writeln!(out, "    {line}")?;
            }
        }
        Ok(())
    })
}

/// Writes `headings` and `rows` in columns two spaces apart; `after_row(i)` may add lines
/// under row `i`.
pub(crate) fn write_aligned(
    headings: &[String],
    rows: &[Vec<String>],
    out: &mut dyn Write,
    after_row: impl Fn(usize, &mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let width = |s: &String| s.chars().count();
    let widths: Vec<usize> = (0..headings.len()).map(|c| rows.iter().map(|r| width(&r[c])).chain([width(&headings[c])]).max().unwrap_or(0)).collect();
    let line = |cells: &[String]| -> String {
        let padded: Vec<String> = cells.iter().zip(&widths).map(|(c, &w)| format!("{c}{}", " ".repeat(w - width(c)))).collect();
        padded.join("  ").trim_end().to_string()
    };
    writeln!(out, "{}", line(headings))?;
    for (i, row) in rows.iter().enumerate() {
        writeln!(out, "{}", line(row))?;
        after_row(i, out)?;
    }
    Ok(())
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn write_csv(answer: &Answer, evidence: bool, out: &mut dyn Write) -> io::Result<()> {
    let mut header: Vec<&str> = answer.columns.iter().map(|c| c.key).collect();
    if evidence {
        header.push("evidence");
    }
    writeln!(out, "{}", header.join(","))?;
    for row in &answer.rows {
        let mut fields: Vec<String> = row
            .cells
            .iter()
            .map(|v| match v {
                Value::String(s) => csv_field(s),
                other => csv_field(&plain(other)),
            })
            .collect();
        if evidence {
            fields.push(csv_field(&evidence_lines(&row.evidence).join(" | ")));
        }
        writeln!(out, "{}", fields.join(","))?;
    }
    Ok(())
}
