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

/// Positive, negative or mixed by the polarity words and phrases a finding holds; with
/// none, mixed.
pub fn polarity(text: &str, lex: &Lexicon) -> Polarity {
    let mut positive = false;
    let mut negative = false;
    for word in words_of(text) {
        let Some(entry) = lex.polarity.get_lower(word) else { continue };
        // The words before this one, read back only for a word that ends a phrase.
        let before = &text[..word.as_ptr() as usize - text.as_ptr() as usize];
        let ends = |phrase: &[String]| {
            let mut back = words_of(before).rev();
            phrase.iter().rev().all(|p| back.next().is_some_and(|w| p.eq_ignore_ascii_case(w)))
        };
        let phrases = entry.phrases.iter().filter(|(phrase, _)| ends(phrase)).map(|(_, p)| p);
        for p in entry.own.iter().chain(phrases) {
            match p {
                Polarity::Positive => positive = true,
                Polarity::Negative => negative = true,
                Polarity::Mixed => {}
            }
        }
    }
    match (positive, negative) {
        (true, false) => Polarity::Positive,
        (false, true) => Polarity::Negative,
        _ => Polarity::Mixed,
    }
}

/// The polarity of the word or phrase of the list that opens `words` ("failed", "let
/// down", "turned its back"; the phrase at its shortest), and how many words it has.
pub fn polarity_opening(words: &[&str], lex: &Lexicon) -> Option<(Polarity, usize)> {
    words.iter().enumerate().find_map(|(last, word)| {
        let entry = lex.polarity.get_lower(word)?;
        let before = &words[..last];
        if before.is_empty() {
            return entry.own.map(|p| (p, 1));
        }
        let opens = |phrase: &[String]| phrase.len() == before.len() && phrase.iter().zip(before).all(|(p, w)| p.eq_ignore_ascii_case(w));
        entry.phrases.iter().find(|(phrase, _)| opens(phrase)).map(|&(_, p)| (p, last + 1))
    })
}

/// The words of `text`, as the polarity list writes them: "U-turn" is "U" and "turn".
fn words_of(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_of_polarity_by_words_and_phrases() {
        let lex = Lexicon::load().unwrap();
        let cases: &[(&str, Polarity)] = &[
            ("Staff were caring and kind", Polarity::Positive),
            ("Care plans are not reviewed", Polarity::Negative),
            ("The new rota starts in May", Polarity::Mixed),
            // Phrases count as a whole, in any case and across a hyphen.
            ("playing politics with children’s education", Polarity::Negative),
            ("They have buried their Heads in the Sand.", Polarity::Negative),
            ("another U-turn on bin collections", Polarity::Negative),
            ("The minister needs to get a grip", Polarity::Negative),
            // Their words apart, or only some of them, are no phrase.
            ("politics is about playing the long game", Polarity::Mixed),
            ("Residents will get a new grip rail", Polarity::Mixed),
            ("the sand by the beach huts", Polarity::Mixed),
            ("A grip on costs", Polarity::Mixed),
        ];
        for (text, want) in cases {
            assert_eq!(polarity(text, &lex), *want, "{text}");
        }
    }

    #[test]
    fn table_of_polarity_of_the_word_or_phrase_opening_words() {
        let lex = Lexicon::load().unwrap();
        let cases: &[(&str, Option<(Polarity, usize)>)] = &[
            ("failed the next generation", Some((Polarity::Negative, 1))),
            ("let down the next generation", Some((Polarity::Negative, 2))),
            ("Turned its back on the next generation", Some((Polarity::Negative, 3))),
            ("improved its services", Some((Polarity::Positive, 1))),
            // A phrase or word later in the words does not open them.
            ("met residents who felt let down", None),
            ("let the contract to a firm that failed", None),
            ("let rooms down the road", None),
            ("", None),
        ];
        for (text, want) in cases {
            let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
            assert_eq!(polarity_opening(&words, &lex), *want, "{text}");
        }
    }

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
