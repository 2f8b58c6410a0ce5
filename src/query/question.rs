//! What a parsed question says: its form, and the names and grades in it, still unresolved.

use crate::model::{InspectionKind, Polarity, Rating, Span, StatementKind};

/// The forms of question the parser reads, as shown in errors and `--help`.
pub const FORMS: &[&str] = &[
    "statements by <speaker|party|organisation> [about <rating> ratings|about <organisation>|about <inspection>]",
    "quotes by ... / claims by ...   (direct and partial quotes / reported speech only)",
    "who criticised <name>",
    "who did <name> criticise",
    "ratings of <organisation> [by <inspectorate>] [, in time order]",
    "roles of <person>",
    "members of <party>",
    "people in <organisation>",
    "findings of <inspection|organisation> [positive|negative]",
];

/// A name as the question writes it ("the Tories", "Cllr Lee", "Northby Council").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamePhrase {
    /// The words, joined by single spaces.
    pub text: String,
    /// Where they stand in the question.
    pub span: Span,
}

/// An inspection as a question describes it ("Ofsted's 2023 inspection of Northby Council").
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct InspectionPhrase {
    /// The inspectorate named before the noun.
    pub inspector: Option<NamePhrase>,
    /// The body named after "of".
    pub subject: Option<NamePhrase>,
    /// The year given.
    pub year: Option<i32>,
    /// "monitoring visit", "focused visit"; None for any kind.
    pub kind: Option<InspectionKind>,
}

/// What statements are about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Topic {
    /// Inspections that gave this grade, overall or to a part of the service.
    Rating(Rating),
    /// Inspections matching a description.
    Inspection(InspectionPhrase),
    /// An organisation (its inspections) or anything else statements are about.
    Name(NamePhrase),
}

/// The filters of a statements question; each one left out matches everything.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StatementQuery {
    /// Statement kinds wanted; empty for all.
    pub kinds: Vec<StatementKind>,
    /// Who made them: a person, a party (with its groups and members) or an organisation.
    pub by: Option<NamePhrase>,
    /// What they are about; a statement must be about every one.
    pub about: Vec<Topic>,
    /// The article they come from (its name, or the start of its name).
    pub document: Option<String>,
}

/// A question the graph can answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// `statements by X [about Y]`.
    Statements(StatementQuery),
    /// `who criticised X`.
    CriticsOf(NamePhrase),
    /// `who did X criticise`.
    CriticisedBy(NamePhrase),
    /// `ratings of X [by Y]`, in date order.
    Ratings {
        /// The body rated.
        subject: NamePhrase,
        /// Only this inspectorate's ratings.
        inspector: Option<NamePhrase>,
    },
    /// `roles of X`.
    Roles(NamePhrase),
    /// `members of X`.
    Members(NamePhrase),
    /// `people in X`.
    People(NamePhrase),
    /// `findings of X [positive|negative]`.
    Findings {
        /// An inspection, or a body whose inspections count.
        of: Topic,
        /// Only praise (with mixed findings) or only criticism (with mixed findings).
        polarity: Option<Polarity>,
    },
}
