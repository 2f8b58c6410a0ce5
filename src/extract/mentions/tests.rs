//! The mention tables: one row per sentence, the mentions found in it; and the helpers
//! the stage's other files test with.

use super::*;
use crate::extract::tokens::words;

/// (text, kind) of every mention of `text`, read as one paragraph.
pub(in crate::extract::mentions) fn mentions(text: &str) -> Vec<(String, MentionKind)> {
    let lex = Lexicon::load().unwrap();
    let ws = words(text, Span::new(0, text.len()), &lex);
    find_mentions(text, &ws, &lex, &|_| false, &mut Earlier::default())
        .into_iter()
        .map(|m| (m.span.slice(text).to_string(), m.kind))
        .collect()
}

/// The text of every person's mention of `text`.
pub(in crate::extract::mentions) fn people(text: &str) -> Vec<String> {
    mentions(text).into_iter().filter(|(_, k)| matches!(k, MentionKind::Person { .. })).map(|(span, _)| span).collect()
}

pub(in crate::extract::mentions) fn person(name: &str, gender: Gender) -> MentionKind {
    MentionKind::Person { name: name.into(), gender }
}

fn party(c: &str) -> MentionKind {
    MentionKind::Party { canonical: c.into() }
}

pub(in crate::extract::mentions) fn org(label: &str, key: &str, category: OrgCategory) -> MentionKind {
    MentionKind::Organization { label: label.into(), key: key.into(), category }
}

#[test]
fn people_with_and_without_honorifics() {
    assert_eq!(mentions("Cllr. Priya Shah and Mrs Okafor met Tom Brennan, the chair."), [
        ("Cllr. Priya Shah".into(), person("Priya Shah", Gender::Unknown)),
        ("Mrs Okafor".into(), person("Okafor", Gender::Female)),
        ("Tom Brennan".into(), person("Tom Brennan", Gender::Unknown)),
    ]);
    assert_eq!(mentions("Sir Keith Lowe’s view"), [("Sir Keith Lowe’s".into(), person("Keith Lowe", Gender::Male))]);
}

#[test]
fn a_company_s_legal_form_is_left_out_of_its_key() {
    let cases: &[(&str, MentionKind)] = &[
        ("Sunrise Care Homes Ltd", org("Sunrise Care Homes Ltd", "sunrise care homes", OrgCategory::Health)),
        ("Sunrise Care Homes", org("Sunrise Care Homes", "sunrise care homes", OrgCategory::Health)),
        ("Westgate Building Services plc", org("Westgate Building Services plc", "westgate building services", OrgCategory::Other)),
        ("Harbour Road Surgery Limited", org("Harbour Road Surgery Limited", "harbour road surgery", OrgCategory::Health)),
    ];
    for (text, want) in cases {
        assert_eq!(mentions(&format!("The deal with {text} was signed.")), [(text.to_string(), want.clone())], "{text}");
    }
}

#[test]
fn schools_are_named_by_their_phase_alone() {
    for text in ["Hexley Primary", "Castlegate Grammar"] {
        let key = text.to_lowercase();
        assert_eq!(mentions(&format!("Pupils at {text} did well.")), [(text.to_string(), org(text, &key, OrgCategory::Other))], "{text}");
    }
}

#[test]
fn places_and_newspapers_are_not_people() {
    let cases: &[(&str, &[&str])] = &[
        ("The Mayor of the West Midlands, Richard Parker, spoke.", &["Richard Parker"]),
        ("Ruth Evans, from Selly Oak, said it was late.", &["Ruth Evans"]),
        ("A letter from Ann Cole arrived.", &["Ann Cole"]),
        ("He told the Harbury Post and the Western Gazette.", &[]),
        // Street names end in words no name ends in.
        ("The home, on Station Road, is run by a firm.", &[]),
        ("Residents of Mill Crescent and Abbey Square met Ann Cole.", &["Ann Cole"]),
        // Names of bodies with no head word, listed after one that has.
        ("The Department for Transport, Network Rail and Severn Trains met Ann Cole.", &["Ann Cole"]),
    ];
    for (text, want) in cases {
        assert_eq!(people(text), *want, "{text}");
    }
    assert_eq!(mentions("He told the Harbury Post.")[1].1, org("Harbury Post", "harbury post", OrgCategory::Other));
    // A title ending in a plural is no body ("Services" is not a head).
    let title = mentions("Inspector of Fire and Rescue Services Ann Lee spoke.");
    assert!(!title.iter().any(|(_, k)| matches!(k, MentionKind::Organization { .. })), "{title:?}");
}

#[test]
fn welsh_names_put_the_kind_of_body_first() {
    let cases: &[(&str, MentionKind)] = &[
        ("Cyngor Gwynedd", org("Cyngor Gwynedd", "gwynedd council", OrgCategory::Council)),
        ("Ysgol Gymraeg Bro Taf", org("Ysgol Gymraeg Bro Taf", "ysgol gymraeg bro taf", OrgCategory::Other)),
        ("Heddlu Gogledd Cymru", org("Heddlu Gogledd Cymru", "heddlu gogledd cymru", OrgCategory::Police)),
    ];
    for (name, want) in cases {
        assert_eq!(mentions(&format!("The view of {name} was clear.")), [(name.to_string(), want.clone())], "{name}");
    }
    // The word alone names nothing.
    assert!(mentions("Ysgol is Welsh for school.").iter().all(|(_, k)| !matches!(k, MentionKind::Organization { .. })));
}

#[test]
fn names_with_particles() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("Plaid Cymru leader Rhun ap Iorwerth spoke.", &[("Rhun ap Iorwerth", "Rhun ap Iorwerth")]),
        ("Cllr Ana de la Cruz spoke.", &[("Cllr Ana de la Cruz", "Ana de la Cruz")]),
        ("Mr van der Berg spoke.", &[("Mr van der Berg", "van der Berg")]),
        ("Shopper Tom van der Berg spoke.", &[("Tom van der Berg", "Tom van der Berg")]),
        // A particle with no name after it ends the name.
        ("Tom Berg de facto ran it.", &[("Tom Berg", "Tom Berg")]),
        ("Mrs Jo Hill la la.", &[("Mrs Jo Hill", "Jo Hill")]),
    ];
    for (text, want) in cases {
        let got: Vec<(String, String)> = mentions(text)
            .into_iter()
            .filter_map(|(span, kind)| match kind {
                MentionKind::Person { name, .. } => Some((span, name)),
                _ => None,
            })
            .collect();
        let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn parties_short_forms_and_groups() {
    assert_eq!(mentions("Coun Ella Marsh (LD, Riverside) joined the Lib Dems."), [
        ("Coun Ella Marsh".into(), person("Ella Marsh", Gender::Unknown)),
        ("LD".into(), party("Liberal Democrat")),
        ("Lib Dems".into(), party("Liberal Democrat")),
    ]);
    assert_eq!(mentions("the ruling Labour group and the Conservative opposition group"), [
        ("Labour group".into(), MentionKind::PartyGroup { canonical: "Labour".into() }),
        ("Conservative opposition group".into(), MentionKind::PartyGroup { canonical: "Conservative".into() }),
    ]);
    assert_eq!(mentions("Green councillor Sam Reeve"), [
        ("Green".into(), party("Green")),
        ("Sam Reeve".into(), person("Sam Reeve", Gender::Unknown)),
    ]);
}

#[test]
fn a_group_is_a_company_unless_a_party_names_it() {
    assert_eq!(mentions("a spokesperson for Harbour Care Group said")[0].1, org("Harbour Care Group", "harbour care group", OrgCategory::Other));
    assert_eq!(mentions("the Priory Group’s hospitals")[0].0, "Priory Group’s");
    for (text, party) in [("the leader of the Labour Group", "Labour"), ("The Liberal Democrat Group met", "Liberal Democrat"), ("its Reform UK Group", "Reform UK")] {
        assert_eq!(mentions(text).last().map(|m| m.1.clone()), Some(MentionKind::PartyGroup { canonical: party.into() }), "{text}");
    }
}

#[test]
fn parties_of_scotland_and_northern_ireland_are_read_whole() {
    let parties = |text: &str| -> Vec<(String, MentionKind)> { mentions(text).into_iter().filter(|(_, k)| matches!(k, MentionKind::Party { .. })).collect() };
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("The Scottish Greens won two seats.", &[("Scottish Greens", "Green")]),
        ("The Social Democratic and Labour Party asked for a recount.", &[("Social Democratic and Labour Party", "Social Democratic and Labour Party")]),
        ("SDLP councillor Orla Byrne and UUP leader Mark Hale met.", &[("SDLP", "Social Democratic and Labour Party"), ("UUP", "Ulster Unionist Party")]),
        ("The Alliance Party and the TUV both objected.", &[("Alliance Party", "Alliance Party"), ("TUV", "Traditional Unionist Voice")]),
        ("An Alba Party candidate stood.", &[("Alba Party", "Alba Party")]),
        // A party's Scottish or Welsh branch is the party.
        ("Scottish Conservative councillor Ewan Reid and Welsh Labour’s Ann Lee met.", &[("Scottish Conservative", "Conservative"), ("Welsh Labour’s", "Labour")]),
    ];
    for (text, want) in cases {
        let want: Vec<(String, MentionKind)> = want.iter().map(|(t, c)| (t.to_string(), party(c))).collect();
        assert_eq!(parties(text), want, "{text}");
    }
}

#[test]
fn ambiguous_party_words_need_context() {
    assert!(mentions("a Green light for Reform of the system").is_empty());
    assert_eq!(mentions("Reform UK’s leader")[0].1, party("Reform UK"));
    // A plural possessive is context as "’s" is; a bare plural is not.
    assert_eq!(mentions("the Greens’ plans")[0].1, party("Green"));
    assert_eq!(mentions("the Greens' plans")[0].1, party("Green"));
    assert!(mentions("the greens’ colours").is_empty());
    assert!(mentions("Voters chose the Greens, then left.").is_empty());
    assert_eq!(mentions("(Con, Abbey Ward)")[0].1, party("Conservative"));
    // A compound's last part is a party word; other compounds are not.
    assert_eq!(mentions("Green co-leader Carla Denyer")[0].1, party("Green"));
    assert_eq!(mentions("Reform deputy leader Richard Tice")[0].1, party("Reform UK"));
    assert!(mentions("a Green-leaning ward").is_empty());
    // The party as a noun after "a"/"an", ending its phrase.
    assert_eq!(mentions("Cllr Ann Lee, an Independent who has led the council since 2021,")[1].1, party("Independent"));
    assert_eq!(mentions("Cllr Ann Lee, a Green, said no.")[1].1, party("Green"));
    assert_eq!(mentions("She stood as an Independent.")[1].1, party("Independent"));
    assert!(!mentions("It was a Green day for the town").iter().any(|(_, k)| matches!(k, MentionKind::Party { .. })));
    // The party after "for" or "for the", ending its phrase.
    let party_in = |text: &str| mentions(text).into_iter().find(|(_, k)| matches!(k, MentionKind::Party { .. }));
    let cases: &[(&str, Option<(&str, &str)>)] = &[
        ("Cllr Omar Ali, who represents Abbey ward for the Greens, said no.", Some(("Greens", "Green"))),
        ("Cllr Omar Ali – who represents Abbey ward for the Greens – said no.", Some(("Greens", "Green"))),
        ("She stood for Reform in the 2024 election.", Some(("Reform", "Reform UK"))),
        ("He campaigned for Reform.", Some(("Reform", "Reform UK"))),
        ("The report calls for Reform of the system.", None),
        ("Tickets for Green Park sold out.", None),
        ("The fees paid for the Greens were high, at the golf club.", None),
    ];
    for (text, want) in cases {
        assert_eq!(party_in(text), want.map(|(span, canonical)| (span.to_string(), party(canonical))), "{text}");
    }
}

#[test]
fn a_party_named_before_needs_no_context_for_its_short_form() {
    let lex = Lexicon::load().unwrap();
    let named = |text: &str| -> Vec<String> {
        let ws = words(text, Span::new(0, text.len()), &lex);
        let found = find_mentions(text, &ws, &lex, &|_| false, &mut Earlier { parties: vec!["Reform UK".into(), "Green".into(), "Independent".into()], ..Earlier::default() });
        found.iter().filter(|m| matches!(m.kind, MentionKind::Party { .. })).map(|m| m.span.slice(text).to_string()).collect()
    };
    let cases: &[(&str, &[&str])] = &[
        ("Cllr Mike Dunne hit back at Reform over the funding.", &["Reform"]),
        ("The vote was backed by the Greens and opposed by Labour.", &["Greens", "Labour"]),
        // Not at a sentence's start, not inside a longer name, and only parties named before.
        ("Reform of the system is overdue.", &[]),
        ("The plan failed. Reform of the system is overdue.", &[]),
        ("The plan covers the Green Belt and Village Green Road.", &[]),
        ("The Welfare Reform Act passed.", &[]),
        ("The Independent reported the story first.", &[]),
        ("Cllr Ann Lee told The Independent on Monday.", &[]),
        ("The council is run by Independents and the Greens.", &["Independents", "Greens"]),
        ("Cllr Ann Lee said Labour would back it.", &["Labour"]),
    ];
    for (text, want) in cases {
        assert_eq!(named(text), *want, "{text}");
    }
}

#[test]
fn organisations_and_inspectorates() {
    assert_eq!(mentions("Northshire County Council’s director and the CQC"), [
        ("Northshire County Council’s".into(), org("Northshire County Council", "northshire council", OrgCategory::Council)),
        ("CQC".into(), org("Care Quality Commission", "care quality commission", OrgCategory::Inspectorate)),
    ]);
    assert_eq!(mentions("letters from the Department for Education and Avonford Police")[0].1,
        org("Department for Education", "department for education", OrgCategory::Government));
    assert_eq!(mentions("HMI Probation inspectors")[0].1,
        org("HM Inspectorate of Probation", "hm inspectorate of probation", OrgCategory::Inspectorate));
    assert_eq!(mentions("The Council"), [("Council".into(), MentionKind::Description(DescriptionTarget::Council))]);
    assert_eq!(mentions("at Riverside University Hospitals NHS Foundation Trust")[0].0, "Riverside University Hospitals NHS Foundation Trust");
    assert_eq!(mentions("St Bride’s Community Hospital was rated good")[0].0, "St Bride’s Community Hospital");
    assert_eq!(mentions("Saint Anne's Primary School pupils")[0].0, "Saint Anne's Primary School");
    assert_eq!(mentions("The Prison Officers’ Association said no.")[0].0, "Prison Officers’ Association");
    assert_eq!(mentions("It visited HMP Eastwood in May.")[1].0, "HMP Eastwood");
    assert_eq!(mentions("Eastmoor’s Primary School pupils")[0].0, "Primary School");
    // What the CQC, Ofsted and the prisons inspectorate inspect besides councils and trusts.
    for name in ["Oakfield Care Home", "Willow Bank Nursing Home", "Beech Lodge", "Hazelwood Manor", "St Clare’s Hospice", "Park Lane Surgery", "Riverside Medical Practice", "Abbey Dental Clinic", "Little Acorns Nursery", "HMP Northmoor Prison"] {
        let found = mentions(&format!("The inspectors rated {name} inadequate."));
        assert!(found.iter().any(|(text, kind)| text == name && matches!(kind, MentionKind::Organization { .. })), "{name}: {found:?}");
    }
    // A role noun before "of" makes a title, whose body is only what follows "of".
    assert!(mentions("HM Inspector of Constabulary Roy Wilsher said").iter().all(|(_, k)| !matches!(k, MentionKind::Organization { .. })));
    assert_eq!(mentions("the Leader of Eastmoor Borough Council")[0].0, "Eastmoor Borough Council");
    assert_eq!(mentions("at the Royal Borough of Kingsmere Council")[0].0, "Royal Borough of Kingsmere Council");
    // "Labour-run", "SNP-led": who runs a body is not part of its name.
    for (text, name) in [
        ("Reform UK-run Eastcombe County Council approved it.", "Eastcombe County Council"),
        ("The Labour-led Westfield Borough Council agreed.", "Westfield Borough Council"),
        ("the Tory-controlled Northgate District Council", "Northgate District Council"),
        ("a Birmingham-based Oakfield Care Group home", "Oakfield Care Group"),
    ] {
        let orgs: Vec<String> = mentions(text).into_iter().filter(|(_, k)| matches!(k, MentionKind::Organization { .. })).map(|(t, _)| t).collect();
        assert_eq!(orgs, [name], "{text}");
    }
    // "and" right after a head joins a title or a second body, not the name's words.
    assert_eq!(mentions("Police and Crime Commissioner Dave Mill spoke"), [("Dave Mill".into(), person("Dave Mill", Gender::Unknown))]);
    assert_eq!(mentions("the Department for Business and Trade")[0].0, "Department for Business and Trade");
    assert_eq!(mentions("Avon and Somerset Police officers")[0].0, "Avon and Somerset Police");
    // A head word only ends a name: "went home", "in practice" name nothing.
    assert!(mentions("Staff went home and, in practice, the surgery waited.").is_empty());
}

#[test]
fn pronouns_and_descriptions() {
    let got: Vec<MentionKind> = mentions("She said the watchdog and Inspectors agreed it was").into_iter().map(|m| m.1).collect();
    assert_eq!(got, [
        MentionKind::Pronoun(Pronoun::She),
        MentionKind::Description(DescriptionTarget::Inspectorate),
        MentionKind::Description(DescriptionTarget::Inspectorate),
        MentionKind::Pronoun(Pronoun::It),
    ]);
}

#[test]
fn capitalised_function_words_and_shouting_are_not_names() {
    assert!(mentions("VULNERABLE children were Following Guidance").is_empty());
    assert!(mentions("In May Ms").is_empty());
}

#[test]
fn places_after_for_of_in_and_in_brackets_are_not_people() {
    let names = |text: &str| -> Vec<MentionKind> {
        mentions(text).into_iter().map(|m| m.1).filter(|k| matches!(k, MentionKind::Person { .. })).collect()
    };
    assert!(names("The Conservative MP for Aldhelm Vale spoke").is_empty());
    assert!(names("(Lab, Kingsbridge North)").is_empty());
    assert_eq!(names("a letter to Dana Holt"), [person("Dana Holt", Gender::Unknown)]);
}

#[test]
fn a_label_before_a_bare_name_is_not_part_of_it() {
    assert_eq!(mentions("Pensioner Ann Cole said")[0].1, person("Ann Cole", Gender::Unknown));
    assert_eq!(mentions("Chief Inspector of Probation Kathryn Lowe")[0].1, person("Kathryn Lowe", Gender::Unknown));
    assert_eq!(mentions("Deputy Chief Fire Officer Marcus Bell responded")[0].1, person("Marcus Bell", Gender::Unknown));
}
