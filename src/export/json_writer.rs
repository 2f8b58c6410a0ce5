//! A writer of JSON, token by token, laid out one record a line: the members of the
//! outer containers each start a line, indented as serde_json's pretty printer indents
//! them, and everything deeper is written compactly on its container's line.
//!
//! Graph JSON is several times the size of its input, because every edge carries its
//! sentence: writing it was a quarter of a one-core `build`. serde_json's serializer makes
//! a table lookup and a branch per byte of every string; this writer passes over the runs
//! of a string that need no escape eight bytes at a time, and writes the graph's fixed shape
//! without going through the `Serialize` machinery. A node or edge a line keeps the file
//! easy to `grep`, `diff` and page through, and a quarter smaller than fully indented.

use std::io::{self, Write};

/// Writes one JSON document; the caller opens and closes objects and arrays in order.
pub struct JsonWriter<W: Write> {
    out: W,
    /// For each open object or array: whether it has an element yet.
    open: Vec<bool>,
    /// The deepest nesting whose members start lines of their own.
    line_depth: usize,
}

impl<W: Write> JsonWriter<W> {
    /// A writer to `out` that starts a line for each member of a container nested at most
    /// `line_depth` deep (the outermost is 1) and writes deeper containers on one line.
    /// With `usize::MAX` the layout is serde_json's pretty layout.
    pub fn new(out: W, line_depth: usize) -> JsonWriter<W> {
        JsonWriter { out, open: Vec::new(), line_depth }
    }

    /// The writer it writes to.
    pub fn into_inner(self) -> W {
        self.out
    }

    /// Opens an object as the next value.
    pub fn begin_object(&mut self) -> io::Result<()> {
        self.begin(b"{")
    }

    /// Closes the innermost object.
    pub fn end_object(&mut self) -> io::Result<()> {
        self.close(b"}")
    }

    /// Opens an array as the next value.
    pub fn begin_array(&mut self) -> io::Result<()> {
        self.begin(b"[")
    }

    /// Closes the innermost array.
    pub fn end_array(&mut self) -> io::Result<()> {
        self.close(b"]")
    }

    /// Starts the next element of the innermost array.
    pub fn element(&mut self) -> io::Result<()> {
        self.next_line().map(drop)
    }

    /// Writes the key of the next member of the innermost object. Keys are the writer's
    /// own field names, which need no escape, so they are written as they are.
    pub fn key(&mut self, key: &'static str) -> io::Result<()> {
        debug_assert!(next_escape(key.as_bytes(), 0).is_none(), "key {key:?} needs an escape");
        let on_own_line = self.next_line()?;
        self.out.write_all(b"\"")?;
        self.out.write_all(key.as_bytes())?;
        self.out.write_all(if on_own_line { b"\": " } else { b"\":" })
    }

    /// Writes a string value.
    pub fn string(&mut self, s: &str) -> io::Result<()> {
        self.out.write_all(b"\"")?;
        write_escaped(&mut self.out, s.as_bytes())?;
        self.out.write_all(b"\"")
    }

    /// Writes a number value.
    pub fn number(&mut self, n: usize) -> io::Result<()> {
        self.out.write_all(itoa::Buffer::new().format(n).as_bytes())
    }

    /// Writes `json` as it is: a stretch of compact JSON (keys, colons, commas and
    /// brackets) that the caller has spelt out and balances itself, inside a value the
    /// writer has placed. Records of a fixed shape go out a few writes each, not a
    /// bookkept write per bracket and key.
    pub fn literal(&mut self, json: &'static str) -> io::Result<()> {
        self.out.write_all(json.as_bytes())
    }

    /// Writes `null`.
    pub fn null(&mut self) -> io::Result<()> {
        self.out.write_all(b"null")
    }

    /// A comma after the previous element, then, at most `line_depth` deep, a new line and
    /// the indent of the innermost level; true when it started a line.
    fn next_line(&mut self) -> io::Result<bool> {
        let depth = self.open.len();
        let first = match self.open.last_mut() {
            Some(has_element) => !std::mem::replace(has_element, true),
            None => true,
        };
        let from = usize::from(first);
        if depth > self.line_depth {
            self.out.write_all(&LINE_BREAKS[from..1])?;
            return Ok(false);
        }
        // The comma, the new line and the indent in one write when the indent is short.
        match LINE_BREAKS.get(from..2 + 2 * depth) {
            Some(line) => self.out.write_all(line)?,
            None => {
                self.out.write_all(&LINE_BREAKS[from..2])?;
                self.indent(depth)?;
            }
        }
        Ok(true)
    }

    fn begin(&mut self, bracket: &[u8]) -> io::Result<()> {
        self.open.push(false);
        self.out.write_all(bracket)
    }

    fn close(&mut self, bracket: &[u8]) -> io::Result<()> {
        let depth = self.open.len();
        if self.open.pop() == Some(true) && depth <= self.line_depth {
            self.out.write_all(b"\n")?;
            self.indent(self.open.len())?;
        }
        self.out.write_all(bracket)
    }

    fn indent(&mut self, depth: usize) -> io::Result<()> {
        const SPACES: &[u8; 32] = b"                                ";
        let mut left = 2 * depth;
        while left > 0 {
            let n = left.min(SPACES.len());
            self.out.write_all(&SPACES[..n])?;
            left -= n;
        }
        Ok(())
    }
}

/// A comma, a new line and the indents of the first few levels.
const LINE_BREAKS: &[u8; 34] = b",\n                                ";

/// Writes `bytes` with JSON's escapes: quote, backslash and the control characters below
/// U+0020, spelt as serde_json spells them.
fn write_escaped(out: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    let mut from = 0;
    while let Some(at) = next_escape(bytes, from) {
        let b = bytes[at];
        let escape: &[u8] = match b {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0x08 => b"\\b",
            0x0c => b"\\f",
            _ => &[b'\\', b'u', b'0', b'0', HEX[usize::from(b >> 4)], HEX[usize::from(b & 0xf)]],
        };
        out.write_all(&bytes[from..at])?;
        out.write_all(escape)?;
        from = at + 1;
    }
    out.write_all(&bytes[from..])
}

/// The position of the first byte from `start` on that needs an escape.
fn next_escape(bytes: &[u8], start: usize) -> Option<usize> {
    let mut at = start;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        if let Some(k) = first_escape(eight) {
            return Some(at + k);
        }
        at += 8;
    }
    // The last few bytes, padded with a letter that needs no escape.
    let tail = bytes.get(at..)?;
    let mut eight = [b'a'; 8];
    eight[..tail.len()].copy_from_slice(tail);
    first_escape(eight).map(|k| at + k)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The index of the first of eight bytes that is a quote, a backslash or below 0x20: the
/// bit tricks find a zero byte (after XOR with the quote or backslash) or a byte less than
/// 0x20 without a branch per byte. Bytes of 0x80 and above never count.
fn first_escape(eight: [u8; 8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let x = u64::from_le_bytes(eight);
    let below = |v: u64, n: u64| v.wrapping_sub(ONES * n) & !v & HIGHS;
    let flags = below(x, 0x20) | below(x ^ (ONES * u64::from(b'"')), 1) | below(x ^ (ONES * u64::from(b'\\')), 1);
    // A borrow can flag a byte after a true match, never before one, so the lowest flag
    // (the first byte, little-endian) is exact.
    (flags != 0).then(|| flags.trailing_zeros() as usize / 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(s: &str) -> String {
        let mut out = Vec::new();
        write_escaped(&mut out, s.as_bytes()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let cases = [
            "",
            "plain words of a sentence, long enough for several chunks",
            "She said: \"we will\" act",
            "a\\b at the end\\",
            "tab\there, new line\nand\r\u{8}\u{c}\u{0}\u{1f}\u{7f}",
            "“curly” ‘quotes’ – café – 😀 and \u{85} next line",
            "\"\"\"\"\"\"\"\"\"",
            "12345678\"",
        ];
        for s in cases {
            let want = serde_json::to_string(s).unwrap();
            assert_eq!(format!("\"{}\"", escaped(s)), want, "{s:?}");
        }
    }

    #[test]
    fn every_byte_below_128_in_every_chunk_position() {
        for b in 0u8..128 {
            for pos in 0..9 {
                let mut s = "abcdefghijklmnop".to_string();
                s.insert(pos, char::from(b));
                assert_eq!(format!("\"{}\"", escaped(&s)), serde_json::to_string(&s).unwrap(), "{b} at {pos}");
            }
        }
    }

    /// Empty and full objects and arrays, nested, with every kind of value, written with
    /// lines to `line_depth`.
    fn sample(line_depth: usize) -> String {
        let mut w = JsonWriter::new(Vec::new(), line_depth);
        (|| -> io::Result<()> {
            w.begin_object()?;
            w.key("edges")?;
            w.begin_array()?;
            w.end_array()?;
            w.key("nodes")?;
            w.begin_array()?;
            for n in 0..2 {
                w.element()?;
                w.begin_object()?;
                for (key, value) in [("bytes", Some(n * 1000)), ("cue", None)] {
                    w.key(key)?;
                    match value {
                        Some(number) => w.number(number)?,
                        None => w.null()?,
                    }
                }
                w.key("empty")?;
                w.begin_object()?;
                w.end_object()?;
                w.key("parts")?;
                w.begin_array()?;
                w.element()?;
                w.string("a \"b\"")?;
                w.end_array()?;
                w.end_object()?;
            }
            w.end_array()?;
            w.end_object()
        })()
        .unwrap();
        String::from_utf8(w.into_inner()).unwrap()
    }

    #[test]
    fn layout_without_a_line_depth_is_serde_json_pretty_layout() {
        let written = sample(usize::MAX);
        let value: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert_eq!(written, serde_json::to_string_pretty(&value).unwrap());
        assert_eq!(value["nodes"][1]["parts"][0], "a \"b\"");
    }

    #[test]
    fn members_deeper_than_the_line_depth_stay_on_their_containers_line() {
        let want = "{\n  \"edges\": [],\n  \"nodes\": [\n    \
                    {\"bytes\":0,\"cue\":null,\"empty\":{},\"parts\":[\"a \\\"b\\\"\"]},\n    \
                    {\"bytes\":1000,\"cue\":null,\"empty\":{},\"parts\":[\"a \\\"b\\\"\"]}\n  ]\n}";
        assert_eq!(sample(2), want);
        let compact: serde_json::Value = serde_json::from_str(&sample(0)).unwrap();
        assert_eq!(serde_json::to_string(&compact).unwrap(), sample(0), "line depth 0 is serde_json's compact layout");
    }

    #[test]
    fn indents_deeper_than_the_line_break_table_are_laid_out_as_serde_json_does() {
        let mut w = JsonWriter::new(Vec::new(), usize::MAX);
        let depth = 40;
        (|| -> io::Result<()> {
            for _ in 0..depth {
                w.begin_array()?;
                w.element()?;
                w.number(1)?;
                w.element()?;
            }
            w.null()?;
            for _ in 0..depth {
                w.end_array()?;
            }
            Ok(())
        })()
        .unwrap();
        let written = String::from_utf8(w.into_inner()).unwrap();
        let value: serde_json::Value = serde_json::from_str(&written).unwrap();
        assert_eq!(written, serde_json::to_string_pretty(&value).unwrap());
    }
}
