//! Quote attribution: recall over gold snippets, precision over the graph's direct and
//! partial statements, as the gold format describes.

use std::collections::BTreeMap;

use serde_json::Value;

use super::gold::{GoldArticle, GoldEntities};
use super::normalise::{norm, norm_quoted};
use super::prf;
use super::view::{field, GraphView};

/// Quote attribution figures.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct QuoteScore {
    /// Share of the graph's quotes that hold a gold snippet with the right speaker.
    pub precision: f64,
    /// Share of gold snippets found with the right speaker.
    pub recall: f64,
    /// Their harmonic mean.
    pub f1: f64,
    /// Share of gold snippets found at all, whoever the speaker.
    pub detected: f64,
    /// Gold snippets counted.
    pub snippets: usize,
}

fn basename(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

fn labels(view: &GraphView<'_>, stmt: &Value) -> String {
    let names: Vec<String> = view.inc(field(stmt, "id"), "said").iter().map(|n| format!("'{}'", field(n, "label"))).collect();
    format!("[{}]", names.join(", "))
}

/// True when a speaker of `stmt` is `canonical`, or is a party group of that party.
pub fn speaker_ok(ents: &GoldEntities, view: &GraphView<'_>, stmt: &Value, canonical: &str) -> bool {
    view.inc(field(stmt, "id"), "said").iter().any(|sp| {
        let matches = |n: &Value| ents.resolve(field(n, "type"), field(n, "label")).contains(&canonical);
        matches(sp)
            || (ents.is_party(canonical)
                && field(sp, "type") != "Person"
                && view.out(field(sp, "id"), "member_of").iter().any(|p| matches(p)))
    })
}

/// Scores quote attribution; misses and spurious quotes go to `errors`.
pub fn score_quotes(ents: &GoldEntities, view: &GraphView<'_>, golds: &[GoldArticle], errors: &mut Vec<String>) -> QuoteScore {
    let mut by_doc: BTreeMap<&str, Vec<&Value>> = BTreeMap::new();
    for s in view.of_type("Statement") {
        by_doc.entry(basename(field(s, "document"))).or_default().push(s);
    }
    let (mut tp, mut fp, mut fn_, mut detected, mut total) = (0, 0, 0, 0, 0);
    for gold in golds {
        let doc = gold.document.as_str();
        let stmts = by_doc.get(doc).cloned().unwrap_or_default();
        let texts: Vec<String> = stmts.iter().map(|s| norm(field(s, "text"))).collect();
        for g in gold.statements.iter().filter(|g| !g.optional && g.kind != "indirect") {
            for snip in &g.snippets {
                total += 1;
                let ns = norm(snip);
                let holders: Vec<&Value> = stmts
                    .iter()
                    .zip(&texts)
                    .filter(|(s, t)| t.contains(&ns) && field(s, "kind") != "indirect")
                    .map(|(s, _)| *s)
                    .collect();
                if !holders.is_empty() {
                    detected += 1;
                }
                if holders.iter().any(|s| speaker_ok(ents, view, s, &g.speaker)) {
                    tp += 1;
                } else {
                    fn_ += 1;
                    let who: Vec<String> = holders.iter().map(|s| labels(view, s)).collect();
                    let who = if who.is_empty() { "not found".to_string() } else { who.join(", ") };
                    errors.push(format!("{doc}: missed or misattributed [{}] \"{snip}\" -> {who}", g.speaker));
                }
            }
        }
        let ignore: Vec<String> = gold.ignore_quotes.iter().map(|q| norm_quoted(q)).collect();
        for (s, t) in stmts.iter().zip(&texts) {
            if field(s, "kind") == "indirect" {
                continue;
            }
            let owners: Vec<_> = gold.statements.iter().filter(|g| g.snippets.iter().any(|sn| t.contains(&norm(sn)))).collect();
            if owners.is_empty() {
                if ignore.contains(&norm_quoted(t)) {
                    continue;
                }
                fp += 1;
                let text: String = field(s, "text").chars().take(70).collect();
                errors.push(format!("{doc}: spurious quote {} \"{text}\"", labels(view, s)));
                continue;
            }
            let required: Vec<_> = owners.iter().filter(|g| !g.optional).collect();
            if !required.is_empty() && !required.iter().all(|g| speaker_ok(ents, view, s, &g.speaker)) {
                fp += 1;
            }
        }
    }
    let (precision, recall, f1) = prf(tp, fp, fn_);
    let detected = if total == 0 { 0.0 } else { detected as f64 / total as f64 };
    QuoteScore { precision, recall, f1, detected, snippets: total }
}
