//! Bodies named by a capitalised word or two that an apposition after them describes as a
//! body: "Napo, the probation officers’ union, said", "Shelter, the housing charity,".

use crate::lexicon::WordClass;
use crate::model::OrgCategory;

use super::{Finder, MentionKind, MAX_ORG_WORDS};

/// Most lower-case words between the apposition's article and its noun of body kind ("the
/// probation officers’ union").
const MAX_DESCRIPTION_WORDS: usize = 4;

impl Finder<'_, '_> {
    /// A run of capitalised words no earlier pass read, then a comma and an apposition
    /// that opens with "the" or "a" and ends, before another comma, with a lower-case noun
    /// of body kind, is that body's name. The run stands at a sentence's start or after a
    /// lower-case word: after a capitalised one it may be an opening phrase's place ("In
    /// Leeds, the local union, ...").
    pub(super) fn described_by_apposition(&mut self) {
        for n in 2..self.words.len() {
            let noun = &self.words[n];
            if noun.is_capitalised() || !noun.may_be(WordClass::ORG_NOUN) || !self.lex.org_nouns.contains(&noun.lower()) {
                continue;
            }
            if self.gap_after(n).is_none_or(|(_, g)| g.trim() != ",") {
                continue;
            }
            let lower = |k: usize| !self.words[k].is_capitalised() && (self.joined(k) || self.plural_possessive(k));
            let mut article = n;
            while article > 0 && n - article <= MAX_DESCRIPTION_WORDS && lower(article - 1) && !matches!(self.words[article - 1].text, "the" | "a") {
                article -= 1;
            }
            let Some(name_end) = article.checked_sub(1).filter(|&a| matches!(self.words[a].text, "the" | "a")) else { continue };
            if name_end == 0 || self.gap_after(name_end - 1).is_none_or(|(_, g)| g.trim() != ",") {
                continue;
            }
            let mut start = name_end;
            while start > 0 && name_end - start < MAX_ORG_WORDS && self.org_word(start - 1) && (start == name_end || self.joined(start - 1)) {
                start -= 1;
            }
            let after_other_word = start > 0 && !self.words[start - 1].is_capitalised();
            if start < name_end && (self.opens_sentence(start) || after_other_word) {
                let label = self.name_of(start, name_end);
                let key = label.to_lowercase();
                self.push(start, name_end, MentionKind::Organization { label, key, category: OrgCategory::Other });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::mentions::tests::{mentions, org};
    use crate::model::OrgCategory;

    #[test]
    fn table_of_bodies_described_by_an_apposition() {
        let body = |name: &str| (name.to_string(), org(name, &name.to_lowercase(), OrgCategory::Other));
        let cases: &[(&str, &[(String, _)])] = &[
            ("Napo, the probation officers’ union, said its members were exhausted.", &[body("Napo")]),
            ("Staff at the depot have backed Unite Cymru, the transport union, in the dispute.", &[body("Unite Cymru")]),
            ("Rents rose in Dunmore. Shelter, a housing charity, warned of more evictions.", &[body("Shelter")]),
            ("Talks with Napo, the probation officers’ union, broke down.", &[body("Napo")]),
            // Without the comma the words before "the" need not be a name.
            ("Pupils gave Kim the charity, not the school, their coins.", &[]),
            // A place before the comma, an apposition that goes on, or no comma after it.
            ("In Dunmore, the local union, said to be split, met again.", &[]),
            ("Dunmore, the town the union chose, was quiet.", &[]),
            ("Dunmore, the union said, would be next.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(mentions(text), *want, "{text}");
        }
    }
}
