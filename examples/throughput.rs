//! Throughput of `build` in-process: reading is skipped, so the figures are extraction,
//! graph building and the graph JSON export, on one thread and on all of them.
//!
//! ```text
//! cargo run --release --example throughput                 # seeds, 10,000 and 100,000 articles
//! cargo run --release --example throughput -- 5000         # one generated corpus
//! cargo run --release --example throughput -- --write 100000 corpus.jsonl   # write a corpus
//! ```
//!
//! Generated corpora come from `quotegraph::synth` (seeded, so every run is the same).

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use quotegraph::corpus::{read_corpus, Article};
use quotegraph::export::{ExportOptions, Format};
use quotegraph::extract::Extractor;
use quotegraph::synth;

const SEED: u64 = 2026;

// The same allocator as the binary, so these figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: throughput [ARTICLES] | --write ARTICLES FILE.jsonl";

/// A number of articles from the command line, or the usage.
fn count(arg: &str) -> Result<usize, String> {
    arg.parse().map_err(|_| format!("not a number of articles: {arg:?}\n{USAGE}"))
}

fn main() {
    if let Err(e) = run() {
        eprintln!("throughput: {e}");
        std::process::exit(2);
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("Throughput of `build` in-process, one thread and all of them.\n{USAGE}");
        return Ok(());
    }
    if let [flag, n, path] = args.as_slice() {
        if flag == "--write" {
            let articles = synth::corpus(count(n)?, SEED);
            std::fs::write(path, synth::to_json_lines(&articles))?;
            eprintln!("wrote {} articles to {path}", articles.len());
            return Ok(());
        }
    }
    let extractor = Extractor::new()?;
    let sizes: Vec<usize> = match args.first() {
        Some(n) => vec![count(n)?],
        None => vec![10_000, 100_000],
    };
    println!("{:<22} {:>8} {:>9} {:>8} {:>10} {:>11} {:>9}", "corpus", "threads", "articles", "MB", "seconds", "MB/s", "articles/s");
    if args.is_empty() {
        let seeds = read_corpus(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")]).articles;
        // The five seeds take a millisecond; repeat them so the clock has something to measure.
        let repeated: Vec<Article> = (0..200).flat_map(|i| seeds.iter().map(move |a| Article::new(format!("{i}/{}", a.name), a.text.clone()))).collect();
        measure("seeds x200", &extractor, &repeated)?;
    }
    for n in sizes {
        let articles = synth::corpus(n, SEED);
        measure(&format!("generated {n}"), &extractor, &articles)?;
    }
    Ok(())
}

fn measure(name: &str, extractor: &Extractor, articles: &[Article]) -> Result<(), Box<dyn std::error::Error>> {
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let all = rayon::current_num_threads();
    for threads in [1, all] {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build()?;
        let start = Instant::now();
        let (written, built) = pool.install(|| -> Result<(usize, f64), quotegraph::error::ExportError> {
            let graph = extractor.build(articles);
            let built = start.elapsed().as_secs_f64();
            let mut out = CountingSink(0);
            Format::Json.write(&graph, &ExportOptions::default(), &mut out)?;
            Ok((out.0, built))
        })?;
        let secs = start.elapsed().as_secs_f64();
        let mb = bytes as f64 / 1e6;
        println!(
            "{name:<22} {threads:>8} {:>9} {mb:>8.1} {secs:>10.2} {:>11.1} {:>9.0}   (graph {built:.2} s, {:.0} MB of JSON {:.2} s)",
            articles.len(),
            mb / secs,
            articles.len() as f64 / secs,
            written as f64 / 1e6,
            secs - built
        );
        std::io::stdout().flush()?;
    }
    Ok(())
}

/// Counts the bytes of the export without keeping them.
struct CountingSink(usize);

impl Write for CountingSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
