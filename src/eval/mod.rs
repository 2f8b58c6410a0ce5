//! Scoring a graph against hand-made gold annotations (the format of
//! `shared/eval/GOLD_FORMAT.md`), with the same rules and figures as `score.py`.

mod gold;
mod normalise;
mod quotes;
mod view;

pub use gold::{Gold, GoldArticle, GoldEntities};
pub use quotes::{score_quotes, QuoteScore};
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
    /// One line for each miss or wrong answer.
    pub errors: Vec<String>,
}

/// Scores the graph JSON `graph` against `gold`.
pub fn evaluate(graph: &serde_json::Value, gold: &Gold) -> Report {
    let view = GraphView::new(graph);
    let mut errors = Vec::new();
    let quotes = score_quotes(&gold.entities, &view, &gold.articles, &mut errors);
    Report { quotes, errors }
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
        let _ = writeln!(out, "quote attribution F1 {:.3}", q.f1);
        out
    }

    /// The scores as one JSON object.
    pub fn to_json(&self) -> serde_json::Value {
        let q = &self.quotes;
        serde_json::json!({
            "quotes": {"precision": q.precision, "recall": q.recall, "f1": q.f1, "detected": q.detected, "snippets": q.snippets},
        })
    }
}
