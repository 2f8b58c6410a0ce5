//! Short forms of long texts, for node labels, diagram boxes and table cells.

/// The first `n` words of `text` on one line, with an ellipsis when there were more; the
/// marks in `trim` are cut from the end of a shortened text ("the county…", not
/// "the county,…").
pub fn first_words(text: &str, n: usize, trim: &[char]) -> String {
    let mut out = String::with_capacity(text.len().min(n * 8));
    for (i, word) in text.split_whitespace().enumerate() {
        if i == n {
            let kept = out.trim_end_matches(trim).len();
            out.truncate(kept);
            out.push('…');
            return out;
        }
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_are_cut_after_n_words_and_short_ones_kept_on_one_line() {
        let text = "We will act,\n\nand we will act now.";
        assert_eq!(first_words(text, 3, &[]), "We will act,…");
        assert_eq!(first_words(text, 3, &[',']), "We will act…");
        assert_eq!(first_words(text, 8, &[',']), "We will act, and we will act now.");
    }
}
