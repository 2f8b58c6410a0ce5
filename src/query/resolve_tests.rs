use super::*;
use crate::model::Span;
use crate::query::fixture::council_story;

fn phrase(text: &str) -> NamePhrase {
    NamePhrase { text: text.into(), span: Span::new(0, text.len()) }
}

fn named(text: &str, wanted: Wanted) -> Result<String, ResolveError> {
    let graph = council_story();
    let lexicon = Lexicon::load().unwrap();
    let resolver = Resolver::new(&graph, &lexicon, text);
    resolver.resolve(&phrase(text), wanted).map(|n| match n {
        Named::Node(node) => node.id.clone(),
        Named::Groups(nodes) => nodes.iter().map(|n| n.id.as_str()).collect::<Vec<_>>().join(" + "),
        Named::Party { canonical, people_only } => format!("party {canonical}{}", if people_only { " people" } else { "" }),
    })
}

#[test]
fn names_resolve_by_label_short_form_title_and_surname() {
    let table = [
        ("Northby Council", Wanted::Organization, "org:northby-council"),
        ("the CQC", Wanted::Actor, "org:cqc"),
        ("Priya Shah", Wanted::Actor, "person:priya-shah"),
        ("Cllr Ann Lee", Wanted::Actor, "person:ann-lee"),
        ("Councillor Lee", Wanted::Person, "person:ann-lee"),
        ("Lee", Wanted::Actor, "person:ann-lee"),
        ("the Tories", Wanted::Actor, "party Conservative"),
        ("Conservatives", Wanted::Group, "party Conservative"),
        ("Conservative councillors", Wanted::Actor, "party Conservative people"),
        ("Green", Wanted::Actor, "party Green"),
        ("the Green Party", Wanted::Actor, "party Green"),
        ("Lib Dems", Wanted::Actor, "party Liberal Democrat"),
        ("Reform UK members", Wanted::Actor, "party Reform UK people"),
        ("the Conservative group", Wanted::Actor, "org:conservative-group-northby + org:conservative-group-southby"),
        ("Care Quality Commission", Wanted::Organization, "org:cqc"),
        ("Labour group", Wanted::Group, "party Labour"),
    ];
    for (text, wanted, expected) in table {
        assert_eq!(named(text, wanted).as_deref(), Ok(expected), "{text}");
    }
}

#[test]
fn unknown_names_suggest_the_nearest_and_shared_surnames_are_ambiguous() {
    let unknown = named("Northbey Council", Wanted::Organization).unwrap_err();
    assert_eq!(unknown.candidates, ["Northby Council"]);
    assert!(unknown.to_string().starts_with("no organisation called \"Northbey Council\" in the graph; nearest: Northby Council"));
    let typo = named("Ann Leigh", Wanted::Person).unwrap_err();
    assert_eq!(typo.candidates, ["Ann Lee"]);
    assert_eq!(named("Cllr Shaw", Wanted::Person).unwrap_err().candidates, ["Omar Shah", "Priya Shah"]);
    let nothing = named("Zebedee", Wanted::Person).unwrap_err();
    assert!(nothing.candidates.is_empty());
    assert_eq!(nothing.to_string(), "no person called \"Zebedee\" in the graph\n  Zebedee\n  ^^^^^^^");
    let shah = named("Cllr Shah", Wanted::Actor).unwrap_err();
    assert!(shah.ambiguous);
    assert_eq!(shah.candidates, ["Omar Shah", "Priya Shah"]);
    assert!(named("Priya Shah", Wanted::Organization).is_err(), "a person is not an organisation");
}

#[test]
fn a_party_covers_its_node_its_groups_and_the_members_of_both() {
    let graph = council_story();
    let lexicon = Lexicon::load().unwrap();
    let resolver = Resolver::new(&graph, &lexicon, "");
    let cover = |text: &str| -> Vec<&str> { resolver.cover(&resolver.resolve(&phrase(text), Wanted::Actor).unwrap()).into_iter().collect() };
    let tories = ["org:conservative-group-northby", "org:conservative-group-southby", "party:conservative", "person:ann-lee", "person:omar-shah"];
    assert_eq!(cover("the Tories"), tories);
    assert_eq!(cover("Tory councillors"), ["person:ann-lee", "person:omar-shah"]);
    assert_eq!(cover("the Conservative group"), ["org:conservative-group-northby", "org:conservative-group-southby", "person:ann-lee", "person:omar-shah"]);
    assert_eq!(cover("Greens"), ["party:green", "person:priya-shah"]);
    assert_eq!(cover("Priya Shah"), ["person:priya-shah"]);
}
