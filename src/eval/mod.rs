//! Scoring a graph against hand-made gold annotations (the format of
//! `shared/eval/GOLD_FORMAT.md`), with the same rules and figures as `score.py`.

mod gold;
mod normalise;
mod quotes;
mod relations;
mod view;

pub use gold::{Gold, GoldArticle, GoldEntities};
pub use quotes::{score_quotes, QuoteScore};
pub use relations::{InspectionScore, Prf};
pub use view::GraphView;

use std::fmt::Write as _;

/// Precision, recall and F1 from counts; 0 where undefined, as `score.py` does.
pub fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    let p = ratio(tp, tp + fp);
    let r = ratio(tp, tp + fn_);
    let f = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f)
}

/// Every score of one evaluation, with the errors behind them.
#[derive(Debug, Clone)]
pub struct Report {
    /// Quote attribution.
    pub quotes: QuoteScore,
    /// Person -> party pairs.
    pub memberships: Prf,
    /// Recall of roles.
    pub roles: f64,
    /// Rated inspections.
    pub inspections: InspectionScore,
    /// Critic -> target pairs.
    pub criticisms: Prf,
    /// The Labour / inadequate query, when the gold has queries.json.
    pub query_labour_inadequate: Option<Prf>,
    /// One line for each miss or wrong answer.
    pub errors: Vec<String>,
}

/// Scores the graph JSON `graph` against `gold`.
pub fn evaluate(graph: &serde_json::Value, gold: &Gold) -> Report {
    let view = GraphView::new(graph);
    let mut errors = Vec::new();
    let ents = &gold.entities;
    let quotes = score_quotes(ents, &view, &gold.articles, &mut errors);
    let memberships = relations::score_memberships(ents, &view, &gold.articles, &mut errors);
    let roles = relations::score_roles(ents, &view, &gold.articles, &mut errors);
    let inspections = relations::score_inspections(ents, &view, &gold.articles, &mut errors);
    let criticisms = relations::score_criticisms(ents, &view, &gold.articles, &mut errors);
    let query_labour_inadequate = relations::score_labour_inadequate(ents, &view, &gold.queries, &mut errors);
    Report { quotes, memberships, roles, inspections, criticisms, query_labour_inadequate, errors }
}

fn prf_line(out: &mut String, area: &str, p: &Prf) {
    let _ = writeln!(out, "{area:26} precision={:.2}  recall={:.2}  f1={:.2}", p.precision, p.recall, p.f1);
}

fn prf_json(p: &Prf) -> serde_json::Value {
    serde_json::json!({"precision": p.precision, "recall": p.recall, "f1": p.f1})
}

impl Report {
    /// The report as `score.py` prints it: errors (when asked), a line an area, the headline.
    pub fn render(&self, show_errors: bool) -> String {
        let mut out = String::new();
        if show_errors {
            for e in &self.errors {
                let _ = writeln!(out, "  {e}");
            }
        }
        let q = &self.quotes;
        let _ = writeln!(
            out,
            "{:26} precision={:.2}  recall={:.2}  f1={:.2}  detected={:.2}  snippets={}",
            "quotes", q.precision, q.recall, q.f1, q.detected, q.snippets
        );
        prf_line(&mut out, "memberships", &self.memberships);
        let _ = writeln!(out, "{:26} recall={:.2}", "roles", self.roles);
        let i = &self.inspections;
        let _ = writeln!(
            out,
            "{:26} precision={:.2}  recall={:.2}  f1={:.2}  duplicates={}",
            "inspections", i.prf.precision, i.prf.recall, i.prf.f1, i.duplicates
        );
        prf_line(&mut out, "criticisms", &self.criticisms);
        if let Some(query) = &self.query_labour_inadequate {
            prf_line(&mut out, "query_labour_inadequate", query);
        }
        let _ = writeln!(out, "quote attribution F1 {:.3}", q.f1);
        out
    }

    /// The scores as one JSON object.
    pub fn to_json(&self) -> serde_json::Value {
        let q = &self.quotes;
        let i = &self.inspections;
        let mut scores = serde_json::json!({
            "quotes": {"precision": q.precision, "recall": q.recall, "f1": q.f1, "detected": q.detected, "snippets": q.snippets},
            "memberships": prf_json(&self.memberships),
            "roles": {"recall": self.roles},
            "inspections": {"precision": i.prf.precision, "recall": i.prf.recall, "f1": i.prf.f1, "duplicates": i.duplicates},
            "criticisms": prf_json(&self.criticisms),
        });
        if let Some(query) = &self.query_labour_inadequate {
            scores["query_labour_inadequate"] = prf_json(query);
        }
        scores
    }
}
