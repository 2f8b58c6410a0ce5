//! Closed classes of English grammar words that rules test for by name. Open-class
//! vocabulary (verbs, titles, parties, bodies) lives in the lexicon files instead.

/// Words that open a noun phrase.
pub const DETERMINERS: &[&str] = &["a", "an", "another", "her", "his", "its", "our", "the", "their", "this", "that"];

/// Possessive determiners: the owner a noun after one belongs to is a person or body told
/// of before ("her appointment as leader").
pub const POSSESSIVES: &[&str] = &["her", "his", "its", "our", "their"];

/// Quantifiers, which open a noun phrase as a determiner does but say how many ("no final
/// decision", "every school", "some families").
pub const QUANTIFIERS: &[&str] = &["any", "both", "each", "every", "few", "many", "most", "no", "several", "some", "these", "those"];

/// Words that may stand before a determiner in one noun phrase ("all the parties", "both
/// the councils", "half the schools").
pub const PREDETERMINERS: &[&str] = &["all", "both", "half"];

/// Points of the compass, which open place names ("North Yorkshire", "West Vale").
pub const COMPASS_POINTS: &[&str] = &["Central", "East", "Mid", "North", "South", "West"];

/// Words that open a relative clause in an apposition ("X, who chairs the panel, said").
pub const RELATIVES: &[&str] = &["which", "who", "whose"];

/// Relatives that stand for the noun before them as a clause's subject ("the home, which
/// was rated good", "a school which was placed in special measures").
pub const RELATIVE_SUBJECTS: &[&str] = &["which", "who"];

/// Words that open a reported clause after a speech verb ("said that", "said she", "said while").
pub const CLAUSE_OPENERS: &[&str] = &[
    "although", "he", "how", "i", "if", "it", "she", "that", "there", "they", "this", "we", "while",
];

/// Forms of "be": a cue verb after one is passive ("the council was told"), and its
/// subject is not the speaker.
pub const BE_FORMS: &[&str] = &["am", "are", "be", "been", "being", "is", "was", "were"];

/// Forms of "have", which open a reported accusation after its subject ("said the trust had
/// failed patients").
pub const HAVE_FORMS: &[&str] = &["had", "has", "have"];

/// Dashes, which set an aside apart as commas do ("Cllr Ng — a Conservative — said").
pub const DASHES: [char; 2] = ['—', '–'];

/// A hyphen with a space either side, as web copy often writes a dash ("Cllr Ng - who
/// sits for the Greens - said"); inside a word a hyphen joins ("co-leader").
pub const SPACED_HYPHEN: &str = " - ";

/// Marks that set an apposition apart: a comma or a dash.
pub const APPOSITION_MARKS: [char; 3] = [',', '—', '–'];

/// Verbs that, like "be", link a subject to what it is ("who became leader").
pub const LINKING_VERBS: &[&str] = &["became", "become", "becomes", "remain", "remained", "remains"];

/// Modal and "do" auxiliaries: with a form of "be" or "have", the finite verb that shows a
/// reported clause has begun ("said the council would appeal").
pub const MODALS: &[&str] = &["can", "could", "did", "does", "may", "might", "must", "shall", "should", "will", "would"];

/// Words that open an aside between a speech verb and what it reports: where, when or in
/// what it was said ("said in a statement it would appeal", "said yesterday the plan was
/// sound"), or a connective ("said, however, that costs had risen").
pub const ASIDE_OPENERS: &[&str] = &["after", "at", "before", "during", "earlier", "however", "in", "last", "today", "yesterday"];

/// Words that open such an aside only before a name or a number ("said on Monday that",
/// "said on 4 May", "said on Twitter"): before other words they may be the particle of a
/// phrasal verb ("called on ministers to", "commented on the plans").
pub const NAMED_ASIDE_OPENERS: &[&str] = &["on"];

/// Prepositions that put a body in its place ("Oakleigh Grange in Thornbury", "the
/// surgery on Mill Lane"), before capitalised words.
pub const PLACE_PREPOSITIONS: &[&str] = &["at", "in", "near", "on"];

/// Words that negate: negative by the polarity lexicon, but a negated verb accuses no one
/// by itself ("had not received the letter").
pub const NEGATORS: &[&str] = &["never", "no", "not", "nothing"];

/// Words that join two verb phrases sharing one subject ("inspected X and found that").
pub const CONJUNCTIONS: &[&str] = &["and", "but"];

/// Words that open a clause with a subject of its own ("Council told to improve after
/// watchdog finds ..."): a verb after one does not share the subject of a verb before it.
pub const SUBORDINATORS: &[&str] = &["after", "although", "because", "before", "once", "since", "though", "unless", "until", "when", "whereas", "while"];

/// Words that, with a following time noun, make a time adverbial ("this summer").
pub const TIME_DEICTICS: &[&str] = &["earlier", "last", "next", "this"];

/// Time nouns of such adverbials.
pub const TIME_NOUNS: &[&str] = &[
    "afternoon", "autumn", "evening", "month", "morning", "night", "spring", "summer", "week", "weekend", "winter", "year",
];

/// True when `first` and `second` make a time adverbial ("this week", "last year").
pub fn is_time_adverbial(first: &str, second: &str) -> bool {
    is(TIME_DEICTICS, first) && is(TIME_NOUNS, second)
}

/// Month names and their usual short forms, in calendar order of their month number.
pub const MONTHS: &[(&str, u8)] = &[
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("april", 4), ("apr", 4), ("may", 5),
    ("june", 6), ("july", 7), ("august", 8), ("aug", 8), ("september", 9), ("sept", 9), ("sep", 9),
    ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
];

/// The number of a month named by a word in lower case ("march", "sept").
pub fn month(lower: &str) -> Option<u8> {
    MONTHS.iter().find(|(name, _)| *name == lower).map(|&(_, m)| m)
}

/// Small numbers as words ("four years after").
pub const NUMBER_WORDS: &[(&str, i32)] = &[
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
    ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
];

/// The value of a number word or numeral.
pub fn number(word: &str) -> Option<i32> {
    word.parse().ok().or_else(|| NUMBER_WORDS.iter().find(|(w, _)| w.eq_ignore_ascii_case(word)).map(|&(_, n)| n))
}

/// True when `word` (any case) is in `class`.
pub fn is(class: &[&str], word: &str) -> bool {
    class.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// True when `word` is an auxiliary that carries tense ("would", "had", "was"), so that a
/// clause has its verb; "be", "been" and "being" do not.
pub fn is_finite_auxiliary(word: &str) -> bool {
    is(MODALS, word) || is(HAVE_FORMS, word) || (is(BE_FORMS, word) && !is(&["be", "been", "being"], word))
}

/// Endings of a compound that says who runs, backs or houses a body ("Labour-run",
/// "SNP-led", "London-based"): it stands before the body's name, never inside it.
pub const MODIFIER_ENDINGS: &[&str] = &["-backed", "-based", "-controlled", "-funded", "-led", "-owned", "-run"];

/// True when `word` is such a compound ("Reform UK-run" ends in "UK-run").
pub fn is_modifier_compound(word: &str) -> bool {
    MODIFIER_ENDINGS.iter().any(|e| word.len() > e.len() && word.is_char_boundary(word.len() - e.len()) && word[word.len() - e.len()..].eq_ignore_ascii_case(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_of_time_adverbials() {
        for (first, second, adverbial) in [("this", "week", true), ("Last", "year", true), ("earlier", "month", true), ("this", "council", false), ("the", "week", false)] {
            assert_eq!(is_time_adverbial(first, second), adverbial, "{first} {second}");
        }
    }

    #[test]
    fn table_of_finite_auxiliaries() {
        for (word, finite) in [("would", true), ("Had", true), ("was", true), ("are", true), ("does", true), ("be", false), ("been", false), ("being", false), ("appeal", false), ("that", false)] {
            assert_eq!(is_finite_auxiliary(word), finite, "{word}");
        }
    }
}
