//! A small hand-made graph of a council story, for the query tests: two parties, a party
//! group on each of two councils, a council, an inspectorate, three inspections, statements, criticisms, findings.

use crate::model::*;

fn statement(text: &str, kind: StatementKind, document: &str, start: usize) -> NodeData {
    let span = Span::new(start, start + text.len());
    NodeData::Statement(StatementData { text: text.into(), kind, document: document.into(), span, chars: span, cue: Some("said".into()) })
}

fn inspection(year: i32, rating: Option<Rating>, judgements: &[(&str, Rating)]) -> NodeData {
    NodeData::Inspection(InspectionData {
        rating,
        date: PartialDate::year(year),
        kind: InspectionKind::Full,
        judgements: judgements.iter().map(|&(part, rating)| Judgement { part: part.into(), rating }).collect(),
    })
}

fn finding(text: &str, polarity: Polarity, start: usize) -> NodeData {
    let span = Span::new(start, start + text.len());
    NodeData::Finding(FindingData { text: text.into(), polarity, document: "care.txt".into(), span, chars: span })
}

/// The graph; its facts are listed in the body, one line each.
pub(crate) fn council_story() -> QuoteGraph {
    let mut g = QuoteGraph::new();
    let nodes = [
        ("person:priya-shah", "Priya Shah", NodeData::Person),
        ("person:omar-shah", "Omar Shah", NodeData::Person),
        ("person:ann-lee", "Ann Lee", NodeData::Person),
        ("party:green", "Green", NodeData::Party),
        ("party:conservative", "Conservative", NodeData::Party),
        ("org:conservative-group-northby", "Conservative group", NodeData::Organization(OrgCategory::PartyGroup { party: "Conservative".into() })),
        ("org:northby-council", "Northby Council", NodeData::Organization(OrgCategory::Council)),
        ("org:cqc", "Care Quality Commission", NodeData::Organization(OrgCategory::Inspectorate)),
        ("org:conservative-group-southby", "Conservative group", NodeData::Organization(OrgCategory::PartyGroup { party: "Conservative".into() })),
        ("role:cabinet-member-for-care@org:northby-council", "cabinet member for care", NodeData::Role { organization: Some("org:northby-council".into()) }),
        ("inspection:2024", "CQC inspection of Northby Council, 2024 (inadequate)", inspection(2024, Some(Rating::Inadequate), &[("safe", Rating::Inadequate)])),
        ("inspection:2019", "CQC inspection of Northby Council, 2019 (good)", inspection(2019, Some(Rating::Good), &[])),
        ("inspection:2016", "CQC inspection of Northby Council, 2016", inspection(2016, None, &[])),
        ("statement:shah", "We accept every word", statement("We accept every word of the report.", StatementKind::Direct, "care.txt", 100)),
        ("statement:lee", "The administration has failed", statement("The administration has failed residents.", StatementKind::Direct, "care.txt", 200)),
        ("statement:group", "We were proud of the last report", statement("We were proud of the last report.", StatementKind::Direct, "history.txt", 50)),
        ("statement:cqc", "care was unsafe", statement("care was unsafe", StatementKind::Partial, "care.txt", 10)),
        ("statement:omar", "the home would close", statement("the home would close", StatementKind::Indirect, "history.txt", 300)),
        ("finding:staffing", "Staffing was unsafe", finding("Staffing was unsafe at night", Polarity::Negative, 20)),
        ("finding:kindness", "Staff were kind", finding("Staff were kind and respectful", Polarity::Positive, 60)),
        ("finding:records", "Records were mixed", finding("Records were clear but often late", Polarity::Mixed, 80)),
    ];
    for (id, label, data) in nodes {
        g.upsert(Node { id: id.into(), label: label.into(), data });
    }
    let edges = [
        ("person:priya-shah", "party:green", EdgeKind::MemberOf, "care.txt"),
        ("person:priya-shah", "role:cabinet-member-for-care@org:northby-council", EdgeKind::HeldRole, "care.txt"),
        ("person:ann-lee", "org:conservative-group-northby", EdgeKind::MemberOf, "care.txt"),
        ("org:conservative-group-northby", "party:conservative", EdgeKind::MemberOf, "care.txt"),
        ("person:priya-shah", "statement:shah", EdgeKind::Said, "care.txt"),
        ("person:ann-lee", "statement:lee", EdgeKind::Said, "care.txt"),
        ("org:conservative-group-northby", "statement:group", EdgeKind::Said, "history.txt"),
        ("org:cqc", "statement:cqc", EdgeKind::Said, "care.txt"),
        ("person:omar-shah", "statement:omar", EdgeKind::Said, "history.txt"),
        ("person:omar-shah", "org:conservative-group-southby", EdgeKind::MemberOf, "history.txt"),
        ("statement:shah", "inspection:2024", EdgeKind::About, "care.txt"),
        ("statement:lee", "inspection:2024", EdgeKind::About, "care.txt"),
        ("statement:cqc", "inspection:2024", EdgeKind::About, "care.txt"),
        ("statement:group", "inspection:2019", EdgeKind::About, "history.txt"),
        ("person:ann-lee", "party:green", EdgeKind::Criticised, "care.txt"),
        ("org:cqc", "org:northby-council", EdgeKind::Criticised, "care.txt"),
        ("person:priya-shah", "org:conservative-group-northby", EdgeKind::Criticised, "history.txt"),
        ("inspection:2024", "finding:staffing", EdgeKind::Found, "care.txt"),
        ("inspection:2024", "finding:kindness", EdgeKind::Found, "care.txt"),
        ("inspection:2024", "finding:records", EdgeKind::Found, "care.txt"),
    ];
    let mut add = |source: &str, target: &str, kind: EdgeKind, document: &str, at: usize| {
        let (s, t) = (g.index_of(source).unwrap(), g.index_of(target).unwrap());
        let span = Span::new(at, at + 10);
        let sentence = format!("{source} {} {target}.", kind.as_str());
        g.add_edge(s, t, Edge { kind, evidence: Evidence::new(document, span, span, sentence) });
    };
    for (i, (source, target, kind, document)) in edges.into_iter().enumerate() {
        add(source, target, kind, document, i * 10);
    }
    for (i, (year, document)) in [("2024", "care.txt"), ("2019", "history.txt"), ("2016", "history.txt")].into_iter().enumerate() {
        let inspection = format!("inspection:{year}");
        add(&inspection, "org:northby-council", EdgeKind::Rated, document, 500 + i * 10);
        add("org:cqc", &inspection, EdgeKind::Conducted, document, 600 + i * 10);
    }
    g
}
