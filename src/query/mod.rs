//! Questions asked of the graph: a small controlled language ("statements by Labour about
//! inadequate ratings") read by a real parser, names resolved as the graph knows them,
//! answers with their evidence; and SPARQL for everything else.
//!
//! ```
//! use quotegraph::corpus::Article;
//! use quotegraph::extract::Extractor;
//! use quotegraph::lexicon::Lexicon;
//! use quotegraph::query::{ask, parse};
//!
//! let article = Article::new(
//!     "care.txt",
//!     "Cllr Ann Lee (Green), the council leader, said: “We accept the findings in full.”",
//! );
//! let graph = Extractor::new()?.build(&[article]);
//! let lexicon = Lexicon::load()?;
//! let question = "statements by the Greens";
//! let answer = ask(&graph, &lexicon, question, &parse(question, &lexicon.ratings)?)?;
//! assert_eq!(answer.rows.len(), 1);
//! assert_eq!(answer.cell(&answer.rows[0], "speaker").unwrap(), "Ann Lee");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod answer;
#[cfg(test)]
mod fixture;
pub mod filters;
pub mod lexer;
pub mod output;
pub mod parser;
pub mod question;
mod relations;
pub mod resolve;
pub mod sparql;
mod statements;

pub use answer::{Answer, Cited, Column, Row, Shown};
pub use filters::{compose, Filters};
pub use parser::{parse, parse_topic, ParseError};
pub use question::{InspectionPhrase, NamePhrase, Question, StatementQuery, Topic, FORMS};
pub use resolve::{Named, ResolveError, Resolver, Wanted};

use crate::lexicon::Lexicon;
use crate::model::QuoteGraph;
use answer::Context;
use relations::Side;

/// Answers a parsed question from the graph; `text` is the question as written, quoted
/// when a name in it is unknown.
pub fn ask(graph: &QuoteGraph, lexicon: &Lexicon, text: &str, question: &Question) -> Result<Answer, ResolveError> {
    let cx = Context { graph, resolver: Resolver::new(graph, lexicon, text) };
    match question {
        Question::Statements(query) => statements::statements(&cx, query),
        Question::CriticsOf(name) => relations::criticisms(&cx, name, Side::Target),
        Question::CriticisedBy(name) => relations::criticisms(&cx, name, Side::Critic),
        Question::Ratings { subject, inspector } => relations::ratings(&cx, subject, inspector.as_ref()),
        Question::Roles(person) => relations::roles(&cx, person),
        Question::Members(party) => relations::people(&cx, party, false),
        Question::People(body) => relations::people(&cx, body, true),
        Question::Findings { of, polarity } => relations::findings(&cx, of, *polarity),
    }
}

#[cfg(test)]
mod tests;
