//! Relation scores as `score.py` computes them: memberships and criticisms (pairs of
//! canonical entities), roles (recall of keyword sets), rated inspections (with
//! duplicates), and the "statements by Labour about inadequate ratings" query.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::gold::{GoldArticle, GoldEntities, GoldQuery};
use super::normalise::norm;
use super::prf;
use super::quotes::speaker_ok;
use super::view::{field, GraphView};

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

impl Prf {
    fn of(tp: usize, fp: usize, fn_: usize) -> Prf {
        let (precision, recall, f1) = prf(tp, fp, fn_);
        Prf { precision, recall, f1 }
    }
}

/// Python's repr of a string, as score.py prints it in its error lines.
pub fn py_str(s: &str) -> String {
    if s.contains('\'') && !s.contains('"') {
        format!("\"{s}\"")
    } else {
        format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}

fn py_pair(a: &str, b: &str) -> String {
    format!("({}, {})", py_str(a), py_str(b))
}

/// The canonical names a node stands for, or its own label when it stands for none.
fn names_of(ents: &GoldEntities, node: &Value) -> Vec<String> {
    let hits = ents.resolve(field(node, "type"), field(node, "label"));
    if hits.is_empty() { vec![field(node, "label").to_string()] } else { hits.into_iter().map(str::to_string).collect() }
}

/// Scores found pairs against gold pairs; optional gold pairs neither count for nor against.
fn score_pairs(found: BTreeSet<(String, String)>, gold: &BTreeSet<(String, String)>, optional: &BTreeSet<(String, String)>, what: &str, errors: &mut Vec<String>) -> Prf {
    let found: BTreeSet<(String, String)> = found.into_iter().filter(|p| gold.contains(p) || !optional.contains(p)).collect();
    for (a, b) in gold.difference(&found) {
        errors.push(format!("{what} missed: {}", py_pair(a, b)));
    }
    for (a, b) in found.difference(gold) {
        errors.push(format!("{what} wrong: {}", py_pair(a, b)));
    }
    let tp = found.intersection(gold).count();
    Prf::of(tp, found.difference(gold).count(), gold.difference(&found).count())
}

/// Person -> party pairs.
pub fn score_memberships(ents: &GoldEntities, view: &GraphView<'_>, golds: &[GoldArticle], errors: &mut Vec<String>) -> Prf {
    let pairs = |optional: bool| -> BTreeSet<(String, String)> {
        golds.iter().flat_map(|g| &g.memberships).filter(|m| m.optional == optional).map(|m| (m.person.clone(), m.party.clone())).collect()
    };
    let mut found = BTreeSet::new();
    for person in view.of_type("Person") {
        for party in view.out(field(person, "id"), "member_of") {
            for pc in names_of(ents, person) {
                for qc in names_of(ents, party) {
                    found.insert((pc.clone(), qc));
                }
            }
        }
    }
    score_pairs(found, &pairs(false), &pairs(true), "membership", errors)
}

/// Critic -> target pairs.
pub fn score_criticisms(ents: &GoldEntities, view: &GraphView<'_>, golds: &[GoldArticle], errors: &mut Vec<String>) -> Prf {
    let pairs = |optional: bool| -> BTreeSet<(String, String)> {
        golds.iter().flat_map(|g| &g.criticisms).filter(|c| c.optional == optional).map(|c| (c.critic.clone(), c.target.clone())).collect()
    };
    let mut found = BTreeSet::new();
    for (a, b) in view.edges_of("criticised") {
        for ac in names_of(ents, a) {
            for bc in names_of(ents, b) {
                found.insert((ac.clone(), bc));
            }
        }
    }
    score_pairs(found, &pairs(false), &pairs(true), "criticism", errors)
}

/// Recall of gold roles: a held role of the person whose label holds every keyword.
pub fn score_roles(ents: &GoldEntities, view: &GraphView<'_>, golds: &[GoldArticle], errors: &mut Vec<String>) -> f64 {
    let gold: BTreeSet<(String, Vec<String>)> = golds.iter().flat_map(|g| &g.roles).map(|r| (r.person.clone(), r.role.clone())).collect();
    let mut hit = 0;
    for (person, keys) in &gold {
        let labels: Vec<String> = view
            .of_type("Person")
            .into_iter()
            .filter(|p| ents.matches(field(p, "type"), field(p, "label"), person))
            .flat_map(|p| view.out(field(p, "id"), "held_role"))
            .map(|role| norm(field(role, "label")))
            .collect();
        if labels.iter().any(|label| keys.iter().all(|k| label.contains(k.as_str()))) {
            hit += 1;
        } else {
            let keys: Vec<String> = keys.iter().map(|k| py_str(k)).collect();
            let has: Vec<String> = labels.iter().map(|l| py_str(l)).collect();
            errors.push(format!("role missed: {person} [{}] (has [{}])", keys.join(", "), has.join(", ")));
        }
    }
    if gold.is_empty() { 0.0 } else { hit as f64 / gold.len() as f64 }
}

/// Rated inspection figures.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct InspectionScore {
    /// Precision, recall, F1.
    pub prf: Prf,
    /// Second nodes for one inspection.
    pub duplicates: usize,
}

type YearRating = (Option<i64>, String);

fn show(yr: &YearRating) -> String {
    format!("({}, {})", yr.0.map_or("None".to_string(), |y| y.to_string()), py_str(&yr.1))
}

/// Distinct (year, rating) pairs of rated inspections for each (inspector, subject).
pub fn score_inspections(ents: &GoldEntities, view: &GraphView<'_>, golds: &[GoldArticle], errors: &mut Vec<String>) -> InspectionScore {
    let mut gold: BTreeMap<(String, String), Vec<YearRating>> = BTreeMap::new();
    for i in golds.iter().flat_map(|g| &g.inspections) {
        let Some(rating) = i.rating.clone().filter(|_| !i.optional) else { continue };
        let wanted = gold.entry((i.inspector.clone(), i.subject.clone())).or_default();
        let year = if i.year_optional { None } else { i.year };
        if year.is_none() && wanted.iter().any(|(_, r)| *r == rating) {
            continue;
        }
        if year.is_some() {
            wanted.retain(|w| *w != (None, rating.clone()));
        }
        if !wanted.contains(&(year, rating.clone())) {
            wanted.push((year, rating));
        }
    }
    let (mut tp, mut fp, mut fn_, mut dup) = (0, 0, 0, 0);
    for ((inspector, subject), wanted) in &gold {
        let mut matched: Vec<YearRating> = Vec::new();
        for got in inspection_tuples(ents, view, inspector, subject) {
            let any_year = (None, got.1.clone());
            let target = if wanted.contains(&got) { Some(got.clone()) } else if wanted.contains(&any_year) { Some(any_year) } else { None };
            let key = py_pair(inspector, subject);
            match target {
                None => {
                    fp += 1;
                    errors.push(format!("inspection wrong: {key} {}", show(&got)));
                }
                Some(t) if matched.contains(&t) => {
                    fp += 1;
                    dup += 1;
                    errors.push(format!("inspection duplicated: {key} {}", show(&got)));
                }
                Some(t) => {
                    tp += 1;
                    matched.push(t);
                }
            }
        }
        let mut missed: Vec<&YearRating> = wanted.iter().filter(|w| !matched.contains(w)).collect();
        missed.sort_by_key(|w| show(w));
        for miss in missed {
            fn_ += 1;
            errors.push(format!("inspection missed: {} {}", py_pair(inspector, subject), show(miss)));
        }
    }
    InspectionScore { prf: Prf::of(tp, fp, fn_), duplicates: dup }
}

fn inspection_tuples(ents: &GoldEntities, view: &GraphView<'_>, inspector: &str, subject: &str) -> Vec<YearRating> {
    let mut out = Vec::new();
    for insp in view.of_type("Inspection") {
        let Some(rating) = insp.get("rating").and_then(Value::as_str) else { continue };
        let id = field(insp, "id");
        let is = |n: &&Value, c: &str| ents.matches(field(n, "type"), field(n, "label"), c);
        if !view.out(id, "rated").iter().any(|s| is(s, subject)) {
            continue;
        }
        let inspectors = view.inc(id, "conducted");
        if !inspectors.is_empty() && !inspectors.iter().any(|i| is(i, inspector)) {
            continue;
        }
        let date = field(insp, "date");
        let year = date.get(..4).filter(|y| y.chars().all(|c| c.is_ascii_digit())).and_then(|y| y.parse().ok());
        out.push((year, rating.to_string()));
    }
    out
}

/// "statements by Labour about inadequate ratings", answered from the graph's edges.
pub fn score_labour_inadequate(ents: &GoldEntities, view: &GraphView<'_>, queries: &[GoldQuery], errors: &mut Vec<String>) -> Option<Prf> {
    const QUESTION: &str = "statements by Labour about inadequate ratings";
    let q = queries.iter().find(|q| q.question == QUESTION)?;
    let is_labour = |n: &Value| ents.matches(field(n, "type"), field(n, "label"), "Labour");
    let answers: Vec<&Value> = view
        .of_type("Statement")
        .into_iter()
        .filter(|s| {
            speaker_ok(ents, view, s, "Labour")
                || view.inc(field(s, "id"), "said").iter().any(|sp| view.out(field(sp, "id"), "member_of").iter().any(|p| is_labour(p)))
        })
        .filter(|s| {
            view.out(field(s, "id"), "about").iter().any(|t| field(t, "type") == "Inspection" && t.get("rating").and_then(Value::as_str) == Some("inadequate"))
        })
        .collect();
    let basename = |p: &str| p.rsplit(['/', '\\']).next().unwrap_or(p).to_string();
    let hit = |s: &Value, wanted: &[super::gold::GoldAnswer]| {
        wanted.iter().any(|w| basename(field(s, "document")) == w.document && norm(field(s, "text")).contains(&norm(&w.snippet)))
    };
    let tp = q.answers.iter().filter(|w| answers.iter().any(|s| hit(s, std::slice::from_ref(*w)))).count();
    let fp = answers.iter().filter(|s| !hit(s, &q.answers) && !hit(s, &q.optional)).count();
    for w in &q.answers {
        if !answers.iter().any(|s| hit(s, std::slice::from_ref(w))) {
            errors.push(format!("query '{QUESTION}' missed {}", py_pair(&w.document, &norm(&w.snippet))));
        }
    }
    Some(Prf::of(tp, fp, q.answers.len() - tp))
}
