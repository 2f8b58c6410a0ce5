//! `statements by X about Y`: statements filtered by speaker, topic, kind and article.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::answer::{cite, Answer, Column, Context, Row, Shown};
use super::question::StatementQuery;
use super::resolve::{ResolveError, Wanted};
use crate::model::{EdgeKind, NodeData};

const COLUMNS: &[Column] = &[
    Column::new("id", "id", Shown::Hidden),
    Column::new("speaker", "speaker", Shown::Full),
    Column::new("party", "party", Shown::Full),
    Column::new("kind", "kind", Shown::Full),
    Column::new("text", "first words", Shown::FirstWords),
    Column::new("document", "article", Shown::Full),
    Column::new("span", "span", Shown::Hidden),
    Column::new("about", "about", Shown::Hidden),
];

/// The statements that pass every filter of `query`, in article order.
pub(crate) fn statements(cx: &Context<'_, '_>, query: &StatementQuery) -> Result<Answer, ResolveError> {
    let speakers = match &query.by {
        Some(name) => Some(cx.resolver.cover(&cx.resolver.resolve(name, Wanted::Actor)?)),
        None => None,
    };
    let topics = query.about.iter().map(|t| cx.topic_nodes(t)).collect::<Result<Vec<BTreeSet<&str>>, _>>()?;
    let mut answer = Answer::new(COLUMNS, "no statements match".into());
    let mut found = Vec::new();
    for node in cx.graph.nodes() {
        let NodeData::Statement(data) = &node.data else { continue };
        if !(query.kinds.is_empty() || query.kinds.contains(&data.kind))
            || query.document.as_ref().is_some_and(|d| !data.document.starts_with(d.as_str()))
        {
            continue;
        }
        let said: Vec<_> = cx
            .graph
            .edges_in(&node.id, EdgeKind::Said)
            .into_iter()
            .filter(|(speaker, _)| speakers.as_ref().is_none_or(|ids| ids.contains(speaker.id.as_str())))
            .collect();
        if said.is_empty() && speakers.is_some() {
            continue;
        }
        let about = cx.graph.edges_out(&node.id, EdgeKind::About);
        let on_topic: Vec<_> = about.iter().filter(|(target, _)| topics.iter().any(|t| t.contains(target.id.as_str()))).collect();
        if !topics.iter().all(|t| about.iter().any(|(target, _)| t.contains(target.id.as_str()))) {
            continue;
        }
        let mut who: Vec<&str> = said.iter().map(|(speaker, _)| speaker.label.as_str()).collect();
        who.dedup();
        let parties: BTreeSet<String> = said.iter().filter_map(|(speaker, _)| cx.party_of(speaker)).collect();
        let subjects: BTreeSet<&str> = about.iter().map(|(target, _)| target.label.as_str()).collect();
        let mut evidence = cite(said.iter().map(|(_, e)| *e));
        evidence.extend(cite(on_topic.iter().map(|(_, e)| *e)));
        let cells = vec![
            json!(node.id),
            if who.is_empty() { Value::Null } else { json!(who.join("; ")) },
            if parties.is_empty() { Value::Null } else { json!(parties.into_iter().collect::<Vec<_>>().join("; ")) },
            json!(data.kind.as_str()),
            json!(data.text),
            json!(data.document),
            json!({ "start": data.span.start, "end": data.span.end }),
            json!(subjects.into_iter().collect::<Vec<_>>()),
        ];
        found.push(((data.document.clone(), data.span.start), Row { cells, evidence }));
    }
    answer.set_rows(found);
    let silent = |ids: &BTreeSet<&str>| ids.iter().all(|id| cx.graph.edges_out(id, EdgeKind::Said).is_empty());
    if let (true, Some(by), Some(ids)) = (answer.rows.is_empty(), &query.by, &speakers) {
        if silent(ids) {
            answer.notes.push(format!("{} made no statement at all in the graph", by.text));
        }
    }
    Ok(answer)
}
