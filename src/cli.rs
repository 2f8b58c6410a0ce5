//! Command-line arguments. Parsing only: every command calls the library.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use quotegraph::export::{Format, PictureFormat, View, DEFAULT_BASE};

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
    /// Build the graph of the articles and write it as graph JSON, DOT, JSON-LD or N-Quads.
    ///
    /// Folders are read recursively (.txt and .md files). A file that cannot be read
    /// (not UTF-8, binary, unreadable) is reported on stderr and the rest are still
    /// built; the exit status is 2 only when no article could be read.
    Build(BuildArgs),
    /// Draw a diagram of the articles' graph as SVG, PNG or PDF with Graphviz's `dot`.
    ///
    /// The picture format comes from the output file's extension unless --format is
    /// given. Needs Graphviz installed (`apt-get install graphviz`, `brew install
    /// graphviz`); `build --format dot` writes the DOT text without it.
    Render(RenderArgs),
    /// Score the graph of the articles against gold annotations.
    ///
    /// The gold folder holds entities.json and one JSON file an article, as described
    /// in the gold format; the figures are those of score.py.
    Eval(EvalArgs),
}

/// Arguments of `build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub input: InputArgs,
    /// Write the graph to FILE (written whole, then renamed into place) instead of stdout.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format [default: from the extension of --output (.json, .dot, .jsonld,
    /// .nq), else json].
    #[arg(short, long, value_enum)]
    pub format: Option<FormatArg>,
    /// Base of the node IRIs in JSON-LD and N-Quads; ids are appended to it.
    #[arg(long, value_name = "IRI", default_value = DEFAULT_BASE)]
    pub base: String,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub diagram: DiagramArgs,
}

/// Arguments of `render`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub input: InputArgs,
    /// Write the picture to FILE (.svg, .png or .pdf); stdout when absent, which needs --format.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Picture format [default: from the extension of --output].
    #[arg(short, long, value_enum)]
    pub format: Option<PictureArg>,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub diagram: DiagramArgs,
}

/// The articles to read, and how much to say about reading them.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Article files and folders.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    /// Print no warnings or summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,
}

/// What a diagram shows.
#[derive(Debug, Args)]
pub struct DiagramArgs {
    /// Which diagram DOT output and pictures draw.
    #[arg(long, value_enum, default_value_t = ViewArg::WhoSaidWhat)]
    pub view: ViewArg,
    /// Most statements a diagram draws; the most connected are kept, and the diagram
    /// says how many were left out.
    #[arg(long, value_name = "N", default_value_t = 40)]
    pub max_statements: usize,
}

/// `--format` of `build`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FormatArg {
    /// Graph JSON (schema/graph.schema.json).
    Json,
    /// Graphviz DOT diagram.
    Dot,
    /// JSON-LD with schema.org terms and an inline context.
    Jsonld,
    /// N-Quads, the JSON-LD's triples a line each.
    Nquads,
}

impl From<FormatArg> for Format {
    fn from(arg: FormatArg) -> Format {
        match arg {
            FormatArg::Json => Format::Json,
            FormatArg::Dot => Format::Dot,
            FormatArg::Jsonld => Format::JsonLd,
            FormatArg::Nquads => Format::NQuads,
        }
    }
}

/// `--format` of `render`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PictureArg {
    /// Scalable Vector Graphics.
    Svg,
    /// Portable Network Graphics.
    Png,
    /// Portable Document Format.
    Pdf,
}

impl From<PictureArg> for PictureFormat {
    fn from(arg: PictureArg) -> PictureFormat {
        match arg {
            PictureArg::Svg => PictureFormat::Svg,
            PictureArg::Png => PictureFormat::Png,
            PictureArg::Pdf => PictureFormat::Pdf,
        }
    }
}

/// `--view`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ViewArg {
    /// Speakers by party, their statements, the inspections they spoke about.
    WhoSaidWhat,
    /// Every node and edge, with a legend.
    Full,
    /// Each organisation's inspections in date order.
    Timeline,
}

impl From<ViewArg> for View {
    fn from(arg: ViewArg) -> View {
        match arg {
            ViewArg::WhoSaidWhat => View::WhoSaidWhat,
            ViewArg::Full => View::Full,
            ViewArg::Timeline => View::Timeline,
        }
    }
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
