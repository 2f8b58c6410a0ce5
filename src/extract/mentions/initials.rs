//! Bodies named by their initials alone, where the words beside them say a body is meant:
//! "the GMB union", "The RMT said", "BMA warned".

use crate::lexicon::{VerbClass, WordClass};
use crate::model::OrgCategory;

use super::{Finder, MentionKind};

impl Finder<'_, '_> {
    /// Initials no earlier pass read ("SNP" is a party's, "CQC" an inspectorate's) name a
    /// body after "the" and before a lower-case noun of body kind ("the GMB union", "the
    /// RNLI charity"), or as the subject of a verb of speech after "the" or at a sentence's
    /// start ("The RMT said", "BMA warned"). Initials that are a person's letters or office
    /// ("the MP said") and those in a run of capitals (a shouted headline) name no body.
    pub(super) fn initials(&mut self) {
        for i in 0..self.words.len().saturating_sub(1) {
            let w = &self.words[i];
            if !w.may_be(WordClass::INITIALS) || self.taken[i] || !self.joined(i) {
                continue;
            }
            let shouted = |k: Option<usize>| k.and_then(|k| self.words.get(k)).is_some_and(|n| n.text.len() > 1 && n.text.chars().any(char::is_alphabetic) && !n.text.chars().any(char::is_lowercase));
            if shouted(i.checked_sub(1)) || shouted(Some(i + 1)) || self.lex.post_nominals.contains(w.text) || self.lex.role_nouns.contains(&w.lower()) {
                continue;
            }
            let next = &self.words[i + 1];
            let body_noun = !next.is_capitalised() && next.may_be(WordClass::ORG_NOUN) && self.lex.org_nouns.contains(&next.lower());
            let speaks = next.verb(self.lex) == Some(VerbClass::Speech);
            let after_the = i > 0 && self.words[i - 1].lower() == "the" && self.joined(i - 1);
            if (after_the && (body_noun || speaks)) || (self.opens_sentence(i) && speaks) {
                let label = w.text.to_string();
                let key = label.to_lowercase();
                // "the GMB union said": the noun is part of the mention, so that the verb
                // follows it, and no part of the name.
                let end = if body_noun { i + 2 } else { i + 1 };
                self.push(i, end, MentionKind::Organization { label, key, category: OrgCategory::Other });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::mentions::tests::{mentions, org, person};
    use crate::model::{Gender, OrgCategory};

    #[test]
    fn table_of_bodies_named_by_initials() {
        // (the words of the mention, the body it names)
        let body = |words: &str| {
            let label = words.split(' ').next().unwrap_or_default();
            (words.to_string(), org(label, &label.to_lowercase(), OrgCategory::Other))
        };
        let cases: &[(&str, &[(String, _)])] = &[
            ("In a statement, the GMB union said its members had not been consulted.", &[body("GMB union")]),
            ("The RMT said the strike would go ahead.", &[body("RMT")]),
            ("BMA warned that waiting lists would grow.", &[body("BMA")]),
            ("Talks with the NASUWT union broke down on Friday.", &[body("NASUWT union")]),
            // Beside other words initials name no body: a need, a report, an office.
            ("Support for children with SEND said to be failing.", &[]),
            ("The CCTV footage was shown to the court.", &[]),
            ("The MP said the bypass was late.", &[]),
            ("The CEO said the company would appeal.", &[]),
            ("Ann Lee MP said the bypass was late.", &[("Ann Lee".to_string(), person("Ann Lee", Gender::Unknown))]),
            // A shouted headline is no list of bodies.
            ("THE RMT SAID NO", &[]),
            // A number beside initials is no shouting.
            ("Fares rose in 2024. RMT said strikes would follow.", &[body("RMT")]),
        ];
        for (text, want) in cases {
            assert_eq!(mentions(text), *want, "{text}");
        }
    }
}
