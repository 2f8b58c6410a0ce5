//! A generator of synthetic local-news articles, for benchmarks and robustness tests.
//!
//! Each article is about an invented council or service, an inspection by one of several
//! inspectorates with a grade on the four-point scale, and what councillors of various
//! parties and officials said about it, in varied quote styles: curly and straight double
//! quotes, single quotes, the speaker before or after the quote, quotes split around the
//! attribution, reported speech and pronoun follow-ups. Names of people and places are
//! built from syllables, so a corpus of 100,000 articles has thousands of distinct
//! people and hundreds of councils. The same seed gives the same corpus.

use crate::corpus::{Article, ArticleMeta};
use crate::model::PartialDate;

const FIRST_NAMES: &[&str] = &[
    "Aisha", "Alan", "Bea", "Carl", "Dara", "Eilidh", "Femi", "Gwen", "Hamish", "Imran", "Jo", "Kofi", "Lowri", "Mei", "Niall",
    "Olu", "Priya", "Rhys", "Sana", "Tomasz", "Una", "Viktor", "Wen", "Yusuf", "Zoe",
];
const SURNAME_PARTS: &[&str] = &["Ash", "Brad", "Carr", "Dun", "Eld", "Fair", "Gold", "Hart", "Ire", "Kings", "Lang", "Mor"];
const SURNAME_ENDS: &[&str] = &["ford", "ley", "well", "by", "ton", "ham", "wick", "more"];
const PLACE_STARTS: &[&str] = &["Al", "Bry", "Cal", "Dor", "Ember", "Fen", "Glen", "Hal", "Kil", "Lind", "Mar", "Nor", "Ost", "Pen", "Ros", "Tal"];
const PLACE_ENDS: &[&str] = &["bridge", "dale", "field", "gate", "holm", "mouth", "shire", "stow", "vale", "wood"];
const COUNCIL_TYPES: &[&str] = &["County Council", "Borough Council", "City Council", "District Council", "Council"];
const PARTIES: &[&str] = &["Labour", "Conservative", "Liberal Democrat", "Green", "Reform UK", "Independent", "SNP", "Plaid Cymru"];
const SERVICES: &[(&str, &str)] = &[
    ("Ofsted", "children’s services"),
    ("Ofsted", "the adoption service"),
    ("the Care Quality Commission", "the care home"),
    ("the CQC", "the maternity unit"),
    ("HMICFRS", "the police force"),
    ("HM Inspectorate of Probation", "the probation service"),
    ("Ofsted", "the primary school"),
];
const RATINGS: &[&str] = &["outstanding", "good", "requires improvement", "inadequate"];
const ROLES: &[&str] = &["leader of the council", "cabinet member for children", "deputy leader", "opposition leader", "chair of the scrutiny committee"];
const VERBS: &[&str] = &["said", "added", "told the meeting", "warned", "argued"];
const CLAIMS: &[&str] = &[
    "We have made real progress but there is more to do",
    "This report makes for difficult reading and we accept every finding",
    "Families deserve better than this and they deserve answers",
    "Staff have worked incredibly hard and the inspectors saw that",
    "The administration has been warned about these failings for years",
    "We will publish an improvement plan within weeks",
];
const FILLER: &[&str] = &[
    "The report will be discussed at a meeting of the full council next month.",
    "Inspectors spoke to staff, families and partner agencies during the visit.",
    "The service supports several thousand residents across the area.",
    "A spokesperson for the inspectorate declined to comment further.",
    "Budgets for the service have fallen in each of the past five years.",
    "Residents can read the full report on the inspectorate’s website.",
];

/// A small, fast, seedable generator (SplitMix64); no dependency is needed for this.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// One of `items` (not empty).
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// A person of the story.
struct Speaker {
    name: String,
    surname: String,
    party: &'static str,
    role: &'static str,
}

/// `n` articles generated from `seed`, named `synth-000001.txt` and so on.
pub fn corpus(n: usize, seed: u64) -> Vec<Article> {
    let mut rng = Rng::new(seed);
    (1..=n).map(|i| article(&mut rng, i)).collect()
}

/// One article.
pub fn article(rng: &mut Rng, number: usize) -> Article {
    let place = format!("{}{}", rng.pick(PLACE_STARTS), rng.pick(PLACE_ENDS));
    let council = format!("{place} {}", rng.pick(COUNCIL_TYPES));
    let (inspectorate, service) = SERVICES[rng.below(SERVICES.len())];
    let rating = rng.pick(RATINGS);
    let speakers: Vec<Speaker> = (0..2 + rng.below(3)).map(|_| speaker(rng)).collect();
    let year = 2015 + rng.below(11) as i32;
    let mut text = format!("{} rated ‘{rating}’ by {inspectorate}\n\n", capitalise(service));
    text += &format!(
        "{} in {place} {} been rated as ‘{rating}’ by {inspectorate} following an inspection in {} {year}.\n\n",
        capitalise(service),
        if service.ends_with('s') { "have" } else { "has" },
        rng.pick(&["March", "June", "September", "November"]),
    );
    for (k, s) in speakers.iter().enumerate() {
        text += &format!("Cllr {}, the {} {} at {council}, ", s.name, s.party, s.role);
        text += &quote(rng, s, k);
        text += "\n\n";
        if rng.below(3) == 0 {
            text += rng.pick(FILLER);
            text += "\n\n";
        }
    }
    if rng.below(2) == 0 {
        let critic = &speakers[speakers.len() - 1];
        text += &format!("Cllr {} criticised the council over the findings.\n\n", critic.surname);
    }
    text += rng.pick(FILLER);
    text += "\n";
    let month = 1 + rng.below(12) as u8;
    let meta = ArticleMeta {
        url: Some(format!("https://news.example/{place}/{number}").to_lowercase()),
        title: None,
        published: Some(PartialDate { year: Some(year + 1), month: Some(month), day: Some(1 + rng.below(28) as u8) }),
        publisher: Some(format!("The {place} Post")),
    };
    Article { name: format!("synth-{number:06}.txt"), text, meta }
}

fn speaker(rng: &mut Rng) -> Speaker {
    let surname = format!("{}{}", rng.pick(SURNAME_PARTS), rng.pick(SURNAME_ENDS));
    Speaker { name: format!("{} {surname}", rng.pick(FIRST_NAMES)), surname, party: rng.pick(PARTIES), role: rng.pick(ROLES) }
}

/// The first speaker's quote in one of several styles; later speakers' too.
fn quote(rng: &mut Rng, s: &Speaker, k: usize) -> String {
    let claim = rng.pick(CLAIMS);
    let verb = rng.pick(VERBS);
    let second = rng.pick(CLAIMS);
    match (rng.below(6), k) {
        (0, _) => format!("{verb}: “{claim}.”"),
        (1, _) => format!("{verb}: \"{claim}.\""),
        (2, _) => format!("{verb} the council had to act.\n\n‘{claim},’ {} {verb}.", s.surname),
        (3, _) => format!("{verb}: “{claim}.\n\n“{second}.”"),
        (4, _) => format!("{verb}: “{claim}.”\n\nShe added: “{second}.”"),
        _ => format!("{verb} that {}.", claim.to_lowercase()),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The corpus as JSON Lines, one article a line, as scrapers deliver archives.
pub fn to_json_lines(articles: &[Article]) -> String {
    let mut out = String::new();
    for a in articles {
        let record = serde_json::json!({
            "id": a.name.trim_end_matches(".txt"),
            "text": a.text,
            "url": a.meta.url,
            "published": a.meta.published.and_then(|d| d.iso()),
            "publisher": a.meta.publisher,
        });
        out += &record.to_string();
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Extractor;
    use crate::model::NodeKind;

    #[test]
    fn the_same_seed_gives_the_same_corpus_and_others_differ() {
        assert_eq!(corpus(20, 7), corpus(20, 7));
        assert_ne!(corpus(20, 7), corpus(20, 8));
    }

    #[test]
    fn generated_articles_yield_statements_people_parties_and_inspections() {
        let articles = corpus(50, 1);
        let graph = Extractor::new().unwrap().build(&articles);
        let count = |kind: NodeKind| graph.nodes().filter(|n| n.kind() == kind).count();
        assert!(count(NodeKind::Statement) >= 100, "{}", count(NodeKind::Statement));
        assert!(count(NodeKind::Person) >= 80, "{}", count(NodeKind::Person));
        assert!(count(NodeKind::Party) >= 6, "{}", count(NodeKind::Party));
        assert!(count(NodeKind::Inspection) >= 30, "{}", count(NodeKind::Inspection));
    }
}
