//! Words with byte spans, shared by the stages that read names and verbs.

use std::borrow::Cow;

use arrayvec::ArrayString;

use crate::lexicon::{lower, Lexicon, VerbClass, WordClass};
use crate::model::Span;

/// A word of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    /// Where it stands.
    pub span: Span,
    /// Its text as written.
    pub text: &'t str,
    /// The bytes of its possessive ending ("’s" is four), 0 without one.
    possessive: u8,
    /// True when the first letter is upper case.
    capitalised: bool,
    /// Its lower-case form when that differs from `text`.
    folded: Folded,
    /// The word lists it may be in.
    class: WordClass,
}

// Every stage asks for a word's base, case and lower-case form, many times over: they are
// worked out once, when the word is read.
impl<'t> Word<'t> {
    /// The word at `span` of `text`, with the lists of `lex` it may be in.
    pub fn new(text: &'t str, span: Span, lex: &Lexicon) -> Word<'t> {
        let text = span.slice(text);
        let capitalised = match text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => text.chars().next().is_some_and(char::is_uppercase),
        };
        let possessive = possessive_len(text);
        let folded = Folded::of(text);
        let class = match &folded {
            Folded::Same => classify(text, possessive, lex),
            Folded::Inline(lower) => classify(lower, possessive, lex),
            Folded::Long => {
                let base = (possessive > 0).then(|| lower(without_ending(text, possessive)));
                lex.classify(&lower(text), base.as_deref())
            }
        };
        let class = if capitalised && is_initials(text) { class | WordClass::INITIALS } else { class };
        Word { span, text, possessive, capitalised, folded, class }
    }

    /// The word at `span` of `text`, known to be lower-case ASCII letters, digits, hyphens
    /// and straight apostrophes: most words, read without the checks of [`Word::new`].
    fn plain(text: &'t str, span: Span, lex: &Lexicon) -> Word<'t> {
        let text = span.slice(text);
        let possessive = possessive_len(text);
        Word { span, text, possessive, capitalised: false, folded: Folded::Same, class: classify(text, possessive, lex) }
    }

    /// True when the word may be in one of the lists of `class` (see [`WordClass`]): a
    /// false answer rules it out of them without asking them.
    #[inline]
    pub fn may_be(&self, class: WordClass) -> bool {
        self.class.intersects(class)
    }

    /// The word lists it may be in.
    pub fn class(&self) -> WordClass {
        self.class
    }

    /// The word without a possessive ending ("council’s" -> "council", "Jones'" stays).
    pub fn base(&self) -> &'t str {
        without_ending(self.text, self.possessive)
    }

    /// True when the word ends with a possessive "’s".
    pub fn is_possessive(&self) -> bool {
        self.possessive != 0
    }

    /// True when the first letter is upper case.
    pub fn is_capitalised(&self) -> bool {
        self.capitalised
    }

    /// True when the word looks like part of a name: capitalised, with lower-case letters
    /// after the first, and only letters, apostrophes and hyphens ("O’Neill", "Smith-Rowe").
    // Inlined so that the case test, which turns away most words, costs no call.
    #[inline]
    pub fn is_name_like(&self) -> bool {
        self.capitalised && self.name_shaped()
    }

    fn name_shaped(&self) -> bool {
        let base = self.base();
        base.chars().skip(1).any(char::is_lowercase) && base.chars().all(|c| c.is_alphabetic() || matches!(c, '’' | '\'' | '-'))
    }

    /// Lower-case form: borrowed, as it is kept with the word (or is the word), except for
    /// a word too long to keep it inline, which is lower-cased when asked.
    pub fn lower(&self) -> Cow<'_, str> {
        match &self.folded {
            Folded::Same => Cow::Borrowed(self.text),
            Folded::Inline(folded) => Cow::Borrowed(folded.as_str()),
            Folded::Long => lower(self.text),
        }
    }

    /// The class of verb the word is, if it is a speech or finding verb of the lexicon.
    pub fn verb(&self, lex: &Lexicon) -> Option<VerbClass> {
        // The lower-case form kept with the word: asking the lexicon with the text would
        // lower-case every capitalised word again.
        if !self.may_be(WordClass::VERB) {
            return None;
        }
        lex.verbs.get(&self.lower()).copied()
    }

    /// True when the word is a preposition of the lexicon ("for", "at"), in any case.
    #[inline]
    pub fn is_preposition(&self, lex: &Lexicon) -> bool {
        self.may_be(WordClass::PREPOSITION) && lex.prepositions.contains(&self.lower())
    }

    /// True when the word is an adverb of the lexicon ("also", "previously"), in any case.
    #[inline]
    pub fn is_adverb(&self, lex: &Lexicon) -> bool {
        self.may_be(WordClass::ADVERB) && lex.adverbs.contains(&self.lower())
    }

    /// True when the word is a verb in the past, in lower case (see [`is_past_form`]).
    pub fn is_past_verb(&self, lex: &Lexicon) -> bool {
        !self.is_capitalised() && is_past_form(self.text, lex)
    }

    /// Lower-case form of [`Word::base`].
    pub fn lower_base(&self) -> Cow<'_, str> {
        if !self.is_possessive() {
            return self.lower();
        }
        match &self.folded {
            Folded::Same => Cow::Borrowed(self.base()),
            Folded::Inline(folded) => Cow::Borrowed(without_ending(folded, self.possessive)),
            Folded::Long => lower(self.base()),
        }
    }
}

/// The lists a word may be in, from its lower-case form and the bytes of its possessive
/// ending (which lower-casing leaves as long as they were).
fn classify(lower: &str, possessive: u8, lex: &Lexicon) -> WordClass {
    lex.classify(lower, (possessive > 0).then(|| without_ending(lower, possessive)))
}

/// `word` without its last `ending` bytes.
fn without_ending(word: &str, ending: u8) -> &str {
    word.get(..word.len() - usize::from(ending)).unwrap_or(word)
}

/// Longest lower-case form kept inline; longer words are lower-cased when asked.
const INLINE_FOLDED: usize = 22;

/// A word's lower-case form, kept in the word so that asking for it does not allocate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Folded {
    /// The word is its own lower-case form (lower-case ASCII, as most words are).
    Same,
    /// The lower-case form.
    Inline(ArrayString<INLINE_FOLDED>),
    /// Too long to keep.
    Long,
}

impl Folded {
    fn of(text: &str) -> Folded {
        if text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'\'' | b'-')) {
            return Folded::Same;
        }
        if text.is_ascii() {
            let mut folded: ArrayString<INLINE_FOLDED> = ArrayString::new();
            return match folded.try_push_str(text) {
                Ok(()) => {
                    folded.make_ascii_lowercase();
                    Folded::Inline(folded)
                }
                Err(_) => Folded::Long,
            };
        }
        // `str::to_lowercase` treats a final capital sigma by its context; leave that to it.
        if text.contains('Σ') {
            return Folded::Long;
        }
        let mut folded = ArrayString::new();
        for c in text.chars().flat_map(char::to_lowercase) {
            if folded.try_push(c).is_err() {
                return Folded::Long;
            }
        }
        Folded::Inline(folded)
    }
}

/// True when `gap`, the text between the word `w` and the next, is the apostrophe of a
/// plural possessive ("the Lib Dems’ spokesman", "the Conservatives' leader"): the
/// possessive whose apostrophe a word does not take in, as it does "Labour’s".
pub fn plural_possessive(w: &Word<'_>, gap: &str) -> bool {
    w.text.ends_with(['s', 'S']) && gap.strip_prefix(['’', '\'']).is_some_and(|rest| !rest.is_empty() && rest.chars().all(char::is_whitespace))
}

/// The words inside `within`. A word is a run of letters and digits, with single
/// apostrophes and hyphens inside it ("children’s", "multi-agency").
pub fn words<'t>(text: &'t str, within: Span, lex: &Lexicon) -> Vec<Word<'t>> {
    let mut out = Vec::new();
    push_words(text, within, lex, &mut out);
    out
}

/// [`words`], appended to `out`: an article's words are read into one list.
pub fn push_words<'t>(text: &'t str, within: Span, lex: &Lexicon, out: &mut Vec<Word<'t>>) {
    let body = within.slice(text);
    let bytes = body.as_bytes();
    // Words average five or six bytes; one allocation for most paragraphs.
    out.reserve(body.len() / 5 + 1);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Most text is ASCII: its bytes are classed by a table, without decoding a character.
        if ASCII_CLASS[usize::from(b)] == 0 {
            match char_at(body, i) {
                Some((c, len)) if !is_word_char(c) => {
                    i += len;
                    continue;
                }
                None => break,
                Some(_) => {}
            }
        }
        let start = i;
        // The classes of the word's bytes so far: it is its own lower-case form (plain)
        // when it has no capital and nothing beyond ASCII.
        let mut shape = 0;
        loop {
            while let Some(&b) = bytes.get(i) {
                let class = ASCII_CLASS[usize::from(b)];
                if class == 0 {
                    break;
                }
                shape |= class;
                i += 1;
            }
            match char_at(body, i) {
                Some((c, len)) if !c.is_ascii() && is_word_char(c) => {
                    shape |= NOT_PLAIN;
                    i += len;
                }
                Some((c, len)) if matches!(c, '’' | '\'' | '-') && char_at(body, i + len).is_some_and(|(n, _)| is_word_char(n)) => {
                    if !c.is_ascii() {
                        shape |= NOT_PLAIN;
                    }
                    i += len;
                }
                _ => break,
            }
        }
        let span = Span::new(within.start + start, within.start + i);
        let plain = shape & NOT_PLAIN == 0;
        out.push(if plain { Word::plain(text, span, lex) } else { Word::new(text, span, lex) });
    }
}

/// True when `c` is a letter or digit. Curly quotes, dashes and the other marks of the
/// General Punctuation block (U+2000 to U+206F), the commonest characters beyond ASCII in
/// news text and none of them a letter, are answered without the Unicode tables.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
    }
}

/// In [`ASCII_CLASS`]: a lower-case letter or a digit.
const PLAIN: u8 = 1;
/// In [`ASCII_CLASS`]: a capital, or in a word's shape anything that is not its own lower case.
const NOT_PLAIN: u8 = 2;

/// For each byte, PLAIN or NOT_PLAIN when it is an ASCII letter or digit, 0 otherwise
/// (punctuation, spaces and every byte of a non-ASCII character).
static ASCII_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_uppercase() {
            NOT_PLAIN
        } else if byte.is_ascii_alphanumeric() {
            PLAIN
        } else {
            0
        };
        b += 1;
    }
    table
};

/// The character at byte `i` of `s` and its length; most text is ASCII, decoded without
/// the general UTF-8 path.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let &b = s.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The bytes of `word`'s possessive ending, 0 without one.
fn possessive_len(word: &str) -> u8 {
    // The ending is at most "’s", four bytes.
    u8::try_from(word.len() - without_possessive(word).len()).unwrap_or(0)
}

fn without_possessive(word: &str) -> &str {
    if !word.ends_with(['s', 'S']) {
        return word;
    }
    for suffix in ["’s", "'s", "’S", "'S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    word
}

/// The text between two words (or from a position to a word): punctuation and spaces.
pub fn gap(text: &str, from: usize, to: usize) -> &str {
    Span::new(from, to).slice(text)
}

/// True when `text` is a run of two to six capital letters ("GMB", "NASUWT").
fn is_initials(text: &str) -> bool {
    (2..=6).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_uppercase())
}

/// True when `word` is a form in the past: ending in "-ed" ("lacked", not "need" or
/// "proceed") or one of the lexicon's irregular forms ("found", "agreed").
pub fn is_past_form(word: &str, lex: &Lexicon) -> bool {
    let regular = word.len() > 4 && word.ends_with("ed") && !word.ends_with("eed");
    regular || lex.irregular_past.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon::load().unwrap()
    }

    #[test]
    fn table_of_words() {
        let lex = lexicon();
        let cases: &[(&str, &[&str])] = &[
            ("The trust’s out-of-hours line (OOHL).", &["The", "trust’s", "out-of-hours", "line", "OOHL"]),
            ("Cllr. O'Neill-Rowe said: “don’t”", &["Cllr", "O'Neill-Rowe", "said", "don’t"]),
            ("the 1990s’ boom - and more", &["the", "1990s", "boom", "and", "more"]),
            ("Zoë-Ann met Ó Briain at the café- bar", &["Zoë-Ann", "met", "Ó", "Briain", "at", "the", "café", "bar"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = words(text, Span::new(0, text.len()), &lex).iter().map(|w| w.text).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn lower_case_forms_kept_with_words_match_to_lowercase() {
        let lex = lexicon();
        let text = "said Council’s ÉCOLE Ofsted ΟΔΟΣ Hyperlocalnewsdesk-Westmoorshire-Borough \
                    multi-agency rock'n'roll x-ray’s 2024-25 iPhone café naïve-ly mid-Term";
        for w in words(text, Span::new(0, text.len()), &lex) {
            assert_eq!(w.lower(), w.text.to_lowercase(), "{}", w.text);
            assert_eq!(w.lower_base(), w.base().to_lowercase(), "{}", w.text);
        }
    }

    #[test]
    fn verbs_are_known_in_any_case() {
        let lex = lexicon();
        let text = "Said FOUND added Council warned’s";
        let got: Vec<Option<VerbClass>> = words(text, Span::new(0, text.len()), &lex).iter().map(|w| w.verb(&lex)).collect();
        assert_eq!(got, [Some(VerbClass::Speech), Some(VerbClass::Finding), Some(VerbClass::Speech), None, None]);
    }

    #[test]
    fn word_characters_are_the_letters_and_digits_of_unicode() {
        for c in (0..0x3000).chain(0x1f600..0x1f610).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn words_carry_the_lists_they_may_be_in() {
        let lex = lexicon();
        let text = "Cllr Amy Ng SAID the Borough Council’s children’s services were inadequate";
        let classes: Vec<(&str, WordClass)> = words(text, Span::new(0, text.len()), &lex).iter().map(|w| (w.text, w.class())).collect();
        let of = |word: &str| classes.iter().find(|(t, _)| *t == word).map(|&(_, c)| c).unwrap();
        assert!(of("Cllr").intersects(WordClass::HONORIFIC));
        assert!(of("SAID").intersects(WordClass::VERB));
        assert!(of("Council’s").intersects(WordClass::ORG_HEAD), "by its base");
        assert!(of("inadequate").intersects(WordClass::RATING));
        assert_eq!(of("Amy"), WordClass::NONE);
        assert!(!of("services").intersects(WordClass::VERB | WordClass::RATING | WordClass::HONORIFIC));
    }

    #[test]
    fn possessives_and_name_shapes() {
        let lex = lexicon();
        let text = "Labour’s O’Neill VULNERABLE council";
        let w = words(text, Span::new(0, text.len()), &lex);
        assert_eq!(w[0].base(), "Labour");
        assert!(w[0].is_possessive());
        assert!(w[1].is_name_like());
        assert!(!w[2].is_name_like());
        assert!(!w[3].is_capitalised());
        assert_eq!(w[1].span.slice(text), "O’Neill");
        let plain = words("the council's plans", Span::new(0, 19), &lex);
        assert_eq!((plain[1].base(), plain[1].is_possessive(), plain[2].is_possessive()), ("council", true, false));
    }
}
