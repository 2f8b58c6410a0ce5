//! The attribution patterns, one table row per pattern, and the properties of every statement.

use super::*;
use crate::extract::Extractor;
use StatementKind::{Direct, Indirect, Partial};

/// (speaker, kind, text) of every statement of `text`.
fn statements(text: &str) -> Vec<Row> {
    let ex = Extractor::new().unwrap();
    let (a, facts) = ex.read(text);
    facts.statements.iter().map(|s| (a.entities[s.speaker].label.clone(), s.kind, s.text.clone())).collect()
}

type Row = (String, StatementKind, String);

fn row(speaker: &str, kind: StatementKind, text: &str) -> Row {
    (speaker.to_string(), kind, text.to_string())
}

#[test]
fn table_of_attribution_patterns() {
    let cases: Vec<(&str, &str, Vec<Row>)> = vec![
        ("X said: “…”", "Cllr Hannah Moss said: “The library will stay open.”",
            vec![row("Hannah Moss", Direct, "The library will stay open.")]),
        ("“…,” said X", "“We were not consulted,” said Cllr Raj Mehta.",
            vec![row("Raj Mehta", Direct, "We were not consulted,")]),
        ("“…,” said Party title X", "“We were not consulted,” said Reform UK councillor Raj Mehta.",
            vec![row("Raj Mehta", Direct, "We were not consulted,")]),
        ("“…,” said Body’s title X", "“Repairs come first,” said Eastvale District Council’s deputy leader Sam Ng.",
            vec![row("Sam Ng", Direct, "Repairs come first,")]),
        ("“…,” said Party’s X", "“This is a dark day for the town,” said Labour’s Sam Ortiz, who represents Castle ward.",
            vec![row("Sam Ortiz", Direct, "This is a dark day for the town,")]),
        ("“…,” said Body’s X", "“Repairs come first,” said Eastvale District Council’s Sam Ng.",
            vec![row("Sam Ng", Direct, "Repairs come first,")]),
        ("“…,” said description X", "“I’m furious,” said mum-of-two Leanne Price, whose daughter attends the school.",
            vec![row("Leanne Price", Direct, "I’m furious,")]),
        ("“…,” said two-word description X", "“I’m furious,” said local resident Leanne Price.",
            vec![row("Leanne Price", Direct, "I’m furious,")]),
        ("“…,” said the description X", "“I’m furious,” said the mother of two Leanne Price.",
            vec![row("Leanne Price", Direct, "I’m furious,")]),
        ("a clause after the verb is no description", "“I’m furious,” said a woman who met Leanne Price.",
            vec![]),
        ("a possessive name after a participle is not the speaker", "“We are keeping an open mind,” said detectives investigating Leanne Price’s death.",
            vec![]),
        ("a possessive name is not the speaker", "“We are keeping an open mind,” said officers in Cllr Leanne Price’s case.",
            vec![]),
        ("“…,” said a proxy for a body", "“We are working hard to fix this,” said a spokeswoman for Northgate Hospitals NHS Trust.",
            vec![row("Northgate Hospitals NHS Trust", Direct, "We are working hard to fix this,")]),
        ("“…,” said Party, not a person after it", "“We were not consulted,” said the Green group, which Cllr Raj Mehta leads.",
            vec![row("Green group", Direct, "We were not consulted,")]),
        ("with X participle", "Westbrook Primary School has been judged inadequate by Ofsted, with inspectors warning that behaviour was “poor”.",
            vec![row("Ofsted", Partial, "poor")]),
        ("reported speech after \"but\" shares the subject", "Police and crime commissioner Alison Marsh (Con) welcomed the report but said there was still work to do.",
            vec![row("Alison Marsh", Indirect, "there was still work to do")]),
        ("... and an adverb", "Cllr Ann Lee backed the plan and also said the fares would fall.",
            vec![row("Ann Lee", Indirect, "the fares would fall")]),
        ("a participle after a comma shares the subject", "Welsh Labour rejected the claim, saying funding per pupil had risen.",
            vec![row("Labour", Indirect, "funding per pupil had risen")]),
        ("... the name, not the party in its title", "Independent councillor Mike Dunne hit back at Reform, saying the party had voted against the budget.",
            vec![row("Mike Dunne", Indirect, "the party had voted against the budget")]),
        ("... but only after a name or body", "Residents protested outside the town hall, saying the plan was unfair.",
            vec![]),
        ("a verb with its own subject after \"and\"", "Eastvale Council approved the plan and officers said the work would start in May.",
            vec![]),
        ("participle sharing the subject", "Cllr Ann Lee spoke at the meeting, warning that the budget was “a fantasy”.",
            vec![row("Ann Lee", Partial, "a fantasy")]),
        ("a statement read", "Lowmoor Borough Council met on Monday. A statement from the council read: “No library will close.”",
            vec![row("Lowmoor Borough Council", Direct, "No library will close.")]),
        ("X posted", "Reform UK’s Lee Anders posted: “Another tax rise.”",
            vec![row("Lee Anders", Direct, "Another tax rise.")]),
        ("X with letters after the name said:", "Tom Lyle MP said: “The bypass is two years late.”",
            vec![row("Tom Lyle", Direct, "The bypass is two years late.")]),
        ("title, X with letters after the name, said", "Plaid Cymru’s health spokesperson, Aled Rhys MS, said: “Wards are full.”",
            vec![row("Aled Rhys", Direct, "Wards are full.")]),
        ("title, X with letters that are also a role, said", "The party’s justice spokesman, Calum Baird MSP, said: “Courts are clogged.”",
            vec![row("Calum Baird", Direct, "Courts are clogged.")]),
        ("... and reports a clause", "Their justice spokesman, Calum Baird MSP, said the courts were clogged.",
            vec![row("Calum Baird", Indirect, "the courts were clogged")]),
        ("“…”, according to Party title X", "The plan was “a shambles”, according to Labour councillor Amir Khan.",
            vec![row("Amir Khan", Partial, "a shambles")]),
        ("X, Party, said", "Cllr Ewan Tait, Reform UK, said the budget was “a disgrace”.",
            vec![row("Ewan Tait", Partial, "a disgrace")]),
        ("X, Party leader, said", "Cllr Ewan Tait, Reform UK group leader, said the budget was “a disgrace”.",
            vec![row("Ewan Tait", Partial, "a disgrace")]),
        ("“…,” X MP OBE said", "“Wards are full,” Dame Ivy Moss MP DBE said.",
            vec![row("Ivy Moss", Direct, "Wards are full,")]),
        ("“…,” X said", "“We were not consulted,” Cllr Raj Mehta said.",
            vec![row("Raj Mehta", Direct, "We were not consulted,")]),
        ("“…,” she added", "Mrs Ada Kerr chairs the panel.\n\n“We will publish the minutes,” she added.",
            vec![row("Ada Kerr", Direct, "We will publish the minutes,")]),
        ("split by its attribution", "Cllr Ben Ahmed spoke first. “We accept the report,” he said, “but the cuts came from Westminster.”",
            vec![row("Ben Ahmed", Direct, "We accept the report, but the cuts came from Westminster.")]),
        ("parenthetical attribution", "Managers, the CQC said, were “too slow to act” on complaints.",
            vec![row("Care Quality Commission", Partial, "too slow to act")]),
        ("apposition before the verb", "Cllr Owen Pryce, the cabinet member for transport, said: “The bus lane works.”",
            vec![row("Owen Pryce", Direct, "The bus lane works.")]),
        ("a letter, the inspectorate wrote", "Estyn visited the county in May.\n\nIn a letter to the director of education, the inspectorate wrote: “Pupils make strong progress.”",
            vec![row("Estyn", Direct, "Pupils make strong progress.")]),
        ("He said:", "Cllr Tom Reid leads the Green group.\n\nHe said: “We will vote against.”",
            vec![row("Tom Reid", Direct, "We will vote against.")]),
        ("She added:", "Dr Leah Pine runs the clinic.\n\nShe added: “Waiting lists are falling.”",
            vec![row("Leah Pine", Direct, "Waiting lists are falling.")]),
        ("They also said", "Inspectors from HMICFRS visited in June. They also said that call handling was “too slow” at weekends.",
            vec![row("HMICFRS", Partial, "too slow")]),
        ("It said: for a visit", "A focused visit by Ofsted took place in March.\n\nIt said: “Leaders understand the service well.”",
            vec![row("Ofsted", Direct, "Leaders understand the service well.")]),
        ("a role description", "The leader of the opposition group, Cllr Amara Lowe, was absent. Cllr Sam Fry, the cabinet member, spoke.\n\nThe opposition leader said: “This is a sham.”",
            vec![row("Amara Lowe", Direct, "This is a sham.")]),
        ("a quote paragraph continues its speaker", "Cllr Joy Platt said: “We are proud of the staff.”\n\n“They have worked through a pandemic.”",
            vec![row("Joy Platt", Direct, "We are proud of the staff."), row("Joy Platt", Direct, "They have worked through a pandemic.")]),
        ("a quote over paragraphs", "Mr Kofi Mensah said: “First we listen.\n\n“Then we act.”",
            vec![row("Kofi Mensah", Direct, "First we listen.\n\nThen we act.")]),
        ("reported speech", "Westholm Borough Council was rated good. Council leaders have said while they accept the findings, changes are under way.",
            vec![row("Westholm Borough Council", Indirect, "while they accept the findings, changes are under way")]),
        ("a name at the end of a relative aside is not the subject", "Cllr Jo Hart, who represents Ashby North, said the road was “unsafe”.",
            vec![row("Jo Hart", Partial, "unsafe")]),
        ("... nor a person the aside names", "Mr Dan Cole, whose ward councillor is Amy Stone, said: “Nobody listened.”",
            vec![row("Dan Cole", Direct, "Nobody listened.")]),
        ("... nor a name after a preposition", "Mr Tom Hadley, 45, a father of two from nearby Fenwick Lane, said the road was “unsafe”.",
            vec![row("Tom Hadley", Partial, "unsafe")]),
        ("dashes set an aside apart", "The planning chief — Cllr Rosa Delgado, a Conservative — said the plan was “sound”.",
            vec![row("Rosa Delgado", Partial, "sound")]),
        ("... and may hold the name", "The planning chief – Cllr Rosa Delgado – said the council would appeal.",
            vec![row("Rosa Delgado", Indirect, "the council would appeal")]),
        ("a person of a body", "Jane Cole of Unison said the pay offer was “an insult”.",
            vec![row("Jane Cole", Partial, "an insult")]),
        ("... of a party", "Cllr Amy Hart of the Green Party said the plan was “reckless”.",
            vec![row("Amy Hart", Partial, "reckless")]),
        ("... from a body", "Mark Dunn from the Fire Brigades Union said: “Crews are exhausted.”",
            vec![row("Mark Dunn", Direct, "Crews are exhausted.")]),
        ("... a peer of a place", "Lord Harwood of Kestrel Vale said the bypass was “long overdue”.",
            vec![row("Harwood", Partial, "long overdue")]),
        ("... from a place in lower case", "Dr Amy Lee from the trust said wards were “full”.",
            vec![row("Amy Lee", Partial, "full")]),
        ("... with \"of\" in the body's name", "Dr Amy Lee of the Royal College of Nursing said wards were “full”.",
            vec![row("Amy Lee", Partial, "full")]),
        ("... but not a person after \"of\"", "Parents of Cllr Amy Hart said the plan was “reckless”.",
            vec![]),
        ("a verb of judging with \"as\"", "The Liberal Democrats condemned the plans as “short-sighted”.",
            vec![row("Liberal Democrat", Partial, "short-sighted")]),
        ("... dismissed as", "Cllr Amy Hart dismissed the report as “nonsense”.",
            vec![row("Amy Hart", Partial, "nonsense")]),
        ("... labelled", "Cllr Ben Ash labelled the scheme “a white elephant”.",
            vec![row("Ben Ash", Partial, "a white elephant")]),
        ("partial after claimed", "Cllr Zoe Hart, who chairs scrutiny, claimed the plan was “a fantasy”.",
            vec![row("Zoe Hart", Partial, "a fantasy")]),
        ("single-quote house style", "'We will appeal,' said Mr Dan Hill.",
            vec![row("Dan Hill", Direct, "We will appeal,")]),
        ("the watchdog", "The Regulator of Social Housing inspected Eastvale Homes. The watchdog said the landlord had “serious failings” in repairs.",
            vec![row("Regulator of Social Housing", Partial, "serious failings")]),
        ("a council spokeswoman", "Parking charges at Redcliffe District Council car parks will rise. A council spokeswoman said: “Charges have been frozen for five years.”",
            vec![row("Redcliffe District Council", Direct, "Charges have been frozen for five years.")]),
        ("a bare spokesman speaks for the body in focus", "The Probation Service said it would respond. A spokesman said: “We accept every recommendation.”",
            vec![row("Probation Service", Indirect, "it would respond"), row("Probation Service", Direct, "We accept every recommendation.")]),
        ("a bare spokesperson does not speak for a councillor's party", "Harbour View Care Home was rated inadequate.\n\nCllr Jo Penn, the Liberal Democrat health lead, said: “Residents deserve better.”\n\n“We are putting this right,” a spokesperson said.",
            vec![row("Jo Penn", Direct, "Residents deserve better."), row("Harbour View Care Home", Direct, "We are putting this right,")]),
        ("a proxy after a body's head noun", "Cllr Ann Lee criticised Harbour Learning Trust and Eastvale Borough Council.\n\n“We accept the findings,” a trust spokesperson said.",
            vec![row("Harbour Learning Trust", Direct, "We accept the findings,")]),
        ("a head noun no body of the story has", "Eastvale Borough Council runs the service.\n\n“We accept the findings,” a hospital spokesperson said.",
            vec![]),
        ("a verb of speaking to someone before \"to\" is passive", "Council urged to “think again” on library closures\n\nEastvale Borough Council plans to shut six libraries.",
            vec![]),
        ("a description by the noun that ends a body's name", "Eastvale Borough Council and Northmoor Combined Authority share the costs. A spokesman for the combined authority said: “Fares will fall.” The council said: “We agree.”",
            vec![row("Northmoor Combined Authority", Direct, "Fares will fall."), row("Eastvale Borough Council", Direct, "We agree.")]),
        ("\"the\" and the noun that ends a body's name", "The Care Quality Commission rated Canal Street Medical Practice inadequate. The practice said it had begun “urgent work”. It said it had hired two pharmacists.",
            vec![row("Canal Street Medical Practice", Partial, "urgent work"), row("Canal Street Medical Practice", Indirect, "it had hired two pharmacists")]),
        ("a pronoun after a body's spokesman goes on quoting the body", "Cllr Jo Penn said the closure was wrong. A spokesman for Harbour Learning Trust said it was sorry.\n\n“We have acted,” he said.",
            vec![row("Jo Penn", Indirect, "the closure was wrong"), row("Harbour Learning Trust", Indirect, "it was sorry"), row("Harbour Learning Trust", Direct, "We have acted,")]),
        ("... of the spokesman's gender only", "Cllr Jo Penn said the closure was wrong. A spokesman for Harbour Learning Trust said it was sorry.\n\n“We have acted,” she said.",
            vec![row("Jo Penn", Indirect, "the closure was wrong"), row("Harbour Learning Trust", Indirect, "it was sorry"), row("Jo Penn", Direct, "We have acted,")]),
        ("... and a spokesperson is either", "A spokesperson for Harbour Learning Trust said it was sorry. “We have acted,” she added.",
            vec![row("Harbour Learning Trust", Indirect, "it was sorry"), row("Harbour Learning Trust", Direct, "We have acted,")]),
        ("... as is a spokeswoman \"she\"", "A spokeswoman for Harbour Learning Trust said it was sorry. “We have acted,” she added.",
            vec![row("Harbour Learning Trust", Indirect, "it was sorry"), row("Harbour Learning Trust", Direct, "We have acted,")]),
        ("... and a spokesman inside the quotation is no one", "Harbour Learning Trust said: “Our spokesman will meet parents.” “We have acted,” he added.",
            vec![row("Harbour Learning Trust", Direct, "Our spokesman will meet parents.")]),
        ("... but a body's statement is no one", "A statement from Harbour Learning Trust said it was sorry. “We have acted,” he added.",
            vec![row("Harbour Learning Trust", Indirect, "it was sorry")]),
        ("a proxy for \"the\" and a body's last noun", "Harbour Learning Trust runs four schools. A spokesperson for the trust said: “We will appeal.”",
            vec![row("Harbour Learning Trust", Direct, "We will appeal.")]),
        ("a pronoun after \"said\" is its subject", "The Care Quality Commission rated Canal Street Medical Practice inadequate. In a statement, the practice said it accepted the findings and had “taken urgent action”.",
            vec![row("Canal Street Medical Practice", Partial, "taken urgent action")]),
        ("a pronoun after \"said\" that does not agree with its subject", "Dr Ann Lee quit Harbour Learning Trust in May. The trust said she admitted “serious failings”.",
            vec![row("Ann Lee", Partial, "serious failings")]),
        ("\"the\" and a noun no body of the story ends with", "Eastvale Borough Council runs the clinic. The hospital said: “We will appeal.”",
            vec![]),
        ("\"the\" and the noun of a kind of body the story named a body after", "Routes run by bus operator Go Westward will end. The operator said: “Fares cover half the cost.”",
            vec![row("Go Westward", Direct, "Fares cover half the cost.")]),
        ("... or any such noun for a body named with its legal form", "Larchwood Care Ltd runs the home. The company said it had “learnt lessons”. The provider said: “We are sorry.”",
            vec![row("Larchwood Care Ltd", Partial, "learnt lessons"), row("Larchwood Care Ltd", Direct, "We are sorry.")]),
        ("... or the noun named after a body's initials", "Talks with the GMB union broke down on Friday. The union said: “Our members will strike.”",
            vec![row("GMB", Direct, "Our members will strike.")]),
        ("a body's initials before a verb of speech", "Refuse collectors will walk out. The GMB said: “Our members will strike.”",
            vec![row("GMB", Direct, "Our members will strike.")]),
        ("... but no other body's", "Harbour Learning Trust runs the school. The company said: “We are sorry.”",
            vec![]),
        ("... nor a noun of a body no company is", "Larchwood Care Ltd runs the home. The union said: “Staff are exhausted.”",
            vec![]),
        ("\"the\" and a body's last noun after a preposition", "Dr Amy Kerr runs Canal Street Medical Practice. Patients at the practice said: “We waited weeks.”",
            vec![]),
        ("a role over a body is the subject, not the body", "Cllr Ann Lee, the leader of Eastvale Borough Council, met residents. The leader of Eastvale Borough Council said: “We want homes.”",
            vec![row("Ann Lee", Direct, "We want homes.")]),
        ("a role no one holds yet is the person who opens the next paragraph", "The Lib Dem leader of Eastvale Borough Council has warned that targets will “concrete over” fields.\n\nCllr Ann Lee said: “We want homes.”",
            vec![row("Ann Lee", Partial, "concrete over"), row("Ann Lee", Direct, "We want homes.")]),
        ("... not one an apposition describes otherwise", "The council leader has warned that targets will “concrete over” fields.\n\nCllr Dev Rao, the Reform group leader, said: “We want homes.”",
            vec![row("Dev Rao", Direct, "We want homes.")]),
        ("according to", "The Care Inspectorate visited Glenmuir House. According to the inspectorate, meals were “often cold” at weekends.",
            vec![row("Care Inspectorate", Partial, "often cold")]),
        ("according to, without quote marks", "Parking charges at Redcliffe District Council car parks will rise. According to a council spokesman, the new charges start in April.",
            vec![row("Redcliffe District Council", Indirect, "the new charges start in April")]),
        ("according to, after the clause", "Cllr Ada Kerr chairs the panel. Staff were not paid for weeks, according to Cllr Kerr.",
            vec![row("Ada Kerr", Indirect, "Staff were not paid for weeks")]),
        ("a passive's agent after a title", "The plans were described as “an attack on rural communities” by Scottish Conservative councillor Ewan Reid.",
            vec![row("Ewan Reid", Partial, "an attack on rural communities")]),
        ("a name a comma sets after a role", "“It is an attack on rural communities,” said the Conservative group leader, Ewan Reid.",
            vec![row("Ewan Reid", Direct, "It is an attack on rural communities,")]),
        ("... but not after other words", "“We object,” said the Labour group yesterday, Ewan Reid among them.",
            vec![row("Labour group", Direct, "We object,")]),
        ("a passive with its agent", "Wards at Easton General Hospital were judged to be “unsafe and understaffed” by the Care Quality Commission.",
            vec![row("Care Quality Commission", Partial, "unsafe and understaffed")]),
        ("inspectors of a joint inspection speak for the lead body", "Estyn and the Care Inspectorate Wales inspected Dyffryn Council, Estyn leading. Estyn found gaps. Inspectors said: “Plans are weak.”",
            vec![row("Estyn", Direct, "Plans are weak.")]),
        ("a name before a colon, with an age", "Shopper Ann Cole, 81: “The market is the heart of the town.”",
            vec![row("Ann Cole", Direct, "The market is the heart of the town.")]),
        ("the object of a verb does not speak", "Parents who met Cllr Ann Lee said she had been “dismissive”.",
            vec![]),
        ("... before a participle, which shares the subject", "Cllr Ann Lee thanked Ofsted, saying the report was “fair”.",
            vec![row("Ann Lee", Partial, "fair")]),
        ("... the name, not the party in its title", "Green councillor Tessa Vale attacked the Labour administration, saying it had “lost control” of the budget.",
            vec![row("Tessa Vale", Partial, "lost control")]),
        ("... and without quote marks", "Cllr Ann Lee thanked Ofsted, saying the report was fair.",
            vec![row("Ann Lee", Indirect, "the report was fair")]),
        ("a name after \"said\" opens a clause, not an object", "Dr Ann Lee quit Harbour Learning Trust in May. The trust said Dr Lee had admitted “serious failings”.",
            vec![row("Ann Lee", Partial, "serious failings")]),
        ("\"she\" is never an object", "Dr Ann Lee quit Harbour Learning Trust in May. The trust confirmed she admitted “serious failings”.",
            vec![row("Ann Lee", Partial, "serious failings")]),
        ("a comma ends a verb's phrase", "When the report was published, Cllr Ann Lee said it was “a wake-up call”.",
            vec![row("Ann Lee", Partial, "a wake-up call")]),
        ("a body named between an article and a proxy noun", "“Trains will run again on Monday,” said a Network Rail spokesman.",
            vec![row("Network Rail", Direct, "Trains will run again on Monday,")]),
        ("a verb of criticism before a preposition is a headline's passive", "Northmoor Council accused of “betraying” rural schools\n\nNorthmoor Council approved the plans on Tuesday.",
            vec![]),
        ("... and active with its target after it", "Cllr Ann Lee accused Northmoor Council of “betraying” rural schools.",
            vec![row("Ann Lee", Partial, "betraying")]),
        ("... but a verb that may stand alone is active before one", "Cllr Ann Lee warned of “chaos” on the roads.",
            vec![row("Ann Lee", Partial, "chaos")]),
        ("a form in the past after \"the\" is an adjective", "The embattled Eastvale Borough Council said it was “disappointed”.",
            vec![row("Eastvale Borough Council", Partial, "disappointed")]),
    ];
    for (pattern, text, want) in cases {
        assert_eq!(statements(text), want, "{pattern}: {text}");
    }
}

#[test]
fn a_verb_after_a_subordinator_does_not_share_the_subject_before_it() {
    // The council was told; the finding is the watchdog's.
    let text = "Council told to improve after watchdog finds “serious failings”\n\nOfsted inspected Westmoor Council.";
    let found = statements(text);
    assert!(found.iter().all(|(speaker, ..)| speaker != "Westmoor Council"), "{found:?}");
    // Joined by "and", the second verb still shares the subject of the first.
    let text = "Cllr Ana Ruiz criticised the plan and said it was “a fantasy”.";
    assert_eq!(statements(text), [row("Ana Ruiz", StatementKind::Partial, "a fantasy")]);
}

#[test]
fn quotes_nobody_says_are_not_statements() {
    let cases = [
        "The school kept its ‘Good’ rating after the visit.",
        "Children’s services were found to be “inadequate” overall.",
        "The phrase “value for money” appears on every page.",
        "“Nobody knows,” the sign on the door read.",
    ];
    for text in cases {
        assert_eq!(statements(text), [], "{text}");
    }
}

#[test]
fn spans_and_evidence_sentences_point_into_the_text() {
    let text = "Budget agreed.\n\n“We balanced the books,” said Cllr Ivy Grant. Members applauded.";
    let ex = Extractor::new().unwrap();
    let (a, facts) = ex.read(text);
    let found = facts.statements;
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].span.slice(text), "“We balanced the books,”");
    assert_eq!(found[0].span.start, 16);
    assert_eq!(a.sentence_text(found[0].sentence), "“We balanced the books,” said Cllr Ivy Grant.");
    assert_eq!(found[0].cue.as_deref(), Some("said"));
}
