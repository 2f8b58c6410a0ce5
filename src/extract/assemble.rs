//! Stage 7: assembly. Turns an article's entities and statements into graph nodes and
//! evidence-carrying edges; nodes with the same id merge across articles.

use crate::corpus::Article;
use crate::model::{DocumentData, Edge, EdgeKind, Evidence, Node, NodeData, NodeKind, QuoteGraph, Span, StatementData};

use super::analysis::Analysis;
use super::attribution::Attributed;
use super::entities::Entity;

/// Adds the article's document node, statements, speakers and `said` edges.
pub fn add_article(graph: &mut QuoteGraph, article: &Article, a: &Analysis<'_>, statements: &[Attributed]) {
    graph.upsert(Node {
        id: format!("{}:{}", NodeKind::Document.id_prefix(), article.name),
        label: article.title().to_string(),
        data: NodeData::Document(DocumentData { name: article.name.clone(), bytes: article.text.len() }),
    });
    for s in statements {
        let speaker = graph.upsert(entity_node(&a.entities[s.speaker]));
        let statement = graph.upsert(Node {
            id: format!("{}:{}#{}-{}", NodeKind::Statement.id_prefix(), article.name, s.span.start, s.span.end),
            label: first_words(&s.text),
            data: NodeData::Statement(StatementData {
                text: s.text.clone(),
                kind: s.kind,
                document: article.name.clone(),
                span: s.span,
                cue: s.cue.clone(),
            }),
        });
        let span = evidence_window(a.text, a.sentences[s.sentence].span, s.span);
        let evidence = Evidence { document: article.name.clone(), span, sentence: span.slice(a.text).to_string() };
        graph.add_edge(speaker, statement, Edge { kind: EdgeKind::Said, evidence });
    }
}

fn entity_node(e: &Entity) -> Node {
    let data = match e.kind {
        NodeKind::Person => NodeData::Person,
        NodeKind::Party => NodeData::Party,
        _ => NodeData::Organization(e.category.clone().unwrap_or(crate::model::OrgCategory::Other)),
    };
    Node { id: e.node_id(), label: e.label.clone(), data }
}

/// Longest evidence kept for one edge, in bytes.
const MAX_EVIDENCE: usize = 1000;
/// Bytes of context kept before the statement when a sentence is cut.
const EVIDENCE_CONTEXT: usize = 300;

/// The evidence of an edge: its sentence, or, for a sentence longer than [`MAX_EVIDENCE`]
/// (a page with no full stops), the part of it around the statement, so that evidence
/// stays proportional to what was said and not to the page.
pub fn evidence_window(text: &str, sentence: Span, statement: Span) -> Span {
    if sentence.len() <= MAX_EVIDENCE {
        return sentence;
    }
    let mut start = statement.start.saturating_sub(EVIDENCE_CONTEXT).clamp(sentence.start, sentence.end);
    let mut end = (start + MAX_EVIDENCE).min(sentence.end);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    Span::new(start, end.max(start)).trimmed(text)
}

/// The first few words of a statement, for its label.
fn first_words(text: &str) -> String {
    const LABEL_WORDS: usize = 8;
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= LABEL_WORDS {
        words.join(" ")
    } else {
        format!("{}…", words[..LABEL_WORDS].join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_of_an_endless_sentence_is_a_window_around_the_statement() {
        let text = format!("{}“Quoted words,” said Ann Lee, {}", "é, ".repeat(2000), "and more, ".repeat(500));
        let sentence = Span::new(0, text.len());
        let quote = text.find('“').unwrap();
        let window = evidence_window(&text, sentence, Span::new(quote, quote + 10));
        assert!(window.len() <= MAX_EVIDENCE);
        assert!(window.start <= quote && window.slice(&text).contains("said Ann Lee"));
        let short = Span::new(0, 40);
        assert_eq!(evidence_window(&text, short, Span::new(2, 5)), short);
    }
}
