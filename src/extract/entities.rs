//! Stage 5: entities within one article. Joins the mentions of the same person ("Councillor
//! Amy Ng", "Cllr Ng"), party, party group and organisation ("Northshire County Council",
//! "Northshire Council") into one entity each, with a stable key.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;
use std::hash::Hash;

use crate::model::{Gender, NodeKind, OrgCategory};

use super::mentions::{is_shortened, Mention, MentionKind};

/// A person, party or organisation of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Person, Party or Organization.
    pub kind: NodeKind,
    /// What makes two mentions the same entity, also across articles.
    pub key: String,
    /// The fullest name seen.
    pub label: String,
    /// For a person, as far as the text tells.
    pub gender: Gender,
    /// For an organisation, what kind of body it is.
    pub category: Option<OrgCategory>,
}

impl Entity {
    /// The party of this canonical name.
    pub fn party(canonical: &str) -> Entity {
        Entity {
            kind: NodeKind::Party,
            key: canonical.to_lowercase(),
            label: canonical.to_string(),
            gender: Gender::Unknown,
            category: None,
        }
    }

    /// The id of this entity's graph node.
    pub fn node_id(&self) -> String {
        let prefix = self.kind.id_prefix();
        let mut id = String::with_capacity(prefix.len() + 1 + self.key.len());
        id.push_str(prefix);
        id.push(':');
        push_slug(&mut id, &self.key);
        id
    }
}

/// Lower-case letters and digits, other runs of characters made one hyphen.
pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_slug(&mut out, text);
    out
}

/// [`slug`], appended to `out`.
fn push_slug(out: &mut String, text: &str) {
    let start = out.len();
    // Ids are made for every edge of every article; most names are ASCII, lower-cased
    // here without the general Unicode path.
    let push = |out: &mut String, c: char| {
        if c.is_alphanumeric() {
            out.push(c);
        } else if out.len() > start && !out.ends_with('-') {
            out.push('-');
        }
    };
    for c in text.chars() {
        if c.is_ascii() {
            push(out, c.to_ascii_lowercase());
        } else {
            for lower in c.to_lowercase() {
                push(out, lower);
            }
        }
    }
    while out.len() > start && out.ends_with('-') {
        out.pop();
    }
}

/// The item that occurs most often, the first to occur on a tie.
pub fn most_frequent<K: Eq + Hash + Clone>(items: impl IntoIterator<Item = K>) -> Option<K> {
    let mut counts: HashMap<K, (usize, usize)> = HashMap::default();
    for (i, item) in items.into_iter().enumerate() {
        counts.entry(item).or_insert((0, i)).0 += 1;
    }
    counts.into_iter().max_by(|a, b| a.1 .0.cmp(&b.1 .0).then(b.1 .1.cmp(&a.1 .1))).map(|(k, _)| k)
}

/// The entities of an article; for each mention, the index of its entity (None for
/// pronouns and descriptions, which are resolved in context later); and the entity of
/// the council the article mentions most, the place it is about.
pub fn link_entities(mentions: &[Mention]) -> (Vec<Entity>, Vec<Option<usize>>, Option<usize>) {
    let home_council = home_council(mentions);
    let mut full_names: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for m in mentions {
        if let MentionKind::Person { name, .. } = &m.kind {
            if let Some((_, surname)) = name.rsplit_once(' ') {
                let names = full_names.entry(surname).or_default();
                if !names.contains(&name.as_str()) {
                    names.push(name);
                }
            }
        }
    }
    // "Ashford Vale’s MP Jo Reed" beside "Ashford Vale District Council": two capitalised
    // words that name a council's place are that place, not a person.
    let council_places: Vec<&str> = mentions
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Organization { key, category: OrgCategory::Council, .. } => key.strip_suffix(" council"),
            _ => None,
        })
        .collect();
    let is_place = |m: &Mention| match &m.kind {
        MentionKind::Person { name, gender: Gender::Unknown } => council_places.iter().any(|p| name.eq_ignore_ascii_case(p)),
        _ => false,
    };
    // "Larchwood Care Ltd" named once in full, then "Larchwood Care said": a body's name
    // as its shorter key has it (a company's without its legal form) is the body, not a
    // person.
    let companies: BTreeMap<&str, &Mention> = mentions
        .iter()
        .filter_map(|m| match &m.kind {
            MentionKind::Organization { key, label, .. } if is_shortened(label, key) => Some((key.as_str(), m)),
            _ => None,
        })
        .collect();
    let company_named = |m: &Mention| match &m.kind {
        MentionKind::Person { name, gender: Gender::Unknown } if !companies.is_empty() => companies.get(name.to_lowercase().as_str()).copied(),
        _ => None,
    };
    let mut entities: Vec<Entity> = Vec::new();
    let mut by_key: BTreeMap<(NodeKind, String), usize> = BTreeMap::new();
    let mut links = Vec::with_capacity(mentions.len());
    for m in mentions {
        let candidate = match company_named(m) {
            _ if is_place(m) => None,
            Some(company) => entity_of(company, &full_names, home_council.as_deref()),
            None => entity_of(m, &full_names, home_council.as_deref()),
        };
        let Some(candidate) = candidate else {
            links.push(None);
            continue;
        };
        let ix = *by_key.entry((candidate.kind, candidate.key.clone())).or_insert_with(|| {
            entities.push(candidate.clone());
            entities.len() - 1
        });
        let e = &mut entities[ix];
        if candidate.label.len() > e.label.len() {
            e.label = candidate.label;
        }
        if e.gender == Gender::Unknown {
            e.gender = candidate.gender;
        }
        links.push(Some(ix));
    }
    let home = home_council.and_then(|key| by_key.get(&(NodeKind::Organization, key)).copied());
    (entities, links, home)
}

/// The council the article mentions most (first on a tie): party groups belong to it.
fn home_council(mentions: &[Mention]) -> Option<String> {
    most_frequent(mentions.iter().filter_map(|m| match &m.kind {
        MentionKind::Organization { key, category: OrgCategory::Council, .. } => Some(key.clone()),
        _ => None,
    }))
}

fn entity_of(m: &Mention, full_names: &BTreeMap<&str, Vec<&str>>, home_council: Option<&str>) -> Option<Entity> {
    let entity = |kind, key: String, label: String, category| Entity { kind, key, label, gender: Gender::Unknown, category };
    Some(match &m.kind {
        MentionKind::Person { name, gender } => {
            let full = if is_surname_only(name) { expand_surname(name, full_names) } else { name.clone() };
            // A surname alone is only known within its place: "Cllr Ng" of one council is
            // not "Cllr Ng" of another.
            let key = match home_council {
                Some(council) if is_surname_only(&full) => format!("{} @ {council}", full.to_lowercase()),
                _ => full.to_lowercase(),
            };
            Entity { gender: *gender, ..entity(NodeKind::Person, key, full, None) }
        }
        MentionKind::Party { canonical } => Entity::party(canonical),
        MentionKind::PartyGroup { canonical } => {
            let label = format!("{canonical} group");
            let key = match home_council {
                Some(council) => format!("{label} {council}").to_lowercase(),
                None => label.to_lowercase(),
            };
            let category = OrgCategory::PartyGroup { party: canonical.clone() };
            entity(NodeKind::Organization, key, label, Some(category))
        }
        MentionKind::Organization { label, key, category } => {
            entity(NodeKind::Organization, key.clone(), label.clone(), Some(category.clone()))
        }
        MentionKind::Pronoun(_) | MentionKind::Description(_) => return None,
    })
}

/// True when a name is a surname alone, with any particles before it ("Ng", "de Souza",
/// "van der Berg"), as after an honorific.
fn is_surname_only(name: &str) -> bool {
    let mut words = name.split(' ');
    words.next_back();
    words.all(|w| w.chars().next().is_some_and(char::is_lowercase))
}

/// "Ng" becomes "Amy Ng", "de Souza" "Carla de Souza", when exactly one full name in the
/// article ends with it.
fn expand_surname(surname: &str, full_names: &BTreeMap<&str, Vec<&str>>) -> String {
    let last = surname.rsplit(' ').next().unwrap_or(surname);
    let ends_with_surname = |full: &&&str| full.strip_suffix(surname).is_some_and(|first| first.ends_with(' '));
    let mut matching = full_names.get(last).into_iter().flatten().filter(ends_with_surname);
    match (matching.next(), matching.next()) {
        (Some(only), None) => (*only).to_string(),
        _ => surname.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn mention(kind: MentionKind) -> Mention {
        Mention { span: Span::new(0, 0), kind }
    }

    fn person(name: &str, gender: Gender) -> Mention {
        mention(MentionKind::Person { name: name.into(), gender })
    }

    #[test]
    fn a_surname_after_an_honorific_joins_the_full_name() {
        let ms = [person("Ng", Gender::Female), person("Amy Ng", Gender::Unknown), person("Ng", Gender::Unknown)];
        let (entities, links, _) = link_entities(&ms);
        assert_eq!(entities.len(), 1);
        assert_eq!(entities[0].label, "Amy Ng");
        assert_eq!(entities[0].gender, Gender::Female);
        assert_eq!(links, [Some(0), Some(0), Some(0)]);
        assert_eq!(entities[0].node_id(), "person:amy-ng");
    }

    #[test]
    fn a_surname_with_particles_joins_the_full_name_that_ends_with_it() {
        let ms = [
            person("Carla de Souza", Gender::Unknown),
            person("de Souza", Gender::Female),
            person("Tom van der Berg", Gender::Unknown),
            person("Berg", Gender::Unknown),
            person("Ana Souza", Gender::Unknown),
            person("da Souza", Gender::Unknown),
        ];
        let (entities, links, _) = link_entities(&ms);
        let labels: Vec<&str> = links.iter().map(|l| entities[l.unwrap()].label.as_str()).collect();
        assert_eq!(labels, ["Carla de Souza", "Carla de Souza", "Tom van der Berg", "Tom van der Berg", "Ana Souza", "da Souza"]);
        assert_eq!(entities[0].gender, Gender::Female);
    }

    #[test]
    fn a_company_named_without_its_legal_form_is_the_company() {
        let company = mention(MentionKind::Organization {
            label: "Larchwood Care Ltd".into(),
            key: "larchwood care".into(),
            category: OrgCategory::Health,
        });
        // Named before the company in full or after it, the short name is the company.
        let ms = [person("Larchwood Care", Gender::Unknown), company, person("Jo Reed", Gender::Unknown)];
        let (entities, links, _) = link_entities(&ms);
        assert_eq!(links, [Some(0), Some(0), Some(1)]);
        assert_eq!(entities[0].label, "Larchwood Care Ltd");
        assert_eq!(entities[0].kind, NodeKind::Organization);
        // Without the company, the same words are a name.
        let (entities, _, _) = link_entities(&ms[..1]);
        assert_eq!(entities[0].kind, NodeKind::Person);
    }

    #[test]
    fn a_council_s_place_is_no_person() {
        let council = mention(MentionKind::Organization {
            label: "Ashford Vale District Council".into(),
            key: "ashford vale council".into(),
            category: OrgCategory::Council,
        });
        let ms = [council, person("Ashford Vale", Gender::Unknown), person("Jo Reed", Gender::Unknown)];
        let (entities, links, _) = link_entities(&ms);
        assert_eq!(links, [Some(0), None, Some(1)]);
        assert_eq!(entities[1].label, "Jo Reed");
        // Without the council, the same words are a name.
        let (_, links, _) = link_entities(&ms[1..]);
        assert_eq!(links, [Some(0), Some(1)]);
    }

    #[test]
    fn an_ambiguous_surname_stays_apart() {
        let ms = [person("Amy Ng", Gender::Unknown), person("Ben Ng", Gender::Unknown), person("Ng", Gender::Unknown)];
        let (entities, _, _) = link_entities(&ms);
        assert_eq!(entities.len(), 3);
    }

    #[test]
    fn council_spellings_share_a_key_and_groups_belong_to_the_home_council() {
        let council = |label: &str| {
            mention(MentionKind::Organization { label: label.into(), key: "northshire council".into(), category: OrgCategory::Council })
        };
        let ms = [council("Northshire Council"), council("Northshire County Council"), mention(MentionKind::PartyGroup { canonical: "Green".into() })];
        let (entities, links, _) = link_entities(&ms);
        assert_eq!(entities.len(), 2);
        assert_eq!(entities[0].label, "Northshire County Council");
        assert_eq!(links[..2], [Some(0), Some(0)]);
        assert_eq!(entities[1].key, "green group northshire council");
        assert_eq!(entities[1].label, "Green group");
    }

    #[test]
    fn most_frequent_counts_and_breaks_ties_by_first_place() {
        assert_eq!(most_frequent(["b", "a", "a", "b"]), Some("b"));
        assert_eq!(most_frequent(["b", "a", "a"]), Some("a"));
        assert_eq!(most_frequent(Vec::<&str>::new()), None);
    }

    #[test]
    fn slugs_are_stable_ascii_free_of_punctuation() {
        assert_eq!(slug("Sinn Féin"), "sinn-féin");
        assert_eq!(slug("  O’Neill--Rowe  "), "o-neill-rowe");
        assert_eq!(slug("ÉCOLE St. Ann's (North)"), "école-st-ann-s-north");
        assert_eq!(slug("-- ’ --"), "");
        assert_eq!(slug("HMICFRS"), "hmicfrs");
    }
}
