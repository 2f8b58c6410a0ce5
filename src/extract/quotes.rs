//! Stage 3: quotations. Pairs quote marks across an article: curly and straight, double
//! and single (‘…’ house styles), mixed pairs (“…" and "…”), apostrophes that are not marks
//! (don’t, children’s, the 1990s’), one level of nesting, and the newspaper convention that
//! a quote running over several paragraphs re-opens on each and closes only on the last.

use crate::model::Span;

/// How far past a possible plural-possessive apostrophe to look for a closing mark.
const LOOKAHEAD_CHARS: usize = 400;

/// Double (“…”, "…") or single (‘…’, '…') marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteStyle {
    /// “…” or "…".
    Double,
    /// ‘…’ or '…'.
    Single,
}

/// The part of a quotation inside one paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Index of the paragraph.
    pub paragraph: usize,
    /// The quoted words, marks and surrounding white space excluded.
    pub inner: Span,
}

/// A quotation: one or more paragraph segments between an opening and a closing mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Mark style of the outermost marks.
    pub style: QuoteStyle,
    /// The opening mark.
    pub open: Span,
    /// The closing mark, or None when the quote runs to the end of its last paragraph.
    pub close: Option<Span>,
    /// One segment a paragraph, in order.
    pub segments: Vec<Segment>,
}

impl Quote {
    /// From the opening mark to the closing mark (or the end of the last segment).
    pub fn outer(&self) -> Span {
        let end = self.close.map_or_else(|| self.segments.last().map_or(self.open.end, |s| s.inner.end), |c| c.end);
        Span::new(self.open.start, end)
    }

    /// The quoted words, paragraphs joined by a blank line.
    pub fn text(&self, text: &str) -> String {
        self.segments.iter().map(|s| s.inner.slice(text)).collect::<Vec<_>>().join("\n\n")
    }

    /// Paragraph of the opening mark.
    pub fn first_paragraph(&self) -> usize {
        self.segments.first().map_or(0, |s| s.paragraph)
    }

    /// Paragraph of the last segment.
    pub fn last_paragraph(&self) -> usize {
        self.segments.last().map_or(0, |s| s.paragraph)
    }

    /// Number of words quoted.
    pub fn word_count(&self, text: &str) -> usize {
        self.segments.iter().map(|s| s.inner.slice(text).split_whitespace().count()).sum()
    }
}

/// An open quotation while the scanner walks the text.
struct Open {
    style: QuoteStyle,
    open: Span,
    segments: Vec<Segment>,
    segment_start: usize,
    nested: Option<QuoteStyle>,
}

/// Every quotation in the article whose paragraphs are `paras`, in order.
pub fn find_quotes(text: &str, paras: &[Span]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut current: Option<Open> = None;
    for (p, para) in paras.iter().enumerate() {
        let body = para.slice(text);
        let mut from = 0;
        if let Some(open) = current.as_mut() {
            // A continued quote re-opens with a mark that is not part of the words.
            from = body.chars().next().map_or(0, char::len_utf8);
            open.segment_start = para.start + from;
        }
        // Marks are '"', '\'' or start with the byte 0xE2 (“ ” ‘ ’), which only ever leads a
        // character: a byte search skips the words between them.
        while let Some(found) = memchr::memchr3(b'"', b'\'', 0xE2, body.as_bytes().get(from..).unwrap_or_default()) {
            let pos = from + found;
            let Some(c) = body.get(pos..).and_then(|r| r.chars().next()) else { break };
            from = pos + c.len_utf8();
            if !matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'') {
                continue;
            }
            let at = para.start + pos;
            let mark = Span::new(at, at + c.len_utf8());
            let rest = &body[from..];
            let prev = body[..pos].chars().next_back();
            match classify(c, prev, rest, current.as_ref()) {
                Mark::Open(style) => {
                    if let Some(done) = current.take() {
                        quotes.push(finish(done, text, p, at, None));
                    }
                    current = Some(Open { style, open: mark, segments: Vec::new(), segment_start: mark.end, nested: None });
                }
                Mark::Close => {
                    if let Some(done) = current.take() {
                        quotes.push(finish(done, text, p, at, Some(mark)));
                    }
                }
                Mark::NestedOpen(style) => {
                    if let Some(open) = current.as_mut() {
                        open.nested = Some(style);
                    }
                }
                Mark::NestedClose => {
                    if let Some(open) = current.as_mut() {
                        open.nested = None;
                    }
                }
                Mark::None => {}
            }
        }
        if let Some(mut open) = current.take() {
            open.segments.push(segment(text, p, open.segment_start, para.end));
            open.nested = None;
            let reopens = paras.get(p + 1).is_some_and(|next| opens_paragraph(next.slice(text), open.style));
            if reopens {
                current = Some(open);
            } else {
                quotes.push(finish_unclosed(open));
            }
        }
    }
    // A single-quoted letter is an elision ('n'), not a quotation.
    quotes.retain(|q| {
        let chars: usize = q.segments.iter().map(|s| s.inner.slice(text).chars().count()).sum();
        chars > usize::from(q.style == QuoteStyle::Single)
    });
    quotes
}

fn segment(text: &str, paragraph: usize, start: usize, end: usize) -> Segment {
    Segment { paragraph, inner: Span::new(start, end).trimmed(text) }
}

fn finish(mut open: Open, text: &str, paragraph: usize, end: usize, close: Option<Span>) -> Quote {
    open.segments.push(segment(text, paragraph, open.segment_start, end));
    Quote { style: open.style, open: open.open, close, segments: open.segments }
}

fn finish_unclosed(open: Open) -> Quote {
    Quote { style: open.style, open: open.open, close: None, segments: open.segments }
}

/// True when a paragraph starts with an opening mark of `style`.
fn opens_paragraph(body: &str, style: QuoteStyle) -> bool {
    let mut chars = body.chars();
    let first = chars.next();
    let second = chars.next();
    match style {
        QuoteStyle::Double => matches!(first, Some('“' | '"')),
        QuoteStyle::Single => {
            first == Some('‘') || (first == Some('\'') && second.is_some_and(char::is_alphanumeric))
        }
    }
}

enum Mark {
    Open(QuoteStyle),
    Close,
    NestedOpen(QuoteStyle),
    NestedClose,
    None,
}

fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | '/' | '“' | '‘' | '"' | '\''))
}

fn closes_before(next: Option<char>) -> bool {
    next.is_none_or(|n| {
        n.is_whitespace() || matches!(n, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '—' | '–' | '-' | '…' | '”' | '’' | '"' | '\'')
    })
}

/// A double mark that can open: something follows it, and it follows a space or bracket.
fn double_opens(prev: Option<char>, next: Option<char>) -> bool {
    opens_after(prev) && next.is_some_and(|n| !n.is_whitespace())
}

/// A single mark that can open: a word follows it, and it is not an elided decade ('90s).
fn single_opens(prev: Option<char>, rest: &str) -> bool {
    let next = rest.chars().next();
    let decade = matches!(rest.as_bytes(), [a, b, b's', ..] if a.is_ascii_digit() && b.is_ascii_digit());
    opens_after(prev) && next.is_some_and(|n| n.is_alphanumeric() || matches!(n, '…' | '.' | '(')) && !decade
}

/// A single mark that can close: not between two letters (don’t), and not the apostrophe
/// of a plural possessive (the councils’ budgets) when a later mark can still close.
fn single_closes(prev: Option<char>, rest: &str) -> bool {
    let mut chars = rest.chars();
    let next = chars.next();
    if prev.is_none_or(char::is_whitespace) || !closes_before(next) {
        return false;
    }
    if prev == Some('s') && next == Some(' ') && chars.next().is_some_and(char::is_lowercase) {
        // Look a bounded way ahead so that a paragraph of many apostrophes stays linear.
        let ahead: Vec<char> = rest.chars().take(LOOKAHEAD_CHARS + 1).collect();
        let whole = ahead.len() <= LOOKAHEAD_CHARS;
        let ahead = &ahead[..ahead.len().min(LOOKAHEAD_CHARS)];
        let later_close = ahead.windows(2).skip(1).any(|w| {
            matches!(w[0], '’' | '\'') && closes_before(Some(w[1])) && !w[1].is_alphanumeric()
        }) || (whole && matches!(ahead.last(), Some('’' | '\'')));
        return !later_close;
    }
    true
}

fn classify(c: char, prev: Option<char>, rest: &str, current: Option<&Open>) -> Mark {
    use QuoteStyle::{Double, Single};
    let next = rest.chars().next();
    let state = current.map(|o| (o.style, o.nested));
    match (c, state) {
        ('“', None) => Mark::Open(Double),
        ('“', Some((Double, _))) => {
            if double_opens(prev, next) { Mark::Open(Double) } else { Mark::None }
        }
        ('“', Some((Single, _))) => Mark::NestedOpen(Double),
        ('”', Some((Double, _))) => Mark::Close,
        ('”', Some((Single, Some(Double)))) => Mark::NestedClose,
        ('"', None) => {
            if double_opens(prev, next) { Mark::Open(Double) } else { Mark::None }
        }
        ('"', Some((Double, _))) => {
            if !closes_before(next) && double_opens(prev, next) { Mark::Open(Double) } else { Mark::Close }
        }
        ('"', Some((Single, nested))) => match nested {
            Some(Double) if closes_before(next) => Mark::NestedClose,
            None if double_opens(prev, next) => Mark::NestedOpen(Double),
            _ => Mark::None,
        },
        ('‘' | '\'', None) if single_opens(prev, rest) => Mark::Open(Single),
        ('‘' | '\'', Some((Double, None))) if single_opens(prev, rest) => Mark::NestedOpen(Single),
        ('’' | '\'', Some((Single, None))) if single_closes(prev, rest) => Mark::Close,
        ('’' | '\'', Some((Double, Some(Single)))) if single_closes(prev, rest) => Mark::NestedClose,
        _ => Mark::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::clean::article_paragraphs;
    use crate::lexicon::Lexicon;

    fn quoted(text: &str) -> Vec<String> {
        let lex = Lexicon::load().unwrap();
        let paras = article_paragraphs(text, &lex);
        find_quotes(text, &paras).iter().map(|q| q.text(text)).collect()
    }

    #[test]
    fn table_of_quote_marks() {
        let cases: &[(&str, &[&str])] = &[
            ("She said: “We will appeal.”", &["We will appeal."]),
            ("She said: \"We will appeal.\"", &["We will appeal."]),
            ("He said: ‘It is a disgrace.’", &["It is a disgrace."]),
            ("He said: 'It is a disgrace.'", &["It is a disgrace."]),
            ("Mixed: “one pair\" and \"another”.", &["one pair", "another"]),
            ("“We don’t accept the children’s data,” she said.", &["We don’t accept the children’s data,"]),
            ("It was built in the 1990s’ boom and ‘rated good’ later.", &["rated good"]),
            ("‘The councils’ budgets are stretched,’ he said.", &["The councils’ budgets are stretched,"]),
            ("‘Back in the ’90s we had money,’ she said.", &["Back in the ’90s we had money,"]),
            ("He said: “They called it ‘a shambles’ at the time.”", &["They called it ‘a shambles’ at the time."]),
            ("‘He told us “no” twice,’ she said.", &["He told us “no” twice,"]),
            ("A “helpful” report and a ‘Good’ rating.", &["helpful", "Good"]),
            ("Empty “” marks and rock 'n' roll.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(&quoted(text), want, "{text}");
        }
    }

    #[test]
    fn a_quote_over_paragraphs_reopens_on_each_and_closes_on_the_last() {
        let text = "He said: “First part.\n\n“Second part.\n\n\"Third part.”\n\nNot quoted.";
        assert_eq!(quoted(text), ["First part.\n\nSecond part.\n\nThird part."]);
    }

    #[test]
    fn an_unclosed_quote_stops_at_a_paragraph_that_does_not_reopen() {
        let text = "It said: “The plan is sound.\n\nIt added: “Staff are stable.”";
        assert_eq!(quoted(text), ["The plan is sound.", "Staff are stable."]);
    }

    #[test]
    fn segments_and_marks_have_byte_offsets() {
        let text = "A: “x y”\n“z”";
        let lex = Lexicon::load().unwrap();
        let q = find_quotes(text, &article_paragraphs(text, &lex));
        assert_eq!(q.len(), 2);
        assert_eq!(q[0].open, Span::new(3, 6));
        assert_eq!(q[0].segments[0].inner.slice(text), "x y");
        assert_eq!(q[0].close, Some(Span::new(9, 12)));
        assert_eq!(q[0].outer().slice(text), "“x y”");
        assert_eq!(q[1].first_paragraph(), 1);
    }

    #[test]
    fn a_million_marks_do_not_blow_up() {
        let text = "“".repeat(1_000_000);
        let lex = Lexicon::load().unwrap();
        let paras = article_paragraphs(&text, &lex);
        let _ = find_quotes(&text, &paras);
    }
}
