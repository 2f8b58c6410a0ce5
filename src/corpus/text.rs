//! The text of a one-article file: UTF-8, UTF-16 with its byte-order mark, for an HTML
//! page the charset it declares, else the encoding the user names; never binary, never
//! beyond the size of an article.

use std::io::{BufRead, Read};
use std::path::Path;

use super::TextEncoding;
use crate::error::InputError;

/// Reads the bytes of a one-article file of `size` bytes (0 when unknown), up to `limit`.
/// A NUL among the first bytes read ends the read at once, so that a device or an image
/// is turned away without being read to its end.
pub(super) fn read_article_bytes(reader: &mut dyn BufRead, path: &Path, size: u64, limit: u64) -> Result<Vec<u8>, InputError> {
    // A file known to be too big is turned away unread.
    if size > limit {
        return Err(InputError::TooBig { path: path.to_path_buf(), limit });
    }
    let io_error = |source| InputError::Io { path: path.to_path_buf(), source };
    let start = reader.fill_buf().map_err(io_error)?;
    if utf16_order(start).is_none() {
        if let Some(offset) = memchr::memchr(0, start) {
            return Err(InputError::Binary { path: path.to_path_buf(), offset });
        }
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    reader.take(limit.saturating_add(1)).read_to_end(&mut bytes).map_err(io_error)?;
    if bytes.len() as u64 > limit {
        return Err(InputError::TooBig { path: path.to_path_buf(), limit });
    }
    Ok(bytes)
}

/// The text of a file's bytes: UTF-8, or UTF-16 when they start with its byte-order mark
/// (Windows editors save "Unicode" text so), or bytes that are not UTF-8 decoded in
/// `fallback` when one is given. Bytes holding a NUL are binary, not text.
pub fn article_text(path: &Path, bytes: Vec<u8>, fallback: Option<TextEncoding>) -> Result<String, InputError> {
    decode(path, bytes).or_else(|(error, bytes)| decode_in(fallback, error, &bytes))
}

/// The text of an HTML page's bytes: as [`article_text`], except that a page which is not
/// UTF-8 is decoded in the charset its head declares (`<meta charset="windows-1252">`, or
/// `charset=` in a `Content-Type` meta), as older news sites serve their pages, before
/// `fallback`. A page that is valid UTF-8 is read as UTF-8 whatever it declares, since a
/// template's stale declaration is likelier than Latin text that happens to be valid UTF-8.
pub(super) fn html_text(path: &Path, bytes: Vec<u8>, fallback: Option<TextEncoding>) -> Result<String, InputError> {
    decode(path, bytes).or_else(|(error, bytes)| decode_in(declared_charset(&bytes).or(fallback), error, &bytes))
}

/// `bytes` decoded in `encoding`, when `error` says only that they are not UTF-8.
fn decode_in(encoding: Option<TextEncoding>, error: InputError, bytes: &[u8]) -> Result<String, InputError> {
    match (&error, encoding) {
        (InputError::NotUtf8 { .. }, Some(encoding)) => encoding.decode(bytes).ok_or(error),
        _ => Err(error),
    }
}

/// [`article_text`], handing back the bytes with an error that is not UTF-8, so that a
/// declared charset can be tried on them.
fn decode(path: &Path, bytes: Vec<u8>) -> Result<String, (InputError, Vec<u8>)> {
    if let Some(order) = utf16_order(&bytes) {
        return utf16_text(path, &bytes[2..], order).map_err(|error| (error, Vec::new()));
    }
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err((InputError::Binary { path: path.to_path_buf(), offset }, Vec::new()));
    }
    String::from_utf8(bytes).map_err(|e| (InputError::NotUtf8 { path: path.to_path_buf(), offset: e.utf8_error().valid_up_to() }, e.into_bytes()))
}

/// How far into a page its charset declaration is looked for (as browsers' prescan does).
const CHARSET_PRESCAN: usize = 1024;

/// The encoding named by the first `charset=` among a page's first bytes, if it names one.
fn declared_charset(page: &[u8]) -> Option<TextEncoding> {
    let head = &page[..page.len().min(CHARSET_PRESCAN)];
    let at = head.windows(8).position(|w| w.eq_ignore_ascii_case(b"charset="))? + 8;
    let label = head[at..].iter().skip_while(|&&b| b == b'"' || b == b'\'' || b == b' ');
    let label: Vec<u8> = label.take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')).copied().collect();
    encoding_rs::Encoding::for_label(&label).map(TextEncoding::from_encoding_rs)
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
        let path = Path::new("a.txt");
        read_article_bytes(&mut io::BufReader::new(bytes), path, 0, limit).and_then(|b| article_text(path, b, None)).map_err(|e| e.to_string())
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
        assert_eq!(read(b"caf\xe9", 8), Err("a.txt: not UTF-8 text (invalid byte at offset 3); name its encoding or convert it to UTF-8".to_string()));
        // Reads that would never end: a device of zeros, an endless stream of text.
        let mut zeros = io::BufReader::new(io::repeat(0));
        assert!(matches!(read_article_bytes(&mut zeros, Path::new("zero"), 0, MAX_ARTICLE_BYTES), Err(InputError::Binary { offset: 0, .. })));
        // A file whose size is known to be over the limit is not read at all.
        assert!(matches!(read_article_bytes(&mut io::BufReader::new(io::empty()), Path::new("big"), 5, 4), Err(InputError::TooBig { limit: 4, .. })));
        let mut endless = io::BufReader::new(io::repeat(b'a'));
        assert!(matches!(read_article_bytes(&mut endless, Path::new("yes"), 0, 1 << 20), Err(InputError::TooBig { limit: 1_048_576, .. })));
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
    fn a_page_that_is_not_utf8_is_read_in_the_charset_it_declares() {
        let page = |head: &str, body: &[u8]| [head.as_bytes(), b"<p>Cllr Ren", body, b" said: ", b"\x93Caf\xe9s shut.\x94</p>"].concat();
        let cases: [(Vec<u8>, Result<&str, &str>); 6] = [
            (page(r#"<meta charset="windows-1252">"#, b"\xe9e"), Ok("Cllr Renée said: “Cafés shut.”")),
            (page(r#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">"#, b"\xe9e"), Ok("Cllr Renée said: “Cafés shut.”")),
            // Labels are read as browsers read them: latin1 is windows-1252.
            (page("<meta charset='latin1' />", b"\xe9e"), Ok("Cllr Renée said: “Cafés shut.”")),
            // No declaration, or one no encoding answers to: still not UTF-8.
            (page("<title>x</title>", b"\xe9e"), Err("a.html: not UTF-8 text (invalid byte at offset 27); name its encoding or convert it to UTF-8")),
            (page(r#"<meta charset="klingon">"#, b"\xe9e"), Err("a.html: not UTF-8 text (invalid byte at offset 35); name its encoding or convert it to UTF-8")),
            // Bytes that cannot be in the declared charset are not decoded with replacements.
            (page(r#"<meta charset="shift_jis">"#, b"\x81"), Err("a.html: not UTF-8 text (invalid byte at offset 37); name its encoding or convert it to UTF-8")),
        ];
        for (bytes, want) in cases {
            let got = html_text(Path::new("a.html"), bytes.clone(), None).map_err(|e| e.to_string());
            let got = got.map(|html| crate::corpus::read_page(&html).text);
            assert_eq!(got.as_deref().map_err(String::as_str), want.map(str::trim), "{}", String::from_utf8_lossy(&bytes));
        }
        // A page that is valid UTF-8 is read as UTF-8, whatever its stale declaration says.
        let utf8 = "<meta charset=\"iso-8859-1\"><p>Cllr Renée said: “Cafés shut.”</p>";
        assert_eq!(html_text(Path::new("a.html"), utf8.as_bytes().to_vec(), None).unwrap(), utf8);
    }

    #[test]
    fn text_that_is_not_utf8_is_read_in_the_encoding_named_for_it() {
        let cp1252 = TextEncoding::for_label("windows-1252").ok();
        let greek = TextEncoding::for_label("iso-8859-7").ok();
        let sjis = TextEncoding::for_label("shift_jis").ok();
        let said = b"Cllr Ren\xe9e Hart said: \x93We will act.\x94";
        type Case<'a> = (&'a [u8], Option<TextEncoding>, Result<&'a str, &'a str>);
        let cases: [Case<'_>; 5] = [
            (said, cp1252, Ok("Cllr Renée Hart said: “We will act.”")),
            (said, None, Err("a.txt: not UTF-8 text (invalid byte at offset 8); name its encoding or convert it to UTF-8")),
            // Valid UTF-8 stays UTF-8: "é" is not read as the two letters "Ã©".
            ("Cllr Renée Hart said: “We will act.”".as_bytes(), cp1252, Ok("Cllr Renée Hart said: “We will act.”")),
            (b"\xc1\xe8\xe7\xe1", greek, Ok("Αθηα")),
            // Bytes the named encoding has no character for: still an error, not replacements.
            (b"The minutes end mid-character \x82", sjis, Err("a.txt: not UTF-8 text (invalid byte at offset 30); name its encoding or convert it to UTF-8")),
        ];
        for (bytes, fallback, want) in cases {
            let got = article_text(Path::new("a.txt"), bytes.to_vec(), fallback).map_err(|e| e.to_string());
            assert_eq!(got.as_deref().map_err(String::as_str), want, "{fallback:?} {}", String::from_utf8_lossy(bytes));
        }
        // Binary and broken UTF-16 are not rescued by an encoding.
        assert!(article_text(Path::new("a.txt"), b"PNG\0\xe9".to_vec(), cp1252).is_err_and(|e| matches!(e, InputError::Binary { .. })));
        // A page's own declaration comes before the encoding named for all input.
        let page = b"<meta charset=\"iso-8859-7\"><p>\xc1\xe8\xe7\xe1</p>".to_vec();
        assert_eq!(crate::corpus::read_page(&html_text(Path::new("a.html"), page, cp1252).unwrap()).text.trim(), "Αθηα");
        let undeclared = b"<p>Cllr Ren\xe9e Hart said: \x93We will act.\x94</p>".to_vec();
        assert_eq!(crate::corpus::read_page(&html_text(Path::new("a.html"), undeclared, cp1252).unwrap()).text.trim(), "Cllr Renée Hart said: “We will act.”");
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
