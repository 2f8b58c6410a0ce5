//! Findings of an inspection: the bullet points of a list the article introduces as the
//! report's ("Points raised in the report include:"), and sentences in which the
//! inspectorate "found that" or "concluded that" something, each with its polarity.

use crate::lexicon::{DescriptionTarget, Lexicon};
use crate::model::{OrgCategory, Polarity, Span};

use super::analysis::Analysis;
use super::clean::bullet_marker_len;
use super::mentions::MentionKind;

/// A point an inspection found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Its words.
    pub text: String,
    /// Where they stand.
    pub span: Span,
    /// Praise, criticism or both.
    pub polarity: Polarity,
    /// The sentence it was read from.
    pub sentence: usize,
}

/// The findings of the article, in order.
pub fn findings(a: &Analysis<'_>, lex: &Lexicon) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut in_list = false;
    for (p, para) in a.paragraphs.iter().enumerate() {
        let body = para.slice(a.text);
        let marker = bullet_marker_len(body);
        if marker > 0 && in_list {
            let span = Span::new(para.start + marker, para.end).trimmed(a.text);
            if let Some(sentence) = a.sentence_at(span.start) {
                out.push(finding(a, span, sentence, lex));
            }
            continue;
        }
        in_list = marker == 0 && body.trim_end().ends_with(':') && speaks_of_inspection(a, *para) && !a.in_quote(*para);
        if !in_list {
            out.extend(found_that(a, p, lex));
        }
    }
    out
}

fn finding(a: &Analysis<'_>, span: Span, sentence: usize, lex: &Lexicon) -> Finding {
    let text = span.slice(a.text).trim_end_matches(['.', ';']).to_string();
    Finding { polarity: polarity(&text, lex), text, span, sentence }
}

/// True when a span mentions an inspectorate, its inspectors or its report.
fn speaks_of_inspection(a: &Analysis<'_>, span: Span) -> bool {
    a.mentions_in(span).any(|m| {
        matches!(
            &m.mention.kind,
            MentionKind::Description(DescriptionTarget::Inspectorate | DescriptionTarget::Report)
                | MentionKind::Organization { category: OrgCategory::Inspectorate, .. }
        )
    })
}

/// "Inspectors found that ...", "The report concluded that ...", outside quotations.
fn found_that(a: &Analysis<'_>, paragraph: usize, lex: &Lexicon) -> Vec<Finding> {
    let mut out = Vec::new();
    let from = a.sentences.partition_point(|x| x.paragraph < paragraph);
    let to = a.sentences.partition_point(|x| x.paragraph <= paragraph);
    for (s, sentence) in a.sentences.iter().enumerate().take(to).skip(from) {
        let words = a.words_in(sentence.span);
        let Some(k) = words.windows(2).position(|w| w[1].text == "that" && matches!(&*w[0].lower(), "found" | "concluded")) else {
            continue;
        };
        let before = Span::new(sentence.span.start, words[k].span.start);
        if a.in_quote(words[k].span) || !speaks_of_inspection(a, before) || a.sentence_has_quote(s) {
            continue;
        }
        let span = Span::new(words[k + 1].span.end, sentence.span.end).trimmed(a.text);
        out.push(finding(a, span, s, lex));
    }
    out
}

/// Positive, negative or mixed by the polarity words a finding holds; with none, mixed.
pub fn polarity(text: &str, lex: &Lexicon) -> Polarity {
    let mut positive = false;
    let mut negative = false;
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        match lex.polarity.get_lower(word) {
            Some(Polarity::Positive) => positive = true,
            Some(Polarity::Negative) => negative = true,
            _ => {}
        }
    }
    match (positive, negative) {
        (true, false) => Polarity::Positive,
        (false, true) => Polarity::Negative,
        _ => Polarity::Mixed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_under_a_report_and_found_that_sentences() {
        let lex = Lexicon::load().unwrap();
        let text = "The watchdog published its report.\nThe report’s findings include:\n- Staff know residents well\n- Care plans are not reviewed\n\
                    Parking is free:\n- Not a finding\nInspectors found that medicines were stored safely.";
        let a = Analysis::new(text, &lex);
        let got: Vec<(String, Polarity)> = findings(&a, &lex).into_iter().map(|f| (f.text, f.polarity)).collect();
        assert_eq!(got, [
            ("Staff know residents well".to_string(), Polarity::Positive),
            ("Care plans are not reviewed".to_string(), Polarity::Negative),
            ("medicines were stored safely".to_string(), Polarity::Mixed),
        ]);
    }
}
