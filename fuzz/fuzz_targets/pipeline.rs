//! The whole pipeline on arbitrary bytes: the first byte picks the input format (its low
//! bits) and whether text that is not UTF-8 is read as windows-1252 (its high bit), the
//! rest is the file. Reading, extraction, the graph and every export must not panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use quotegraph::corpus::{read_bytes, InputFormat, TextEncoding};
use quotegraph::export::{ExportOptions, Format};
use quotegraph::extract::Extractor;

fn extractor() -> &'static Extractor {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    EXTRACTOR.get_or_init(|| Extractor::new().expect("the compiled-in lexicons load"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else { return };
    let format = InputFormat::ALL[usize::from(pick & 0x7f) % InputFormat::ALL.len()];
    let encoding = if pick & 0x80 == 0 { None } else { TextEncoding::for_label("windows-1252").ok() };
    let mut articles = Vec::new();
    read_bytes("fuzz", bytes, format, encoding, &mut |read| articles.extend(read.ok()));
    let graph = extractor().build(&articles);
    let options = ExportOptions::default();
    for format in [Format::Json, Format::JsonLd, Format::Dot] {
        let mut out = Vec::new();
        format.write(&graph, &options, &mut out).expect("writing to memory succeeds");
    }
});
