//! Stage 8: the corpus graph. Articles are read in parallel, each into a fragment of its own;
//! those are joined in name order, so the result is the same on any number of threads,
//! and inspections and surname-only people are merged across articles at the end.

use std::borrow::Borrow;

use rayon::prelude::*;

use crate::corpus::{read_source, Article, Source};
use crate::error::InputError;
use crate::model::{Fragment, NodeKind, QuoteGraph};

use super::merge::{self, Sighting};
use super::people::{self, Places};
use super::{assemble, Extractor};

/// One article read into a fragment of the graph, with what the cross-document merges need.
#[derive(Debug, Default)]
pub struct ArticleGraph {
    graph: Fragment,
    sightings: Vec<Sighting>,
    /// Each person named, with the council the article is about.
    people: Vec<(String, Option<String>)>,
}

impl Extractor {
    /// Reads one article into a fragment of the graph; join it to others with [`GraphBuilder`].
    pub fn extract(&self, article: &Article) -> ArticleGraph {
        let (analysis, facts) = self.read_dated(&article.text, article.meta.published);
        let council = analysis.home_council().map(|c| analysis.entities[c].node_id());
        let people = analysis.entities.iter().filter(|e| e.kind == NodeKind::Person).map(|e| (e.node_id(), council.clone())).collect();
        let mut graph = Fragment::new();
        let sightings = assemble::add_article(&mut graph, article, &analysis, &facts);
        ArticleGraph { graph, sightings, people }
    }
}

/// Most articles read, for each thread, before a batch is extracted. Batches are small so
/// that memory holds the graph and little else: a batch's fragments take about three times
/// its text until they are joined, and fresh memory is dear (README, "Speed and
/// robustness"; batches of 2,048 had put 12 MB more at the seeds x400's peak).
const BATCH_ARTICLES_PER_THREAD: usize = 32;
/// Most bytes of text read, for each thread, before a batch is extracted: memory holds one
/// batch of text, not the corpus.
const BATCH_BYTES_PER_THREAD: usize = 2 << 20;

/// What a long build reports as it goes, from one of the pool's threads.
pub trait Observer: Send {
    /// A file or record could not be read; the build goes on without it.
    fn problem(&mut self, problem: InputError);
    /// An article of `bytes` bytes of text has been read from the source being read.
    fn article_read(&mut self, _bytes: usize) {}
    /// A source has been read (its articles may still be waiting in a batch).
    fn source_read(&mut self, source: &Source, articles: usize);
    /// Every source is read; the last batch is joined and the cross-article merges run.
    fn merging(&mut self) {}
}

/// Builds the graph of every article of `sources`, reading them in order and extracting
/// them in parallel batches, so that memory holds the graph and one batch of text.
pub fn build_sources(extractor: &Extractor, sources: &[Source], observer: &mut dyn Observer) -> (QuoteGraph, usize) {
    // On one of the pool's threads each batch starts with a call, not a hand-over from
    // this thread to the pool and back, which cost 2% on one core with batches this small.
    rayon::scope(|_| build_on_pool(extractor, sources, observer))
}

fn build_on_pool(extractor: &Extractor, sources: &[Source], observer: &mut dyn Observer) -> (QuoteGraph, usize) {
    let mut builder = GraphBuilder::new();
    let mut batch: Vec<Article> = Vec::new();
    let mut batch_bytes = 0;
    let threads = rayon::current_num_threads();
    let (most_articles, most_bytes) = (BATCH_ARTICLES_PER_THREAD * threads, BATCH_BYTES_PER_THREAD * threads);
    for source in sources {
        let mut articles = 0;
        read_source(source, &mut |read| match read {
            Ok(article) => {
                articles += 1;
                observer.article_read(article.text.len());
                batch_bytes += article.text.len();
                batch.push(article);
                if batch.len() >= most_articles || batch_bytes >= most_bytes {
                    builder.add_batch(extractor, &batch);
                    batch.clear();
                    batch_bytes = 0;
                }
            }
            Err(problem) => observer.problem(problem),
        });
        observer.source_read(source, articles);
    }
    builder.add_batch(extractor, &batch);
    observer.merging();
    let articles = builder.articles();
    (builder.finish(), articles)
}

/// Builds the graph of a corpus from batches of articles.
///
/// A batch's article graphs are joined while the next batch is extracted, so that joining
/// (one thread) overlaps extraction (the others).
#[derive(Debug, Default)]
pub struct GraphBuilder {
    joined: Joined,
    /// The last batch's article graphs, not yet joined.
    pending: Vec<ArticleGraph>,
}

/// What has been joined so far.
#[derive(Debug, Default)]
struct Joined {
    graph: QuoteGraph,
    sightings: Vec<Vec<Sighting>>,
    places: Places,
    articles: usize,
}

impl Joined {
    fn add(&mut self, part: ArticleGraph) {
        self.graph.absorb(part.graph);
        self.sightings.push(part.sightings);
        for (person, council) in part.people {
            self.places.record(person, council);
        }
        self.articles += 1;
    }
}

impl GraphBuilder {
    /// An empty builder.
    pub fn new() -> GraphBuilder {
        GraphBuilder::default()
    }

    /// Reads a batch of articles on all threads and joins them, in the order given.
    pub fn add_batch<A: Borrow<Article> + Sync>(&mut self, extractor: &Extractor, batch: &[A]) {
        let pending = std::mem::take(&mut self.pending);
        let joined = &mut self.joined;
        let ((), parts) = rayon::join(
            || pending.into_iter().for_each(|part| joined.add(part)),
            || batch.par_iter().map(|a| extractor.extract(a.borrow())).collect::<Vec<ArticleGraph>>(),
        );
        self.pending = parts;
    }

    /// Joins one article's graph, after those already added.
    pub fn add(&mut self, part: ArticleGraph) {
        self.join_pending();
        self.joined.add(part);
    }

    fn join_pending(&mut self) {
        for part in std::mem::take(&mut self.pending) {
            self.joined.add(part);
        }
    }

    /// How many articles have been added.
    pub fn articles(&self) -> usize {
        self.joined.articles + self.pending.len()
    }

    /// The graph, with inspections and people merged across articles.
    pub fn finish(mut self) -> QuoteGraph {
        self.join_pending();
        let Joined { mut graph, sightings, places, .. } = self.joined;
        merge::add_inspections(&mut graph, sightings);
        people::merge_surnames(&mut graph, &places);
        graph
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::json;

    fn articles() -> Vec<Article> {
        let mut dated = Article::new("c.txt", "Inspectors rated Eastmoor Council’s children’s services inadequate after a visit last month.");
        dated.meta.published = crate::corpus::published_date("2025-03-04");
        vec![
            Article::new("a.txt", "Cllr Ines Varga, the Green leader of Eastmoor Council, said: “We will do better.”"),
            Article::new("b.txt", "“It is not good enough,” said Cllr Varga.\n\nOfsted rated the council inadequate."),
            dated,
        ]
    }

    #[derive(Default)]
    struct Counts {
        problems: usize,
        articles: usize,
    }

    impl Observer for Counts {
        fn problem(&mut self, _: InputError) {
            self.problems += 1;
        }
        fn source_read(&mut self, _: &Source, articles: usize) {
            self.articles += articles;
        }
    }

    #[test]
    fn a_corpus_read_in_many_small_batches_gives_the_graph_of_all_its_articles_at_once() {
        // Five batches or more on any number of threads up to four, with a broken record
        // between two of them.
        let articles = crate::synth::corpus(BATCH_ARTICLES_PER_THREAD * 4 * 5 + 7, 11);
        let lines = crate::synth::to_json_lines(&articles);
        let cut = lines[..lines.len() / 2].rfind('\n').unwrap() + 1;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("feed.jsonl");
        std::fs::write(&path, [&lines[..cut], "{\"id\": broken\n", &lines[cut..]].concat()).unwrap();
        let (sources, problems) = crate::corpus::find_sources(std::slice::from_ref(&path), None);
        assert!(problems.is_empty(), "{problems:?}");
        let ex = Extractor::new().unwrap();
        let mut counts = Counts::default();
        let (graph, read) = build_sources(&ex, &sources, &mut counts);
        assert_eq!((read, counts.articles, counts.problems), (articles.len(), articles.len(), 1));
        let at_once = ex.build(&crate::corpus::read_corpus(&[path]).articles);
        assert_eq!(json::to_value(&graph), json::to_value(&at_once));
        assert!(graph.node_count() > articles.len(), "{} nodes", graph.node_count());
    }

    #[test]
    fn articles_joined_one_by_one_in_batches_or_at_once_give_the_same_graph() {
        let ex = Extractor::new().unwrap();
        let at_once = json::to_value(&ex.build(&articles()));
        let mut one_by_one = GraphBuilder::new();
        for a in articles() {
            one_by_one.add(ex.extract(&a));
        }
        let mut batches = GraphBuilder::new();
        batches.add_batch(&ex, &articles()[..1]);
        batches.add_batch(&ex, &articles()[1..]);
        assert_eq!((one_by_one.articles(), batches.articles()), (3, 3));
        assert_eq!(json::to_value(&one_by_one.finish()), at_once);
        assert_eq!(json::to_value(&batches.finish()), at_once);
        assert!(at_once.to_string().contains("\"date\":\"2025-02\""), "the relative date is anchored: {at_once}");
    }
}
