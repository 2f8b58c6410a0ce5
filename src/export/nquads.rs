//! N-Quads: the same triples as the JSON-LD export, a line each, for bulk loading into
//! triple stores.

use std::io::Write;

use oxigraph::io::{RdfFormat, RdfSerializer};

use super::rdf::{triples, Iris};
use crate::error::ExportError;
use crate::model::QuoteGraph;

/// Writes the graph's triples as N-Quads (in the default graph).
pub fn write(graph: &QuoteGraph, iris: &Iris, out: &mut dyn Write) -> Result<(), ExportError> {
    let mut serializer = RdfSerializer::from_format(RdfFormat::NQuads).for_writer(out);
    for triple in triples(graph, iris) {
        serializer.serialize_triple(&triple)?;
    }
    serializer.finish()?;
    Ok(())
}
