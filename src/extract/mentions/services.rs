//! Services named by capitalised words before a lower-case word for their kind, as
//! inspection stories write them: "Willowbank care home", "Little Stars nursery".

use crate::lexicon::WordClass;

use super::bodies::category_of;
use super::{Finder, MentionKind, MAX_ORG_WORDS};

impl Finder<'_, '_> {
    /// Capitalised words no earlier pass read, joined to a lower-case name of a graded
    /// service's kind ("care home"), are that service's name. The mention runs to the end
    /// of the kind, which the label keeps, and the key is the name alone, so that the
    /// article may call it by the name after that. Not after "a", "an" or "the", where the
    /// words are mostly a place ("a Leeds nursery", "the Pennard care home"), nor after
    /// "of" or "and" with a capitalised word before, where they end a longer name ("a
    /// Church of England nursery"), nor after a possessive (an owner's service).
    // Rarely run: kept out of line so as not to weigh on the caller's code.
    #[inline(never)]
    pub(super) fn named_before_service_noun(&mut self) {
        for end in 1..=self.words.len() {
            let head = &self.words[end - 1];
            if !head.may_be(WordClass::SERVICE_NOUN) || head.is_capitalised() {
                continue;
            }
            for kind in &self.lex.service_nouns {
                let words = &kind.words;
                let Some(kind_start) = end.checked_sub(words.len()) else { continue };
                let matches = (kind_start..end).all(|k| self.words[k].text == words[k - kind_start] && (k + 1 == end || self.joined(k)));
                if !matches || kind_start == 0 || !self.joined(kind_start - 1) || self.words[kind_start - 1].is_possessive() {
                    continue;
                }
                let mut start = kind_start;
                while start > 0 && kind_start - start < MAX_ORG_WORDS && self.org_word(start - 1) && (start == kind_start || self.joined(start - 1)) {
                    start -= 1;
                }
                let before = start.checked_sub(1).map(|b| &self.words[b]);
                let article = before.is_some_and(|b| matches!(&*b.lower(), "a" | "an" | "the"));
                let connector = before.is_some_and(|b| matches!(b.text, "of" | "and" | "&"))
                    && start >= 2
                    && self.words[start - 2].is_capitalised()
                    && !self.opens_sentence(start - 2);
                if start == kind_start || article || connector {
                    break;
                }
                let name = self.name_of(start, kind_start);
                let label = format!("{name} {}", self.name_of(kind_start, end));
                let key = name.to_lowercase();
                self.push(start, end, MentionKind::Organization { label, key, category: category_of(kind.head) });
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::mentions::tests::{mentions, org};
    use crate::extract::mentions::MentionKind;
    use crate::model::OrgCategory;

    #[test]
    fn table_of_services_named_before_their_kind() {
        // Sentence -> (mention, label, key, kind of body).
        type Service<'a> = Option<(&'a str, &'a str, &'a str, OrgCategory)>;
        let cases: &[(&str, Service)] = &[
            (
                "Inspectors rated Willowbank care home inadequate.",
                Some(("Willowbank care home", "Willowbank care home", "willowbank", OrgCategory::Health)),
            ),
            (
                "Staff at Rosemary Gardens nursing home were praised.",
                Some(("Rosemary Gardens nursing home", "Rosemary Gardens nursing home", "rosemary gardens", OrgCategory::Health)),
            ),
            ("Little Stars nursery was rated good.", Some(("Little Stars nursery", "Little Stars nursery", "little stars", OrgCategory::Other))),
            // The longer kind is read whole.
            (
                "Little Stars day nursery was rated good.",
                Some(("Little Stars day nursery", "Little Stars day nursery", "little stars", OrgCategory::Other)),
            ),
            ("Patients of Castle Street surgery waited.", Some(("Castle Street surgery", "Castle Street surgery", "castle street", OrgCategory::Health))),
            // A place before the kind, after an article, or the end of a longer name.
            ("A Leeds nursery was rated inadequate.", None),
            ("Inspectors visited the Pennard care home in May.", None),
            ("It is a Church of England nursery.", None),
            // An owner's possessive: the service is not named.
            ("Eastvale Council’s care home closed.", None),
            ("Pennard’s only care home closed.", None),
            ("Pennard’s care home closed.", None),
            // A comma between the name and the kind.
            ("In Pennard, care home staff were praised.", None),
            ("The charity offers Macmillan care, home visits and advice.", None),
            // A plural is the kind of many services, none of them named.
            ("Three Eastvale care homes closed.", None),
            // A kind not in the list.
            ("Pupils at Eastvale school did well.", None),
        ];
        for (text, want) in cases {
            // Other passes' bodies end in a capitalised head; these end in their kind.
            let got = mentions(text).into_iter().find(|(_, k)| {
                matches!(k, MentionKind::Organization { label, .. } if label.rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_lowercase)))
            });
            let want = want.clone().map(|(span, label, key, category)| (span.to_string(), org(label, key, category)));
            assert_eq!(got, want, "{text}");
        }
    }
}
