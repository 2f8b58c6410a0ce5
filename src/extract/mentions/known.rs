//! Bodies met again by a shorter name: a company named once with its legal form
//! ("Larchwood Care Ltd") is named by its name alone after that ("a spokesman for
//! Larchwood Care"), where its words would otherwise be no mention, or a person.

use crate::model::OrgCategory;

use super::{Finder, MentionKind};

/// A body whose key is a shorter form of its name, as the article first wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortName {
    /// The words of the short form, in lower case ("larchwood", "care").
    words: Vec<String>,
    label: String,
    key: String,
    category: OrgCategory,
}

impl ShortName {
    /// The short name of a mention, for a body whose name runs on past its key ("Ltd").
    pub fn of(kind: &MentionKind) -> Option<ShortName> {
        let MentionKind::Organization { label, key, category } = kind else { return None };
        is_shortened(label, key).then(|| ShortName { words: key.split(' ').map(str::to_string).collect(), label: label.clone(), key: key.clone(), category: category.clone() })
    }
}

/// True when a body's `key` is the first words of its `label` ("larchwood care" of
/// "Larchwood Care Ltd"), so that the article may name it by those words alone.
pub fn is_shortened(label: &str, key: &str) -> bool {
    label.as_bytes().get(key.len()) == Some(&b' ') && label.get(..key.len()).is_some_and(|start| start.eq_ignore_ascii_case(key))
}

impl Finder<'_, '_> {
    /// The key of a school named with its phase ("Hexley Primary School"): the name
    /// without "School", as the article may call it ("Hexley Primary"). None for any
    /// other name.
    pub(super) fn school_key(&self, start: usize, end: usize) -> Option<String> {
        let named_by_phase = end >= start + 3 && self.words[end - 1].text == "School" && self.org_head_at(end - 2).is_some();
        named_by_phase.then(|| self.name_of(start, end - 1).to_lowercase())
    }


    /// Marks the short names of bodies named in full in earlier paragraphs: the same
    /// capitalised words, with no further capitalised word after them.
    pub(super) fn short_names(&mut self) {
        for i in 0..self.words.len() {
            if self.taken[i] || !self.words[i].is_capitalised() {
                continue;
            }
            let found = self.earlier.bodies.iter().find(|s| {
                let end = i + s.words.len();
                self.free(i, end)
                    && (i..end).all(|k| self.words[k].is_capitalised() && self.words[k].lower_base() == s.words[k - i] && (k + 1 == end || self.joined(k)))
                    && !(self.joined(end - 1) && self.words.get(end).is_some_and(|w| w.is_name_like()))
            });
            if let Some(s) = found {
                let kind = MentionKind::Organization { label: s.label.clone(), key: s.key.clone(), category: s.category.clone() };
                self.push(i, i + s.words.len(), kind);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::mentions::{find_mentions, Earlier};
    use crate::extract::tokens::words;
    use crate::lexicon::Lexicon;
    use crate::model::Span;

    fn company() -> ShortName {
        let kind = MentionKind::Organization { label: "Larchwood Care Ltd".into(), key: "larchwood care".into(), category: OrgCategory::Other };
        ShortName::of(&kind).unwrap()
    }

    #[test]
    fn only_a_name_that_runs_on_past_its_key_has_a_short_name() {
        let council = MentionKind::Organization { label: "Eastvale Council".into(), key: "eastvale council".into(), category: OrgCategory::Council };
        assert_eq!(ShortName::of(&council), None);
        assert_eq!(company().words, ["larchwood", "care"]);
    }

    #[test]
    fn table_of_short_names() {
        let lex = Lexicon::load().unwrap();
        let cases: &[(&str, &[&str])] = &[
            ("A spokesman for Larchwood Care said the home would close.", &["Larchwood Care"]),
            ("Larchwood Care’s directors met on Monday.", &["Larchwood Care’s"]),
            // More capitalised words after it make another name.
            ("Larchwood Care Homes is a different firm.", &[]),
            ("Larchwood Care Villages has bought the site.", &[]),
            // Every word capitalised, as in the full name.
            ("Staff said larchwood care was poor.", &[]),
            ("The Larchwood care model was praised.", &[]),
        ];
        for (text, want) in cases {
            let ws = words(text, Span::new(0, text.len()), &lex);
            let got: Vec<String> = find_mentions(text, &ws, &lex, &|_| false, &mut Earlier { bodies: vec![company()], ..Earlier::default() })
                .into_iter()
                .filter(|m| matches!(&m.kind, MentionKind::Organization { key, .. } if key == "larchwood care"))
                .map(|m| m.span.slice(text).to_string())
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }
}
