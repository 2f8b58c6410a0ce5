//! The questions about relations: criticisms, ratings, roles, memberships, findings.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};

use super::answer::{articles, cite, label, Answer, Column, Context, Row, Shown};
use super::question::{NamePhrase, Topic};
use super::resolve::{ResolveError, Wanted};
use crate::model::{Edge, EdgeKind, Node, NodeData, NodeKind, Polarity};

const CRITICISMS: &[Column] = &[
    Column::new("critic", "critic", Shown::Full),
    Column::new("party", "party", Shown::Full),
    Column::new("criticised", "criticised", Shown::Full),
    Column::new("articles", "articles", Shown::Full),
];

/// Which end of a criticism the question names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Side {
    /// `who criticised X`: X was criticised.
    Target,
    /// `who did X criticise`: X criticised.
    Critic,
}

/// Criticisms with X at one end, a row per critic and target.
pub(crate) fn criticisms(cx: &Context<'_, '_>, name: &NamePhrase, side: Side) -> Result<Answer, ResolveError> {
    let named = cx.resolver.resolve(name, Wanted::Actor)?;
    let ids = cx.resolver.cover(&named);
    let empty = match side {
        Side::Target => format!("no one in the graph criticised {}", name.text),
        Side::Critic => format!("{} criticised no one in the graph", name.text),
    };
    let mut pairs: BTreeMap<(&str, &str), (&Node, &Node, Vec<&Edge>)> = BTreeMap::new();
    for view in cx.graph.edges().into_iter().filter(|v| v.edge.kind == EdgeKind::Criticised) {
        let named_end = if side == Side::Target { view.target } else { view.source };
        if ids.contains(named_end.id.as_str()) {
            pairs.entry((view.source.id.as_str(), view.target.id.as_str())).or_insert((view.source, view.target, Vec::new())).2.push(view.edge);
        }
    }
    let mut answer = Answer::new(CRITICISMS, empty);
    for (critic, target, edges) in pairs.into_values() {
        let evidence = cite(edges);
        let party = cx.party_of(critic).map(Value::from).unwrap_or(Value::Null);
        answer.rows.push(Row { cells: vec![label(critic), party, label(target), articles(&evidence)], evidence });
    }
    Ok(answer)
}

const RATINGS: &[Column] = &[
    Column::new("date", "date", Shown::Full),
    Column::new("rating", "rating", Shown::Full),
    Column::new("inspector", "inspector", Shown::Full),
    Column::new("kind", "kind", Shown::Full),
    Column::new("parts", "parts judged", Shown::FirstWords),
    Column::new("articles", "articles", Shown::Full),
    Column::new("id", "id", Shown::Hidden),
];

/// The graded inspections of a body, oldest first; undated ones last.
pub(crate) fn ratings(cx: &Context<'_, '_>, subject: &NamePhrase, inspector: Option<&NamePhrase>) -> Result<Answer, ResolveError> {
    let bodies = cx.resolver.cover(&cx.resolver.resolve(subject, Wanted::Organization)?);
    let inspectors = match inspector {
        Some(name) => Some(cx.resolver.cover(&cx.resolver.resolve(name, Wanted::Organization)?)),
        None => None,
    };
    let mut answer = Answer::new(RATINGS, format!("no graded inspections of {} in the graph", subject.text));
    let mut found = Vec::new();
    let mut ungraded = 0;
    for (node, data) in cx.inspections() {
        let rated: Vec<_> = cx.graph.edges_out(&node.id, EdgeKind::Rated).into_iter().filter(|(b, _)| bodies.contains(b.id.as_str())).collect();
        if rated.is_empty() {
            continue;
        }
        let conducted = cx.graph.edges_in(&node.id, EdgeKind::Conducted);
        if !inspectors.as_ref().is_none_or(|ids| conducted.iter().any(|(i, _)| ids.contains(i.id.as_str()))) {
            continue;
        }
        let Some(rating) = data.rating else {
            ungraded += 1;
            continue;
        };
        let mut evidence = cite(rated.iter().map(|(_, e)| *e));
        evidence.extend(cite(conducted.iter().map(|(_, e)| *e)));
        let names: BTreeSet<&str> = conducted.iter().map(|(i, _)| i.label.as_str()).collect();
        let parts: Vec<String> = data.judgements.iter().map(|j| format!("{}: {}", j.part, j.rating.heading().to_lowercase())).collect();
        let cells = vec![
            data.date.iso().map(Value::from).unwrap_or(Value::Null),
            json!(rating.as_str()),
            json!(names.into_iter().collect::<Vec<_>>().join("; ")),
            json!(data.kind.as_str()),
            json!(parts),
            articles(&evidence),
            json!(node.id),
        ];
        found.push(((data.date.year.is_none(), data.date), Row { cells, evidence }));
    }
    answer.set_rows(found);
    if ungraded > 0 {
        answer.notes.push(format!("{ungraded} inspection(s) of {} without an overall grade left out", subject.text));
    }
    Ok(answer)
}

const ROLES: &[Column] = &[
    Column::new("role", "role", Shown::Full),
    Column::new("organization", "organisation", Shown::Full),
    Column::new("articles", "articles", Shown::Full),
];

/// The posts a person held.
pub(crate) fn roles(cx: &Context<'_, '_>, person: &NamePhrase) -> Result<Answer, ResolveError> {
    let named = cx.resolver.resolve(person, Wanted::Person)?;
    let mut answer = Answer::new(ROLES, format!("no roles of {} in the graph", person.text));
    for id in cx.resolver.cover(&named) {
        for (role, edges) in grouped(cx.graph.edges_out(id, EdgeKind::HeldRole)) {
            let body = match &role.data {
                NodeData::Role { organization: Some(org) } => cx.graph.node(org).map(label).unwrap_or(Value::Null),
                _ => Value::Null,
            };
            let evidence = cite(edges);
            answer.rows.push(Row { cells: vec![label(role), body, articles(&evidence)], evidence });
        }
    }
    Ok(answer)
}

const PEOPLE: &[Column] = &[
    Column::new("person", "person", Shown::Full),
    Column::new("as", "as", Shown::Full),
    Column::new("articles", "articles", Shown::Full),
];

/// `members of X` (`roles` false) or `people in X` (`roles` true: members and post holders).
pub(crate) fn people(cx: &Context<'_, '_>, body: &NamePhrase, with_roles: bool) -> Result<Answer, ResolveError> {
    let named = cx.resolver.resolve(body, Wanted::Group)?;
    let groups = cx.resolver.cover(&named);
    let empty = if with_roles { format!("no people in {} in the graph", body.text) } else { format!("no members of {} in the graph", body.text) };
    let mut answer = Answer::new(PEOPLE, empty);
    let mut found: BTreeMap<(&str, String), (&Node, Vec<&Edge>)> = BTreeMap::new();
    for &group in &groups {
        let Some(group_node) = cx.graph.node(group) else { continue };
        let membership = format!("member of {}", group_node.label);
        for (person, edge) in cx.graph.edges_in(group, EdgeKind::MemberOf) {
            found.entry((person.id.as_str(), membership.clone())).or_insert((person, Vec::new())).1.push(edge);
        }
    }
    if with_roles {
        for node in cx.graph.nodes() {
            let NodeData::Role { organization: Some(org) } = &node.data else { continue };
            if groups.contains(org.as_str()) {
                for (person, edge) in cx.graph.edges_in(&node.id, EdgeKind::HeldRole) {
                    found.entry((person.id.as_str(), node.label.clone())).or_insert((person, Vec::new())).1.push(edge);
                }
            }
        }
    }
    for ((_, role), (person, edges)) in found {
        if person.kind() != NodeKind::Person {
            continue;
        }
        let evidence = cite(edges);
        answer.rows.push(Row { cells: vec![label(person), json!(role), articles(&evidence)], evidence });
    }
    Ok(answer)
}

const FINDINGS: &[Column] = &[
    Column::new("polarity", "polarity", Shown::Full),
    Column::new("text", "finding", Shown::FirstWords),
    Column::new("inspection", "inspection", Shown::Full),
    Column::new("document", "article", Shown::Full),
    Column::new("id", "id", Shown::Hidden),
];

/// What inspections found; with a polarity, that polarity and mixed findings.
pub(crate) fn findings(cx: &Context<'_, '_>, of: &Topic, polarity: Option<Polarity>) -> Result<Answer, ResolveError> {
    let inspections = cx.topic_nodes(of)?;
    let mut answer = Answer::new(FINDINGS, "no findings match".into());
    let mut found = Vec::new();
    for &inspection in &inspections {
        let Some(inspection_node) = cx.graph.node(inspection) else { continue };
        for (finding, edges) in grouped(cx.graph.edges_out(inspection, EdgeKind::Found)) {
            let NodeData::Finding(data) = &finding.data else { continue };
            if polarity.is_some_and(|p| data.polarity != p && data.polarity != Polarity::Mixed) {
                continue;
            }
            let cells = vec![json!(data.polarity.as_str()), json!(data.text), label(inspection_node), json!(data.document), json!(finding.id)];
            found.push(((data.document.clone(), data.span.start), Row { cells, evidence: cite(edges) }));
        }
    }
    answer.set_rows(found);
    Ok(answer)
}

/// Edges to the same node together, in node order.
fn grouped<'g>(edges: Vec<(&'g Node, &'g Edge)>) -> Vec<(&'g Node, Vec<&'g Edge>)> {
    let mut out: Vec<(&Node, Vec<&Edge>)> = Vec::new();
    for (node, edge) in edges {
        match out.last_mut() {
            Some((last, list)) if last.id == node.id => list.push(edge),
            _ => out.push((node, vec![edge])),
        }
    }
    out
}
