//! Closed classes of English grammar words that rules test for by name. Open-class
//! vocabulary (verbs, titles, parties, bodies) lives in the lexicon files instead.

/// Words that open a noun phrase.
pub const DETERMINERS: &[&str] = &["a", "an", "another", "her", "his", "its", "our", "the", "their", "this", "that"];

/// Words that open a relative clause in an apposition ("X, who chairs the panel, said").
pub const RELATIVES: &[&str] = &["which", "who", "whose"];

/// Words that open a reported clause after a speech verb ("said that", "said she", "said while").
pub const CLAUSE_OPENERS: &[&str] = &[
    "although", "he", "how", "i", "if", "it", "she", "that", "there", "they", "this", "we", "while",
];

/// Forms of "be": a cue verb after one is passive ("the council was told"), and its
/// subject is not the speaker.
pub const BE_FORMS: &[&str] = &["am", "are", "be", "been", "being", "is", "was", "were"];

/// Words that join two verb phrases sharing one subject ("inspected X and found that").
pub const CONJUNCTIONS: &[&str] = &["and", "but"];

/// Words that, with a following time noun, make a time adverbial ("this summer").
pub const TIME_DEICTICS: &[&str] = &["earlier", "last", "next", "this"];

/// Time nouns of such adverbials.
pub const TIME_NOUNS: &[&str] = &[
    "afternoon", "autumn", "evening", "month", "morning", "night", "spring", "summer", "week", "weekend", "winter", "year",
];

/// True when `word` (any case) is in `class`.
pub fn is(class: &[&str], word: &str) -> bool {
    class.iter().any(|w| w.eq_ignore_ascii_case(word))
}
