//! Dates in a clause, as far as the text gives them: "in 2014", "from 17 to 28 July", "the
//! summer of 2023", "at the end of April". Relative dates ("this summer", "earlier this
//! year", "last month") are resolved against the article's publication date when it is
//! known, and left unknown otherwise.

use crate::model::{PartialDate, Span};

use super::analysis::Analysis;
use super::grammar;
use super::tokens::Word;

/// Earliest and latest years read as years, not counts ("2,000 staff").
const YEARS: std::ops::RangeInclusive<i32> = 1950..=2100;

/// The first year, and the first month with its day, in `span`; relative dates and months
/// without a year are anchored to `published` when it is known.
pub fn date_in(a: &Analysis<'_>, span: Span, published: Option<PartialDate>) -> PartialDate {
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
            if let Some(m) = grammar::month(&lower) {
                date.month = Some(m);
                date.day = day_before(words, k);
            }
        }
    }
    match published {
        Some(p) if date.year.is_none() => anchor(date, words, p),
        _ => date,
    }
}

/// Most words of a date phrase right after a grade ("in March 2017", "on 4 May 2022").
const OWN_DATE_WORDS: usize = 4;

/// The date phrase right after a grade ending at `from`, within the sentence: "in" or
/// "on" and a few words with no mark between them, holding a year or a month ("rated
/// requires improvement in 2017 and good in 2021"). It dates that grade alone.
pub fn date_after(a: &Analysis<'_>, from: usize, sentence: Span, published: Option<PartialDate>) -> Option<(PartialDate, Span)> {
    let words = a.words_in(Span::new(from, sentence.end));
    let first = words.first().filter(|w| matches!(w.text, "in" | "on"))?;
    let unbroken = |pair: &[Word<'_>]| Span::new(pair[0].span.end, pair[1].span.start).slice(a.text).trim().is_empty();
    let n = 1 + words.windows(2).take(OWN_DATE_WORDS - 1).take_while(|p| unbroken(p)).count();
    let span = Span::new(first.span.start, words[n - 1].span.end);
    let date = date_in(a, span, published);
    (!date.is_unknown()).then_some((date, span))
}

/// The date of a sentence outside the spans of dates its grades own (in order, within it).
pub fn date_outside(a: &Analysis<'_>, sentence: Span, owned: &[Span], published: Option<PartialDate>) -> PartialDate {
    let pieces = |published: Option<PartialDate>| {
        let mut date = PartialDate::default();
        let mut from = sentence.start;
        for o in owned {
            date = date.union(&date_in(a, Span::new(from, o.start.max(from)), published));
            from = from.max(o.end);
        }
        date.union(&date_in(a, Span::new(from, sentence.end.max(from)), published))
    };
    // As for a whole sentence, a year written anywhere wins over one the publication gives.
    match pieces(None) {
        date if date.year.is_none() && published.is_some() => pieces(published),
        date => date,
    }
}

/// Seasons, with the last month of each.
const SEASONS: &[(&str, u8)] = &[("autumn", 11), ("fall", 11), ("spring", 5), ("summer", 8), ("winter", 2)];

/// Resolves a date without a year against the publication date: "this year", "earlier
/// this year" (its year), "last year" (the one before), "this month", "last month", "this
/// summer", "last summer" (the latest summer that has ended), and a month named without a
/// year ("in July": the latest July up to publication).
fn anchor(mut date: PartialDate, words: &[Word<'_>], published: PartialDate) -> PartialDate {
    let Some(year) = published.year else { return date };
    for pair in words.windows(2) {
        let (deictic, noun) = (pair[0].lower(), pair[1].lower());
        let this = deictic == "this" || deictic == "earlier" || deictic == "later";
        let last = deictic == "last";
        if !this && !last {
            continue;
        }
        let season_end = SEASONS.iter().find(|(name, _)| *name == noun).map(|&(_, end)| end);
        match (&*noun, published.month) {
            ("year", _) => date.year = Some(if last { year - 1 } else { year }),
            ("month", Some(m)) if last => (date.year, date.month) = if m == 1 { (Some(year - 1), Some(12)) } else { (Some(year), Some(m - 1)) },
            ("month", Some(m)) => (date.year, date.month) = (Some(year), Some(m)),
            (_, Some(m)) if last && season_end.is_some() => date.year = season_end.map(|end| if end < m { year } else { year - 1 }),
            _ if this && season_end.is_some() => date.year = Some(year),
            _ => continue,
        }
        return date;
    }
    if let Some(month) = date.month {
        date.year = Some(match published.month {
            Some(m) if month > m => year - 1,
            _ => year,
        });
    }
    date
}

/// "this year" and "last year" name no year here.
fn relative_to_now(words: &[Word<'_>], k: usize) -> bool {
    k > 0 && grammar::is(grammar::TIME_DEICTICS, words[k - 1].text)
}

/// "17 July", "from 17 to 28 July": the first day before the month.
fn day_before(words: &[Word<'_>], k: usize) -> Option<u8> {
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
            let d = date_in(&a, Span::new(0, text.len()), None);
            assert_eq!((d.year, d.month, d.day), (year, month, day), "{text}");
        }
    }

    #[test]
    fn relative_dates_are_anchored_to_the_publication_date() {
        let lex = Lexicon::load().unwrap();
        let published = PartialDate::from_iso("2024-03-15");
        type Row<'a> = (&'a str, Option<i32>, Option<u8>);
        let cases: &[Row<'_>] = &[
            ("inspectors visited earlier this year", Some(2024), None),
            ("the home was inspected last year", Some(2023), None),
            ("an inspection last month found failings", Some(2024), Some(2)),
            ("during a visit this month", Some(2024), Some(3)),
            ("when inspectors called last summer", Some(2023), None),
            ("an inspection this autumn", Some(2024), None),
            ("an inspection in January", Some(2024), Some(1)),
            ("an inspection in July", Some(2023), Some(7)),
            ("an inspection in July 2019", Some(2019), Some(7)),
            ("the home was rated good", None, None),
        ];
        for &(text, year, month) in cases {
            let a = Analysis::new(text, &lex);
            let d = date_in(&a, Span::new(0, text.len()), published);
            assert_eq!((d.year, d.month), (year, month), "{text}");
        }
        let january = PartialDate::from_iso("2025-01-10");
        let a = Analysis::new("an inspection last month", &lex);
        let d = date_in(&a, Span::new(0, a.text.len()), january);
        assert_eq!((d.year, d.month), (Some(2024), Some(12)));
        let november = PartialDate::from_iso("2024-11-02");
        let a = Analysis::new("a visit last summer", &lex);
        assert_eq!(date_in(&a, Span::new(0, a.text.len()), november).year, Some(2024));
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
