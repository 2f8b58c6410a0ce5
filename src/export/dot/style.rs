//! How things look in diagrams: colours of parties and grades, shapes of node kinds,
//! and labels cut to a readable size.

use graphviz_rust::dot_structures::{Attribute, Id};

use crate::lexicon::{party_colours, PartyColours};
use crate::model::{first_words, Node, NodeData, Polarity, Rating, StatementKind};

/// Colours of speakers with no party, or a party without colours of its own.
pub const NO_PARTY: PartyColours = PartyColours { party: "", fill: "#eeeeee", line: "#757575" };

/// Colour of `criticised` edges.
pub const CRITICISM: &str = "#c62828";

/// A DOT string holding `text`: the one place labels are escaped. Backslashes and
/// double quotes are escaped, line breaks become DOT's `\n`, other control characters
/// become spaces; non-ASCII text is kept as UTF-8 (DOT's default charset).
pub fn quoted(text: &str) -> Id {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    Id::Escaped(out)
}

/// An attribute `name="value"`.
pub fn attr(name: &str, value: &str) -> Attribute {
    Attribute(Id::Plain(name.to_string()), quoted(value))
}

/// The colours of each party that has its own, looked up by canonical name.
#[derive(Debug, Clone)]
pub struct Palette {
    parties: Vec<PartyColours>,
}

impl Palette {
    /// The compiled-in party colours; grey for all when the table is unreadable (a
    /// build defect the lexicon tests catch).
    pub fn new() -> Palette {
        Palette { parties: party_colours().unwrap_or_default() }
    }

    /// The colours of the party with this canonical name.
    pub fn party(&self, name: &str) -> PartyColours {
        self.parties.iter().copied().find(|p| p.party == name).unwrap_or(NO_PARTY)
    }
}

/// Fill and text colour of an inspection with this grade.
pub fn rating_colours(rating: Option<Rating>) -> (&'static str, &'static str) {
    match rating {
        Some(Rating::Outstanding) => ("#1b5e20", "white"),
        Some(Rating::Good) => ("#66bb6a", "black"),
        Some(Rating::RequiresImprovement) => ("#ffb300", "black"),
        Some(Rating::Inadequate) => ("#d32f2f", "white"),
        None => ("#e0e0e0", "black"),
    }
}

/// A grade as a diagram writes it: the report heading in capitals.
pub fn rating_label(rating: Option<Rating>) -> String {
    rating.map_or_else(|| "no grade given".to_string(), |r| r.heading().to_uppercase())
}

/// The attributes that draw a node of this kind in the full view and the legend.
pub fn kind_style(node: &Node, palette: &Palette) -> Vec<Attribute> {
    let (shape, fill) = match &node.data {
        NodeData::Person => ("ellipse", "#fff8e1"),
        NodeData::Party => ("hexagon", palette.party(&node.label).fill),
        NodeData::Organization(_) => ("box", "#e3f2fd"),
        NodeData::Role { .. } => ("plain", "white"),
        NodeData::Inspection(i) => ("box", rating_colours(i.rating).0),
        NodeData::Finding(f) => (
            "component",
            match f.polarity {
                Polarity::Positive => "#e8f5e9",
                Polarity::Negative => "#ffebee",
                Polarity::Mixed => "#fff3e0",
            },
        ),
        NodeData::Statement(_) => ("note", "#fffde7"),
        NodeData::Document(_) => ("folder", "#f5f5f5"),
    };
    let font = match &node.data {
        NodeData::Inspection(i) => rating_colours(i.rating).1,
        _ => "black",
    };
    vec![attr("shape", shape), attr("style", "filled"), attr("fillcolor", fill), attr("fontcolor", font)]
}

/// The words of a node's label as a diagram shows them: statements and findings by
/// their first words in quotation marks, everything else whole; wrapped to `width`.
pub fn node_text(node: &Node, width: usize) -> String {
    match &node.data {
        NodeData::Statement(s) => {
            let words = first_words(&s.text, 14, CUT_MARKS);
            match s.kind {
                StatementKind::Indirect => wrap(&words, width),
                StatementKind::Direct | StatementKind::Partial => wrap(&format!("“{words}”"), width),
            }
        }
        NodeData::Finding(f) => wrap(&first_words(&f.text, 14, CUT_MARKS), width),
        _ => wrap(&node.label, width),
    }
}

/// Marks cut from the end of a shortened text in a diagram box.
pub const CUT_MARKS: &[char] = &[',', ';', ':', '.'];

/// `text` broken into lines of at most `width` characters at spaces (a longer word
/// stands alone on its line).
pub fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use graphviz_rust::printer::{DotPrinter, PrinterContext};

    #[test]
    fn labels_are_escaped_in_one_place() {
        let cases = [
            (r#"Cllr "Bob" Lee"#, r#""Cllr \"Bob\" Lee""#),
            (r"C:\reports\2024", r#""C:\\reports\\2024""#),
            ("two\nlines\r\n", r#""two\nlines\n""#),
            ("Zoë’s “view”\u{7}", "\"Zoë’s “view” \""),
        ];
        for (text, dot) in cases {
            assert_eq!(quoted(text).print(&mut PrinterContext::default()), dot);
        }
    }

    #[test]
    fn long_statements_are_cut_and_wrapped() {
        let text = "We will not accept a service that lets down the most vulnerable children in the county, and we will act.";
        assert_eq!(first_words(text, 5, CUT_MARKS), "We will not accept a…");
        assert_eq!(first_words("Short one.", 5, CUT_MARKS), "Short one.");
        assert_eq!(wrap("one two three four", 9), "one two\nthree\nfour");
        assert_eq!(wrap("extraordinarily long", 5), "extraordinarily\nlong");
    }

    #[test]
    fn every_coloured_party_is_a_canonical_party_and_others_are_grey() {
        let lexicon = crate::lexicon::Lexicon::load().unwrap();
        let palette = Palette::new();
        assert!(palette.parties.len() >= 5);
        for p in &palette.parties {
            assert!(lexicon.parties.iter().any(|a| a.canonical == p.party), "{} is not a canonical party name", p.party);
        }
        assert_eq!(palette.party("Labour").line, "#e4003b");
        assert_eq!(palette.party("Yorkshire Party"), NO_PARTY);
    }
}
