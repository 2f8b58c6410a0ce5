//! The line format every lexicon file shares.

use crate::error::LexiconError;

/// A parsed lexicon file: rows of tab-separated columns, comments and blank lines dropped.
#[derive(Debug)]
pub struct Table {
    pub name: &'static str,
    pub rows: Vec<Vec<&'static str>>,
    /// The file line of each row, for error messages.
    pub lines: Vec<usize>,
}

impl Table {
    /// Splits `text` into rows; every row of a file must have the same number of columns.
    pub fn parse(name: &'static str, text: &'static str) -> Result<Table, LexiconError> {
        let mut rows: Vec<Vec<&'static str>> = Vec::new();
        let mut lines = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.iter().any(|c| c.trim().is_empty() || c.trim() != *c) {
                return Err(LexiconError::Line { file: name, line: i + 1, reason: "empty column or stray white space".into() });
            }
            if let Some(first) = rows.first() {
                if first.len() != cols.len() {
                    return Err(LexiconError::Line {
                        file: name,
                        line: i + 1,
                        reason: format!("{} columns where the file has {}", cols.len(), first.len()),
                    });
                }
            }
            rows.push(cols);
            lines.push(i + 1);
        }
        Ok(Table { name, rows, lines })
    }

    /// The first column of every row.
    pub fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rows.iter().map(|r| r[0])
    }

    fn row_error(&self, row: usize, reason: String) -> LexiconError {
        LexiconError::Line { file: self.name, line: self.lines[row], reason }
    }

    /// Maps each one-column row; `f`'s error names the problem.
    pub fn map1<T>(&self, f: impl Fn(&'static str) -> Result<T, String>) -> Result<Vec<T>, LexiconError> {
        self.rows
            .iter()
            .enumerate()
            .map(|(i, r)| match r.as_slice() {
                [a] => f(a).map_err(|e| self.row_error(i, e)),
                _ => Err(self.row_error(i, "expected 1 column".into())),
            })
            .collect()
    }

    /// Maps each two-column row; `f`'s error names the problem.
    pub fn map2<T>(&self, f: impl Fn(&'static str, &'static str) -> Result<T, String>) -> Result<Vec<T>, LexiconError> {
        self.rows
            .iter()
            .enumerate()
            .map(|(i, r)| match r.as_slice() {
                [a, b] => f(a, b).map_err(|e| self.row_error(i, e)),
                _ => Err(self.row_error(i, "expected 2 columns".into())),
            })
            .collect()
    }

    /// Maps each three-column row; `f`'s error names the problem.
    pub fn map3<T>(
        &self,
        f: impl Fn(&'static str, &'static str, &'static str) -> Result<T, String>,
    ) -> Result<Vec<T>, LexiconError> {
        self.rows
            .iter()
            .enumerate()
            .map(|(i, r)| match r.as_slice() {
                [a, b, c] => f(a, b, c).map_err(|e| self.row_error(i, e)),
                _ => Err(self.row_error(i, "expected 3 columns".into())),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_file_and_line_of_a_ragged_row() {
        let err = Table::parse("x.txt", "# c\na\tb\nc\n").unwrap_err().to_string();
        assert!(err.contains("x.txt") && err.contains("line 3"), "{err}");
    }
}
