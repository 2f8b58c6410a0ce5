//! Word lists compiled into the binary: speech verbs, honorifics, parties, inspectorates,
//! organisation heads, descriptions, rating words and website furniture.
//!
//! Each file in `data/` holds one entry a line (tab-separated columns, `#` comments) and
//! is kept sorted with no duplicates; the tests below check that.

mod classes;
mod files;
mod phrases;
mod table;
mod words;

use std::borrow::Cow;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder};

use crate::error::LexiconError;
use crate::model::{Gender, Polarity, Rating};
pub use classes::{WordClass, WordClasses};
pub use phrases::{Phrase, PhraseSet};
pub use words::{WordMap, WordSet};
pub use files::FILES;
use files::file;
use rustc_hash::FxHashMap as HashMap;
use table::Table;

/// Whether a verb reports speech or an inspection's finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbClass {
    /// said, added, wrote, warned...
    Speech,
    /// found, concluded, reported, highlighted...
    Finding,
}

/// What a word naming an inspection names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InspectionNoun {
    /// "inspection", "inspected": a full inspection.
    Full,
    /// "visit": a visit, of the kind the word before says.
    Visit,
}

/// Where an ambiguous party alias counts as the party.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartyUse {
    /// Everywhere.
    Any,
    /// Next to a party word (councillor, group, leader) or in a ward bracket.
    Context,
    /// Only in a ward bracket such as "(Con, Northfield)".
    Bracket,
}

/// One spelling of a party.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyAlias {
    /// The words as written ("Lib Dems").
    pub alias: String,
    /// The party's canonical name ("Liberal Democrat").
    pub canonical: String,
    /// Where the alias counts.
    pub usage: PartyUse,
}

/// The kind of organisation a name's last word signals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OrgHead {
    /// "... Council".
    Council,
    /// "... Police", "... Constabulary".
    Police,
    /// "... Trust", "... Hospital".
    Health,
    /// "... Department", "... Agency".
    Government,
    /// Anything else.
    Other,
    /// A company's legal form ("... Ltd", "... plc"), which names the same body without it.
    Legal,
}

/// What a common noun such as "the watchdog" stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DescriptionTarget {
    /// The inspectorate of the story.
    Inspectorate,
    /// The council of the story.
    Council,
    /// The police force of the story.
    Police,
    /// A report, letter, inspection or visit, which speaks for its inspectorate.
    Report,
    /// The ruling group ("the administration"): the party group named as an administration,
    /// else the council.
    Administration,
}

/// How a rating must be written for the noun after it to make it a grade.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatingNoun {
    /// Any way: "a good rating".
    Bare,
    /// In quote marks: "the ‘inadequate’ judgement", not "good judgement".
    Quoted,
}

/// Where a proxy noun stands relative to the organisation it speaks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProxyAttach {
    /// "a council spokesman": the organisation comes before the noun.
    Before,
    /// "a statement from the council": the organisation follows a preposition.
    After,
    /// Either way.
    Both,
}

/// All word lists, parsed once.
#[derive(Debug)]
pub struct Lexicon {
    /// Speech and finding verbs, by lower-case form.
    pub verbs: WordMap<VerbClass>,
    /// Honorifics, by their written form, with the gender they imply.
    pub honorifics: WordMap<Gender>,
    /// Abbreviations whose full stop does not end a sentence (lower case, without the stop).
    pub abbreviations: WordSet,
    /// Party aliases, longest first so that "Lib Dems" wins over "Lib Dem".
    pub parties: Vec<PartyAlias>,
    /// `parties`, indexed by first word.
    pub party_phrases: PhraseSet,
    /// Words that confirm an ambiguous party alias.
    pub party_words: WordSet,
    /// Inspectorate aliases with their canonical names, longest first.
    pub inspectorates: Vec<(String, String)>,
    /// `inspectorates`, indexed by first word.
    pub inspectorate_phrases: PhraseSet,
    /// Last words of organisation names.
    pub org_heads: WordMap<OrgHead>,
    /// First words of organisation names that put the kind of body first ("Cyngor").
    pub org_heads_first: WordMap<OrgHead>,
    /// Common nouns standing for something already in the story.
    pub descriptions: WordMap<DescriptionTarget>,
    /// Head nouns of role descriptions.
    pub role_nouns: WordSet,
    /// Role nouns that name an office of a party ("leader", "spokesman").
    pub party_offices: WordSet,
    /// Rating phrases (lower case).
    pub ratings: Vec<(String, Rating)>,
    /// The same, by phrase.
    rating_of: WordMap<Rating>,
    /// The first word of every rating phrase, so that most words are ruled out with one lookup.
    rating_words: WordSet,
    /// Every rating phrase and every run of its first words ("requires improvement to"),
    /// so that a phrase is read no further than some phrase goes.
    pub rating_prefixes: WordSet,
    /// Nouns after a rating that make it a grade ("rating", "judgement").
    pub rating_nouns: WordMap<RatingNoun>,
    /// Phrases that mark website furniture, in one automaton matched ignoring ASCII case.
    pub furniture_matcher: AhoCorasick,
    /// Words of short furniture headings (lower case).
    pub furniture_headings: WordSet,
    /// Capitalised words that are never part of a person's name.
    pub non_name_words: WordSet,
    /// Words of `non_name_words` that may end a name after a first name in a person's
    /// context ("councillor Jo Ward said").
    pub surname_words: WordSet,
    /// Capitalised function words that never start a name.
    pub function_words: WordSet,
    /// Words that open a name and keep a possessive after them in it ("St Mary's").
    pub name_prefixes: WordSet,
    /// Nouns through which an organisation speaks ("spokesman", "statement").
    pub proxy_nouns: WordMap<ProxyAttach>,
    /// Nouns that make the name after them an organisation's ("operator", "charity").
    pub org_nouns: WordSet,
    /// Lower-case names of a kind of graded service ("care home"), after which capitalised
    /// words name one; longest first, so that "day nursery" is tried before "nursery".
    pub service_nouns: Vec<ServiceKind>,
    /// Nouns a company named with its legal form is called by ("the company", "the firm").
    pub company_nouns: WordSet,
    /// Lower-case words inside a person's name ("ap", "de", "van").
    pub name_particles: WordSet,
    /// Letters written after a person's name ("MP", "OBE"), as written.
    pub post_nominals: WordSet,
    /// Words the subject finder steps over between a speaker and the verb.
    pub adverbs: WordSet,
    /// Participles of speech verbs whose object is the one spoken to ("told").
    pub hearer_verbs: WordSet,
    /// Speech verbs whose object is always what was said ("said", "told").
    pub clause_verbs: WordSet,
    /// Verbs in the past that do not end in "-ed" ("found", "made").
    pub irregular_past: WordSet,
    /// Verbs that say a role is held, with the role's noun ("chairs" -> "chair").
    pub role_verbs: WordMap<String>,
    /// Prepositions (lower case).
    pub prepositions: WordSet,
    /// Words naming a kind of council ("Borough", "County").
    pub council_types: WordSet,
    /// Words naming what a department is for ("Environment", "Rural", "Affairs").
    pub portfolio_words: WordSet,
    /// Words that make a following rating a grade ("rated", "judged").
    pub rating_cues: WordSet,
    /// Rating cues that grade only bodies, never people ("rated", "judged").
    pub grading_verbs: WordSet,
    /// Words that put an inspection in the past ("last", "previously").
    pub historical_markers: WordSet,
    /// Words that name an inspection or a visit.
    pub inspection_words: WordMap<InspectionNoun>,
    /// Words after "inspection" that make it a system ("regime").
    pub inspection_systems: WordSet,
    /// First words of the parts of a service graded one by one ("safety", "caring").
    pub inspection_domains: WordSet,
    /// Verbs of criticism, with the words that may stand between them and their target
    /// ("hit" -> "out at", "back at", "back"), longest first.
    pub criticism_verbs: WordMap<Vec<Vec<String>>>,
    /// Words that mark a finding as praise or criticism.
    pub polarity: WordMap<PolarityWord>,
    /// The lists of every word above, for [`Lexicon::classify`].
    classes: WordClasses,
}

/// The role nouns, with each joined by a hyphen to each role prefix ("co-leader"): a
/// hyphenated word is read whole, so its head alone would not be found.
fn role_nouns() -> Result<WordSet, LexiconError> {
    let (nouns, prefixes) = (file("role_nouns.txt")?, file("role_prefixes.txt")?);
    let compounds = prefixes.words().flat_map(|p| nouns.words().map(move |n| format!("{p}-{n}")));
    Ok(nouns.words().map(str::to_string).chain(compounds).collect())
}

/// A lower-case name of a kind of graded service ("care home") and the kind of body its
/// last word names as a head of org_heads.txt ("Home": health).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceKind {
    /// The words, in order.
    pub words: Vec<String>,
    /// The kind of body.
    pub head: OrgHead,
}

/// The service kinds of `table`, longest first, each with the kind of its head word among
/// `heads`; a kind whose last word is no head is an error of the file.
fn service_kinds(table: &Table, heads: &[(String, OrgHead)]) -> Result<Vec<ServiceKind>, LexiconError> {
    let mut kinds = table.map1(|entry| {
        let last = entry.rsplit(' ').next().unwrap_or(entry);
        let head = heads.iter().find(|(h, _)| h.eq_ignore_ascii_case(last)).map(|&(_, head)| head);
        let head = head.ok_or_else(|| format!("`{last}` is no head of org_heads.txt"))?;
        Ok(ServiceKind { words: entry.split(' ').map(str::to_string).collect(), head })
    })?;
    kinds.sort_by_key(|k| std::cmp::Reverse(k.words.len()));
    Ok(kinds)
}

/// What a word of the polarity list says: its own polarity, if it has one, and the phrases
/// that end with it ("touch" of "out of touch"), so that one lookup a word tells both.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PolarityWord {
    /// The word's polarity alone.
    pub own: Option<Polarity>,
    /// The phrases that end with the word: the words before it, and the phrase's polarity.
    pub phrases: Vec<(Vec<String>, Polarity)>,
}

/// The polarity list by word: a phrase is filed under its last word.
fn polarity_by_word(entries: Vec<(String, Polarity)>) -> HashMap<String, PolarityWord> {
    let mut by_word: HashMap<String, PolarityWord> = HashMap::default();
    for (entry, polarity) in entries {
        let mut words: Vec<String> = entry.split(' ').map(str::to_string).collect();
        let word = by_word.entry(words.pop().unwrap_or_default()).or_default();
        if words.is_empty() {
            word.own = Some(polarity);
        } else {
            word.phrases.push((words, polarity));
        }
    }
    by_word
}

/// The value a column's word names among `choices`.
fn choose<T: Copy>(word: &str, what: &str, choices: &[(&str, T)]) -> Result<T, String> {
    choices.iter().find(|(name, _)| *name == word).map(|&(_, v)| v).ok_or_else(|| format!("unknown {what} `{word}`"))
}

impl Lexicon {
    /// Parses every compiled-in list.
    pub fn load() -> Result<Lexicon, LexiconError> {
        let verbs = file("speech_verbs.txt")?.map2(|form, class| {
            Ok((form.to_lowercase(), choose(class, "verb class", &[("speech", VerbClass::Speech), ("finding", VerbClass::Finding)])?))
        })?;
        let genders = [("m", Gender::Male), ("f", Gender::Female), ("-", Gender::Unknown)];
        let honorifics = file("honorifics.txt")?.map2(|title, g| Ok((title.to_string(), choose(g, "gender", &genders)?)))?;
        let uses = [("any", PartyUse::Any), ("context", PartyUse::Context), ("bracket", PartyUse::Bracket)];
        let mut parties = file("parties.txt")?.map3(|alias, canonical, usage| {
            Ok(PartyAlias { alias: alias.into(), canonical: canonical.into(), usage: choose(usage, "party use", &uses)? })
        })?;
        parties.sort_by(|a, b| b.alias.len().cmp(&a.alias.len()).then(a.alias.cmp(&b.alias)));
        let mut inspectorates =
            file("inspectorates.txt")?.map2(|alias, canonical| Ok((alias.to_string(), canonical.to_string())))?;
        inspectorates.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        let heads = [
            ("council", OrgHead::Council),
            ("police", OrgHead::Police),
            ("health", OrgHead::Health),
            ("government", OrgHead::Government),
            ("other", OrgHead::Other),
            ("legal", OrgHead::Legal),
        ];
        let heads_in = |name| file(name).and_then(|t| t.map2(|head, kind| Ok((head.to_string(), choose(kind, "organisation kind", &heads)?))));
        let org_heads = heads_in("org_heads.txt")?;
        let service_nouns = service_kinds(&file("service_nouns.txt")?, &org_heads)?;
        let org_heads_first = heads_in("org_heads_first.txt")?;
        let targets = [
            ("inspectorate", DescriptionTarget::Inspectorate),
            ("council", DescriptionTarget::Council),
            ("police", DescriptionTarget::Police),
            ("report", DescriptionTarget::Report),
            ("administration", DescriptionTarget::Administration),
        ];
        let descriptions =
            file("descriptions.txt")?.map2(|noun, target| Ok((noun.to_string(), choose(target, "description target", &targets)?)))?;
        let ratings = file("ratings.txt")?.map2(|phrase, name| {
            Rating::from_name(name)
                .map(|r| (phrase.to_lowercase(), r))
                .ok_or_else(|| format!("unknown rating `{name}`"))
        })?;
        let attachments = [("before", ProxyAttach::Before), ("after", ProxyAttach::After), ("both", ProxyAttach::Both)];
        let proxy_nouns =
            file("proxy_nouns.txt")?.map2(|noun, attach| Ok((noun.to_string(), choose(attach, "attachment", &attachments)?)))?;
        let criticism_verbs = file("criticism_verbs.txt")?.map2(|verb, alternatives| {
            let particles = alternatives.split('|').map(|before| match before {
                "-" => Vec::new(),
                _ => before.split(' ').map(str::to_string).collect(),
            });
            let mut particles: Vec<Vec<String>> = particles.collect();
            // "hit back at the council" must not stop at "hit back".
            particles.sort_by_key(|b| std::cmp::Reverse(b.len()));
            Ok((verb.to_string(), particles))
        })?;
        let nouns = [("full", InspectionNoun::Full), ("visit", InspectionNoun::Visit)];
        let inspection_words =
            file("inspection_words.txt")?.map2(|word, noun| Ok((word.to_string(), choose(noun, "inspection noun", &nouns)?)))?;
        let polarities = [("positive", Polarity::Positive), ("negative", Polarity::Negative)];
        let polarity = file("polarity.txt")?.map2(|entry, p| Ok((entry.to_string(), choose(p, "polarity", &polarities)?)))?;
        let party_phrases = PhraseSet::new(parties.iter().map(|p| p.alias.as_str()));
        let inspectorate_phrases = PhraseSet::new(inspectorates.iter().map(|(alias, _)| alias.as_str()));
        let rating_of = ratings.iter().cloned().collect();
        let rating_words = ratings.iter().filter_map(|(p, _)| p.split(' ').next().map(str::to_string)).collect();
        let rating_prefixes = ratings
            .iter()
            .flat_map(|(p, _)| p.match_indices(' ').map(|(i, _)| p[..i].to_string()).chain([p.clone()]))
            .collect();
        let noun_uses = [("bare", RatingNoun::Bare), ("quoted", RatingNoun::Quoted)];
        let rating_nouns = file("rating_nouns.txt")?.map2(|noun, usage| Ok((noun.to_string(), choose(usage, "rating noun use", &noun_uses)?)))?;
        let mut lex = Lexicon {
            rating_of,
            rating_words,
            rating_prefixes,
            rating_nouns: rating_nouns.into_iter().collect(),
            party_phrases,
            inspectorate_phrases,
            verbs: verbs.into_iter().collect(),
            honorifics: honorifics.into_iter().collect(),
            abbreviations: file("abbreviations.txt")?.words().map(str::to_lowercase).collect(),
            parties,
            party_words: file("party_words.txt")?.words().map(str::to_string).collect(),
            inspectorates,
            org_heads: org_heads.into_iter().collect(),
            org_heads_first: org_heads_first.into_iter().collect(),
            descriptions: descriptions.into_iter().collect(),
            role_nouns: role_nouns()?,
            party_offices: file("party_offices.txt")?.words().map(str::to_string).collect(),
            ratings,
            furniture_matcher: AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .build(file("furniture.txt")?.words())
                .map_err(|e| LexiconError::Matcher { file: "furniture.txt", reason: e.to_string() })?,
            furniture_headings: file("furniture_headings.txt")?.words().map(str::to_string).collect(),
            non_name_words: file("non_name_words.txt")?.words().map(str::to_string).collect(),
            surname_words: file("surname_words.txt")?.words().map(str::to_string).collect(),
            function_words: file("function_words.txt")?.words().map(str::to_string).collect(),
            name_prefixes: file("name_prefixes.txt")?.words().map(str::to_string).collect(),
            proxy_nouns: proxy_nouns.into_iter().collect(),
            org_nouns: file("org_nouns.txt")?.words().map(str::to_string).collect(),
            service_nouns,
            company_nouns: file("company_nouns.txt")?.words().map(str::to_string).collect(),
            name_particles: file("name_particles.txt")?.words().map(str::to_string).collect(),
            post_nominals: file("post_nominals.txt")?.words().map(str::to_string).collect(),
            adverbs: file("adverbs.txt")?.words().map(str::to_string).collect(),
            hearer_verbs: file("hearer_verbs.txt")?.words().map(str::to_string).collect(),
            clause_verbs: file("clause_verbs.txt")?.words().map(str::to_string).collect(),
            irregular_past: file("irregular_past.txt")?.words().map(str::to_string).collect(),
            role_verbs: file("role_verbs.txt")?.map2(|verb, noun| Ok((verb.to_string(), noun.to_string())))?.into_iter().collect(),
            prepositions: file("prepositions.txt")?.words().map(str::to_string).collect(),
            council_types: file("council_types.txt")?.words().map(str::to_string).collect(),
            portfolio_words: file("portfolio_words.txt")?.words().map(str::to_string).collect(),
            rating_cues: file("rating_cues.txt")?.words().map(str::to_string).collect(),
            grading_verbs: file("grading_verbs.txt")?.words().map(str::to_string).collect(),
            historical_markers: file("historical_markers.txt")?.words().map(str::to_string).collect(),
            inspection_words: inspection_words.into_iter().collect(),
            inspection_systems: file("inspection_systems.txt")?.words().map(str::to_string).collect(),
            inspection_domains: file("inspection_domains.txt")?.words().map(str::to_string).collect(),
            criticism_verbs: criticism_verbs.into_iter().collect(),
            polarity: polarity_by_word(polarity).into_iter().collect(),
            classes: WordClasses::default(),
        };
        lex.classes = lex.word_classes();
        Ok(lex)
    }

    fn word_classes(&self) -> WordClasses {
        fn all<'a>(words: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
            words.collect()
        }
        WordClasses::new([
            (WordClass::VERB, all(self.verbs.keys())),
            (WordClass::RATING, all(self.rating_words.words())),
            (WordClass::RATING_CUE, all(self.rating_cues.words())),
            (WordClass::HISTORICAL, all(self.historical_markers.words())),
            (WordClass::INSPECTION, all(self.inspection_words.keys())),
            (WordClass::CRITICISM, all(self.criticism_verbs.keys())),
            (WordClass::ROLE_NOUN, all(self.role_nouns.words())),
            (WordClass::PROXY_NOUN, all(self.proxy_nouns.keys())),
            (WordClass::PREPOSITION, all(self.prepositions.words())),
            (WordClass::ADVERB, all(self.adverbs.words())),
            (WordClass::DESCRIPTION, all(self.descriptions.keys())),
            (WordClass::HONORIFIC, all(self.honorifics.keys())),
            (WordClass::ORG_HEAD, all(self.org_heads.keys())),
            (WordClass::FUNCTION_WORD, all(self.function_words.words())),
            (WordClass::NON_NAME, all(self.non_name_words.words())),
            (WordClass::INSPECTORATE_START, all(self.inspectorate_phrases.first_words())),
            (WordClass::PARTY_START, all(self.party_phrases.first_words())),
            (WordClass::POLARITY, all(self.polarity.keys())),
            (WordClass::NAME_PARTICLE, all(self.name_particles.words())),
            (WordClass::ORG_NOUN, all(self.org_nouns.words())),
            (WordClass::ORG_HEAD_FIRST, all(self.org_heads_first.keys())),
            (WordClass::SERVICE_NOUN, all(self.service_nouns.iter().filter_map(|kind| kind.words.last()).map(String::as_str))),
        ])
    }

    /// The lists a word may be in, given its lower-case form and, for a possessive, its
    /// base's (see [`WordClass`]).
    #[inline]
    pub fn classify(&self, lower: &str, lower_base: Option<&str>) -> WordClass {
        self.classes.of(lower, lower_base)
    }

    /// The class of `word` as a speech or finding verb, if it is one.
    pub fn verb(&self, word: &str) -> Option<VerbClass> {
        self.verbs.get_lower(word).copied()
    }

    /// The rating a word or phrase names, ignoring case.
    pub fn rating(&self, phrase: &str) -> Option<Rating> {
        self.rating_of.get_lower(phrase.trim()).copied()
    }

    /// True when `word` (lower case) is the first word of some rating phrase.
    pub fn is_rating_word(&self, word: &str) -> bool {
        self.rating_words.contains(word)
    }
}

/// The form words are looked up in: lower case, borrowed when the word has no capitals
/// (most have none), so that a lookup allocates only when it must.
pub fn lower(text: &str) -> Cow<'_, str> {
    if text.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.to_lowercase())
    }
}

/// A party's colours in diagrams.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartyColours {
    /// The canonical party name.
    pub party: &'static str,
    /// Background of the party's cluster and speakers.
    pub fill: &'static str,
    /// Lines and borders.
    pub line: &'static str,
}

/// The parties that have diagram colours of their own.
pub fn party_colours() -> Result<Vec<PartyColours>, LexiconError> {
    file("party_colours.txt")?.map3(|party, fill, line| Ok(PartyColours { party, fill, line }))
}

#[cfg(test)]
mod tests {
    use super::table::Table;
    use super::*;

    #[test]
    fn every_file_parses_is_sorted_and_has_no_duplicates() {
        for (name, text) in FILES {
            let table = Table::parse(name, text).unwrap_or_else(|e| panic!("{e}"));
            let keys: Vec<&str> = table.rows.iter().map(|r| r[0]).collect();
            assert!(!keys.is_empty(), "{name} is empty");
            for pair in keys.windows(2) {
                assert!(pair[0] < pair[1], "{name}: `{}` should come after `{}` (sorted, unique)", pair[0], pair[1]);
            }
        }
    }

    #[test]
    fn loads_and_answers_lookups() {
        let lex = Lexicon::load().unwrap();
        assert_eq!(lex.verb("Said"), Some(VerbClass::Speech));
        assert_eq!(lex.verb("concluded"), Some(VerbClass::Finding));
        assert_eq!(lex.verb("table"), None);
        assert_eq!(lex.honorifics.get("Mrs"), Some(&Gender::Female));
        assert_eq!(lex.rating("Requires Improvement"), Some(Rating::RequiresImprovement));
        assert_eq!(lex.parties[0].alias.len(), lex.parties.iter().map(|p| p.alias.len()).max().unwrap());
    }

    #[test]
    fn service_kinds_come_longest_first_with_their_head() {
        let heads = [("Home".to_string(), OrgHead::Health), ("Nursery".to_string(), OrgHead::Other)];
        let table = Table::parse("service_nouns.txt", "nursery\ncare home\n").unwrap();
        let kinds = service_kinds(&table, &heads).unwrap();
        let words: Vec<&[String]> = kinds.iter().map(|k| k.words.as_slice()).collect();
        assert_eq!(words, [&["care".to_string(), "home".to_string()][..], &["nursery".to_string()][..]]);
        assert_eq!(kinds[0].head, OrgHead::Health);
        let no_head = Table::parse("service_nouns.txt", "care home\nbus stop\n").unwrap();
        let err = service_kinds(&no_head, &heads).unwrap_err().to_string();
        assert!(err.contains("line 2") && err.contains("`stop`"), "{err}");
    }

    #[test]
    fn surname_words_are_non_name_words() {
        let lex = Lexicon::load().unwrap();
        for w in lex.surname_words.words() {
            assert!(lex.non_name_words.contains(w), "{w}");
        }
    }

    #[test]
    fn hearer_and_clause_verbs_are_cue_verbs() {
        let lex = Lexicon::load().unwrap();
        for verb in lex.hearer_verbs.words().chain(lex.clause_verbs.words()) {
            assert!(lex.verb(verb).is_some() || lex.criticism_verbs.contains_key(verb), "{verb} is not a speech verb");
        }
    }

    #[test]
    fn grading_verbs_are_rating_cues() {
        let lex = Lexicon::load().unwrap();
        for verb in lex.grading_verbs.words() {
            assert!(lex.rating_cues.contains(verb), "{verb} is not a rating cue");
        }
    }

    #[test]
    fn role_verbs_give_role_nouns() {
        let lex = Lexicon::load().unwrap();
        for verb in lex.role_verbs.keys() {
            let noun = &lex.role_verbs.get(verb).unwrap();
            assert!(lex.role_nouns.contains(noun), "{verb}: {noun} is not a role noun");
        }
    }

    #[test]
    fn party_short_forms_map_to_one_party() {
        let lex = Lexicon::load().unwrap();
        let canonical = |alias: &str| lex.parties.iter().find(|p| p.alias == alias).map(|p| p.canonical.as_str());
        for alias in ["Con", "Cons", "Tory", "Tories", "Conservatives"] {
            assert_eq!(canonical(alias), Some("Conservative"), "{alias}");
        }
        assert_eq!(canonical("Lib Dems"), Some("Liberal Democrat"));
    }
}
