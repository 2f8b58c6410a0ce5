//! Command-line arguments. Parsing only: every command calls the library.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use quotegraph::corpus::{InputFormat, TextEncoding};
use quotegraph::export::{Format, PictureFormat, View, DEFAULT_BASE};
use quotegraph::model::{Rating, StatementKind};
use quotegraph::query::output::OutputFormat;
use quotegraph::query::{Filters, FORMS};

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
    /// Reads text, Markdown and HTML files (an article each) and JSON Lines and CSV
    /// archives (an article a record); folders recursively. A file or record that cannot
    /// be read (not UTF-8, UTF-16 or the --encoding named, binary, empty, malformed,
    /// unreadable, over 256 MiB, a pipe or device inside a folder) is reported on stderr
    /// with its line and the rest are still built; the exit status is 2 only when no
    /// article could be read. Articles are read on all cores (RAYON_NUM_THREADS to limit
    /// them); big corpora show a progress bar when stderr is a terminal.
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
    /// Ask the graph a question: "statements by Labour about inadequate ratings".
    ///
    /// Names are matched as the graph knows them, with party short forms ("Tories",
    /// "Lib Dems"), titles ("Cllr Lee") and surnames; a party covers its groups and
    /// members. Put a name in double quotes to take it whole. The filter flags (--by,
    /// --about, --rating, --kind, --document) narrow a statements question, or ask one on
    /// their own. An empty answer is not an error.
    #[command(after_long_help = question_forms())]
    Query(QueryArgs),
    /// Run a SPARQL query over the graph's RDF (the triples of the JSON-LD export).
    ///
    /// The prefixes schema:, qg:, rdf:, rdfs:, xsd: and data: (the --base of node IRIs)
    /// are declared already. SELECT results are written as a table, SPARQL JSON results
    /// or SPARQL CSV; CONSTRUCT and DESCRIBE results as N-Triples.
    Sparql(SparqlArgs),
}

/// The question forms, for `query --help`.
fn question_forms() -> String {
    let forms: Vec<String> = FORMS.iter().map(|f| format!("  {f}")).collect();
    format!("Question forms:\n{}", forms.join("\n"))
}

/// Arguments of `build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    #[allow(missing_docs)]
    pub input: InputArgs,
    /// Write the graph to FILE (written whole, then renamed into place) instead of stdout;
    /// `-` is stdout.
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
    /// Write the picture to FILE (.svg, .png or .pdf); stdout when absent or `-`, which
    /// needs --format.
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
    /// Article files and folders; `-` reads standard input. Folders are searched for
    /// .txt, .md, .html, .jsonl and .csv files.
    #[arg(value_name = "PATH", required = true)]
    pub paths: Vec<PathBuf>,
    /// Read every file as this format, whatever its ending [default: from the ending;
    /// for stdin and unknown endings, guessed from the first bytes].
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormatArg>,
    #[command(flatten)]
    pub legacy: EncodingArg,
    /// Print no warnings, progress or summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,
}

/// The encoding of articles that are not UTF-8.
#[derive(Debug, Clone, Copy, Args)]
pub struct EncodingArg {
    /// Read text that is not UTF-8 in this encoding, as a browser names it (windows-1252,
    /// latin1, iso-8859-15, shift_jis, ...): older archives and scrapes are often
    /// windows-1252. UTF-8 text, UTF-16 with its byte-order mark and a page's own charset
    /// declaration still come first [default: text that is not UTF-8 is reported and
    /// skipped].
    #[arg(long, value_name = "LABEL", value_parser = TextEncoding::for_label)]
    pub encoding: Option<TextEncoding>,
}

impl InputArgs {
    /// The format every input is read as, if one is forced.
    pub fn format(&self) -> Option<InputFormat> {
        self.input_format.map(Into::into)
    }
}

/// Input formats, as the command line names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// Plain text, one article a file.
    Text,
    /// Markdown, one article a file.
    Markdown,
    /// An HTML page: the article body is read, markup and page furniture dropped.
    Html,
    /// JSON Lines: an object a line with `id`, `text` or `body`, and optional `url`,
    /// `title`, `published` (YYYY-MM-DD, anchors relative dates), `publisher`.
    Jsonl,
    /// CSV with a header row naming the same fields as JSON Lines.
    Csv,
}

impl From<InputFormatArg> for InputFormat {
    fn from(arg: InputFormatArg) -> InputFormat {
        match arg {
            InputFormatArg::Text => InputFormat::Text,
            InputFormatArg::Markdown => InputFormat::Markdown,
            InputFormatArg::Html => InputFormat::Html,
            InputFormatArg::Jsonl => InputFormat::JsonLines,
            InputFormatArg::Csv => InputFormat::Csv,
        }
    }
}

/// Where the graph of `query` and `sparql` comes from, and how answers are written.
#[derive(Debug, Args)]
pub struct AskArgs {
    /// Read a graph saved by `build` (graph JSON) instead of articles.
    #[arg(long, value_name = "FILE")]
    pub graph: Option<PathBuf>,
    #[command(flatten)]
    pub legacy: EncodingArg,
    /// Output format [default: table on a terminal, else json].
    #[arg(short, long, value_enum)]
    pub format: Option<OutputArg>,
    /// Print no warnings, notes or summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Arguments of `query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// Article files and folders, then the question (one argument: quote it). With
    /// --graph, only the question; with filter flags the question may be left out.
    #[arg(value_name = "PATH... QUESTION")]
    pub args: Vec<String>,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub ask: AskArgs,
    /// Print the sentences each answer rests on (JSON always has them).
    #[arg(long)]
    pub evidence: bool,
    /// Only statements by this speaker, party or organisation.
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
    /// Only statements about this organisation or inspection ("the 2023 inspection").
    #[arg(long, value_name = "TOPIC")]
    pub about: Option<String>,
    /// Only statements about inspections that gave this grade.
    #[arg(long, value_enum)]
    pub rating: Option<RatingArg>,
    /// Only statements of these kinds (repeat or separate with commas).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub kind: Vec<KindArg>,
    /// Only statements from articles whose name starts with this.
    #[arg(long, value_name = "NAME")]
    pub document: Option<String>,
}

impl QueryArgs {
    /// The filter flags, as the library takes them.
    pub fn filters(&self) -> Filters {
        Filters {
            by: self.by.clone(),
            about: self.about.clone(),
            rating: self.rating.map(Into::into),
            kinds: self.kind.iter().map(|&k| k.into()).collect(),
            document: self.document.clone(),
        }
    }
}

/// The positional arguments of `query` and `sparql` told apart: article paths, then the
/// question (`what`). With `--graph` there are no paths; when `optional`, a last argument
/// that names a file or folder is a path and the question is left out.
pub fn split_positionals(args: &[String], graph: bool, optional: bool, what: &str) -> Result<(Vec<PathBuf>, Option<String>), String> {
    let last_is_path = args.last().is_some_and(|a| std::path::Path::new(a).exists());
    if last_is_path && !optional && !graph {
        return Err(format!("give the {what} after the articles, in quotes as one argument"));
    }
    let (paths, question) = match args.split_last() {
        Some((_, _)) if optional && last_is_path && !graph => (args, None),
        Some((last, rest)) => (rest, Some(last.clone())),
        None => (args, None),
    };
    if graph && !paths.is_empty() {
        return Err(format!("with --graph give only the {what}, in quotes: `{}` is one argument too many", paths[0]));
    }
    if !graph && paths.is_empty() {
        return Err(format!("give the articles to read (files or folders) before the {what}, or --graph FILE"));
    }
    if question.is_none() && !optional {
        return Err(format!("give the {what} after the articles, in quotes"));
    }
    if let Some(missing) = paths.iter().find(|p| !std::path::Path::new(p).exists()) {
        return Err(format!("`{missing}` is neither a file nor a folder; put the {what} in quotes as one argument"));
    }
    Ok((paths.iter().map(PathBuf::from).collect(), question))
}

/// Arguments of `sparql`.
#[derive(Debug, Args)]
pub struct SparqlArgs {
    /// Article files and folders, then the SPARQL query (one argument: quote it). With
    /// --graph, only the query.
    #[arg(value_name = "PATH... QUERY", required = true)]
    pub args: Vec<String>,
    #[command(flatten)]
    #[allow(missing_docs)]
    pub ask: AskArgs,
    /// Base of the node IRIs, as in `build --base`; the prefix data: stands for it.
    #[arg(long, value_name = "IRI", default_value = DEFAULT_BASE)]
    pub base: String,
}

/// `--format` of `query` and `sparql`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputArg {
    /// Aligned columns for reading.
    Table,
    /// JSON (for `sparql`, SPARQL 1.1 JSON results).
    Json,
    /// CSV with a header line (for `sparql`, SPARQL 1.1 CSV results).
    Csv,
}

impl From<OutputArg> for OutputFormat {
    fn from(arg: OutputArg) -> OutputFormat {
        match arg {
            OutputArg::Table => OutputFormat::Table,
            OutputArg::Json => OutputFormat::Json,
            OutputArg::Csv => OutputFormat::Csv,
        }
    }
}

/// `--rating`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RatingArg {
    /// Outstanding.
    Outstanding,
    /// Good.
    Good,
    /// Requires improvement.
    RequiresImprovement,
    /// Inadequate.
    Inadequate,
}

impl From<RatingArg> for Rating {
    fn from(arg: RatingArg) -> Rating {
        match arg {
            RatingArg::Outstanding => Rating::Outstanding,
            RatingArg::Good => Rating::Good,
            RatingArg::RequiresImprovement => Rating::RequiresImprovement,
            RatingArg::Inadequate => Rating::Inadequate,
        }
    }
}

/// `--kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// Quoted in full.
    Direct,
    /// A few quoted words inside reported speech.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

impl From<KindArg> for StatementKind {
    fn from(arg: KindArg) -> StatementKind {
        match arg {
            KindArg::Direct => StatementKind::Direct,
            KindArg::Partial => StatementKind::Partial,
            KindArg::Indirect => StatementKind::Indirect,
        }
    }
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
    #[command(flatten)]
    pub legacy: EncodingArg,
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
