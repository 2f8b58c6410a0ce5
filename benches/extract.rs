//! `cargo bench`: the pipeline on the seeds (one article at a time, and the whole set) and
//! on a generated corpus of 1,000 articles, single-threaded and on all threads. Throughput
//! is reported in bytes of article text a second.

use std::path::Path;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use quotegraph::corpus::{read_corpus, Article};
use quotegraph::export::{ExportOptions, Format};
use quotegraph::extract::Extractor;
use quotegraph::synth;

// The binary's allocator, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn seeds() -> Vec<Article> {
    read_corpus(&[Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds")]).articles
}

fn bytes(articles: &[Article]) -> u64 {
    articles.iter().map(|a| a.text.len() as u64).sum()
}

fn extract_one_article(c: &mut Criterion) {
    let extractor = Extractor::new().expect("lexicons load");
    let mut group = c.benchmark_group("read one seed");
    for article in seeds() {
        group.throughput(Throughput::Bytes(article.text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(&article.name), &article, |b, a| b.iter(|| extractor.extract(a)));
    }
    group.finish();
}

fn build_corpus(c: &mut Criterion) {
    let extractor = Extractor::new().expect("lexicons load");
    let corpora = [("seeds", seeds()), ("generated 1000", synth::corpus(1000, 2026))];
    let mut group = c.benchmark_group("build + graph JSON");
    group.sample_size(10);
    for (name, articles) in &corpora {
        group.throughput(Throughput::Bytes(bytes(articles)));
        for threads in [1, rayon::current_num_threads()] {
            let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().expect("thread pool");
            group.bench_with_input(BenchmarkId::new(*name, format!("{threads} threads")), articles, |b, articles| {
                b.iter(|| {
                    pool.install(|| {
                        let graph = extractor.build(articles);
                        let mut out = Vec::new();
                        Format::Json.write(&graph, &ExportOptions::default(), &mut out).expect("export to memory");
                        out.len()
                    })
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, extract_one_article, build_corpus);
criterion_main!(benches);
