//! The legacy encoding a user names for input that is not UTF-8 and does not say what it
//! is: plain text, Markdown, records of an archive, a page with no charset declaration.

use std::fmt;

/// A text encoding that keeps ASCII as ASCII (windows-1252, ISO-8859-15, Shift_JIS, ...),
/// named by a WHATWG label as browsers name them.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct TextEncoding(&'static encoding_rs::Encoding);

impl TextEncoding {
    /// The encoding a label names ("windows-1252", "latin1", "cp1252", "iso-8859-15",
    /// "shift_jis"), ignoring case. An encoding that does not keep ASCII as ASCII, such as
    /// UTF-16, is refused: the readers look for the ASCII of quote marks, commas and
    /// newlines before they decode.
    pub fn for_label(label: &str) -> Result<TextEncoding, String> {
        let encoding = encoding_rs::Encoding::for_label(label.trim().as_bytes())
            .ok_or_else(|| format!("unknown encoding `{label}`; give a label such as windows-1252, iso-8859-15 or shift_jis"))?;
        if !encoding.is_ascii_compatible() {
            return Err(format!(
                "`{label}` ({}) does not keep ASCII as ASCII, so it cannot be read here; UTF-16 is read when a file starts with its byte-order mark",
                encoding.name()
            ));
        }
        Ok(TextEncoding(encoding))
    }

    /// Its canonical name ("windows-1252").
    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// `bytes` decoded, or None when they hold a sequence the encoding has no character for:
    /// text is never read with replacement characters in it.
    pub fn decode(self, bytes: &[u8]) -> Option<String> {
        self.0.decode_without_bom_handling_and_without_replacement(bytes).map(String::from)
    }

    pub(super) fn from_encoding_rs(encoding: &'static encoding_rs::Encoding) -> TextEncoding {
        TextEncoding(encoding)
    }
}

impl fmt::Debug for TextEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TextEncoding({})", self.name())
    }
}

impl fmt::Display for TextEncoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_read_as_browsers_read_them_and_non_ascii_encodings_are_refused() {
        let cases: [(&str, Result<&str, &str>); 8] = [
            ("windows-1252", Ok("windows-1252")),
            ("CP1252", Ok("windows-1252")),
            // Browsers read Latin-1 as windows-1252, whose curly quotes news text needs.
            (" latin1 ", Ok("windows-1252")),
            ("iso-8859-15", Ok("ISO-8859-15")),
            ("sjis", Ok("Shift_JIS")),
            ("utf-16le", Err("`utf-16le` (UTF-16LE) does not keep ASCII as ASCII")),
            ("", Err("unknown encoding ``")),
            ("klingon", Err("unknown encoding `klingon`; give a label such as windows-1252")),
        ];
        for (label, want) in cases {
            match (TextEncoding::for_label(label), want) {
                (Ok(got), Ok(name)) => assert_eq!(got.name(), name, "{label}"),
                (Err(got), Err(start)) => assert!(got.starts_with(start), "{label}: {got}"),
                (got, want) => panic!("{label}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn decoding_never_puts_in_replacement_characters() {
        let cp1252 = TextEncoding::for_label("windows-1252").unwrap();
        assert_eq!(cp1252.decode(b"\x93Caf\xe9s shut,\x94 she said \x96 twice."), Some("“Cafés shut,” she said – twice.".to_string()));
        let sjis = TextEncoding::for_label("shift_jis").unwrap();
        assert_eq!(sjis.decode(b"\x82\xa0"), Some("あ".to_string()));
        assert_eq!(sjis.decode(b"ends mid-character \x82"), None);
    }
}
