//! Text folding exactly as the gold format defines it.

/// Titles dropped from the front of a label before it is compared with an alias.
const GOLD_HONORIFICS: &[&str] = &[
    "councillor", "cllr", "coun", "cllr.", "coun.", "mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr.", "sir",
    "dame", "lord", "baroness",
];

/// Curly quotes and dashes made plain, lower case, white space folded.
pub fn norm(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    for c in text.chars() {
        plain.push(match c {
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            other => other,
        });
    }
    plain.to_lowercase().split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`norm`], then quote marks and stops trimmed from both ends.
pub fn norm_quoted(text: &str) -> String {
    norm(text).trim_matches(|c| matches!(c, ' ' | '"' | '\'' | '.' | ',' | ';' | ':')).to_string()
}

/// [`norm`], then leading honorifics and "the" dropped.
pub fn norm_name(label: &str) -> String {
    let spaced = norm(label).replace("'s ", " 's ");
    let words: Vec<&str> = spaced.split_whitespace().collect();
    let skip = words.iter().take_while(|w| GOLD_HONORIFICS.contains(w) || **w == "the").count();
    words[skip..].join(" ").replace(" 's ", "'s ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_matches_the_gold_format() {
        assert_eq!(norm("  The  Council’s “Plan” – now\n"), "the council's \"plan\" - now");
        assert_eq!(norm_quoted("‘Good’."), "good");
        assert_eq!(norm_name("Cllr. The Mayor"), "mayor");
        assert_eq!(norm_name("Councillor Ann Lee"), "ann lee");
        assert_eq!(norm_name("the ruling Labour group's office"), "ruling labour group's office");
    }
}
