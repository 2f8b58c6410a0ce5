//! The role, owner and membership tables: one row per sentence of reporting.

use super::*;

type Pairs = Vec<(String, String)>;

fn read(text: &str) -> (Pairs, Pairs) {
    let lex = Lexicon::load().unwrap();
    let a = Analysis::new(text, &lex);
    let (roles, members) = roles_and_memberships(&a, &lex);
    let label = |e: usize| a.entities[e].label.clone();
    (
        roles.iter().map(|r| (label(r.person), r.role.clone())).collect(),
        members.iter().map(|m| (label(m.person), m.party.clone())).collect(),
    )
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
}

#[test]
fn table_of_roles() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("Cllr Ama Boateng, the cabinet member for adult social care, said it was fine.", &[("Ama Boateng", "cabinet member for adult social care")]),
        ("Northshire County Council’s director of public health Dr Raj Iyer spoke.", &[("Raj Iyer", "director of public health")]),
        ("The leader of the Liberal Democrat opposition group Cllr Tess Ward objected.", &[("Tess Ward", "leader of the liberal democrat opposition group")]),
        ("Green Party’s spokesman for transport, Cllr Ian Cole, said no.", &[("Ian Cole", "spokesman for transport")]),
        ("Mr Sam Okafor, chief executive of Riverside NHS Trust, apologised.", &[("Sam Okafor", "chief executive of riverside nhs trust")]),
        ("The decision by Cllr Mo Reid after his appointment as leader was welcomed.", &[("Mo Reid", "leader")]),
        ("Council leader Cllr Bea Hart (SNP, Leith) replied.", &[("Bea Hart", "council leader")]),
        ("Green group leader Cllr Jo Pine abstained.", &[("Jo Pine", "green group leader")]),
        ("Cllr Nia Hughes, the Plaid Cymru cabinet member for schools, said yes.", &[("Nia Hughes", "cabinet member for schools")]),
        ("Cllr Dev Shah, the Liberal Democrat spokesman for waste, disagreed.", &[("Dev Shah", "spokesman for waste")]),
        ("Cllr Kim Lowe, the cabinet portfolio holder for finance, said the books balance.", &[("Kim Lowe", "cabinet portfolio holder for finance")]),
        ("Council convener Cllr Rab Kerr (SNP, Leith) chaired the meeting.", &[("Rab Kerr", "council convener")]),
        ("Senior coroner Ann Lee recorded a narrative conclusion.", &[("Ann Lee", "senior coroner")]),
        ("The town clerk, Mrs Jo Hart, resigned.", &[("Jo Hart", "town clerk")]),
        ("The Police and Crime Commissioner, Independent Geoff Marr, agreed.", &[("Geoff Marr", "police and crime commissioner")]),
        ("The chair of the fire authority, Conservative councillor Ewan Tait, agreed.", &[("Ewan Tait", "chair of the fire authority"), ("Ewan Tait", "councillor")]),
        ("The chair of the panel, councillor Ewan Tait, agreed.", &[("Ewan Tait", "chair of the panel"), ("Ewan Tait", "councillor")]),
        // A phrase before a comma and a title of its own is the title's only when it
        // names a role.
        ("Speaking after the vote, Labour councillor Ewan Tait said no.", &[("Ewan Tait", "councillor")]),
        ("The new chief constable, Liberal Democrat Ann Bell, declined.", &[("Ann Bell", "chief constable")]),
        ("Tom Lyle MP (Lab, Eastfield) said the bypass was late.", &[("Tom Lyle", "mp")]),
        ("Aled Rhys MS, who chairs the committee, said no.", &[("Aled Rhys", "chair of the committee")]),
        // A role held as a verb in a relative clause.
        ("Cllr Ruth Baines, who chairs the council’s transport committee, said yes.", &[("Ruth Baines", "chair of the council's transport committee")]),
        ("Cllr Ian Ross, who leads the SNP administration and sits on the board, said no.", &[("Ian Ross", "leader of the snp administration")]),
        ("Cllr Ian Ross, who leads calls for a review, said no.", &[]),
        ("Cllr Ian Ross, who now leads the Green group, said no.", &[("Ian Ross", "leader of the green group")]),
        ("Cllr Ian Ross, who also chairs the audit committee, said no.", &[("Ian Ross", "chair of the audit committee")]),
        ("Cllr Ian Ross, who chaired the committee, said no.", &[]),
        // A relative clause of another verb than "be" or "become" holds no office.
        ("Ann Lee, who lost the mayoral election to the Labour leader in May, said no.", &[]),
        ("Ann Lee, who wrote to the chief executive last week, said no.", &[]),
        ("Ann Lee, who is the council’s deputy leader, said no.", &[("Ann Lee", "deputy leader")]),
        ("Ann Lee, who has since become deputy leader, said no.", &[("Ann Lee", "deputy leader")]),
        ("Ann Lee, who was previously the chair of the panel, said no.", &[("Ann Lee", "chair of the panel")]),
        // A dash sets an apposition apart as a comma does.
        ("The planning chief — Cllr Rosa Diaz, a Conservative — said no.", &[("Rosa Diaz", "planning chief")]),
        ("Cllr Rosa Diaz — the cabinet member for planning — said no.", &[("Rosa Diaz", "cabinet member for planning")]),
        ("Cllr Rosa Diaz – the cabinet member for planning – said no.", &[("Rosa Diaz", "cabinet member for planning")]),
        ("Tom Hale, who became council leader in 2019, said no.", &[("Tom Hale", "council leader"), ("Tom Hale", "council leader")]),
        // An election or appointment is the person's own only as theirs and "as" a role.
        ("Tom Hale lost his election to the Labour leader by 40 votes.", &[]),
        ("Cllr Mo Reid’s election as leader was welcomed.", &[("Mo Reid", "leader")]),
        // A time adverbial after the role's noun is no part of it.
        ("Cllr Jo Bell, the committee’s chair since May, said no.", &[("Jo Bell", "chair")]),
        ("Council leader last year Cllr Jo Bell said no.", &[("Jo Bell", "council leader")]),
        ("The Conservative group leader on the council, Cllr Ross Alder, said no.", &[("Ross Alder", "conservative group leader on the council")]),
        ("Labour’s spokesman on health, Cllr Ife Obi, agreed.", &[("Ife Obi", "spokesman on health")]),
        ("Staff on the ward Ann Cole said it was busy.", &[]),
        ("Unison regional organiser Jan Ling said staff were tired.", &[("Jan Ling", "unison regional organiser")]),
        ("Shopper Ann Cole said it was busy.", &[]),
        ("Reform UK candidate Tom Akers said it was busy.", &[("Tom Akers", "candidate")]),
        ("Cllr Mo Reid has appointed a new cabinet member.", &[]),
        ("Their MP, Sir Tom Lyle, said he had written to the health secretary.", &[("Tom Lyle", "mp")]),
        ("Scottish Greens co-leader Lorna Slater said the bill was overdue.", &[("Lorna Slater", "co-leader")]),
        ("The vice-chair of the licensing committee, Cllr Sam Hale, said no.", &[("Sam Hale", "vice-chair of the licensing committee")]),
        ("Deputy-leader Cllr Pat Moss said the vote was lost.", &[("Pat Moss", "deputy-leader")]),
        ("Ex-councillor Tom Reed said the scheme was a mess.", &[]),
        // "and" inside a title in lower case: a shared head, or a preposition's object.
        ("Police and crime commissioner Dafydd Rees said the force would improve.", &[("Dafydd Rees", "police and crime commissioner")]),
        ("On Friday the police and crime commissioner Dafydd Rees said no.", &[("Dafydd Rees", "police and crime commissioner")]),
        ("Northvale's police and crime commissioner, Labour's Ian Corby, said no.", &[("Ian Corby", "police and crime commissioner")]),
        ("The Conservative police and crime commissioner for Westshire, Dina Reyes, said no.", &[("Dina Reyes", "police and crime commissioner for westshire")]),
        ("Westshire police and crime commissioner Dina Reyes said no.", &[("Dina Reyes", "westshire police and crime commissioner")]),
        ("Labour spokesman on health and social care Cllr Ann Lee said no.", &[("Ann Lee", "spokesman on health and social care")]),
        ("Green group leader on the police and crime panel, Cllr Jo Bell, said no.", &[("Jo Bell", "green group leader on the police and crime panel")]),
        ("The county's health and wellbeing director, Ann Lee, said no.", &[("Ann Lee", "health and wellbeing director")]),
        ("Health and social care secretary Ann Lee visited the ward.", &[("Ann Lee", "health and social care secretary")]),
        ("Cabinet member for children and families Cllr Ann Lee said no.", &[("Ann Lee", "cabinet member for children and families")]),
        ("Cllr Ann Lee, cabinet member for adult social care and health, said no.", &[("Ann Lee", "cabinet member for adult social care and health")]),
        // "at" or "on" a named body after a role's object, not a lower-case place.
        ("Labour's cabinet member for schools at Eastmoor Borough Council, Cllr Ann Lee, said no.", &[("Ann Lee", "cabinet member for schools at eastmoor borough council")]),
        ("The spokesman for transport on the Westshire Combined Authority, Jo Dale, said no.", &[("Jo Dale", "spokesman for transport on the westshire combined authority")]),
        ("The head of the trust at the centre of the row, Jo Dale, said no.", &[]),
        ("The plan was backed by residents and councillor Ann Lee.", &[("Ann Lee", "councillor")]),
        ("The plan was backed by residents and ward councillor Ann Lee.", &[("Ann Lee", "ward councillor")]),
        ("Parents and school governor Ann Lee said the plan was wrong.", &[("Ann Lee", "school governor")]),
        // A verb in the past after the comma opens the predicate, whose object is
        // another's role; before a role noun it is an adjective or an appointment.
        ("The commissioner, Jo Whitlock, defended the chief constable.", &[("Jo Whitlock", "commissioner")]),
        ("The mayor, Ann Lee, also thanked the council leader.", &[("Ann Lee", "mayor")]),
        ("Ann Lee, backed by the council leader, said the plan was fair.", &[]),
        ("Ann Lee, retired headteacher, said the school had changed.", &[("Ann Lee", "retired headteacher")]),
        ("Ann Lee, named chair of the trust last year, said it was wrong.", &[("Ann Lee", "chair of the trust")]),
        ("Ann Lee, appointed chief executive in May, said it was wrong.", &[("Ann Lee", "chief executive"), ("Ann Lee", "chief executive")]),
        ("Ann Lee, as chair of the committee, said it was wrong.", &[("Ann Lee", "chair of the committee")]),
    ];
    for (text, want) in cases {
        assert_eq!(read(text).0, pairs(want), "{text}");
    }
}

#[test]
fn table_of_role_owners() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        ("Cllr Maya Fenwick, the Green leader of Westbrook Council, said no.", "leader of westbrook council", Some("Westbrook Council")),
        ("Cllr Omar Said, the SNP convener of Fife Council’s education committee, agreed.", "convener of fife council's education committee", Some("Fife Council")),
        // A party owns its own offices only; of other roles it is the holder's party.
        ("Cllr Joy Platt, the Conservative cabinet member for housing, agreed.", "cabinet member for housing", None),
        ("The Labour mayor, Jane Holt, said the fares would fall.", "mayor", None),
        ("Reform UK councillor Lee Dale voted against.", "councillor", None),
        ("The Labour council leader, Pat Moss, said the cuts were forced on her.", "council leader", None),
        ("The Scottish Greens co-leader, Lorna Slater, said the bill was overdue.", "co-leader", Some("Green")),
        ("The Liberal Democrat spokesperson for health, Dev Shah, said no.", "spokesperson for health", Some("Liberal Democrat")),
        ("Cllr Ivy Lund, the Conservative opposition leader, objected.", "opposition leader", Some("Conservative")),
        ("Hartmoor Borough Council’s Labour leader, Cllr Ann Bell, agreed.", "leader", Some("Hartmoor Borough Council")),
        ("Labour’s spokesman for schools, Cllr Dan Hope, said no.", "spokesman for schools", Some("Labour")),
        ("Northshire County Council’s director of public health Dr Raj Iyer spoke.", "director of public health", Some("Northshire County Council")),
        ("The Police and Crime Commissioner, Independent Geoff Marr, agreed.", "police and crime commissioner", None),
    ];
    let lex = Lexicon::load().unwrap();
    for &(text, role, owner) in cases {
        let a = Analysis::new(text, &lex);
        let (roles, _) = roles_and_memberships(&a, &lex);
        let got: Vec<(&str, Option<&str>)> =
            roles.iter().map(|r| (r.role.as_str(), r.organization.map(|o| a.entities[o].label.as_str()))).collect();
        assert_eq!(got, [(role, owner)], "{text}");
    }
}

#[test]
fn table_of_memberships() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("Coun Ella Marsh (LD, Riverside) spoke.", &[("Ella Marsh", "Liberal Democrat")]),
        ("The planning chief — Cllr Rosa Diaz, a Conservative — said no.", &[("Rosa Diaz", "Conservative")]),
        ("Cllr Rosa Diaz — a Conservative — said no.", &[("Rosa Diaz", "Conservative")]),
        ("Cllr Rosa Diaz—a Conservative—said no.", &[("Rosa Diaz", "Conservative")]),
        // Web copy's spaced hyphen for a dash; a hyphen inside a word is no dash.
        ("Cllr Rosa Diaz - who sits for the Green Party - said no.", &[("Rosa Diaz", "Green")]),
        ("Cllr Rosa Diaz - who represents Abbey ward for the Greens - said: “No.”", &[("Rosa Diaz", "Green")]),
        ("Cllr Rosa Diaz - who chairs the panel - said the Labour plan was bad.", &[]),
        ("Labour’s spokesman for schools, Cllr Dan Hope, said no.", &[("Dan Hope", "Labour")]),
        ("Labour’s cabinet member for schools at Eastmoor Council, Cllr Dan Hope, said no.", &[("Dan Hope", "Labour")]),
        ("The Lib Dems’ spokesperson for policing, Cllr Mary Hale, said no.", &[("Mary Hale", "Liberal Democrat")]),
        ("The Conservatives' group leader Cllr Ian Nash said no.", &[("Ian Nash", "Conservative")]),
        ("The Greens’ housing spokesman Cllr Ali Khan said no.", &[("Ali Khan", "Green")]),
        ("The residents’ spokesman Cllr Ali Khan said no.", &[]),
        ("Cllr Joy Platt, the Conservative cabinet member for housing, agreed.", &[("Joy Platt", "Conservative")]),
        ("Reform UK councillor Lee Dale voted against.", &[("Lee Dale", "Reform UK")]),
        ("The leader of the Plaid Cymru group Cllr Siân Rees spoke.", &[("Siân Rees", "Plaid Cymru")]),
        ("The Police and Crime Commissioner, Independent Geoff Marr, agreed.", &[("Geoff Marr", "Independent")]),
        ("The chair of the fire authority, Conservative councillor Ewan Tait, agreed.", &[("Ewan Tait", "Conservative")]),
        ("The Conservative police and crime commissioner for Westshire, Dina Reyes, agreed.", &[("Dina Reyes", "Conservative")]),
        ("Cllr Ray Dunn, a former Conservative, sits as an independent.", &[]),
        // A party in a relative clause of action is the person's own as its object,
        // another's as a role's adjective; leaving it undoes the link.
        ("Cllr Amy Ng, who joined Reform UK in March, said no.", &[("Amy Ng", "Reform UK")]),
        ("Cllr Amy Ng, who lost to the Labour leader in May, said no.", &[]),
        ("Cllr Amy Ng, who lost to the Green candidate in May, said no.", &[]),
        ("Tom Akers, the Green candidate for Eastfield, said no.", &[("Tom Akers", "Green")]),
        ("Cllr Amy Ng, who is the Labour leader, said no.", &[("Amy Ng", "Labour")]),
        ("Cllr Amy Ng, who sits as an independent after leaving Labour, said no.", &[]),
        ("Tom Lyle MP (Lab, Eastfield) said the bypass was late.", &[("Tom Lyle", "Labour")]),
        ("Dame Ivy Moss DBE (Con) opened the debate.", &[("Ivy Moss", "Conservative")]),
        ("Reform UK now has 14 seats on the council. Its group leader, Cllr Dan Cope, said it would scrutinise every budget line.", &[("Dan Cope", "Reform UK")]),
        ("Plaid Cymru has accused ministers of neglect. The party’s education spokesperson, Cefin Rhys MS, said schools faced cuts.", &[("Cefin Rhys", "Plaid Cymru")]),
        ("Labour and the Liberal Democrats both objected. The party’s leader, Cllr Ann Cole, said no.", &[]),
        ("The Green Party won two seats. Its co-leader Maggie Chapman said the result was a start.", &[("Maggie Chapman", "Green")]),
        ("Labour and the Liberal Democrats share power. Its leader, Cllr Ben Ash, said the deal held.", &[]),
        ("The council was rated inadequate. Its chief executive, Jo Hale, apologised.", &[]),
        ("The Liberal Democrats said they would abstain. Their transport spokesperson, Cllr Naomi Fry, said the delay was regrettable.", &[("Naomi Fry", "Liberal Democrat")]),
        ("Residents wrote to the Labour group. Their spokesman, Tom Hill, said the bus had gone.", &[]),
        ("Cllr Amy Hart of the Green Party said the plan was reckless.", &[("Amy Hart", "Green")]),
        ("Jo Kemp from Reform UK said the tax was too high.", &[("Jo Kemp", "Reform UK")]),
        ("Cllr Dev Rao of the Lib Dem group voted against.", &[("Dev Rao", "Liberal Democrat")]),
        ("Jo Kemp of Eastvale Council met the Labour group.", &[]),
        ("Jo Kemp wrote of Labour’s failures.", &[]),
        ("Cllr Jo Kemp, supported by the Green Party, won the seat.", &[]),
        ("The mayor, Jo Kemp, also thanked the Labour leader.", &[]),
        // A verb in the past before "as" says what the person was elected as.
        ("Cllr Jo Kemp, elected as an Independent in 2021, voted against.", &[("Jo Kemp", "Independent")]),
        ("Cllr Jo Kemp, who was elected as an Independent in 2021, voted against.", &[("Jo Kemp", "Independent")]),
    ];
    for (text, want) in cases {
        assert_eq!(read(text).1, pairs(want), "{text}");
    }
}

#[test]
fn table_of_memberships_learnt_from_descriptions_of_speakers() {
    let extractor = crate::extract::Extractor::new().unwrap();
    let cases: &[(&str, &[(&str, &str)])] = &[
        // The sentence naming the mayor gives no party; the description of the speaker does.
        ("Headline\n\nThe Mayor of Eastvale, Kim Hale, backed the plan.\n\nThe Labour mayor said: “Passengers come first.”", &[("Kim Hale", "Labour")]),
        ("Headline\n\nCllr Omar Said, leader of the opposition, spoke.\n\nThe Liberal Democrat leader said: “The budget is late.”", &[("Omar Said", "Liberal Democrat")]),
        // A description naming no party teaches nothing.
        ("Headline\n\nThe Mayor of Eastvale, Kim Hale, backed the plan.\n\nThe mayor said: “Passengers come first.”", &[]),
        // A stated party wins over a description that contradicts it.
        ("Headline\n\nThe Mayor of Eastvale, Cllr Kim Hale (Con), backed the plan.\n\nThe Labour mayor said: “Passengers come first.”", &[("Kim Hale", "Conservative")]),
    ];
    for (text, want) in cases {
        let (a, facts) = extractor.read(text);
        let got: Pairs = facts.memberships.iter().map(|m| (a.entities[m.person].label.clone(), m.party.clone())).collect();
        assert_eq!(got, pairs(want), "{text}");
    }
}

#[test]
fn descriptions_add_a_party_only_where_none_is_stated_and_they_agree() {
    let member = |person: usize, party: &str| Membership { person, party: party.to_string(), sentence: 0 };
    let mut stated = vec![member(0, "Labour")];
    add_described(&mut stated, vec![member(0, "Green"), member(1, "Reform UK"), member(2, "Labour"), member(2, "Conservative"), member(3, "Green")]);
    assert_eq!(stated, [member(0, "Labour"), member(1, "Reform UK"), member(3, "Green")]);
}
