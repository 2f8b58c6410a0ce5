//! Stage 7: assembly. Turns an article's entities and statements into graph nodes and
//! evidence-carrying edges; nodes with the same id merge across articles.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use crate::corpus::Article;
use crate::model::{
    first_words, CharIndex, DocumentData, Edge, EdgeKind, Evidence, FindingData, Fragment, FragmentNode, Node, NodeData, NodeKind,
    OrgCategory, Span, StatementData,
};

use super::analysis::Analysis;
use super::entities::{slug, Entity};
use super::merge::{grade_criticises, Sighting};
use super::ArticleFacts;

/// Words of a statement or finding its label keeps.
const LABEL_WORDS: usize = 8;

/// Adds the article's nodes and edges (document, statements and their speakers, roles,
/// memberships, criticisms, findings) and returns its inspection sightings, which become
/// nodes once every article is read.
pub fn add_article(graph: &mut Fragment, article: &Article, a: &Analysis<'_>, facts: &ArticleFacts) -> Vec<Sighting> {
    graph.add_node(Node {
        id: [NodeKind::Document.id_prefix(), ":", &article.name].concat(),
        label: article.title().to_string(),
        data: NodeData::Document(DocumentData {
            name: article.name.clone(),
            bytes: article.text.len(),
            url: article.meta.url.clone(),
            published: article.meta.published,
            publisher: article.meta.publisher.clone(),
        }),
    });
    let chars = CharIndex::new(a.text);
    let document: Arc<str> = article.name.as_str().into();
    // Edges read from one passage share its evidence.
    let mut passages: FxHashMap<Span, Evidence> = FxHashMap::default();
    let mut evidence = |sentence: usize, focus: Span| {
        let span = evidence_window(a.text, a.sentences[sentence].span, focus);
        passages.entry(span).or_insert_with(|| Evidence::new(document.clone(), span, chars.chars(span), span.slice(a.text))).clone()
    };
    // Each entity's node is made once an article, however many edges it has.
    let mut placed: Vec<Option<FragmentNode>> = vec![None; a.entities.len()];
    let mut entity = |graph: &mut Fragment, e: usize| *placed[e].get_or_insert_with(|| graph.add_node(entity_node(&a.entities[e])));
    let mut about = Vec::new();
    for s in &facts.statements {
        let speaker = entity(graph, s.speaker);
        let id = located_id(NodeKind::Statement, &article.name, s.span);
        let statement = graph.add_node(Node {
            id: id.clone(),
            label: first_words(&s.text, LABEL_WORDS, &[]),
            data: NodeData::Statement(StatementData {
                text: s.text.clone(),
                kind: s.kind,
                document: article.name.clone(),
                span: s.span,
                chars: chars.chars(s.span),
                cue: s.cue.clone(),
            }),
        });
        let ev = evidence(s.sentence, s.span);
        graph.add_edge(speaker, statement, Edge { kind: EdgeKind::Said, evidence: ev.clone() });
        about.push((id, ev));
    }
    for (ix, m) in a.mentions.iter().enumerate() {
        let Some(e) = m.entity else { continue };
        if let Some(OrgCategory::PartyGroup { party }) = &a.entities[e].category {
            let group = entity(graph, e);
            let party = graph.add_node(party_node(party));
            graph.add_edge(group, party, Edge { kind: EdgeKind::MemberOf, evidence: evidence(m.sentence, a.mentions[ix].mention.span) });
        }
    }
    for r in &facts.roles {
        let person = entity(graph, r.person);
        let organization = r.organization.map(|o| a.entities[o].node_id());
        let id = match &organization {
            Some(org) => [NodeKind::Role.id_prefix(), ":", &slug(&r.role), "@", org].concat(),
            None => [NodeKind::Role.id_prefix(), ":", &slug(&r.role)].concat(),
        };
        let role = graph.add_node(Node { id, label: r.role.clone(), data: NodeData::Role { organization } });
        let span = a.sentences[r.sentence].span;
        graph.add_edge(person, role, Edge { kind: EdgeKind::HeldRole, evidence: evidence(r.sentence, span) });
    }
    for m in &facts.memberships {
        let person = entity(graph, m.person);
        let party = graph.add_node(party_node(&m.party));
        let span = a.sentences[m.sentence].span;
        graph.add_edge(person, party, Edge { kind: EdgeKind::MemberOf, evidence: evidence(m.sentence, span) });
    }
    for c in &facts.criticisms {
        let (critic, target) = (entity(graph, c.critic), entity(graph, c.target));
        let span = a.sentences[c.sentence].span;
        graph.add_edge(critic, target, Edge { kind: EdgeKind::Criticised, evidence: evidence(c.sentence, span) });
    }
    let mut findings = Vec::new();
    for f in &facts.findings {
        let id = located_id(NodeKind::Finding, &article.name, f.span);
        let data = FindingData { text: f.text.clone(), polarity: f.polarity, document: article.name.clone(), span: f.span, chars: chars.chars(f.span) };
        graph.add_node(Node { id: id.clone(), label: first_words(&f.text, LABEL_WORDS, &[]), data: NodeData::Finding(data) });
        findings.push((id, evidence(f.sentence, f.span)));
    }
    let inspector = a.main_inspectorate().map(|e| {
        entity(graph, e);
        (a.entities[e].node_id(), a.entities[e].label.clone())
    });
    let reported = facts.inspections.iter().position(|e| !e.historical);
    facts
        .inspections
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let subject = e.subject.map(|s| {
                entity(graph, s);
                (a.entities[s].node_id(), a.entities[s].label.clone())
            });
            let current = Some(i) == reported;
            Sighting {
                criticises: grade_criticises(e, reported.map(|r| &facts.inspections[r])),
                inspector: inspector.clone(),
                subject,
                event: e.clone(),
                article_current: reported,
                evidence: evidence(e.sentence, a.sentences[e.sentence].span),
                about: if current { std::mem::take(&mut about) } else { Vec::new() },
                findings: if current { std::mem::take(&mut findings) } else { Vec::new() },
            }
        })
        .collect()
}

/// The node of a party by canonical name: the same node its entity gives.
fn party_node(canonical: &str) -> Node {
    entity_node(&Entity::party(canonical))
}

fn entity_node(e: &Entity) -> Node {
    let data = match e.kind {
        NodeKind::Person => NodeData::Person,
        NodeKind::Party => NodeData::Party,
        _ => NodeData::Organization(e.category.clone().unwrap_or(OrgCategory::Other)),
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

/// The id of text read from a document ("statement:news.txt#120-188"). Node ids are
/// joined from their parts, not formatted: `format!` cost more than the rest of the node.
fn located_id(kind: NodeKind, document: &str, span: Span) -> String {
    let (mut start, mut end) = (itoa::Buffer::new(), itoa::Buffer::new());
    [kind.id_prefix(), ":", document, "#", start.format(span.start), "-", end.format(span.end)].concat()
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
