//! What `build` says on stderr while it works: a warning for each file or record skipped,
//! and, for big corpora when stderr is a terminal, a progress bar while reading and a
//! spinner naming each later step (merging, writing).

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use quotegraph::corpus::Source;
use quotegraph::error::InputError;
use quotegraph::extract::Observer;

/// Corpora with more files than this get a progress bar.
const BAR_FROM_FILES: usize = 200;
/// Corpora with more bytes than this get a progress bar.
const BAR_FROM_BYTES: u64 = 32 << 20;

/// Reports reading to stderr.
pub struct Reporter {
    quiet: bool,
    bar: Option<ProgressBar>,
    articles: usize,
    problems: usize,
    /// Files skipped for not being UTF-8.
    not_utf8: usize,
    /// Bytes of the sources read so far.
    done: u64,
    /// Bytes of text read from the source being read: an archive's bar moves record by
    /// record, by text (a little less than the records' bytes) until the source is done.
    in_source: u64,
}

impl Reporter {
    /// A reporter for reading `sources`; silent when `quiet`.
    pub fn new(sources: &[Source], quiet: bool) -> Reporter {
        let bytes: u64 = sources.iter().map(|s| s.bytes).sum();
        let big = sources.len() > BAR_FROM_FILES || bytes > BAR_FROM_BYTES || sources.iter().any(|s| s.format.is_some_and(|f| f.is_archive()));
        let bar = (!quiet && big && std::io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(Some(bytes), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template("{spinner} reading [{bar:30}] {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec}, {eta} left) {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> ");
            bar.set_style(style);
            bar
        });
        Reporter { quiet, bar, articles: 0, problems: 0, not_utf8: 0, done: 0, in_source: 0 }
    }

    /// Files and records skipped so far.
    pub fn problems(&self) -> usize {
        self.problems
    }

    /// Prints a line on stderr, above the bar if there is one.
    pub fn note(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Files skipped so far for not being UTF-8.
    pub fn not_utf8(&self) -> usize {
        self.not_utf8
    }

    /// Turns the bar into a spinner naming a step that has no measure of its own.
    pub fn step(&self, what: &str) {
        if let Some(bar) = &self.bar {
            bar.set_style(ProgressStyle::with_template("{spinner} {msg} ({elapsed})").unwrap_or_else(|_| ProgressStyle::default_spinner()));
            bar.set_message(format!("{what}; {} articles read", self.articles));
            bar.enable_steady_tick(Duration::from_millis(120));
        }
    }

    /// Clears the bar.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl Drop for Reporter {
    fn drop(&mut self) {
        self.finish();
    }
}

impl Observer for Reporter {
    fn problem(&mut self, problem: InputError) {
        self.problems += 1;
        self.not_utf8 += usize::from(matches!(problem, InputError::NotUtf8 { .. }));
        if self.quiet {
            return;
        }
        self.note(&format!("quotegraph: warning: skipped {problem}"));
    }

    fn article_read(&mut self, bytes: usize) {
        self.in_source += bytes as u64;
        if let Some(bar) = &self.bar {
            bar.set_position((self.done + self.in_source).min(bar.length().unwrap_or(0)));
        }
    }

    fn source_read(&mut self, source: &Source, articles: usize) {
        self.articles += articles;
        self.done += source.bytes;
        self.in_source = 0;
        if let Some(bar) = &self.bar {
            bar.set_position(self.done);
            bar.set_message(format!("{} articles", self.articles));
        }
    }

    fn merging(&mut self) {
        self.step("joining the last articles and merging across them");
    }
}
