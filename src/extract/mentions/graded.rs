//! Bodies known by a bare name, as care homes and nurseries often are ("Oakleigh Grange",
//! "Rose Court"): capitalised words with no word for their kind read as a person's name,
//! unless the sentence grades them ("Oakleigh Grange was rated inadequate"), which no
//! report does to a person.

use crate::extract::grades::{rating_at, RATING_FILLERS};
use crate::extract::grammar::{self, BE_FORMS, PLACE_PREPOSITIONS};
use crate::model::OrgCategory;

use super::{Finder, MentionKind};

/// Most words of an aside between a graded name and its verb (", which is run by Meadow
/// Care Ltd and has 40 beds,").
const ASIDE_REACH: usize = 24;
/// Most asides between a graded name and its verb.
const MAX_ASIDES: usize = 2;
/// Most words of a place after a graded name ("in Upper Thornbury").
const PLACE_REACH: usize = 3;
/// Most auxiliaries and adverbs between a graded name and its verb ("has since been").
const AUXILIARY_REACH: usize = 4;

impl Finder<'_, '_> {
    /// Turns the bare names among mentions `from..` into bodies when a grading verb and a
    /// rating follow them ("Oakleigh Grange, in Thornbury, has been rated inadequate") or
    /// stand around them ("inspectors rated Oakleigh Grange inadequate"). Returns their
    /// names, which name the same body wherever else the article uses them.
    // Rarely run: kept out of line so as not to weigh on the caller's code.
    #[inline(never)]
    pub(super) fn graded_bare_names(&mut self, from: usize) -> Vec<String> {
        let mut graded = Vec::new();
        for ix in from..self.out.len() {
            let m = &self.out[ix];
            let MentionKind::Person { name, .. } = &m.kind else { continue };
            let first = self.words.partition_point(|w| w.span.start < m.span.start);
            let end = self.words.partition_point(|w| w.span.end <= m.span.end);
            if first == end || !(self.graded_after_verb(first, end) || self.graded_before_verb(end)) {
                continue;
            }
            let name = name.clone();
            self.out[ix].kind = MentionKind::Organization { label: name.clone(), key: name.to_lowercase(), category: OrgCategory::Other };
            graded.push(name);
        }
        graded
    }

    /// "rated Oakleigh Grange inadequate": a grading verb right before words `first..end`
    /// and a rating right after them.
    fn graded_after_verb(&self, first: usize, end: usize) -> bool {
        first > 0 && self.lex.grading_verbs.contains(&self.words[first - 1].lower()) && self.rating_from(end)
    }

    /// "Oakleigh Grange in Thornbury, which is run by Meadow Care Ltd, has been rated
    /// inadequate": past a place and an aside, a grading verb and a rating from word `j`.
    fn graded_before_verb(&self, mut j: usize) -> bool {
        let n = self.words.len();
        if j < n && self.joined(j - 1) && grammar::is(PLACE_PREPOSITIONS, self.words[j].text) && self.joined(j) && self.words.get(j + 1).is_some_and(|w| w.is_capitalised()) {
            let place = j + 1;
            j += 2;
            while j < n && j - place < PLACE_REACH && self.joined(j - 1) && self.words[j].is_capitalised() {
                j += 1;
            }
        }
        // Asides one after another (", in Thornbury, which opened in 2019,"): the verb may
        // follow each closing comma.
        for _ in 0..=MAX_ASIDES {
            if self.grading_verb_group_at(j) {
                return true;
            }
            if j >= n || self.gap_before(j).trim() != "," {
                return false;
            }
            let Some(after) = (j + 1..n.min(j + ASIDE_REACH)).find(|&q| self.gap_before(q).contains([',', '.', ';', '!', '?'])) else { return false };
            if self.gap_before(after).trim() != "," {
                return false;
            }
            j = after;
        }
        false
    }

    /// "has since been rated inadequate": auxiliaries and adverbs, a grading verb and a
    /// rating from word `j`.
    fn grading_verb_group_at(&self, j: usize) -> bool {
        let n = self.words.len();
        let auxiliary = |w: &str| grammar::is(BE_FORMS, w) || self.lex.adverbs.contains(w);
        let verb = (j..n.min(j + AUXILIARY_REACH)).find(|&q| !auxiliary(&self.words[q].lower())).unwrap_or(n.min(j + AUXILIARY_REACH));
        verb < n && self.lex.grading_verbs.contains(&self.words[verb].lower()) && self.rating_from(verb + 1)
    }

    /// True when a rating starts at word `j`, or after a filler or two ("as", "to be").
    fn rating_from(&self, j: usize) -> bool {
        let start = (j..self.words.len()).take(3).find(|&q| !grammar::is(RATING_FILLERS, &self.words[q].lower()));
        start.is_some_and(|k| rating_at(self.words, k, self.lex).is_some())
    }

    /// The text between word `j - 1` and word `j`.
    fn gap_before(&self, j: usize) -> &str {
        j.checked_sub(1).and_then(|i| self.gap_after(i)).map_or("", |(_, g)| g)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::analysis::Analysis;
    use crate::lexicon::Lexicon;
    use crate::model::NodeKind;

    /// The kind of entity each mention of `needle` in `text` stands for.
    fn kinds(text: &str, needle: &str) -> Vec<Option<NodeKind>> {
        let lex = Lexicon::load().unwrap();
        let a = Analysis::new(text, &lex);
        text.match_indices(needle)
            .map(|(at, _)| a.mention_starting_at(at).and_then(|ix| a.mentions[ix].entity).map(|e| a.entities[e].kind))
            .collect()
    }

    #[test]
    fn table_of_bare_names_made_bodies_by_a_grade() {
        let body = Some(NodeKind::Organization);
        let person = Some(NodeKind::Person);
        let cases: &[(&str, &str, &[Option<NodeKind>])] = &[
            // The subject of a grading verb, past a place, an aside and auxiliaries.
            ("Ashdown Grange was rated inadequate by the Care Quality Commission.", "Ashdown Grange", &[body]),
            ("Ashdown Grange rated outstanding by inspectors", "Ashdown Grange", &[body]),
            ("Ashdown Grange in Upper Hexley has been rated requires improvement.", "Ashdown Grange", &[body]),
            ("Ashdown Grange, in Hexley, which is run by Meadow Care Ltd, has since been judged to be good.", "Ashdown Grange", &[body]),
            ("Ashdown Grange in Hexley, which is run by Meadow Care Ltd, was rated inadequate.", "Ashdown Grange", &[body]),
            ("Ashdown Grange has been downgraded to inadequate.", "Ashdown Grange", &[body]),
            // The object of one.
            ("Inspectors rated Ashdown Grange inadequate in March.", "Ashdown Grange", &[body]),
            ("The regulator judged Ashdown Grange as good.", "Ashdown Grange", &[body]),
            // The same name in the other paragraphs, before and after.
            ("Ashdown Grange has 40 beds.\n\nAshdown Grange was rated inadequate.\n\nAn Ashdown Grange manager said sorry.", "Ashdown Grange", &[body, body, body]),
            // People: no grading verb, a verb that also judges people, an object before the
            // rating, an honorific, a sentence break in the aside.
            ("Ashdown Grange said the home was rated good.", "Ashdown Grange", &[person]),
            ("Tom Reed was found to be good at his job.", "Tom Reed", &[person]),
            ("Tom Reed rated the plan inadequate.", "Tom Reed", &[person]),
            ("Mr Tom Reed was rated good by his peers.", "Mr Tom Reed", &[person]),
            ("Tom Reed, the manager, spoke. The home was rated good.", "Tom Reed", &[person]),
            ("Tom Reed, the owner, was pleased. Rated good in May, the home grew.", "Tom Reed", &[person]),
            ("Tom Reed told inspectors the home was rated good.", "Tom Reed", &[person]),
        ];
        for (text, needle, want) in cases {
            assert_eq!(kinds(text, needle), *want, "{text}");
        }
    }
}
