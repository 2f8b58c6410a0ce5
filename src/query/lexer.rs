//! Splits a question into words, commas and quoted names, each with its byte span.

use crate::model::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, digits and the marks inside names (apostrophes, hyphens, full stops, `&`).
    Word,
    /// A name in double or curly quotes, taken whole; its span covers the marks.
    Quoted,
    /// A comma.
    Comma,
}

/// One token of a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token<'q> {
    /// What it is.
    pub kind: TokenKind,
    /// Its text; for a quoted name, without the marks.
    pub text: &'q str,
    /// Where it stands in the question.
    pub span: Span,
}

impl Token<'_> {
    /// True when the token is the word `word`, in any case.
    pub fn is(&self, word: &str) -> bool {
        self.kind == TokenKind::Word && self.text.eq_ignore_ascii_case(word)
    }

    /// True when the token is one of `words`, in any case.
    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }
}

/// A character the lexer cannot place in any token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LexError {
    /// Where.
    pub span: Span,
    /// Why.
    pub reason: String,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// The question's tokens; a question mark or full stop at the very end is dropped.
pub fn tokenize(question: &str) -> Result<Vec<Token<'_>>, LexError> {
    let body = question.trim_end().trim_end_matches(['?', '.']);
    let mut tokens = Vec::new();
    let mut chars = body.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_whitespace() {
            chars.next();
        } else if c == ',' {
            chars.next();
            tokens.push(Token { kind: TokenKind::Comma, text: ",", span: Span::new(start, start + 1) });
        } else if let Some(close) = closing_quote(c) {
            chars.next();
            let inner = start + c.len_utf8();
            let Some(end) = body[inner..].find(close).map(|i| inner + i) else {
                return Err(LexError { span: Span::new(start, body.len()), reason: format!("this quote has no closing {close}") });
            };
            tokens.push(Token { kind: TokenKind::Quoted, text: body[inner..end].trim(), span: Span::new(start, end + close.len_utf8()) });
            while chars.peek().is_some_and(|&(i, _)| i <= end) {
                chars.next();
            }
        } else if is_word_char(c) {
            let mut end = start;
            while let Some(&(i, c)) = chars.peek().filter(|&&(_, c)| is_word_char(c)) {
                end = i + c.len_utf8();
                chars.next();
            }
            tokens.push(Token { kind: TokenKind::Word, text: &body[start..end], span: Span::new(start, end) });
        } else {
            return Err(LexError { span: Span::new(start, start + c.len_utf8()), reason: format!("`{c}` has no meaning in a question") });
        }
    }
    Ok(tokens)
}

fn closing_quote(open: char) -> Option<char> {
    match open {
        '"' => Some('"'),
        '“' => Some('”'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type Spanned<'a> = (TokenKind, &'a str, usize, usize);

    fn spans(question: &str) -> Vec<Spanned<'_>> {
        tokenize(question).unwrap().into_iter().map(|t| (t.kind, t.text, t.span.start, t.span.end)).collect()
    }

    #[test]
    fn words_commas_and_quoted_names_carry_their_byte_spans() {
        use TokenKind::*;
        let table: &[(&str, &[Spanned<'_>])] = &[
            ("who criticised the Tories?", &[(Word, "who", 0, 3), (Word, "criticised", 4, 14), (Word, "the", 15, 18), (Word, "Tories", 19, 25)]),
            ("ratings of Northby Council, in date order", &[
                (Word, "ratings", 0, 7), (Word, "of", 8, 10), (Word, "Northby", 11, 18), (Word, "Council", 19, 26),
                (Comma, ",", 26, 27), (Word, "in", 28, 30), (Word, "date", 31, 35), (Word, "order", 36, 41),
            ]),
            ("roles of \"Anne-Marie O'Neil\"", &[(Word, "roles", 0, 5), (Word, "of", 6, 8), (Quoted, "Anne-Marie O'Neil", 9, 28)]),
            ("statements by “St. Mary’s Trust”", &[(Word, "statements", 0, 10), (Word, "by", 11, 13), (Quoted, "St. Mary’s Trust", 14, 38)]),
            ("findings of Ofsted’s 2024 visit.", &[(Word, "findings", 0, 8), (Word, "of", 9, 11), (Word, "Ofsted’s", 12, 22), (Word, "2024", 23, 27), (Word, "visit", 28, 33)]),
        ];
        for (question, expected) in table {
            assert_eq!(spans(question), *expected, "{question}");
        }
    }

    #[test]
    fn stray_marks_and_open_quotes_are_errors_at_their_place() {
        assert_eq!(tokenize("statements by Labour; about").unwrap_err().span, Span::new(20, 21));
        let open = tokenize("roles of \"Ann Lee").unwrap_err();
        assert_eq!((open.span.start, open.reason.as_str()), (9, "this quote has no closing \""));
    }
}
