//! The `quotegraph` binary: parses arguments, calls the library, reports errors.
//! Data goes to stdout, diagnostics to stderr; exit 0 on success, 2 on error.

mod cli;
mod output;
mod progress;

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Parser;

use cli::{split_positionals, AskArgs, BuildArgs, Cli, Command, DiagramArgs, EvalArgs, QueryArgs, RenderArgs, SparqlArgs};
use quotegraph::corpus::{find_sources, InputFormat, TextEncoding};
use quotegraph::error::ExportError;
use quotegraph::eval::{evaluate, Gold};
use quotegraph::export::{json, render, DotOptions, ExportOptions, Format, Iris, PictureFormat};
use quotegraph::extract::{build_sources, Extractor, Observer};
use quotegraph::import::read_graph;
use quotegraph::model::QuoteGraph;
use quotegraph::query::output::{write_answer, OutputFormat};
use quotegraph::query::{ask, compose, sparql};

use output::write_atomically;

// The extractor makes and frees many small strings a word; with mimalloc's thread-local
// free lists a build of 100,000 articles takes about 8% less time than with the system
// allocator (README, "Speed and robustness").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build(&args),
        Command::Render(args) => render_picture(&args),
        Command::Eval(args) => eval(&args),
        Command::Query(args) => query(&args),
        Command::Sparql(args) => sparql(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("quotegraph: error: {}", describe(&e));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes, joined by ": ". A cause is left out when the message before it
/// already says it: the library's errors name their cause in their own message, so `{:#}`
/// would print "No such file or directory" twice.
fn describe(e: &anyhow::Error) -> String {
    let mut said = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if said.contains(&text) {
            continue;
        }
        if !said.is_empty() {
            said.push_str(": ");
        }
        said.push_str(&text);
    }
    said
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    let broken = |io: &io::Error| io.kind() == io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>().is_some_and(broken)
            || c.downcast_ref::<ExportError>().is_some_and(|x| matches!(x, ExportError::Io(io) if broken(io)))
    })
}

/// The extractor with the compiled-in lexicons, made once a run.
fn extractor() -> Result<Extractor> {
    Extractor::new().context("loading the lexicons")
}

/// What was read, and the reporter that goes on showing progress until it is dropped.
struct Read {
    articles: usize,
    problems: usize,
    reporter: progress::Reporter,
}

/// Reads the articles at `paths` and builds their graph, warning on stderr about each
/// file or record skipped. Text that is not UTF-8 is read in `encoding` when one is given.
fn build_graph(extractor: &Extractor, paths: &[PathBuf], forced: Option<InputFormat>, encoding: Option<TextEncoding>, quiet: bool) -> Result<(Read, QuoteGraph)> {
    let (mut sources, problems) = find_sources(paths, forced);
    for source in &mut sources {
        source.encoding = encoding;
    }
    let mut reporter = progress::Reporter::new(&sources, quiet);
    for problem in problems {
        reporter.problem(problem);
    }
    let (graph, articles) = build_sources(extractor, &sources, &mut reporter);
    let hint = encoding.is_none().then(|| reporter.not_utf8()).filter(|&files| files > 0).map(encoding_hint);
    if articles == 0 {
        let paths = paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
        bail!("no article could be read from {paths}{}", hint.map(|h| format!(": {h}")).unwrap_or_default());
    }
    if let (Some(hint), false) = (hint, quiet) {
        reporter.note(&format!("quotegraph: hint: {hint}"));
    }
    Ok((Read { articles, problems: reporter.problems(), reporter }, graph))
}

/// How to read `files` files that are not UTF-8: said once, not in every warning. They are
/// most often an older site's windows-1252.
fn encoding_hint(files: usize) -> String {
    let (are, they) = if files == 1 { ("1 file is".to_string(), "it is") } else { (format!("{files} files are"), "they are") };
    format!("{are} not UTF-8; if {they} in a legacy encoding, name it with --encoding (often windows-1252)")
}

fn dot_options(args: &DiagramArgs) -> DotOptions {
    DotOptions { view: args.view.into(), max_statements: args.max_statements }
}

fn build(args: &BuildArgs) -> Result<ExitCode> {
    let format = match (args.format, &args.output) {
        (Some(format), _) => format.into(),
        (None, Some(path)) => match Format::from_path(path) {
            Some(format) => format,
            None if PictureFormat::from_path(path).is_ok() => {
                bail!("`build` writes graph data, not pictures: draw {} with `quotegraph render`", path.display())
            }
            None => Format::Json,
        },
        (None, None) => Format::Json,
    };
    let options = ExportOptions { dot: dot_options(&args.diagram), iris: Iris::new(&args.base)? };
    let (read, graph) = build_graph(&extractor()?, &args.input.paths, args.input.format(), args.input.legacy.encoding, args.input.quiet)?;
    read.reporter.step(&format!("writing {}", format.name()));
    write_output(args.output.as_deref(), |out: &mut dyn Write| -> Result<()> { Ok(format.write(&graph, &options, out)?) })?;
    if !args.input.quiet {
        summarise(&read, &graph, &format!("{} written", format.name()));
    }
    // The process ends here: freeing a graph of a million edges one allocation at a time
    // took a twentieth of a big build, for memory the exit returns anyway.
    std::mem::forget(graph);
    Ok(ExitCode::SUCCESS)
}

fn render_picture(args: &RenderArgs) -> Result<ExitCode> {
    let format = match (args.format, &args.output) {
        (Some(format), _) => format.into(),
        (None, Some(path)) => PictureFormat::from_path(path)?,
        (None, None) => bail!("say where the picture goes: -o FILE.svg (or .png, .pdf), or --format to write it to stdout"),
    };
    let (read, graph) = build_graph(&extractor()?, &args.input.paths, args.input.format(), args.input.legacy.encoding, args.input.quiet)?;
    read.reporter.step("drawing with Graphviz");
    let picture = render(&graph, &dot_options(&args.diagram), format)?;
    write_output(args.output.as_deref(), |out: &mut dyn Write| -> Result<()> { Ok(out.write_all(&picture)?) })?;
    if !args.input.quiet {
        summarise(&read, &graph, &format!("{} view drawn as {}", quotegraph::export::View::from(args.diagram.view).name(), format.name()));
    }
    Ok(ExitCode::SUCCESS)
}

/// The one-line summary on stderr.
fn summarise(read: &Read, graph: &QuoteGraph, what: &str) {
    read.reporter.finish();
    let counted = |n: usize, noun: &str| format!("{n} {noun}{}", if n == 1 { "" } else { "s" });
    eprintln!(
        "quotegraph: {}, {}, {}; {what}{}",
        counted(read.articles, "article"),
        counted(graph.node_count(), "node"),
        counted(graph.edge_count(), "edge"),
        match read.problems {
            0 => String::new(),
            1 => ", 1 file or record skipped".to_string(),
            n => format!(", {n} files or records skipped"),
        }
    );
}

fn eval(args: &EvalArgs) -> Result<ExitCode> {
    let gold = Gold::read(&args.gold).with_context(|| format!("reading gold annotations from {}", args.gold.display()))?;
    let (_, graph) = build_graph(&extractor()?, &args.paths, None, args.legacy.encoding, false)?;
    let graph = json::to_value(&graph);
    let report = evaluate(&graph, &gold);
    let text = if args.json {
        if args.show_errors {
            eprint!("{}", report.render(true).lines().filter(|l| l.starts_with("  ")).map(|l| format!("{l}\n")).collect::<String>());
        }
        format!("{}\n", report.to_json())
    } else {
        report.render(args.show_errors)
    };
    io::stdout().lock().write_all(text.as_bytes()).context("writing to stdout")?;
    let below = args.min_attribution.is_some_and(|min| report.quotes.f1 < min);
    Ok(if below { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The graph to ask: read from --graph, or built from the articles.
fn graph_to_ask(extractor: &Extractor, paths: &[PathBuf], args: &AskArgs) -> Result<QuoteGraph> {
    let graph = match &args.graph {
        Some(file) => read_graph(file)?,
        None => build_graph(extractor, paths, None, args.legacy.encoding, args.quiet)?.1,
    };
    if !args.quiet {
        let source = match &args.graph {
            Some(file) => file.display().to_string(),
            None => "the articles".to_string(),
        };
        eprintln!("quotegraph: asking the graph of {source}: {} nodes, {} edges", graph.node_count(), graph.edge_count());
    }
    Ok(graph)
}

/// The format asked for, else a table for people at a terminal and JSON for programs.
fn output_format(args: &AskArgs) -> OutputFormat {
    use std::io::IsTerminal;
    match args.format {
        Some(format) => format.into(),
        None if io::stdout().is_terminal() => OutputFormat::Table,
        None => OutputFormat::Json,
    }
}

/// Writes to the file `output`, or to stdout when there is none or it is `-`, as input
/// `-` is stdin.
fn write_output(output: Option<&Path>, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    match output.filter(|path| path.as_os_str() != STDOUT) {
        Some(path) => write_atomically(path, write),
        None => to_stdout(write),
    }
}

/// The output path that means stdout.
const STDOUT: &str = "-";

/// Writes to stdout through a buffer.
fn to_stdout(write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    write(&mut out).and_then(|()| Ok(out.flush()?)).context("writing to stdout")
}

fn query(args: &QueryArgs) -> Result<ExitCode> {
    let filters = args.filters();
    let (paths, question) = split_positionals(&args.args, args.ask.graph.is_some(), !filters.is_empty(), "question").map_err(anyhow::Error::msg)?;
    let extractor = extractor()?;
    let lexicon = extractor.lexicon();
    let (text, parsed) = compose(question.as_deref(), &filters, &lexicon.ratings)?;
    let graph = graph_to_ask(&extractor, &paths, &args.ask)?;
    let answer = ask(&graph, lexicon, &text, &parsed)?;
    let format = output_format(&args.ask);
    to_stdout(|out| Ok(write_answer(&answer, format, args.evidence, out)?))?;
    if !args.ask.quiet {
        for note in &answer.notes {
            eprintln!("quotegraph: note: {note}");
        }
        match answer.rows.len() {
            0 if format != OutputFormat::Table => eprintln!("quotegraph: {}", answer.empty),
            0 => {}
            1 => eprintln!("quotegraph: 1 answer"),
            n => eprintln!("quotegraph: {n} answers"),
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn sparql(args: &SparqlArgs) -> Result<ExitCode> {
    let (paths, query) = split_positionals(&args.args, args.ask.graph.is_some(), false, "SPARQL query").map_err(anyhow::Error::msg)?;
    let iris = Iris::new(&args.base)?;
    let graph = graph_to_ask(&extractor()?, &paths, &args.ask)?;
    let answer = sparql::run(&graph, &iris, query.as_deref().unwrap_or_default())?;
    let format = output_format(&args.ask);
    to_stdout(|out| Ok(sparql::write_sparql(&answer, format, &iris, out)?))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cause_already_in_the_message_is_said_once() {
        let missing = || io::Error::new(io::ErrorKind::NotFound, "No such file or directory");
        let named = quotegraph::error::InputError::Io { path: "feed.jsonl".into(), source: missing() };
        let cases = [
            (anyhow::Error::new(named).context("reading the corpus"), "reading the corpus: feed.jsonl: No such file or directory"),
            (anyhow::Error::new(missing()).context("opening graph.json"), "opening graph.json: No such file or directory"),
            (anyhow::anyhow!("no article could be read"), "no article could be read"),
        ];
        for (error, said) in cases {
            assert_eq!(describe(&error), said);
        }
    }
}
