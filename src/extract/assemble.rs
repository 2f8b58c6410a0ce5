//! Stage 7: assembly. Turns an article's entities and statements into graph nodes and
//! evidence-carrying edges; nodes with the same id merge across articles.

use crate::corpus::Article;
use crate::model::{DocumentData, Edge, EdgeKind, Evidence, Node, NodeData, NodeKind, QuoteGraph, StatementData};

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
        let sentence = a.sentences[s.sentence].span;
        let evidence = Evidence { document: article.name.clone(), span: sentence, sentence: a.sentence_text(s.sentence).to_string() };
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
