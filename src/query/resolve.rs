//! Names in questions to nodes of the graph: labels, party short forms ("Tories",
//! "Lib Dems"), titles ("Cllr Lee"), surnames, and the people a party name covers.

use std::collections::BTreeSet;
use std::fmt;

use super::parser::pointer;
use super::question::NamePhrase;
use crate::lexicon::Lexicon;
use crate::model::{EdgeKind, Node, NodeData, NodeKind, OrgCategory, QuoteGraph};

/// What a name in a question stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Named<'g> {
    /// One node: a person or an organisation.
    Node(&'g Node),
    /// Groups of one party on several councils, which share a label ("Labour group").
    Groups(Vec<&'g Node>),
    /// A party, whether or not the graph has a node for it: by its canonical name, with its
    /// groups and members; `people_only` when the question said "Labour councillors".
    Party {
        /// The party's canonical name.
        canonical: String,
        /// True for its people, not the party or its groups.
        people_only: bool,
    },
}

/// Which kinds of thing a place in a question can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wanted {
    /// A person, a party or an organisation: whoever can speak or criticise.
    Actor,
    /// A person.
    Person,
    /// An organisation.
    Organization,
    /// A party or an organisation.
    Group,
}

impl Wanted {
    fn admits(self, node: &Node) -> bool {
        let kind = node.kind();
        match self {
            Wanted::Actor => matches!(kind, NodeKind::Person | NodeKind::Party | NodeKind::Organization),
            Wanted::Person => kind == NodeKind::Person,
            Wanted::Organization => kind == NodeKind::Organization,
            Wanted::Group => matches!(kind, NodeKind::Party | NodeKind::Organization),
        }
    }

    fn admits_parties(self) -> bool {
        matches!(self, Wanted::Actor | Wanted::Group)
    }

    fn describe(self) -> &'static str {
        match self {
            Wanted::Actor => "person, party or organisation",
            Wanted::Person => "person",
            Wanted::Organization => "organisation",
            Wanted::Group => "party or organisation",
        }
    }
}

/// A name the graph does not know, or knows more than once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolveError {
    /// The question as given.
    pub question: String,
    /// The name in it.
    pub name: NamePhrase,
    /// What the name had to be ("person", "party or organisation").
    pub wanted: &'static str,
    /// The nearest known names, or the candidates when the name is ambiguous.
    pub candidates: Vec<String>,
    /// True when several nodes carry the name.
    pub ambiguous: bool,
}

impl fmt::Display for ResolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let listed = self.candidates.join(", ");
        match (self.ambiguous, self.candidates.is_empty()) {
            (true, _) => writeln!(f, "\"{}\" could be any of: {listed}; give the full name", self.name.text)?,
            (false, true) => writeln!(f, "no {} called \"{}\" in the graph", self.wanted, self.name.text)?,
            (false, false) => writeln!(f, "no {} called \"{}\" in the graph; nearest: {listed}", self.wanted, self.name.text)?,
        }
        write!(f, "{}", pointer(&self.question, self.name.span))
    }
}

impl std::error::Error for ResolveError {}

/// Words after a party name that mean its people ("Green councillors").
const PEOPLE_WORDS: &[&str] = &["councillor", "councillors", "member", "members", "mp", "mps", "politician", "politicians"];
/// Words after a party name that add nothing ("Labour group", "Labour party").
const PARTY_WORDS: &[&str] = &["group", "groups", "party"];

/// Finds the nodes names stand for.
pub struct Resolver<'g, 'l> {
    graph: &'g QuoteGraph,
    lexicon: &'l Lexicon,
    question: &'g str,
}

impl<'g, 'l> Resolver<'g, 'l> {
    /// A resolver over `graph`; `question` is quoted in errors.
    pub fn new(graph: &'g QuoteGraph, lexicon: &'l Lexicon, question: &'g str) -> Self {
        Resolver { graph, lexicon, question }
    }

    /// What `name` stands for, among the kinds `wanted`.
    pub fn resolve(&self, name: &NamePhrase, wanted: Wanted) -> Result<Named<'g>, ResolveError> {
        let key = normalise(&name.text);
        let error = |candidates: Vec<String>, ambiguous| ResolveError {
            question: self.question.to_string(),
            name: name.clone(),
            wanted: wanted.describe(),
            candidates,
            ambiguous,
        };
        let words: Vec<&str> = key.split(' ').collect();
        let (last, rest) = words.split_last().map(|(l, r)| (*l, r.join(" "))).unwrap_or_default();
        if wanted.admits_parties() && !rest.is_empty() {
            if let Some(canonical) = self.party(&rest).filter(|_| PEOPLE_WORDS.contains(&last)) {
                return Ok(Named::Party { canonical, people_only: true });
            }
        }
        let mut found = self.by_label(&key, wanted);
        if found.is_empty() && wanted.admits_parties() {
            let party = self.party(&key).or_else(|| self.party(&rest).filter(|_| PARTY_WORDS.contains(&last)));
            if let Some(canonical) = party {
                return Ok(Named::Party { canonical, people_only: false });
            }
        }
        if found.is_empty() {
            found = self.by_inspectorate_alias(&key, wanted);
        }
        if found.is_empty() {
            found = self.by_person_name(&words, wanted);
        }
        match found.as_slice() {
            [one] => Ok(match (&one.data, wanted.admits_parties()) {
                (NodeData::Party, true) => Named::Party { canonical: one.label.clone(), people_only: false },
                _ => Named::Node(one),
            }),
            [] => Err(error(self.nearest(&key, wanted), false)),
            many if many.iter().all(|n| party_of_group(n).is_some_and(|p| Some(p) == party_of_group(many[0]))) => Ok(Named::Groups(many.to_vec())),
            many => Err(error(many.iter().map(|n| n.label.clone()).collect(), true)),
        }
    }

    /// Node ids a name covers: a node itself; a party with its node, its groups and the
    /// members of both; a party group with its members.
    pub fn cover(&self, named: &Named<'g>) -> BTreeSet<&'g str> {
        let mut ids = BTreeSet::new();
        let mut groups = Vec::new();
        match named {
            Named::Node(node) => {
                ids.insert(node.id.as_str());
                groups.push(node.id.as_str());
            }
            Named::Groups(nodes) => {
                ids.extend(nodes.iter().map(|n| n.id.as_str()));
                groups.extend(nodes.iter().map(|n| n.id.as_str()));
            }
            Named::Party { canonical, people_only } => {
                for node in self.graph.nodes() {
                    let belongs = match &node.data {
                        NodeData::Party => node.label.eq_ignore_ascii_case(canonical),
                        NodeData::Organization(OrgCategory::PartyGroup { party }) => party.eq_ignore_ascii_case(canonical),
                        _ => false,
                    };
                    if belongs {
                        groups.push(node.id.as_str());
                        if !people_only {
                            ids.insert(node.id.as_str());
                        }
                    }
                }
            }
        }
        for group in groups {
            ids.extend(self.graph.sources(group, EdgeKind::MemberOf).into_iter().filter(|n| n.kind() == NodeKind::Person).map(|n| n.id.as_str()));
        }
        ids
    }

    /// A party's canonical name from any of its spellings in the lexicon.
    fn party(&self, key: &str) -> Option<String> {
        self.lexicon.parties.iter().find(|p| normalise(&p.alias) == key || normalise(&p.canonical) == key).map(|p| p.canonical.clone())
    }

    fn candidates(&self, wanted: Wanted) -> impl Iterator<Item = &'g Node> + '_ {
        self.graph.nodes().filter(move |n| wanted.admits(n))
    }

    fn by_label(&self, key: &str, wanted: Wanted) -> Vec<&'g Node> {
        self.candidates(wanted).filter(|n| normalise(&n.label) == key).collect()
    }

    /// An inspectorate by its short form ("CQC" for the Care Quality Commission).
    fn by_inspectorate_alias(&self, key: &str, wanted: Wanted) -> Vec<&'g Node> {
        match self.lexicon.inspectorates.iter().find(|(alias, _)| normalise(alias) == key) {
            Some((_, canonical)) => self.by_label(&normalise(canonical), wanted),
            None => Vec::new(),
        }
    }

    /// People by their name without a title, or by surname alone ("Cllr Lee", "Lee").
    fn by_person_name(&self, words: &[&str], wanted: Wanted) -> Vec<&'g Node> {
        if !matches!(wanted, Wanted::Actor | Wanted::Person) {
            return Vec::new();
        }
        let name = self.untitled(words);
        let people = || self.graph.nodes().filter(|n| n.kind() == NodeKind::Person);
        let exact: Vec<&Node> = people().filter(|n| normalise(&n.label) == name.join(" ")).collect();
        if !exact.is_empty() || name.len() != 1 {
            return exact;
        }
        people().filter(|n| normalise(&n.label).rsplit(' ').next() == Some(name[0])).collect()
    }

    /// The words of a name without a leading title ("Cllr", "Dr.").
    fn untitled<'w>(&self, words: &'w [&'w str]) -> &'w [&'w str] {
        let titled = words.len() > 1 && self.lexicon.honorifics.keys().any(|t| normalise(t).trim_end_matches('.') == words[0].trim_end_matches('.'));
        if titled { &words[1..] } else { words }
    }

    /// Up to three known names closest in spelling to `key`, its title left out.
    fn nearest(&self, key: &str, wanted: Wanted) -> Vec<String> {
        let words: Vec<&str> = key.split(' ').collect();
        let key = self.untitled(&words).join(" ");
        let key = key.as_str();
        let mut names: BTreeSet<String> = self.candidates(wanted).map(|n| n.label.clone()).collect();
        if wanted.admits_parties() {
            names.extend(self.lexicon.parties.iter().filter(|p| p.alias.len() > 3).map(|p| p.alias.clone()));
        }
        let mut scored: Vec<(f64, String)> = names
            .into_iter()
            .map(|name| {
                let known = normalise(&name);
                let whole = strsim::jaro_winkler(key, &known);
                let word = known.split(' ').chain(std::iter::once(known.as_str())).map(|w| strsim::jaro_winkler(key, w)).fold(0.0, f64::max);
                (whole.max(word * 0.95), name)
            })
            .filter(|(score, _)| *score >= 0.8)
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        scored.into_iter().take(3).map(|(_, name)| name).collect()
    }
}

/// The party of a party group.
fn party_of_group(node: &Node) -> Option<&str> {
    match &node.data {
        NodeData::Organization(OrgCategory::PartyGroup { party }) => Some(party),
        _ => None,
    }
}

/// Lower case, one kind of apostrophe, single spaces, no leading "the".
fn normalise(text: &str) -> String {
    let lower = text.to_lowercase().replace('’', "'");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.as_slice() {
        ["the", rest @ ..] if !rest.is_empty() => rest,
        all => all,
    };
    words.join(" ")
}

#[cfg(test)]
#[path = "resolve_tests.rs"]
mod tests;
