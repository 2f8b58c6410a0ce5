//! Cross-document merging of people. An article may name someone only by surname ("Cllr
//! Ng"); when exactly one person of that surname is named in full elsewhere in the corpus,
//! and the two articles are about the same place, they are one person. Namesakes in
//! different places stay apart.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::FxHashMap;

use crate::model::{NodeKind, QuoteGraph};

/// Where each person appears: person node id -> ids of the councils their articles are about.
#[derive(Debug, Default)]
pub struct Places {
    // Only looked up, never walked in order: hashed, since person ids share long prefixes
    // that a tree compares at every level, for every person of every article.
    of: FxHashMap<String, BTreeSet<String>>,
}

impl Places {
    /// Records that `person` appears in an article about `council` (None: no council named).
    pub fn record(&mut self, person: String, council: Option<String>) {
        let places = self.of.entry(person).or_default();
        places.extend(council);
    }

    fn share(&self, a: &str, b: &str) -> bool {
        match (self.of.get(a), self.of.get(b)) {
            (Some(x), Some(y)) if !x.is_empty() && !y.is_empty() => !x.is_disjoint(y),
            _ => true,
        }
    }
}

/// Joins each surname-only person to the single full-name person of that surname in the
/// same place.
pub fn merge_surnames(graph: &mut QuoteGraph, places: &Places) {
    // A surname-only person joins a full name only when that is the one candidate, and full
    // names are never joined, so the order people are taken in does not change the result.
    let people: Vec<(String, String)> =
        graph.nodes_unordered().filter(|n| n.kind() == NodeKind::Person).map(|n| (n.id.clone(), n.label.clone())).collect();
    let mut by_surname: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (id, label) in &people {
        if let Some((_, surname)) = label.rsplit_once(' ') {
            by_surname.entry(surname).or_default().push(id);
        }
    }
    for (id, label) in &people {
        if label.contains(' ') {
            continue;
        }
        let candidates: Vec<&&str> = by_surname.get(label.as_str()).map(|v| v.iter().filter(|full| places.share(id, full)).collect()).unwrap_or_default();
        if let [only] = candidates.as_slice() {
            graph.merge_node(id, only);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Article;
    use crate::extract::Extractor;

    #[test]
    fn a_surname_joins_the_full_name_of_the_same_place_only() {
        let ex = Extractor::new().unwrap();
        let articles = [
            Article::new("a.txt", "Northshire County Council met. Councillor Amy Ng said: “We will act.”"),
            Article::new("b.txt", "Northshire County Council met again. Cllr Ng said: “We acted.”"),
            Article::new("c.txt", "Westvale Borough Council met. Cllr Ng said: “Not us.”"),
        ];
        let graph = ex.build(&articles);
        let said = graph.targets("person:amy-ng", crate::model::EdgeKind::Said);
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(graph.node("person:ng-westvale-council").is_some(), "the Westvale Cllr Ng stays apart");
        assert!(graph.node("person:ng-northshire-council").is_none(), "the Northshire Cllr Ng joined Amy Ng");
    }
}
