//! Byte spans into a document's original text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into a document's original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`; an inverted pair is clamped to an empty span.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end: end.max(start) }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text the span covers, or "" when it does not fall on character boundaries.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when `other` lies wholly inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when `pos` lies inside the span.
    pub fn contains_pos(&self, pos: usize) -> bool {
        self.start <= pos && pos < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// This span widened by up to `reach` bytes each side, within `bounds`, on character
    /// boundaries of `text`.
    pub fn widened(&self, text: &str, reach: usize, bounds: Span) -> Span {
        let mut start = self.start.saturating_sub(reach).max(bounds.start).min(self.start);
        let mut end = self.end.saturating_add(reach).min(bounds.end).max(self.end);
        while start < self.start && !text.is_char_boundary(start) {
            start += 1;
        }
        while end > self.end && !text.is_char_boundary(end) {
            end -= 1;
        }
        Span::new(start, end)
    }

    /// This span with white space (including no-break spaces) trimmed from both ends.
    pub fn trimmed(&self, text: &str) -> Span {
        let inner = self.slice(text);
        let lead = inner.len() - inner.trim_start().len();
        let trail = inner.len() - inner.trim_end().len();
        if lead == inner.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

/// Turns byte offsets of one text into character (Unicode scalar value) offsets, the
/// unit of RFC 5147 `#char=` fragments and of Python string indices.
#[derive(Debug, Clone, Default)]
pub struct CharIndex {
    /// For each character longer than one byte: its first byte, and the bytes beyond
    /// one per character used by it and every such character before it.
    wide: Vec<(usize, usize)>,
}

impl CharIndex {
    /// Indexes `text`; memory is proportional to its non-ASCII characters.
    pub fn new(text: &str) -> Self {
        // Every article is indexed whole, and most of it is ASCII: runs of it are passed
        // eight bytes at a time, and a character's length is read from its first byte.
        const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
        let bytes = text.as_bytes();
        let (mut wide, mut extra, mut at) = (Vec::new(), 0, 0);
        while let Some(&first) = bytes.get(at) {
            let eight = bytes.get(at..at + 8).and_then(|chunk| <[u8; 8]>::try_from(chunk).ok());
            if eight.is_some_and(|eight| u64::from_le_bytes(eight) & HIGH_BITS == 0) {
                at += 8;
                continue;
            }
            // `at` is always the first byte of a character.
            let len = match first {
                0x00..=0x7f => 1,
                0x80..=0xdf => 2,
                0xe0..=0xef => 3,
                _ => 4,
            };
            if len > 1 {
                extra += len - 1;
                wide.push((at, extra));
            }
            at += len;
        }
        CharIndex { wide }
    }

    /// The character offset of byte offset `byte` (a character boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let before = self.wide.partition_point(|&(at, _)| at < byte);
        byte - before.checked_sub(1).map_or(0, |i| self.wide[i].1)
    }

    /// `span`, counted in characters.
    pub fn chars(&self, span: Span) -> Span {
        Span::new(self.char_offset(span.start), self.char_offset(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_each_character_once() {
        let text = "“Né,” said Zoë – 100%";
        let index = CharIndex::new(text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(index.char_offset(byte), text[..byte].chars().count(), "byte {byte}");
        }
        let said = text.find("said").unwrap();
        assert_eq!(index.chars(Span::new(said, said + 4)), Span::new(6, 10));
        assert_eq!(CharIndex::new("plain").chars(Span::new(1, 3)), Span::new(1, 3));
    }

    #[test]
    fn char_offsets_past_long_ascii_runs_and_every_width_of_character() {
        let texts = [
            String::new(),
            "only ascii, more than eight bytes long".to_string(),
            "ab😀cdefghijklmnop“q”rstuvwxyzé".to_string(),
            "é".repeat(9) + "abcdefghijkl" + &"€".repeat(3) + "1234567" + "😀",
            "1234567€".repeat(5),
        ];
        for text in &texts {
            let index = CharIndex::new(text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(index.char_offset(byte), text[..byte].chars().count(), "{text:?} byte {byte}");
            }
        }
    }

    #[test]
    fn trimmed_drops_ascii_and_no_break_spaces() {
        let text = "  \u{a0}Cllr Jones said\u{a0} ";
        let span = Span::new(0, text.len()).trimmed(text);
        assert_eq!(span.slice(text), "Cllr Jones said");
    }

    #[test]
    fn slice_off_a_char_boundary_is_empty_not_a_panic() {
        let text = "“quoted”";
        assert_eq!(Span::new(1, 4).slice(text), "");
    }

    #[test]
    fn widened_stays_within_its_bounds_and_on_character_boundaries() {
        let text = "“Né” said Cllr Zoë Hart today";
        let name = text.find("Cllr").unwrap();
        let cllr = Span::new(name, text.find(" today").unwrap());
        let all = Span::new(0, text.len());
        // Reaching into the middle of "”" (3 bytes) or "ë" (2) stops at the next boundary.
        assert_eq!(cllr.widened(text, 7, all).slice(text), " said Cllr Zoë Hart today");
        let hart = Span::new(text.find("Hart").unwrap(), text.find("Hart").unwrap() + 4);
        assert_eq!(hart.widened(text, 2, all).slice(text), " Hart t");
        assert_eq!(cllr.widened(text, 100, all), all);
        assert_eq!(cllr.widened(text, 100, Span::new(name - 5, name + 8)), Span::new(name - 5, cllr.end));
        assert_eq!(cllr.widened(text, 0, all), cllr);
    }

    #[test]
    fn all_white_space_trims_to_empty() {
        assert!(Span::new(0, 3).trimmed("   ").is_empty());
    }
}
