//! IRIs for the graph's nodes, edges and evidence. They are minted from the content
//! ids alone, so the same person, party or article gets the same IRI in every run and
//! every corpus, and graphs exported separately join when loaded together.

use oxigraph::model::NamedNode;

use crate::error::ExportError;
use crate::model::{EdgeView, Rating, Span};

/// The base IRI used when none is given.
pub const DEFAULT_BASE: &str = "urn:quotegraph:";

/// Mints IRIs under one base.
#[derive(Debug, Clone)]
pub struct Iris {
    base: String,
}

impl Default for Iris {
    /// IRIs under [`DEFAULT_BASE`] (a valid base, as a test checks).
    fn default() -> Self {
        Iris { base: DEFAULT_BASE.to_string() }
    }
}

impl Iris {
    /// IRIs under `base`, which must be an absolute IRI ("https://data.example.org/news/",
    /// "urn:example:"); ids are appended to it as they are.
    pub fn new(base: &str) -> Result<Iris, ExportError> {
        let bad = |reason: &str| ExportError::BadBase { base: base.to_string(), reason: reason.to_string() };
        NamedNode::new(base).map_err(|e| bad(&e.to_string()))?;
        if base.contains('#') {
            return Err(bad("it has a fragment (#), but article IRIs need their own #char= fragments"));
        }
        Ok(Iris { base: base.to_string() })
    }

    /// The base every IRI starts with.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The IRI of the node with this id: "person:jane-smith" -> BASE + "person/jane-smith".
    pub fn node(&self, id: &str) -> NamedNode {
        let (kind, rest) = id.split_once(':').unwrap_or(("node", id));
        self.mint(&format!("{}/{}", encode(kind), encode_id_rest(rest)))
    }

    /// The IRI of the article with this name, the same as its document node's.
    pub fn document(&self, name: &str) -> NamedNode {
        self.mint(&format!("doc/{}", encode_id_rest(name)))
    }

    /// The article's IRI with an RFC 5147 fragment for the characters `chars`.
    pub fn evidence(&self, document: &str, chars: Span) -> NamedNode {
        NamedNode::new_unchecked(format!("{}#char={},{}", self.document(document).as_str(), chars.start, chars.end))
    }

    /// The IRI of one edge as read in one place (its `rdf:Statement`).
    pub fn edge(&self, e: &EdgeView<'_>) -> NamedNode {
        let ev = &e.edge.evidence;
        let key = [e.source.id.as_str(), e.edge.kind.as_str(), e.target.id.as_str(), &*ev.document].join("\t");
        let hash = fnv1a(format!("{key}\t{}\t{}", ev.span.start, ev.span.end).as_bytes());
        self.mint(&format!("edge/{}/{hash:016x}", e.edge.kind.as_str()))
    }

    /// The IRI of the `OrganizationRole` that stands for `source` holding `target` (a role
    /// or a membership), the same whichever article it was read in.
    pub fn role_holding(&self, e: &EdgeView<'_>) -> NamedNode {
        let key = [e.source.id.as_str(), e.edge.kind.as_str(), e.target.id.as_str()].join("\t");
        self.mint(&format!("holding/{:016x}", fnv1a(key.as_bytes())))
    }

    /// The IRI of a grade, shared by every inspection that gave it.
    pub fn rating(&self, rating: Rating) -> NamedNode {
        self.mint(&format!("rating/{}", rating.as_str()))
    }

    /// The IRI of an inspection's judgement on one part of the service.
    pub fn judgement(&self, inspection: &NamedNode, index: usize) -> NamedNode {
        NamedNode::new_unchecked(format!("{}/judgement/{index}", inspection.as_str()))
    }

    fn mint(&self, path: &str) -> NamedNode {
        // The base was checked in `new` and `path` holds only unreserved characters,
        // percent escapes, '/', ':' and '@', so the result is a valid IRI.
        NamedNode::new_unchecked(format!("{}{path}", self.base))
    }
}

/// An id after its kind prefix, as a path: '#' (span separators in statement ids)
/// becomes '/'; '/' and anything else outside the safe set is percent-encoded, so two
/// ids never give one IRI.
fn encode_id_rest(rest: &str) -> String {
    rest.split('#').map(encode).collect::<Vec<_>>().join("/")
}

/// Percent-encodes every byte but ASCII letters, digits and `-._~:@`.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~:@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// 64-bit FNV-1a: a hash that is the same on every platform and Rust version, so edge
/// IRIs are stable (std's `DefaultHasher` promises neither).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn node_ids_become_readable_iris() {
        let iris = Iris::new(DEFAULT_BASE).unwrap();
        assert_eq!(iris.base, Iris::default().base);
        let cases = [
            ("person:jane-smith", "urn:quotegraph:person/jane-smith"),
            ("statement:2024/leader piece.txt#120-348", "urn:quotegraph:statement/2024%2Fleader%20piece.txt/120-348"),
            ("role:leader@org:northby-council", "urn:quotegraph:role/leader@org:northby-council"),
            ("person:zoë-ó-briain", "urn:quotegraph:person/zo%C3%AB-%C3%B3-briain"),
        ];
        for (id, iri) in cases {
            assert_eq!(iris.node(id).as_str(), iri);
        }
        assert_eq!(iris.document("a b.txt").as_str(), iris.node("doc:a b.txt").as_str());
        assert_eq!(iris.evidence("a.txt", Span::new(3, 9)).as_str(), "urn:quotegraph:doc/a.txt#char=3,9");
    }

    #[test]
    fn a_slash_in_an_id_never_collides_with_a_span_separator() {
        let iris = Iris::new("https://data.example.org/news/").unwrap();
        assert_ne!(iris.node("statement:a/1"), iris.node("statement:a#1"));
        assert_eq!(iris.node("statement:a#1").as_str(), "https://data.example.org/news/statement/a/1");
    }

    #[test]
    fn bases_must_be_absolute_iris_without_a_fragment() {
        assert!(Iris::new("https://example.org/graph/").is_ok());
        for bad in ["not an iri", "relative/path/", "https://example.org/x#"] {
            let err = Iris::new(bad).unwrap_err().to_string();
            assert!(err.contains(bad), "{err}");
        }
    }

    #[test]
    fn fnv1a_matches_the_published_test_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }
}
