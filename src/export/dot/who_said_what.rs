//! The who-said-what view: speakers in a box per party, what each said (a note with
//! its first words and its article), the inspections they spoke about coloured by
//! grade, and criticism as red dashed arrows.

use std::collections::{BTreeMap, BTreeSet};

use graphviz_rust::dot_structures::Graph;

use super::style::{attr, kind_style, node_text, rating_colours, wrap, CRITICISM, NO_PARTY};
use super::{cluster, count, inspection_label, kept_statements, left_out_note, Diagram};
use crate::model::{EdgeKind, Node, NodeData, NodeKind, OrgCategory, QuoteGraph};

/// Characters a label line holds.
const WIDTH: usize = 34;

pub(super) fn diagram(graph: &QuoteGraph, max_statements: usize) -> Graph {
    let (kept, left_out) = kept_statements(graph, max_statements);
    let edges = graph.edges();
    let said: Vec<_> = edges.iter().filter(|e| e.edge.kind == EdgeKind::Said && kept.contains(e.target.id.as_str())).collect();
    let articles: BTreeSet<&str> =
        graph.nodes().filter_map(|n| if let NodeData::Statement(s) = &n.data { Some(s.document.as_str()) } else { None }).collect();
    let title = format!("Who said what: {} from {}{}", count(kept.len(), "statement"), count(articles.len(), "article"), left_out_note(left_out));
    let mut d = Diagram::new(graph, &title);

    let mut by_party: BTreeMap<Option<String>, BTreeMap<&str, &Node>> = BTreeMap::new();
    for e in &said {
        by_party.entry(party_of(graph, e.source)).or_default().insert(e.source.id.as_str(), e.source);
    }
    let mut line_colour: BTreeMap<&str, &str> = BTreeMap::new();
    let mut drawn: BTreeSet<&str> = BTreeSet::new();
    for (n, (party, speakers)) in by_party.iter().enumerate() {
        let colours = party.as_deref().map_or(NO_PARTY, |p| d.palette.party(p));
        line_colour.extend(speakers.keys().map(|&id| (id, colours.line)));
        let nodes = speakers
            .values()
            .map(|s| {
                drawn.insert(s.id.as_str());
                d.node(&s.id, vec![
                    attr("shape", "box"),
                    attr("style", "rounded,filled"),
                    attr("fillcolor", "white"),
                    attr("color", colours.line),
                    attr("penwidth", "2"),
                    attr("label", &speaker_label(graph, s)),
                ])
            })
            .collect();
        match party {
            Some(party) => {
                let style = vec![attr("label", party), attr("style", "rounded,filled"), attr("fillcolor", colours.fill), attr("color", colours.line)];
                d.stmts.push(cluster(n, style, nodes));
            }
            None => d.stmts.extend(nodes),
        }
    }

    for id in &kept {
        let Some(node) = graph.node(id) else { continue };
        let NodeData::Statement(s) = &node.data else { continue };
        let label = format!("{}\n— {}", node_text(node, WIDTH), s.document);
        d.stmts.push(d.node(id, vec![attr("shape", "note"), attr("style", "filled"), attr("fillcolor", "#fffde7"), attr("label", &label)]));
        drawn.insert(id);
    }
    for e in &said {
        let colour = line_colour.get(e.source.id.as_str()).copied().unwrap_or(NO_PARTY.line);
        d.stmts.push(d.edge(&e.source.id, &e.target.id, vec![attr("color", colour), attr("penwidth", "1.5")]));
    }

    let about: BTreeSet<(&str, &str)> = edges
        .iter()
        .filter(|e| e.edge.kind == EdgeKind::About && kept.contains(e.source.id.as_str()))
        .map(|e| (e.source.id.as_str(), e.target.id.as_str()))
        .collect();
    let inspections: BTreeSet<&str> = about.iter().map(|&(_, i)| i).collect();
    for id in inspections {
        let Some(node) = graph.node(id) else { continue };
        let NodeData::Inspection(i) = &node.data else { continue };
        let (fill, font) = rating_colours(i.rating);
        let label = inspection_label(graph, node, WIDTH);
        d.stmts.push(d.node(id, vec![
            attr("shape", "box"),
            attr("style", "filled,bold"),
            attr("fillcolor", fill),
            attr("fontcolor", font),
            attr("label", &label),
        ]));
        drawn.insert(id);
    }
    for (statement, inspection) in about {
        d.stmts.push(d.edge(statement, inspection, vec![attr("style", "dotted"), attr("color", "#616161"), attr("arrowhead", "open")]));
    }

    let criticisms: BTreeMap<(&str, &str), (&Node, &Node)> = edges
        .iter()
        .filter(|e| e.edge.kind == EdgeKind::Criticised)
        .map(|e| ((e.source.id.as_str(), e.target.id.as_str()), (e.source, e.target)))
        .collect();
    for (critic, target) in criticisms.into_values() {
        for node in [critic, target] {
            if drawn.insert(node.id.as_str()) {
                let mut style = kind_style(node, &d.palette);
                style.push(attr("label", &node_text(node, WIDTH)));
                d.stmts.push(d.node(&node.id, style));
            }
        }
        d.stmts.push(d.edge(&critic.id, &target.id, vec![
            attr("color", CRITICISM),
            attr("fontcolor", CRITICISM),
            attr("style", "dashed"),
            attr("label", "criticised"),
        ]));
    }
    d.finish("who_said_what")
}

/// The canonical name of the party a speaker belongs to or speaks for.
fn party_of(graph: &QuoteGraph, speaker: &Node) -> Option<String> {
    match &speaker.data {
        NodeData::Party => Some(speaker.label.clone()),
        NodeData::Organization(OrgCategory::PartyGroup { party }) => Some(party.clone()),
        _ => graph.targets(&speaker.id, EdgeKind::MemberOf).into_iter().find(|n| n.kind() == NodeKind::Party).map(|p| p.label.clone()),
    }
}

/// A speaker's name, and the first role the articles give them.
fn speaker_label(graph: &QuoteGraph, speaker: &Node) -> String {
    match graph.targets(&speaker.id, EdgeKind::HeldRole).first() {
        Some(role) => format!("{}\n{}", speaker.label, wrap(&role.label, WIDTH)),
        None => speaker.label.clone(),
    }
}

#[cfg(test)]
mod tests {
    use crate::corpus::Article;
    use crate::export::dot::{to_string, DotOptions};
    use crate::extract::Extractor;

    #[test]
    fn speakers_sit_in_their_party_box_and_criticism_is_red_and_dashed() {
        let text = "Care home rated inadequate\n\n\
            The Care Quality Commission rated Elmfield House inadequate after an inspection in March.\n\n\
            Cllr Joan Marsh, the Green councillor for the ward, said: 'Residents deserve far better than this.'\n\n\
            'This is a \"shocking\" failure,' said Cllr Amir Khan, the Liberal Democrat group leader.\n";
        let graph = Extractor::new().unwrap().build(&[Article::new("care.txt", text)]);
        let dot = to_string(&graph, &DotOptions::default());
        let cluster_of = |name: &str| {
            let at = dot.find(name).unwrap_or_else(|| panic!("{name} missing: {dot}"));
            let open = dot[..at].rfind("subgraph cluster_").expect("inside a cluster");
            dot[open..at].lines().nth(1).unwrap_or("").to_string()
        };
        assert!(cluster_of("Joan Marsh").contains("label=\"Green\" style=\"rounded,filled\" fillcolor=\"#d5f5e3\""), "{dot}");
        assert!(cluster_of("Amir Khan").contains("label=\"Liberal Democrat\""), "{dot}");
        assert!(dot.contains("“This is a \\\"shocking\\\" failure,”\\n— care.txt"), "escaped inner quotes: {dot}");
        let criticism = dot.lines().find(|l| l.contains("label=\"criticised\"")).expect("a criticised edge");
        assert!(criticism.contains("style=\"dashed\"") && criticism.contains("color=\"#c62828\""), "{criticism}");
        assert!(dot.contains("INADEQUATE") && dot.contains("fillcolor=\"#d32f2f\""), "inspection coloured by grade");
    }
}
