//! The text of a one-article file: UTF-8, or UTF-16 with its byte-order mark, never
//! binary, never beyond the size of an article.

use std::io::{BufRead, Read};
use std::path::Path;

use crate::error::InputError;

/// Reads a one-article file of `size` bytes (0 when unknown) as text, up to `limit` bytes.
/// A NUL among the first bytes read ends the read at once, so that a device or an image
/// is turned away without being read to its end.
pub(super) fn read_article_text(reader: &mut dyn BufRead, path: &Path, size: u64, limit: u64) -> Result<String, InputError> {
    let io_error = |source| InputError::Io { path: path.to_path_buf(), source };
    let start = reader.fill_buf().map_err(io_error)?;
    if utf16_order(start).is_none() {
        if let Some(offset) = memchr::memchr(0, start) {
            return Err(InputError::Binary { path: path.to_path_buf(), offset });
        }
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size.min(limit)).unwrap_or(0));
    reader.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(io_error)?;
    if bytes.len() as u64 > limit {
        return Err(InputError::TooBig { path: path.to_path_buf(), limit });
    }
    article_text(path, bytes)
}

/// The text of a file's bytes: UTF-8, or UTF-16 when they start with its byte-order mark
/// (Windows editors save "Unicode" text so). Bytes holding a NUL are binary, not text.
pub fn article_text(path: &Path, bytes: Vec<u8>) -> Result<String, InputError> {
    if let Some(order) = utf16_order(&bytes) {
        return utf16_text(path, &bytes[2..], order);
    }
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(InputError::Binary { path: path.to_path_buf(), offset });
    }
    String::from_utf8(bytes).map_err(|e| InputError::NotUtf8 { path: path.to_path_buf(), offset: e.utf8_error().valid_up_to() })
}

/// The order of the two bytes of each UTF-16 code unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ByteOrder {
    Little,
    Big,
}

/// The byte order announced by a UTF-16 byte-order mark at the start of `bytes`.
fn utf16_order(bytes: &[u8]) -> Option<ByteOrder> {
    match bytes {
        [0xff, 0xfe, ..] => Some(ByteOrder::Little),
        [0xfe, 0xff, ..] => Some(ByteOrder::Big),
        _ => None,
    }
}

/// Decodes UTF-16 after its byte-order mark. Offsets in errors count from the file's start.
fn utf16_text(path: &Path, body: &[u8], order: ByteOrder) -> Result<String, InputError> {
    const MARK: usize = 2;
    let units = body.chunks_exact(2).map(|pair| match order {
        ByteOrder::Little => u16::from_le_bytes([pair[0], pair[1]]),
        ByteOrder::Big => u16::from_be_bytes([pair[0], pair[1]]),
    });
    let mut text = String::with_capacity(body.len());
    let mut at = MARK;
    for decoded in char::decode_utf16(units) {
        match decoded {
            Ok('\0') => return Err(InputError::Binary { path: path.to_path_buf(), offset: at }),
            Ok(c) => {
                text.push(c);
                at += 2 * c.len_utf16();
            }
            Err(_) => return Err(InputError::NotUtf16 { path: path.to_path_buf(), offset: at }),
        }
    }
    if body.len() % 2 == 1 {
        return Err(InputError::NotUtf16 { path: path.to_path_buf(), offset: MARK + body.len() - 1 });
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use std::io;

    use super::*;
    use crate::corpus::MAX_ARTICLE_BYTES;

    fn read(bytes: &[u8], limit: u64) -> Result<String, String> {
        read_article_text(&mut io::BufReader::new(bytes), Path::new("a.txt"), 0, limit).map_err(|e| e.to_string())
    }

    fn utf16(text: &str, order: ByteOrder) -> Vec<u8> {
        let units = std::iter::once(0xfeff).chain(text.encode_utf16());
        units.flat_map(|u| if order == ByteOrder::Little { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
    }

    #[test]
    fn a_file_is_read_up_to_the_limit_and_binary_is_turned_away_at_once() {
        assert_eq!(read(b"Four", 4), Ok("Four".to_string()));
        assert_eq!(read(b"", 4), Ok(String::new()));
        assert_eq!(read(b"Five!", 4), Err("a.txt: over 4 bytes, too big for one article; split it, or give its articles as JSON Lines".to_string()));
        assert_eq!(read(b"ab\0c", 4), Err("a.txt: looks binary (NUL byte at offset 2), not an article".to_string()));
        assert_eq!(read(b"caf\xe9", 8), Err("a.txt: not UTF-8 text (invalid byte at offset 3); convert it to UTF-8 first".to_string()));
        // Reads that would never end: a device of zeros, an endless stream of text.
        let mut zeros = io::BufReader::new(io::repeat(0));
        assert!(matches!(read_article_text(&mut zeros, Path::new("zero"), 0, MAX_ARTICLE_BYTES), Err(InputError::Binary { offset: 0, .. })));
        let mut endless = io::BufReader::new(io::repeat(b'a'));
        assert!(matches!(read_article_text(&mut endless, Path::new("yes"), 0, 1 << 20), Err(InputError::TooBig { limit: 1_048_576, .. })));
    }

    #[test]
    fn utf16_with_its_mark_is_decoded_in_either_byte_order() {
        let text = "Cllr Ana Ruiz said: “We will act on the 🏫 report.”\r\n";
        for order in [ByteOrder::Little, ByteOrder::Big] {
            assert_eq!(read(&utf16(text, order), 1 << 10), Ok(text.to_string()), "{order:?}");
        }
        // The mark alone is an empty text; without the mark, UTF-16 holds NULs and is binary.
        assert_eq!(read(&[0xff, 0xfe], 8), Ok(String::new()));
        assert!(read(&utf16("Hi", ByteOrder::Little)[2..], 8).is_err_and(|e| e.contains("looks binary")));
    }

    #[test]
    fn broken_utf16_is_reported_at_its_offset() {
        let cases: [(&[u8], &str); 4] = [
            // A low surrogate with no high one before it, after "A".
            (&[0xff, 0xfe, b'A', 0, 0x00, 0xdc], "a.txt: not UTF-16 text (invalid code unit at offset 4)"),
            // A high surrogate at the end.
            (&[0xfe, 0xff, 0, b'A', 0xd8, 0x00], "a.txt: not UTF-16 text (invalid code unit at offset 4)"),
            // Half a code unit at the end.
            (&[0xff, 0xfe, b'A', 0, b'B'], "a.txt: not UTF-16 text (invalid code unit at offset 4)"),
            (&[0xff, 0xfe, b'A', 0, 0, 0], "a.txt: looks binary (NUL byte at offset 4), not an article"),
        ];
        for (bytes, message) in cases {
            assert_eq!(read(bytes, 64), Err(message.to_string()), "{bytes:?}");
        }
    }
}
