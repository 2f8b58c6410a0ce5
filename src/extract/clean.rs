//! Stage 1: clean text. Splits an article into paragraphs (blank-line or single-newline
//! separated, hard-wrapped lines joined) and drops website furniture such as subscription
//! blurbs, comment prompts and the bullet lists of subscriber perks that follow them.

use crate::lexicon::{Lexicon, VerbClass};
use crate::model::Span;

use super::tokens::is_past_form;

/// Paragraphs longer than this many words are article text, never furniture.
const FURNITURE_MAX_WORDS: usize = 25;

/// The spans of the article's paragraphs, in order, furniture removed.
pub fn article_paragraphs(text: &str, lex: &Lexicon) -> Vec<Span> {
    let mut out = Vec::new();
    let mut after_furniture = false;
    for para in raw_paragraphs(text) {
        let body = para.slice(text);
        let bullet = bullet_marker_len(body) > 0;
        if is_furniture(body, lex) || (after_furniture && bullet) {
            after_furniture = true;
            continue;
        }
        after_furniture = false;
        out.push(para);
    }
    out
}

/// Lines grouped into paragraphs, before furniture is dropped.
fn raw_paragraphs(text: &str) -> Vec<Span> {
    let mut paras: Vec<Span> = Vec::new();
    // Whether the last line was blank: lines are joined only inside a block.
    let mut blank_before = true;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(offset, offset + line.len()).trimmed(text);
        offset += line.len();
        let span = skip_bom(text, span);
        if span.is_empty() {
            blank_before = true;
            continue;
        }
        match paras.last_mut() {
            Some(prev) if !blank_before && continues_line(prev.slice(text), span.slice(text)) => {
                *prev = prev.cover(span);
            }
            _ => paras.push(span),
        }
        blank_before = false;
    }
    paras
}

fn skip_bom(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    match s.strip_prefix('\u{feff}') {
        Some(rest) => Span::new(span.end - rest.len(), span.end).trimmed(text),
        None => span,
    }
}

/// True when `next` is the rest of a hard-wrapped paragraph that `prev` started.
fn continues_line(prev: &str, next: &str) -> bool {
    if bullet_marker_len(next) > 0 || bullet_marker_len(prev) > 0 {
        return false;
    }
    let Some(last) = prev.chars().next_back() else { return false };
    // A paragraph never starts in lower case: such a line goes on the one before
    // (“..., we said,”\nhe added.), whatever that one ends with.
    if next.chars().next().is_some_and(char::is_lowercase) {
        return true;
    }
    !matches!(last, '.' | '!' | '?' | ':' | '"' | '”' | '’' | '\'') && matches!(last, ',' | ';' | '-' | '–' | '—')
}

/// Bytes taken by a leading bullet marker ("- ", "• ", "* ", "· "), or 0.
pub fn bullet_marker_len(para: &str) -> usize {
    let mut chars = para.char_indices();
    match (chars.next(), chars.next()) {
        (Some((_, m)), Some((i, c))) if matches!(m, '-' | '•' | '*' | '·' | '–' | '▪') && c.is_whitespace() => {
            i + c.len_utf8()
        }
        _ => 0,
    }
}

/// A short paragraph with no quotation that names a site feature (subscribe, log in,
/// comments, newsletter) or is only a link.
fn is_furniture(para: &str, lex: &Lexicon) -> bool {
    let words = words_up_to(para, FURNITURE_MAX_WORDS + 1);
    if words > FURNITURE_MAX_WORDS || has_quote_mark(para) {
        return false;
    }
    if words <= 2 {
        let folded = crate::lexicon::lower(para);
        if folded.starts_with("http://") || folded.starts_with("https://") {
            return true;
        }
    }
    let whole_words = |m: aho_corasick::Match| {
        let before = para[..m.start()].chars().next_back();
        let after = para[m.end()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    let names_feature = lex.furniture_matcher.find_overlapping_iter(para).any(whole_words);
    (names_feature && !reports_speech(para, lex)) || is_furniture_heading(para, lex)
}

/// True when `para` reports what someone said, with a speech verb in the past ("said",
/// "told", "added"): a sentence of the article ("In the newsletter, the head teacher said
/// ..."), as the site's own prompts ("Sign up to our newsletter") never narrate.
fn reports_speech(para: &str, lex: &Lexicon) -> bool {
    para.split(|c: char| !c.is_alphabetic()).any(|w| is_past_form(w, lex) && lex.verb(w) == Some(VerbClass::Speech))
}

/// True when `para` holds a straight or curly double quote.
fn has_quote_mark(para: &str) -> bool {
    // Searched as bytes: `"` itself, or the first byte of “ and ” (E2 80 9C, E2 80 9D).
    let bytes = para.as_bytes();
    memchr::memchr2_iter(b'"', 0xe2, bytes).any(|i| bytes[i] == b'"' || matches!(bytes.get(i + 1..i + 3), Some([0x80, 0x9c | 0x9d])))
}

/// The number of words of `para`, as `split_whitespace` counts them, up to `limit`.
// Every paragraph is counted, so bytes are classed by a table; only the first byte of a
// character that may be white space beyond ASCII (U+0085, U+00A0, U+1680, U+2000 to U+205F,
// U+3000) is decoded.
fn words_up_to(para: &str, limit: usize) -> usize {
    let bytes = para.as_bytes();
    let (mut count, mut in_word, mut at) = (0, false, 0);
    while let Some(&b) = bytes.get(at) {
        if let Some(eight) = bytes.get(at..at + 8).and_then(|chunk| <[u8; 8]>::try_from(chunk).ok()).filter(|e| e.is_ascii()) {
            let (starts, ends_in_word) = ascii_word_starts(u64::from_le_bytes(eight), in_word);
            count += starts;
            if count >= limit {
                return limit;
            }
            in_word = ends_in_word;
            at += 8;
            continue;
        }
        let (space, len) = match SPACING[usize::from(b)] {
            Spacing::Space => (true, 1),
            Spacing::Word => (false, 1),
            Spacing::Decode => para.get(at..).and_then(|rest| rest.chars().next()).map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
        };
        if !space && !in_word {
            count += 1;
            if count >= limit {
                return count;
            }
        }
        in_word = !space;
        at += len;
    }
    count
}

/// The words that start among eight ASCII bytes (little-endian in `x`), and whether the
/// last byte is in a word; `in_word` says whether the byte before them was.
fn ascii_word_starts(x: u64, in_word: bool) -> (usize, bool) {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Every byte is below 0x80, so with its high bit set it can lose up to 0x80 without
    // borrowing from the next: each test below is exact for every byte.
    let raised = x | HIGHS;
    let below = |n: u64| !raised.wrapping_sub(ONES * n) & HIGHS;
    let not_below = |n: u64| raised.wrapping_sub(ONES * n) & HIGHS;
    let blank = x ^ (ONES * 0x20);
    let is_blank = !(((blank & !HIGHS) + !HIGHS) | blank) & HIGHS;
    // Space, or a control character from tab to carriage return (0x09 to 0x0d).
    let space = is_blank | (not_below(0x09) & below(0x0e));
    let word = !space & HIGHS;
    let before = (word << 8) | if in_word { 0x80 } else { 0 };
    let starts = word & !before;
    (starts.count_ones() as usize, word >> 63 == 1)
}

#[derive(Clone, Copy)]
enum Spacing {
    Space,
    Word,
    Decode,
}

/// How each byte counts in [`words_up_to`].
static SPACING: [Spacing; 256] = {
    let mut table = [Spacing::Word; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b' ' | b'\t'..=b'\r' => Spacing::Space,
            0xc2 | 0xe1 | 0xe2 | 0xe3 => Spacing::Decode,
            _ => Spacing::Word,
        };
        b += 1;
    }
    table
};

/// "Comments (3)", "Most read": a few heading words, maybe a count, no full stop.
fn is_furniture_heading(para: &str, lex: &Lexicon) -> bool {
    const MAX_HEADING_WORDS: usize = 4;
    // Most short paragraphs are sentences: the full stop rules them out before lower-casing.
    if para.trim_end().ends_with('.') {
        return false;
    }
    let folded = para.to_lowercase();
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    !words.is_empty() && words.len() <= MAX_HEADING_WORDS && words.iter().all(|w| lex.furniture_headings.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_marks_are_found_and_their_neighbours_are_not() {
        let cases = [
            ("no quotes – a dash, an ellipsis… and ‘single’ ones", false),
            ("He said \"yes\"", true),
            ("“Open", true),
            ("close”", true),
            ("€5 — “", true),
            ("‟ „ ″ ’", false),
        ];
        for (text, want) in cases {
            assert_eq!(has_quote_mark(text), want, "{text}");
            assert_eq!(has_quote_mark(text), text.contains(['“', '”', '"']), "{text}");
        }
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        let mut cases: Vec<String> = [
            "", "   ", "one", " two  words ", "tab\tand\nnewline\r\x0bvertical\x0cfeed",
            "no\u{a0}break and\u{2003}em\u{3000}space\u{85}next\u{1680}ogham\u{205f}math\u{2028}line",
            "\u{a0} \u{a0}", "café naïve ΟΔΟΣ — “dash” ’ €5 😀 ‘x’", "a b c d e f g h i j k l m n o p q r s t u v w x y z α β",
        ]
        .map(String::from)
        .to_vec();
        // Every character from U+0080 to U+3100 between two words.
        cases.extend((0x80..0x3100).filter_map(char::from_u32).map(|c| format!("a{c}b c")));
        // Every ASCII character at every place of an eight-byte chunk, between and beside words.
        for b in 0u8..128 {
            for at in 0..12 {
                let mut s = "ab cdefgh ij k".to_string();
                s.insert(at.min(s.len()), char::from(b));
                cases.push(s.clone());
                cases.push(format!("{s}{s}  {s}"));
            }
        }
        for text in &cases {
            for limit in [1, 2, 3, 26, 100] {
                let want = text.split_whitespace().take(limit).count();
                assert_eq!(words_up_to(text, limit), want, "{text:?} up to {limit}");
            }
        }
    }

    fn paragraphs(text: &str) -> Vec<&str> {
        let lex = Lexicon::load().unwrap();
        article_paragraphs(text, &lex).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn splits_on_blank_lines_and_single_newlines_alike() {
        let cases: &[(&str, &[&str])] = &[
            ("One.\n\nTwo.\n", &["One.", "Two."]),
            ("One.\nTwo.\r\nThree.", &["One.", "Two.", "Three."]),
            ("\u{feff}Headline here\n\nBody.", &["Headline here", "Body."]),
            ("  \u{a0}Indented.\u{a0}\n", &["Indented."]),
        ];
        for (text, want) in cases {
            assert_eq!(&paragraphs(text), want, "{text:?}");
        }
    }

    #[test]
    fn joins_hard_wrapped_lines_inside_a_block() {
        let text = "The cabinet member for housing said the\nbudget was under strain, and that\nsavings would follow.\n\nNext paragraph.";
        assert_eq!(
            paragraphs(text),
            ["The cabinet member for housing said the\nbudget was under strain, and that\nsavings would follow.", "Next paragraph."]
        );
    }

    #[test]
    fn keeps_bullets_apart_and_does_not_join_the_line_after_a_list() {
        let text = "Inspectors found:\n- strong leadership\n- weak planning\nThe council said it would act.";
        assert_eq!(paragraphs(text), ["Inspectors found:", "- strong leadership", "- weak planning", "The council said it would act."]);
    }

    #[test]
    fn drops_comment_prompts_subscription_blurbs_and_their_perk_lists() {
        let text = "Cllr Amy Ng said the plan was sound.\n\nSupport your local newspaper\n\n\
                    Subscribe today for just £1 a week\n\nAs a subscriber you get:\n\n  • Ad-free reading\n\n  • Puzzles\n\n\
                    Comments (3)\nLog in to comment\nhttps://example.org/news/123";
        assert_eq!(paragraphs(text), ["Cllr Amy Ng said the plan was sound."]);
    }

    #[test]
    fn a_long_paragraph_that_mentions_a_subscription_is_article_text() {
        let text = "The council will subscribe to a new data service next year, the finance chief told the scrutiny committee on Tuesday, saying the contract would save money over five years and free staff.";
        assert_eq!(paragraphs(text).len(), 1);
    }

    #[test]
    fn a_short_paragraph_that_reports_speech_is_article_text() {
        let text = "In the school newsletter, head teacher Ann Lee said the building would reopen.\n\n\
                    Cllr Ng told the meeting the subscription would be cancelled.\n\n\
                    Sign up to our newsletter to read more.\n\nHave your say: log in to comment";
        assert_eq!(paragraphs(text).len(), 2);
    }

    #[test]
    fn headings_have_no_full_stop_and_links_any_case() {
        let text = "Most Read\n\nMost read.\n\nHTTPS://Example.org/story\n\nComments (12)";
        assert_eq!(paragraphs(text), ["Most read."]);
    }

    #[test]
    fn a_bullet_list_of_findings_is_kept() {
        let text = "Points raised include:\n- Staff know the children well\n- Plans drift";
        assert_eq!(paragraphs(text).len(), 3);
    }
}
