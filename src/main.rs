//! The `quotegraph` binary: parses arguments, calls the library, reports errors.
//! Data goes to stdout, diagnostics to stderr; exit 0 on success, 2 on error.

mod cli;

use std::fs;
use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Parser;

use cli::{BuildArgs, Cli, Command, DiagramArgs, EvalArgs, RenderArgs};
use quotegraph::corpus::{read_corpus, Corpus};
use quotegraph::error::ExportError;
use quotegraph::eval::{evaluate, Gold};
use quotegraph::export::{json, render, DotOptions, ExportOptions, Format, Iris, PictureFormat};
use quotegraph::extract::Extractor;
use quotegraph::model::QuoteGraph;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => build(&args),
        Command::Render(args) => render_picture(&args),
        Command::Eval(args) => eval(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("quotegraph: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    let broken = |io: &io::Error| io.kind() == io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>().is_some_and(broken)
            || c.downcast_ref::<ExportError>().is_some_and(|x| matches!(x, ExportError::Io(io) if broken(io)))
    })
}

/// Reads the corpus, warning about each file that could not be read.
fn read(paths: &[std::path::PathBuf], quiet: bool) -> Result<Corpus> {
    let corpus = read_corpus(paths);
    if !quiet {
        for problem in &corpus.problems {
            eprintln!("quotegraph: warning: skipped {problem}");
        }
    }
    if corpus.articles.is_empty() {
        bail!("no article could be read from {}", paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", "));
    }
    Ok(corpus)
}

/// Reads the articles and builds their graph.
fn build_graph(paths: &[std::path::PathBuf], quiet: bool) -> Result<(Corpus, QuoteGraph)> {
    let corpus = read(paths, quiet)?;
    let extractor = Extractor::new().context("loading the lexicons")?;
    let graph = extractor.build(&corpus.articles);
    Ok((corpus, graph))
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
    let (corpus, graph) = build_graph(&args.input.paths, args.input.quiet)?;
    let write = |out: &mut dyn Write| -> Result<()> { Ok(format.write(&graph, &options, out)?) };
    match &args.output {
        Some(path) => write_atomically(path, write)?,
        None => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            write(&mut out).and_then(|()| Ok(out.flush()?)).context("writing to stdout")?;
        }
    }
    if !args.input.quiet {
        summarise(&corpus, &graph, &format!("{} written", format.name()));
    }
    Ok(ExitCode::SUCCESS)
}

fn render_picture(args: &RenderArgs) -> Result<ExitCode> {
    let format = match (args.format, &args.output) {
        (Some(format), _) => format.into(),
        (None, Some(path)) => PictureFormat::from_path(path)?,
        (None, None) => bail!("say where the picture goes: -o FILE.svg (or .png, .pdf), or --format to write it to stdout"),
    };
    let (corpus, graph) = build_graph(&args.input.paths, args.input.quiet)?;
    let picture = render(&graph, &dot_options(&args.diagram), format)?;
    match &args.output {
        Some(path) => write_atomically(path, |out| Ok(out.write_all(&picture)?))?,
        None => {
            let mut out = io::stdout().lock();
            out.write_all(&picture).and_then(|()| out.flush()).context("writing to stdout")?;
        }
    }
    if !args.input.quiet {
        summarise(&corpus, &graph, &format!("{} view drawn as {}", quotegraph::export::View::from(args.diagram.view).name(), format.name()));
    }
    Ok(ExitCode::SUCCESS)
}

/// The one-line summary on stderr.
fn summarise(corpus: &Corpus, graph: &QuoteGraph, what: &str) {
    eprintln!(
        "quotegraph: {} articles, {} nodes, {} edges; {what}{}",
        corpus.articles.len(),
        graph.node_count(),
        graph.edge_count(),
        match corpus.problems.len() {
            0 => String::new(),
            1 => ", 1 file skipped".to_string(),
            n => format!(", {n} files skipped"),
        }
    );
}

/// Writes to a temporary file beside `path`, then renames it into place, so that an
/// interrupted run never leaves half a file.
fn write_atomically(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "output".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> Result<()> {
        let mut out = io::BufWriter::new(fs::File::create(&tmp)?);
        write(&mut out)?;
        out.into_inner().map_err(io::IntoInnerError::into_error)?.sync_all()?;
        Ok(fs::rename(&tmp, path)?)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.with_context(|| format!("writing {}", path.display()))
}

fn eval(args: &EvalArgs) -> Result<ExitCode> {
    let gold = Gold::read(&args.gold).with_context(|| format!("reading gold annotations from {}", args.gold.display()))?;
    let corpus = read(&args.paths, false)?;
    let extractor = Extractor::new().context("loading the lexicons")?;
    let graph = json::to_value(&extractor.build(&corpus.articles));
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
