//! Questions asked of the graph: a small controlled language ("statements by Labour about
//! inadequate ratings") read by a real parser, names resolved as the graph knows them,
//! answers with their evidence; and SPARQL for everything else.

pub mod lexer;
pub mod parser;
pub mod question;

pub use parser::{parse, ParseError};
pub use question::{InspectionPhrase, NamePhrase, Question, StatementQuery, Topic, FORMS};
