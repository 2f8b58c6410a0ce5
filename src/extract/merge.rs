//! Cross-document merging of inspections. Each article tells of inspections in its own
//! words ("the July inspection", "a formal inspection in the summer of 2023", "four years
//! after a ‘Good’ rating"); sightings of one inspection become one node. Dated sightings
//! anchor first; an undated one joins only the single inspection it fits; a relative date
//! is resolved against the article's reported inspection once that is dated.

use crate::model::{Edge, EdgeKind, Evidence, InspectionData, InspectionKind, Judgement, Node, NodeData, NodeKind, PartialDate, QuoteGraph, Rating};

use petgraph::stable_graph::NodeIndex;
use rustc_hash::FxHashMap as HashMap;

use super::entities::slug;
use super::inspections::InspectionEvent;

/// A node of the graph, as (id, label).
pub type NodeRef = (String, String);

/// One article's telling of one inspection.
#[derive(Debug, Clone)]
pub struct Sighting {
    /// The inspectorate.
    pub inspector: Option<NodeRef>,
    /// The body inspected.
    pub subject: Option<NodeRef>,
    /// The inspection as the article tells it (grade, date, kind, judgements).
    pub event: InspectionEvent,
    /// Index, in its article's sightings, of the inspection the article reports.
    pub article_current: Option<usize>,
    /// Whether its grade criticises the body graded (see [`grade_criticises`]).
    pub criticises: bool,
    /// The sentence that tells of it.
    pub evidence: Evidence,
    /// Statements about it, with their evidence.
    pub about: Vec<(String, Evidence)>,
    /// Findings of it, with their evidence.
    pub findings: Vec<(String, Evidence)>,
}

struct Cluster {
    members: Vec<usize>,
    rating: Option<Rating>,
    date: PartialDate,
    kind: InspectionKind,
}

impl Cluster {
    /// Could `s` be this inspection? Only inspections of the same bodies are asked. Same
    /// kind, no clash of grade or date, and an ungraded sighting only by an equal known year.
    fn fits(&self, s: &Sighting) -> bool {
        let ratings_agree = self.rating.is_none() || s.event.rating.is_none() || self.rating == s.event.rating;
        let ungraded = self.rating.is_none() || s.event.rating.is_none();
        self.kind == s.event.kind
            && ratings_agree
            && self.date.compatible(&s.event.date)
            && (!ungraded || (self.date.year.is_some() && s.event.date.year.is_some()))
    }

    /// False when no sighting can fit it ([`Cluster::fits`] asks an ungraded inspection
    /// for a year).
    fn can_be_joined(&self) -> bool {
        self.rating.is_some() || self.date.year.is_some()
    }

    fn join(&mut self, i: usize, s: &Sighting) {
        self.members.push(i);
        self.rating = self.rating.or(s.event.rating);
        self.date = self.date.union(&s.event.date);
    }
}

/// Merges the sightings of all articles (one list an article) and adds the inspections
/// with their `conducted`, `rated`, `criticised`, `about` and `found` edges.
pub fn add_inspections(graph: &mut QuoteGraph, per_article: Vec<Vec<Sighting>>) {
    let mut sightings: Vec<Sighting> = Vec::new();
    let mut current: Vec<Option<usize>> = Vec::new();
    for list in per_article {
        let offset = sightings.len();
        for s in list {
            current.push(s.article_current.map(|c| c + offset));
            sightings.push(s);
        }
    }
    let mut clusters = Clusters::default();
    let mut cluster_of: Vec<Option<usize>> = vec![None; sightings.len()];
    let (relative, direct): (Vec<usize>, Vec<usize>) = (0..sightings.len()).partition(|&i| sightings[i].event.years_before_current.is_some());
    let (dated, undated): (Vec<usize>, Vec<usize>) = direct.into_iter().partition(|&i| sightings[i].event.date.year.is_some());
    for i in dated.into_iter().chain(undated) {
        cluster_of[i] = Some(clusters.assign(i, &sightings[i]));
    }
    for i in relative {
        let anchor = current[i].and_then(|c| cluster_of[c]).and_then(|c| clusters.all[c].date.year);
        if let (Some(year), Some(n)) = (anchor, sightings[i].event.years_before_current) {
            sightings[i].event.date.year = Some(year - n);
        }
        cluster_of[i] = Some(clusters.assign(i, &sightings[i]));
    }
    for c in &clusters.all {
        add_cluster(graph, c, &sightings);
    }
}

type Key = (Option<String>, Option<String>);

fn key_of(s: &Sighting) -> Key {
    (s.inspector.as_ref().map(|n| n.0.clone()), s.subject.as_ref().map(|n| n.0.clone()))
}

/// Inspections so far, indexed by (inspector, subject) so that a sighting is compared only
/// with inspections of the same bodies.
#[derive(Default)]
struct Clusters {
    all: Vec<Cluster>,
    by_key: HashMap<Key, Vec<usize>>,
}

impl Clusters {
    /// Joins sighting `i` to the one inspection it fits, or starts a new one.
    fn assign(&mut self, i: usize, s: &Sighting) -> usize {
        let key = key_of(s);
        let same_bodies = self.by_key.get(&key).map_or(&[][..], Vec::as_slice);
        let fitting: Vec<usize> = same_bodies.iter().copied().filter(|&c| self.all[c].fits(s)).collect();
        if let [only] = fitting.as_slice() {
            self.all[*only].join(i, s);
            return *only;
        }
        let cluster = Cluster { members: vec![i], rating: s.event.rating, date: s.event.date, kind: s.event.kind };
        // An inspection with neither grade nor year fits no sighting, so it is not indexed:
        // an archive telling of many such would otherwise have each compared with them all.
        if cluster.can_be_joined() {
            self.by_key.entry(key).or_default().push(self.all.len());
        }
        self.all.push(cluster);
        self.all.len() - 1
    }
}

fn add_cluster(graph: &mut QuoteGraph, c: &Cluster, sightings: &[Sighting]) {
    let first = &sightings[c.members[0]];
    let mut judgements: Vec<Judgement> = c.members.iter().flat_map(|&m| sightings[m].event.judgements.clone()).collect();
    judgements.sort();
    judgements.dedup();
    // Labels as merged across articles ("Northshire County Council", not one article's "Northshire Council").
    let label_of = |n: &Option<NodeRef>, default: &str| {
        n.as_ref().map_or(default.to_string(), |(id, label)| graph.node(id).map_or(label.clone(), |node| node.label.clone()))
    };
    let subject_label = label_of(&first.subject, "an unnamed body");
    let inspector_label = label_of(&first.inspector, "");
    let label = format!(
        "{inspector_label} {} of {subject_label}, {}{}",
        c.kind.as_str().replace('_', " "),
        c.date,
        c.rating.map(|r| format!(" ({})", r.as_str().replace('_', " "))).unwrap_or_default()
    );
    let subject = first.subject.as_ref().map_or_else(|| "unknown".to_string(), |n| slug(&n.0));
    let mut start = itoa::Buffer::new();
    let start = start.format(first.evidence.span.start);
    let mut id = [NodeKind::Inspection.id_prefix(), ":", &subject, ":", &first.evidence.document, "#", start].concat();
    // One sentence may tell of two inspections ("rated requires improvement in 2017 and
    // good in 2021"): the second takes a number, not the first's node.
    if graph.index_of(&id).is_some() {
        id = (2..).map(|n| format!("{id}-{n}")).find(|candidate| graph.index_of(candidate).is_none()).unwrap_or(id);
    }
    let data = InspectionData { rating: c.rating, date: c.date, kind: c.kind, judgements };
    let inspection = graph.upsert(Node { id, label: label.trim().to_string(), data: NodeData::Inspection(data) });
    let mut critical_evidence = None;
    for &m in &c.members {
        let s = &sightings[m];
        let edge = |kind| Edge { kind, evidence: s.evidence.clone() };
        if let Some(inspector) = &s.inspector {
            let ix = org_index(graph, inspector);
            graph.add_edge(ix, inspection, edge(EdgeKind::Conducted));
        }
        if let Some(subject) = &s.subject {
            let ix = org_index(graph, subject);
            graph.add_edge(inspection, ix, edge(EdgeKind::Rated));
        }
        if critical_evidence.is_none() && s.criticises {
            critical_evidence = Some(s.evidence.clone());
        }
        for (statement, evidence) in &s.about {
            if let Some(ix) = graph.index_of(statement) {
                graph.add_edge(ix, inspection, Edge { kind: EdgeKind::About, evidence: evidence.clone() });
            }
        }
        for (finding, evidence) in &s.findings {
            if let Some(ix) = graph.index_of(finding) {
                graph.add_edge(inspection, ix, Edge { kind: EdgeKind::Found, evidence: evidence.clone() });
            }
        }
    }
    if let (Some(evidence), Some(inspector), Some(subject)) = (critical_evidence, &first.inspector, &first.subject) {
        let (a, b) = (org_index(graph, inspector), org_index(graph, subject));
        graph.add_edge(a, b, Edge { kind: EdgeKind::Criticised, evidence });
    }
}

/// True when an inspection's grade criticises the body graded: a low grade does, unless
/// the article reports a later grade, which then speaks for the body ("graded outstanding,
/// ... rated requires improvement in 2017" is no criticism). An earlier low grade recalled
/// beside an ungraded visit still does. With no overall grade, a low grade for a part
/// criticises the body ("rated its emergency department inadequate").
pub fn grade_criticises(event: &InspectionEvent, reported: Option<&InspectionEvent>) -> bool {
    let superseded = event.historical && reported.is_some_and(|r| r.rating.is_some());
    let low = match event.rating {
        Some(rating) => rating.is_low(),
        None => event.judgements.iter().any(|j| j.rating.is_low()),
    };
    low && !superseded
}

/// The index of an organisation's node, made from its id and label only if it is missing
/// (the articles placed it already).
fn org_index(graph: &mut QuoteGraph, node: &NodeRef) -> NodeIndex {
    match graph.index_of(&node.0) {
        Some(ix) => ix,
        None => graph.upsert(Node {
            id: node.0.clone(),
            label: node.1.clone(),
            data: NodeData::Organization(crate::model::OrgCategory::Other),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Article;
    use crate::extract::Extractor;
    use crate::model::Span;

    /// A full inspection of one council by one inspectorate, as one article tells it.
    fn sighting(rating: Option<Rating>, year: Option<i32>) -> Sighting {
        let event = InspectionEvent {
            rating,
            date: PartialDate { year, ..Default::default() },
            kind: InspectionKind::Full,
            historical: false,
            years_before_current: None,
            judgements: Vec::new(),
            subject: None,
            sentence: 0,
        };
        let evidence = Evidence::new("a.txt", Span::new(0, 1), Span::new(0, 1), "x");
        let body = |id: &str| Some((id.to_string(), id.to_string()));
        let criticises = grade_criticises(&event, None);
        Sighting { inspector: body("org:cqc"), subject: body("org:eastmoor-council"), event, article_current: None, criticises, evidence, about: Vec::new(), findings: Vec::new() }
    }

    #[test]
    fn an_inspection_with_neither_grade_nor_year_fits_no_sighting_and_is_not_indexed() {
        let kinds = [(None, None), (Some(Rating::Good), None), (None, Some(2023)), (Some(Rating::Inadequate), Some(2023))];
        for (rating, year) in kinds {
            let mut clusters = Clusters::default();
            let c = clusters.assign(0, &sighting(rating, year));
            let indexed = clusters.by_key.values().map(Vec::len).sum::<usize>() == 1;
            assert_eq!(indexed, rating.is_some() || year.is_some(), "{rating:?} {year:?}");
            if !indexed {
                assert!(kinds.iter().all(|&(r, y)| !clusters.all[c].fits(&sighting(r, y))), "an unindexed inspection must fit nothing");
            }
        }
    }

    #[test]
    fn many_sightings_with_neither_grade_nor_year_stay_apart_and_leave_the_index_alone() {
        let mut clusters = Clusters::default();
        clusters.assign(0, &sighting(Some(Rating::Good), Some(2022)));
        for i in 1..=1000 {
            assert_eq!(clusters.assign(i, &sighting(None, None)), i);
        }
        assert_eq!(clusters.by_key.values().map(Vec::len).sum::<usize>(), 1);
        assert_eq!(clusters.assign(1001, &sighting(Some(Rating::Good), Some(2022))), 0, "joins the graded inspection");
    }

    fn inspections(graph: &QuoteGraph) -> Vec<(Option<&'static str>, Option<String>)> {
        graph
            .nodes()
            .filter_map(|n| match &n.data {
                NodeData::Inspection(i) => Some((i.rating.map(|r| r.as_str()), i.date.iso())),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn sightings_of_one_inspection_in_three_articles_are_one_node() {
        let articles = [
            Article::new("a.txt", "Westvale Borough Council’s children’s services were rated inadequate by Ofsted after an inspection from 4 to 15 March."),
            Article::new("b.txt", "Westvale Borough Council was judged inadequate by Ofsted at a formal inspection in the spring of 2024."),
            Article::new("c.txt", "Three years after Westvale Borough Council received a ‘Good’ rating from Ofsted, the latest inspection shows its services to be ‘inadequate’."),
        ];
        let graph = Extractor::new().unwrap().build(&articles);
        let mut got = inspections(&graph);
        got.sort();
        assert_eq!(got, [(Some("good"), Some("2021".to_string())), (Some("inadequate"), Some("2024-03-04".to_string()))]);
    }

    #[test]
    fn undated_sightings_that_fit_two_inspections_stay_apart() {
        let articles = [
            Article::new("a.txt", "Eastmoor Council was rated inadequate by Ofsted in 2016."),
            Article::new("b.txt", "Eastmoor Council was rated inadequate by Ofsted in 2023."),
            Article::new("c.txt", "Eastmoor Council has been rated inadequate by Ofsted."),
        ];
        let graph = Extractor::new().unwrap().build(&articles);
        assert_eq!(inspections(&graph).len(), 3, "the undated one could be either");
    }

    #[test]
    fn two_inspections_told_in_one_sentence_are_two_nodes() {
        let article = Article::new("a.txt", "Eastmoor Primary School has been rated outstanding by Ofsted. It was rated requires improvement in 2017 and good in 2021.");
        let graph = Extractor::new().unwrap().build(&[article]);
        let mut got = inspections(&graph);
        got.sort();
        let want = [(Some("good"), Some("2021".to_string())), (Some("outstanding"), None), (Some("requires_improvement"), Some("2017".to_string()))];
        assert_eq!(got, want);
    }

    #[test]
    fn statements_are_about_the_inspection_their_article_reports() {
        let article = Article::new(
            "a.txt",
            "Northshire County Council was rated inadequate by Ofsted in 2024. It was last inspected in 2019 and rated good.\n\n\
             Cllr Amy Ng said: “We accept the findings.”",
        );
        let graph = Extractor::new().unwrap().build(&[article]);
        let statement = graph.nodes().find(|n| n.kind() == NodeKind::Statement).unwrap();
        let about = graph.targets(&statement.id, EdgeKind::About);
        assert_eq!(about.len(), 1);
        match &about[0].data {
            NodeData::Inspection(i) => assert_eq!(i.date.iso().as_deref(), Some("2024")),
            other => panic!("{other:?}"),
        }
        let critics = graph.sources("org:northshire-council", EdgeKind::Criticised);
        assert_eq!(critics[0].label, "Ofsted");
    }

    #[test]
    fn a_low_grade_criticises_unless_the_article_reports_a_later_grade() {
        let critics = |text: &str| {
            let graph = Extractor::new().unwrap().build(&[Article::new("a.txt", text)]);
            graph.sources("org:hazel-primary", EdgeKind::Criticised).iter().map(|n| n.label.clone()).collect::<Vec<_>>()
        };
        let cases: &[(&str, &[&str])] = &[
            ("Hazel Primary School has been rated inadequate by Ofsted.", &["Ofsted"]),
            ("Hazel Primary School has been rated outstanding by Ofsted. It was last inspected in 2017 and rated requires improvement.", &[]),
            ("Hazel Primary School has been rated good by Ofsted, up from requires improvement in 2019.", &[]),
            ("Ofsted made a monitoring visit to Hazel Primary School in May. It was last inspected in 2017 and rated inadequate.", &["Ofsted"]),
            ("Staff at Hazel Primary School were upset after Ofsted rated its early years provision inadequate.", &["Ofsted"]),
            ("Hazel Primary School has been rated good by Ofsted, though its sixth form was rated requires improvement.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(critics(text), *want, "{text}");
        }
    }
}
