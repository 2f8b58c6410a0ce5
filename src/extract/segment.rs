//! Stage 2: sentences. Splits a paragraph at full stops, question and exclamation marks
//! (with any closing quote or bracket after them), except after abbreviations and initials.

use crate::lexicon::Lexicon;
use crate::model::Span;

/// The sentences of the paragraph at `para`, as spans of the original text.
pub fn sentences(text: &str, para: Span, lex: &Lexicon) -> Vec<Span> {
    let body = para.slice(text);
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    // Terminators are ASCII, so a byte search finds them and never lands inside a character.
    while let Some(at) = memchr::memchr3(b'.', b'!', b'?', body.as_bytes().get(from..).unwrap_or_default()) {
        let pos = from + at;
        let after = &body[pos + 1..];
        let closers = after.trim_start_matches(['.', '!', '?', '”', '"', '’', '\'', ')', ']']);
        let end = body.len() - closers.len();
        let next_text = closers.trim_start();
        let gap = next_text.len() < closers.len();
        let starts_sentence = next_text.chars().next().is_some_and(|n| {
            n.is_uppercase() || n.is_ascii_digit() || matches!(n, '“' | '"' | '‘' | '\'' | '(' | '-' | '•')
        });
        let stop = body.as_bytes()[pos];
        if gap && starts_sentence && !(stop == b'.' && is_abbreviation(&body[start..pos], lex)) {
            out.push(Span::new(para.start + start, para.start + end).trimmed(text));
            start = body.len() - next_text.len();
            from = start;
        } else {
            from = pos + 1;
        }
    }
    if start < body.len() {
        let last = Span::new(para.start + start, para.end).trimmed(text);
        if !last.is_empty() {
            out.push(last);
        }
    }
    out
}

/// True when the word just before a full stop is an abbreviation or an initial.
fn is_abbreviation(before: &str, lex: &Lexicon) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    let mut letters = word.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    initial || lex.abbreviations.contains_lower(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_of_sentence_boundaries() {
        let lex = Lexicon::load().unwrap();
        let cases: &[(&str, &[&str])] = &[
            ("Cllr. Patel spoke. Then Mr. Osei replied.", &["Cllr. Patel spoke.", "Then Mr. Osei replied."]),
            ("It was item No. 4 on the agenda. Dr. Lee agreed.", &["It was item No. 4 on the agenda.", "Dr. Lee agreed."]),
            ("He said: “We will act.” She disagreed.", &["He said: “We will act.”", "She disagreed."]),
            ("Was it fair? Nobody knows.", &["Was it fair?", "Nobody knows."]),
            ("J. K. Rowe chaired it. Members voted.", &["J. K. Rowe chaired it.", "Members voted."]),
            ("The rate rose to 4.5 per cent. costs fell.", &["The rate rose to 4.5 per cent. costs fell."]),
            ("“It is wrong,” she said. “We will appeal.”", &["“It is wrong,” she said.", "“We will appeal.”"]),
            ("Really?! Yes... Fine.", &["Really?!", "Yes...", "Fine."]),
            ("Café closed. Éamon said so.", &["Café closed.", "Éamon said so."]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> =
                sentences(text, Span::new(0, text.len()), &lex).iter().map(|s| s.slice(text)).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn byte_offsets_point_into_the_original_text() {
        let lex = Lexicon::load().unwrap();
        let text = "xx\nFirst one. Second “one”.";
        let para = Span::new(3, text.len());
        let spans = sentences(text, para, &lex);
        assert_eq!(spans, [Span::new(3, 13), Span::new(14, text.len())]);
    }
}
