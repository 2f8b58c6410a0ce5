//! SPARQL over the graph: its RDF (the triples of the JSON-LD export) loaded into
//! Oxigraph's in-memory store, results written as a table or the standard SPARQL JSON and
//! CSV result formats.

use std::io::{self, Write};

use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphNameRef, QuadRef, Term, Triple};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{QueryResults, QuerySolution, SparqlEvaluator, Variable};
use oxigraph::store::Store;

use super::output::{write_aligned, OutputFormat};
use crate::error::SparqlError;
use crate::export::rdf::{triples, vocab::qg};
use crate::export::Iris;
use crate::model::QuoteGraph;

/// The prefixes every query may use without declaring them; `data:` is the base of the
/// graph's own IRIs.
pub fn prefixes(iris: &Iris) -> Vec<(&'static str, String)> {
    vec![
        ("data", iris.base().to_string()),
        ("qg", qg::NAMESPACE.to_string()),
        ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#".into()),
        ("rdfs", "http://www.w3.org/2000/01/rdf-schema#".into()),
        ("schema", "http://schema.org/".into()),
        ("xsd", "http://www.w3.org/2001/XMLSchema#".into()),
    ]
}

/// What a query returned.
#[derive(Debug)]
pub enum SparqlAnswer {
    /// SELECT: the variables and a solution a row.
    Solutions {
        /// The variables, in the order the query gives them.
        variables: Vec<Variable>,
        /// The solutions.
        rows: Vec<QuerySolution>,
    },
    /// ASK.
    Boolean(bool),
    /// CONSTRUCT or DESCRIBE.
    Graph(Vec<Triple>),
}

/// Runs `query` over the graph's RDF.
pub fn run(graph: &QuoteGraph, iris: &Iris, query: &str) -> Result<SparqlAnswer, SparqlError> {
    let store = Store::new().map_err(|e| SparqlError::Store(e.to_string()))?;
    for triple in triples(graph, iris) {
        let quad = QuadRef::new(&triple.subject, &triple.predicate, &triple.object, GraphNameRef::DefaultGraph);
        store.insert(quad).map_err(|e| SparqlError::Store(e.to_string()))?;
    }
    let mut evaluator = SparqlEvaluator::new();
    for (prefix, iri) in prefixes(iris) {
        evaluator = evaluator.with_prefix(prefix, iri).map_err(|e| SparqlError::Store(e.to_string()))?;
    }
    let prepared = evaluator.parse_query(query).map_err(|e| SparqlError::Syntax(e.to_string()))?;
    let evaluation = |e: oxigraph::sparql::QueryEvaluationError| SparqlError::Evaluation(e.to_string());
    Ok(match prepared.on_store(&store).execute().map_err(evaluation)? {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            let rows = solutions.collect::<Result<Vec<_>, _>>().map_err(evaluation)?;
            SparqlAnswer::Solutions { variables, rows }
        }
        QueryResults::Boolean(value) => SparqlAnswer::Boolean(value),
        QueryResults::Graph(triples) => SparqlAnswer::Graph(triples.collect::<Result<Vec<_>, _>>().map_err(evaluation)?),
    })
}

/// Writes a query's answer: solutions as a table (IRIs shortened by the shared prefixes,
/// literals by their value), SPARQL JSON results or SPARQL CSV; a graph as N-Triples.
pub fn write_sparql(answer: &SparqlAnswer, format: OutputFormat, iris: &Iris, out: &mut dyn Write) -> io::Result<()> {
    let results_format = match format {
        OutputFormat::Json => Some(QueryResultsFormat::Json),
        OutputFormat::Csv => Some(QueryResultsFormat::Csv),
        OutputFormat::Table => None,
    };
    match (answer, results_format) {
        (SparqlAnswer::Graph(triples), _) => {
            let mut writer = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(out);
            for triple in triples {
                writer.serialize_triple(triple)?;
            }
            writer.finish().map(|_| ())
        }
        (SparqlAnswer::Boolean(value), Some(format)) => {
            QueryResultsSerializer::from_format(format).serialize_boolean_to_writer(&mut *out, *value)?;
            writeln!(out)
        }
        (SparqlAnswer::Boolean(value), None) => writeln!(out, "{value}"),
        (SparqlAnswer::Solutions { variables, rows }, Some(format)) => {
            let mut writer = QueryResultsSerializer::from_format(format).serialize_solutions_to_writer(&mut *out, variables.clone())?;
            for row in rows {
                writer.serialize(row)?;
            }
            writer.finish()?;
            if format == QueryResultsFormat::Json {
                writeln!(out)?;
            }
            Ok(())
        }
        (SparqlAnswer::Solutions { variables, rows }, None) => write_table(variables, rows, iris, out),
    }
}

fn write_table(variables: &[Variable], rows: &[QuerySolution], iris: &Iris, out: &mut dyn Write) -> io::Result<()> {
    let prefixes = prefixes(iris);
    let shown = |term: Option<&Term>| -> String {
        match term {
            None => String::new(),
            Some(Term::NamedNode(iri)) => prefixes
                .iter()
                .find_map(|(prefix, ns)| iri.as_str().strip_prefix(ns.as_str()).map(|local| format!("{prefix}:{local}")))
                .unwrap_or_else(|| format!("<{}>", iri.as_str())),
            Some(Term::Literal(literal)) => literal.value().split_whitespace().collect::<Vec<_>>().join(" "),
            Some(other) => other.to_string(),
        }
    };
    let headings: Vec<String> = variables.iter().map(|v| v.as_str().to_string()).collect();
    let cells: Vec<Vec<String>> = rows.iter().map(|row| variables.iter().map(|v| shown(row.get(v))).collect()).collect();
    write_aligned(&headings, &cells, out, |_, _| Ok(()))?;
    if rows.is_empty() {
        writeln!(out, "no solutions")?;
    }
    Ok(())
}
