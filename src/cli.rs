//! Command-line arguments. Parsing only: every command calls the library.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Reads news articles and builds a knowledge graph of who said what.
#[derive(Debug, Parser)]
#[command(name = "quotegraph", version, about, long_about = None, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the graph of the articles and write it as graph JSON.
    ///
    /// Folders are read recursively (.txt and .md files). A file that cannot be read
    /// (not UTF-8, binary, unreadable) is reported on stderr and the rest are still
    /// built; the exit status is 2 only when no article could be read.
    Build(BuildArgs),
    /// Score the graph of the articles against gold annotations.
    ///
    /// The gold folder holds entities.json and one JSON file an article, as described
    /// in the gold format; the figures are those of score.py.
    Eval(EvalArgs),
}

/// Arguments of `build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Article files and folders.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    /// Write the graph to FILE (written whole, then renamed into place) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print no warnings or summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Arguments of `eval`.
#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Folder of gold annotations.
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Article files and folders.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    /// List every miss and spurious answer before the figures.
    #[arg(long)]
    pub show_errors: bool,
    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Exit with status 1 when quote attribution F1 is below this.
    #[arg(long, value_name = "F1")]
    pub min_attribution: Option<f64>,
}
