//! The data files, compiled in, and the one way to read them.

use super::table::Table;
use crate::error::LexiconError;

/// The data files, by name, as compiled in.
pub const FILES: &[(&str, &str)] = &[
    ("abbreviations.txt", include_str!("data/abbreviations.txt")),
    ("adverbs.txt", include_str!("data/adverbs.txt")),
    ("clause_verbs.txt", include_str!("data/clause_verbs.txt")),
    ("company_nouns.txt", include_str!("data/company_nouns.txt")),
    ("council_types.txt", include_str!("data/council_types.txt")),
    ("criticism_verbs.txt", include_str!("data/criticism_verbs.txt")),
    ("descriptions.txt", include_str!("data/descriptions.txt")),
    ("function_words.txt", include_str!("data/function_words.txt")),
    ("furniture.txt", include_str!("data/furniture.txt")),
    ("furniture_headings.txt", include_str!("data/furniture_headings.txt")),
    ("hearer_verbs.txt", include_str!("data/hearer_verbs.txt")),
    ("grading_verbs.txt", include_str!("data/grading_verbs.txt")),
    ("historical_markers.txt", include_str!("data/historical_markers.txt")),
    ("honorifics.txt", include_str!("data/honorifics.txt")),
    ("inspection_domains.txt", include_str!("data/inspection_domains.txt")),
    ("inspection_systems.txt", include_str!("data/inspection_systems.txt")),
    ("inspection_words.txt", include_str!("data/inspection_words.txt")),
    ("inspectorates.txt", include_str!("data/inspectorates.txt")),
    ("irregular_past.txt", include_str!("data/irregular_past.txt")),
    ("name_particles.txt", include_str!("data/name_particles.txt")),
    ("name_prefixes.txt", include_str!("data/name_prefixes.txt")),
    ("non_name_words.txt", include_str!("data/non_name_words.txt")),
    ("org_heads.txt", include_str!("data/org_heads.txt")),
    ("org_heads_first.txt", include_str!("data/org_heads_first.txt")),
    ("org_nouns.txt", include_str!("data/org_nouns.txt")),
    ("parties.txt", include_str!("data/parties.txt")),
    ("party_offices.txt", include_str!("data/party_offices.txt")),
    ("party_colours.txt", include_str!("data/party_colours.txt")),
    ("party_words.txt", include_str!("data/party_words.txt")),
    ("polarity.txt", include_str!("data/polarity.txt")),
    ("portfolio_words.txt", include_str!("data/portfolio_words.txt")),
    ("post_nominals.txt", include_str!("data/post_nominals.txt")),
    ("prepositions.txt", include_str!("data/prepositions.txt")),
    ("proxy_nouns.txt", include_str!("data/proxy_nouns.txt")),
    ("rating_cues.txt", include_str!("data/rating_cues.txt")),
    ("rating_nouns.txt", include_str!("data/rating_nouns.txt")),
    ("ratings.txt", include_str!("data/ratings.txt")),
    ("role_nouns.txt", include_str!("data/role_nouns.txt")),
    ("role_prefixes.txt", include_str!("data/role_prefixes.txt")),
    ("role_verbs.txt", include_str!("data/role_verbs.txt")),
    ("service_nouns.txt", include_str!("data/service_nouns.txt")),
    ("speech_verbs.txt", include_str!("data/speech_verbs.txt")),
    ("surname_words.txt", include_str!("data/surname_words.txt")),
];

/// The table of data file `name`.
pub(super) fn file(name: &'static str) -> Result<Table, LexiconError> {
    let text = FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, t)| *t)
        .ok_or(LexiconError::Missing { file: name })?;
    Table::parse(name, text)
}
