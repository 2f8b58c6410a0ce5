//! Dates in a clause, as far as the text gives them: "in 2014", "from 17 to 28 July", "the
//! summer of 2023", "at the end of April". Relative dates ("this summer", "earlier this
//! year") are left unknown: without the article's publication date they name no year.

use crate::model::{PartialDate, Span};

use super::analysis::Analysis;
use super::grammar::{self, MONTHS};

/// Earliest and latest years read as years, not counts ("2,000 staff").
const YEARS: std::ops::RangeInclusive<i32> = 1950..=2100;

/// The first year, and the first month with its day, in `span`.
pub fn date_in(a: &Analysis<'_>, span: Span) -> PartialDate {
    let words = a.words_in(span);
    let mut date = PartialDate::default();
    for (k, w) in words.iter().enumerate() {
        let lower = w.lower();
        if date.year.is_none() && w.text.len() == 4 {
            if let Ok(y) = w.text.parse::<i32>() {
                if YEARS.contains(&y) && !relative_to_now(words, k) {
                    date.year = Some(y);
                }
            }
        }
        if date.month.is_none() && w.is_capitalised() {
            if let Some(&(_, m)) = MONTHS.iter().find(|(name, _)| *name == lower) {
                date.month = Some(m);
                date.day = day_before(words, k);
            }
        }
    }
    date
}

/// "this year" and "last year" name no year here.
fn relative_to_now(words: &[super::tokens::Word<'_>], k: usize) -> bool {
    k > 0 && grammar::is(grammar::TIME_DEICTICS, words[k - 1].text)
}

/// "17 July", "from 17 to 28 July": the first day before the month.
fn day_before(words: &[super::tokens::Word<'_>], k: usize) -> Option<u8> {
    let window = &words[k.saturating_sub(4)..k];
    window.iter().filter_map(|w| w.text.parse::<u8>().ok()).find(|d| (1..=31).contains(d))
}

/// "four years after ...": the number of years, when the words at `k` say so.
pub fn years_after(a: &Analysis<'_>, span: Span) -> Option<(i32, usize)> {
    let words = a.words_in(span);
    words.windows(3).find_map(|w| {
        let n = grammar::number(w[0].text)?;
        (w[1].lower().starts_with("year") && w[2].lower() == "after").then_some((n, w[2].span.end))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    #[test]
    fn table_of_dates() {
        let lex = Lexicon::load().unwrap();
        type Row<'a> = (&'a str, Option<i32>, Option<u8>, Option<u8>);
        let cases: &[Row<'_>] = &[
            ("an inspection which took place from 17 to 28 July", None, Some(7), Some(17)),
            ("at a formal inspection in the summer of 2023", Some(2023), None, None),
            ("last inspected by the CQC in 2016", Some(2016), None, None),
            ("a two-day visit at the end of April", None, Some(4), None),
            ("a visit in March and April 2024", Some(2024), Some(3), None),
            ("an inspection earlier this year with 2,000 staff", None, None, None),
            ("Staff may leave", None, None, None),
        ];
        for &(text, year, month, day) in cases {
            let a = Analysis::new(text, &lex);
            let d = date_in(&a, Span::new(0, text.len()));
            assert_eq!((d.year, d.month, d.day), (year, month, day), "{text}");
        }
    }

    #[test]
    fn years_after_reads_number_words_and_numerals() {
        let lex = Lexicon::load().unwrap();
        for (text, n) in [("Four years after the home was rated good", 4), ("3 years after that", 3)] {
            let a = Analysis::new(text, &lex);
            assert_eq!(years_after(&a, Span::new(0, text.len())).map(|x| x.0), Some(n), "{text}");
        }
    }
}
